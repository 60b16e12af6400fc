import { type OutboxFields, outboxPlugin, tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';

export interface ShiftDoc extends OutboxFields {
  _id: string;
  merchantId: string;
  branchId: string;
  cashierId: string;
  deviceId: string;
  status: 'OPEN' | 'CLOSED';
  openingFloat: number;
  openedAt: Date;
  openedBy: string;
  businessDate: string;
  closedAt: Date | null;
  closedBy: string | null;
  /** Frozen at close; live figures are computed while open. */
  cashSales: number | null;
  cashRefunds: number | null;
  cashIn: number | null;
  cashOut: number | null;
  /** Cash couriers handed over into this drawer, as counted. */
  courierCash?: number | null;
  expectedCash: number | null;
  countedCash: number | null;
  variance: number | null;
  note: string | null;
}

const shiftSchema = new Schema<ShiftDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String, required: true },
    cashierId: { type: String, required: true },
    deviceId: { type: String, required: true },
    status: { type: String, enum: ['OPEN', 'CLOSED'], required: true },
    openingFloat: { type: Number, required: true },
    openedAt: { type: Date, required: true },
    openedBy: { type: String, required: true },
    businessDate: { type: String, required: true },
    closedAt: { type: Date, default: null },
    closedBy: { type: String, default: null },
    cashSales: { type: Number, default: null },
    cashRefunds: { type: Number, default: null },
    cashIn: { type: Number, default: null },
    cashOut: { type: Number, default: null },
    courierCash: { type: Number, default: null },
    expectedCash: { type: Number, default: null },
    countedCash: { type: Number, default: null },
    variance: { type: Number, default: null },
    note: { type: String, default: null },
  },
  { versionKey: false, minimize: false },
);
shiftSchema.index({ merchantId: 1, cashierId: 1, openedAt: -1 });
shiftSchema.plugin(tenancyPlugin);
shiftSchema.plugin(outboxPlugin);

/** Exists while a cashier has a shift open on a device: `_id` `<merchant>:<cashier>:<device>` makes it one. */
export interface ShiftLockDoc {
  _id: string;
  merchantId: string;
  shiftId: string;
}

const shiftLockSchema = new Schema<ShiftLockDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    shiftId: { type: String, required: true },
  },
  { versionKey: false },
);
shiftLockSchema.plugin(tenancyPlugin);

export interface CashMovementDoc extends OutboxFields {
  _id: string;
  merchantId: string;
  branchId: string;
  shiftId: string;
  kind: 'IN' | 'OUT';
  amount: number;
  reason: string;
  expenseCategory: string | null;
  recordedBy: string;
  businessDate: string;
  at: Date;
}

const cashMovementSchema = new Schema<CashMovementDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String, required: true },
    shiftId: { type: String, required: true },
    kind: { type: String, enum: ['IN', 'OUT'], required: true },
    amount: { type: Number, required: true },
    reason: { type: String, required: true },
    expenseCategory: { type: String, default: null },
    recordedBy: { type: String, required: true },
    businessDate: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
cashMovementSchema.index({ merchantId: 1, shiftId: 1, at: 1 });
cashMovementSchema.plugin(tenancyPlugin);
cashMovementSchema.plugin(outboxPlugin);

export const shiftModel = (conn: Connection) => conn.model<ShiftDoc>('Shift', shiftSchema, 'shifts');
export const shiftLockModel = (conn: Connection) =>
  conn.model<ShiftLockDoc>('ShiftLock', shiftLockSchema, 'shift_locks');
export const cashMovementModel = (conn: Connection) =>
  conn.model<CashMovementDoc>('CashMovement', cashMovementSchema, 'cash_movements');
