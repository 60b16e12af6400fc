import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';
import { positionFields } from './position.model';

export const VEHICLES = ['MOTORBIKE', 'CAR', 'BICYCLE', 'ON_FOOT'] as const;

const courierSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String, required: true },
    userId: { type: String, required: true },
    phone: { type: String },
    vehicle: { type: String, enum: VEHICLES, required: true },
    plateNumber: { type: String },
    active: { type: Boolean, required: true, default: true },
    // Last writer wins: a stale fix overwriting a newer one is corrected by the next one seconds later.
    lastPosition: { type: new Schema(positionFields, { _id: false }), required: false },
  },
  { timestamps: true, versionKey: false },
);
// One courier profile per staff account.
courierSchema.index({ merchantId: 1, userId: 1 }, { unique: true });
courierSchema.index({ merchantId: 1, branchId: 1 });
courierSchema.plugin(tenancyPlugin);

export type CourierDoc = InferSchemaType<typeof courierSchema> & { _id: string };
export const courierModel = (conn: Connection) => conn.model('Courier', courierSchema, 'couriers');
