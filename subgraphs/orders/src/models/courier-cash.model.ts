import { type OutboxFields, outboxPlugin, tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';

/**
 * Cash couriers hold: a keyed ledger per (merchant, branch, courier), entry `n` keyed
 * `<merchant>|<branch>|<courier>#<n>`. Cash collected on delivery adds to the balance (one entry
 * per delivery, key `cod:<deliveryId>`); a hand-over to a shift takes all of it (key
 * `handover:<client key>`), recording what was counted and the variance. A hand-over asked of a
 * courier who holds nothing is an entry too (NOTHING, no change), so its key replays the same.
 */
export interface CourierCashEntryDoc extends Partial<OutboxFields> {
  _id: string;
  merchantId: string;
  branchId: string;
  courierId: string;
  seq: number;
  key: string;
  latest: boolean;
  kind: 'COLLECTED' | 'HANDED_OVER' | 'NOTHING';
  change: number;
  balance: number;
  /** COLLECTED: the delivery and its order. */
  deliveryId?: string | null;
  orderId?: string | null;
  /** HANDED_OVER (and NOTHING): the hand-over's public id, the shift whose drawer took the cash, and the count. */
  handoverId?: string | null;
  shiftId?: string | null;
  expected?: number | null;
  counted?: number | null;
  variance?: number | null;
  /** HANDED_OVER: the deliveries whose cash it settles. */
  deliveryIds?: string[];
  note?: string | null;
  /** HANDED_OVER and NOTHING: the request, to tell a replay from a reuse of the key. */
  requestHash?: string | null;
  recordedBy: string;
  businessDate: string;
  at: Date;
}

const courierCashSchema = new Schema<CourierCashEntryDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String, required: true },
    courierId: { type: String, required: true },
    seq: { type: Number, required: true },
    key: { type: String, required: true },
    latest: { type: Boolean, required: true },
    kind: { type: String, enum: ['COLLECTED', 'HANDED_OVER', 'NOTHING'], required: true },
    change: { type: Number, required: true },
    balance: { type: Number, required: true },
    deliveryId: { type: String, default: null },
    orderId: { type: String, default: null },
    handoverId: { type: String, default: null },
    shiftId: { type: String, default: null },
    expected: { type: Number, default: null },
    counted: { type: Number, default: null },
    variance: { type: Number, default: null },
    deliveryIds: { type: [String], default: [] },
    note: { type: String, default: null },
    requestHash: { type: String, default: null },
    recordedBy: { type: String, required: true },
    businessDate: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
// The key guard of the keyed ledger: one entry per delivery collected and per hand-over key.
courierCashSchema.index({ merchantId: 1, key: 1 }, { unique: true });
// A shift's hand-overs (its figures), and the couriers of a branch holding cash: reads off the hot path.
courierCashSchema.index({ merchantId: 1, shiftId: 1 });
courierCashSchema.index({ merchantId: 1, branchId: 1, latest: 1 });
courierCashSchema.plugin(tenancyPlugin);
courierCashSchema.plugin(outboxPlugin);

export const courierCashModel = (conn: Connection) =>
  conn.model<CourierCashEntryDoc>('CourierCashEntry', courierCashSchema, 'courier_cash_entries');
