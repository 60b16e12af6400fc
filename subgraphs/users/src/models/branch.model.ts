import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const branchSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    name: { type: String, required: true },
    code: { type: String, required: true },
    address: String,
    phone: String,
    active: { type: Boolean, required: true, default: true },
  },
  { timestamps: true, versionKey: false },
);
branchSchema.index({ merchantId: 1, code: 1 }, { unique: true });
branchSchema.plugin(tenancyPlugin);

export type BranchDoc = InferSchemaType<typeof branchSchema> & { _id: string };
export const branchModel = (conn: Connection) => conn.model('Branch', branchSchema, 'branches');
