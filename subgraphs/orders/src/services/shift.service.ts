import {
  badInput,
  type CashMovementPayload,
  canUseBranch,
  checkAmount,
  deleteByKey,
  EventTypes,
  forbidden,
  getOwned,
  hasScope,
  isDuplicateKey,
  newEvent,
  notFound,
  type ShiftClosedPayload,
  stageOutbox,
  updateByKey,
  type Viewer,
  withOutbox,
  withOutboxUpdate,
} from '@pos/kit';
import { Types } from 'mongoose';
import type { CashMovementDoc, OrdersModels, ShiftDoc, ShiftLockDoc } from '../models';
import { businessDate } from './calendar';
import { shiftHandovers } from './courier-cash';
import { failures } from './failures';
import type { CallContext, UsersPort } from './ports';

export interface ShiftFigures {
  cashSales: number;
  cashRefunds: number;
  cashIn: number;
  cashOut: number;
  courierCash: number;
  expectedCash: number;
}

const lockId = (merchantId: string, cashierId: string, deviceId: string) =>
  `${merchantId}:${cashierId}:${deviceId}`;
const notOpen = failures.shiftNotOpen;

/**
 * Cash figures of a shift from its sales, refunds, movements and courier hand-overs; shared by
 * live reads and close. Cash a courier collected on delivery is not a cash sale of the shift the
 * order was rung up in: it reaches a drawer when the courier hands it over.
 */
export async function shiftFigures(models: OrdersModels, shift: ShiftDoc): Promise<ShiftFigures> {
  if (shift.status === 'CLOSED' && shift.expectedCash != null) {
    return {
      cashSales: shift.cashSales ?? 0,
      cashRefunds: shift.cashRefunds ?? 0,
      cashIn: shift.cashIn ?? 0,
      cashOut: shift.cashOut ?? 0,
      courierCash: shift.courierCash ?? 0,
      expectedCash: shift.expectedCash,
    };
  }
  const scope = { merchantId: shift.merchantId, shiftId: shift._id };
  const [orders, refunds, movements, handovers] = await Promise.all([
    // Voided sales are left out: the void handed their cash back from this drawer.
    models.orders
      .find({ ...scope, status: 'COMPLETED' })
      .select({ payments: 1 })
      .lean(),
    models.adjustments
      .find({ ...scope, kind: 'REFUND', method: 'CASH' })
      .select({ amount: 1 })
      .lean(),
    models.cashMovements.find(scope).select({ kind: 1, amount: 1 }).lean(),
    shiftHandovers(models, shift),
  ]);
  const cashSales = orders
    .flatMap((o) => o.payments)
    .filter((p) => p.method === 'CASH' && !p.deliveryId)
    .reduce((s, p) => s + p.amount, 0);
  const cashRefunds = refunds.reduce((s, r) => s + r.amount, 0);
  const sum = (kind: 'IN' | 'OUT') =>
    movements.filter((m) => m.kind === kind).reduce((s, m) => s + m.amount, 0);
  const cashIn = sum('IN');
  const cashOut = sum('OUT');
  const courierCash = handovers.reduce((s, h) => s + (h.counted ?? 0), 0);
  const expectedCash = shift.openingFloat + cashSales - cashRefunds + cashIn - cashOut + courierCash;
  return { cashSales, cashRefunds, cashIn, cashOut, courierCash, expectedCash };
}

/** Shifts of the signed-in cashier: one open shift per cashier and device, guarded by a lock document. */
export class ShiftService {
  constructor(
    private readonly models: OrdersModels,
    private readonly viewer: Viewer,
    private readonly users: UsersPort,
    private readonly call: CallContext,
    private readonly published: () => void,
  ) {}

  /** The open shift of a cashier on a device, or null: two reads by key (the lock, then its shift). */
  async openShiftFor(cashierId: string, deviceId: string): Promise<ShiftDoc | null> {
    const { merchantId } = this.viewer;
    const lock = await getOwned<ShiftLockDoc>(
      this.models.shiftLocks,
      lockId(merchantId, cashierId, deviceId),
      merchantId,
    );
    if (!lock) return null;
    const shift = await getOwned<ShiftDoc>(this.models.shifts, lock.shiftId, merchantId);
    return shift?.status === 'OPEN' ? shift : null;
  }

  current(deviceId: string) {
    return this.openShiftFor(this.viewer.userId, deviceId);
  }

  async get(id: string): Promise<ShiftDoc | null> {
    const shift = await getOwned<ShiftDoc>(this.models.shifts, id, this.viewer.merchantId);
    if (!shift) return null;
    if (shift.cashierId !== this.viewer.userId && !hasScope(this.viewer, 'shifts:read-all')) return null;
    return shift;
  }

  async open(input: { branchId: string; deviceId: string; openingFloat: number }) {
    const { merchantId, userId } = this.viewer;
    if (!canUseBranch(this.viewer, input.branchId)) throw forbidden('You do not work in this branch');
    checkAmount(input.openingFloat, 'openingFloat', 'money');
    const branch = await this.users.branch(this.call, input.branchId);
    if (!branch?.active) throw notFound('Branch');
    const settings = await this.users.merchantSettings(this.call);
    const now = new Date();
    const shiftId = new Types.ObjectId().toHexString();
    try {
      await this.models.shiftLocks.create({
        _id: lockId(merchantId, userId, input.deviceId),
        merchantId,
        shiftId,
      });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const open = await this.openShiftFor(userId, input.deviceId);
      if (!open) throw badInput('A shift is being opened on this device; try again', 'deviceId');
      return failures.shiftAlreadyOpen(open);
    }
    const shift = await this.models.shifts.create({
      _id: shiftId,
      merchantId,
      branchId: input.branchId,
      cashierId: userId,
      deviceId: input.deviceId,
      status: 'OPEN',
      openingFloat: input.openingFloat,
      openedAt: now,
      openedBy: userId,
      businessDate: businessDate(now, settings.timeZone),
    });
    return shift.toObject<ShiftDoc>();
  }

  async recordMovement(input: {
    shiftId: string;
    kind: 'IN' | 'OUT';
    amount: number;
    reason: string;
    expenseCategory?: string | null;
  }) {
    checkAmount(input.amount, 'amount', 'positiveMoney');
    const reason = input.reason.trim();
    if (!reason) throw badInput('Cash in and out need a reason', 'reason');
    const shift = await this.get(input.shiftId);
    if (shift?.status !== 'OPEN') return notOpen();
    const at = new Date();
    const settings = await this.users.merchantSettings(this.call);
    const doc: CashMovementDoc = {
      _id: new Types.ObjectId().toHexString(),
      merchantId: shift.merchantId,
      branchId: shift.branchId,
      shiftId: shift._id,
      kind: input.kind,
      amount: input.amount,
      reason,
      expenseCategory: input.expenseCategory ?? null,
      recordedBy: this.viewer.userId,
      businessDate: businessDate(at, settings.timeZone),
      at,
      outbox: [],
    };
    const payload: CashMovementPayload = {
      movementId: doc._id,
      shiftId: doc.shiftId,
      branchId: doc.branchId,
      kind: doc.kind,
      amount: doc.amount,
      reason,
      ...(doc.expenseCategory ? { expenseCategory: doc.expenseCategory } : {}),
      recordedBy: doc.recordedBy,
      businessDate: doc.businessDate,
      at: at.toISOString(),
    };
    const event = newEvent({
      id: `${doc._id}:cash-movement`,
      type: EventTypes.CashMovement,
      merchantId: doc.merchantId,
      branchId: doc.branchId,
      occurredAt: at,
      payload: payload as unknown as Record<string, unknown>,
    });
    await stageOutbox(this.models.cashMovements, doc._id, [event]);
    const created = await this.models.cashMovements.create(withOutbox(doc, [event]));
    this.published();
    return created.toObject<CashMovementDoc>();
  }

  async close(input: { shiftId: string; countedCash: number; note?: string | null }) {
    checkAmount(input.countedCash, 'countedCash', 'money');
    const shift = await this.get(input.shiftId);
    if (shift?.status !== 'OPEN') return notOpen();
    const { merchantId } = shift;
    try {
      // One close per shift, even when the button is pressed twice.
      await this.models.decisions.create({
        _id: `shift-close:${shift._id}`,
        merchantId,
        outcome: 'CLOSED',
        at: new Date(),
      });
    } catch (err) {
      if (isDuplicateKey(err)) return notOpen();
      throw err;
    }
    const figures = await shiftFigures(this.models, shift);
    const closedAt = new Date();
    const variance = input.countedCash - figures.expectedCash;
    const payload: ShiftClosedPayload = {
      shiftId: shift._id,
      branchId: shift.branchId,
      cashierId: shift.cashierId,
      deviceId: shift.deviceId,
      openedBy: shift.openedBy,
      closedBy: this.viewer.userId,
      openedAt: shift.openedAt.toISOString(),
      closedAt: closedAt.toISOString(),
      businessDate: shift.businessDate,
      openingFloat: shift.openingFloat,
      cashSales: figures.cashSales,
      cashRefunds: figures.cashRefunds,
      cashIn: figures.cashIn,
      cashOut: figures.cashOut,
      courierCash: figures.courierCash,
      expected: figures.expectedCash,
      counted: input.countedCash,
      variance,
    };
    const event = newEvent({
      id: `${shift._id}:closed`,
      type: EventTypes.ShiftClosed,
      merchantId,
      branchId: shift.branchId,
      occurredAt: closedAt,
      payload: payload as unknown as Record<string, unknown>,
    });
    await stageOutbox(this.models.shifts, shift._id, [event]);
    await updateByKey(
      this.models.shifts,
      shift._id,
      withOutboxUpdate(
        {
          $set: {
            ...figures,
            status: 'CLOSED',
            closedAt,
            closedBy: this.viewer.userId,
            countedCash: input.countedCash,
            variance,
            note: input.note ?? null,
          },
        },
        [event],
      ),
    );
    await deleteByKey(this.models.shiftLocks, lockId(merchantId, shift.cashierId, shift.deviceId));
    this.published();
    const closed = await getOwned<ShiftDoc>(this.models.shifts, shift._id, merchantId);
    if (!closed) throw notFound('Shift');
    return closed;
  }
}
