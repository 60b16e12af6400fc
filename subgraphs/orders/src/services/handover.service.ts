import {
  badInput,
  canUseBranch,
  checkAmount,
  checkOptionalText,
  errorResult,
  forbidden,
  TEXT_MAX,
  type Viewer,
} from '@pos/kit';
import type { OrdersModels } from '../models';
import { businessDate, canonicalJson } from './calendar';
import { appendHandover, heldAtBranch } from './courier-cash';
import { failures } from './failures';
import type { CallContext, UsersPort } from './ports';
import type { ShiftService } from './shift.service';

export interface HandoverInput {
  shiftId: string;
  courierId: string;
  countedCash: number;
  idempotencyKey: string;
  note?: string | null;
}

const nothingToHandOver = () =>
  errorResult('NothingToHandOver', 'This courier holds no cash collected on delivery at this branch');

/**
 * Couriers hand the cash they collected on delivery to a cashier or supervisor, who counts it into
 * the drawer of their open shift: the shift's expected cash grows by what was counted, and the
 * difference from what the courier held is the hand-over's variance.
 */
export class HandoverService {
  constructor(
    private readonly models: OrdersModels,
    private readonly viewer: Viewer,
    private readonly users: UsersPort,
    private readonly call: CallContext,
    private readonly shifts: ShiftService,
    private readonly published: () => void,
  ) {}

  async record(input: HandoverInput) {
    checkAmount(input.countedCash, 'countedCash', 'money');
    const key = input.idempotencyKey.trim();
    if (!key) throw badInput('An idempotency key is needed', 'idempotencyKey');
    if (key.length > 128) throw badInput('idempotencyKey must be at most 128 characters', 'idempotencyKey');
    const note = checkOptionalText(input.note, 'note', TEXT_MAX.note) ?? null;
    // The shift by its key: the caller's own (or any, with shifts:read-all), and open.
    const shift = await this.shifts.get(input.shiftId);
    if (shift?.status !== 'OPEN') return failures.shiftNotOpen();
    const settings = await this.users.merchantSettings(this.call);
    const requestHash = canonicalJson({
      shiftId: shift._id,
      courierId: input.courierId,
      countedCash: input.countedCash,
      note,
    });
    const { entry, replayed } = await appendHandover(this.models, {
      merchantId: shift.merchantId,
      branchId: shift.branchId,
      courierId: input.courierId,
      shiftId: shift._id,
      counted: input.countedCash,
      key,
      note,
      recordedBy: this.viewer.userId,
      businessDate: businessDate(new Date(), settings.timeZone),
      requestHash,
    });
    if (entry.requestHash !== requestHash) return failures.keyReused();
    if (entry.kind !== 'HANDED_OVER') return nothingToHandOver();
    if (!replayed) this.published();
    return { __typename: 'CourierHandover' as const, ...entry };
  }

  /** Couriers of a branch the caller works in who hold cash collected on delivery. */
  async held(branchId: string) {
    if (!canUseBranch(this.viewer, branchId)) throw forbidden('You do not work in this branch');
    return heldAtBranch(this.models, this.viewer.merchantId, branchId);
  }
}
