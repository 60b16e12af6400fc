import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const merchantSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    currency: { type: String, required: true },
    currencyExponent: { type: Number, required: true },
    timeZone: { type: String, required: true },
    tax: {
      enabled: { type: Boolean, required: true },
      rateBasisPoints: { type: Number, required: true },
      pricesIncludeTax: { type: Boolean, required: true },
    },
    cashRoundingUnit: { type: Number, required: true },
    address: String,
    taxNumber: String,
    receiptFooter: String,
    logoUrl: String,
    /** Ids of the merchant's branches, so they are listed by key (services/merchant-branches.ts). */
    branchIds: { type: [String], default: undefined },
  },
  { timestamps: true, versionKey: false },
);
merchantSchema.plugin(tenancyPlugin, { field: '_id' });

export type MerchantDoc = InferSchemaType<typeof merchantSchema> & { _id: string };
export const merchantModel = (conn: Connection) => conn.model('Merchant', merchantSchema, 'merchants');
