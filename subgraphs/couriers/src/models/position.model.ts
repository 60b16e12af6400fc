import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** One position fix as stored (and as published live). */
export const positionFields = {
  lat: { type: Number, required: true },
  lng: { type: Number, required: true },
  accuracy: { type: Number },
  heading: { type: Number },
  speed: { type: Number },
  recordedAt: { type: Date, required: true },
};

/**
 * The trail of a delivery: positions sent while carrying it out, an append-only stream whose
 * point `seq` has `_id` `<merchantId>|<deliveryId>#<seq>` (kit ledger keys), so appending,
 * pruning and reading the latest points are exact-key operations. Only the last `maxTrail`
 * points are kept.
 */
const trailSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    deliveryId: { type: String, required: true },
    courierId: { type: String, required: true },
    seq: { type: Number },
    ...positionFields,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
trailSchema.plugin(tenancyPlugin);

export type TrailPointDoc = InferSchemaType<typeof trailSchema> & { _id: string };
export const trailModel = (conn: Connection) => conn.model('TrailPoint', trailSchema, 'delivery_trails');
