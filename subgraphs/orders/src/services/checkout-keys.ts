import { claimKey, getOwned, insertDocument, isDuplicateKey, putByKey } from '@pos/kit';
import type { CheckoutKeyDoc, OrderDoc, OrdersModels } from '../models';
import { type CheckoutFailure, failures } from './failures';
import { decisionOf, type OrderLifecycle } from './lifecycle';

export type CheckoutOutcome = OrderDoc | CheckoutFailure;

/** What a finished (or still pending) order answers: the order, or the failure it was cancelled with. */
export function outcomeOf(order: OrderDoc): CheckoutOutcome {
  if (order.failure && order.status !== 'COMPLETED') return order.failure;
  return order;
}

/** The idempotency claim's key: the merchant, the device and the client's key. */
export const checkoutKeyId = (merchantId: string, deviceId: string, key: string) =>
  `${merchantId}|${deviceId}|${key}`;

/** The claim of a key, if the key was used (by this merchant). */
export function findCheckoutKey(models: OrdersModels, merchantId: string, deviceId: string, key: string) {
  return getOwned<CheckoutKeyDoc>(models.checkoutKeys, checkoutKeyId(merchantId, deviceId, key), merchantId);
}

/**
 * Records a new pending order under its idempotency key, in an order a crash cannot spoil:
 * 1. the order is queued for recovery (so it can never be left PENDING unseen);
 * 2. the key is claimed for it (the insert that wins owns the checkout);
 * 3. the order is inserted.
 * A request that loses the claim gets the winner's claim back and answers as a replay.
 */
export async function insertPendingOrder(
  models: OrdersModels,
  order: OrderDoc,
): Promise<{ inserted: OrderDoc } | { earlier: CheckoutKeyDoc }> {
  const { merchantId, deviceId, idempotencyKey } = order;
  const _id = checkoutKeyId(merchantId, deviceId, idempotencyKey);
  await models.pendingOrders.add(order._id, { merchantId }, order.saga.leaseUntil);
  const claim: CheckoutKeyDoc = {
    _id,
    merchantId,
    orderId: order._id,
    requestHash: order.requestHash,
    at: new Date(),
  };
  if (!(await claimKey(models.checkoutKeys, { ...claim }))) {
    await models.pendingOrders.remove(order._id);
    const earlier = await getOwned<CheckoutKeyDoc>(models.checkoutKeys, _id, merchantId);
    if (!earlier) throw new Error(`the claim of checkout key ${_id} vanished`);
    return { earlier };
  }
  try {
    // As stored (defaults applied), so the saga and the request's answer need not read it back.
    return { inserted: await insertDocument<OrderDoc>(models.orders, { ...order }) };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    // A key first used before keys were claimed: the order's own unique index still knows it.
    // Found once here, then the claim points at it.
    const legacy = await models.orders.findOne({ merchantId, deviceId, idempotencyKey }).lean<OrderDoc>();
    if (!legacy) throw err;
    const fixed = { orderId: legacy._id, requestHash: legacy.requestHash };
    await putByKey(models.checkoutKeys, _id, fixed);
    await models.pendingOrders.remove(order._id);
    return { earlier: { ...claim, ...fixed } };
  }
}

/** How long a replay waits for the first request's outcome: well under the gateway's timeout. */
export const REPLAY_WAIT_MS = 8_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The outcome of the checkout that owns a claimed key, waiting while it runs: on its saga when
 * it runs in this process, else reading the order by key. Still undecided at the deadline: a
 * typed "in progress" answer the till retries with the same key.
 */
export async function awaitCheckoutOutcome(
  models: OrdersModels,
  lifecycle: OrderLifecycle,
  claim: CheckoutKeyDoc,
  waitMs = REPLAY_WAIT_MS,
): Promise<CheckoutOutcome> {
  const deadline = Date.now() + waitMs;
  let pause = 25;
  for (;;) {
    const order = await getOwned<OrderDoc>(models.orders, claim.orderId, claim.merchantId);
    // Waiting for the customer to pay a provider charge is an answer too: the till shows the QR.
    if (order && (order.status !== 'PENDING' || order.failure || order.awaitingPaymentUntil))
      return outcomeOf(order);
    if (!order) {
      // Never inserted (its request died): the recovery job records it as cancelled.
      const decision = await decisionOf(models, claim.orderId, claim.merchantId);
      if (decision?.outcome === 'CANCELLED' && decision.failure) return decision.failure;
    }
    const left = deadline - Date.now();
    if (left <= 0) return inProgress(claim.orderId);
    const running = lifecycle.whenSettled(claim.orderId);
    if (running) await Promise.race([running.catch(() => undefined), sleep(left)]);
    else {
      await sleep(Math.min(pause, left));
      pause = Math.min(pause * 2, 200);
    }
  }
}

const inProgress = (orderId: string) =>
  failures.checkoutFailed(
    'CHECKOUT_IN_PROGRESS',
    'The first request with this key is still running; ask again with the same key',
    orderId,
  );
