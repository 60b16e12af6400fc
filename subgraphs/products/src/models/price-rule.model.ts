import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const priceRuleSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    productId: { type: String, required: true },
    unitName: { type: String, required: true },
    price: { type: Number, required: true },
    name: String,
    startsAt: Date,
    endsAt: Date,
    branchId: String,
    customerTier: String,
    active: { type: Boolean, required: true, default: true },
    createdBy: { type: String, required: true },
    /** Its number among the product's rules (see services/price-rule-store). */
    seq: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false },
);
priceRuleSchema.index({ merchantId: 1, productId: 1, active: 1 });
priceRuleSchema.plugin(tenancyPlugin);

export type PriceRuleDoc = InferSchemaType<typeof priceRuleSchema> & { _id: string; createdAt: Date };
export const priceRuleModel = (conn: Connection) => conn.model('PriceRule', priceRuleSchema, 'price_rules');
