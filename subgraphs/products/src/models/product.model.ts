import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

export const PRODUCT_STATUSES = ['ACTIVE', 'INACTIVE', 'ARCHIVED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

const unitSchema = new Schema(
  {
    name: { type: String, required: true },
    /** Base units in one of this unit; the base unit (first in the list) has 1. */
    factor: { type: Number, required: true },
    price: { type: Number, required: true },
    barcode: String,
  },
  { _id: false },
);

const productSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    sku: { type: String, required: true },
    name: { type: String, required: true },
    /** Lower-case, accent-free name: the sort key of every list. */
    nameKey: { type: String, required: true },
    /** Words of the name and the SKU, normalised like `nameKey`, for prefix search without `$text`. */
    nameTokens: { type: [String], default: [] },
    description: String,
    categoryId: String,
    imageUrl: String,
    status: { type: String, enum: PRODUCT_STATUSES, required: true },
    taxable: { type: Boolean, required: true },
    /** Per base unit. */
    costPrice: Number,
    allowNegativeStock: { type: Boolean, required: true, default: false },
    units: { type: [unitSchema], required: true },
    /** Every unit's barcode, for the look-up index; uniqueness is guarded by code claims. */
    barcodes: { type: [String], default: [] },
  },
  { timestamps: true, versionKey: false },
);
productSchema.index({ merchantId: 1, nameKey: 1, _id: 1 });
productSchema.index({ merchantId: 1, nameTokens: 1 });
productSchema.index({ merchantId: 1, barcodes: 1 });
productSchema.index({ merchantId: 1, categoryId: 1 });
productSchema.plugin(tenancyPlugin);

export type ProductUnitDoc = InferSchemaType<typeof unitSchema>;
export type ProductDoc = Omit<InferSchemaType<typeof productSchema>, 'units' | 'status'> & {
  _id: string;
  status: ProductStatus;
  units: ProductUnitDoc[];
  createdAt: Date;
  updatedAt: Date;
};
export const productModel = (conn: Connection) => conn.model('Product', productSchema, 'products');
