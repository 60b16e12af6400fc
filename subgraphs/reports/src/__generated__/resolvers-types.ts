import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExpenseMapper, ExpenseCategoryMapper, ShiftReportRowMapper, CashBookMapper, CashBookDayMapper, CashBookLineMapper } from '../mappers';
import type { ReportsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date (YYYY-MM-DD) in the merchant's time zone. */
  Date: { input: string; output: string; }
  /** An instant in ISO-8601 with an offset; always returned in UTC. */
  DateTime: { input: Date; output: Date | string; }
  /**
   * Money in minor units of the merchant's currency, sent as a string-encoded integer so totals
   * above 2^31 survive every client. IDR has no minor unit: Rp15.500 is "15500".
   */
  Money: { input: number; output: number | string; }
  federation__Scope: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An outlet of a merchant. Stock, shifts and orders are per branch. */
export type Branch = {
  __typename?: 'Branch';
  id: Scalars['ID']['output'];
};

/**
 * An account of a branch's cash book. Payments land by method: CASH in CASH_DRAWER (cash collected
 * on delivery in COURIER_CASH until the courier hands it over), BANK_TRANSFER and CARD in BANK (the
 * acquirer settles card payments to the bank), QRIS and EWALLET in EWALLET; CUSTOMER_CREDIT and POINTS
 * move no money and are in no account.
 */
export type CashAccount =
  /** The merchant's bank account, for this branch. */
  | 'BANK'
  /** The branch's cash: its drawers and its safe. */
  | 'CASH_DRAWER'
  /** Cash couriers collected on delivery and have not handed over yet. */
  | 'COURIER_CASH'
  /** The payment provider's account that settles QRIS and e-wallet payments. */
  | 'EWALLET';

/** A branch's daily cash book over a range of days. */
export type CashBook = {
  __typename?: 'CashBook';
  /** Null when the branch cannot be found. */
  branch?: Maybe<Branch>;
  branchId: Scalars['ID']['output'];
  /** The last closed day of the branch's book; null while no day was ever closed. */
  closedThrough?: Maybe<Scalars['Date']['output']>;
  /** Every day of the range, oldest first. */
  days: Array<CashBookDay>;
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
};

/** One account of one day: opening balance, money in and out, closing balance. */
export type CashBookAccountDay = {
  __typename?: 'CashBookAccountDay';
  account: CashAccount;
  /** opening + moneyIn - moneyOut. */
  closing: Scalars['Money']['output'];
  moneyIn: Scalars['Money']['output'];
  moneyOut: Scalars['Money']['output'];
  opening: Scalars['Money']['output'];
};

/** One day of a branch's cash book. */
export type CashBookDay = {
  __typename?: 'CashBookDay';
  /** Every account, in the order CASH_DRAWER, BANK, EWALLET, COURIER_CASH. */
  accounts: Array<CashBookAccountDay>;
  branchId: Scalars['ID']['output'];
  /** Closed days are locked: their balances never change again. */
  closed: Scalars['Boolean']['output'];
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closedBy?: Maybe<Scalars['ID']['output']>;
  /** Who closed it; null when the staff member cannot be found. */
  closedByUser?: Maybe<User>;
  date: Scalars['Date']['output'];
  /** Sales lines first (one per account), then the other entries as they happened. */
  lines: Array<CashBookLine>;
};

/**
 * The book of the branch is already closed through `closedThrough`; a correction is the way to put
 * a closed day right. Code `CASH_BOOK_DAY_CLOSED`.
 */
export type CashBookDayClosed = ErrorResult & {
  __typename?: 'CashBookDayClosed';
  closedThrough: Scalars['Date']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * The day has not begun yet in the merchant's time zone (`today` is the latest day that can close).
 * Code `CASH_BOOK_DAY_NOT_STARTED`.
 */
export type CashBookDayNotStarted = ErrorResult & {
  __typename?: 'CashBookDayNotStarted';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  today: Scalars['Date']['output'];
};

/** What moved the money. */
export type CashBookEntryKind =
  | 'CASH_IN'
  | 'CASH_OUT'
  /** Cash a courier collected on delivery (COURIER_CASH). */
  | 'COD_COLLECTED'
  /** A correction entered by hand; it names the entry or day it puts right. */
  | 'CORRECTION'
  /** A courier's hand-over: out of COURIER_CASH what they held, into CASH_DRAWER what was counted. */
  | 'COURIER_HANDOVER'
  /**
   * An expense paid from an account: a cash out naming an expense category, or an expense entered
   * with `paidFrom`.
   */
  | 'EXPENSE'
  /** Kasbon given: a cash advance paid to a staff member. */
  | 'KASBON_GIVEN'
  /**
   * Kasbon repaid: a customer paying off credit, or a staff member paying back an advance, in cash
   * or by transfer (repayments by payroll deduction move no money).
   */
  | 'KASBON_REPAID'
  | 'REFUND'
  /** Payments of sales (a line per account sums those that arrived in time). */
  | 'SALE'
  /** What a shift's count found missing (negative) or over (positive). */
  | 'SHIFT_VARIANCE'
  /** A voided sale's payments given back, on the day of the void. */
  | 'VOID';

/** A line of a cash book day: one entry, or the sales of one account that arrived in time, summed. */
export type CashBookLine = {
  __typename?: 'CashBookLine';
  account: CashAccount;
  /** Signed: positive into the account, negative out of it. */
  amount: Scalars['Money']['output'];
  /** Null for a line that sums sales. */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** The day of the book it counts in. */
  bookDate: Scalars['Date']['output'];
  /** When it happened. Before `bookDate` for a late entry. */
  businessDate: Scalars['Date']['output'];
  /** CORRECTION: the day it puts right, if it names one. */
  correctsDate?: Maybe<Scalars['Date']['output']>;
  /** CORRECTION: the entry it puts right, if it names one. */
  correctsEntryId?: Maybe<Scalars['ID']['output']>;
  /** Entries in the line (sales summed), else 1. */
  count: Scalars['Int']['output'];
  /** Null when the courier cannot be found. */
  courier?: Maybe<Courier>;
  courierId?: Maybe<Scalars['ID']['output']>;
  /** Null when the customer cannot be found, and for readers without `customers:read`. */
  customer?: Maybe<Customer>;
  customerId?: Maybe<Scalars['ID']['output']>;
  description: Scalars['String']['output'];
  /** Null for a line that sums sales. */
  entryId?: Maybe<Scalars['ID']['output']>;
  kind: CashBookEntryKind;
  /**
   * It happened on a day that was already closed when it arrived (an offline sale synced late, a
   * shift closed after the day): booked on the next open day instead.
   */
  late: Scalars['Boolean']['output'];
  orderId?: Maybe<Scalars['ID']['output']>;
  recordedBy?: Maybe<Scalars['ID']['output']>;
  /** Who recorded it; null when the staff member cannot be found. */
  recordedByUser?: Maybe<User>;
  /** An order number, a hand-over id. */
  reference?: Maybe<Scalars['String']['output']>;
  shiftId?: Maybe<Scalars['ID']['output']>;
  /** A staff member's kasbon: the staff member. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** Money in or out of an account. */
export type CashDirection =
  | 'IN'
  | 'OUT';

/** Sales rung up by one cashier. */
export type CashierSalesRow = {
  __typename?: 'CashierSalesRow';
  averageBasket: Scalars['Money']['output'];
  /** Null when the staff member cannot be found. */
  cashier?: Maybe<User>;
  cashierId: Scalars['ID']['output'];
  net: Scalars['Money']['output'];
  orders: Scalars['Int']['output'];
};

/** A group of products. Categories nest (Minuman > Kopi) and are ordered by `position` within their parent. */
export type Category = {
  __typename?: 'Category';
  id: Scalars['ID']['output'];
};

/** Sales of one category; products without a category are grouped under a null id. */
export type CategorySalesRow = {
  __typename?: 'CategorySalesRow';
  /** Null for products without a category, or when the category was deleted. */
  category?: Maybe<Category>;
  categoryId?: Maybe<Scalars['ID']['output']>;
  grossProfit: Scalars['Money']['output'];
  net: Scalars['Money']['output'];
  /** Base units sold. */
  quantity: Scalars['Float']['output'];
};

/** Closes every open day of a branch's book up to `date`. */
export type CloseCashBookDayInput = {
  branchId: Scalars['ID']['input'];
  /** Today at the latest, in the merchant's time zone. */
  date: Scalars['Date']['input'];
};

export type CloseCashBookDayResult = CashBookDay | CashBookDayClosed | CashBookDayNotStarted | NotFound;

/** A staff member with the COURIER role, set up to deliver from one branch. */
export type Courier = {
  __typename?: 'Courier';
  id: Scalars['ID']['output'];
};

/** How one courier performed over the period (deliveries finished or cancelled in it). */
export type CourierPerformanceRow = {
  __typename?: 'CourierPerformanceRow';
  /** Average minutes from DELIVERING to DONE, one decimal. */
  averageMinutes?: Maybe<Scalars['Float']['output']>;
  cancelled: Scalars['Int']['output'];
  /** Null when the courier cannot be found. */
  courier?: Maybe<Courier>;
  courierId: Scalars['ID']['output'];
  done: Scalars['Int']['output'];
  /** Share of done deliveries finished by their promised time, 0..1; null without any done. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
};

export type CreateExpenseCategoryResult = DuplicateExpenseCategory | ExpenseCategory;

export type CreateOrderDocumentLinkResult = DownloadLink | NotFound | OrderHasNoDelivery;

/** `NotFound` when the LOW_STOCK report's `categoryId` names a category the merchant does not have. */
export type CreateReportExportResult = DownloadLink | NotFound;

/**
 * A customer of the merchant. The phone number (E.164, `+62...`) is the natural key: unique per
 * merchant. Purchase history (`orders`) is provided by the orders subgraph.
 */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
};

/**
 * A short-lived signed download link, served by the gateway under `/exports/`. It names the
 * merchant, the report and its filters; another merchant's or an expired link is refused.
 */
export type DownloadLink = {
  __typename?: 'DownloadLink';
  expiresAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

/** A category of that name exists already. */
export type DuplicateExpenseCategory = ErrorResult & {
  __typename?: 'DuplicateExpenseCategory';
  code: Scalars['String']['output'];
  existing: ExpenseCategory;
  message: Scalars['String']['output'];
};

/**
 * An expected failure the client must handle, returned as a member of a mutation's result
 * union. `code` is stable SCREAMING_CASE (one code per failure across the supergraph);
 * `message` is for people.
 */
export type ErrorResult = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Money spent by a branch, entered by hand or paid from a cash drawer. */
export type Expense = {
  __typename?: 'Expense';
  amount: Scalars['Money']['output'];
  /** Null when the branch cannot be found. */
  branch?: Maybe<Branch>;
  branchId: Scalars['ID']['output'];
  businessDate: Scalars['Date']['output'];
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** MANUAL: the account that paid it, null when paid outside the books; CASH_OUT: CASH_DRAWER. */
  paidFrom?: Maybe<CashAccount>;
  recordedBy: Scalars['ID']['output'];
  /** Who recorded it (`recordedBy`); null when the staff member cannot be found. */
  recordedByUser?: Maybe<User>;
  shiftId?: Maybe<Scalars['ID']['output']>;
  /** MANUAL, or CASH_OUT when a shift's cash out paid it. */
  source: Scalars['String']['output'];
};

/** A kind of expense (operational, promotion, salaries, ...). */
export type ExpenseCategory = {
  __typename?: 'ExpenseCategory';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Expenses of one category inside a P&L. */
export type ExpenseLine = {
  __typename?: 'ExpenseLine';
  amount: Scalars['Money']['output'];
  category: Scalars['String']['output'];
};

/** File format of an export. */
export type ExportFormat =
  | 'CSV'
  | 'PDF'
  | 'XLSX';

/**
 * The idempotency key was used before for a different request; nothing was done. Code
 * `IDEMPOTENCY_KEY_REUSED`.
 */
export type IdempotencyKeyReused = ErrorResult & {
  __typename?: 'IdempotencyKeyReused';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The expense cannot be recorded (unknown category, amount not positive, branch not allowed). */
export type InvalidExpense = ErrorResult & {
  __typename?: 'InvalidExpense';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Kasbon aging: customer credit (from reports' read models) and staff cash advances. */
export type KasbonAging = {
  __typename?: 'KasbonAging';
  asOf: Scalars['Date']['output'];
  /** Total outstanding customer credit per bucket. */
  buckets: Array<KasbonBucket>;
  rows: Array<KasbonAgingRow>;
  /**
   * Staff cash advances (employee kasbon), most overdue first, asked from the users subgraph with
   * the reader's token: null with a FORBIDDEN error for a reader without `advances:read`, while
   * the customer rows stand.
   */
  staff?: Maybe<Array<StaffKasbonRow>>;
};

/** A customer's credit (kasbon) balance by how long it is overdue. */
export type KasbonAgingRow = {
  __typename?: 'KasbonAgingRow';
  balance: Scalars['Money']['output'];
  /** CURRENT, 1-30, 31-60, 61-90 or 90+. */
  bucket: Scalars['String']['output'];
  /**
   * Null when the customer cannot be found, and for readers without `customers:read`
   * (the row itself still comes, with a FORBIDDEN error for this field only).
   */
  customer?: Maybe<Customer>;
  customerId: Scalars['ID']['output'];
  /** Days past the due date at `asOf`; 0 when not yet due. */
  daysOverdue: Scalars['Int']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
};

/** Outstanding kasbon in one aging bucket. */
export type KasbonBucket = {
  __typename?: 'KasbonBucket';
  balance: Scalars['Money']['output'];
  bucket: Scalars['String']['output'];
  customers: Scalars['Int']['output'];
};

/** A delivery done after its promised time, or still open past it. */
export type LateDeliveryRow = {
  __typename?: 'LateDeliveryRow';
  /** Null when the branch cannot be found. */
  branch?: Maybe<Branch>;
  branchId: Scalars['ID']['output'];
  /** Null while unassigned, or when the courier cannot be found. */
  courier?: Maybe<Courier>;
  courierId?: Maybe<Scalars['ID']['output']>;
  deliveryId: Scalars['ID']['output'];
  /** When it was done, null while still open. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** Minutes past the promised time (until done, or until `asOf` while open). */
  minutesLate: Scalars['Int']['output'];
  orderId: Scalars['ID']['output'];
  promisedAt?: Maybe<Scalars['DateTime']['output']>;
  status: Scalars['String']['output'];
};

/**
 * A product below its low-stock threshold at a branch, as the products subgraph counts it at the
 * moment of the request. Quantities are in the product's base unit.
 */
export type LowStockRow = {
  __typename?: 'LowStockRow';
  /** Current stock; may be negative after offline sales. */
  balance: Scalars['Int']['output'];
  /** The base unit stock is counted in (pcs, kg, ...). */
  baseUnit: Scalars['String']['output'];
  /** The branch, for its name; null when it cannot be found. */
  branch?: Maybe<Branch>;
  branchId: Scalars['ID']['output'];
  /** The product's category; null without one. */
  category?: Maybe<Category>;
  categoryId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** The product (units, barcodes, prices); null when it cannot be found. */
  product?: Maybe<Product>;
  productId: Scalars['ID']['output'];
  /** threshold - balance: base units needed to reach the threshold again (always at least 1). */
  shortBy: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  /** The product is low at the branch while its stock is below this. */
  threshold: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Closes a branch's cash book through a day: each day's balances are stored and locked. What
   * arrives later about a closed day is booked on the next open day, marked late.
   */
  closeCashBookDay: CloseCashBookDayResult;
  /** `name` is non-blank, at most 60 characters. */
  createExpenseCategory: CreateExpenseCategoryResult;
  /**
   * A signed link to an order's invoice or receipt PDF. Allowed with `reports:read` or
   * `sales:read-all`, or to the cashier who rang the order up.
   */
  createOrderDocumentLink: CreateOrderDocumentLinkResult;
  /** A signed link (valid a few minutes) to download a report as CSV, XLSX or PDF. */
  createReportExport: CreateReportExportResult;
  /** Records a correction: a new entry, never an edit of a closed day. */
  recordCashBookCorrection: RecordCashBookCorrectionResult;
  recordExpense: RecordExpenseResult;
};


export type MutationCloseCashBookDayArgs = {
  input: CloseCashBookDayInput;
};


export type MutationCreateExpenseCategoryArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateOrderDocumentLinkArgs = {
  layout: OrderDocumentLayout;
  orderId: Scalars['ID']['input'];
};


export type MutationCreateReportExportArgs = {
  filter: ReportFilter;
  format: ExportFormat;
  report: ReportKind;
};


export type MutationRecordCashBookCorrectionArgs = {
  input: RecordCashBookCorrectionInput;
};


export type MutationRecordExpenseArgs = {
  input: RecordExpenseInput;
};

/**
 * What the mutation names does not exist, or belongs to another merchant (the two read the
 * same). Code `NOT_FOUND`.
 */
export type NotFound = ErrorResult & {
  __typename?: 'NotFound';
  code: Scalars['String']['output'];
  /** The kind of record that is missing, as its GraphQL type name: `Branch`, `Cart`, `Product`, ... */
  entity: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Layouts of an order document. */
export type OrderDocumentLayout =
  /**
   * Surat jalan: items and quantities without prices, the delivery address, cash to collect and
   * signature lines. Only for orders with a delivery.
   */
  | 'DELIVERY_ORDER_A4'
  | 'INVOICE_A4'
  | 'RECEIPT_58MM'
  | 'RECEIPT_80MM';

/** The order has no delivery, so it has no delivery order (surat jalan) to print. */
export type OrderHasNoDelivery = ErrorResult & {
  __typename?: 'OrderHasNoDelivery';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Gross profit of one order, net of its refunds and voids. */
export type OrderProfitRow = {
  __typename?: 'OrderProfitRow';
  /** Null when the branch cannot be found. */
  branch?: Maybe<Branch>;
  branchId: Scalars['ID']['output'];
  businessDate: Scalars['Date']['output'];
  /** Null when the staff member cannot be found. */
  cashier?: Maybe<User>;
  cashierId: Scalars['ID']['output'];
  cost: Scalars['Money']['output'];
  grossProfit: Scalars['Money']['output'];
  net: Scalars['Money']['output'];
  number: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
};

/** The owner's phone screen: today against yesterday, this month against last month. */
export type OwnerDashboard = {
  __typename?: 'OwnerDashboard';
  generatedAt: Scalars['DateTime']['output'];
  /** The whole previous calendar month. */
  lastMonth: SalesFigures;
  thisMonth: SalesFigures;
  today: SalesFigures;
  yesterday: SalesFigures;
};

/** How payments were taken (mirrors the orders subgraph). */
export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'CUSTOMER_CREDIT'
  | 'EWALLET'
  | 'POINTS'
  | 'QRIS';

/** Money taken by one payment method; refunds and voids subtract what they paid back. */
export type PaymentMethodRow = {
  __typename?: 'PaymentMethodRow';
  amount: Scalars['Money']['output'];
  method: PaymentMethod;
  /** Payments taken minus payments reversed by voids. */
  payments: Scalars['Int']['output'];
};

/** Buckets of a sales series. */
export type Period =
  | 'DAY'
  | 'MONTH'
  /**
   * ISO 8601 weeks, Monday to Sunday, named `YYYY-Www` (`2026-W10`); a week belongs to the year of
   * its Thursday, so 2027-01-01 (a Friday) is in `2026-W53`.
   */
  | 'WEEK'
  | 'YEAR';

/** Something the merchant sells. */
export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

/** What to rank top products by. */
export type ProductRanking =
  | 'PROFIT'
  /** Base units sold. */
  | 'QUANTITY'
  | 'REVENUE';

/**
 * Sales of one product, net of refunds and voids. Quantities add up in the product's base unit
 * (a box of 12 counts as 12), with the units it was sold in beside them.
 */
export type ProductSalesRow = {
  __typename?: 'ProductSalesRow';
  /** The category as it is now; null without one, or when it was deleted. */
  category?: Maybe<Category>;
  categoryId?: Maybe<Scalars['ID']['output']>;
  cost: Scalars['Money']['output'];
  grossProfit: Scalars['Money']['output'];
  name: Scalars['String']['output'];
  net: Scalars['Money']['output'];
  /** The product as it is now (`sku` and `name` are as sold); null when it cannot be found. */
  product?: Maybe<Product>;
  productId: Scalars['ID']['output'];
  /**
   * Base units sold (quantity x the sold unit's conversion). Rows projected before base units were
   * kept count sold units until `rebuildReadModels` re-derives them.
   */
  quantity: Scalars['Float']['output'];
  sku: Scalars['String']['output'];
  /** The same quantity by the unit it was sold in (1 box and 5 pcs), most base units first. */
  soldUnits: Array<SoldUnitQuantity>;
};

/** A simple profit and loss: gross profit from sales minus expenses by category. */
export type ProfitAndLoss = {
  __typename?: 'ProfitAndLoss';
  cost: Scalars['Money']['output'];
  expenses: Array<ExpenseLine>;
  grossProfit: Scalars['Money']['output'];
  net: Scalars['Money']['output'];
  /** grossProfit - totalExpenses. */
  netProfit: Scalars['Money']['output'];
  totalExpenses: Scalars['Money']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * A branch's daily cash book across its accounts: sales, refunds, voids, cash in and out, courier
   * hand-overs, expenses, kasbon given and repaid, shift variances and corrections, with each day's
   * opening and closing balance per account. `from`..`to` covers at most 92 days (else
   * BAD_USER_INPUT); a branch the viewer does not work in is FORBIDDEN.
   */
  cashBook: CashBook;
  /** Filters: branch. */
  courierPerformance: Array<CourierPerformanceRow>;
  expenseCategories: Array<ExpenseCategory>;
  /** Filters: branch. */
  expenses: Array<Expense>;
  /** Outstanding customer credit by age; `asOf` defaults to today. */
  kasbonAging: KasbonAging;
  /** Deliveries promised in the period that were or are late. Filters: branch. */
  lateDeliveries: Array<LateDeliveryRow>;
  /**
   * Products below their low-stock threshold right now, read live from the products subgraph (not
   * from a read model, so no dates): the most short first (`shortBy`), ties by SKU, then branch.
   * Without `branchId`, every branch the viewer works in; a branch they do not work in is
   * FORBIDDEN. `categoryId` includes its subcategories; an unknown one is NOT_FOUND. When stock
   * cannot be read the error code is SERVICE_UNAVAILABLE: nothing is wrong with the request, retry.
   */
  lowStockNow: Array<LowStockRow>;
  /** Cheap enough to refresh every few seconds: four summaries over pre-derived rows. */
  ownerDashboard: OwnerDashboard;
  /** Gross profit minus expenses by category. Filters: branch. */
  profitAndLoss: ProfitAndLoss;
  /**
   * Most profitable orders first. Filters: branch, cashier. `limit` is 1 to 200 and `offset` 0 to
   * 10,000 (else BAD_USER_INPUT).
   */
  profitByOrder: Array<OrderProfitRow>;
  /** Filters: branch, cashier. */
  salesByCashier: Array<CashierSalesRow>;
  /** Filters: branch, cashier. */
  salesByCategory: Array<CategorySalesRow>;
  /** Filters: branch, cashier, payment method. */
  salesByPaymentMethod: Array<PaymentMethodRow>;
  /**
   * Gross, discounts, returns, net, tax, orders and average basket by day, week, month or year,
   * with the previous period for comparison. Filters: branch, cashier. The range is limited per
   * grouping (else BAD_USER_INPUT): DAY at most 366 days, WEEK under 3 calendar years, MONTH under
   * 5 calendar years, YEAR under 10 calendar years. Weeks at the ends of the range hold only the
   * days inside it.
   */
  salesSummary: SalesSummaryReport;
  /**
   * Closed shifts with variances. Without `shifts:read-all` a cashier sees only their own.
   * Filters: branch, cashier.
   */
  shiftReports: Array<ShiftReportRow>;
  /**
   * Best sellers, ranked by base units sold (QUANTITY), net revenue or gross profit. Filters:
   * branch, cashier, category. `limit` is 1 to 200 (else BAD_USER_INPUT).
   */
  topProducts: Array<ProductSalesRow>;
};


export type QueryCashBookArgs = {
  branchId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryCourierPerformanceArgs = {
  filter: ReportFilter;
};


export type QueryExpensesArgs = {
  filter: ReportFilter;
};


export type QueryKasbonAgingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryLateDeliveriesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  filter: ReportFilter;
};


export type QueryLowStockNowArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOwnerDashboardArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProfitAndLossArgs = {
  filter: ReportFilter;
};


export type QueryProfitByOrderArgs = {
  filter: ReportFilter;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySalesByCashierArgs = {
  filter: ReportFilter;
};


export type QuerySalesByCategoryArgs = {
  filter: ReportFilter;
};


export type QuerySalesByPaymentMethodArgs = {
  filter: ReportFilter;
};


export type QuerySalesSummaryArgs = {
  filter: ReportFilter;
  groupBy?: InputMaybe<Period>;
};


export type QueryShiftReportsArgs = {
  filter: ReportFilter;
};


export type QueryTopProductsArgs = {
  by?: InputMaybe<ProductRanking>;
  filter: ReportFilter;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A correction, booked on today's page of the book (the next open day when today is closed). Same
 * `idempotencyKey` and same request: the first result; another request: `IdempotencyKeyReused`.
 */
export type RecordCashBookCorrectionInput = {
  account: CashAccount;
  /** 1 to 10^12 minor units. */
  amount: Scalars['Money']['input'];
  branchId: Scalars['ID']['input'];
  /** The day it puts right. */
  correctsDate?: InputMaybe<Scalars['Date']['input']>;
  /** The entry it puts right: one of the branch's (else `NotFound`). */
  correctsEntryId?: InputMaybe<Scalars['ID']['input']>;
  direction: CashDirection;
  /** Non-blank, at most 128 characters. */
  idempotencyKey: Scalars['String']['input'];
  /** Non-blank, at most 500 characters. */
  reason: Scalars['String']['input'];
};

export type RecordCashBookCorrectionResult = CashBookLine | IdempotencyKeyReused | NotFound;

/** A new expense entry. Ids are non-blank, at most 64 characters. */
export type RecordExpenseInput = {
  /** 1 to 10^12 minor units. */
  amount: Scalars['Money']['input'];
  branchId: Scalars['ID']['input'];
  businessDate: Scalars['Date']['input'];
  categoryId: Scalars['ID']['input'];
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /**
   * The account that paid it: then it is also in the branch's cash book. Leave it out for an
   * expense paid outside the books (the owner's own pocket); a cash out that names an expense
   * category is already in the book.
   */
  paidFrom?: InputMaybe<CashAccount>;
};

export type RecordExpenseResult = Expense | InvalidExpense;

/**
 * Which slice of the read models a report covers. Dates are business dates in the merchant's
 * time zone, both ends included, and shorter than 3 calendar years (2023-01-01..2025-12-31 is
 * the longest from 2023-01-01) unless the report says otherwise; a longer range, or `from` after
 * `to`, is BAD_USER_INPUT. A filter a report cannot apply is refused with BAD_USER_INPUT,
 * never silently ignored. Staff limited to some branches only ever see those branches.
 * (`LOW_STOCK` exports are stock of now: see `ReportKind`.)
 */
export type ReportFilter = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** Sales reports and shifts. */
  cashierId?: InputMaybe<Scalars['ID']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  /** Sales by payment method only. */
  paymentMethod?: InputMaybe<PaymentMethod>;
  /** Product and category reports, profit per product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};

/** Reports that can be exported. */
export type ReportKind =
  /**
   * The branch's cash book (`branchId` is required): per day, each account's opening balance, its
   * lines and its closing balance. At most 92 days.
   */
  | 'CASH_BOOK'
  | 'COURIER_PERFORMANCE'
  /** Expense entries of the range (filters: branch). */
  | 'EXPENSES'
  /** Outstanding customer credit by age, as of the range's last day (`to`); no branch filter. */
  | 'KASBON_AGING'
  /** Deliveries promised in the range that were or are late (open ones as of the download). */
  | 'LATE_DELIVERIES'
  /**
   * The rows of `lowStockNow`, read from products when the file is downloaded. Filters: branch,
   * category. Stock has no history here, so the dates do not select anything: `from`..`to` must
   * still be a valid range and must include today (the merchant's business date) when the link is
   * made; a range wholly in the past or the future is refused with BAD_USER_INPUT.
   */
  | 'LOW_STOCK'
  /** Every sold, refunded and voided line: the large export, streamed. */
  | 'ORDER_LINES'
  | 'PROFIT_AND_LOSS'
  | 'PROFIT_BY_ORDER'
  | 'SALES_BY_CASHIER'
  | 'SALES_BY_CATEGORY'
  | 'SALES_BY_PAYMENT_METHOD'
  | 'SALES_SUMMARY'
  | 'SHIFTS'
  | 'TOP_PRODUCTS';

/**
 * Sales figures of one bucket or one period. Refunds and voids are booked on the business date
 * of the original sale, so a day's figures change when one of its sales is refunded later.
 */
export type SalesFigures = {
  __typename?: 'SalesFigures';
  /** net / orders, rounded half up; 0 without orders. */
  averageBasket: Scalars['Money']['output'];
  /** Cost of goods at sale time (net of refunded cost). */
  cost: Scalars['Money']['output'];
  /** Line and order discounts. */
  discounts: Scalars['Money']['output'];
  /** Net revenue plus discounts: sales before discounts, excluding tax. */
  gross: Scalars['Money']['output'];
  /** net - cost. */
  grossProfit: Scalars['Money']['output'];
  /** gross - discounts - returns, excluding tax. */
  net: Scalars['Money']['output'];
  /** Completed orders minus voided ones; refunds do not change the count. */
  orders: Scalars['Int']['output'];
  /** Day (YYYY-MM-DD), ISO week (YYYY-Www), month (YYYY-MM) or year (YYYY); empty for totals. */
  period: Scalars['String']['output'];
  /** Revenue (excluding tax) given back by refunds. */
  returns: Scalars['Money']['output'];
  tax: Scalars['Money']['output'];
};

/** Sales over a period with the same-length period just before it for comparison. */
export type SalesSummaryReport = {
  __typename?: 'SalesSummaryReport';
  groupBy: Period;
  /** Percentage change of net sales against `previous`, one decimal; null when previous is 0. */
  netChangePercent?: Maybe<Scalars['Float']['output']>;
  /** The period of the same length immediately before `filter.from`. */
  previous: SalesFigures;
  /** One point per bucket with sales, oldest first (for charts and tables). */
  series: Array<SalesFigures>;
  totals: SalesFigures;
};

/** A closed shift: what the drawer should hold and what was counted. */
export type ShiftReportRow = {
  __typename?: 'ShiftReportRow';
  /** Null when the branch cannot be found. */
  branch?: Maybe<Branch>;
  branchId: Scalars['ID']['output'];
  businessDate: Scalars['Date']['output'];
  cashIn: Scalars['Money']['output'];
  cashOut: Scalars['Money']['output'];
  cashRefunds: Scalars['Money']['output'];
  cashSales: Scalars['Money']['output'];
  /** Null when the staff member cannot be found. */
  cashier?: Maybe<User>;
  cashierId: Scalars['ID']['output'];
  closedAt: Scalars['DateTime']['output'];
  closedBy: Scalars['ID']['output'];
  /** Who closed the shift (`closedBy`); null when the staff member cannot be found. */
  closedByUser?: Maybe<User>;
  counted: Scalars['Money']['output'];
  /** Cash couriers handed over into the drawer (collected on delivery). */
  courierCash: Scalars['Money']['output'];
  expected: Scalars['Money']['output'];
  openedAt: Scalars['DateTime']['output'];
  openingFloat: Scalars['Money']['output'];
  shiftId: Scalars['ID']['output'];
  /** counted - expected: negative when cash is missing. */
  variance: Scalars['Money']['output'];
};

/** How much of a product was sold in one unit. */
export type SoldUnitQuantity = {
  __typename?: 'SoldUnitQuantity';
  /** The same in the product's base unit. */
  baseQuantity: Scalars['Float']['output'];
  /** Units of `unitName`. */
  quantity: Scalars['Float']['output'];
  /** The unit as sold (`box`, `pcs`). */
  unitName: Scalars['String']['output'];
};

/** A staff member's outstanding cash advances by how long the oldest unpaid one is overdue. */
export type StaffKasbonRow = {
  __typename?: 'StaffKasbonRow';
  balance: Scalars['Money']['output'];
  /** CURRENT, 1-30, 31-60, 61-90 or 90+. */
  bucket: Scalars['String']['output'];
  /** Days the oldest unpaid advance is past due at `asOf`; 0 when nothing is overdue. */
  daysOverdue: Scalars['Int']['output'];
  /** Due date of the oldest advance not yet paid back. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Part of the balance already past its due date. */
  overdue: Scalars['Money']['output'];
  user?: Maybe<User>;
  userId: Scalars['ID']['output'];
};

/** A staff member (owner, cashier, courier, ...) of one merchant. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CloseCashBookDayResult:
    | ( CashBookDayMapper )
    | ( CashBookDayClosed )
    | ( CashBookDayNotStarted )
    | ( NotFound )
  ;
  CreateExpenseCategoryResult:
    | ( Omit<DuplicateExpenseCategory, 'existing'> & { existing: _RefType['ExpenseCategory'] } )
    | ( ExpenseCategoryMapper )
  ;
  CreateOrderDocumentLinkResult:
    | ( DownloadLink )
    | ( NotFound )
    | ( OrderHasNoDelivery )
  ;
  CreateReportExportResult:
    | ( DownloadLink )
    | ( NotFound )
  ;
  RecordCashBookCorrectionResult:
    | ( CashBookLineMapper )
    | ( IdempotencyKeyReused )
    | ( NotFound )
  ;
  RecordExpenseResult:
    | ( ExpenseMapper )
    | ( InvalidExpense )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ErrorResult:
    | ( CashBookDayClosed )
    | ( CashBookDayNotStarted )
    | ( Omit<DuplicateExpenseCategory, 'existing'> & { existing: _RefType['ExpenseCategory'] } )
    | ( IdempotencyKeyReused )
    | ( InvalidExpense )
    | ( NotFound )
    | ( OrderHasNoDelivery )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Branch: ResolverTypeWrapper<Branch>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CashAccount: CashAccount;
  CashBook: ResolverTypeWrapper<CashBookMapper>;
  CashBookAccountDay: ResolverTypeWrapper<CashBookAccountDay>;
  CashBookDay: ResolverTypeWrapper<CashBookDayMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CashBookDayClosed: ResolverTypeWrapper<CashBookDayClosed>;
  CashBookDayNotStarted: ResolverTypeWrapper<CashBookDayNotStarted>;
  CashBookEntryKind: CashBookEntryKind;
  CashBookLine: ResolverTypeWrapper<CashBookLineMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CashDirection: CashDirection;
  CashierSalesRow: ResolverTypeWrapper<CashierSalesRow>;
  Category: ResolverTypeWrapper<Category>;
  CategorySalesRow: ResolverTypeWrapper<CategorySalesRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CloseCashBookDayInput: CloseCashBookDayInput;
  CloseCashBookDayResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CloseCashBookDayResult']>;
  Courier: ResolverTypeWrapper<Courier>;
  CourierPerformanceRow: ResolverTypeWrapper<CourierPerformanceRow>;
  CreateExpenseCategoryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateExpenseCategoryResult']>;
  CreateOrderDocumentLinkResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateOrderDocumentLinkResult']>;
  CreateReportExportResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateReportExportResult']>;
  Customer: ResolverTypeWrapper<Customer>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DownloadLink: ResolverTypeWrapper<DownloadLink>;
  DuplicateExpenseCategory: ResolverTypeWrapper<Omit<DuplicateExpenseCategory, 'existing'> & { existing: ResolversTypes['ExpenseCategory'] }>;
  ErrorResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ErrorResult']>;
  Expense: ResolverTypeWrapper<ExpenseMapper>;
  ExpenseCategory: ResolverTypeWrapper<ExpenseCategoryMapper>;
  ExpenseLine: ResolverTypeWrapper<ExpenseLine>;
  ExportFormat: ExportFormat;
  IdempotencyKeyReused: ResolverTypeWrapper<IdempotencyKeyReused>;
  InvalidExpense: ResolverTypeWrapper<InvalidExpense>;
  KasbonAging: ResolverTypeWrapper<KasbonAging>;
  KasbonAgingRow: ResolverTypeWrapper<KasbonAgingRow>;
  KasbonBucket: ResolverTypeWrapper<KasbonBucket>;
  LateDeliveryRow: ResolverTypeWrapper<LateDeliveryRow>;
  LowStockRow: ResolverTypeWrapper<LowStockRow>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotFound: ResolverTypeWrapper<NotFound>;
  OrderDocumentLayout: OrderDocumentLayout;
  OrderHasNoDelivery: ResolverTypeWrapper<OrderHasNoDelivery>;
  OrderProfitRow: ResolverTypeWrapper<OrderProfitRow>;
  OwnerDashboard: ResolverTypeWrapper<OwnerDashboard>;
  PaymentMethod: PaymentMethod;
  PaymentMethodRow: ResolverTypeWrapper<PaymentMethodRow>;
  Period: Period;
  Product: ResolverTypeWrapper<Product>;
  ProductRanking: ProductRanking;
  ProductSalesRow: ResolverTypeWrapper<ProductSalesRow>;
  ProfitAndLoss: ResolverTypeWrapper<ProfitAndLoss>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCashBookCorrectionInput: RecordCashBookCorrectionInput;
  RecordCashBookCorrectionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordCashBookCorrectionResult']>;
  RecordExpenseInput: RecordExpenseInput;
  RecordExpenseResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordExpenseResult']>;
  ReportFilter: ReportFilter;
  ReportKind: ReportKind;
  SalesFigures: ResolverTypeWrapper<SalesFigures>;
  SalesSummaryReport: ResolverTypeWrapper<SalesSummaryReport>;
  ShiftReportRow: ResolverTypeWrapper<ShiftReportRowMapper>;
  SoldUnitQuantity: ResolverTypeWrapper<SoldUnitQuantity>;
  StaffKasbonRow: ResolverTypeWrapper<StaffKasbonRow>;
  User: ResolverTypeWrapper<User>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Branch: Branch;
  ID: Scalars['ID']['output'];
  CashBook: CashBookMapper;
  CashBookAccountDay: CashBookAccountDay;
  CashBookDay: CashBookDayMapper;
  Boolean: Scalars['Boolean']['output'];
  CashBookDayClosed: CashBookDayClosed;
  CashBookDayNotStarted: CashBookDayNotStarted;
  CashBookLine: CashBookLineMapper;
  Int: Scalars['Int']['output'];
  CashierSalesRow: CashierSalesRow;
  Category: Category;
  CategorySalesRow: CategorySalesRow;
  Float: Scalars['Float']['output'];
  CloseCashBookDayInput: CloseCashBookDayInput;
  CloseCashBookDayResult: ResolversUnionTypes<ResolversParentTypes>['CloseCashBookDayResult'];
  Courier: Courier;
  CourierPerformanceRow: CourierPerformanceRow;
  CreateExpenseCategoryResult: ResolversUnionTypes<ResolversParentTypes>['CreateExpenseCategoryResult'];
  CreateOrderDocumentLinkResult: ResolversUnionTypes<ResolversParentTypes>['CreateOrderDocumentLinkResult'];
  CreateReportExportResult: ResolversUnionTypes<ResolversParentTypes>['CreateReportExportResult'];
  Customer: Customer;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DownloadLink: DownloadLink;
  DuplicateExpenseCategory: Omit<DuplicateExpenseCategory, 'existing'> & { existing: ResolversParentTypes['ExpenseCategory'] };
  ErrorResult: ResolversInterfaceTypes<ResolversParentTypes>['ErrorResult'];
  Expense: ExpenseMapper;
  ExpenseCategory: ExpenseCategoryMapper;
  ExpenseLine: ExpenseLine;
  IdempotencyKeyReused: IdempotencyKeyReused;
  InvalidExpense: InvalidExpense;
  KasbonAging: KasbonAging;
  KasbonAgingRow: KasbonAgingRow;
  KasbonBucket: KasbonBucket;
  LateDeliveryRow: LateDeliveryRow;
  LowStockRow: LowStockRow;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NotFound: NotFound;
  OrderHasNoDelivery: OrderHasNoDelivery;
  OrderProfitRow: OrderProfitRow;
  OwnerDashboard: OwnerDashboard;
  PaymentMethodRow: PaymentMethodRow;
  Product: Product;
  ProductSalesRow: ProductSalesRow;
  ProfitAndLoss: ProfitAndLoss;
  Query: Record<PropertyKey, never>;
  RecordCashBookCorrectionInput: RecordCashBookCorrectionInput;
  RecordCashBookCorrectionResult: ResolversUnionTypes<ResolversParentTypes>['RecordCashBookCorrectionResult'];
  RecordExpenseInput: RecordExpenseInput;
  RecordExpenseResult: ResolversUnionTypes<ResolversParentTypes>['RecordExpenseResult'];
  ReportFilter: ReportFilter;
  SalesFigures: SalesFigures;
  SalesSummaryReport: SalesSummaryReport;
  ShiftReportRow: ShiftReportRowMapper;
  SoldUnitQuantity: SoldUnitQuantity;
  StaffKasbonRow: StaffKasbonRow;
  User: User;
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = ReportsContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = ReportsContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = ReportsContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ReportsContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = ReportsContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = ReportsContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BranchResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CashBookResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CashBook'] = ResolversParentTypes['CashBook']> = {
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closedThrough?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['CashBookDay']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CashBookAccountDayResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CashBookAccountDay'] = ResolversParentTypes['CashBookAccountDay']> = {
  account?: Resolver<ResolversTypes['CashAccount'], ParentType, ContextType>;
  closing?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  moneyIn?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  moneyOut?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  opening?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CashBookDayResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CashBookDay'] = ResolversParentTypes['CashBookDay']> = {
  accounts?: Resolver<Array<ResolversTypes['CashBookAccountDay']>, ParentType, ContextType>;
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  closedByUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CashBookLine']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CashBookDayClosedResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CashBookDayClosed'] = ResolversParentTypes['CashBookDayClosed']> = {
  closedThrough?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CashBookDayNotStartedResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CashBookDayNotStarted'] = ResolversParentTypes['CashBookDayNotStarted']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  today?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CashBookLineResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CashBookLine'] = ResolversParentTypes['CashBookLine']> = {
  account?: Resolver<ResolversTypes['CashAccount'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  bookDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  businessDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  correctsDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  correctsEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  courier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType>;
  courierId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CashBookEntryKind'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recordedByUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shiftId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CashierSalesRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CashierSalesRow'] = ResolversParentTypes['CashierSalesRow']> = {
  averageBasket?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cashier?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  cashierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CategorySalesRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CategorySalesRow'] = ResolversParentTypes['CategorySalesRow']> = {
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grossProfit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CloseCashBookDayResultResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CloseCashBookDayResult'] = ResolversParentTypes['CloseCashBookDayResult']> = {
  __resolveType: TypeResolveFn<'CashBookDay' | 'CashBookDayClosed' | 'CashBookDayNotStarted' | 'NotFound', ParentType, ContextType>;
};

export type CourierResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['Courier'] = ResolversParentTypes['Courier']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CourierPerformanceRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CourierPerformanceRow'] = ResolversParentTypes['CourierPerformanceRow']> = {
  averageMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  courier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType>;
  courierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CreateExpenseCategoryResultResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CreateExpenseCategoryResult'] = ResolversParentTypes['CreateExpenseCategoryResult']> = {
  __resolveType: TypeResolveFn<'DuplicateExpenseCategory' | 'ExpenseCategory', ParentType, ContextType>;
};

export type CreateOrderDocumentLinkResultResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CreateOrderDocumentLinkResult'] = ResolversParentTypes['CreateOrderDocumentLinkResult']> = {
  __resolveType: TypeResolveFn<'DownloadLink' | 'NotFound' | 'OrderHasNoDelivery', ParentType, ContextType>;
};

export type CreateReportExportResultResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['CreateReportExportResult'] = ResolversParentTypes['CreateReportExportResult']> = {
  __resolveType: TypeResolveFn<'DownloadLink' | 'NotFound', ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DownloadLinkResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['DownloadLink'] = ResolversParentTypes['DownloadLink']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DuplicateExpenseCategoryResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['DuplicateExpenseCategory'] = ResolversParentTypes['DuplicateExpenseCategory']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existing?: Resolver<ResolversTypes['ExpenseCategory'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ErrorResultResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['ErrorResult'] = ResolversParentTypes['ErrorResult']> = {
  __resolveType: TypeResolveFn<'CashBookDayClosed' | 'CashBookDayNotStarted' | 'DuplicateExpenseCategory' | 'IdempotencyKeyReused' | 'InvalidExpense' | 'NotFound' | 'OrderHasNoDelivery', ParentType, ContextType>;
};

export type ExpenseResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['Expense'] = ResolversParentTypes['Expense']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  businessDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paidFrom?: Resolver<Maybe<ResolversTypes['CashAccount']>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedByUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  shiftId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExpenseCategoryResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['ExpenseCategory'] = ResolversParentTypes['ExpenseCategory']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExpenseLineResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['ExpenseLine'] = ResolversParentTypes['ExpenseLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IdempotencyKeyReusedResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['IdempotencyKeyReused'] = ResolversParentTypes['IdempotencyKeyReused']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidExpenseResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['InvalidExpense'] = ResolversParentTypes['InvalidExpense']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KasbonAgingResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['KasbonAging'] = ResolversParentTypes['KasbonAging']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  buckets?: Resolver<Array<ResolversTypes['KasbonBucket']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['KasbonAgingRow']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<Array<ResolversTypes['StaffKasbonRow']>>, ParentType, ContextType>;
};

export type KasbonAgingRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['KasbonAgingRow'] = ResolversParentTypes['KasbonAgingRow']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type KasbonBucketResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['KasbonBucket'] = ResolversParentTypes['KasbonBucket']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LateDeliveryRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['LateDeliveryRow'] = ResolversParentTypes['LateDeliveryRow']> = {
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType>;
  courierId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  deliveryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minutesLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  promisedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LowStockRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['LowStockRow'] = ResolversParentTypes['LowStockRow']> = {
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baseUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shortBy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  closeCashBookDay?: Resolver<ResolversTypes['CloseCashBookDayResult'], ParentType, ContextType, RequireFields<MutationCloseCashBookDayArgs, 'input'>>;
  createExpenseCategory?: Resolver<ResolversTypes['CreateExpenseCategoryResult'], ParentType, ContextType, RequireFields<MutationCreateExpenseCategoryArgs, 'name'>>;
  createOrderDocumentLink?: Resolver<ResolversTypes['CreateOrderDocumentLinkResult'], ParentType, ContextType, RequireFields<MutationCreateOrderDocumentLinkArgs, 'layout' | 'orderId'>>;
  createReportExport?: Resolver<ResolversTypes['CreateReportExportResult'], ParentType, ContextType, RequireFields<MutationCreateReportExportArgs, 'filter' | 'format' | 'report'>>;
  recordCashBookCorrection?: Resolver<ResolversTypes['RecordCashBookCorrectionResult'], ParentType, ContextType, RequireFields<MutationRecordCashBookCorrectionArgs, 'input'>>;
  recordExpense?: Resolver<ResolversTypes['RecordExpenseResult'], ParentType, ContextType, RequireFields<MutationRecordExpenseArgs, 'input'>>;
};

export type NotFoundResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderHasNoDeliveryResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['OrderHasNoDelivery'] = ResolversParentTypes['OrderHasNoDelivery']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderProfitRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['OrderProfitRow'] = ResolversParentTypes['OrderProfitRow']> = {
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  businessDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cashier?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  cashierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  grossProfit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OwnerDashboardResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['OwnerDashboard'] = ResolversParentTypes['OwnerDashboard']> = {
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastMonth?: Resolver<ResolversTypes['SalesFigures'], ParentType, ContextType>;
  thisMonth?: Resolver<ResolversTypes['SalesFigures'], ParentType, ContextType>;
  today?: Resolver<ResolversTypes['SalesFigures'], ParentType, ContextType>;
  yesterday?: Resolver<ResolversTypes['SalesFigures'], ParentType, ContextType>;
};

export type PaymentMethodRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['PaymentMethodRow'] = ResolversParentTypes['PaymentMethodRow']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProductSalesRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['ProductSalesRow'] = ResolversParentTypes['ProductSalesRow']> = {
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  grossProfit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soldUnits?: Resolver<Array<ResolversTypes['SoldUnitQuantity']>, ParentType, ContextType>;
};

export type ProfitAndLossResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['ProfitAndLoss'] = ResolversParentTypes['ProfitAndLoss']> = {
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['ExpenseLine']>, ParentType, ContextType>;
  grossProfit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  netProfit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalExpenses?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  cashBook?: Resolver<ResolversTypes['CashBook'], ParentType, ContextType, RequireFields<QueryCashBookArgs, 'branchId' | 'from' | 'to'>>;
  courierPerformance?: Resolver<Array<ResolversTypes['CourierPerformanceRow']>, ParentType, ContextType, RequireFields<QueryCourierPerformanceArgs, 'filter'>>;
  expenseCategories?: Resolver<Array<ResolversTypes['ExpenseCategory']>, ParentType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['Expense']>, ParentType, ContextType, RequireFields<QueryExpensesArgs, 'filter'>>;
  kasbonAging?: Resolver<ResolversTypes['KasbonAging'], ParentType, ContextType, Partial<QueryKasbonAgingArgs>>;
  lateDeliveries?: Resolver<Array<ResolversTypes['LateDeliveryRow']>, ParentType, ContextType, RequireFields<QueryLateDeliveriesArgs, 'filter'>>;
  lowStockNow?: Resolver<Array<ResolversTypes['LowStockRow']>, ParentType, ContextType, Partial<QueryLowStockNowArgs>>;
  ownerDashboard?: Resolver<ResolversTypes['OwnerDashboard'], ParentType, ContextType, Partial<QueryOwnerDashboardArgs>>;
  profitAndLoss?: Resolver<ResolversTypes['ProfitAndLoss'], ParentType, ContextType, RequireFields<QueryProfitAndLossArgs, 'filter'>>;
  profitByOrder?: Resolver<Array<ResolversTypes['OrderProfitRow']>, ParentType, ContextType, RequireFields<QueryProfitByOrderArgs, 'filter' | 'limit' | 'offset'>>;
  salesByCashier?: Resolver<Array<ResolversTypes['CashierSalesRow']>, ParentType, ContextType, RequireFields<QuerySalesByCashierArgs, 'filter'>>;
  salesByCategory?: Resolver<Array<ResolversTypes['CategorySalesRow']>, ParentType, ContextType, RequireFields<QuerySalesByCategoryArgs, 'filter'>>;
  salesByPaymentMethod?: Resolver<Array<ResolversTypes['PaymentMethodRow']>, ParentType, ContextType, RequireFields<QuerySalesByPaymentMethodArgs, 'filter'>>;
  salesSummary?: Resolver<ResolversTypes['SalesSummaryReport'], ParentType, ContextType, RequireFields<QuerySalesSummaryArgs, 'filter' | 'groupBy'>>;
  shiftReports?: Resolver<Array<ResolversTypes['ShiftReportRow']>, ParentType, ContextType, RequireFields<QueryShiftReportsArgs, 'filter'>>;
  topProducts?: Resolver<Array<ResolversTypes['ProductSalesRow']>, ParentType, ContextType, RequireFields<QueryTopProductsArgs, 'by' | 'filter' | 'limit'>>;
};

export type RecordCashBookCorrectionResultResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['RecordCashBookCorrectionResult'] = ResolversParentTypes['RecordCashBookCorrectionResult']> = {
  __resolveType: TypeResolveFn<'CashBookLine' | 'IdempotencyKeyReused' | 'NotFound', ParentType, ContextType>;
};

export type RecordExpenseResultResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['RecordExpenseResult'] = ResolversParentTypes['RecordExpenseResult']> = {
  __resolveType: TypeResolveFn<'Expense' | 'InvalidExpense', ParentType, ContextType>;
};

export type SalesFiguresResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['SalesFigures'] = ResolversParentTypes['SalesFigures']> = {
  averageBasket?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discounts?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  grossProfit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returns?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type SalesSummaryReportResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['SalesSummaryReport'] = ResolversParentTypes['SalesSummaryReport']> = {
  groupBy?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  netChangePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['SalesFigures'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['SalesFigures']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['SalesFigures'], ParentType, ContextType>;
};

export type ShiftReportRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['ShiftReportRow'] = ResolversParentTypes['ShiftReportRow']> = {
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  businessDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cashIn?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cashOut?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cashRefunds?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cashSales?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cashier?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  cashierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  closedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closedByUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  counted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  courierCash?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openingFloat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  shiftId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  variance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type SoldUnitQuantityResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['SoldUnitQuantity'] = ResolversParentTypes['SoldUnitQuantity']> = {
  baseQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffKasbonRowResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['StaffKasbonRow'] = ResolversParentTypes['StaffKasbonRow']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = ReportsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = ReportsContext> = {
  Branch?: BranchResolvers<ContextType>;
  CashBook?: CashBookResolvers<ContextType>;
  CashBookAccountDay?: CashBookAccountDayResolvers<ContextType>;
  CashBookDay?: CashBookDayResolvers<ContextType>;
  CashBookDayClosed?: CashBookDayClosedResolvers<ContextType>;
  CashBookDayNotStarted?: CashBookDayNotStartedResolvers<ContextType>;
  CashBookLine?: CashBookLineResolvers<ContextType>;
  CashierSalesRow?: CashierSalesRowResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CategorySalesRow?: CategorySalesRowResolvers<ContextType>;
  CloseCashBookDayResult?: CloseCashBookDayResultResolvers<ContextType>;
  Courier?: CourierResolvers<ContextType>;
  CourierPerformanceRow?: CourierPerformanceRowResolvers<ContextType>;
  CreateExpenseCategoryResult?: CreateExpenseCategoryResultResolvers<ContextType>;
  CreateOrderDocumentLinkResult?: CreateOrderDocumentLinkResultResolvers<ContextType>;
  CreateReportExportResult?: CreateReportExportResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DownloadLink?: DownloadLinkResolvers<ContextType>;
  DuplicateExpenseCategory?: DuplicateExpenseCategoryResolvers<ContextType>;
  ErrorResult?: ErrorResultResolvers<ContextType>;
  Expense?: ExpenseResolvers<ContextType>;
  ExpenseCategory?: ExpenseCategoryResolvers<ContextType>;
  ExpenseLine?: ExpenseLineResolvers<ContextType>;
  IdempotencyKeyReused?: IdempotencyKeyReusedResolvers<ContextType>;
  InvalidExpense?: InvalidExpenseResolvers<ContextType>;
  KasbonAging?: KasbonAgingResolvers<ContextType>;
  KasbonAgingRow?: KasbonAgingRowResolvers<ContextType>;
  KasbonBucket?: KasbonBucketResolvers<ContextType>;
  LateDeliveryRow?: LateDeliveryRowResolvers<ContextType>;
  LowStockRow?: LowStockRowResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  OrderHasNoDelivery?: OrderHasNoDeliveryResolvers<ContextType>;
  OrderProfitRow?: OrderProfitRowResolvers<ContextType>;
  OwnerDashboard?: OwnerDashboardResolvers<ContextType>;
  PaymentMethodRow?: PaymentMethodRowResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductSalesRow?: ProductSalesRowResolvers<ContextType>;
  ProfitAndLoss?: ProfitAndLossResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordCashBookCorrectionResult?: RecordCashBookCorrectionResultResolvers<ContextType>;
  RecordExpenseResult?: RecordExpenseResultResolvers<ContextType>;
  SalesFigures?: SalesFiguresResolvers<ContextType>;
  SalesSummaryReport?: SalesSummaryReportResolvers<ContextType>;
  ShiftReportRow?: ShiftReportRowResolvers<ContextType>;
  SoldUnitQuantity?: SoldUnitQuantityResolvers<ContextType>;
  StaffKasbonRow?: StaffKasbonRowResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = ReportsContext> = {
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
