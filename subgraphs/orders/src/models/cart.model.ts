import { tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';
import type { DiscountSpec, SaleLineSpec } from '../services/ports';

export type CartStatus = 'OPEN' | 'HELD' | 'CHECKED_OUT' | 'DISCARDED';

/** A cart line as the cashier built it; prices are never stored, the cart is priced on read. */
export interface CartLineDoc extends SaleLineSpec {
  lineId: string;
}

/** A sale being built at a till, or parked (held bill) to be resumed later. */
export interface CartDoc {
  _id: string;
  merchantId: string;
  branchId: string;
  cashierId: string;
  deviceId: string;
  status: CartStatus;
  /** What the cashier calls a held bill ("Meja 4", "Pak Budi"). */
  label: string | null;
  customerId: string | null;
  lines: CartLineDoc[];
  orderDiscount: DiscountSpec | null;
  orderId: string | null;
  createdAt?: Date;
  updatedAt?: Date;
}

const cartSchema = new Schema<CartDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String, required: true },
    cashierId: { type: String, required: true },
    deviceId: { type: String, required: true },
    status: { type: String, enum: ['OPEN', 'HELD', 'CHECKED_OUT', 'DISCARDED'], required: true },
    label: { type: String, default: null },
    customerId: { type: String, default: null },
    lines: { type: [{ type: Schema.Types.Mixed }], default: [] },
    orderDiscount: { type: Schema.Types.Mixed, default: null },
    orderId: { type: String, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
cartSchema.index({ merchantId: 1, branchId: 1, status: 1, updatedAt: -1 });
cartSchema.plugin(tenancyPlugin);

export const cartModel = (conn: Connection) => conn.model<CartDoc>('Cart', cartSchema, 'carts');
