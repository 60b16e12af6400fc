import { claimKey, getByKey } from '@pos/kit';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDoc } from '../src/models';
import { checkoutKeyId, insertPendingOrder } from '../src/services/checkout-keys';
import {
  checkout,
  createProduct,
  expectLedgerInvariant,
  key,
  type OrdersHarness,
  seedShop,
  startOrdersHarness,
  stockBalance,
  stockLedger,
  waitFor,
} from './helpers';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrdersHarness(
    { pendingLeaseMs: 6_000, recoveryIntervalMs: 300 },
    { subgraphTimeoutMs: 120_000 },
  );
});
afterAll(() => h?.close());

const tally = (xs: string[]) => {
  const counts: Record<string, number> = {};
  for (const x of xs) counts[x] = (counts[x] ?? 0) + 1;
  return counts;
};

describe('recovery after a products outage', () => {
  it('completes (stock taken) or cancels (stock untouched) every checkout caught by the outage', async () => {
    const { sg, orders } = h;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 2_000, stock: 100 });
    const attempts = Array.from({ length: 60 }, (_, i) =>
      checkout(sg, shop.token, {
        idempotencyKey: key(),
        deviceId: `till-${i % 4}`,
        branchId: shop.branchId,
        lines: [{ productId: p.id, quantity: 1 }],
        payments: [{ method: 'QRIS', amount: '2000', reference: `QR-${i}` }],
      }),
    );
    // Stop products while the checkouts are in flight (some done, some mid-saga), as if its process died.
    await waitFor(
      async () =>
        (await orders.models.orders
          .countDocuments({ cashierId: shop.ownerId, status: 'COMPLETED' })
          .setOptions({ crossTenant: true })) >= 3,
      'the first completed sales',
      90_000,
    );
    await h.stopProducts();
    const results = await Promise.all(attempts);
    console.log('outage results', JSON.stringify(tally(results.map((r) => r.code ?? r.__typename ?? ''))));
    for (const r of results) expect(['Order', 'CheckoutFailed']).toContain(r.__typename);
    await new Promise((r) => setTimeout(r, 500));
    await h.startProducts();

    const merchantOrders = async () => {
      const any = await orders.models.orders
        .findOne({ cashierId: shop.ownerId })
        .setOptions({ crossTenant: true })
        .lean();
      if (!any) return [];
      return orders.models.orders.find({ merchantId: any.merchantId }).lean();
    };
    await waitFor(
      async () => (await merchantOrders()).every((o) => o.status !== 'PENDING'),
      'no pending order',
      30_000,
    );

    const all = await merchantOrders();
    const ledger = await stockLedger(sg, shop, p.id);
    expectLedgerInvariant(ledger);
    const net = (orderId: string) =>
      ledger.filter((e) => e.orderId === orderId).reduce((s, e) => s + e.change, 0);
    const completed = all.filter((o) => o.status === 'COMPLETED');
    for (const o of all) expect(net(o._id), `${o._id} ${o.status}`).toBe(o.status === 'COMPLETED' ? -1 : 0);
    expect(await stockBalance(sg, shop, p.id)).toBe(100 - completed.length);
    // What each cashier was told matches the final state of their order.
    for (const r of results.filter((r) => r.__typename === 'Order'))
      expect(completed.map((o) => o._id)).toContain(r.id);
    expect(results.filter((r) => r.__typename === 'Order')).toHaveLength(completed.length);
    console.log('final', JSON.stringify(tally(all.map((o) => o.status))));
  }, 240_000);
});

describe('recovery after a crash (the process died where it stood)', () => {
  it('decides an order left PENDING and a key claimed for an order never written, within lease + 2 passes', async () => {
    const { sg, orders } = h;
    const { models } = orders;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 2_000, stock: 10 });
    const sale = await checkout(sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-x',
      branchId: shop.branchId,
      lines: [{ productId: p.id, quantity: 1 }],
      payments: [{ method: 'QRIS', amount: '2000', reference: 'QR-X' }],
    });
    const done = await getByKey<OrderDoc>(models.orders, sale.id ?? '');
    if (!done) throw new Error('the sale is missing');
    const leaseMs = 6_000;
    const intervalMs = 300;
    // A checkout that died mid-saga: queued, claimed and written PENDING, then nothing more.
    const orphan: OrderDoc = {
      ...done,
      _id: new Types.ObjectId().toHexString(),
      idempotencyKey: key(),
      status: 'PENDING',
      number: null,
      completedAt: null,
      outbox: [],
      saga: { steps: [], leaseUntil: new Date(Date.now() + leaseMs), attempts: 0, lastError: null },
    };
    expect(await insertPendingOrder(models, orphan)).toEqual({
      inserted: expect.objectContaining({ _id: orphan._id, status: 'PENDING', outbox: [] }),
    });
    // One that died between claiming its key and writing the order.
    const unwritten = { ...orphan, _id: new Types.ObjectId().toHexString(), idempotencyKey: key() };
    await models.pendingOrders.add(unwritten._id, { merchantId: done.merchantId }, unwritten.saga.leaseUntil);
    await claimKey(models.checkoutKeys, {
      _id: checkoutKeyId(done.merchantId, done.deviceId, unwritten.idempotencyKey),
      merchantId: done.merchantId,
      orderId: unwritten._id,
      requestHash: unwritten.requestHash,
      at: new Date(),
    });

    await waitFor(
      async () => (await getByKey<OrderDoc>(models.orders, orphan._id))?.status === 'CANCELLED',
      'the orphan to be cancelled',
      // The bound the recovery job promises, plus the slack of this test's own polling.
      leaseMs + 2 * intervalMs + 1_500,
    );
    await waitFor(async () => (await models.pendingOrders.peek(1_000)).length === 0, 'an empty queue', 5_000);
    const decision = await getByKey<{ outcome: string }>(models.decisions, `order:${unwritten._id}`);
    expect(decision?.outcome).toBe('CANCELLED');
    expect(await stockBalance(sg, shop, p.id)).toBe(9);
  }, 60_000);
});
