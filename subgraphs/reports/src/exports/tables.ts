import { badInput, getOwned } from '@pos/kit';
import type { MerchantProfileRow, ReportsModels, SaleLineRow } from '../models';
import { CashBookReader } from '../services/cashbook.service';
import { FinanceService } from '../services/finance.service';
import type { LowStockService } from '../services/low-stock.service';
import { OperationsReportService } from '../services/operations.service';
import { SalesReportService } from '../services/sales.service';
import {
  checkRange,
  matchFor,
  type ReportFilter,
  type ReportScope,
  refuseUnsupported,
} from '../services/scope';
import type { ReportKind } from './link';
import { type NameLookup, NO_NAMES } from './names';

/** Where report tables come from: the read models, and products for what is only current there. */
export interface ReportSources {
  models: ReportsModels;
  lowStock(scope: ReportScope): LowStockService;
}

export type Cell = string | number | null;
export interface Column {
  key: string;
  header: string;
  /** An id kept beside its name for spreadsheets; PDFs are for reading and leave it out. */
  id?: boolean;
  /** Its share of a PDF page's width against the other columns (1 by default). */
  weight?: number;
}

/** A report flattened for files: columns, rows (streamed for large reports) and an optional chart. */
export interface ReportTable {
  title: string;
  columns: Column[];
  rows: AsyncIterable<Record<string, Cell>>;
  series?: { label: string; value: number }[];
  /** A wide table: its PDF is printed on landscape pages. */
  landscape?: boolean;
}

const cols = (...pairs: [string, string][]): Column[] => pairs.map(([key, header]) => ({ key, header }));
const idCol = (key: string, header: string): Column => ({ key, header, id: true });

async function* each<T extends object>(items: readonly T[]): AsyncIterable<Record<string, Cell>> {
  for (const item of items) yield item as Record<string, Cell>;
}

const SALES_COLUMNS = cols(
  ['period', 'Period'],
  ['gross', 'Gross'],
  ['discounts', 'Discounts'],
  ['returns', 'Returns'],
  ['net', 'Net'],
  ['tax', 'Tax'],
  ['cost', 'Cost'],
  ['grossProfit', 'Gross profit'],
  ['orders', 'Orders'],
  ['averageBasket', 'Average basket'],
);

/**
 * Builds the table of one report; aggregated reports are small, ORDER_LINES streams from a cursor,
 * LOW_STOCK asks products for the stock of this moment. Branches, staff, categories and couriers
 * are printed by name from `names` (rows are named eagerly, while the table is built, so a
 * `NameRequests` sees every id).
 */
export async function reportTable(
  sources: ReportSources,
  scope: ReportScope,
  kind: ReportKind,
  filter: ReportFilter,
  names: NameLookup = NO_NAMES,
): Promise<ReportTable> {
  const { models } = sources;
  const sales = new SalesReportService(models, scope);
  const ops = new OperationsReportService(models, scope);
  switch (kind) {
    case 'SALES_SUMMARY': {
      const s = await sales.summary(filter, 'DAY');
      return {
        title: 'Sales summary',
        columns: SALES_COLUMNS,
        rows: each(s.series),
        series: s.series.map((p) => ({ label: p.period, value: p.net })),
      };
    }
    case 'TOP_PRODUCTS': {
      const rows = (await sales.products(filter, 'REVENUE', 1000)).map(({ soldUnits, ...r }) => ({
        ...r,
        categoryName: names.of('CATEGORY', r.categoryId),
        soldUnits: soldUnits.map((u) => `${u.quantity} ${u.unitName}`).join(', '),
      }));
      return {
        title: 'Top products',
        columns: cols(
          ['sku', 'SKU'],
          ['name', 'Product'],
          ['categoryName', 'Category'],
          ['quantity', 'Quantity'],
          ['soldUnits', 'Sold as'],
          ['net', 'Net'],
          ['cost', 'Cost'],
          ['grossProfit', 'Gross profit'],
        ),
        rows: each(rows),
        series: rows.slice(0, 10).map((r) => ({ label: r.name, value: r.net })),
      };
    }
    case 'SALES_BY_CATEGORY': {
      const rows = (await sales.byCategory(filter)).map((r) => ({
        ...r,
        categoryName: names.of('CATEGORY', r.categoryId) ?? 'No category',
      }));
      return {
        title: 'Sales by category',
        columns: [
          ...cols(['categoryName', 'Category']),
          idCol('categoryId', 'Category ID'),
          ...cols(['quantity', 'Quantity'], ['net', 'Net'], ['grossProfit', 'Gross profit']),
        ],
        rows: each(rows),
        series: rows.map((r) => ({ label: r.categoryName, value: r.net })),
      };
    }
    case 'SALES_BY_PAYMENT_METHOD': {
      const rows = await sales.byPaymentMethod(filter);
      return {
        title: 'Sales by payment method',
        columns: cols(['method', 'Method'], ['amount', 'Amount'], ['payments', 'Payments']),
        rows: each(rows),
        series: rows.map((r) => ({ label: r.method, value: r.amount })),
      };
    }
    case 'SALES_BY_CASHIER': {
      const rows = (await sales.byCashier(filter)).map((r) => ({
        ...r,
        cashierName: names.of('USER', r.cashierId) ?? '',
      }));
      return {
        title: 'Sales by cashier',
        columns: [
          ...cols(['cashierName', 'Cashier']),
          idCol('cashierId', 'Cashier ID'),
          ...cols(['orders', 'Orders'], ['net', 'Net'], ['averageBasket', 'Average basket']),
        ],
        rows: each(rows),
        series: rows.map((r) => ({ label: r.cashierName, value: r.net })),
      };
    }
    case 'PROFIT_BY_ORDER':
      return {
        title: 'Gross profit by order',
        columns: cols(
          ['number', 'Order'],
          ['businessDate', 'Date'],
          ['branchName', 'Branch'],
          ['cashierName', 'Cashier'],
          ['net', 'Net'],
          ['cost', 'Cost'],
          ['grossProfit', 'Gross profit'],
        ),
        rows: each(
          (await sales.profitByOrder(filter, 10_000, 0)).map((r) => ({
            ...r,
            branchName: names.of('BRANCH', r.branchId),
            cashierName: names.of('USER', r.cashierId),
          })),
        ),
      };
    case 'PROFIT_AND_LOSS': {
      const pl = await new FinanceService(models, scope).profitAndLoss(filter);
      const lines = [
        { item: 'Net sales', amount: pl.net },
        { item: 'Cost of goods', amount: -pl.cost },
        { item: 'Gross profit', amount: pl.grossProfit },
        ...pl.expenses.map((e) => ({ item: `Expense: ${e.category}`, amount: -e.amount })),
        { item: 'Net profit', amount: pl.netProfit },
      ];
      return {
        title: 'Profit and loss',
        columns: cols(['item', 'Item'], ['amount', 'Amount']),
        rows: each(lines),
      };
    }
    case 'SHIFTS':
      return {
        title: 'Shifts',
        columns: [
          ...cols(
            ['businessDate', 'Date'],
            ['shiftId', 'Shift'],
            ['branchName', 'Branch'],
            ['cashierName', 'Cashier'],
          ),
          idCol('cashierId', 'Cashier ID'),
          ...cols(
            ['closedByName', 'Closed by'],
            ['courierCash', 'Courier cash'],
            ['expected', 'Expected'],
            ['counted', 'Counted'],
            ['variance', 'Variance'],
          ),
        ],
        rows: each(
          (await ops.shifts(filter)).map((s) => ({
            ...s,
            courierCash: s.courierCash ?? 0,
            shiftId: s.shiftId,
            branchName: names.of('BRANCH', s.branchId),
            cashierName: names.of('USER', s.cashierId),
            closedByName: names.of('USER', s.closedBy),
          })),
        ),
      };
    case 'COURIER_PERFORMANCE':
      return {
        title: 'Courier performance',
        columns: [
          ...cols(['courierName', 'Courier']),
          idCol('courierId', 'Courier ID'),
          ...cols(
            ['done', 'Done'],
            ['cancelled', 'Cancelled'],
            ['averageMinutes', 'Avg minutes'],
            ['onTimeRate', 'On-time rate'],
          ),
        ],
        rows: each(
          (await ops.courierPerformance(filter)).map((r) => ({
            ...r,
            courierName: names.of('COURIER', r.courierId),
          })),
        ),
      };
    case 'ORDER_LINES':
      return {
        title: 'Order lines',
        columns: cols(
          ['businessDate', 'Date'],
          ['number', 'Order'],
          ['kind', 'Kind'],
          ['sku', 'SKU'],
          ['name', 'Product'],
          ['unitName', 'Unit'],
          ['quantity', 'Quantity'],
          ['baseQuantity', 'Base units'],
          ['gross', 'Gross'],
          ['discounts', 'Discounts'],
          ['net', 'Net'],
          ['tax', 'Tax'],
          ['cost', 'Cost'],
          ['profit', 'Profit'],
        ),
        rows: orderLines(models, scope, filter),
      };
    case 'LOW_STOCK':
      return lowStock(sources, scope, filter);
    case 'LATE_DELIVERIES':
      return {
        title: 'Late deliveries',
        columns: [
          ...cols(['orderId', 'Order'], ['branchName', 'Branch'], ['courierName', 'Courier']),
          idCol('courierId', 'Courier ID'),
          ...cols(
            ['status', 'Status'],
            ['promisedAt', 'Promised'],
            ['doneAt', 'Done'],
            ['minutesLate', 'Minutes late'],
          ),
        ],
        // Open deliveries are late as of the download.
        rows: each(
          (await ops.lateDeliveries(filter)).map((r) => ({
            ...r,
            promisedAt: r.promisedAt.toISOString(),
            doneAt: r.doneAt ? r.doneAt.toISOString() : null,
            branchName: names.of('BRANCH', r.branchId),
            courierName: names.of('COURIER', r.courierId),
          })),
        ),
      };
    case 'KASBON_AGING': {
      // Credit is the customer's, not a branch's; the balance is as of the range's last day.
      checkRange(filter);
      refuseUnsupported(filter, []);
      if (filter.branchId) throw badInput('Kasbon aging cannot be filtered by branch', 'branchId');
      const aging = await ops.kasbonAging(filter.to);
      return {
        title: `Kasbon aging as of ${aging.asOf}`,
        columns: [
          ...cols(['customerName', 'Customer']),
          idCol('customerId', 'Customer ID'),
          ...cols(
            ['balance', 'Balance'],
            ['dueDate', 'Due'],
            ['daysOverdue', 'Days overdue'],
            ['bucket', 'Bucket'],
          ),
        ],
        rows: each(aging.rows.map((r) => ({ ...r, customerName: names.of('CUSTOMER', r.customerId) }))),
        series: aging.buckets.map((b) => ({ label: b.bucket, value: b.balance })),
      };
    }
    case 'CASH_BOOK':
      return cashBookTable(models, scope, filter, names);
    case 'EXPENSES':
      return {
        title: 'Expenses',
        columns: cols(
          ['businessDate', 'Date'],
          ['branchName', 'Branch'],
          ['category', 'Category'],
          ['amount', 'Amount'],
          ['note', 'Note'],
          ['source', 'Source'],
          ['recordedByName', 'Recorded by'],
        ),
        rows: each(
          (await new FinanceService(models, scope).list(filter)).map((e) => ({
            businessDate: e.businessDate,
            branchName: names.of('BRANCH', e.branchId),
            category: e.category,
            amount: e.amount,
            note: e.note,
            source: e.source,
            recordedByName: names.of('USER', e.recordedBy),
          })),
        ),
      };
  }
}

const ACCOUNT_NAMES: Record<string, string> = {
  CASH_DRAWER: 'Cash drawer',
  BANK: 'Bank',
  EWALLET: 'E-wallet',
  COURIER_CASH: 'Courier cash',
};

/**
 * The cash book of one branch: per day and account with any balance or movement, the opening
 * balance, the lines with a running balance, and the closing balance.
 */
async function cashBookTable(
  models: ReportsModels,
  scope: ReportScope,
  filter: ReportFilter,
  names: NameLookup,
): Promise<ReportTable> {
  refuseUnsupported(filter, []);
  if (!filter.branchId) throw badInput('The cash book is per branch: give branchId', 'branchId');
  const book = await new CashBookReader(models, scope).read(filter.branchId, filter.from, filter.to);
  const rows: Record<string, Cell>[] = [];
  for (const day of book.days) {
    const closed = day.closed ? 'closed' : 'open';
    for (const a of day.accounts) {
      const lines = day.lines.filter((l) => l.account === a.account);
      if (lines.length === 0 && a.opening === 0 && a.closing === 0) continue;
      const account = ACCOUNT_NAMES[a.account] ?? a.account;
      const base = { date: day.date, account, status: closed };
      rows.push({ ...base, entry: 'OPENING', description: 'Opening balance', balance: a.opening });
      let balance = a.opening;
      for (const l of lines) {
        balance += l.amount;
        rows.push({
          ...base,
          entry: l.kind,
          description: l.count > 1 ? `${l.description} (${l.count})` : l.description,
          reference: l.reference,
          moneyIn: l.amount > 0 ? l.amount : null,
          moneyOut: l.amount < 0 ? -l.amount : null,
          balance,
          happened: l.late ? l.businessDate : null,
          courierName: names.of('COURIER', l.courierId),
          recordedByName: names.of('USER', l.recordedBy),
        });
      }
      rows.push({ ...base, entry: 'CLOSING', description: 'Closing balance', balance: a.closing });
    }
  }
  return {
    title: `Cash book ${names.of('BRANCH', filter.branchId)} ${filter.from} to ${filter.to}`,
    columns: [
      ...cols(['date', 'Date'], ['account', 'Account']),
      { key: 'entry', header: 'Entry', weight: 1.6 },
      { key: 'description', header: 'Description', weight: 4 },
      idCol('reference', 'Reference'),
      ...cols(
        ['moneyIn', 'In'],
        ['moneyOut', 'Out'],
        ['balance', 'Balance'],
        ['happened', 'Happened on'],
        ['courierName', 'Courier'],
        ['recordedByName', 'Recorded by'],
        ['status', 'Day'],
      ),
    ],
    rows: each(rows),
    landscape: true,
  };
}

/** The dates are checked like every report's, but stock has no history: see `ExportService`. */
async function lowStock(
  sources: ReportSources,
  scope: ReportScope,
  filter: ReportFilter,
): Promise<ReportTable> {
  checkRange(filter);
  refuseUnsupported(filter, ['categoryId']);
  const [rows, profile] = await Promise.all([
    sources.lowStock(scope).rows(filter),
    getOwned<MerchantProfileRow>(sources.models.merchants, scope.merchantId, scope.merchantId),
  ]);
  const branchName = new Map(profile?.branches.map((b) => [b.id, b.name]) ?? []);
  return {
    title: 'Low stock',
    columns: cols(
      ['sku', 'SKU'],
      ['name', 'Product'],
      ['branch', 'Branch'],
      ['balance', 'Stock'],
      ['threshold', 'Threshold'],
      ['shortBy', 'Short by'],
      ['baseUnit', 'Unit'],
    ),
    rows: each(rows.map((r) => ({ ...r, branch: branchName.get(r.branchId) ?? r.branchId }))),
  };
}

/**
 * A lean cursor in batches: memory stays flat however many lines the range holds. The filter is
 * checked now, so a bad one fails when the link is made, not halfway through a download.
 */
function orderLines(
  models: ReportsModels,
  scope: ReportScope,
  filter: ReportFilter,
): AsyncIterable<Record<string, Cell>> {
  const match = matchFor(scope, filter, ['cashierId', 'productId', 'categoryId']);
  return (async function* () {
    const cursor = models.saleLines.find(match).lean<SaleLineRow[]>().cursor({ batchSize: 2000 });
    for await (const row of cursor) yield row as unknown as Record<string, Cell>;
  })();
}
