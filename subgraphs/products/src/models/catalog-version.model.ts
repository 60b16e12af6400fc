import { tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';

/**
 * One document per merchant whose `version` changes (to a fresh random value) after every
 * catalog write. Search and lists keep an in-memory index per merchant and rebuild it when the
 * version they read differs; a random value, not a counter, so racing writers cannot cancel out.
 */
const catalogVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    version: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
catalogVersionSchema.plugin(tenancyPlugin, { field: '_id' });

export const catalogVersionModel = (conn: Connection) =>
  conn.model('CatalogVersion', catalogVersionSchema, 'catalog_versions');
