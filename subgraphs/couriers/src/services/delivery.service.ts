import {
  badInput,
  canUseBranch,
  checkAmount,
  claimKey,
  type DeliveryRequest,
  errorResult,
  getOwned,
  hasScope,
  isDuplicateKey,
  notFound,
  op,
  updateByKey,
  type Viewer,
} from '@pos/kit';
import {
  type CourierDoc,
  type CouriersModels,
  type DeliveryDoc,
  type DeliveryOrderDoc,
  type DeliveryStatus,
  deliveryOrderId,
} from '../models';
import { applyChange, type ChangeDeps, type ChangeRequest } from './delivery-changes';
import { newId } from './ids';
import { isLate, minutesBetween } from './lateness';
import type { OrdersClient } from './orders.client';

/** A delivery to create, from a dispatcher's input or an order's `DeliveryRequest`. */
export interface NewDelivery extends Omit<DeliveryRequest, 'promisedAt' | 'note'> {
  orderId: string;
  branchId: string;
  promisedAt: Date | null;
  note?: string | null;
}

const refused = {
  transition: (status: DeliveryStatus, message: string) =>
    errorResult('InvalidDeliveryTransition', message, { status }),
  concurrent: () =>
    errorResult(
      'DeliveryChangedConcurrently',
      'Someone else changed this delivery at the same moment; reload it and try again',
    ),
  courier: (message: string) => errorResult('CourierUnavailable', message),
  cash: (expected: number) =>
    errorResult('CashOnDeliveryMismatch', 'The cash collected differs from the amount due', {
      expected,
    }),
};
export type DeliveryRefusal = ReturnType<(typeof refused)[keyof typeof refused]>;
export type DeliveryOutcome = DeliveryDoc | DeliveryRefusal;

const OPEN: readonly DeliveryStatus[] = ['READY', 'DELIVERING'];

/**
 * Creates a delivery with its CREATED change; an order has at most one delivery. The order's
 * claim (`<merchantId>|<orderId>`) decides which delivery id it gets: the insert that wins names
 * it. A claim whose delivery is missing (its writer died in between, or is still writing) is
 * adopted: whoever then inserts the delivery under the claimed id first creates it, by the unique
 * `_id`, so there is still exactly one.
 */
export async function insertDelivery(
  deps: ChangeDeps,
  merchantId: string,
  input: NewDelivery,
  byUserId: string,
  sourceEventId?: string,
): Promise<{ delivery: DeliveryDoc; created: boolean }> {
  const { deliveries, deliveryOrders } = deps.models;
  const claim = { _id: deliveryOrderId(merchantId, input.orderId), merchantId, orderId: input.orderId };
  const fresh = newId();
  const won = await claimKey(deliveryOrders, { ...claim, deliveryId: fresh });
  const deliveryId = won
    ? fresh
    : (await getOwned<DeliveryOrderDoc>(deliveryOrders, claim._id, merchantId))?.deliveryId;
  if (!deliveryId) throw new Error(`order ${input.orderId} has a delivery claim of another merchant`);
  if (!won) {
    const existing = await getOwned<DeliveryDoc>(deliveries, deliveryId, merchantId);
    if (existing) return { delivery: existing, created: false };
  }
  const doc = {
    _id: deliveryId,
    merchantId,
    branchId: input.branchId,
    orderId: input.orderId,
    status: 'READY' as const,
    seq: 0,
    courierId: null,
    courierUserId: null,
    address: input.address,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    ...(input.note ? { note: input.note } : {}),
    fee: input.fee,
    cashOnDelivery: input.cashOnDelivery,
    promisedAt: input.promisedAt,
    ...(sourceEventId ? { sourceEventId } : {}),
    createdByUserId: byUserId,
  };
  let created: DeliveryDoc;
  try {
    created = (await deliveries.create(doc)).toObject() as DeliveryDoc;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing =
      (await getOwned<DeliveryDoc>(deliveries, deliveryId, merchantId)) ??
      (await legacyDelivery(deps, claim._id, merchantId, input.orderId));
    if (existing) return { delivery: existing, created: false };
    throw err;
  }
  return { delivery: (await logCreation(deps, created)) ?? created, created: true };
}

/**
 * Logs a delivery's CREATED change (seq 1), which carries its READY event. The creator does it
 * right after the insert; a change that reads the delivery before that (a dispatcher assigning a
 * delivery the moment it appears) does it first, for the creator, instead of taking seq 1 itself,
 * which would refuse one of the two and lose the READY event. Both stage the same event id for
 * the same entry, so exactly one entry is written and the event is published once. Returns the
 * delivery at seq 1, or null if the entry was someone else's and the delivery must be read again.
 */
async function logCreation(deps: ChangeDeps, d: DeliveryDoc): Promise<DeliveryDoc | null> {
  const byUserId = d.createdByUserId ?? 'system';
  const applied = await applyChange(deps, d, { kind: 'CREATED', to: 'READY', byUserId });
  if (applied) return applied;
  const now = await getOwned<DeliveryDoc>(deps.models.deliveries, d._id, d.merchantId);
  return now && now.seq > 0 ? now : null;
}

/**
 * The order's delivery created by a version that kept no order claims and missed by the boot
 * backfill (a rolling deploy): found by the unique (merchant, order) index, this once, and the
 * claim repointed to it.
 */
async function legacyDelivery(deps: ChangeDeps, claimId: string, merchantId: string, orderId: string) {
  const d = await deps.models.deliveries.findOne({ merchantId, orderId }).lean<DeliveryDoc>();
  if (d) await updateByKey(deps.models.deliveryOrders, claimId, { $set: { deliveryId: d._id } });
  return d;
}

/** Deliveries as the signed-in staff member may see and change them. */
export class DeliveryService {
  constructor(
    private readonly deps: ChangeDeps,
    private readonly viewer: Viewer,
    private readonly orders?: OrdersClient,
  ) {}

  private get models(): CouriersModels {
    return this.deps.models;
  }

  get dispatcher(): boolean {
    return hasScope(this.viewer, 'deliveries:dispatch');
  }

  /** Dispatchers see their branches' deliveries; couriers only their own. Anything else reads as not found. */
  canSee(d: DeliveryDoc): boolean {
    if (d.merchantId !== this.viewer.merchantId) return false;
    if (this.dispatcher) return canUseBranch(this.viewer, d.branchId);
    return hasScope(this.viewer, 'deliveries:courier') && d.courierUserId === this.viewer.userId;
  }

  async get(id: string): Promise<DeliveryDoc | null> {
    const d = await getOwned<DeliveryDoc>(this.models.deliveries, id, this.viewer.merchantId);
    return d && this.canSee(d) ? d : null;
  }

  async list(
    filter: {
      branchId?: string | null;
      status?: readonly string[] | null;
      courierId?: string | null;
      late?: boolean | null;
    },
    first: number,
  ): Promise<DeliveryDoc[]> {
    const q: Record<string, unknown> = { merchantId: this.viewer.merchantId };
    if (!this.dispatcher) q.courierUserId = this.viewer.userId;
    if (filter.branchId) q.branchId = filter.branchId;
    else if (this.dispatcher && this.viewer.branchIds.length)
      q.branchId = op({ $in: [...this.viewer.branchIds] });
    if (filter.status?.length) q.status = op({ $in: [...filter.status] });
    if (filter.courierId) q.courierId = filter.courierId;
    const rows = await this.models.deliveries
      .find(q)
      .sort({ createdAt: -1 })
      .limit(Math.min(Math.max(first, 1), 200))
      .lean<DeliveryDoc[]>();
    const visible = rows.filter((d) => this.canSee(d));
    return filter.late == null ? visible : visible.filter((d) => isLate(d) === filter.late);
  }

  /**
   * A dispatcher's delivery: the order must be a completed one of the merchant's, asked of orders
   * (another merchant's reads as unknown), the delivery leaves from the order's own branch, and
   * the courier collects no more than the order still owes.
   */
  async create(input: NewDelivery) {
    if (!canUseBranch(this.viewer, input.branchId)) throw notFound('Branch');
    checkAmount(input.fee, 'fee', 'money');
    checkAmount(input.cashOnDelivery, 'cashOnDelivery', 'money');
    if (!this.orders) throw new Error('couriers has no orders client');
    const order = await this.orders.order(this.viewer.merchantId, input.orderId);
    if (!order) throw notFound('Order');
    if (order.branchId !== input.branchId)
      throw badInput("The delivery must leave from the order's branch", 'branchId');
    if (order.status !== 'COMPLETED')
      return errorResult('OrderNotDeliverable', `A ${order.status} order cannot be delivered`, {
        orderStatus: order.status,
      });
    if (input.cashOnDelivery > order.outstanding)
      return errorResult('CashOnDeliveryMismatch', 'The cash to collect is more than the order still owes', {
        expected: order.outstanding,
      });
    const { delivery, created } = await insertDelivery(
      this.deps,
      this.viewer.merchantId,
      input,
      this.viewer.userId,
    );
    if (created) return delivery;
    return errorResult('DeliveryExists', 'This order already has a delivery', {
      delivery,
    });
  }

  async assign(deliveryId: string, courier: CourierDoc | null): Promise<DeliveryOutcome | null> {
    const d = await this.get(deliveryId);
    if (!d) return null;
    if (!courier?.active) return refused.courier('Only an active courier can be assigned');
    if (courier.branchId !== d.branchId) return refused.courier('The courier works at another branch');
    if (!OPEN.includes(d.status))
      return refused.transition(d.status, `A ${d.status} delivery cannot be assigned`);
    if (d.courierId === courier._id) return d;
    return this.change(d, {
      kind: 'ASSIGNED',
      to: d.status,
      byUserId: this.viewer.userId,
      set: { courierId: courier._id, courierUserId: courier.userId },
    });
  }

  async start(deliveryId: string): Promise<DeliveryOutcome | null> {
    const d = await this.get(deliveryId);
    if (!d) return null;
    if (d.status !== 'READY') return refused.transition(d.status, `A ${d.status} delivery cannot be started`);
    if (!d.courierId) return refused.transition(d.status, 'Assign a courier first');
    return this.change(d, {
      kind: 'STARTED',
      to: 'DELIVERING',
      byUserId: this.viewer.userId,
      set: { startedAt: new Date() },
    });
  }

  async complete(input: {
    deliveryId: string;
    recipientName: string;
    note?: string | null;
    photoUrl?: string | null;
    cashCollected: number;
  }): Promise<DeliveryOutcome | null> {
    const d = await this.get(input.deliveryId);
    if (!d) return null;
    if (!input.recipientName.trim()) throw badInput('The recipient name is required', 'recipientName');
    if (input.photoUrl && !/^https:\/\/\S+$/.test(input.photoUrl))
      throw badInput('The photo must be an https URL', 'photoUrl');
    if (d.status !== 'DELIVERING')
      return refused.transition(d.status, `A ${d.status} delivery cannot be completed`);
    if (input.cashCollected !== d.cashOnDelivery) return refused.cash(d.cashOnDelivery);
    const doneAt = new Date();
    const proof = {
      recipientName: input.recipientName.trim(),
      ...(input.note ? { note: input.note } : {}),
      ...(input.photoUrl ? { photoUrl: input.photoUrl } : {}),
    };
    return this.change(d, {
      kind: 'COMPLETED',
      to: 'DONE',
      byUserId: this.viewer.userId,
      set: {
        doneAt,
        proof,
        cashCollected: input.cashCollected,
        late: isLate({ status: 'DONE', promisedAt: d.promisedAt, doneAt }),
        deliveryMinutes: minutesBetween(d.startedAt, doneAt),
      },
    });
  }

  async cancel(deliveryId: string, reason: string): Promise<DeliveryOutcome | null> {
    const d = await this.get(deliveryId);
    if (!d) return null;
    if (!reason.trim()) throw badInput('A reason is required', 'reason');
    if (!OPEN.includes(d.status))
      return refused.transition(d.status, `A ${d.status} delivery cannot be cancelled`);
    return this.change(d, {
      kind: 'CANCELLED',
      to: 'CANCELLED',
      byUserId: this.viewer.userId,
      set: { cancelledAt: new Date(), cancelReason: reason.trim() },
    });
  }

  private async change(d: DeliveryDoc, req: ChangeRequest): Promise<DeliveryOutcome> {
    const current = d.seq === 0 ? await logCreation(this.deps, d) : d;
    if (!current) return refused.concurrent();
    return (await applyChange(this.deps, current, req)) ?? refused.concurrent();
  }
}
