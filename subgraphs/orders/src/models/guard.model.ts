import { tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';
import type { FailureDoc } from './order.model';

/**
 * One-way decisions guarded by a unique `_id` (FerretDB has no atomic conditional update):
 * `order:<id>` holds whether a pending order completes or is cancelled, `shift-close:<id>` that
 * a shift was closed. The insert that wins decides; everyone else reads and follows it.
 */
export interface DecisionDoc {
  _id: string;
  merchantId: string;
  outcome: string;
  /** For a cancelled order: the typed failure every replay of its key answers. */
  failure: FailureDoc | null;
  /** For a completed order: where its number search starts, so every completer finds the same number. */
  numberFrom?: number | null;
  at: Date;
}

const decisionSchema = new Schema<DecisionDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    outcome: { type: String, required: true },
    failure: { type: Schema.Types.Mixed, default: null },
    numberFrom: { type: Number, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
decisionSchema.plugin(tenancyPlugin);

export const decisionModel = (conn: Connection) =>
  conn.model<DecisionDoc>('Decision', decisionSchema, 'decisions');

/**
 * A number given to a completed order: gap-free per (branch, business date), one per order.
 * `_id` `<merchant>|<branch>|<date>|<seq>` makes the number a claim: the insert that wins owns it.
 */
export interface OrderNumberDoc {
  _id: string;
  merchantId: string;
  branchId: string;
  businessDate: string;
  seq: number;
  orderId: string;
}

const orderNumberSchema = new Schema<OrderNumberDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String, required: true },
    businessDate: { type: String, required: true },
    seq: { type: Number, required: true },
    orderId: { type: String, required: true },
  },
  { versionKey: false },
);
// Numbers taken before they were keyed by `_id` still hold their place and their order.
orderNumberSchema.index({ merchantId: 1, branchId: 1, businessDate: 1, seq: 1 }, { unique: true });
orderNumberSchema.index({ merchantId: 1, orderId: 1 }, { unique: true });
orderNumberSchema.plugin(tenancyPlugin);

export const orderNumberModel = (conn: Connection) =>
  conn.model<OrderNumberDoc>('OrderNumber', orderNumberSchema, 'order_numbers');

/** The highest number known taken of a branch and day, `_id` `<merchant>|<branch>|<date>`: a hint, never the truth. */
export interface OrderNumberHintDoc {
  _id: string;
  merchantId: string;
  seq: number;
}

const orderNumberHintSchema = new Schema<OrderNumberHintDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    seq: { type: Number, required: true },
  },
  { versionKey: false },
);
orderNumberHintSchema.plugin(tenancyPlugin);

export const orderNumberHintModel = (conn: Connection) =>
  conn.model<OrderNumberHintDoc>('OrderNumberHint', orderNumberHintSchema, 'order_number_hints');

/**
 * The idempotency claim of a checkout or offline sale: `_id` `<merchant>|<device>|<key>`, holding
 * the order it started. Inserted before the order; the insert that wins owns the checkout and
 * every replay of the key finds its order by two exact reads.
 */
export interface CheckoutKeyDoc {
  _id: string;
  merchantId: string;
  orderId: string;
  requestHash: string;
  at: Date;
}

const checkoutKeySchema = new Schema<CheckoutKeyDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    orderId: { type: String, required: true },
    requestHash: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
checkoutKeySchema.plugin(tenancyPlugin);

export const checkoutKeyModel = (conn: Connection) =>
  conn.model<CheckoutKeyDoc>('CheckoutKey', checkoutKeySchema, 'checkout_keys');
