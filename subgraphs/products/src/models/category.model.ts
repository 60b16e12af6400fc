import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const categorySchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    name: { type: String, required: true },
    /** Null for a top-level category. */
    parentId: String,
    position: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false },
);
categorySchema.index({ merchantId: 1, parentId: 1, position: 1 });
categorySchema.plugin(tenancyPlugin);

export type CategoryDoc = InferSchemaType<typeof categorySchema> & { _id: string };
export const categoryModel = (conn: Connection) => conn.model('Category', categorySchema, 'categories');
