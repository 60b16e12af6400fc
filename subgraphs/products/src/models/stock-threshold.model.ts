import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** Low-stock threshold of a product at a branch: stock below it is low. `_id` is `<merchant>|<product>|<branch>`. */
const stockThresholdSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    productId: { type: String, required: true },
    branchId: { type: String, required: true },
    threshold: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false },
);
stockThresholdSchema.index({ merchantId: 1, branchId: 1 });
stockThresholdSchema.index({ merchantId: 1, productId: 1 });
stockThresholdSchema.plugin(tenancyPlugin);

export type StockThresholdDoc = InferSchemaType<typeof stockThresholdSchema> & { _id: string };
export const stockThresholdModel = (conn: Connection) =>
  conn.model('StockThreshold', stockThresholdSchema, 'stock_thresholds');

export const thresholdId = (merchantId: string, productId: string, branchId: string) =>
  `${merchantId}|${productId}|${branchId}`;
