import { op } from '@pos/kit';
import { isoWeek } from '@pos/kit/dates';
import type { ReportsModels, SalesDayRow } from '../models';
import {
  addFigures,
  average,
  changePercent,
  figures,
  previousRange,
  type SalesFigures,
  SUMMED,
} from './figures';
import { byDesc, groupSums } from './group';
import { matchFor, type RangeLimit, REPORT_RANGE, type ReportFilter, type ReportScope } from './scope';

export type Period = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** The longest range of a sales series per bucket (documented on `salesSummary`). */
export const SERIES_RANGE: Record<Period, RangeLimit> = {
  DAY: { days: 366 },
  WEEK: { years: 3 },
  MONTH: { years: 5 },
  YEAR: { years: 10 },
};
export type ProductRanking = 'QUANTITY' | 'REVENUE' | 'PROFIT';

const PERIOD_KEY: Record<Period, (r: SalesDayRow) => string> = {
  DAY: (r) => r.businessDate,
  WEEK: (r) => isoWeek(r.businessDate),
  MONTH: (r) => r.month,
  YEAR: (r) => r.year,
};

type Sums = Record<(typeof SUMMED)[number], number>;

/** Adds up day rows per key (period, cashier, or one total). */
function sumBy(rows: readonly SalesDayRow[], keyOf: (r: SalesDayRow) => string): Map<string, Sums> {
  const out = new Map<string, Sums>();
  for (const row of rows) {
    const key = keyOf(row);
    let sums = out.get(key);
    if (!sums) {
      sums = Object.fromEntries(SUMMED.map((k) => [k, 0])) as Sums;
      out.set(key, sums);
    }
    for (const k of SUMMED) sums[k] += row[k] ?? 0;
  }
  return out;
}

export interface SalesSummary {
  groupBy: Period;
  totals: SalesFigures;
  previous: SalesFigures;
  netChangePercent: number | null;
  series: SalesFigures[];
}

/** Units of one kind a product was sold in, net of refunds and voids. */
export interface SoldUnitQuantity {
  unitName: string;
  quantity: number;
  baseQuantity: number;
}

export interface ProductSalesRow {
  productId: string;
  sku: string;
  name: string;
  categoryId: string | null;
  /** In the product's base unit. */
  quantity: number;
  /** The same by the unit it was sold in, most base units first. */
  soldUnits: SoldUnitQuantity[];
  net: number;
  cost: number;
  grossProfit: number;
}

export interface OrderProfitRow {
  orderId: string;
  number: string;
  businessDate: string;
  branchId: string;
  cashierId: string;
  net: number;
  cost: number;
  grossProfit: number;
}

const clamp = (n: number, max: number) => Math.min(Math.max(n, 1), max);

/**
 * Sales reports over the pre-derived rows: summaries and cashiers add up the day roll-up; the
 * product, category, payment and order reports are `$match` + `$group` (`$sum`) over their rows.
 */
export class SalesReportService {
  constructor(
    private readonly models: ReportsModels,
    private readonly scope: ReportScope,
  ) {}

  /**
   * Totals and series by day, month or year; filters: branch, cashier. Reads the day roll-up
   * (`sales_days`: a few rows per day), so a year costs hundreds of rows, not every order.
   */
  async summary(filter: ReportFilter, groupBy: Period = 'DAY'): Promise<SalesSummary> {
    // One read covers the period and the one before it (the comparison), split here.
    const before = previousRange(filter.from, filter.to);
    const days = await this.days(filter, before.from, SERIES_RANGE[groupBy]);
    const current = days.filter((d) => d.businessDate >= filter.from);
    const previous = figures(
      '',
      sumBy(
        days.filter((d) => d.businessDate < filter.from),
        () => '',
      ).get(''),
    );
    const series = [...sumBy(current, PERIOD_KEY[groupBy])]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, sums]) => figures(period, sums));
    const totals = addFigures('', series);
    return { groupBy, totals, previous, netChangePercent: changePercent(totals.net, previous.net), series };
  }

  /**
   * Totals of several ranges inside `filter` (branch and cashier apply to all) from one read of
   * the day roll-up: the owner dashboard refreshes every few seconds.
   */
  async totalsOf(
    filter: ReportFilter,
    ranges: readonly { from: string; to: string }[],
  ): Promise<SalesFigures[]> {
    const days = await this.days(filter);
    return ranges.map(({ from, to }) =>
      figures(
        '',
        sumBy(
          days.filter((d) => d.businessDate >= from && d.businessDate <= to),
          () => '',
        ).get(''),
      ),
    );
  }

  /**
   * The day rows of a range, without the event lists they keep for idempotency; `from` may
   * reach further back than the (validated) filter, for a comparison period.
   */
  private days(filter: ReportFilter, from = filter.from, range = REPORT_RANGE): Promise<SalesDayRow[]> {
    const match = matchFor(this.scope, filter, ['cashierId'], 'businessDate', range);
    match.businessDate = op({ $gte: from, $lte: filter.to });
    return this.models.salesDays.find(match).select({ events: 0 }).lean<SalesDayRow[]>().exec();
  }

  /**
   * Products ranked by base units, revenue or profit; filters: branch, cashier, product, category.
   * Quantities add up in the base unit (a box of 12 counts 12), with the sold units beside them.
   */
  async products(
    filter: ReportFilter,
    by: ProductRanking = 'REVENUE',
    limit = 10,
  ): Promise<ProductSalesRow[]> {
    const match = matchFor(this.scope, filter, ['cashierId', 'productId', 'categoryId']);
    const key = {
      productId: '$productId',
      sku: '$sku',
      name: '$name',
      categoryId: '$categoryId',
      unitName: '$unitName',
    };
    const perUnit = await groupSums(this.models.saleLines, match, key, [
      'quantity',
      'baseQuantity',
      'net',
      'cost',
      'profit',
    ]);
    const products = new Map<string, ProductSalesRow>();
    for (const r of perUnit) {
      const id = r._id as Record<string, string | null>;
      const productKey = JSON.stringify([id.productId, id.sku, id.name, id.categoryId]);
      const row = products.get(productKey) ?? {
        productId: String(id.productId),
        sku: String(id.sku ?? ''),
        name: String(id.name ?? ''),
        categoryId: id.categoryId ?? null,
        quantity: 0,
        soldUnits: [],
        net: 0,
        cost: 0,
        grossProfit: 0,
      };
      row.quantity += r.baseQuantity ?? 0;
      row.net += r.net ?? 0;
      row.cost += r.cost ?? 0;
      row.grossProfit += r.profit ?? 0;
      if (r.quantity || r.baseQuantity)
        row.soldUnits.push({
          unitName: String(id.unitName ?? ''),
          quantity: r.quantity ?? 0,
          baseQuantity: r.baseQuantity ?? 0,
        });
      products.set(productKey, row);
    }
    const sortKey = ({ QUANTITY: 'quantity', REVENUE: 'net', PROFIT: 'grossProfit' } as const)[by];
    return [...products.values()]
      .map((p) => ({
        ...p,
        soldUnits: p.soldUnits.sort(
          (a, b) => b.baseQuantity - a.baseQuantity || a.unitName.localeCompare(b.unitName),
        ),
      }))
      .sort(
        (a, b) =>
          b[sortKey] - a[sortKey] || a.productId.localeCompare(b.productId) || a.name.localeCompare(b.name),
      )
      .slice(0, clamp(limit, 1000));
  }

  /** Filters: branch, cashier. */
  async byCategory(filter: ReportFilter) {
    const match = matchFor(this.scope, filter, ['cashierId']);
    const rows = await groupSums(this.models.saleLines, match, '$categoryId', [
      'baseQuantity',
      'net',
      'profit',
    ]);
    return rows.sort(byDesc('net')).map((r) => ({
      categoryId: (r._id as string | null) ?? null,
      quantity: r.baseQuantity ?? 0,
      net: r.net ?? 0,
      grossProfit: r.profit ?? 0,
    }));
  }

  /** Filters: branch, cashier, payment method. */
  async byPaymentMethod(filter: ReportFilter) {
    const match = matchFor(this.scope, filter, ['cashierId', 'paymentMethod']);
    const rows = await groupSums(this.models.salePayments, match, '$method', ['amount', 'payments']);
    return rows
      .sort(byDesc('amount'))
      .map((r) => ({ method: String(r._id), amount: r.amount ?? 0, payments: r.payments ?? 0 }));
  }

  /** Filters: branch, cashier; from the day roll-up. */
  async byCashier(filter: ReportFilter) {
    const sums = sumBy(await this.days(filter), (r) => r.cashierId);
    return [...sums]
      .map(([cashierId, r]) => ({
        cashierId,
        orders: r.orders,
        net: r.net,
        averageBasket: average(r.net, r.orders),
      }))
      .sort((a, b) => b.net - a.net || a.cashierId.localeCompare(b.cashierId));
  }

  /** Gross profit per order, sale and reversals together; filters: branch, cashier. */
  async profitByOrder(filter: ReportFilter, limit = 50, offset = 0): Promise<OrderProfitRow[]> {
    const match = matchFor(this.scope, filter, ['cashierId']);
    const key = {
      orderId: '$orderId',
      number: '$number',
      businessDate: '$businessDate',
      branchId: '$branchId',
      cashierId: '$cashierId',
    };
    const rows = await groupSums(this.models.saleOrders, match, key, ['net', 'cost', 'profit']);
    return rows
      .sort(byDesc('profit'))
      .slice(Math.max(offset, 0), Math.max(offset, 0) + clamp(limit, 10_000))
      .map((r) => {
        const id = r._id as Record<string, string>;
        return {
          orderId: String(id.orderId),
          number: String(id.number),
          businessDate: String(id.businessDate),
          branchId: String(id.branchId),
          cashierId: String(id.cashierId),
          net: r.net ?? 0,
          cost: r.cost ?? 0,
          grossProfit: r.profit ?? 0,
        };
      });
  }
}
