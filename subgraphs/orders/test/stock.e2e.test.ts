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
} from './helpers';

let h: OrdersHarness;
beforeAll(async () => {
  // 200 checkouts at once on one branch queue behind each other on FerretDB: give them time.
  h = await startOrdersHarness({ pendingLeaseMs: 240_000 }, { subgraphTimeoutMs: 240_000 });
});
afterAll(() => h?.close());

const count = (values: readonly string[]) => {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return Object.fromEntries(m);
};

describe('stock under concurrency', () => {
  it('lets exactly 50 of 200 concurrent one-unit checkouts through against 50 in stock', async () => {
    const { sg, orders } = h;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 3_000, stock: 50 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        checkout(sg, shop.token, {
          idempotencyKey: key(),
          deviceId: `till-${i % 8}`,
          branchId: shop.branchId,
          lines: [{ productId: p.id, quantity: 1 }],
          payments: [{ method: 'QRIS', amount: '3000', reference: `QR-${i}` }],
        }),
      ),
    );
    expect(count(results.map((r) => r.code ?? r.__typename))).toEqual({ Order: 50, OUT_OF_STOCK: 150 });
    expect(await stockBalance(sg, shop, p.id)).toBe(0);

    const merchantId = (
      await orders.models.orders
        .findOne({ _id: results.find((r) => r.id)?.id })
        .setOptions({ crossTenant: true })
        .lean()
    )?.merchantId;
    const byStatus = await orders.models.orders.find({ merchantId }).select({ status: 1, number: 1 }).lean();
    expect(count(byStatus.map((o) => o.status))).toEqual({ COMPLETED: 50, CANCELLED: 150 });
    // Gap-free numbers: exactly 0001..0050 for the branch and day.
    const seqs = byStatus
      .flatMap((o) => (o.number ? [Number(o.number.split('/').at(-1))] : []))
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expectLedgerInvariant(await stockLedger(sg, shop, p.id));
  }, 300_000);
});
