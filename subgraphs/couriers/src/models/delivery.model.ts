import { outboxPlugin, tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

export const DELIVERY_STATUSES = ['READY', 'DELIVERING', 'DONE', 'CANCELLED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const CHANGE_KINDS = ['CREATED', 'ASSIGNED', 'STARTED', 'COMPLETED', 'CANCELLED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The current state of a delivery: a projection of its change log (`delivery_changes`), written
 * only by the writer that won the change's sequence number.
 */
const deliverySchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String, required: true },
    orderId: { type: String, required: true },
    status: { type: String, enum: DELIVERY_STATUSES, required: true },
    /** Seq of the latest change applied here. */
    seq: { type: Number, required: true },
    courierId: { type: String, default: null },
    courierUserId: { type: String, default: null },
    address: { type: String, required: true },
    contactName: { type: String, required: true },
    contactPhone: { type: String, required: true },
    note: { type: String },
    fee: { type: Number, required: true, default: 0 },
    cashOnDelivery: { type: Number, required: true, default: 0 },
    cashCollected: { type: Number, default: null },
    promisedAt: { type: Date, default: null },
    startedAt: { type: Date, default: null },
    doneAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
    cancelReason: { type: String },
    /** Stored at completion so reports and filters need no computation. */
    late: { type: Boolean, default: false },
    deliveryMinutes: { type: Number, default: null },
    proof: {
      type: new Schema(
        { recipientName: { type: String, required: true }, note: String, photoUrl: String },
        { _id: false },
      ),
      required: false,
    },
    /** The order-completed event this delivery came from, if any. */
    sourceEventId: { type: String },
    /** Who created it: a change that finds the delivery not yet logged as CREATED logs it for them. */
    createdByUserId: { type: String },
  },
  { timestamps: true, versionKey: false },
);
// One delivery per order: an order event delivered twice, or a dispatcher racing the consumer, creates one.
deliverySchema.index({ merchantId: 1, orderId: 1 }, { unique: true });
deliverySchema.index({ merchantId: 1, branchId: 1, createdAt: -1 });
deliverySchema.index({ merchantId: 1, courierUserId: 1, createdAt: -1 });
deliverySchema.plugin(tenancyPlugin);

export type DeliveryDoc = InferSchemaType<typeof deliverySchema> & { _id: string };
export const deliveryModel = (conn: Connection) => conn.model('Delivery', deliverySchema, 'deliveries');

/**
 * An order's claim on its one delivery, `_id` `<merchantId>|<orderId>`: the insert that wins
 * names the delivery, so a redelivered order event, a dispatcher racing the consumer and
 * `Order.delivery` all find it by exact key.
 */
const deliveryOrderSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    orderId: { type: String, required: true },
    deliveryId: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
deliveryOrderSchema.plugin(tenancyPlugin);

export type DeliveryOrderDoc = InferSchemaType<typeof deliveryOrderSchema> & { _id: string };
export const deliveryOrderId = (merchantId: string, orderId: string) => `${merchantId}|${orderId}`;
export const deliveryOrderModel = (conn: Connection) =>
  conn.model('DeliveryOrder', deliveryOrderSchema, 'delivery_orders');

/**
 * The change log: every transition and assignment, timestamped. Entry `seq` of a delivery has
 * `_id` `<deliveryId>#<seq>` (`changeIdOf`), so it is read by exact key, and the unique `_id` is
 * the race guard: of two writers deciding on the same head, one insert wins. Entries written
 * before these keys have random ids; the unique (deliveryId, seq) index still guards them.
 */
const changeSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    deliveryId: { type: String, required: true },
    seq: { type: Number, required: true },
    kind: { type: String, enum: CHANGE_KINDS, required: true },
    from: { type: String, enum: [...DELIVERY_STATUSES, null], default: null },
    to: { type: String, enum: DELIVERY_STATUSES, required: true },
    courierId: { type: String, default: null },
    byUserId: { type: String, required: true },
    at: { type: Date, required: true },
    /** The other delivery fields this change set: enough to project it again (repair). */
    set: { type: Schema.Types.Mixed, default: null },
  },
  { versionKey: false, minimize: false },
);
changeSchema.index({ deliveryId: 1, seq: 1 }, { unique: true });
changeSchema.index({ merchantId: 1, deliveryId: 1, seq: 1 });
changeSchema.plugin(tenancyPlugin);
changeSchema.plugin(outboxPlugin);

export type DeliveryChangeDoc = InferSchemaType<typeof changeSchema> & { _id: string };
export const changeIdOf = (deliveryId: string, seq: number) => `${deliveryId}#${seq}`;
export const deliveryChangeModel = (conn: Connection) =>
  conn.model('DeliveryChange', changeSchema, 'delivery_changes');
