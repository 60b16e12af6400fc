/** A person's permissions as ticks: the role's defaults, plus grants, minus revocations. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetStaffPermissionsDocument } from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote } from '../../app/ui';
import { useBackOffice } from '../context';
import { Panel } from '../layout';
import type { ScopeInfo, StaffMember } from './staff-list';

export function PermissionsEditor({
  member,
  scopes,
  onSaved,
}: {
  member: StaffMember;
  scopes: ScopeInfo[];
  onSaved(): Promise<void>;
}) {
  const { t } = useTranslation();
  const { api, can } = useBackOffice();
  const [ticked, setTicked] = useState(() => new Set(member.permissions.effective));
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const byDefault = (s: ScopeInfo) => s.defaultFor.includes(member.role);
    const grants = scopes.filter((s) => ticked.has(s.scope) && !byDefault(s)).map((s) => s.scope);
    const revokes = scopes.filter((s) => !ticked.has(s.scope) && byDefault(s)).map((s) => s.scope);
    setBusy(true);
    const r = await api.mutate(SetStaffPermissionsDocument, {
      input: { userId: member.id, grants, revokes },
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const done = unwrapResult(r.value.setStaffPermissions, 'User');
    if (!done.ok) return setError(done.error);
    setError(null);
    await onSaved();
  };

  return (
    <Panel title={t('backoffice.staff.permissions', { name: member.name })} testId="permissions">
      <p className="text-xs text-slate-500">{t('backoffice.staff.permissionsHelp')}</p>
      <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {scopes.map((s) => (
          <label key={s.scope} className="flex items-start gap-2 py-1 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-5 accent-teal-700"
              checked={ticked.has(s.scope)}
              // Only scopes the signed-in person holds can be granted.
              disabled={!can(s.scope) && !ticked.has(s.scope)}
              onChange={(e) => {
                const next = new Set(ticked);
                if (e.target.checked) next.add(s.scope);
                else next.delete(s.scope);
                setTicked(next);
              }}
            />
            <span>
              <span className="font-mono text-xs">{s.scope}</span>
              {s.defaultFor.includes(member.role) && (
                <span className="ml-1 rounded bg-slate-100 px-1 text-xs text-slate-600">
                  {t('backoffice.staff.roleDefault')}
                </span>
              )}
              <span className="block text-slate-600">{s.description}</span>
            </span>
          </label>
        ))}
      </div>
      <ErrorNote error={error} />
      <Button tone="primary" disabled={busy} onClick={() => void save()} className="self-start">
        {t('backoffice.staff.savePermissions')}
      </Button>
    </Panel>
  );
}
