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

/**
 * A staff account's claim on its one courier profile, `_id` `<merchantId>|<userId>`: how the
 * signed-in courier's profile is found by exact key (the profile's own unique index on
 * merchant and user would be answered by reading every courier).
 */
const courierAccountSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    userId: { type: String, required: true },
    courierId: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
courierAccountSchema.plugin(tenancyPlugin);

export type CourierAccountDoc = InferSchemaType<typeof courierAccountSchema> & { _id: string };
export const courierAccountId = (merchantId: string, userId: string) => `${merchantId}|${userId}`;
export const courierAccountModel = (conn: Connection) =>
  conn.model('CourierAccount', courierAccountSchema, 'courier_accounts');
