import { tenancyPlugin } from '@pos/kit';
import { type Connection, type Model, Schema, type SchemaDefinition } from 'mongoose';
import type { CashBookClosingRow, CashBookDayRow, CashBookEntryRow, CashBookHeadRow } from './cashbook.rows';
import type {
  CreditRow,
  DeliveryRow,
  EventLogRow,
  ExpenseCategoryRow,
  ExpenseRow,
  MerchantProfileRow,
  NameRow,
  OrderDocRow,
  SaleLineRow,
  SaleOrderRow,
  SalePaymentRow,
  SalesDayMarkRow,
  SalesDayRow,
  ShiftRow,
} from './rows';

export * from './cashbook.rows';
export type * from './rows';

const S = String;
const N = Number;
const opt = (type: unknown) => ({ type, default: null });

const salesKeys = {
  _id: S,
  merchantId: { type: S, required: true },
  eventId: S,
  kind: S,
  branchId: S,
  cashierId: S,
  orderId: S,
  number: S,
  businessDate: S,
  month: S,
  year: S,
};
const salesMoney = { gross: N, discounts: N, returns: N, net: N, tax: N, cost: N, profit: N };

function schema<T>(definition: SchemaDefinition, indexes: Record<string, 1>[] = []): Schema<T> {
  const s = new Schema<T>(definition, { versionKey: false, minimize: false });
  for (const index of indexes) s.index(index);
  s.plugin(tenancyPlugin);
  return s;
}

// Every report starts with merchant + business date, so that pair leads the indexes.
const byDate = { merchantId: 1, businessDate: 1 } as const;

const definitions = {
  eventLog: [
    'ReportEventLog',
    'event_log',
    schema<EventLogRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        type: S,
        branchId: opt(S),
        occurredAt: Date,
        payload: { type: Schema.Types.Mixed, default: {} },
        loggedAt: Date,
      },
      [{ merchantId: 1, occurredAt: 1 }],
    ),
  ],
  saleLines: [
    'SaleLine',
    'sale_lines',
    schema<SaleLineRow>(
      {
        ...salesKeys,
        ...salesMoney,
        productId: S,
        sku: S,
        name: S,
        categoryId: opt(S),
        unitName: S,
        quantity: N,
        baseQuantity: N,
      },
      [byDate, { merchantId: 1, orderId: 1 }],
    ),
  ],
  saleOrders: [
    'SaleOrder',
    'sale_orders',
    schema<SaleOrderRow>({ ...salesKeys, ...salesMoney, orders: N, total: N }, [byDate]),
  ],
  salesDays: [
    'SalesDay',
    'sales_days',
    schema<SalesDayRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        branchId: S,
        cashierId: S,
        businessDate: S,
        month: S,
        year: S,
        ...salesMoney,
        orders: N,
        events: { type: [S], default: [] },
      },
      [byDate],
    ),
  ],
  salesDayMarks: [
    'SalesDayMark',
    'sales_day_marks',
    schema<SalesDayMarkRow>({ _id: S, merchantId: { type: S, required: true } }),
  ],
  salePayments: [
    'SalePayment',
    'sale_payments',
    schema<SalePaymentRow>({ ...salesKeys, method: S, amount: N, payments: N }, [byDate]),
  ],
  orderDocs: [
    'OrderDoc',
    'order_docs',
    schema<OrderDocRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        orderId: S,
        payload: { type: Schema.Types.Mixed, default: {} },
      },
      [{ merchantId: 1, orderId: 1 }],
    ),
  ],
  shifts: [
    'ShiftReport',
    'shift_reports',
    schema<ShiftRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        shiftId: S,
        branchId: S,
        cashierId: S,
        businessDate: S,
        openedAt: Date,
        closedAt: Date,
        openingFloat: N,
        cashSales: N,
        cashRefunds: N,
        cashIn: N,
        cashOut: N,
        expected: N,
        counted: N,
        variance: N,
        courierCash: N,
        closedBy: S,
      },
      [byDate],
    ),
  ],
  expenses: [
    'Expense',
    'expenses',
    schema<ExpenseRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        expenseId: S,
        branchId: S,
        categoryId: opt(S),
        category: S,
        businessDate: S,
        month: S,
        year: S,
        amount: N,
        note: opt(S),
        recordedBy: S,
        source: S,
        shiftId: opt(S),
        paidFrom: opt(S),
      },
      [byDate],
    ),
  ],
  expenseCategories: [
    'ExpenseCategory',
    'expense_categories',
    (() => {
      const s = schema<ExpenseCategoryRow>({
        _id: S,
        merchantId: { type: S, required: true },
        name: S,
        nameKey: S,
      });
      // The unique index is the duplicate guard (no check-then-insert race on FerretDB).
      s.index({ merchantId: 1, nameKey: 1 }, { unique: true });
      return s;
    })(),
  ],
  deliveries: [
    'DeliveryReport',
    'delivery_reports',
    schema<DeliveryRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        deliveryId: S,
        branchId: S,
        orderId: S,
        courierId: opt(S),
        status: S,
        at: Date,
        businessDate: S,
        promisedAt: opt(Date),
        doneAt: opt(Date),
        deliveryMinutes: opt(N),
        late: Boolean,
        done: N,
        cancelled: N,
        onTime: N,
      },
      [byDate],
    ),
  ],
  credits: [
    'CreditBalance',
    'credit_balances',
    schema<CreditRow>({
      _id: S,
      merchantId: { type: S, required: true },
      customerId: S,
      balance: N,
      dueDate: opt(S),
      entrySeq: N,
    }),
  ],
  merchants: [
    'MerchantProfile',
    'merchant_profiles',
    schema<MerchantProfileRow>({
      _id: S,
      merchantId: { type: S, required: true },
      name: S,
      address: opt(S),
      taxNumber: opt(S),
      receiptFooter: opt(S),
      logoUrl: opt(S),
      timeZone: S,
      branches: { type: [{ _id: false, id: S, name: S }], default: [] },
    }),
  ],
  cashBookEntries: [
    'CashBookEntry',
    'cashbook_entries',
    schema<CashBookEntryRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        branchId: S,
        account: S,
        kind: S,
        amount: N,
        bookDate: S,
        businessDate: S,
        late: Boolean,
        itemized: Boolean,
        description: S,
        reference: opt(S),
        orderId: opt(S),
        shiftId: opt(S),
        courierId: opt(S),
        customerId: opt(S),
        userId: opt(S),
        correctsEntryId: opt(S),
        correctsDate: opt(S),
        recordedBy: opt(S),
        eventId: S,
        requestHash: opt(S),
        at: Date,
        inDay: Boolean,
      },
      // A branch's lines of a range of days (the cash book, its export).
      [{ merchantId: 1, branchId: 1, bookDate: 1, itemized: 1 }],
    ),
  ],
  cashBookDays: [
    'CashBookDay',
    'cashbook_days',
    schema<CashBookDayRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        branchId: S,
        date: S,
        account: S,
        moneyIn: N,
        moneyOut: N,
        sales: N,
        salesCount: N,
        entries: { type: [S], default: [] },
      },
      [{ merchantId: 1, branchId: 1, date: 1 }],
    ),
  ],
  cashBookClosings: [
    'CashBookClosing',
    'cashbook_closings',
    schema<CashBookClosingRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        branchId: S,
        date: S,
        closedThrough: S,
        closedAt: Date,
        closedBy: S,
        accounts: { type: [Schema.Types.Mixed], default: [] },
      },
      [{ merchantId: 1, branchId: 1, date: 1 }],
    ),
  ],
  cashBookHeads: [
    'CashBookHead',
    'cashbook_heads',
    schema<CashBookHeadRow>({
      _id: S,
      merchantId: { type: S, required: true },
      branchId: S,
      closedThrough: S,
      balances: { type: Schema.Types.Mixed, default: {} },
      closedAt: Date,
      closedBy: S,
    }),
  ],
  names: [
    'ReportName',
    'report_names',
    schema<NameRow>(
      {
        _id: S,
        merchantId: { type: S, required: true },
        kind: S,
        id: S,
        name: S,
        updatedAt: Date,
      },
      [{ merchantId: 1, kind: 1 }],
    ),
  ],
} as const;

export interface ReportsModels {
  eventLog: Model<EventLogRow>;
  saleLines: Model<SaleLineRow>;
  saleOrders: Model<SaleOrderRow>;
  salesDays: Model<SalesDayRow>;
  salesDayMarks: Model<SalesDayMarkRow>;
  salePayments: Model<SalePaymentRow>;
  orderDocs: Model<OrderDocRow>;
  shifts: Model<ShiftRow>;
  expenses: Model<ExpenseRow>;
  expenseCategories: Model<ExpenseCategoryRow>;
  deliveries: Model<DeliveryRow>;
  credits: Model<CreditRow>;
  merchants: Model<MerchantProfileRow>;
  names: Model<NameRow>;
  cashBookEntries: Model<CashBookEntryRow>;
  cashBookDays: Model<CashBookDayRow>;
  cashBookClosings: Model<CashBookClosingRow>;
  cashBookHeads: Model<CashBookHeadRow>;
}

/**
 * The read models derived from the event log; a rebuild empties and refills exactly these. The
 * cash book is not among them: it is a book whose closed days are locked, written once per
 * event (a replay finds its entries and adds nothing), never rewritten.
 */
export const READ_MODELS = [
  'saleLines',
  'saleOrders',
  'salesDays',
  'salesDayMarks',
  'salePayments',
  'orderDocs',
  'shifts',
  'expenses',
  'deliveries',
  'credits',
] as const satisfies readonly (keyof ReportsModels)[];

export function registerModels(conn: Connection): ReportsModels {
  const entries = Object.entries(definitions).map(([key, [name, collection, s]]) => [
    key,
    conn.modelNames().includes(name) ? conn.model(name) : conn.model(name, s as Schema, collection),
  ]);
  return Object.fromEntries(entries) as ReportsModels;
}
