import { createHash } from 'node:crypto';
import {
  appendKeyedEntry,
  type CourierCashHandedOverPayload,
  type DeliveryStatusChangedPayload,
  EventTypes,
  getByKey,
  getOwned,
  type Logger,
  merchantDate,
  newEvent,
  type PaymentRecord,
  type PaymentRecordedPayload,
  readHead,
  streamIdOf,
  type TimeZones,
  updateByKey,
  withOutbox,
} from '@pos/kit';
import type { CourierCashEntryDoc, OrderDoc, OrdersModels } from '../models';

/** The ledger stream of what one courier holds at one branch. */
export const courierStream = (merchantId: string, branchId: string, courierId: string) => ({
  merchantId,
  branchId,
  courierId,
});

/** The id of the payment a delivery's cash becomes on its order. */
export const codPaymentId = (deliveryId: string) => `cod-${deliveryId}`;

/** The hand-over's public id: derived from its key, so a replay answers the same id. */
export const handoverIdOf = (merchantId: string, key: string) =>
  createHash('sha256').update(`${merchantId}\u0000${key}`).digest('hex').slice(0, 24);

export interface CashOnDeliveryDeps {
  models: OrdersModels;
  zones: TimeZones;
  logger: Logger;
  /** Wakes the outbox relay. */
  published: () => void;
}

/**
 * A delivery DONE with cash collected: the courier now holds the cash (an entry of their ledger,
 * keyed by delivery, carrying the `orders.payment-recorded` event), and the cash becomes a CASH
 * payment on the order. Both steps are idempotent by delivery, so a redelivered event, or one
 * re-run after a crash between them, changes nothing twice.
 */
export async function recordCashOnDelivery(
  deps: CashOnDeliveryDeps,
  merchantId: string,
  p: DeliveryStatusChangedPayload,
): Promise<void> {
  if (p.to !== 'DONE' || !(p.cashCollected > 0)) return;
  if (!p.courierId) {
    // Couriers refuses to start a delivery without a courier, so this is a contract breach.
    deps.logger.error({ deliveryId: p.deliveryId }, 'cash collected on a delivery without a courier');
    return;
  }
  const { models } = deps;
  const at = new Date(p.at);
  const businessDate = await merchantDate(deps.zones, merchantId, at);
  const order = await getOwned<OrderDoc>(models.orders, p.orderId, merchantId);
  if (!order) deps.logger.error({ orderId: p.orderId }, 'cash collected for an order orders does not know');
  const payment: PaymentRecord = {
    paymentId: codPaymentId(p.deliveryId),
    method: 'CASH',
    amount: p.cashCollected,
    reference: p.deliveryId,
    deliveryId: p.deliveryId,
    courierId: p.courierId,
    // Settled in the courier's hand when the delivery was done, like cash taken at the till.
    status: 'PAID',
    paidAt: at.toISOString(),
  };
  const payload: PaymentRecordedPayload = {
    orderId: p.orderId,
    number: order?.number ?? '',
    branchId: p.branchId,
    cashierId: order?.cashierId ?? '',
    customerId: order?.customerId ?? null,
    businessDate,
    saleBusinessDate: order?.businessDate ?? businessDate,
    at: at.toISOString(),
    payment,
    source: 'CASH_ON_DELIVERY',
  };
  const event = newEvent({
    id: `${p.deliveryId}:cod-paid`,
    type: EventTypes.PaymentRecorded,
    merchantId,
    branchId: p.branchId,
    occurredAt: at,
    payload: payload as unknown as Record<string, unknown>,
  });
  const { replayed } = await appendKeyedEntry<CourierCashEntryDoc, CourierCashEntryDoc>(models.courierCash, {
    stream: courierStream(merchantId, p.branchId, p.courierId),
    scope: { merchantId },
    key: `cod:${p.deliveryId}`,
    decide: (head) =>
      withOutbox(
        {
          kind: 'COLLECTED',
          change: p.cashCollected,
          balance: (head?.balance ?? 0) + p.cashCollected,
          deliveryId: p.deliveryId,
          orderId: p.orderId,
          recordedBy: p.courierId as string,
          businessDate,
          at,
        },
        [event],
      ) as never,
  });
  if (!replayed) deps.published();
  if (order) await addPayment(models, order, payment, deps.logger);
}

/**
 * Puts the payment on the order once. FerretDB rewrites whole documents, so a void or refund
 * written at the same moment could drop the push: the order is read back, and written again
 * until it holds the payment.
 */
async function addPayment(models: OrdersModels, first: OrderDoc, payment: PaymentRecord, logger: Logger) {
  let order: OrderDoc | null = first;
  for (let attempt = 0; attempt < 5 && order; attempt++) {
    if (order.payments.some((x) => x.paymentId === payment.paymentId)) return;
    await updateByKey(models.orders, order._id, {
      $push: { payments: payment },
      $set: { totals: { ...order.totals, paid: order.totals.paid + payment.amount } },
    });
    order = await getOwned<OrderDoc>(models.orders, order._id, order.merchantId);
  }
  if (order && !order.payments.some((x) => x.paymentId === payment.paymentId))
    throw new Error(`payment ${payment.paymentId} did not stay on order ${order._id}`);
  logger.debug({ orderId: first._id, paymentId: payment.paymentId }, 'cash on delivery recorded');
}

/**
 * The deliveries whose cash a courier holds: the COLLECTED entries since the last hand-over,
 * oldest first, each read by key walking back from the head (as many reads as deliveries held).
 */
export async function heldCollections(
  models: OrdersModels,
  stream: Record<string, unknown>,
  head: CourierCashEntryDoc | null,
): Promise<CourierCashEntryDoc[]> {
  const streamId = streamIdOf(stream);
  const out: CourierCashEntryDoc[] = [];
  for (let entry = head; entry && entry.kind !== 'HANDED_OVER'; ) {
    if (entry.kind === 'COLLECTED') out.push(entry);
    if (entry.seq <= 1) break;
    entry = await getByKey<CourierCashEntryDoc>(models.courierCash, `${streamId}#${entry.seq - 1}`);
  }
  return out.reverse();
}

export interface HandoverRequest {
  merchantId: string;
  branchId: string;
  courierId: string;
  shiftId: string;
  counted: number;
  key: string;
  note: string | null;
  recordedBy: string;
  businessDate: string;
  requestHash: string;
}

/**
 * Takes everything the courier holds at the branch into the shift's drawer, once per key. The
 * entry is decided on the ledger's head (sequence guard), so two hand-overs at once cannot both
 * take the same cash: the second finds nothing held and records NOTHING.
 */
export async function appendHandover(models: OrdersModels, r: HandoverRequest) {
  const stream = courierStream(r.merchantId, r.branchId, r.courierId);
  const handoverId = handoverIdOf(r.merchantId, r.key);
  const at = new Date();
  return appendKeyedEntry<CourierCashEntryDoc, CourierCashEntryDoc>(models.courierCash, {
    stream,
    scope: { merchantId: r.merchantId },
    key: `handover:${r.key}`,
    decide: async (head) => {
      const held = head?.balance ?? 0;
      const common = {
        handoverId,
        shiftId: r.shiftId,
        note: r.note,
        requestHash: r.requestHash,
        recordedBy: r.recordedBy,
        businessDate: r.businessDate,
        at,
      };
      if (held <= 0) return { ...common, kind: 'NOTHING', change: 0, balance: held } as never;
      const deliveryIds = (await heldCollections(models, stream, head)).map((e) => e.deliveryId as string);
      const payload: CourierCashHandedOverPayload = {
        handoverId,
        shiftId: r.shiftId,
        branchId: r.branchId,
        courierId: r.courierId,
        expected: held,
        counted: r.counted,
        variance: r.counted - held,
        deliveryIds,
        recordedBy: r.recordedBy,
        businessDate: r.businessDate,
        at: at.toISOString(),
      };
      const event = newEvent({
        id: `handover:${handoverId}`,
        type: EventTypes.CourierCashHandedOver,
        merchantId: r.merchantId,
        branchId: r.branchId,
        occurredAt: at,
        payload: payload as unknown as Record<string, unknown>,
      });
      return withOutbox(
        {
          ...common,
          kind: 'HANDED_OVER',
          change: -held,
          balance: 0,
          expected: held,
          counted: r.counted,
          variance: r.counted - held,
          deliveryIds,
        },
        [event],
      ) as never;
    },
  });
}

/** What each courier of a branch holds (more than nothing), from the ledger heads. */
export async function heldAtBranch(models: OrdersModels, merchantId: string, branchId: string) {
  const flagged = await models.courierCash
    .find({ merchantId, branchId, latest: true })
    .lean<CourierCashEntryDoc[]>();
  // A writer that died between its insert and clearing the previous flag leaves two: the higher wins.
  const heads = new Map<string, CourierCashEntryDoc>();
  for (const e of flagged) {
    const known = heads.get(e.courierId);
    if (!known || known.seq < e.seq) heads.set(e.courierId, e);
  }
  const out = [];
  for (const flaggedHead of heads.values()) {
    const stream = courierStream(merchantId, branchId, flaggedHead.courierId);
    const head = await readHead<CourierCashEntryDoc>(models.courierCash, streamIdOf(stream));
    if (!head || head.balance <= 0) continue;
    out.push({
      courierId: head.courierId,
      branchId,
      held: head.balance,
      collections: await heldCollections(models, stream, head),
    });
  }
  return out.sort((a, b) => b.held - a.held || a.courierId.localeCompare(b.courierId));
}

/** The hand-overs counted into a shift's drawer, oldest first (off the hot path: shift figures). */
export function shiftHandovers(
  models: OrdersModels,
  shift: { merchantId: string; _id: string },
): Promise<CourierCashEntryDoc[]> {
  return models.courierCash
    .find({ merchantId: shift.merchantId, shiftId: shift._id, kind: 'HANDED_OVER' })
    .sort({ at: 1 })
    .lean<CourierCashEntryDoc[]>()
    .exec();
}
