/**
 * Payloads of the events subgraphs publish to each other. Producers and consumers build
 * against these types; a change here is a change of a public contract between services.
 * Money is in minor units (integers); quantities of stock are in the product's base unit.
 */

export const EventTypes = {
  OrderCompleted: 'orders.order-completed',
  OrderVoided: 'orders.order-voided',
  OrderRefunded: 'orders.order-refunded',
  ShiftClosed: 'orders.shift-closed',
  CashMovement: 'orders.cash-movement',
  PaymentRecorded: 'orders.payment-recorded',
  CourierCashHandedOver: 'orders.courier-cash-handed-over',
  StockLow: 'products.stock-low',
  StockNegative: 'products.stock-negative',
  DeliveryStatusChanged: 'couriers.delivery-status-changed',
  CustomerCreditChanged: 'customers.credit-changed',
  StaffAdvanceChanged: 'users.staff-advance-changed',
  ExpenseRecorded: 'reports.expense-recorded',
  CashBookCorrected: 'reports.cash-book-corrected',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

export type PaymentMethod =
  | 'CASH'
  | 'QRIS'
  | 'EWALLET'
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CUSTOMER_CREDIT'
  | 'POINTS';

/** One sold line, with everything reports need stored at sale time. */
export interface SoldLine {
  lineId: string;
  productId: string;
  sku: string;
  name: string;
  categoryId: string | null;
  unitName: string;
  /** Units of `unitName` sold. */
  quantity: number;
  /** Base units taken from stock (quantity x unit conversion). */
  baseQuantity: number;
  unitPrice: number;
  /** quantity x unitPrice, before any discount. */
  gross: number;
  lineDiscount: number;
  /** This line's share of the order discount (spread pro rata). */
  orderDiscount: number;
  /** Tax included in or added to this line (0 when tax is off). */
  tax: number;
  /** What the customer pays for the line: gross - discounts (+ tax when prices exclude tax). */
  total: number;
  /** Revenue excluding tax: total - tax when tax is included, else gross - discounts. */
  netRevenue: number;
  /** Cost of goods at sale time: baseQuantity x cost per base unit. */
  cost: number;
}

/**
 * Where a payment stands. Cash, points, customer credit and payments the cashier records with a
 * reference are PAID at the till. A payment charged through the payment provider is PENDING until
 * the provider confirms it, then PAID; EXPIRED or FAILED when it never was (the sale is then
 * cancelled, and no completed-order event is ever published for it); REFUNDED once the provider
 * confirmed that all of it went back.
 */
export type PaymentStatus = 'PENDING' | 'PAID' | 'EXPIRED' | 'FAILED' | 'REFUNDED';

/**
 * A payment taken through the payment provider (QRIS or an e-wallet charged by the provider,
 * as opposed to a reference the cashier typed). The money does not go into the drawer: it lands in
 * the provider account named by `account`, which pays it out later.
 */
export interface ProviderPaymentRef {
  /** `MIDTRANS`. */
  provider: string;
  /** Our id of the charge at the provider (Midtrans `order_id`); equals the payment's `paymentId`. */
  chargeId: string;
  /**
   * Whose provider account holds the money: `PLATFORM` (the platform's account, which owes the
   * merchant a payout) or `MERCHANT` (the merchant's own account at the provider).
   */
  account: 'PLATFORM' | 'MERCHANT';
  /** How the customer paid: `QRIS`, `GOPAY` or `SHOPEEPAY`. */
  channel: string;
  /** The provider's transaction id, once known. */
  transactionId: string | null;
}

export interface PaymentRecord {
  paymentId: string;
  method: PaymentMethod;
  amount: number;
  /** Cash only: what the customer handed over and what went back. */
  tendered?: number;
  change?: number;
  reference?: string;
  /** CUSTOMER_CREDIT and POINTS: the customer charged. */
  customerId?: string;
  /** POINTS: points redeemed for `amount`. */
  points?: number;
  /** Cash a courier collected on delivery: the delivery, and the courier who holds the cash until the hand-over. */
  deliveryId?: string;
  courierId?: string | null;
  /**
   * PAID on every payment of a completed, voided or refunded order (absent on events published
   * before payments had a status: read absent as PAID).
   */
  status?: PaymentStatus;
  /**
   * When the money was confirmed (ISO-8601): the sale's time for payments taken at the till, the
   * provider's settlement time for a provider payment. Cash books date the movement by it.
   */
  paidAt?: string;
  /** Set when the payment went through the payment provider (see `ProviderPaymentRef`). */
  provider?: ProviderPaymentRef;
}

export interface DeliveryRequest {
  address: string;
  contactName: string;
  contactPhone: string;
  promisedAt: string | null;
  fee: number;
  /** Amount the courier collects on delivery (0 when paid). */
  cashOnDelivery: number;
  note?: string;
}

/**
 * `orders.order-completed`: a sale is final and every payment of it is PAID. A sale paid through
 * the payment provider completes when the provider confirms the payment (not at checkout), so
 * `completedAt` is then the confirmation's time and each provider payment carries its `paidAt`;
 * `businessDate` stays the day of the sale.
 */
export interface OrderCompletedPayload {
  orderId: string;
  number: string;
  branchId: string;
  cashierId: string;
  shiftId: string | null;
  customerId: string | null;
  channel: 'COUNTER' | 'ONLINE';
  /** Business date in the merchant's time zone, YYYY-MM-DD; plus derived month/year for reports. */
  businessDate: string;
  month: string;
  year: string;
  completedAt: string;
  offline: boolean;
  lines: SoldLine[];
  payments: PaymentRecord[];
  totals: {
    gross: number;
    lineDiscount: number;
    orderDiscount: number;
    tax: number;
    /** Cash rounding adjustment (may be negative). */
    rounding: number;
    deliveryFee: number;
    total: number;
    netRevenue: number;
    cost: number;
  };
  delivery: DeliveryRequest | null;
}

export interface OrderVoidedPayload {
  orderId: string;
  number: string;
  branchId: string;
  cashierId: string;
  voidedBy: string;
  customerId: string | null;
  businessDate: string;
  /** Date of the original sale, so reports reverse it on the right day. */
  saleBusinessDate: string;
  voidedAt: string;
  reason: string;
  lines: SoldLine[];
  payments: PaymentRecord[];
  totals: OrderCompletedPayload['totals'];
}

export interface RefundedLine {
  lineId: string;
  productId: string;
  baseQuantity: number;
  quantity: number;
  /** Money returned for this line, tax included where it was. */
  amount: number;
  tax: number;
  netRevenue: number;
  cost: number;
  restocked: boolean;
}

/**
 * `orders.order-refunded`: money went back to the customer. `payments` holds one record: the
 * refund's method and amount; a refund through the payment provider carries `provider` (the charge
 * it was taken from) and is published only once the provider confirmed it (`status` REFUNDED,
 * `paidAt` the confirmation's time). Cash and other refunds are published when recorded.
 */
export interface OrderRefundedPayload {
  refundId: string;
  orderId: string;
  number: string;
  branchId: string;
  cashierId: string;
  refundedBy: string;
  customerId: string | null;
  businessDate: string;
  saleBusinessDate: string;
  refundedAt: string;
  reason: string;
  lines: RefundedLine[];
  payments: PaymentRecord[];
  amount: number;
}

export interface ShiftClosedPayload {
  shiftId: string;
  branchId: string;
  cashierId: string;
  deviceId: string;
  openedBy: string;
  closedBy: string;
  openedAt: string;
  closedAt: string;
  businessDate: string;
  openingFloat: number;
  cashSales: number;
  cashRefunds: number;
  cashIn: number;
  cashOut: number;
  /** Cash couriers handed over into this drawer (counted); absent in events of older versions. */
  courierCash?: number;
  expected: number;
  counted: number;
  variance: number;
}

/**
 * A payment applied to a completed order after checkout: cash a courier collected on delivery.
 * Sales reports count it with its sale (`saleBusinessDate`); the cash book on the day the money
 * was taken (`businessDate`).
 */
export interface PaymentRecordedPayload {
  orderId: string;
  number: string;
  branchId: string;
  cashierId: string;
  customerId: string | null;
  /** Business date the money was taken, in the merchant's time zone. */
  businessDate: string;
  saleBusinessDate: string;
  at: string;
  payment: PaymentRecord;
  source: 'CASH_ON_DELIVERY';
}

/**
 * A courier handed the cash collected on delivery to a cashier or supervisor, who counted it into
 * the drawer of their open shift. `expected` is everything the courier held at the branch.
 */
export interface CourierCashHandedOverPayload {
  handoverId: string;
  shiftId: string;
  branchId: string;
  courierId: string;
  expected: number;
  counted: number;
  /** counted - expected. */
  variance: number;
  /** The deliveries whose cash this hand-over settles. */
  deliveryIds: string[];
  recordedBy: string;
  businessDate: string;
  at: string;
}

export interface CashMovementPayload {
  movementId: string;
  shiftId: string;
  branchId: string;
  kind: 'IN' | 'OUT';
  amount: number;
  reason: string;
  /** Set when the cash out pays an expense: reports books it under this category. */
  expenseCategory?: string;
  recordedBy: string;
  businessDate: string;
  at: string;
}

export interface StockLowPayload {
  productId: string;
  branchId: string;
  sku: string;
  name: string;
  balance: number;
  threshold: number;
  entrySeq: number;
  at: string;
}

export interface DeliveryStatusChangedPayload {
  deliveryId: string;
  orderId: string;
  branchId: string;
  courierId: string | null;
  from: string | null;
  to: 'READY' | 'DELIVERING' | 'DONE' | 'CANCELLED';
  at: string;
  promisedAt: string | null;
  /** Minutes from DELIVERING to DONE, when `to` is DONE. */
  deliveryMinutes: number | null;
  late: boolean;
  cashCollected: number;
}

export interface CustomerCreditChangedPayload {
  customerId: string;
  entrySeq: number;
  kind: 'CHARGE' | 'REPAYMENT' | 'REVERSAL';
  change: number;
  balance: number;
  dueDate: string | null;
  at: string;
  /** REPAYMENT: how it was paid, and where (the event's `branchId` too); absent from older events. */
  method?: 'CASH' | 'TRANSFER' | null;
  branchId?: string | null;
  /** Business date of the entry in the merchant's time zone. */
  businessDate?: string;
  recordedBy?: string | null;
}

/**
 * A staff cash advance (employee kasbon) paid out, or paid back. Money moves from or to the
 * branch named (CASH: its cash; TRANSFER: the bank); a repayment by PAYROLL deduction moves none.
 */
export interface StaffAdvanceChangedPayload {
  userId: string;
  entrySeq: number;
  kind: 'ADVANCE' | 'REPAYMENT';
  /** Positive for an advance, negative for a repayment. */
  change: number;
  balance: number;
  method: 'CASH' | 'TRANSFER' | 'PAYROLL';
  branchId: string | null;
  /** Business date in the merchant's time zone. */
  businessDate: string;
  recordedBy: string;
  at: string;
}
