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

/** The trail of a delivery: positions sent while carrying it out, pruned to a bounded length. */
const trailSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    deliveryId: { type: String, required: true },
    courierId: { type: String, required: true },
    ...positionFields,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
trailSchema.index({ merchantId: 1, deliveryId: 1, recordedAt: -1 });
trailSchema.plugin(tenancyPlugin);

export type TrailPointDoc = InferSchemaType<typeof trailSchema> & { _id: string };
export const trailModel = (conn: Connection) => conn.model('TrailPoint', trailSchema, 'delivery_trails');
