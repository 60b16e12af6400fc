import {
  badInput,
  canUseBranch,
  claimKey,
  errorResult,
  getOwned,
  isDuplicateKey,
  notFound,
  op,
  updateByKey,
  type Viewer,
} from '@pos/kit';
import {
  type CourierAccountDoc,
  type CourierDoc,
  type CouriersModels,
  courierAccountId,
  type VEHICLES,
} from '../models';
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

const notEligible = (message: string) => errorResult('CourierNotEligible', message);

/** A staff account's courier profile, through the account's claim: two exact-key reads. */
export async function courierOfUser(
  models: CouriersModels,
  merchantId: string,
  userId: string,
): Promise<CourierDoc | null> {
  const account = await getOwned<CourierAccountDoc>(
    models.courierAccounts,
    courierAccountId(merchantId, userId),
    merchantId,
  );
  return account ? getOwned<CourierDoc>(models.couriers, account.courierId, merchantId) : null;
}

/** Courier profiles of the signed-in staff member's merchant. */
export class CourierService {
  constructor(
    private readonly models: CouriersModels,
    private readonly viewer: Viewer,
    private readonly users: UsersClient,
    private readonly call: { token: string | null; requestId: string },
  ) {}

  async get(id: string): Promise<CourierDoc | null> {
    const c = await getOwned<CourierDoc>(this.models.couriers, id, this.viewer.merchantId);
    return c && canUseBranch(this.viewer, c.branchId) ? c : null;
  }

  /** The signed-in user's own courier profile. */
  mine(): Promise<CourierDoc | null> {
    return courierOfUser(this.models, this.viewer.merchantId, this.viewer.userId);
  }

  async list(branchId: string | null | undefined, includeInactive: boolean): Promise<CourierDoc[]> {
    const q: Record<string, unknown> = { merchantId: this.viewer.merchantId };
    if (branchId) q.branchId = branchId;
    else if (this.viewer.branchIds.length) q.branchId = op({ $in: [...this.viewer.branchIds] });
    if (!includeInactive) q.active = true;
    return this.models.couriers.find(q).sort({ createdAt: 1 }).lean<CourierDoc[]>();
  }

  async create(input: CourierInput & { userId: string; branchId: string }) {
    await this.checkInput(input);
    const staff = await this.users.staff(input.userId, this.call);
    if (!staff) throw notFound('User');
    if (staff.role !== 'COURIER' || !staff.active)
      return notEligible('Only an active staff member with the COURIER role can be a courier');
    const merchantId = this.viewer.merchantId;
    // The account's claim names the profile: one per staff account. A claim whose profile is
    // missing (its writer died in between) is adopted; the unique `_id` still allows one profile.
    const claim = { _id: courierAccountId(merchantId, input.userId), merchantId, userId: input.userId };
    const fresh = newId();
    const won = await claimKey(this.models.courierAccounts, { ...claim, courierId: fresh });
    const courierId = won
      ? fresh
      : (await getOwned<CourierAccountDoc>(this.models.courierAccounts, claim._id, merchantId))?.courierId;
    if (!courierId) throw new Error(`staff account ${input.userId} has a courier claim of another merchant`);
    if (!won && (await getOwned(this.models.couriers, courierId, merchantId)))
      return notEligible('This staff member is already a courier');
    const doc = {
      _id: courierId,
      merchantId,
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
    await this.checkInput(input);
    const set: Record<string, unknown> = {};
    for (const key of ['branchId', 'phone', 'vehicle', 'plateNumber', 'active'] as const) {
      if (input[key] !== undefined && input[key] !== null) set[key] = input[key];
    }
    await updateByKey(this.models.couriers, id, { $set: set });
    return { ...courier, ...set } as CourierDoc;
  }

  private async checkInput(input: CourierInput) {
    if (input.phone && !/^\+?[0-9 -]{6,20}$/.test(input.phone))
      throw badInput('Invalid phone number', 'phone');
    if (!input.branchId) return;
    // An owner may use every branch, so the id itself must be one of the merchant's.
    if (!canUseBranch(this.viewer, input.branchId) || !(await this.users.branch(input.branchId, this.call)))
      throw notFound('Branch');
  }
}
