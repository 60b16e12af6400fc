/**
 * Staff: who works where, in which role, and what each person may do beyond (or short of) the
 * role's defaults. Permissions are shown as the effective list; saving turns the ticks back into
 * grants and revocations against the role's defaults.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateStaffDocument,
  DeactivateStaffDocument,
  type Role,
  UpdateStaffDocument,
} from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote } from '../../app/ui';
import { useBackOffice } from '../context';
import { FormError, Input, Select, useForm } from '../form';
import { Cell, Grid, Panel, Screen, Table } from '../layout';
import { rules, textOrUndefined } from '../validate';
import { PermissionsEditor } from './PermissionsEditor';
import { allStaff, type ScopeInfo, type StaffMember } from './staff-list';

export type { ScopeInfo, StaffMember } from './staff-list';

const ROLES = ['ADMIN', 'SUPERVISOR', 'CASHIER', 'COURIER'] as Role[];
const EMPTY = { name: '', role: 'CASHIER', email: '', username: '', phone: '', password: '', pin: '' };

export function StaffScreen() {
  const { t } = useTranslation();
  const { api, branches, can } = useBackOffice();
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [scopes, setScopes] = useState<ScopeInfo[]>([]);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [branchIds, setBranchIds] = useState<string[]>([]);
  const [error, setError] = useState<Failure | null>(null);
  const form = useForm(EMPTY);
  const { reset } = form;

  const load = useCallback(async () => {
    const r = await allStaff(api);
    if (!r.ok) return setError(r.error);
    setStaff(r.value.staff);
    setScopes(r.value.scopes);
    return r.value.staff;
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const edit = (s: StaffMember | null) => {
    setEditing(s);
    setBranchIds(s ? s.branches.map((b) => b.id) : []);
    reset(
      s
        ? {
            ...EMPTY,
            name: s.name,
            role: s.role,
            email: s.email ?? '',
            username: s.username ?? '',
            phone: s.phone ?? '',
          }
        : EMPTY,
    );
  };

  const save = async () => {
    const v = form.values;
    const spec = {
      name: [rules.required, rules.maxLength(100)],
      email: [rules.email],
      username: [rules.username],
      phone: [rules.phone],
      ...(editing ? {} : { password: [rules.password], pin: [rules.pin] }),
    };
    const needsLogin = !v.email.trim() && !v.username.trim() ? { email: 'emailOrUsername' } : {};
    if (!form.validate(spec, needsLogin)) return;
    const fields = {
      name: v.name.trim(),
      role: v.role as Role,
      email: textOrUndefined(v.email),
      username: textOrUndefined(v.username),
      phone: textOrUndefined(v.phone),
      branchIds,
    };
    const ok = await form.run(
      async () => {
        if (editing) {
          const r = await api.mutate(UpdateStaffDocument, { id: editing.id, input: fields });
          if (!r.ok) return r.error;
          const done = unwrapResult(r.value.updateStaff, 'User');
          return done.ok ? null : done.error;
        }
        const r = await api.mutate(CreateStaffDocument, {
          input: { ...fields, password: v.password, pin: textOrUndefined(v.pin) },
        });
        if (!r.ok) return r.error;
        const done = unwrapResult(r.value.createStaff, 'User');
        return done.ok ? null : done.error;
      },
      (f) =>
        ({ EMAIL_TAKEN: 'email', USERNAME_TAKEN: 'username', WEAK_PASSWORD: 'password' })[f.code] as
          | string
          | undefined,
    );
    if (ok) {
      edit(null);
      await load();
    }
  };

  const deactivate = async (s: StaffMember) => {
    if (!window.confirm(t('backoffice.staff.confirmDeactivate', { name: s.name }))) return;
    const r = await api.mutate(DeactivateStaffDocument, { id: s.id });
    if (!r.ok) return setError(r.error);
    const done = unwrapResult(r.value.deactivateStaff, 'User');
    setError(done.ok ? null : done.error);
    await load();
  };

  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;
  const writable = can('staff:write');
  return (
    <Screen title={t('backoffice.staff.title')}>
      <ErrorNote error={error} />
      <Table
        testId="staff-list"
        head={[t('backoffice.staff.name'), t('backoffice.staff.role'), t('backoffice.staff.branches'), '']}
      >
        {staff.map((s) => (
          <tr key={s.id} className={s.active ? '' : 'text-slate-400'}>
            <Cell>
              {s.name}
              <p className="text-xs text-slate-500">{s.username ?? s.email}</p>
            </Cell>
            <Cell>{t(`backoffice.roles.${s.role}`)}</Cell>
            <Cell>
              {s.allBranches
                ? t('backoffice.staff.allBranches')
                : s.branches.map((b) => branchName(b.id)).join(', ')}
            </Cell>
            <Cell className="whitespace-nowrap">
              {s.active && s.role !== 'OWNER' && writable && (
                <>
                  <Button tone="ghost" className="min-h-8 text-xs" onClick={() => edit(s)}>
                    {t('backoffice.edit')}
                  </Button>
                  <Button tone="ghost" className="min-h-8 text-xs" onClick={() => void deactivate(s)}>
                    {t('backoffice.staff.deactivate')}
                  </Button>
                </>
              )}
              {!s.active && t('backoffice.inactive')}
            </Cell>
          </tr>
        ))}
      </Table>
      {writable && (
        <Panel
          title={editing ? t('backoffice.staff.edit', { name: editing.name }) : t('backoffice.staff.new')}
        >
          <form
            noValidate
            className="flex flex-col gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <Grid>
              <Input form={form} name="name" label={t('backoffice.staff.name')} />
              <Select
                form={form}
                name="role"
                label={t('backoffice.staff.role')}
                options={ROLES.map((r) => ({ value: r, label: t(`backoffice.roles.${r}`) }))}
              />
              <Input form={form} name="email" label="E-mail" type="email" />
              <Input
                form={form}
                name="username"
                label={t('backoffice.staff.username')}
                autoCapitalize="none"
              />
              <Input form={form} name="phone" label={t('backoffice.phone')} type="tel" />
              {!editing && (
                <>
                  <Input
                    form={form}
                    name="password"
                    label={t('backoffice.staff.password')}
                    type="password"
                    autoComplete="new-password"
                  />
                  <Input form={form} name="pin" label="PIN" inputMode="numeric" autoComplete="off" />
                </>
              )}
            </Grid>
            <fieldset className="flex flex-col gap-1">
              <legend className="text-sm font-medium text-slate-700">{t('backoffice.staff.branches')}</legend>
              <p className="text-xs text-slate-500">{t('backoffice.staff.branchesHelp')}</p>
              <div className="flex flex-wrap gap-3">
                {branches
                  .filter((b) => b.active)
                  .map((b) => (
                    <label key={b.id} className="flex min-h-11 items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        className="size-5 accent-teal-700"
                        checked={branchIds.includes(b.id)}
                        onChange={(e) =>
                          setBranchIds(
                            e.target.checked ? [...branchIds, b.id] : branchIds.filter((id) => id !== b.id),
                          )
                        }
                      />
                      {b.name}
                    </label>
                  ))}
              </div>
            </fieldset>
            <FormError form={form} />
            <div className="flex gap-2">
              <Button tone="primary" type="submit" disabled={form.busy}>
                {t('backoffice.save')}
              </Button>
              {editing && <Button onClick={() => edit(null)}>{t('backoffice.cancel')}</Button>}
            </div>
          </form>
        </Panel>
      )}
      {editing && can('staff:permissions') && (
        <PermissionsEditor
          key={editing.id}
          member={editing}
          scopes={scopes}
          onSaved={async () => {
            const list = await load();
            setEditing(list?.find((s) => s.id === editing.id) ?? null);
          }}
        />
      )}
    </Screen>
  );
}
