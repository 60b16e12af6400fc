import { type DomainEvent, outboxPlugin, tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

export const STOCK_REASONS = [
  'SALE',
  'REFUND',
  'VOID',
  'RELEASE',
  'ADJUSTMENT',
  'RECEIVE',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'COUNT',
] as const;
export type StockReason = (typeof STOCK_REASONS)[number];

/** Which part of a stock operation wrote an entry: what it took, gave, gave back, or counted. */
export type OpPhase = 'take' | 'give' | 'undo' | 'count';

/**
 * The stock ledger: one stream per (merchant, product, branch), append-only. The unique
 * (stream, seq) index serialises writers (the insert that wins owns the change) and the unique
 * (merchant, key) index makes every operation line happen once (see kit `appendKeyedEntry`).
 */
const stockEntrySchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    productId: { type: String, required: true },
    branchId: { type: String, required: true },
    seq: { type: Number, required: true },
    change: { type: Number, required: true },
    balance: { type: Number, required: true },
    key: { type: String, required: true },
    latest: { type: Boolean, required: true },
    opId: { type: String, required: true },
    opPhase: { type: String, enum: ['take', 'give', 'undo', 'count'], required: true },
    reason: { type: String, enum: STOCK_REASONS, required: true },
    actorId: String,
    deviceId: String,
    reference: String,
    orderId: String,
    note: String,
    counted: Number,
    unitCost: Number,
    at: { type: Date, required: true },
  },
  { timestamps: { createdAt: 'recordedAt', updatedAt: false }, versionKey: false },
);
stockEntrySchema.index({ merchantId: 1, productId: 1, branchId: 1, seq: 1 }, { unique: true });
stockEntrySchema.index({ merchantId: 1, key: 1 }, { unique: true });
stockEntrySchema.index({ merchantId: 1, branchId: 1, latest: 1 });
stockEntrySchema.index({ merchantId: 1, productId: 1, latest: 1 });
stockEntrySchema.index({ merchantId: 1, opId: 1 });
stockEntrySchema.index({ merchantId: 1, orderId: 1 });
stockEntrySchema.index({ merchantId: 1, recordedAt: -1 });
stockEntrySchema.plugin(tenancyPlugin);
stockEntrySchema.plugin(outboxPlugin);

/** The stored shape as mongoose infers it (the model's type parameter). */
export type StockEntryRaw = InferSchemaType<typeof stockEntrySchema>;

export interface StockEntryDoc {
  _id: string;
  merchantId: string;
  productId: string;
  branchId: string;
  seq: number;
  change: number;
  balance: number;
  key: string;
  latest: boolean;
  opId: string;
  opPhase: OpPhase;
  reason: StockReason;
  actorId?: string | null;
  deviceId?: string | null;
  reference?: string | null;
  orderId?: string | null;
  note?: string | null;
  counted?: number | null;
  unitCost?: number | null;
  at: Date;
  recordedAt?: Date;
  outbox?: DomainEvent[];
}

export const stockEntryModel = (conn: Connection) =>
  conn.model('StockEntry', stockEntrySchema, 'stock_entries');
