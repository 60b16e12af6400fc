/**
 * Reports over a range: sales by day, week, month or year as a chart and a table against the
 * period before, profit and loss with expenses, best sellers and courier performance. Every
 * report downloads as CSV, XLSX or PDF. The branch is the one chosen in the frame.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CourierPerformanceReportDocument,
  type CourierPerformanceReportQuery,
  ProfitAndLossReportDocument,
  type ProfitAndLossReportQuery,
  type ReportFilter,
  SalesReportDocument,
  type SalesReportQuery,
  TopProductsDocument,
  type TopProductsQuery,
} from '../__generated__/operations';
import type { Failure } from '../api/results';
import { useServices } from '../app/services';
import { Card, ErrorNote } from '../app/ui';
import { bucketsBetween, defaultRange, type Period } from './dates';
import { EChart } from './EChart';
import { ExportButtons } from './ExportButtons';
import { chartValue } from './figures';
import { useOwner } from './OwnerContext';
import { usePolling } from './usePolling';

const ZERO = { net: '0', grossProfit: '0' };
const PERIODS: Period[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
const REFRESH_MS = 30_000;
/** Axis figures as the shop reads them: `97 rb`, `1,2 jt`. */
const AXIS = new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 });

export function ReportsScreen() {
  const { t } = useTranslation();
  const { api } = useServices();
  const owner = useOwner();
  const canCost = owner.can('cost:read');
  const [period, setPeriod] = useState<Period>('DAY');
  const [range, setRange] = useState(() => defaultRange('DAY', owner.today()));
  const filter = useMemo<ReportFilter>(
    () => ({ from: range.from, to: range.to, ...(owner.branchId ? { branchId: owner.branchId } : {}) }),
    [range, owner.branchId],
  );

  const [sales, setSales] = useState<SalesReportQuery['salesSummary'] | null>(null);
  const [pnl, setPnl] = useState<ProfitAndLossReportQuery['profitAndLoss'] | null>(null);
  const [top, setTop] = useState<TopProductsQuery['topProducts'] | null>(null);
  const [couriers, setCouriers] = useState<CourierPerformanceReportQuery['courierPerformance'] | null>(null);
  const [errors, setErrors] = useState<Record<string, Failure | null>>({});

  const load = useCallback(async () => {
    const [s, p, tp, c] = await Promise.all([
      api.query(SalesReportDocument, { filter, groupBy: period }),
      canCost ? api.query(ProfitAndLossReportDocument, { filter }) : null,
      api.query(TopProductsDocument, { filter, by: 'REVENUE', limit: 10 }),
      api.query(CourierPerformanceReportDocument, { filter }),
    ]);
    const next: Record<string, Failure | null> = {};
    if (s.ok) setSales(s.value.salesSummary);
    else next.sales = s.error;
    if (p?.ok) setPnl(p.value.profitAndLoss);
    else if (p) next.pnl = p.error;
    if (tp.ok) setTop(tp.value.topProducts);
    else next.top = tp.error;
    if (c.ok) setCouriers(c.value.courierPerformance);
    else next.couriers = c.error;
    setErrors(next);
  }, [api, filter, period, canCost]);
  usePolling(load, REFRESH_MS);

  const chart = useMemo(() => {
    const exp = owner.merchant.currencyExponent;
    // Days or months without sales are drawn as zero, so gaps show as gaps.
    const byPeriod = new Map((sales?.series ?? []).map((s) => [s.period, s]));
    const names = bucketsBetween(period, range.from, range.to) ?? [...byPeriod.keys()];
    const series = names.map((name) => byPeriod.get(name) ?? { ...ZERO, period: name });
    return {
      // Drawn at once: a phone redraws on every refresh, and a screenshot shows the real figures.
      animation: false,
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => AXIS.format(v) },
      legend: { top: 0 },
      xAxis: { type: 'category', data: series.map((s) => s.period) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => AXIS.format(v) } },
      series: [
        {
          name: t('owner.reports.net'),
          type: 'bar',
          data: series.map((s) => chartValue(s.net, exp)),
          itemStyle: { color: '#0f766e' },
        },
        ...(canCost
          ? [
              {
                name: t('owner.reports.grossProfit'),
                type: 'line',
                data: series.map((s) => chartValue(s.grossProfit, exp)),
                itemStyle: { color: '#f59e0b' },
              },
            ]
          : []),
      ],
    };
  }, [sales, period, range, canCost, owner.merchant.currencyExponent, t]);

  const choosePeriod = (p: Period) => {
    setPeriod(p);
    setRange(defaultRange(p, owner.today()));
  };

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-4 p-3 sm:p-4">
      <h1 className="text-xl font-semibold">{t('owner.reports.title')}</h1>
      <Card className="flex flex-wrap items-end gap-3">
        <fieldset className="flex gap-1">
          <legend className="sr-only">{t('owner.reports.groupBy')}</legend>
          {PERIODS.map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={period === p}
              onClick={() => choosePeriod(p)}
              className={`min-h-11 rounded-lg px-3 text-sm font-medium ${period === p ? 'bg-teal-700 text-white' : 'border border-slate-300 bg-white text-slate-700'}`}
            >
              {t(`owner.reports.periods.${p}`)}
            </button>
          ))}
        </fieldset>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t('owner.reports.from')}
          <input
            type="date"
            className="min-h-11 rounded-lg border border-slate-300 bg-white px-2"
            value={range.from}
            max={range.to}
            onChange={(e) => e.target.value && setRange((r) => ({ ...r, from: e.target.value }))}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t('owner.reports.to')}
          <input
            type="date"
            className="min-h-11 rounded-lg border border-slate-300 bg-white px-2"
            value={range.to}
            min={range.from}
            onChange={(e) => e.target.value && setRange((r) => ({ ...r, to: e.target.value }))}
          />
        </label>
      </Card>

      <Card className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 className="font-semibold">{t('owner.reports.sales')}</h2>
          <ExportButtons report="SALES_SUMMARY" filter={filter} />
        </div>
        <ErrorNote error={errors.sales} />
        {sales && (
          <div className="flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="sales-totals">
            <span>
              {t('owner.reports.net')}: <b className="tabular-nums">{owner.money(sales.totals.net)}</b>
              {sales.netChangePercent != null && (
                <span
                  className={`ml-1 text-xs ${sales.netChangePercent >= 0 ? 'text-emerald-700' : 'text-rose-700'}`}
                >
                  {sales.netChangePercent >= 0 ? '▲' : '▼'} {Math.abs(sales.netChangePercent).toFixed(1)}%{' '}
                  {t('owner.reports.vsPrevious')}
                </span>
              )}
            </span>
            <span>
              {t('owner.reports.orders')}: <b className="tabular-nums">{sales.totals.orders}</b>
            </span>
            {canCost && (
              <span>
                {t('owner.reports.grossProfit')}:{' '}
                <b className="tabular-nums">{owner.money(sales.totals.grossProfit)}</b>
              </span>
            )}
          </div>
        )}
        <EChart
          option={chart}
          label={t('owner.reports.chartLabel')}
          className="h-64 w-full"
          testId="sales-chart"
        />
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-sm" data-testid="sales-table">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th className="py-1">{t('owner.reports.period')}</th>
                <th className="py-1 text-right">{t('owner.reports.gross')}</th>
                <th className="py-1 text-right">{t('owner.reports.discounts')}</th>
                <th className="py-1 text-right">{t('owner.reports.returns')}</th>
                <th className="py-1 text-right">{t('owner.reports.net')}</th>
                <th className="py-1 text-right">{t('owner.reports.orders')}</th>
                {canCost && <th className="py-1 text-right">{t('owner.reports.grossProfit')}</th>}
              </tr>
            </thead>
            <tbody>
              {sales?.series.map((s) => (
                <tr key={s.period} className="border-t border-slate-100">
                  <td className="py-1.5">{s.period}</td>
                  <td className="py-1.5 text-right tabular-nums">{owner.money(s.gross)}</td>
                  <td className="py-1.5 text-right tabular-nums">{owner.money(s.discounts)}</td>
                  <td className="py-1.5 text-right tabular-nums">{owner.money(s.returns)}</td>
                  <td className="py-1.5 text-right tabular-nums">{owner.money(s.net)}</td>
                  <td className="py-1.5 text-right tabular-nums">{s.orders}</td>
                  {canCost && (
                    <td className="py-1.5 text-right tabular-nums">{owner.money(s.grossProfit)}</td>
                  )}
                </tr>
              ))}
              {sales && sales.series.length === 0 && (
                <tr>
                  <td colSpan={7} className="py-2 text-slate-500">
                    {t('owner.reports.empty')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        {canCost && (
          <Card>
            <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
              <h2 className="font-semibold">{t('owner.reports.pnl')}</h2>
              <ExportButtons report="PROFIT_AND_LOSS" filter={filter} />
            </div>
            <ErrorNote error={errors.pnl} />
            {pnl && (
              <table className="w-full text-sm" data-testid="pnl">
                <tbody>
                  <Line label={t('owner.reports.net')} value={owner.money(pnl.net)} />
                  <Line label={t('owner.reports.cost')} value={owner.money(pnl.cost)} />
                  <Line label={t('owner.reports.grossProfit')} value={owner.money(pnl.grossProfit)} strong />
                  {pnl.expenses.map((e) => (
                    <Line key={e.category} label={`− ${e.category}`} value={owner.money(e.amount)} />
                  ))}
                  <Line label={t('owner.reports.totalExpenses')} value={owner.money(pnl.totalExpenses)} />
                  <Line label={t('owner.reports.netProfit')} value={owner.money(pnl.netProfit)} strong />
                </tbody>
              </table>
            )}
          </Card>
        )}

        <Card>
          <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
            <h2 className="font-semibold">{t('owner.reports.topProducts')}</h2>
            <ExportButtons report="TOP_PRODUCTS" filter={filter} />
          </div>
          <ErrorNote error={errors.top} />
          <table className="w-full text-sm" data-testid="report-top-products">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th className="py-1">{t('owner.reports.product')}</th>
                <th className="py-1 text-right">{t('owner.reports.quantity')}</th>
                <th className="py-1 text-right">{t('owner.reports.net')}</th>
              </tr>
            </thead>
            <tbody>
              {top?.map((p) => (
                <tr key={p.productId} className="border-t border-slate-100">
                  <td className="py-1.5">{p.name}</td>
                  <td className="py-1.5 text-right tabular-nums">
                    {p.soldUnits.map((u) => `${u.quantity} ${u.unitName}`).join(' + ') || p.quantity}
                  </td>
                  <td className="py-1.5 text-right tabular-nums">{owner.money(p.net)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>

        <Card>
          <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
            <h2 className="font-semibold">{t('owner.reports.couriers')}</h2>
            <ExportButtons report="COURIER_PERFORMANCE" filter={filter} />
          </div>
          <ErrorNote error={errors.couriers} />
          {couriers && couriers.length === 0 && (
            <p className="text-sm text-slate-500">{t('owner.reports.noDeliveries')}</p>
          )}
          {couriers && couriers.length > 0 && (
            <table className="w-full text-sm" data-testid="courier-performance">
              <thead className="text-left text-xs text-slate-500">
                <tr>
                  <th className="py-1">{t('owner.reports.courier')}</th>
                  <th className="py-1 text-right">{t('owner.reports.done')}</th>
                  <th className="py-1 text-right">{t('owner.reports.cancelled')}</th>
                  <th className="py-1 text-right">{t('owner.reports.avgMinutes')}</th>
                  <th className="py-1 text-right">{t('owner.reports.onTime')}</th>
                </tr>
              </thead>
              <tbody>
                {couriers.map((c) => (
                  <tr key={c.courierId} className="border-t border-slate-100">
                    <td className="py-1.5">{c.courier?.user.name ?? c.courierId}</td>
                    <td className="py-1.5 text-right tabular-nums">{c.done}</td>
                    <td className="py-1.5 text-right tabular-nums">{c.cancelled}</td>
                    <td className="py-1.5 text-right tabular-nums">{c.averageMinutes ?? '–'}</td>
                    <td className="py-1.5 text-right tabular-nums">
                      {c.onTimeRate == null ? '–' : `${Math.round(c.onTimeRate * 100)}%`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </div>
  );
}

function Line({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <tr className={`border-t border-slate-100 ${strong ? 'font-semibold' : ''}`}>
      <td className="py-1.5">{label}</td>
      <td className="py-1.5 text-right tabular-nums">{value}</td>
    </tr>
  );
}
