import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

export const CUSTOMER_STATUSES = ['ACTIVE', 'ARCHIVED', 'MERGED'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

const customerSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    name: { type: String, required: true },
    /** Lower-cased name: the sort key of lists and the target of prefix search. */
    nameKey: { type: String, required: true },
    /** `nameKey` NUL id: the list order, and a cursor that is one range condition. */
    sortKey: { type: String, required: true },
    /** E.164; unique per merchant, also for archived and merged customers. */
    phone: { type: String, required: true },
    email: String,
    address: String,
    notes: String,
    tierOverride: String,
    tags: { type: [String], default: [] },
    status: { type: String, enum: CUSTOMER_STATUSES, required: true, default: 'ACTIVE' },
    mergedIntoId: String,
    creditLimit: { type: Number, required: true, default: 0 },
    createdBy: String,
  },
  { timestamps: true, versionKey: false },
);
customerSchema.index({ merchantId: 1, phone: 1 }, { unique: true });
customerSchema.index({ merchantId: 1, status: 1, sortKey: 1 });
customerSchema.index({ merchantId: 1, status: 1, nameKey: 1 });
customerSchema.plugin(tenancyPlugin);

export type CustomerDoc = InferSchemaType<typeof customerSchema> & {
  _id: string;
  status: CustomerStatus;
  createdAt: Date;
  updatedAt: Date;
};
export const customerModel = (conn: Connection) => conn.model('Customer', customerSchema, 'customers');

/**
 * Phone numbers claimed per merchant (`_id` `<merchant>|<E.164>`): how a customer is found by
 * phone (an exact get), and the guard that keeps a number to one customer (the insert that wins
 * owns it). Kept for archived and merged customers too.
 */
const phoneClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    customerId: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
phoneClaimSchema.plugin(tenancyPlugin);
export type PhoneClaimDoc = InferSchemaType<typeof phoneClaimSchema> & { _id: string };
export const phoneClaimModel = (conn: Connection) =>
  conn.model('CustomerPhone', phoneClaimSchema, 'customer_phones');
export const phoneKey = (merchantId: string, phone: string) => `${merchantId}|${phone}`;
