import type { ReportsModels } from '../models';
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
import { matchFor, type ReportFilter, type ReportScope } from './scope';

export type Period = 'DAY' | 'MONTH' | 'YEAR';
export type ProductRanking = 'QUANTITY' | 'REVENUE' | 'PROFIT';

const PERIOD_FIELD: Record<Period, string> = { DAY: '$businessDate', MONTH: '$month', YEAR: '$year' };

export interface SalesSummary {
  groupBy: Period;
  totals: SalesFigures;
  previous: SalesFigures;
  netChangePercent: number | null;
  series: SalesFigures[];
}

export interface ProductSalesRow {
  productId: string;
  sku: string;
  name: string;
  categoryId: string | null;
  quantity: number;
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

/** Sales reports over the pre-derived sale rows: every one is `$match` + `$group` (`$sum`). */
export class SalesReportService {
  constructor(
    private readonly models: ReportsModels,
    private readonly scope: ReportScope,
  ) {}

  /** Totals and series by day, month or year over `sale_orders`; filters: branch, cashier. */
  async summary(filter: ReportFilter, groupBy: Period = 'DAY'): Promise<SalesSummary> {
    const match = matchFor(this.scope, filter, ['cashierId']);
    const rows = await groupSums(this.models.saleOrders, match, PERIOD_FIELD[groupBy], SUMMED);
    const series = rows
      .sort((a, b) => String(a._id).localeCompare(String(b._id)))
      .map((r) => figures(String(r._id), r));
    const previous = await this.totals({ ...filter, ...previousRange(filter.from, filter.to) });
    const totals = addFigures('', series);
    return { groupBy, totals, previous, netChangePercent: changePercent(totals.net, previous.net), series };
  }

  /** One total over a range (the dashboard and comparisons). */
  async totals(filter: ReportFilter): Promise<SalesFigures> {
    const match = matchFor(this.scope, filter, ['cashierId']);
    const [row] = await groupSums(this.models.saleOrders, match, null, SUMMED);
    return figures('', row);
  }

  /** Products ranked by quantity, revenue or profit; filters: branch, cashier, product, category. */
  async products(
    filter: ReportFilter,
    by: ProductRanking = 'REVENUE',
    limit = 10,
  ): Promise<ProductSalesRow[]> {
    const match = matchFor(this.scope, filter, ['cashierId', 'productId', 'categoryId']);
    const key = { productId: '$productId', sku: '$sku', name: '$name', categoryId: '$categoryId' };
    const rows = await groupSums(this.models.saleLines, match, key, ['quantity', 'net', 'cost', 'profit']);
    const sortKey = { QUANTITY: 'quantity', REVENUE: 'net', PROFIT: 'profit' }[by];
    return rows
      .sort(byDesc(sortKey))
      .slice(0, clamp(limit, 1000))
      .map((r) => {
        const id = r._id as Record<string, string | null>;
        return {
          productId: String(id.productId),
          sku: String(id.sku ?? ''),
          name: String(id.name ?? ''),
          categoryId: id.categoryId ?? null,
          quantity: r.quantity ?? 0,
          net: r.net ?? 0,
          cost: r.cost ?? 0,
          grossProfit: r.profit ?? 0,
        };
      });
  }

  /** Filters: branch, cashier. */
  async byCategory(filter: ReportFilter) {
    const match = matchFor(this.scope, filter, ['cashierId']);
    const rows = await groupSums(this.models.saleLines, match, '$categoryId', ['quantity', 'net', 'profit']);
    return rows.sort(byDesc('net')).map((r) => ({
      categoryId: (r._id as string | null) ?? null,
      quantity: r.quantity ?? 0,
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

  /** Filters: branch, cashier. */
  async byCashier(filter: ReportFilter) {
    const match = matchFor(this.scope, filter, ['cashierId']);
    const rows = await groupSums(this.models.saleOrders, match, '$cashierId', ['orders', 'net']);
    return rows.sort(byDesc('net')).map((r) => ({
      cashierId: String(r._id),
      orders: r.orders ?? 0,
      net: r.net ?? 0,
      averageBasket: average(r.net ?? 0, r.orders ?? 0),
    }));
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
