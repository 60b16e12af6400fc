import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
