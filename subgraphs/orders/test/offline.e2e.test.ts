import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../../gateway/test/harness';
import {
  createProduct,
  expectLedgerInvariant,
  type OrdersHarness,
  seedShop,
  startOrdersHarness,
  stockBalance,
  stockLedger,
  waitFor,
} from './helpers';

let h: OrdersHarness;
beforeAll(async () => {
  // A sale whose stock step times out under load stays pending; the recovery job (lease 10 s) finishes it.
  h = await startOrdersHarness({ pendingLeaseMs: 10_000 }, { subgraphTimeoutMs: 240_000 });
});
afterAll(() => h?.close());

describe('offline sync', () => {
  it('accepts 3 devices x 30 offline sales against 50 in stock, in any order, each batch twice', async () => {
    const { sg } = h;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 4_000, stock: 50 });
    const start = Date.now() - 3_600_000;
    const batches = ['hp-1', 'hp-2', 'hp-3'].map((deviceId, d) => ({
      deviceId,
      sales: Array.from({ length: 30 }, (_, i) => ({
        clientId: `${deviceId}-${i}`,
        branchId: shop.branchId,
        occurredAt: new Date(start + (d * 30 + i) * 1_000).toISOString(),
        lines: [{ productId: p.id, quantity: 1 }],
        payments: [{ method: 'CASH', tendered: '4000' }],
      })),
    }));
    const sends = [...batches, ...batches].sort(() => Math.random() - 0.5);
    const SYNC = /* GraphQL */ `
      mutation($input: SyncOfflineSalesInput!) {
        syncOfflineSales(input: $input) {
          ... on SyncOfflineSalesPayload { accepted duplicates results { clientId duplicate error order { id status offline } } }
        }
      }
    `;
    const payloads = [];
    // Two at a time: devices reconnect at about the same moment.
    for (let i = 0; i < sends.length; i += 2) {
      const pair = await Promise.all(
        sends.slice(i, i + 2).map((input) =>
          sg.request<{
            syncOfflineSales: {
              accepted: number;
              duplicates: number;
              results: { error: string | null; order: { id: string; status: string } | null }[];
            };
          }>(SYNC, { input }, { token: shop.token }),
        ),
      );
      payloads.push(...pair.map((r) => expectNoErrors(r.body).syncOfflineSales));
    }
    const all = payloads.flatMap((p) => p.results);
    expect(all.filter((r) => r.error !== null)).toEqual([]);
    expect(payloads.reduce((s, p) => s + p.accepted, 0)).toBe(90);
    expect(payloads.reduce((s, p) => s + p.duplicates, 0)).toBe(90);
    expect(new Set(all.map((r) => r.order?.id)).size).toBe(90);
    const merchantId = (
      await h.orders.models.orders
        .findOne({ _id: all[0]?.order?.id })
        .setOptions({ crossTenant: true })
        .lean()
    )?.merchantId;
    await waitFor(
      async () => (await h.orders.models.orders.countDocuments({ merchantId, status: 'COMPLETED' })) === 90,
      'every offline sale completed',
      120_000,
    );

    expect(await stockBalance(sg, shop, p.id)).toBe(-40);
    const ledger = await stockLedger(sg, shop, p.id);
    expect(ledger.filter((e) => e.reason === 'SALE')).toHaveLength(90);
    expectLedgerInvariant(ledger);
    await waitFor(
      () => h.events.some((e) => e.type === 'products.stock-negative' && e.payload.productId === p.id),
      'the negative-stock alert',
    );
    const { body: list } = await sg.request<{ orders: { nodes: unknown[] } }>(
      '{ orders(first: 200) { nodes { id } } }',
      {},
      { token: shop.token },
    );
    expect(expectNoErrors(list).orders.nodes).toHaveLength(90);
  }, 300_000);
});
