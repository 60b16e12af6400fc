import { tenancyPlugin } from '@pos/kit';
import { type OutboxFields, outboxPlugin } from '@pos/kit/events/outbox';
import { type Connection, Schema } from 'mongoose';

export const CREDIT_KINDS = ['CHARGE', 'REPAYMENT', 'REVERSAL', 'MERGE'] as const;
/** Outcome-only records of saga steps (no change); see `POINTS_MARKERS`. */
export const CREDIT_MARKERS = ['CHARGE_REFUSED', 'CHARGE_CANCELLED'] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number] | (typeof CREDIT_MARKERS)[number];

/** A customer's credit (kasbon), append-only: positive changes add to what they owe. */
export interface CreditEntryDoc extends Partial<OutboxFields> {
  _id: string;
  merchantId: string;
  customerId: string;
  seq: number;
  key: string;
  latest: boolean;
  kind: CreditKind;
  change: number;
  balance: number;
  /** CHARGE: when this charge is due; MERGE in: the moved balance's oldest due date. */
  dueDate?: string | null;
  /** The head's state: due date of the oldest charge not yet repaid, null when nothing is owed. */
  oldestDueDate?: string | null;
  /** First seq of the current period of debt (after the balance was last at or below 0). */
  openSince: number;
  /** REVERSAL: the key of the charge it takes back. */
  reverses?: string | null;
  method?: 'CASH' | 'TRANSFER' | null;
  orderId?: string | null;
  branchId?: string | null;
  note?: string | null;
  recordedBy?: string | null;
  /** Business date, for statements. */
  date: string;
  at: Date;
}

const creditEntrySchema = new Schema<CreditEntryDoc>(
  {
    /** `<stream>#<seq>`: entries are read by exact key (see the kit's ledger). */
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    customerId: { type: String, required: true },
    seq: { type: Number, required: true },
    key: { type: String, required: true },
    latest: { type: Boolean, required: true },
    kind: { type: String, enum: [...CREDIT_KINDS, ...CREDIT_MARKERS], required: true },
    change: { type: Number, required: true },
    balance: { type: Number, required: true },
    dueDate: String,
    oldestDueDate: String,
    openSince: { type: Number, required: true },
    reverses: String,
    method: { type: String, enum: ['CASH', 'TRANSFER'] },
    orderId: String,
    branchId: String,
    note: String,
    recordedBy: String,
    date: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
creditEntrySchema.index({ merchantId: 1, customerId: 1, seq: 1 }, { unique: true });
creditEntrySchema.index({ merchantId: 1, key: 1 }, { unique: true });
creditEntrySchema.index({ merchantId: 1, customerId: 1, latest: 1 });
creditEntrySchema.index({ merchantId: 1, latest: 1, oldestDueDate: 1 });
creditEntrySchema.index({ merchantId: 1, orderId: 1 });
creditEntrySchema.plugin(tenancyPlugin);
creditEntrySchema.plugin(outboxPlugin);

export const creditEntryModel = (conn: Connection) =>
  conn.model<CreditEntryDoc>('CreditEntry', creditEntrySchema, 'credit_entries');
