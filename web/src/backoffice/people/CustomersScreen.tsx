/** Customers: find by name or phone, add one, and open one for points, credit and its statement. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminCustomersDocument } from '../../__generated__/operations';
import { useLatestRequest } from '../../api/latest';
import type { Failure } from '../../api/results';
import { Button, ErrorNote, Money } from '../../app/ui';
import { useBackOffice } from '../context';
import { Cell, Empty, Screen, Table } from '../layout';
import { CustomerDetail } from './CustomerDetail';
import { type AdminCustomer, CustomerForm } from './CustomerForm';

export function CustomersScreen() {
  const { t } = useTranslation();
  const { api } = useBackOffice();
  const [search, setSearch] = useState('');
  const [rows, setRows] = useState<AdminCustomer[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<Failure | null>(null);

  const latest = useLatestRequest();
  const load = useCallback(
    async (after: string | null) => {
      const ticket = latest.ticket();
      const r = await api.query(AdminCustomersDocument, { search: search.trim() || null, first: 50, after });
      if (!latest.isLatest(ticket)) return;
      if (!r.ok) return setError(r.error);
      setError(null);
      setRows((old) => (after ? [...old, ...r.value.customers.nodes] : r.value.customers.nodes));
      setNext(r.value.customers.hasNextPage ? (r.value.customers.endCursor ?? null) : null);
    },
    [api, search, latest],
  );

  useEffect(() => {
    const timer = setTimeout(() => void load(null), 200);
    return () => clearTimeout(timer);
  }, [load]);

  if (open) {
    return (
      <CustomerDetail
        id={open}
        onBack={() => {
          setOpen(null);
          void load(null);
        }}
      />
    );
  }
  return (
    <Screen title={t('backoffice.customers.title')}>
      <ErrorNote error={error} />
      <input
        type="search"
        aria-label={t('backoffice.customers.search')}
        placeholder={t('backoffice.customers.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        className="min-h-11 rounded-lg border border-slate-300 px-3"
      />
      {rows.length === 0 ? (
        <Empty>{t('backoffice.customers.none')}</Empty>
      ) : (
        <Table
          testId="customer-list"
          head={[
            t('backoffice.customers.name'),
            t('backoffice.customers.points'),
            t('backoffice.customers.owes'),
            t('backoffice.customers.limit'),
          ]}
        >
          {rows.map((c) => (
            <tr key={c.id}>
              <Cell>
                <button
                  type="button"
                  className="text-left font-medium text-teal-800 hover:underline"
                  onClick={() => setOpen(c.id)}
                >
                  {c.name}
                </button>
                <p className="text-xs text-slate-500">
                  {c.phone}
                  {c.tier ? ` · ${c.tier}` : ''}
                </p>
              </Cell>
              <Cell className="tabular-nums">{c.points}</Cell>
              <Cell className={c.credit.overdue !== '0' ? 'text-rose-700' : ''}>
                <Money value={c.credit.balance} />
              </Cell>
              <Cell>
                <Money value={c.credit.limit} />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {next && (
        <Button onClick={() => void load(next)} className="self-start">
          {t('backoffice.more')}
        </Button>
      )}
      <CustomerForm customer={null} onSaved={() => load(null)} />
    </Screen>
  );
}
