import type { PaymentMethod } from '@pos/kit';
import { outboxPlugin, tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';

export interface AdjustmentLine {
  lineId: string;
  quantity: number;
  amount: number;
  restocked: boolean;
}

/**
 * A refund paid back through the payment provider (the order was paid by a provider charge).
 * PENDING until the provider answers; REFUNDED once it confirmed (only then is the refund event
 * published and the stock returned); FAILED when it refused for good, and then a
 * REFUND_REVERSAL entry takes the amount and quantities back out of the ledger.
 */
export interface ProviderRefundDoc {
  paymentId: string;
  chargeId: string;
  status: 'PENDING' | 'REFUNDED' | 'FAILED';
  message: string | null;
  confirmedAt: Date | null;
  /** Business date the refund was recorded on, for its event. */
  businessDate: string;
}

/**
 * The money-out ledger of one order: voids and refunds as entries with a per-order sequence.
 * `balance` is the cumulative amount given back and `refunded` the cumulative quantity per
 * line, so "never more than paid minus earlier refunds" is decided on the head entry and made
 * safe by the unique (order, seq) insert, also under concurrent refunds.
 */
export interface AdjustmentDoc {
  _id: string;
  merchantId: string;
  orderId: string;
  seq: number;
  kind: 'VOID' | 'REFUND' | 'REFUND_REVERSAL';
  /** `void` or `refund:<client key>`; unique per order, so a replay finds the first entry. */
  key: string;
  requestHash: string;
  amount: number;
  balance: number;
  refunded: { lineId: string; quantity: number; amount: number }[];
  lines: AdjustmentLine[];
  method: PaymentMethod;
  reason: string;
  by: string;
  shiftId: string | null;
  at: Date;
  /** False until stock was returned and the order updated; the recovery job finishes it. */
  applied: boolean;
  /** Set on a refund through the payment provider. */
  provider?: ProviderRefundDoc | null;
  /** Cumulative amount refunded through the provider (pending ones included, reversed ones not). */
  providerRefunded?: number;
}

const adjustmentSchema = new Schema<AdjustmentDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    orderId: { type: String, required: true },
    seq: { type: Number, required: true },
    kind: { type: String, enum: ['VOID', 'REFUND', 'REFUND_REVERSAL'], required: true },
    key: { type: String, required: true },
    requestHash: { type: String, required: true },
    amount: { type: Number, required: true },
    balance: { type: Number, required: true },
    refunded: { type: [{ type: Schema.Types.Mixed }], default: [] },
    lines: { type: [{ type: Schema.Types.Mixed }], default: [] },
    method: { type: String, required: true },
    reason: { type: String, required: true },
    by: { type: String, required: true },
    shiftId: { type: String, default: null },
    at: { type: Date, required: true },
    applied: { type: Boolean, default: false },
    provider: { type: Schema.Types.Mixed, default: null },
    providerRefunded: { type: Number, default: 0 },
  },
  { versionKey: false, minimize: false },
);
adjustmentSchema.index({ merchantId: 1, orderId: 1, seq: 1 }, { unique: true });
adjustmentSchema.index({ merchantId: 1, orderId: 1, key: 1 }, { unique: true });
adjustmentSchema.index({ merchantId: 1, shiftId: 1 });
adjustmentSchema.index({ applied: 1, at: 1 });
adjustmentSchema.plugin(tenancyPlugin);
// The refund/void event is stored in the entry: the entry is the state change.
adjustmentSchema.plugin(outboxPlugin);

export const adjustmentModel = (conn: Connection) =>
  conn.model<AdjustmentDoc>('Adjustment', adjustmentSchema, 'order_adjustments');
