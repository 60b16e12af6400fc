/**
 * Charges that run out of time: the expiry job (a due-time queue, never a scan of orders) asks the
 * provider about each waiting order once its charge's time and a grace have passed, and completes
 * or cancels the sale by the answer. Charges here last 2 seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, key, type Shop, seedShop, stockBalance, waitFor } from './helpers';
import {
  chargedPayment,
  type OrderView,
  type PaymentsHarness,
  payCheckout,
  readOrder,
  startPaymentsHarness,
} from './payments-helpers';

const EXPIRY_S = 2;
const GRACE_MS = 300;
const INTERVAL_MS = 300;

let h: PaymentsHarness;
let shop: Shop;
let product: { id: string };

beforeAll(async () => {
  h = await startPaymentsHarness(
    { expirySeconds: EXPIRY_S, graceMs: GRACE_MS, retryMs: 500 },
    { recoveryIntervalMs: INTERVAL_MS },
  );
  shop = await seedShop(h.sg);
  product = await createProduct(h.sg, shop, { price: 8_000, stock: 20 });
}, 120_000);
afterAll(() => h?.close());

const input = () => ({
  idempotencyKey: key(),
  deviceId: 'till-x',
  branchId: shop.branchId,
  lines: [{ productId: product.id, quantity: 3 }],
  payments: [{ method: 'QRIS', amount: '24000', charge: true }],
});

/** Expiry, plus the grace, plus two passes of the job, plus slack for a loaded machine. */
const SETTLED_WITHIN_MS = EXPIRY_S * 1000 + GRACE_MS + 2 * INTERVAL_MS + 5_000;

const settled = async (orderId: string) => {
  let order: OrderView | undefined;
  await waitFor(
    async () => {
      order = await readOrder(h, shop.token, orderId);
      return order.status !== 'PENDING';
    },
    `order ${orderId} to be settled`,
    SETTLED_WITHIN_MS,
  );
  return order as OrderView;
};

describe('a QRIS sale that is never paid', () => {
  it('expires: the provider is asked (its notification lost), the sale cancelled and its stock released', async () => {
    const before = await stockBalance(h.sg, shop, product.id);
    const sale = input();
    const order = await payCheckout(h, shop.token, sale);
    const { chargeId } = chargedPayment(order).charge;
    h.sim.muted.add(chargeId);
    expect(order.status).toBe('PENDING');
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before - 3);

    const expired = await settled(order.id);
    expect(expired).toMatchObject({ status: 'CANCELLED', paymentStatus: 'EXPIRED', number: null });
    expect(chargedPayment(expired).status).toBe('EXPIRED');
    expect(h.sim.charges.get(chargeId)?.status).toBe('expire');
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before);
    // The checkout's key now answers why the sale did not happen.
    const replay = await payCheckout(h, shop.token, sale);
    expect(replay).toMatchObject({
      __typename: 'CheckoutFailed',
      code: 'PAYMENT_EXPIRED',
      orderId: order.id,
    });
    await h.orders.relay.drain(100);
    expect(h.events.some((e) => e.payload.orderId === order.id)).toBe(false);
    expect((await h.orders.models.pendingPayments.peek(1_000)).map((i) => i._id)).not.toContain(order.id);
    expect((await h.orders.models.pendingOrders.peek(1_000)).map((i) => i._id)).not.toContain(order.id);
  }, 60_000);

  it("expires on the provider's own expire notification, with the expiry job stopped", async () => {
    await h.orders.recovery.stop();
    try {
      const before = await stockBalance(h.sg, shop, product.id);
      const order = await payCheckout(h, shop.token, input());
      const expired = await settled(order.id);
      expect(expired).toMatchObject({ status: 'CANCELLED', paymentStatus: 'EXPIRED' });
      expect(await stockBalance(h.sg, shop, product.id)).toBe(before);
      const { chargeId } = chargedPayment(order).charge;
      const sent = h.sim.deliveries.filter((d) => d.orderId === chargeId);
      expect(sent.map((d) => [d.body.transaction_status, d.status])).toEqual([['expire', 200]]);
    } finally {
      h.orders.recovery.start();
    }
  }, 60_000);

  it('completes, not expires, a charge paid in time whose notification was lost', async () => {
    const order = await payCheckout(h, shop.token, input());
    const { chargeId } = chargedPayment(order).charge;
    h.sim.muted.add(chargeId);
    await h.sim.pay(chargeId);
    const done = await settled(order.id);
    expect(done).toMatchObject({ status: 'COMPLETED', paymentStatus: 'PAID' });
    await waitFor(
      () => h.events.some((e) => e.type === 'orders.order-completed' && e.payload.orderId === order.id),
      'the completed event',
    );
  }, 60_000);

  it('keeps the stock held while the provider cannot be reached, and expires the charge once it can', async () => {
    const before = await stockBalance(h.sg, shop, product.id);
    const order = await payCheckout(h, shop.token, input());
    const { chargeId } = chargedPayment(order).charge;
    h.sim.muted.add(chargeId);
    await h.sim.close();
    try {
      // Well past the charge's time: the job tried and could not ask.
      await new Promise((r) => setTimeout(r, EXPIRY_S * 1000 + GRACE_MS + 4 * INTERVAL_MS));
      expect((await readOrder(h, shop.token, order.id)).status).toBe('PENDING');
      expect(await stockBalance(h.sg, shop, product.id)).toBe(before - 3);
    } finally {
      await h.sim.start();
    }
    const expired = await settled(order.id);
    expect(expired).toMatchObject({ status: 'CANCELLED', paymentStatus: 'EXPIRED' });
    expect(h.sim.charges.get(chargeId)?.status).toBe('expire');
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before);
  }, 60_000);
});
