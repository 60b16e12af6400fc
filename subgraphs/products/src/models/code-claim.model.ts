import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * A claim on a SKU or a barcode: `_id` is `<merchantId>|<kind>|<code>`, so the primary key makes
 * the code unique per merchant (the insert that wins owns it) and a look-up by code is a
 * primary-key read, the one filter every backend answers from an index.
 */
const codeClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    kind: { type: String, enum: ['sku', 'barcode'], required: true },
    productId: { type: String, required: true },
    /** For barcodes: the unit the barcode picks. */
    unitName: String,
  },
  { timestamps: true, versionKey: false },
);
codeClaimSchema.index({ merchantId: 1, productId: 1 });
codeClaimSchema.plugin(tenancyPlugin);

export type CodeKind = 'sku' | 'barcode';
export type CodeClaimDoc = InferSchemaType<typeof codeClaimSchema> & { _id: string; kind: CodeKind };
export const codeClaimModel = (conn: Connection) => conn.model('CodeClaim', codeClaimSchema, 'product_codes');

export const codeKey = (merchantId: string, kind: CodeKind, code: string) =>
  `${merchantId}|${kind}|${code.toUpperCase()}`;
