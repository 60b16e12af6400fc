/** Expenses of a period at a branch, recording one (paid from an account or not), and their categories. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminExpensesDocument,
  type AdminExpensesQuery,
  type CashAccount,
  CreateExpenseCategoryDocument,
  RecordExpenseDocument,
} from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote, Money } from '../../app/ui';
import { sumMoney } from '../../lib/money';
import { useBackOffice } from '../context';
import { FormError, Input, Select, useForm } from '../form';
import { Cell, Empty, Grid, Panel, Screen, Table } from '../layout';
import { moneyOf, rules, textOrUndefined } from '../validate';
import { monthStartDate, todayDate } from './dates';

const ACCOUNTS = ['', 'CASH_DRAWER', 'BANK', 'EWALLET'];

export function ExpensesScreen() {
  const { t } = useTranslation();
  const { api, branches, homeBranchId } = useBackOffice();
  const [data, setData] = useState<AdminExpensesQuery | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const filter = useForm({ from: monthStartDate(), to: todayDate(), branchId: '' });
  const form = useForm({
    categoryId: '',
    businessDate: todayDate(),
    amount: '',
    note: '',
    paidFrom: '',
    branchId: '',
  });
  const category = useForm({ name: '' });
  const { from, to, branchId } = filter.values;

  const load = useCallback(async () => {
    if (!from || !to) return;
    const r = await api.query(AdminExpensesDocument, {
      filter: { from, to, ...(branchId ? { branchId } : {}) },
    });
    if (!r.ok) return setError(r.error);
    setError(null);
    setData(r.value);
  }, [api, from, to, branchId]);

  useEffect(() => {
    void load();
  }, [load]);

  const record = async () => {
    const v = form.values;
    const spec = {
      categoryId: [rules.required],
      businessDate: [rules.date],
      amount: [rules.positiveMoney],
      note: [rules.maxLength(500)],
    };
    if (!form.validate(spec)) return;
    const ok = await form.run(async () => {
      const r = await api.mutate(RecordExpenseDocument, {
        input: {
          branchId: v.branchId || homeBranchId,
          categoryId: v.categoryId,
          businessDate: v.businessDate,
          amount: moneyOf(v.amount),
          note: textOrUndefined(v.note),
          ...(v.paidFrom ? { paidFrom: v.paidFrom as CashAccount } : {}),
        },
      });
      if (!r.ok) return r.error;
      const done = unwrapResult(r.value.recordExpense, 'Expense');
      return done.ok ? null : done.error;
    });
    if (ok) {
      form.reset({ ...v, amount: '', note: '' });
      await load();
    }
  };

  const addCategory = async () => {
    if (!category.validate({ name: [rules.required, rules.maxLength(60)] })) return;
    const ok = await category.run(
      async () => {
        const r = await api.mutate(CreateExpenseCategoryDocument, { name: category.values.name.trim() });
        if (!r.ok) return r.error;
        const done = unwrapResult(r.value.createExpenseCategory, 'ExpenseCategory');
        return done.ok ? null : done.error;
      },
      (f) => (f.code === 'DUPLICATE_EXPENSE_CATEGORY' ? 'name' : undefined),
    );
    if (ok) {
      category.reset({ name: '' });
      await load();
    }
  };

  const active = branches.filter((b) => b.active);
  const expenses = data?.expenses ?? [];
  return (
    <Screen title={t('backoffice.expenses.title')}>
      <div className="flex flex-wrap gap-3">
        <Input form={filter} name="from" label={t('backoffice.from')} type="date" />
        <Input form={filter} name="to" label={t('backoffice.to')} type="date" />
        <Select
          form={filter}
          name="branchId"
          label={t('backoffice.branch')}
          options={[
            { value: '', label: t('backoffice.allBranches') },
            ...active.map((b) => ({ value: b.id, label: b.name })),
          ]}
        />
      </div>
      <ErrorNote error={error} />
      <Panel title={t('backoffice.expenses.list')} testId="expense-list">
        {expenses.length === 0 ? (
          <Empty>{t('backoffice.expenses.none')}</Empty>
        ) : (
          <>
            <p className="text-sm font-medium">
              {t('backoffice.expenses.total')}: <Money value={sumMoney(expenses.map((e) => e.amount))} />
            </p>
            <Table
              head={[
                t('backoffice.date'),
                t('backoffice.expenses.category'),
                t('backoffice.branch'),
                t('backoffice.expenses.amount'),
                t('backoffice.stock.note'),
              ]}
            >
              {expenses.map((e) => (
                <tr key={e.id}>
                  <Cell>{e.businessDate}</Cell>
                  <Cell>{e.category}</Cell>
                  <Cell>{e.branch?.name}</Cell>
                  <Cell>
                    <Money value={e.amount} />
                  </Cell>
                  <Cell className="text-xs">{e.note}</Cell>
                </tr>
              ))}
            </Table>
          </>
        )}
      </Panel>
      <Panel title={t('backoffice.expenses.record')}>
        <form
          noValidate
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void record();
          }}
        >
          <Grid>
            <Select
              form={form}
              name="categoryId"
              label={t('backoffice.expenses.category')}
              options={[
                { value: '', label: '—' },
                ...(data?.expenseCategories ?? []).map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
            <Input form={form} name="amount" label={t('backoffice.expenses.amount')} inputMode="numeric" />
            <Input form={form} name="businessDate" label={t('backoffice.date')} type="date" />
            <Select
              form={form}
              name="branchId"
              label={t('backoffice.branch')}
              options={active.map((b) => ({ value: b.id === homeBranchId ? '' : b.id, label: b.name }))}
            />
            <Select
              form={form}
              name="paidFrom"
              label={t('backoffice.expenses.paidFrom')}
              options={ACCOUNTS.map((a) => ({ value: a, label: t(`backoffice.accounts.${a || 'NONE'}`) }))}
            />
            <Input form={form} name="note" label={t('backoffice.stock.note')} />
          </Grid>
          <FormError form={form} />
          <Button tone="primary" type="submit" disabled={form.busy} className="self-start">
            {t('backoffice.expenses.record')}
          </Button>
        </form>
      </Panel>
      <Panel title={t('backoffice.expenses.newCategory')}>
        <form
          noValidate
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void addCategory();
          }}
        >
          <Input form={category} name="name" label={t('backoffice.expenses.categoryName')} />
          <Button type="submit" disabled={category.busy}>
            {t('backoffice.add')}
          </Button>
          <FormError form={category} />
        </form>
      </Panel>
    </Screen>
  );
}
