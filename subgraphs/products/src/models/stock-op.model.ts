import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

export const STOCK_OP_KINDS = ['RESERVE', 'RETURN', 'RECEIVE', 'ADJUST', 'COUNT', 'TRANSFER'] as const;
export type StockOpKind = (typeof STOCK_OP_KINDS)[number];

/**
 * A stock operation as requested. `_id` is `<merchantId>|order|<orderId>|<step>` for the orders
 * saga steps and `<merchantId>|manual|<key>` for back-office operations, so a retry finds it.
 */
const stockOpSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    kind: { type: String, enum: STOCK_OP_KINDS, required: true },
    /** A digest of the request: the same id with another body is refused. */
    hash: { type: String, required: true },
    branchId: { type: String, required: true },
    toBranchId: String,
    /** Base units per product; what a recovery job needs to finish the operation. */
    lines: { type: [new Schema({ productId: String, quantity: Number }, { _id: false })], default: [] },
    /** Set when every phase has run (a transfer's TRANSFER_IN entries too); the recovery job skips it. */
    completedAt: Date,
  },
  { timestamps: true, versionKey: false },
);
stockOpSchema.index({ kind: 1, completedAt: 1, createdAt: 1 });
stockOpSchema.plugin(tenancyPlugin);

export type StockOpDoc = Omit<InferSchemaType<typeof stockOpSchema>, 'lines'> & {
  _id: string;
  kind: StockOpKind;
  lines: { productId: string; quantity: number }[];
  createdAt: Date;
};
export const stockOpModel = (conn: Connection) => conn.model('StockOp', stockOpSchema, 'stock_ops');

export const OUTCOMES = ['APPLIED', 'REFUSED', 'RELEASED'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const shortLineSchema = new Schema(
  { productId: String, requested: Number, available: Number },
  { _id: false },
);

/**
 * How an operation ended, decided once: `_id` is the operation's id, so the first insert wins.
 * A release arriving before its reservation inserts RELEASED, and the late reservation then takes
 * nothing; a reservation that loses to it gives back what it took.
 */
const stockOpOutcomeSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    outcome: { type: String, enum: OUTCOMES, required: true },
    short: { type: [shortLineSchema], default: [] },
    /** An APPLIED reservation given back later by `releaseStock`. */
    releasedAt: Date,
  },
  { timestamps: true, versionKey: false },
);
stockOpOutcomeSchema.plugin(tenancyPlugin);

export interface ShortLine {
  productId: string;
  requested: number;
  available: number;
}
export interface StockOpOutcomeDoc {
  _id: string;
  merchantId: string;
  outcome: Outcome;
  short: ShortLine[];
  releasedAt?: Date | null;
}
export const stockOpOutcomeModel = (conn: Connection) =>
  conn.model('StockOpOutcome', stockOpOutcomeSchema, 'stock_op_outcomes');
