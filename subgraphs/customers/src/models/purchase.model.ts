import { tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';

/**
 * Purchase stats as a keyed ledger per customer (one entry per order, refund, void or merge),
 * because `$inc` is not atomic on FerretDB and each event must count exactly once. The head
 * carries the running totals; `balance` is the total spent.
 */
export interface PurchaseEntryDoc {
  _id: string;
  merchantId: string;
  customerId: string;
  seq: number;
  key: string;
  latest: boolean;
  kind: 'ORDER' | 'REFUND' | 'VOID' | 'MERGE';
  change: number;
  balance: number;
  visitCount: number;
  /** Visits this entry added (negative for a void or a merge out). */
  visits: number;
  lastVisitAt?: Date | null;
  firstVisitAt?: Date | null;
  orderId?: string | null;
  at: Date;
}

const purchaseEntrySchema = new Schema<PurchaseEntryDoc>(
  {
    /** `<stream>#<seq>`: entries are read by exact key (see the kit's ledger). */
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    customerId: { type: String, required: true },
    seq: { type: Number, required: true },
    key: { type: String, required: true },
    latest: { type: Boolean, required: true },
    kind: { type: String, enum: ['ORDER', 'REFUND', 'VOID', 'MERGE'], required: true },
    change: { type: Number, required: true },
    balance: { type: Number, required: true },
    visitCount: { type: Number, required: true },
    visits: { type: Number, required: true },
    lastVisitAt: Date,
    firstVisitAt: Date,
    orderId: String,
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
purchaseEntrySchema.index({ merchantId: 1, customerId: 1, seq: 1 }, { unique: true });
purchaseEntrySchema.index({ merchantId: 1, key: 1 }, { unique: true });
purchaseEntrySchema.index({ merchantId: 1, customerId: 1, latest: 1 });
purchaseEntrySchema.index({ merchantId: 1, orderId: 1 });
purchaseEntrySchema.plugin(tenancyPlugin);

export const purchaseEntryModel = (conn: Connection) =>
  conn.model<PurchaseEntryDoc>('PurchaseEntry', purchaseEntrySchema, 'purchase_entries');
