/** Branches: add one (its code goes into order numbers), change its address and phone, close it. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateBranchDocument,
  DeactivateBranchDocument,
  UpdateBranchDocument,
} from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote } from '../../app/ui';
import { type AdminBranch, useBackOffice } from '../context';
import { FormError, Input, useForm } from '../form';
import { Cell, Grid, Panel, Screen, Table } from '../layout';
import { rules, textOrUndefined } from '../validate';

const EMPTY = { name: '', code: '', address: '', phone: '' };

export function BranchesScreen() {
  const { t } = useTranslation();
  const { api, branches, reloadBranches } = useBackOffice();
  const [editing, setEditing] = useState<AdminBranch | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const form = useForm(EMPTY);
  const { reset } = form;

  const edit = useCallback(
    (b: AdminBranch | null) => {
      setEditing(b);
      reset(b ? { name: b.name, code: b.code, address: b.address ?? '', phone: b.phone ?? '' } : EMPTY);
    },
    [reset],
  );

  useEffect(() => {
    void reloadBranches();
  }, [reloadBranches]);

  const save = async () => {
    const v = form.values;
    const spec = {
      name: [rules.required, rules.maxLength(100)],
      address: [rules.maxLength(300)],
      phone: [rules.phone],
      ...(editing ? {} : { code: [rules.branchCode] }),
    };
    if (!form.validate(spec)) return;
    const fields = {
      name: v.name.trim(),
      address: textOrUndefined(v.address),
      phone: textOrUndefined(v.phone),
    };
    const ok = await form.run(
      async () => {
        if (editing) {
          const r = await api.mutate(UpdateBranchDocument, { id: editing.id, input: fields });
          if (!r.ok) return r.error;
          const done = unwrapResult(r.value.updateBranch, 'Branch');
          return done.ok ? null : done.error;
        }
        const r = await api.mutate(CreateBranchDocument, {
          input: { ...fields, code: v.code.trim().toUpperCase() },
        });
        if (!r.ok) return r.error;
        const done = unwrapResult(r.value.createBranch, 'Branch');
        return done.ok ? null : done.error;
      },
      (f) => (f.code === 'BRANCH_CODE_TAKEN' ? 'code' : undefined),
    );
    if (ok) {
      edit(null);
      await reloadBranches();
    }
  };

  const deactivate = async (b: AdminBranch) => {
    if (!window.confirm(t('backoffice.branches.confirmClose', { name: b.name }))) return;
    const r = await api.mutate(DeactivateBranchDocument, { id: b.id });
    if (!r.ok) return setError(r.error);
    const done = unwrapResult(r.value.deactivateBranch, 'Branch');
    setError(done.ok ? null : done.error);
    await reloadBranches();
  };

  return (
    <Screen title={t('backoffice.branches.title')}>
      <ErrorNote error={error} />
      <Table
        testId="branch-list"
        head={[
          t('backoffice.branches.name'),
          t('backoffice.branches.code'),
          t('backoffice.branches.address'),
          '',
        ]}
      >
        {branches.map((b) => (
          <tr key={b.id} className={b.active ? '' : 'text-slate-400'}>
            <Cell>
              {b.name}
              {!b.active && <span className="ml-2 text-xs">({t('backoffice.inactive')})</span>}
            </Cell>
            <Cell className="font-mono text-xs">{b.code}</Cell>
            <Cell>
              {b.address}
              {b.phone && <p className="text-xs text-slate-500">{b.phone}</p>}
            </Cell>
            <Cell className="whitespace-nowrap">
              {b.active && (
                <>
                  <Button tone="ghost" className="min-h-8 text-xs" onClick={() => edit(b)}>
                    {t('backoffice.edit')}
                  </Button>
                  <Button tone="ghost" className="min-h-8 text-xs" onClick={() => void deactivate(b)}>
                    {t('backoffice.branches.close')}
                  </Button>
                </>
              )}
            </Cell>
          </tr>
        ))}
      </Table>
      <Panel
        title={editing ? t('backoffice.branches.edit', { name: editing.name }) : t('backoffice.branches.new')}
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
            <Input form={form} name="name" label={t('backoffice.branches.name')} />
            <Input
              form={form}
              name="code"
              label={t('backoffice.branches.code')}
              disabled={editing !== null}
              autoCapitalize="characters"
            />
            <Input form={form} name="address" label={t('backoffice.branches.address')} />
            <Input form={form} name="phone" label={t('backoffice.phone')} type="tel" />
          </Grid>
          <FormError form={form} />
          <div className="flex gap-2">
            <Button tone="primary" type="submit" disabled={form.busy}>
              {t('backoffice.save')}
            </Button>
            {editing && <Button onClick={() => edit(null)}>{t('backoffice.cancel')}</Button>}
          </div>
        </form>
      </Panel>
    </Screen>
  );
}
