import type { PaymentMethod } from '@pos/kit';
import type { CashAccount } from './cashbook.rows';

/** The money columns every sales row carries, derived once when the event is projected. */
export interface SalesMoney {
  /** net + discounts: sales before discounts, excluding tax. */
  gross: number;
  discounts: number;
  /** Revenue (excl. tax) given back by refunds; positive on refund rows. */
  returns: number;
  net: number;
  tax: number;
  cost: number;
  profit: number;
}

/** Where a sale row belongs; the business date is always the original sale's. */
export interface SalesKeys {
  _id: string;
  merchantId: string;
  eventId: string;
  kind: 'SALE' | 'REFUND' | 'VOID';
  branchId: string;
  cashierId: string;
  orderId: string;
  number: string;
  businessDate: string;
  month: string;
  year: string;
}

/** One sold (or reversed) line. */
export interface SaleLineRow extends SalesKeys, SalesMoney {
  productId: string;
  sku: string;
  name: string;
  categoryId: string | null;
  /** The unit it was sold in (`box`, `pcs`) and how many of them. */
  unitName: string;
  quantity: number;
  /** The same in the product's base unit (quantity x the unit's conversion): what reports add up. */
  baseQuantity: number;
}

/** One order-level fact (sale +1 order, void -1 order, refund 0). */
export interface SaleOrderRow extends SalesKeys, SalesMoney {
  orders: number;
  total: number;
}

/**
 * The sales of one business day at one branch by one cashier, summed as events arrive: the
 * roll-up the sales summary, the dashboard and sales by cashier read, so they add up a few rows
 * per day instead of every order. `events` names the events already added in, which makes adding
 * an event idempotent (a redelivery or a replay after a crash adds nothing).
 */
export interface SalesDayRow extends SalesMoney {
  _id: string;
  merchantId: string;
  branchId: string;
  cashierId: string;
  businessDate: string;
  month: string;
  year: string;
  orders: number;
  /** Events added since they were last settled (see `addToDayRow`); a handful at most. */
  events: string[];
}

/** An event counted into a sales day row and settled out of its list. */
export interface SalesDayMarkRow {
  _id: string;
  merchantId: string;
}

/** One payment taken (positive) or paid back (negative). */
export interface SalePaymentRow extends SalesKeys {
  method: PaymentMethod;
  amount: number;
  /** +1 for a payment taken, -1 when a void reverses it, 0 for a refund. */
  payments: number;
}

/** Read-model keys lead with the merchant, so one merchant's ids can never collide with another's. */
export interface ShiftRow {
  _id: string;
  merchantId: string;
  shiftId: string;
  branchId: string;
  cashierId: string;
  businessDate: string;
  openedAt: Date;
  closedAt: Date;
  openingFloat: number;
  cashSales: number;
  cashRefunds: number;
  cashIn: number;
  cashOut: number;
  /** Cash couriers handed over into the drawer (0 in rows of older events). */
  courierCash: number;
  expected: number;
  counted: number;
  variance: number;
  closedBy: string;
}

export interface ExpenseRow {
  _id: string;
  merchantId: string;
  expenseId: string;
  branchId: string;
  categoryId: string | null;
  category: string;
  businessDate: string;
  month: string;
  year: string;
  amount: number;
  note: string | null;
  recordedBy: string;
  source: 'MANUAL' | 'CASH_OUT';
  shiftId: string | null;
  /** MANUAL: the account it was paid from, booked in the cash book; null when paid outside the books. */
  paidFrom?: CashAccount | null;
}

export interface ExpenseCategoryRow {
  _id: string;
  merchantId: string;
  name: string;
  /** Lower-cased, trimmed name: unique per merchant. */
  nameKey: string;
}

export interface DeliveryRow {
  _id: string;
  merchantId: string;
  deliveryId: string;
  branchId: string;
  orderId: string;
  courierId: string | null;
  status: 'READY' | 'DELIVERING' | 'DONE' | 'CANCELLED';
  /** Time of the transition this row reflects; older events never overwrite it. */
  at: Date;
  /** Business date of the last transition. */
  businessDate: string;
  promisedAt: Date | null;
  doneAt: Date | null;
  deliveryMinutes: number | null;
  late: boolean;
  done: number;
  cancelled: number;
  onTime: number;
}

export interface CreditRow {
  _id: string;
  merchantId: string;
  customerId: string;
  balance: number;
  dueDate: string | null;
  entrySeq: number;
}

/** What invoices and PDF headers print; refreshed from the users subgraph when a link is made. */
export interface MerchantProfileRow {
  _id: string;
  merchantId: string;
  name: string;
  address: string | null;
  taxNumber: string | null;
  receiptFooter: string | null;
  logoUrl: string | null;
  timeZone: string;
  branches: { id: string; name: string }[];
}

/** What a report names that another subgraph owns; a courier is named after its staff account. */
export type NameKind = 'BRANCH' | 'USER' | 'CATEGORY' | 'COURIER' | 'CUSTOMER';

/**
 * A display name fetched from the owning subgraph when an export link is made (downloads have no
 * token to ask with). `_id` is `<merchantId>|<kind>|<id>`: ids of two merchants never collide.
 */
export interface NameRow {
  _id: string;
  merchantId: string;
  kind: NameKind;
  id: string;
  name: string;
  updatedAt: Date;
}

/** A consumed event, kept forever: the source every read model is rebuilt from. */
export interface EventLogRow {
  _id: string;
  merchantId: string;
  type: string;
  branchId: string | null;
  occurredAt: Date;
  payload: Record<string, unknown>;
  loggedAt: Date;
}

/**
 * The completed order as received, for invoices and receipts. Its status is not stored: it is
 * read from the order's void and refund rows when a document is printed (`orderStatus`).
 */
/** What an invoice calls an order: voided wins over refunded. */
export type OrderStatus = 'COMPLETED' | 'VOIDED' | 'REFUNDED';

export interface OrderDocRow {
  _id: string;
  merchantId: string;
  orderId: string;
  payload: Record<string, unknown>;
}
