/** Staff cash advances (kasbon): who owes what, giving an advance, taking a repayment, one person's ledger. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RecordStaffAdvanceDocument,
  RecordStaffAdvanceRepaymentDocument,
  type RepaymentMethod,
  StaffAdvanceLedgerDocument,
  type StaffAdvanceLedgerQuery,
  StaffAdvancesDocument,
  type StaffAdvancesQuery,
} from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote, Money } from '../../app/ui';
import { useBackOffice } from '../context';
import { FormError, Input, Select, useForm } from '../form';
import { Cell, Empty, Grid, Panel, Screen, Table } from '../layout';
import { allStaff } from '../people/staff-list';
import { moneyOf, rules, textOrUndefined } from '../validate';
import { daysFromToday } from './dates';

type Balance = StaffAdvancesQuery['staffAdvanceBalances'][number];
type Entry = StaffAdvanceLedgerQuery['staffAdvanceLedger'][number];

export function AdvancesScreen() {
  const { t } = useTranslation();
  const { api, can, branches } = useBackOffice();
  const [balances, setBalances] = useState<Balance[]>([]);
  const [people, setPeople] = useState<Array<{ id: string; name: string }>>([]);
  const [ledgerOf, setLedgerOf] = useState<{ id: string; name: string } | null>(null);
  const [ledger, setLedger] = useState<Entry[]>([]);
  const [error, setError] = useState<Failure | null>(null);
  const advance = useForm({
    userId: '',
    amount: '',
    dueDate: daysFromToday(30),
    paidBy: 'CASH',
    branchId: '',
    note: '',
  });
  const repay = useForm({ userId: '', amount: '', method: 'CASH', branchId: '', note: '' });

  const load = useCallback(async () => {
    const r = await api.query(StaffAdvancesDocument, {});
    if (!r.ok) return setError(r.error);
    setError(null);
    setBalances(r.value.staffAdvanceBalances);
  }, [api]);

  const loadLedger = useCallback(
    async (person: { id: string; name: string }) => {
      setLedgerOf(person);
      const r = await api.query(StaffAdvanceLedgerDocument, { userId: person.id });
      if (r.ok) setLedger(r.value.staffAdvanceLedger);
      else setError(r.error);
    },
    [api],
  );

  useEffect(() => {
    void load();
    if (can('staff:read')) {
      void allStaff(api).then((r) => {
        if (r.ok) setPeople(r.value.staff.filter((s) => s.active).map((s) => ({ id: s.id, name: s.name })));
      });
    }
  }, [api, can, load]);

  const after = async (userId: string) => {
    await load();
    const person = people.find((p) => p.id === userId);
    if (person) await loadLedger(person);
  };

  const give = async () => {
    const v = advance.values;
    if (
      !advance.validate({
        userId: [rules.required],
        amount: [rules.positiveMoney],
        dueDate: [rules.date],
        note: [rules.maxLength(500)],
      })
    )
      return;
    const ok = await advance.run(async () => {
      const r = await api.mutate(RecordStaffAdvanceDocument, {
        input: {
          userId: v.userId,
          amount: moneyOf(v.amount),
          dueDate: v.dueDate,
          paidBy: v.paidBy as RepaymentMethod,
          ...(v.branchId ? { branchId: v.branchId } : {}),
          note: textOrUndefined(v.note),
        },
      });
      if (!r.ok) return r.error;
      const done = unwrapResult(r.value.recordStaffAdvance, 'StaffAdvanceEntry');
      return done.ok ? null : done.error;
    });
    if (ok) {
      advance.reset({ ...v, amount: '', note: '' });
      await after(v.userId);
    }
  };

  const takeBack = async () => {
    const v = repay.values;
    if (
      !repay.validate({
        userId: [rules.required],
        amount: [rules.positiveMoney],
        note: [rules.maxLength(500)],
      })
    )
      return;
    const ok = await repay.run(
      async () => {
        const r = await api.mutate(RecordStaffAdvanceRepaymentDocument, {
          input: {
            userId: v.userId,
            amount: moneyOf(v.amount),
            method: v.method as RepaymentMethod,
            ...(v.branchId && v.method !== 'PAYROLL' ? { branchId: v.branchId } : {}),
            note: textOrUndefined(v.note),
          },
        });
        if (!r.ok) return r.error;
        const done = unwrapResult(r.value.recordStaffAdvanceRepayment, 'StaffAdvanceEntry');
        return done.ok ? null : done.error;
      },
      (f) => (f.code === 'REPAYMENT_EXCEEDS_BALANCE' ? 'amount' : undefined),
    );
    if (ok) {
      repay.reset({ ...v, amount: '', note: '' });
      await after(v.userId);
    }
  };

  const personOptions = [{ value: '', label: '—' }, ...people.map((p) => ({ value: p.id, label: p.name }))];
  const branchOptions = [
    { value: '', label: t('backoffice.advances.outsideBooks') },
    ...branches.filter((b) => b.active).map((b) => ({ value: b.id, label: b.name })),
  ];
  return (
    <Screen title={t('backoffice.advances.title')}>
      <ErrorNote error={error} />
      <Panel title={t('backoffice.advances.balances')} testId="advance-balances">
        {balances.length === 0 ? (
          <Empty>{t('backoffice.advances.none')}</Empty>
        ) : (
          <Table
            head={[
              t('backoffice.staff.name'),
              t('backoffice.customers.owes'),
              t('backoffice.customers.overdue'),
              t('backoffice.customers.due'),
            ]}
          >
            {balances.map((b) => (
              <tr key={b.user.id}>
                <Cell>
                  <button
                    type="button"
                    className="font-medium text-teal-800 hover:underline"
                    onClick={() => void loadLedger(b.user)}
                  >
                    {b.user.name}
                  </button>
                </Cell>
                <Cell>
                  <Money value={b.balance} />
                </Cell>
                <Cell className={b.overdue !== '0' ? 'text-rose-700' : ''}>
                  <Money value={b.overdue} />
                </Cell>
                <Cell>{b.nextDueDate}</Cell>
              </tr>
            ))}
          </Table>
        )}
      </Panel>
      {ledgerOf && (
        <Panel title={t('backoffice.advances.ledger', { name: ledgerOf.name })}>
          <Table
            head={[
              t('backoffice.date'),
              t('backoffice.customers.kind'),
              t('backoffice.stock.change'),
              t('backoffice.stock.balance'),
              t('backoffice.customers.due'),
            ]}
          >
            {ledger.map((e) => (
              <tr key={e.id}>
                <Cell>{new Date(e.at).toLocaleDateString('id-ID')}</Cell>
                <Cell>
                  {t(`backoffice.advances.${e.type}`)}
                  {e.method && ` · ${t(`backoffice.repayment.${e.method}`)}`}
                </Cell>
                <Cell>
                  <Money value={e.change} />
                </Cell>
                <Cell>
                  <Money value={e.balance} />
                </Cell>
                <Cell>{e.dueDate}</Cell>
              </tr>
            ))}
          </Table>
        </Panel>
      )}
      {can('advances:write') && (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Panel title={t('backoffice.advances.give')}>
            <form
              noValidate
              className="flex flex-col gap-3"
              onSubmit={(e) => {
                e.preventDefault();
                void give();
              }}
            >
              <Grid>
                <Select
                  form={advance}
                  name="userId"
                  label={t('backoffice.advances.person')}
                  options={personOptions}
                />
                <Input
                  form={advance}
                  name="amount"
                  label={t('backoffice.expenses.amount')}
                  inputMode="numeric"
                />
                <Input form={advance} name="dueDate" label={t('backoffice.customers.due')} type="date" />
                <Select
                  form={advance}
                  name="paidBy"
                  label={t('backoffice.method')}
                  options={['CASH', 'TRANSFER'].map((m) => ({
                    value: m,
                    label: t(`backoffice.repayment.${m}`),
                  }))}
                />
                <Select
                  form={advance}
                  name="branchId"
                  label={t('backoffice.advances.paidAt')}
                  options={branchOptions}
                />
                <Input form={advance} name="note" label={t('backoffice.stock.note')} />
              </Grid>
              <FormError form={advance} />
              <Button tone="primary" type="submit" disabled={advance.busy} className="self-start">
                {t('backoffice.advances.give')}
              </Button>
            </form>
          </Panel>
          <Panel title={t('backoffice.advances.repay')}>
            <form
              noValidate
              className="flex flex-col gap-3"
              onSubmit={(e) => {
                e.preventDefault();
                void takeBack();
              }}
            >
              <Grid>
                <Select
                  form={repay}
                  name="userId"
                  label={t('backoffice.advances.person')}
                  options={personOptions}
                />
                <Input
                  form={repay}
                  name="amount"
                  label={t('backoffice.expenses.amount')}
                  inputMode="numeric"
                />
                <Select
                  form={repay}
                  name="method"
                  label={t('backoffice.method')}
                  options={['CASH', 'TRANSFER', 'PAYROLL'].map((m) => ({
                    value: m,
                    label: t(`backoffice.repayment.${m}`),
                  }))}
                />
                <Select
                  form={repay}
                  name="branchId"
                  label={t('backoffice.advances.takenAt')}
                  options={branchOptions}
                />
                <Input form={repay} name="note" label={t('backoffice.stock.note')} />
              </Grid>
              <FormError form={repay} />
              <Button type="submit" disabled={repay.busy} className="self-start">
                {t('backoffice.advances.repay')}
              </Button>
            </form>
          </Panel>
        </div>
      )}
    </Screen>
  );
}
