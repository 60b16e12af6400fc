/**
 * The owner's day on a phone: today's sales, orders, profit and basket against yesterday, this
 * month against last month, each branch side by side, best sellers, low stock and kasbon due.
 * Sales figures are polled every few seconds (the graph has no sales subscription; the dashboard
 * query is built to be cheap); low stock also follows `lowStockAlerts` of the branches shown.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  KasbonDueDocument,
  type KasbonDueQuery,
  LowStockAlertsDocument,
  LowStockNowDocument,
  type LowStockNowQuery,
  OwnerDashboardDocument,
  type OwnerDashboardQuery,
  type ReportFilter,
  type SalesFiguresFieldsFragment,
  TopProductsDocument,
  type TopProductsQuery,
} from '../__generated__/operations';
import type { Failure } from '../api/results';
import { useServices } from '../app/services';
import { Card, ErrorNote } from '../app/ui';
import { ExportButtons } from './ExportButtons';
import { changePercent } from './figures';
import { useOwner } from './OwnerContext';
import { usePolling } from './usePolling';

const SALES_EVERY_MS = 5_000;
const SLOW_EVERY_MS = 60_000;
const KASBON_EVERY_MS = 15_000;

type Dashboard = OwnerDashboardQuery['ownerDashboard'];

export function DashboardScreen() {
  const { t } = useTranslation();
  const { api } = useServices();
  const owner = useOwner();
  const { branchId, branches } = owner;
  const canCost = owner.can('cost:read');
  const today = owner.today();
  const filter = useMemo<ReportFilter>(
    () => ({ from: today, to: today, ...(branchId ? { branchId } : {}) }),
    [today, branchId],
  );

  const [dash, setDash] = useState<Dashboard | null>(null);
  const [perBranch, setPerBranch] = useState<Record<string, Dashboard>>({});
  const [top, setTop] = useState<TopProductsQuery['topProducts'] | null>(null);
  const [low, setLow] = useState<LowStockNowQuery['lowStockNow'] | null>(null);
  const [kasbon, setKasbon] = useState<KasbonDueQuery['kasbonAging'] | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [lowError, setLowError] = useState<Failure | null>(null);

  const loadSales = useCallback(async () => {
    const showBranches = !branchId && branches.length > 1;
    const [d, tp, ...each] = await Promise.all([
      api.query(OwnerDashboardDocument, branchId ? { branchId } : {}),
      api.query(TopProductsDocument, { filter, by: 'REVENUE', limit: 5 }),
      ...(showBranches ? branches.map((b) => api.query(OwnerDashboardDocument, { branchId: b.id })) : []),
    ]);
    if (!d.ok) return setError(d.error);
    setError(null);
    setDash(d.value.ownerDashboard);
    if (tp.ok) setTop(tp.value.topProducts);
    const rows: Record<string, Dashboard> = {};
    each.forEach((r, i) => {
      const b = branches[i];
      if (b && r.ok && 'ownerDashboard' in r.value) rows[b.id] = r.value.ownerDashboard;
    });
    setPerBranch(rows);
  }, [api, branchId, branches, filter]);

  const loadLow = useCallback(async () => {
    const r = await api.query(LowStockNowDocument, branchId ? { branchId } : {});
    if (!r.ok) return setLowError(r.error);
    setLowError(null);
    setLow(r.value.lowStockNow);
  }, [api, branchId]);

  const loadKasbon = useCallback(async () => {
    const r = await api.query(KasbonDueDocument, { asOf: today });
    if (r.ok) setKasbon(r.value.kasbonAging);
  }, [api, today]);

  usePolling(loadSales, SALES_EVERY_MS);
  usePolling(loadLow, SLOW_EVERY_MS);
  usePolling(loadKasbon, KASBON_EVERY_MS);
  // A new sale may have been on credit: kasbon is read again when today's orders change.
  const ordersToday = dash?.today.orders;
  useEffect(() => {
    if (ordersToday) void loadKasbon();
  }, [ordersToday, loadKasbon]);

  // A stock movement that crosses a threshold arrives live: the list is read again at once.
  const canStock = owner.can('stock:read');
  const watched = useMemo(
    () => (branchId ? [branchId] : branches.map((b) => b.id)).join(','),
    [branchId, branches],
  );
  useEffect(() => {
    if (!canStock || !watched) return;
    const stops = watched
      .split(',')
      .map((id) => api.subscribe(LowStockAlertsDocument, { branchId: id }, () => void loadLow()));
    return () => {
      for (const stop of stops) stop();
    };
  }, [api, canStock, watched, loadLow]);

  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-4 p-3 sm:p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">
          {branchId
            ? t('owner.dashboard.titleBranch', { branch: branchName(branchId) })
            : t('owner.dashboard.title')}
        </h1>
        {dash && (
          <p className="text-xs text-slate-500" data-testid="updated-at">
            {t('owner.dashboard.updated', { time: new Date(dash.generatedAt).toLocaleTimeString() })}
          </p>
        )}
      </div>
      <ErrorNote error={error} />

      <section aria-label={t('owner.dashboard.today')} className="grid grid-cols-2 gap-2 lg:grid-cols-4">
        <Stat
          testId="today-net"
          label={t('owner.dashboard.sales')}
          value={dash ? owner.money(dash.today.net) : '…'}
          change={dash ? changePercent(dash.today.net, dash.yesterday.net) : null}
          hint={t('owner.dashboard.vsYesterday')}
        />
        <Stat
          testId="today-orders"
          label={t('owner.dashboard.orders')}
          value={dash ? String(dash.today.orders) : '…'}
          change={dash ? changePercent(String(dash.today.orders), String(dash.yesterday.orders)) : null}
          hint={t('owner.dashboard.vsYesterday')}
        />
        {canCost && (
          <Stat
            testId="today-profit"
            label={t('owner.dashboard.profit')}
            value={dash ? owner.money(dash.today.grossProfit) : '…'}
            change={dash ? changePercent(dash.today.grossProfit, dash.yesterday.grossProfit) : null}
            hint={t('owner.dashboard.vsYesterday')}
          />
        )}
        <Stat
          testId="today-basket"
          label={t('owner.dashboard.basket')}
          value={dash ? owner.money(dash.today.averageBasket) : '…'}
        />
      </section>

      {dash && <MonthCard month={dash.thisMonth} last={dash.lastMonth} canCost={canCost} />}

      {!branchId && branches.length > 1 && (
        <Card>
          <h2 className="mb-2 font-semibold">{t('owner.dashboard.perBranch')}</h2>
          <table className="w-full text-sm" data-testid="per-branch">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th className="py-1">{t('owner.branch')}</th>
                <th className="py-1 text-right">{t('owner.dashboard.sales')}</th>
                <th className="py-1 text-right">{t('owner.dashboard.orders')}</th>
                {canCost && <th className="py-1 text-right">{t('owner.dashboard.profit')}</th>}
              </tr>
            </thead>
            <tbody>
              {branches.map((b) => {
                const row = perBranch[b.id];
                return (
                  <tr key={b.id} className="border-t border-slate-100" data-testid="branch-row">
                    <td className="py-2">
                      <button
                        type="button"
                        className="text-left text-teal-800 underline"
                        onClick={() => owner.setBranchId(b.id)}
                      >
                        {b.name}
                      </button>
                    </td>
                    <td className="py-2 text-right tabular-nums">{row ? owner.money(row.today.net) : '…'}</td>
                    <td className="py-2 text-right tabular-nums">{row ? row.today.orders : '…'}</td>
                    {canCost && (
                      <td className="py-2 text-right tabular-nums">
                        {row ? owner.money(row.today.grossProfit) : '…'}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}

      <div className="grid gap-4 lg:grid-cols-3">
        <Card>
          <div className="mb-2 flex items-start justify-between gap-2">
            <h2 className="font-semibold">{t('owner.dashboard.topProducts')}</h2>
            <ExportButtons report="TOP_PRODUCTS" filter={filter} />
          </div>
          {top && top.length === 0 && (
            <p className="text-sm text-slate-500">{t('owner.dashboard.noSales')}</p>
          )}
          <ol className="flex flex-col gap-1 text-sm" data-testid="top-products">
            {top?.map((p) => (
              <li key={p.productId} className="flex items-baseline justify-between gap-2">
                <span className="min-w-0 truncate">
                  {p.name}{' '}
                  <span className="text-xs text-slate-500">
                    {p.soldUnits.map((u) => `${u.quantity} ${u.unitName}`).join(' + ')}
                  </span>
                </span>
                <span className="tabular-nums">{owner.money(p.net)}</span>
              </li>
            ))}
          </ol>
        </Card>

        <Card>
          <div className="mb-2 flex items-start justify-between gap-2">
            <h2 className="font-semibold">
              {t('owner.dashboard.lowStock')}
              {canStock && (
                <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-800">
                  {t('owner.dashboard.live')}
                </span>
              )}
            </h2>
            <ExportButtons report="LOW_STOCK" filter={filter} />
          </div>
          <ErrorNote error={lowError} />
          {low && low.length === 0 && (
            <p className="text-sm text-slate-500">{t('owner.dashboard.noLowStock')}</p>
          )}
          <ul className="flex flex-col gap-1 text-sm" data-testid="low-stock">
            {low?.map((r) => (
              <li key={`${r.productId}@${r.branchId}`} className="flex items-baseline justify-between gap-2">
                <span className="min-w-0 truncate">
                  {r.name}
                  {!branchId && (
                    <span className="text-xs text-slate-500"> · {r.branch?.name ?? r.branchId}</span>
                  )}
                </span>
                <span className={`tabular-nums ${r.balance < 0 ? 'text-rose-700' : 'text-amber-700'}`}>
                  {t('owner.dashboard.stockOf', {
                    balance: r.balance,
                    threshold: r.threshold,
                    unit: r.baseUnit,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </Card>

        <KasbonCard kasbon={kasbon} today={today} />
      </div>
    </div>
  );
}

function Stat({
  label,
  value,
  change,
  hint,
  testId,
}: {
  label: string;
  value: string;
  change?: number | null;
  hint?: string;
  testId: string;
}) {
  return (
    <Card className="flex flex-col gap-1 p-3">
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <p className="text-lg font-semibold tabular-nums sm:text-2xl" data-testid={testId}>
        {value}
      </p>
      {change != null && (
        <p className={`text-xs ${change >= 0 ? 'text-emerald-700' : 'text-rose-700'}`}>
          {change >= 0 ? '▲' : '▼'} {Math.abs(change).toFixed(1)}% {hint}
        </p>
      )}
    </Card>
  );
}

function MonthCard({
  month,
  last,
  canCost,
}: {
  month: SalesFiguresFieldsFragment;
  last: SalesFiguresFieldsFragment;
  canCost: boolean;
}) {
  const { t } = useTranslation();
  const owner = useOwner();
  const change = changePercent(month.net, last.net);
  return (
    <Card className="flex flex-wrap items-baseline gap-x-6 gap-y-1">
      <h2 className="w-full font-semibold sm:w-auto">{t('owner.dashboard.thisMonth')}</h2>
      <p className="text-sm">
        {t('owner.dashboard.sales')}: <b className="tabular-nums">{owner.money(month.net)}</b>
        {change != null && (
          <span className={`ml-1 text-xs ${change >= 0 ? 'text-emerald-700' : 'text-rose-700'}`}>
            {change >= 0 ? '▲' : '▼'} {Math.abs(change).toFixed(1)}% {t('owner.dashboard.vsLastMonth')}
          </span>
        )}
      </p>
      <p className="text-sm">
        {t('owner.dashboard.orders')}: <b className="tabular-nums">{month.orders}</b>
      </p>
      {canCost && (
        <p className="text-sm">
          {t('owner.dashboard.profit')}: <b className="tabular-nums">{owner.money(month.grossProfit)}</b>
        </p>
      )}
    </Card>
  );
}

function KasbonCard({ kasbon, today }: { kasbon: KasbonDueQuery['kasbonAging'] | null; today: string }) {
  const { t } = useTranslation();
  const owner = useOwner();
  const total = kasbon ? kasbon.buckets.reduce((a, b) => a + BigInt(b.balance), 0n).toString() : null;
  const due =
    kasbon?.rows.filter((r) => r.daysOverdue > 0 || (r.dueDate != null && r.dueDate <= today)) ?? [];
  const staffDue = kasbon?.staff?.filter((s) => BigInt(s.overdue) > 0n) ?? [];
  return (
    <Card>
      <div className="mb-2 flex items-start justify-between gap-2">
        <h2 className="font-semibold">{t('owner.dashboard.kasbon')}</h2>
        <ExportButtons report="KASBON_AGING" filter={{ from: today, to: today }} />
      </div>
      <p className="text-sm" data-testid="kasbon-total">
        {t('owner.dashboard.kasbonOutstanding')}: <b className="tabular-nums">{owner.money(total)}</b>
      </p>
      {kasbon && due.length === 0 && staffDue.length === 0 && (
        <p className="text-sm text-slate-500">{t('owner.dashboard.noKasbonDue')}</p>
      )}
      <ul className="mt-1 flex flex-col gap-1 text-sm" data-testid="kasbon-due">
        {due.slice(0, 8).map((r) => (
          <li key={r.customerId} className="flex items-baseline justify-between gap-2">
            <span className="min-w-0 truncate">
              {r.customer?.name ?? r.customerId}{' '}
              <span className="text-xs text-rose-700">
                {t('owner.dashboard.daysOverdue', { count: r.daysOverdue })}
              </span>
            </span>
            <span className="tabular-nums">{owner.money(r.balance)}</span>
          </li>
        ))}
        {staffDue.slice(0, 5).map((s) => (
          <li key={s.userId} className="flex items-baseline justify-between gap-2">
            <span className="min-w-0 truncate">
              {s.user?.name ?? s.userId}{' '}
              <span className="text-xs text-slate-500">{t('owner.dashboard.staffAdvance')}</span>
            </span>
            <span className="tabular-nums">{owner.money(s.overdue)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
