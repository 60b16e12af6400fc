import { outboxPlugin, tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** The staff cash-advance (kasbon) ledger: one stream per staff member, append-only. */
const staffAdvanceEntrySchema = new Schema(
  {
    /** `<stream>#<seq>`: entries are read by exact key (see the kit's ledger). */
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    userId: { type: String, required: true },
    seq: { type: Number, required: true },
    type: { type: String, enum: ['ADVANCE', 'REPAYMENT'], required: true },
    change: { type: Number, required: true },
    balance: { type: Number, required: true },
    dueDate: String,
    method: { type: String, enum: ['CASH', 'TRANSFER', 'PAYROLL'] },
    note: String,
    branchId: String,
    recordedBy: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
staffAdvanceEntrySchema.index({ merchantId: 1, userId: 1, seq: 1 }, { unique: true });
staffAdvanceEntrySchema.plugin(tenancyPlugin);
// Each entry carries its `users.staff-advance-changed` event (the entry is the state change).
staffAdvanceEntrySchema.plugin(outboxPlugin);
export type StaffAdvanceEntryDoc = Omit<InferSchemaType<typeof staffAdvanceEntrySchema>, 'outbox'> & {
  _id: string;
};
export const staffAdvanceEntryModel = (conn: Connection) =>
  conn.model('StaffAdvanceEntry', staffAdvanceEntrySchema, 'staff_advance_entries');
