import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SALE_READS_TTL_MS } from '../src/services/sale-reads';
import { flushEvents, type Harness, hex, merchant, product, startProducts } from './helpers';

/**
 * Price rules, stock thresholds and the products a reservation names are kept by the process for
 * a few seconds (sale-reads.ts). What is changed through the process applies to the next sale at
 * once; what another replica changes shows within the TTL.
 */
let h: Harness;
let replica: Harness;
beforeAll(async () => {
  h = await startProducts('sale_reads');
  replica = await startProducts('sale_reads', { joinDbOf: h });
});
afterAll(async () => {
  await replica?.close();
  await h?.close();
});

type M = Awaited<ReturnType<typeof merchant>>;

const unitPrice = async (m: M, productId: string) => {
  const q = await m.ctx.quotes().quote({ branchId: m.branches[0], lines: [{ productId, quantity: 1 }] });
  if (q.__typename !== 'Quote') throw new Error(q.__typename);
  return q.lines[0]?.unitPrice;
};

const reserve = (m: M, productId: string, quantity: number) =>
  m.internal.orderStock(m.merchantId).reserve({
    branchId: m.branches[0],
    orderId: hex(),
    step: 'stock',
    lines: [{ productId, baseQuantity: quantity }],
  });

describe('what a sale reads', () => {
  it('applies a price change, a price rule and its deactivation to the next quote at once', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx, {}, 4800);
    expect(await unitPrice(m, p._id)).toBe(4800);
    await m.ctx.catalog().update(p._id, { baseUnit: { name: 'pcs', price: 5000 } });
    expect(await unitPrice(m, p._id)).toBe(5000);
    const rule = await m.ctx.priceRules().create({ productId: p._id, price: 4000 });
    expect(await unitPrice(m, p._id)).toBe(4000);
    await m.ctx.priceRules().deactivate(rule._id);
    expect(await unitPrice(m, p._id)).toBe(5000);
  });

  it('reserves with the product as just changed, not as the quote before read it', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    await m.ctx.stock().receive({ branchId: m.branches[0], lines: [{ productId: p._id, quantity: 1 }] });
    expect(await unitPrice(m, p._id)).toBe(5000);
    expect(await reserve(m, p._id, 3)).toMatchObject({ __typename: 'OutOfStock' });
    await m.ctx.catalog().update(p._id, { allowNegativeStock: true, name: 'Renamed' });
    expect(await reserve(m, p._id, 3)).toMatchObject({
      __typename: 'OrderStockChange',
      lines: [{ balance: -2 }],
    });
    await flushEvents(h);
    const negative = h.events.filter(
      (e) => e.type === 'products.stock-negative' && e.merchantId === m.merchantId,
    );
    expect(negative.map((e) => e.payload)).toMatchObject([
      { productId: p._id, name: 'Renamed', balance: -2 },
    ]);
  });

  it('checks a threshold set after the last sale on the next one', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    await m.ctx.stock().receive({ branchId: m.branches[0], lines: [{ productId: p._id, quantity: 10 }] });
    await reserve(m, p._id, 1); // 9, with no threshold yet
    await m.ctx.stockQuery().setThreshold({ productId: p._id, branchId: m.branches[0], threshold: 8 });
    await reserve(m, p._id, 2); // 7: below 8
    await flushEvents(h);
    const lows = h.events.filter((e) => e.type === 'products.stock-low' && e.merchantId === m.merchantId);
    expect(lows.map((e) => e.payload)).toMatchObject([{ productId: p._id, balance: 7, threshold: 8 }]);
  });

  it("shows another replica's price changes within the TTL", async () => {
    const m = await merchant(h);
    const p = await product(m.ctx, {}, 5000);
    const q = await product(m.ctx, {}, 7000);
    const there = { ...m, ctx: await replica.products.contextFor(m.viewer, 'token') };
    replica.directory.add(m.merchantId, [...m.branches], {});
    expect([await unitPrice(there, p._id), await unitPrice(there, q._id)]).toEqual([5000, 7000]);
    await m.ctx.priceRules().create({ productId: p._id, price: 4500 });
    await m.ctx.catalog().update(q._id, { baseUnit: { name: 'pcs', price: 6500 } });
    expect([await unitPrice(m, p._id), await unitPrice(m, q._id)]).toEqual([4500, 6500]);
    await new Promise((r) => setTimeout(r, SALE_READS_TTL_MS + 50));
    expect([await unitPrice(there, p._id), await unitPrice(there, q._id)]).toEqual([4500, 6500]);
  });
});
