import { type ScanRecord, type ScanWatch, watchScans } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CASHIER_SCOPES,
  executeAs,
  type Harness,
  hex,
  merchant,
  product,
  startProducts,
  viewerOf,
} from './helpers';

/** Collections that grow with the catalog and with every sale: a hot path may read them by `_id` only. */
const GROWING = new Set([
  'products',
  'product_codes',
  'categories',
  'price_rules',
  'price_rules_keys',
  'stock_entries',
  'stock_entries_keys',
  'stock_ops',
  'stock_op_outcomes',
  'stock_ops_pending',
  'stock_thresholds',
]);

const PRODUCTS = 200;
const RESERVATIONS = 300;

let h: Harness;
let watch: ScanWatch;
beforeAll(async () => {
  h = await startProducts('hot-path');
  watch = watchScans([h.products.models.products.db]);
});
afterAll(async () => {
  watch?.stop();
  await h?.close();
});

/** Runs `tasks` a batch at a time: the seeding is big, the machine is small. */
async function inBatches<T>(n: number, size: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += size)
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, n - i) }, (_, j) => task(i + j)))));
  return out;
}

const RESERVE = `mutation($i: ReserveStockInput!) { reserveStock(input: $i) {
  __typename ... on OrderStockChange { replayed lines { productId balance } } ... on OutOfStock { lines { requested available } } } }`;
const RELEASE = `mutation($i: ReleaseStockInput!) { releaseStock(input: $i) { replayed lines { balance } } }`;
const RETURN = `mutation($i: ReturnStockInput!) { returnStock(input: $i) { replayed lines { balance } } }`;
const QUOTE = `query($i: QuoteInput!) { quote(input: $i) { __typename
  ... on Quote { total lines { productId unitName unitPrice priceRuleId } } } }`;
const BARCODE = `query($b: String!) { productByBarcode(barcode: $b) { product { id } unit { name } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Product { id name category { id name } } ... on Category { id name } } }`;
const LEVEL = `query($p: ID!, $b: ID!) { stockLevel(productId: $p, branchId: $b) { balance lowStockThreshold } }`;

describe('hot paths with a grown catalog and ledger', () => {
  it('read and write growing collections by exact _id only', async () => {
    const m = await merchant(h);
    const branch = m.branches[0];
    const category = await m.ctx.categories().create({ name: 'Minuman' });
    const products = await inBatches(PRODUCTS, 20, (i) =>
      product(m.ctx, {
        categoryId: category._id,
        baseUnit: { name: 'pcs', price: 5000, barcode: `PCS-${i}-${hex(3)}` },
        units: [{ name: 'box', factor: 12, price: 55_000, barcode: `BOX-${i}-${hex(3)}` }],
      }),
    );
    const [a, b, c] = products as [(typeof products)[0], (typeof products)[0], (typeof products)[0]];
    await inBatches(PRODUCTS, 20, async (i) => {
      const p = products[i] as (typeof products)[0];
      await m.ctx.stock().receive({ branchId: branch, lines: [{ productId: p._id, quantity: 100 }] });
      if (i % 4 === 0)
        await m.ctx.priceRules().create({ productId: p._id, price: 4500, customerTier: 'GOLD' });
      if (i % 5 === 0)
        await m.ctx.stockQuery().setThreshold({ productId: p._id, branchId: branch, threshold: 10 });
    });
    const sales = await inBatches(RESERVATIONS, 30, async (i) => {
      const orderId = hex();
      const p = products[i % PRODUCTS] as (typeof products)[0];
      const r = await m.internal.orderStock(m.merchantId).reserve({
        branchId: branch,
        orderId,
        step: 'reserve',
        lines: [{ productId: p._id, baseQuantity: 1 }],
      });
      expect(r.__typename).toBe('OrderStockChange');
      if (i % 10 === 0) await m.internal.orderStock(m.merchantId).release({ orderId, step: 'reserve' });
      return orderId;
    });
    expect(sales).toHaveLength(RESERVATIONS);

    const cashier = viewerOf(m.merchantId, CASHIER_SCOPES, [branch]);
    const internal = (query: string, i: Record<string, unknown>) => executeAs(h, query, { i }, null, true);
    const steps: Record<string, () => Promise<unknown>> = {
      quote: () =>
        executeAs(
          h,
          QUOTE,
          {
            i: {
              branchId: branch,
              customerTier: 'GOLD',
              lines: [
                { productId: a._id, quantity: 2 },
                { barcode: b.units[1]?.barcode, quantity: 1 },
                { productId: c._id, unit: 'box', quantity: 1 },
              ],
            },
          },
          cashier,
        ),
      reserve: () =>
        internal(RESERVE, {
          merchantId: m.merchantId,
          branchId: branch,
          orderId: 'hot-1',
          step: 'reserve',
          lines: [
            { productId: a._id, baseQuantity: 2 },
            { productId: b._id, baseQuantity: 12 },
          ],
        }),
      'reserve replayed': () =>
        internal(RESERVE, {
          merchantId: m.merchantId,
          branchId: branch,
          orderId: 'hot-1',
          step: 'reserve',
          lines: [
            { productId: a._id, baseQuantity: 2 },
            { productId: b._id, baseQuantity: 12 },
          ],
        }),
      'reserve short': () =>
        internal(RESERVE, {
          merchantId: m.merchantId,
          branchId: branch,
          orderId: 'hot-2',
          step: 'reserve',
          lines: [
            { productId: a._id, baseQuantity: 1 },
            { productId: c._id, baseQuantity: 1000 },
          ],
        }),
      release: () => internal(RELEASE, { merchantId: m.merchantId, orderId: 'hot-1', step: 'reserve' }),
      'reserve again': () =>
        internal(RESERVE, {
          merchantId: m.merchantId,
          branchId: branch,
          orderId: 'hot-3',
          step: 'reserve',
          lines: [{ productId: c._id, baseQuantity: 3 }],
        }),
      return: () =>
        internal(RETURN, {
          merchantId: m.merchantId,
          branchId: branch,
          orderId: 'hot-3',
          step: 'refund:1',
          reason: 'REFUND',
          lines: [{ productId: c._id, baseQuantity: 1 }],
        }),
      barcode: () => executeAs(h, BARCODE, { b: a.units[0]?.barcode }, cashier),
      entities: () =>
        executeAs(
          h,
          ENTITIES,
          {
            r: [
              { __typename: 'Product', id: a._id },
              { __typename: 'Product', id: b._id },
              { __typename: 'Category', id: category._id },
            ],
          },
          cashier,
        ),
      'stock level': () => executeAs(h, LEVEL, { p: a._id, b: branch }, m.viewer),
      'transfer recovery': () => h.products.recoverTransfers(0),
    };

    const results: Record<string, unknown> = {};
    const scans: Record<string, ScanRecord[]> = {};
    for (const [name, run] of Object.entries(steps)) {
      watch.reset();
      results[name] = await run();
      scans[name] = watch.scans().filter((s) => GROWING.has(s.collection));
      expect(watch.commands(), `${name}: ${JSON.stringify(results[name])}`).toBeGreaterThan(0);
    }
    expect(scans).toEqual(Object.fromEntries(Object.keys(steps).map((k) => [k, []])));

    // The steps did what they say (so the absence of scans is not the absence of work).
    expect(results.quote).toMatchObject({
      data: {
        quote: {
          __typename: 'Quote',
          lines: [
            { productId: a._id, unitName: 'pcs', unitPrice: '4500' },
            { productId: b._id, unitName: 'box', unitPrice: '55000' },
            { productId: c._id, unitName: 'box', unitPrice: '55000' },
          ],
        },
      },
    });
    expect(results.reserve).toMatchObject({
      data: { reserveStock: { __typename: 'OrderStockChange', replayed: false, lines: [{}, {}] } },
    });
    expect(results['reserve replayed']).toMatchObject({
      data: { reserveStock: { __typename: 'OrderStockChange', replayed: true, lines: [{}, {}] } },
    });
    expect(results['reserve short']).toMatchObject({
      data: { reserveStock: { __typename: 'OutOfStock', lines: [{ requested: 1000, available: 98 }] } },
    });
    expect(results.release).toMatchObject({ data: { releaseStock: { replayed: false, lines: [{}, {}] } } });
    expect(results['reserve again']).toMatchObject({
      data: { reserveStock: { __typename: 'OrderStockChange' } },
    });
    expect(results.return).toMatchObject({ data: { returnStock: { replayed: false, lines: [{}] } } });
    expect(results.barcode).toMatchObject({ data: { productByBarcode: { product: { id: a._id } } } });
    expect(results.entities).toMatchObject({
      data: {
        _entities: [{ id: a._id, category: { id: category._id } }, { id: b._id }, { id: category._id }],
      },
    });
    expect(results['stock level']).toMatchObject({ data: { stockLevel: { lowStockThreshold: 10 } } });
  }, 300_000);
});
