/**
 * A newcomer's shop, from the device set-up page: shop name, first branch, owner name, e-mail and
 * password. The public `registerMerchant` answers the owner's tokens, kept as after a password
 * sign-in; the set-up page then goes on to the branch choice so this device becomes the new
 * shop's first till. The browser checks the server's rules first; the server's typed errors
 * (EmailTaken, WeakPassword) and BAD_USER_INPUT land at their fields.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../api/results';
import { useServices } from '../app/services';
import { Button, Card } from '../app/ui';
import { FormError, Input, useForm } from '../backoffice/form';
import { rules } from '../backoffice/validate';
import { registerShop } from './signin';

const FIELD_OF_CODE: Record<string, string> = {
  EMAIL_TAKEN: 'ownerEmail',
  WEAK_PASSWORD: 'password',
};

export function RegisterShop({
  onRegistered,
  onCancel,
}: {
  onRegistered(): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { api, session } = useServices();
  const form = useForm({
    merchantName: '',
    branchName: '',
    ownerName: '',
    ownerEmail: '',
    password: '',
    confirm: '',
  });
  const v = form.values;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = form.validate(
      {
        merchantName: [rules.required, rules.maxLength(120)],
        branchName: [rules.required, rules.maxLength(120)],
        ownerName: [rules.required, rules.maxLength(120)],
        ownerEmail: [rules.required, rules.email],
        password: [rules.password],
      },
      { confirm: v.confirm === v.password ? undefined : 'passwordsDiffer' },
    );
    if (!ok) return;
    let registered = false;
    await form.run(
      async (): Promise<Failure | null> => {
        const r = await registerShop(api, session, v);
        if (!r.ok) return r.error;
        registered = true;
        return null;
      },
      (failure) => FIELD_OF_CODE[failure.code],
    );
    if (registered) await onRegistered();
  };

  return (
    <Card>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label={t('register.title')}>
        <h2 className="text-lg font-semibold text-slate-800">{t('register.title')}</h2>
        <p className="text-sm text-slate-600">{t('register.intro')}</p>
        <Input
          form={form}
          name="merchantName"
          label={t('register.merchantName')}
          autoComplete="organization"
        />
        <Input
          form={form}
          name="branchName"
          label={t('register.branchName')}
          placeholder={t('register.branchHint')}
        />
        <Input form={form} name="ownerName" label={t('register.ownerName')} autoComplete="name" />
        <Input
          form={form}
          name="ownerEmail"
          label={t('register.ownerEmail')}
          type="email"
          autoComplete="email"
          autoCapitalize="none"
        />
        <Input
          form={form}
          name="password"
          label={t('register.password')}
          type="password"
          autoComplete="new-password"
        />
        <p className="-mt-2 text-xs text-slate-500">{t('register.passwordHint')}</p>
        <Input
          form={form}
          name="confirm"
          label={t('register.confirm')}
          type="password"
          autoComplete="new-password"
        />
        <FormError form={form} />
        <Button tone="primary" type="submit" disabled={form.busy}>
          {t('register.submit')}
        </Button>
        <Button tone="ghost" onClick={onCancel} disabled={form.busy}>
          {t('register.back')}
        </Button>
      </form>
    </Card>
  );
}
