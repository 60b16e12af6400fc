import type { DeliveryRequest, OutboxFields, PaymentMethod, PaymentRecord, SoldLine } from '@pos/kit';
import { outboxPlugin, tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';
import type { CheckoutFailure } from '../services/failures';

export type OrderStatus = 'PENDING' | 'COMPLETED' | 'CANCELLED' | 'VOIDED';
export type RefundStatus = 'NONE' | 'PARTIAL' | 'FULL';

/** A sold line as stored: the event's `SoldLine` plus what refunds and audits need. */
export interface OrderLineDoc extends SoldLine {
  refundedQuantity: number;
  priceOverridden: boolean;
}

export interface OrderTotalsDoc {
  gross: number;
  lineDiscount: number;
  orderDiscount: number;
  tax: number;
  deliveryFee: number;
  total: number;
  rounding: number;
  payable: number;
  paid: number;
  change: number;
  netRevenue: number;
  cost: number;
}

export interface RefundDoc {
  id: string;
  amount: number;
  /** REFUNDED once the money went back; PENDING/FAILED only for refunds through the provider. */
  status: 'PENDING' | 'REFUNDED' | 'FAILED';
  method: PaymentMethod;
  reason: string;
  refundedBy: string;
  createdAt: Date;
  lines: { lineId: string; quantity: number; amount: number; restocked: boolean }[];
}

/** A saga step that ran; compensated ones are marked so the recovery job never repeats them. */
export interface SagaStepDoc {
  name: string;
  state: 'DONE' | 'COMPENSATED';
}

/**
 * A payment of an offline sale that customers refused when the sale was synced (points short,
 * credit limit reached, customer unknown). The sale stands; the amount is owed and left for review.
 */
export interface UnsettledPaymentDoc {
  method: PaymentMethod;
  amount: number;
  points: number | null;
  code: string;
  reason: string;
}

/** What the till shows for a payment charged through the provider: the QR or the wallet link, and the deadline. */
export interface ChargeDisplayDoc {
  qrString: string | null;
  qrImageUrl: string | null;
  deeplinkUrl: string | null;
  expiresAt: Date;
}

/** A payment as the order stores it: the event's record plus what the till displays. */
export interface OrderPaymentDoc extends PaymentRecord {
  display?: ChargeDisplayDoc;
}

/** The typed failure a cancelled checkout answered, returned again to replays of its key. */
export type FailureDoc = CheckoutFailure;

export interface OrderDoc extends OutboxFields {
  _id: string;
  merchantId: string;
  branchId: string;
  /** Copied at checkout so the recovery job can number the order without asking users. */
  branchCode: string;
  cashierId: string;
  deviceId: string;
  shiftId: string | null;
  customerId: string | null;
  channel: 'COUNTER' | 'ONLINE';
  /** Online: the client's key; offline: `offline:<clientId>`. Unique per merchant and device. */
  idempotencyKey: string;
  /** Hash of the request body, to tell a replay from a reuse of the key. */
  requestHash: string;
  offline: boolean;
  clientId: string | null;
  status: OrderStatus;
  number: string | null;
  businessDate: string;
  occurredAt: Date;
  completedAt: Date | null;
  lines: OrderLineDoc[];
  payments: OrderPaymentDoc[];
  /**
   * Set while the order waits for the customer to pay a provider charge (its steps are done, its
   * stock held): when the charge expires. Null or absent otherwise.
   */
  awaitingPaymentUntil?: Date | null;
  /** Offline sales only; absent on orders written before it existed. */
  unsettled?: UnsettledPaymentDoc[];
  totals: OrderTotalsDoc;
  delivery: DeliveryRequest | null;
  note: string | null;
  saga: { steps: SagaStepDoc[]; leaseUntil: Date; attempts: number; lastError: string | null };
  failure: FailureDoc | null;
  cancelReason: string | null;
  refundStatus: RefundStatus;
  refundedAmount: number;
  refunds: RefundDoc[];
  voidedAt: Date | null;
  voidedBy: string | null;
  voidReason: string | null;
  createdAt?: Date;
}

const mixed = { type: Schema.Types.Mixed };

const orderSchema = new Schema<OrderDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String, required: true },
    branchCode: { type: String, required: true },
    cashierId: { type: String, required: true },
    deviceId: { type: String, required: true },
    shiftId: { type: String, default: null },
    customerId: { type: String, default: null },
    channel: { type: String, enum: ['COUNTER', 'ONLINE'], required: true },
    idempotencyKey: { type: String, required: true },
    requestHash: { type: String, required: true },
    offline: { type: Boolean, required: true },
    clientId: { type: String, default: null },
    status: { type: String, enum: ['PENDING', 'COMPLETED', 'CANCELLED', 'VOIDED'], required: true },
    number: { type: String, default: null },
    businessDate: { type: String, required: true },
    occurredAt: { type: Date, required: true },
    completedAt: { type: Date, default: null },
    // Lines, payments and totals are written once, whole, from computed values: Mixed keeps the
    // stored shape exactly the event contract's, without a second schema to keep in step.
    lines: { type: [mixed], default: [] },
    payments: { type: [mixed], default: [] },
    awaitingPaymentUntil: { type: Date, default: null },
    unsettled: { type: [mixed], default: [] },
    totals: { ...mixed, required: true },
    delivery: { ...mixed, default: null },
    note: { type: String, default: null },
    saga: {
      steps: { type: [mixed], default: [] },
      leaseUntil: { type: Date, required: true },
      attempts: { type: Number, default: 0 },
      lastError: { type: String, default: null },
    },
    failure: { ...mixed, default: null },
    cancelReason: { type: String, default: null },
    refundStatus: { type: String, enum: ['NONE', 'PARTIAL', 'FULL'], default: 'NONE' },
    refundedAmount: { type: Number, default: 0 },
    refunds: { type: [mixed], default: [] },
    voidedAt: { type: Date, default: null },
    voidedBy: { type: String, default: null },
    voidReason: { type: String, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
// The idempotency guard: the insert that wins owns the checkout; a replay gets E11000.
orderSchema.index({ merchantId: 1, deviceId: 1, idempotencyKey: 1 }, { unique: true });
orderSchema.index({ merchantId: 1, number: 1 });
orderSchema.index({ merchantId: 1, branchId: 1, businessDate: -1 });
orderSchema.index({ merchantId: 1, customerId: 1, occurredAt: -1 });
orderSchema.index({ merchantId: 1, shiftId: 1 });
orderSchema.index({ merchantId: 1, occurredAt: -1, _id: -1 });
// The recovery job's scan.
orderSchema.index({ status: 1, 'saga.leaseUntil': 1 });
orderSchema.plugin(tenancyPlugin);
orderSchema.plugin(outboxPlugin);

export const orderModel = (conn: Connection) => conn.model<OrderDoc>('Order', orderSchema, 'orders');
