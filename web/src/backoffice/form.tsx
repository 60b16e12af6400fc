/**
 * Forms of the back office: inputs that show their own error next to them, whether the browser
 * found it (`validate.ts`) or the server answered with it. A server failure lands on a field when
 * it names one (BAD_USER_INPUT's `field`) or when its code belongs to one (`SKU_TAKEN` -> `sku`);
 * anything else is shown above the form's buttons.
 */
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  useCallback,
  useId,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../api/results';
import { ErrorNote } from '../app/ui';
import { check, type Rule } from './validate';

export interface FieldError {
  code: string;
  text: string;
}

export type FieldErrors = Record<string, FieldError>;

export interface FormState<V extends Record<string, string>> {
  values: V;
  set<K extends keyof V>(name: K, value: V[K]): void;
  reset(values: V): void;
  errors: FieldErrors;
  general: Failure | null;
  busy: boolean;
  /** Checks every field by its rules; true when all pass (else their errors are shown). */
  validate(
    spec: Partial<Record<keyof V | string, Rule[]>>,
    extra?: Record<string, string | undefined>,
  ): boolean;
  /** Runs a submit: clears errors, marks busy, and shows the failure it ends with. */
  run(
    action: () => Promise<Failure | null>,
    fieldOf?: (failure: Failure) => string | undefined,
  ): Promise<boolean>;
}

export function useForm<V extends Record<string, string>>(initial: V): FormState<V> {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      if (!e[name as string]) return e;
      const { [name as string]: _, ...rest } = e;
      return rest;
    });
  }, []);

  const validate: FormState<V>['validate'] = (spec, extra = {}) => {
    const problems = { ...check(values, spec as Record<string, Rule[]>), ...extra };
    const next: FieldErrors = {};
    for (const [field, problem] of Object.entries(problems)) {
      if (!problem) continue;
      next[field] = { code: `INVALID_${problem.toUpperCase()}`, text: t(`backoffice.invalid.${problem}`) };
    }
    setErrors(next);
    setGeneral(null);
    return Object.keys(next).length === 0;
  };

  const run: FormState<V>['run'] = async (action, fieldOf) => {
    setBusy(true);
    setGeneral(null);
    try {
      const failure = await action();
      if (!failure) {
        setErrors({});
        return true;
      }
      const field = failure.field ?? fieldOf?.(failure);
      if (field) {
        setErrors({
          [field]: {
            code: failure.code,
            text: t([`backoffice.errors.${failure.code}`, `errors.${failure.code}`], {
              defaultValue: failure.message,
              message: failure.message,
            }),
          },
        });
      } else setGeneral(failure);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const reset = useCallback((v: V) => {
    setValues(v);
    setErrors({});
    setGeneral(null);
  }, []);

  return {
    values,
    set,
    reset,
    errors,
    general,
    busy,
    validate,
    run,
  };
}

function FieldShell({
  label,
  error,
  errorId,
  controlId,
  name,
  children,
  className = '',
}: {
  label: string;
  error: FieldError | undefined;
  errorId: string;
  controlId: string;
  name: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-700 ${className}`}>
      <label htmlFor={controlId}>{label}</label>
      {children}
      {error && (
        <span
          id={errorId}
          role="alert"
          data-testid={`field-error-${name}`}
          data-code={error.code}
          className="text-xs font-normal text-rose-700"
        >
          {error.text}
        </span>
      )}
    </div>
  );
}

const CONTROL =
  'min-h-11 w-full rounded-lg border bg-white px-3 text-base text-slate-900 outline-none focus:border-teal-600 focus:ring-2 focus:ring-teal-200';

/** A text input bound to a form value, with its error under it. */
export function Input<V extends Record<string, string>>({
  form,
  name,
  label,
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'value' | 'onChange'> & {
  form: FormState<V>;
  name: keyof V & string;
  label: string;
}) {
  const errorId = useId();
  const controlId = useId();
  const error = form.errors[name];
  return (
    <FieldShell
      label={label}
      error={error}
      errorId={errorId}
      controlId={controlId}
      name={name}
      className={className}
    >
      <input
        id={controlId}
        name={name}
        value={form.values[name]}
        onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`${CONTROL} ${error ? 'border-rose-500' : 'border-slate-300'}`}
        {...props}
      />
    </FieldShell>
  );
}

export function Select<V extends Record<string, string>>({
  form,
  name,
  label,
  options,
  className,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'form' | 'name' | 'value' | 'onChange'> & {
  form: FormState<V>;
  name: keyof V & string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  const errorId = useId();
  const controlId = useId();
  const error = form.errors[name];
  return (
    <FieldShell
      label={label}
      error={error}
      errorId={errorId}
      controlId={controlId}
      name={name}
      className={className}
    >
      <select
        id={controlId}
        name={name}
        value={form.values[name]}
        onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`${CONTROL} ${error ? 'border-rose-500' : 'border-slate-300'}`}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A yes/no value kept as "true" / "" so every form value stays a string. */
export function Check<V extends Record<string, string>>({
  form,
  name,
  label,
}: {
  form: FormState<V>;
  name: keyof V & string;
  label: string;
}) {
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm text-slate-700">
      <input
        type="checkbox"
        name={name}
        className="size-5 accent-teal-700"
        checked={form.values[name] === 'true'}
        onChange={(e) => form.set(name, (e.target.checked ? 'true' : '') as V[typeof name])}
      />
      {label}
    </label>
  );
}

/** The form's failure that belongs to no field. */
export function FormError({
  form,
}: {
  form: FormState<Record<string, string>> | { general: Failure | null };
}) {
  return <ErrorNote error={form.general} />;
}

/** The error of a field that has no input of its own (a list as a whole, say `units`). */
export function ErrorFor({ form, name }: { form: { errors: FieldErrors }; name: string }) {
  const error = form.errors[name];
  if (!error) return null;
  return (
    <p
      role="alert"
      data-testid={`field-error-${name}`}
      data-code={error.code}
      className="text-xs text-rose-700"
    >
      {error.text}
    </p>
  );
}
