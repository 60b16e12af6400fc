import { tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';

/** Kinds shown to people. */
export const POINTS_KINDS = [
  'EARN',
  'EARN_REVERSAL',
  'REDEEM',
  'REDEEM_REVERSAL',
  'ADJUSTMENT',
  'MERGE',
] as const;
/**
 * Kinds that only record a saga step's outcome (no change), so a replay answers as the first
 * call did: a refused redemption, or one compensated before it ever arrived.
 */
export const POINTS_MARKERS = ['REDEEM_REFUSED', 'REDEEM_CANCELLED'] as const;
export type PointsKind = (typeof POINTS_KINDS)[number] | (typeof POINTS_MARKERS)[number];

/** A customer's points, append-only: one stream per customer, every change keyed. */
export interface PointsEntryDoc {
  _id: string;
  merchantId: string;
  customerId: string;
  seq: number;
  key: string;
  latest: boolean;
  kind: PointsKind;
  change: number;
  balance: number;
  orderId?: string | null;
  branchId?: string | null;
  /** EARN: the earnable total; EARN_REVERSAL: the earnable part refunded. */
  base?: number | null;
  /** REDEEM: what the points paid. */
  value?: number | null;
  reason?: string | null;
  recordedBy?: string | null;
  at: Date;
}

const pointsEntrySchema = new Schema<PointsEntryDoc>(
  {
    /** `<stream>#<seq>`: entries are read by exact key (see the kit's ledger). */
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    customerId: { type: String, required: true },
    seq: { type: Number, required: true },
    key: { type: String, required: true },
    latest: { type: Boolean, required: true },
    kind: { type: String, enum: [...POINTS_KINDS, ...POINTS_MARKERS], required: true },
    change: { type: Number, required: true },
    balance: { type: Number, required: true },
    orderId: String,
    branchId: String,
    base: Number,
    value: Number,
    reason: String,
    recordedBy: String,
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
pointsEntrySchema.index({ merchantId: 1, customerId: 1, seq: 1 }, { unique: true });
pointsEntrySchema.index({ merchantId: 1, key: 1 }, { unique: true });
pointsEntrySchema.index({ merchantId: 1, customerId: 1, latest: 1 });
pointsEntrySchema.index({ merchantId: 1, orderId: 1 });
pointsEntrySchema.plugin(tenancyPlugin);

export const pointsEntryModel = (conn: Connection) =>
  conn.model<PointsEntryDoc>('PointsEntry', pointsEntrySchema, 'points_entries');
