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
  at: Date;
}

const decisionSchema = new Schema<DecisionDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    outcome: { type: String, required: true },
    failure: { type: Schema.Types.Mixed, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
decisionSchema.plugin(tenancyPlugin);

export const decisionModel = (conn: Connection) =>
  conn.model<DecisionDoc>('Decision', decisionSchema, 'decisions');

/** A number given to a completed order: gap-free per (branch, business date), one per order. */
export interface OrderNumberDoc {
  merchantId: string;
  branchId: string;
  businessDate: string;
  seq: number;
  orderId: string;
}

const orderNumberSchema = new Schema<OrderNumberDoc>(
  {
    merchantId: { type: String, required: true },
    branchId: { type: String, required: true },
    businessDate: { type: String, required: true },
    seq: { type: Number, required: true },
    orderId: { type: String, required: true },
  },
  { versionKey: false },
);
orderNumberSchema.index({ merchantId: 1, branchId: 1, businessDate: 1, seq: 1 }, { unique: true });
// An order never takes two numbers, even when the request and the recovery job both complete it.
orderNumberSchema.index({ merchantId: 1, orderId: 1 }, { unique: true });
orderNumberSchema.plugin(tenancyPlugin);

export const orderNumberModel = (conn: Connection) =>
  conn.model<OrderNumberDoc>('OrderNumber', orderNumberSchema, 'order_numbers');
