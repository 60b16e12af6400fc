import { badInput, canUseBranch, errorResult, isDuplicateKey, op, type Viewer } from '@pos/kit';
import type { CourierDoc, CouriersModels, VEHICLES } from '../models';
import { newId } from './ids';
import type { UsersClient } from './users.client';

type Vehicle = (typeof VEHICLES)[number];

export interface CourierInput {
  branchId?: string | null;
  phone?: string | null;
  vehicle?: Vehicle | null;
  plateNumber?: string | null;
  active?: boolean | null;
}

const notEligible = (message: string) => errorResult('CourierNotEligible', 'COURIER_NOT_ELIGIBLE', message);

/** Courier profiles of the signed-in staff member's merchant. */
export class CourierService {
  constructor(
    private readonly models: CouriersModels,
    private readonly viewer: Viewer,
    private readonly users: UsersClient,
    private readonly call: { token: string | null; requestId: string },
  ) {}

  async get(id: string): Promise<CourierDoc | null> {
    const c = await this.models.couriers
      .findOne({ _id: id, merchantId: this.viewer.merchantId })
      .lean<CourierDoc>();
    return c && canUseBranch(this.viewer, c.branchId) ? c : null;
  }

  /**
   * The signed-in user's own courier profile. `exec()`, not the bare query: a mongoose Query is a
   * thenable that runs on every `then`, and resolvers' wrappers may `then` it more than once
   * ("Query was already executed", an INTERNAL_SERVER_ERROR for `myCourier`).
   */
  mine(): Promise<CourierDoc | null> {
    return this.models.couriers
      .findOne({ merchantId: this.viewer.merchantId, userId: this.viewer.userId })
      .lean<CourierDoc>()
      .exec();
  }

  async list(branchId: string | null | undefined, includeInactive: boolean): Promise<CourierDoc[]> {
    const q: Record<string, unknown> = { merchantId: this.viewer.merchantId };
    if (branchId) q.branchId = branchId;
    else if (this.viewer.branchIds.length) q.branchId = op({ $in: [...this.viewer.branchIds] });
    if (!includeInactive) q.active = true;
    return this.models.couriers.find(q).sort({ createdAt: 1 }).lean<CourierDoc[]>();
  }

  async create(input: CourierInput & { userId: string; branchId: string }) {
    this.checkInput(input);
    const staff = await this.users.staff(input.userId, this.call);
    if (!staff) throw badInput('Unknown staff member', 'userId');
    if (staff.role !== 'COURIER' || !staff.active)
      return notEligible('Only an active staff member with the COURIER role can be a courier');
    const doc = {
      _id: newId(),
      merchantId: this.viewer.merchantId,
      branchId: input.branchId,
      userId: input.userId,
      vehicle: input.vehicle ?? 'MOTORBIKE',
      active: true,
      ...(input.phone ? { phone: input.phone } : {}),
      ...(input.plateNumber ? { plateNumber: input.plateNumber } : {}),
    };
    try {
      return (await this.models.couriers.create(doc)).toObject() as CourierDoc;
    } catch (err) {
      if (isDuplicateKey(err)) return notEligible('This staff member is already a courier');
      throw err;
    }
  }

  async update(id: string, input: CourierInput) {
    const courier = await this.get(id);
    if (!courier) return null;
    this.checkInput(input);
    const set: Record<string, unknown> = {};
    for (const key of ['branchId', 'phone', 'vehicle', 'plateNumber', 'active'] as const) {
      if (input[key] !== undefined && input[key] !== null) set[key] = input[key];
    }
    await this.models.couriers.updateOne({ _id: id, merchantId: this.viewer.merchantId }, { $set: set });
    return { ...courier, ...set } as CourierDoc;
  }

  private checkInput(input: CourierInput) {
    if (input.branchId && !canUseBranch(this.viewer, input.branchId))
      throw badInput('Unknown branch', 'branchId');
    if (input.phone && !/^\+?[0-9 -]{6,20}$/.test(input.phone))
      throw badInput('Invalid phone number', 'phone');
  }
}
