/** One customer: points (with a manual adjustment), credit (limit, repayment) and the credit statement. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdjustPointsDocument,
  type CreditRepaymentMethod,
  CustomerStatementDocument,
  type CustomerStatementQuery,
  RecordCreditRepaymentDocument,
  SetCreditLimitDocument,
} from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote, Money } from '../../app/ui';
import { newId } from '../../lib/ids';
import { useBackOffice } from '../context';
import { FormError, Input, Select, useForm } from '../form';
import { Cell, Empty, Grid, Panel, Screen, Table } from '../layout';
import { monthStartDate, todayDate } from '../money/dates';
import { moneyOf, rules, textOrUndefined } from '../validate';
import { CustomerForm } from './CustomerForm';

type Detail = NonNullable<CustomerStatementQuery['customer']>;

export function CustomerDetail({ id, onBack }: { id: string; onBack(): void }) {
  const { t } = useTranslation();
  const { api, can, branches, homeBranchId } = useBackOffice();
  const [customer, setCustomer] = useState<Detail | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const period = useForm({ from: monthStartDate(), to: todayDate() });
  const limit = useForm({ limit: '' });
  const repay = useForm({ amount: '', method: 'CASH', branchId: '', note: '' });
  const points = useForm({ points: '', reason: '' });
  const [repayKey, setRepayKey] = useState(() => newId('repay'));
  const { from, to } = period.values;

  const load = useCallback(async () => {
    const r = await api.query(CustomerStatementDocument, { id, from: from || null, to: to || null });
    if (!r.ok) return setError(r.error);
    setCustomer(r.value.customer ?? null);
    if (!r.value.customer) setError({ code: 'NOT_FOUND', message: 'Customer' });
  }, [api, id, from, to]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!customer) {
    return (
      <Screen title={t('backoffice.customers.title')}>
        <ErrorNote error={error} />
      </Screen>
    );
  }

  const setLimit = async () => {
    if (!limit.validate({ limit: [rules.money] })) return;
    const ok = await limit.run(async () => {
      const r = await api.mutate(SetCreditLimitDocument, {
        customerId: id,
        limit: moneyOf(limit.values.limit),
      });
      if (!r.ok) return r.error;
      const done = unwrapResult(r.value.setCreditLimit, 'Customer');
      return done.ok ? null : done.error;
    });
    if (ok) await load();
  };

  const recordRepayment = async () => {
    if (!repay.validate({ amount: [rules.positiveMoney], note: [rules.maxLength(500)] })) return;
    const v = repay.values;
    const ok = await repay.run(
      async () => {
        const r = await api.mutate(RecordCreditRepaymentDocument, {
          input: {
            customerId: id,
            amount: moneyOf(v.amount),
            method: v.method as CreditRepaymentMethod,
            branchId: v.branchId || homeBranchId || undefined,
            note: textOrUndefined(v.note),
            idempotencyKey: repayKey,
          },
        });
        if (!r.ok) return r.error;
        const done = unwrapResult(r.value.recordCreditRepayment, 'CreditEntry');
        return done.ok ? null : done.error;
      },
      (f) => (f.code === 'REPAYMENT_EXCEEDS_BALANCE' ? 'amount' : undefined),
    );
    if (ok) {
      setRepayKey(newId('repay'));
      repay.reset({ amount: '', method: 'CASH', branchId: '', note: '' });
      await load();
    }
  };

  const adjust = async () => {
    const spec = {
      points: [rules.integer(-1_000_000_000, 1_000_000_000), rules.nonZero],
      reason: [rules.required, rules.maxLength(500)],
    };
    if (!points.validate(spec)) return;
    const ok = await points.run(
      async () => {
        const r = await api.mutate(AdjustPointsDocument, {
          input: {
            customerId: id,
            points: Number(points.values.points),
            reason: points.values.reason.trim(),
          },
        });
        if (!r.ok) return r.error;
        const done = unwrapResult(r.value.adjustPoints, 'PointsEntry');
        return done.ok ? null : done.error;
      },
      (f) => (f.code === 'INSUFFICIENT_POINTS' ? 'points' : undefined),
    );
    if (ok) {
      points.reset({ points: '', reason: '' });
      await load();
    }
  };

  const statement = customer.creditStatement;
  return (
    <Screen
      title={customer.name}
      actions={
        <Button onClick={onBack} tone="ghost">
          ← {t('backoffice.customers.title')}
        </Button>
      }
    >
      <ErrorNote error={error} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="customer-summary">
        <Stat label={t('backoffice.customers.points')} value={String(customer.points)} />
        <Stat label={t('backoffice.customers.owes')} value={<Money value={customer.credit.balance} />} />
        <Stat label={t('backoffice.customers.limit')} value={<Money value={customer.credit.limit} />} />
        <Stat label={t('backoffice.customers.overdue')} value={<Money value={customer.credit.overdue} />} />
      </div>
      <CustomerForm customer={customer} onSaved={load} />
      {can('customers:credit') && (
        <Panel title={t('backoffice.customers.credit')}>
          <form
            noValidate
            className="flex flex-wrap items-end gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              void setLimit();
            }}
          >
            <Input form={limit} name="limit" label={t('backoffice.customers.newLimit')} inputMode="numeric" />
            <Button type="submit" disabled={limit.busy}>
              {t('backoffice.customers.setLimit')}
            </Button>
            <FormError form={limit} />
          </form>
          <form
            noValidate
            className="flex flex-col gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              void recordRepayment();
            }}
          >
            <Grid>
              <Input
                form={repay}
                name="amount"
                label={t('backoffice.customers.repayment')}
                inputMode="numeric"
              />
              <Select
                form={repay}
                name="method"
                label={t('backoffice.method')}
                options={[
                  { value: 'CASH', label: t('methods.CASH') },
                  { value: 'TRANSFER', label: t('methods.BANK_TRANSFER') },
                ]}
              />
              <Select
                form={repay}
                name="branchId"
                label={t('backoffice.branch')}
                options={branches.filter((b) => b.active).map((b) => ({ value: b.id, label: b.name }))}
              />
              <Input form={repay} name="note" label={t('backoffice.stock.note')} />
            </Grid>
            <FormError form={repay} />
            <Button type="submit" disabled={repay.busy} className="self-start">
              {t('backoffice.customers.recordRepayment')}
            </Button>
          </form>
        </Panel>
      )}
      {can('loyalty:adjust') && (
        <Panel title={t('backoffice.customers.adjustPoints')}>
          <form
            noValidate
            className="flex flex-col gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              void adjust();
            }}
          >
            <Grid>
              <Input
                form={points}
                name="points"
                label={t('backoffice.customers.pointsChange')}
                inputMode="numeric"
              />
              <Input form={points} name="reason" label={t('backoffice.stock.why')} />
            </Grid>
            <FormError form={points} />
            <Button type="submit" disabled={points.busy} className="self-start">
              {t('backoffice.save')}
            </Button>
          </form>
        </Panel>
      )}
      <Panel title={t('backoffice.customers.statement')} testId="credit-statement">
        <div className="flex flex-wrap gap-3">
          <Input form={period} name="from" label={t('backoffice.from')} type="date" />
          <Input form={period} name="to" label={t('backoffice.to')} type="date" />
        </div>
        <p className="text-sm">
          {t('backoffice.customers.opening')}: <Money value={statement.openingBalance} /> ·{' '}
          {t('backoffice.customers.closing')}: <Money value={statement.closingBalance} />
        </p>
        {statement.entries.length === 0 ? (
          <Empty>{t('backoffice.customers.noEntries')}</Empty>
        ) : (
          <Table
            head={[
              t('backoffice.date'),
              t('backoffice.customers.kind'),
              t('backoffice.stock.change'),
              t('backoffice.stock.balance'),
              t('backoffice.customers.due'),
            ]}
          >
            {statement.entries.map((e) => (
              <tr key={e.id}>
                <Cell>{e.date}</Cell>
                <Cell>{t(`backoffice.creditKind.${e.kind}`)}</Cell>
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
        )}
      </Panel>
      <Panel title={t('backoffice.customers.pointsHistory')}>
        {customer.pointsHistory.nodes.length === 0 ? (
          <Empty>{t('backoffice.customers.noEntries')}</Empty>
        ) : (
          <Table
            head={[
              t('backoffice.date'),
              t('backoffice.customers.kind'),
              t('backoffice.stock.change'),
              t('backoffice.stock.balance'),
            ]}
          >
            {customer.pointsHistory.nodes.map((p) => (
              <tr key={p.id}>
                <Cell>{new Date(p.at).toLocaleDateString('id-ID')}</Cell>
                <Cell>
                  {t(`backoffice.pointsKind.${p.kind}`)}
                  {p.reason && <span className="block text-xs text-slate-500">{p.reason}</span>}
                </Cell>
                <Cell className="tabular-nums">{p.change}</Cell>
                <Cell className="tabular-nums">{p.balance}</Cell>
              </tr>
            ))}
          </Table>
        )}
      </Panel>
    </Screen>
  );
}

function Stat({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3">
      <p className="text-xs text-slate-500">{label}</p>
      <p className="text-lg font-semibold tabular-nums">{value}</p>
    </div>
  );
}
