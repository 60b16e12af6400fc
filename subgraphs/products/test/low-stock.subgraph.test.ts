import type { Viewer } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, executeAs, type Harness, hex, merchant, product, startProducts, viewerOf } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startProducts('low-stock');
});
afterAll(() => h?.close());

const execute = (
  query: string,
  variables: Record<string, unknown>,
  viewer: Viewer | null,
  internal = false,
) => executeAs(h, query, variables, viewer, internal);
const codes = codesOf;

const LINES = `query($m: ID!, $b: [ID!], $c: ID) {
  lowStockLines(merchantId: $m, branchIds: $b, categoryId: $c) { productId sku name categoryId branchId balance threshold baseUnit }
}`;

/**
 * Two branches (x < y by id). Short = threshold - balance:
 *   C-1 (Minuman)       x: 0 of 10 -> 10
 *   A-1 (Kopi < Minuman) x: 2 of 5 -> 3;  y: nothing received, 3 -> 3
 *   B-1 (no category)   x: 10 of 4 -> not low;  y: 9 of 12 -> 3;  y: 12 of 12 after a receive -> not low
 */
async function seeded() {
  const m = await merchant(h);
  const [x, y] = [...m.branches].sort() as [string, string];
  const drinks = await m.ctx.categories().create({ name: 'Minuman' });
  const coffee = await m.ctx.categories().create({ name: 'Kopi', parentId: drinks._id });
  const a = await product(m.ctx, { sku: `A-1`, name: 'Kopi Bubuk', categoryId: coffee._id });
  const b = await product(m.ctx, { sku: `B-1`, name: 'Gula', baseUnit: { name: 'kg', price: 18000 } });
  const c = await product(m.ctx, { sku: `C-1`, name: 'Teh Botol', categoryId: drinks._id });
  const stock = (branchId: string, productId: string, quantity: number) =>
    m.ctx.stock().receive({ branchId, lines: [{ productId, quantity }] });
  const threshold = (productId: string, branchId: string, value: number) =>
    m.ctx.stockQuery().setThreshold({ productId, branchId, threshold: value });
  await stock(x, a._id, 2);
  await stock(x, b._id, 10);
  await stock(y, b._id, 9);
  // Entered against the expected order, so only the tie-breaks (SKU, then branch) can produce it.
  await threshold(b._id, y, 12);
  await threshold(a._id, y, 3);
  await threshold(c._id, x, 10);
  await threshold(a._id, x, 5);
  await threshold(b._id, x, 4);
  const line = (p: typeof a, branchId: string, balance: number, t: number, baseUnit = 'pcs') => ({
    productId: p._id,
    sku: p.sku,
    name: p.name,
    categoryId: p.categoryId ?? null,
    branchId,
    balance,
    threshold: t,
    baseUnit,
  });
  const rows = {
    cx: line(c, x, 0, 10),
    ax: line(a, x, 2, 5),
    ay: line(a, y, 0, 3),
    by: line(b, y, 9, 12, 'kg'),
  };
  return { ...m, x, y, a, b, c, drinks, coffee, rows };
}

describe('low stock for the reports subgraph (lowStockLines)', () => {
  it('lists what is below its threshold, most short first, then by SKU and branch', async () => {
    const s = await seeded();
    const { cx, ax, ay, by } = s.rows;
    const all = await execute(LINES, { m: s.merchantId }, null, true);
    expect(all.errors).toBeUndefined();
    expect(all.data?.lowStockLines).toEqual([cx, ax, ay, by]);

    // The public list is the same implementation: same rows, same order.
    const pub = await execute(
      '{ lowStockItems { balance lowStockThreshold branch { id } product { sku } } }',
      {},
      s.viewer,
    );
    expect(pub.data?.lowStockItems).toEqual(
      [cx, ax, ay, by].map((r) => ({
        balance: r.balance,
        lowStockThreshold: r.threshold,
        branch: { id: r.branchId },
        product: { sku: r.sku },
      })),
    );

    const only = async (vars: Record<string, unknown>) =>
      (await execute(LINES, { m: s.merchantId, ...vars }, null, true)).data?.lowStockLines;
    expect(await only({ b: [s.y] })).toEqual([ay, by]);
    expect(await only({ b: [s.x, s.y] })).toEqual([cx, ax, ay, by]);
    // A category includes its subcategories.
    expect(await only({ c: s.drinks._id })).toEqual([cx, ax, ay]);
    expect(await only({ c: s.coffee._id, b: [s.x] })).toEqual([ax]);

    await s.ctx.stock().receive({ branchId: s.y, lines: [{ productId: s.b._id, quantity: 3 }] });
    expect(await only({ b: [s.y] })).toEqual([ay]);
  });

  it('is internal only, for the merchant named, and for a user only their branches', async () => {
    const s = await seeded();
    const vars = { m: s.merchantId };
    expect(codes(await execute(LINES, vars, s.viewer))).toEqual(['FORBIDDEN']);
    expect(codes(await execute(LINES, vars, null))).toEqual(['FORBIDDEN']);
    const other = await merchant(h);
    expect(codes(await execute(LINES, vars, other.viewer, true))).toEqual(['FORBIDDEN']);
    expect((await execute(LINES, { m: other.merchantId }, null, true)).data?.lowStockLines).toEqual([]);
    expect(codes(await execute(LINES, { ...vars, c: other.merchantId }, null, true))).toEqual(['NOT_FOUND']);

    const limited = viewerOf(s.merchantId, ['stock:read'], [s.y]);
    const mine = await execute(LINES, vars, limited, true);
    expect(mine.data?.lowStockLines).toEqual([s.rows.ay, s.rows.by]);
    expect(codes(await execute(LINES, { ...vars, b: [s.x] }, limited, true))).toEqual(['FORBIDDEN']);
    expect(codes(await execute(LINES, { ...vars, b: [hex()] }, limited, true))).toEqual(['FORBIDDEN']);
  });
});
