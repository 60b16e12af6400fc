import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocate, divHalfUp, lineTax, priceOrder } from '../src/services/pricing';
import type { QuoteInput } from '../src/services/quote.service';
import { CASHIER_SCOPES, type Harness, hex, merchant, product, startProducts, viewerOf } from './helpers';

describe('pricing arithmetic', () => {
  it('rounds half up', () => {
    expect([divHalfUp(11n, 2n), divHalfUp(9n, 2n), divHalfUp(14n, 10n), divHalfUp(15n, 10n)]).toEqual([
      6n,
      5n,
      1n,
      2n,
    ]);
  });
  it('spreads an amount exactly, largest remainders first', () => {
    expect(allocate(1000, [10_000, 5_000])).toEqual([667, 333]);
    expect(allocate(1000, [3333, 3333, 3333])).toEqual([334, 333, 333]);
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
  });
  it('computes tax per line, inclusive or exclusive', () => {
    const excl = { enabled: true, rateBasisPoints: 1100, pricesIncludeTax: false };
    const incl = { ...excl, pricesIncludeTax: true };
    expect([lineTax(50, true, excl), lineTax(45, true, excl), lineTax(40, true, excl)]).toEqual([6, 5, 4]);
    expect(lineTax(15_000, true, incl)).toBe(1486);
    expect(lineTax(15_000, false, incl)).toBe(0);
    expect(lineTax(15_000, true, { ...incl, enabled: false })).toBe(0);
  });
  it('keeps totals consistent with the lines', () => {
    const r = priceOrder(
      [
        { unitPrice: 10_000, quantity: 1, taxable: true, discount: { percentBasisPoints: 1000 } },
        { unitPrice: 5_000, quantity: 1, taxable: false, discount: { amount: 500 } },
      ],
      { amount: 1000 },
      { enabled: true, rateBasisPoints: 1100, pricesIncludeTax: false },
    );
    expect(r.lines).toEqual([
      { gross: 10_000, lineDiscount: 1000, orderDiscount: 667, tax: 917, total: 9250, netRevenue: 8333 },
      { gross: 5_000, lineDiscount: 500, orderDiscount: 333, tax: 0, total: 4167, netRevenue: 4167 },
    ]);
    expect(r.totals).toEqual({
      gross: 15_000,
      lineDiscount: 1500,
      orderDiscount: 1000,
      tax: 917,
      total: 13_417,
      netRevenue: 12_500,
    });
  });
});

let h: Harness;
beforeAll(async () => {
  h = await startProducts('pricing');
});
afterAll(() => h?.close());

describe('quote', () => {
  const NOW = new Date('2026-11-22T05:00:00Z');
  type Case = {
    name: string;
    tax?: { enabled: boolean; pricesIncludeTax: boolean };
    line: Partial<QuoteInput['lines'][number]>;
    order?: QuoteInput['orderDiscount'];
    at?: Date;
    tier?: string;
    expect: {
      unitPrice: number;
      baseQuantity: number;
      gross: number;
      lineDiscount: number;
      orderDiscount: number;
      tax: number;
      total: number;
    };
  };
  // Product: pcs Rp5.000, box of 12 Rp55.000 (barcode BOX-1), a special pcs price of Rp4.500
  // from 05:00 to 07:00 UTC, and Rp4.000 for GOLD customers.
  const cases: Case[] = [
    {
      name: 'base unit',
      line: { quantity: 3 },
      at: new Date('2026-11-22T04:00:00Z'),
      expect: {
        unitPrice: 5000,
        baseQuantity: 3,
        gross: 15_000,
        lineDiscount: 0,
        orderDiscount: 0,
        tax: 0,
        total: 15_000,
      },
    },
    {
      name: 'unit conversion (box of 12)',
      line: { quantity: 2, unit: 'box' },
      expect: {
        unitPrice: 55_000,
        baseQuantity: 24,
        gross: 110_000,
        lineDiscount: 0,
        orderDiscount: 0,
        tax: 0,
        total: 110_000,
      },
    },
    {
      name: 'barcode picks the box',
      line: { productId: null, barcode: 'box-1', quantity: 1 },
      expect: {
        unitPrice: 55_000,
        baseQuantity: 12,
        gross: 55_000,
        lineDiscount: 0,
        orderDiscount: 0,
        tax: 0,
        total: 55_000,
      },
    },
    {
      name: 'special price inside its window',
      line: { quantity: 2 },
      at: new Date('2026-11-22T06:59:59Z'),
      expect: {
        unitPrice: 4500,
        baseQuantity: 2,
        gross: 9000,
        lineDiscount: 0,
        orderDiscount: 0,
        tax: 0,
        total: 9000,
      },
    },
    {
      name: 'special price window ended',
      line: { quantity: 2 },
      at: new Date('2026-11-22T07:00:00Z'),
      expect: {
        unitPrice: 5000,
        baseQuantity: 2,
        gross: 10_000,
        lineDiscount: 0,
        orderDiscount: 0,
        tax: 0,
        total: 10_000,
      },
    },
    {
      name: 'tier price beats the window price',
      line: { quantity: 1 },
      tier: 'gold',
      expect: {
        unitPrice: 4000,
        baseQuantity: 1,
        gross: 4000,
        lineDiscount: 0,
        orderDiscount: 0,
        tax: 0,
        total: 4000,
      },
    },
    {
      name: 'percent line discount, half-up',
      line: { quantity: 1, unit: 'box', discount: { percentBasisPoints: 1250 } },
      expect: {
        unitPrice: 55_000,
        baseQuantity: 12,
        gross: 55_000,
        lineDiscount: 6875,
        orderDiscount: 0,
        tax: 0,
        total: 48_125,
      },
    },
    {
      name: 'percent rounding 0.5 goes up',
      line: { quantity: 1, priceOverride: 4999, discount: { percentBasisPoints: 5000 } },
      expect: {
        unitPrice: 4999,
        baseQuantity: 1,
        gross: 4999,
        lineDiscount: 2500,
        orderDiscount: 0,
        tax: 0,
        total: 2499,
      },
    },
    {
      name: 'fixed line discount',
      line: { quantity: 3, discount: { amount: 2500 } },
      at: new Date('2026-11-22T08:00:00Z'),
      expect: {
        unitPrice: 5000,
        baseQuantity: 3,
        gross: 15_000,
        lineDiscount: 2500,
        orderDiscount: 0,
        tax: 0,
        total: 12_500,
      },
    },
    {
      name: 'order discount after the line discount',
      line: { quantity: 1, unit: 'box', discount: { amount: 5000 } },
      order: { percentBasisPoints: 1000 },
      expect: {
        unitPrice: 55_000,
        baseQuantity: 12,
        gross: 55_000,
        lineDiscount: 5000,
        orderDiscount: 5000,
        tax: 0,
        total: 45_000,
      },
    },
    {
      name: 'tax exclusive 11%',
      tax: { enabled: true, pricesIncludeTax: false },
      line: { quantity: 3 },
      at: new Date('2026-11-22T08:00:00Z'),
      expect: {
        unitPrice: 5000,
        baseQuantity: 3,
        gross: 15_000,
        lineDiscount: 0,
        orderDiscount: 0,
        tax: 1650,
        total: 16_650,
      },
    },
    {
      name: 'tax inclusive 11%',
      tax: { enabled: true, pricesIncludeTax: true },
      line: { quantity: 3 },
      at: new Date('2026-11-22T08:00:00Z'),
      expect: {
        unitPrice: 5000,
        baseQuantity: 3,
        gross: 15_000,
        lineDiscount: 0,
        orderDiscount: 0,
        tax: 1486,
        total: 15_000,
      },
    },
    {
      name: 'tax exclusive rounds half-up once per line',
      tax: { enabled: true, pricesIncludeTax: false },
      line: { quantity: 1, priceOverride: 50 },
      expect: {
        unitPrice: 50,
        baseQuantity: 1,
        gross: 50,
        lineDiscount: 0,
        orderDiscount: 0,
        tax: 6,
        total: 56,
      },
    },
    {
      name: 'tax on the discounted value',
      tax: { enabled: true, pricesIncludeTax: false },
      line: { quantity: 1, unit: 'box', discount: { percentBasisPoints: 1000 } },
      expect: {
        unitPrice: 55_000,
        baseQuantity: 12,
        gross: 55_000,
        lineDiscount: 5500,
        orderDiscount: 0,
        tax: 5445,
        total: 54_945,
      },
    },
  ];

  it.each(cases)('$name', async (c) => {
    const m = await merchant(h, {
      enabled: c.tax?.enabled ?? false,
      pricesIncludeTax: c.tax?.pricesIncludeTax ?? true,
    });
    const p = await product(
      m.ctx,
      { units: [{ name: 'box', factor: 12, price: 55_000, barcode: 'BOX-1' }] },
      5000,
    );
    await m.ctx.priceRules().create({
      productId: p._id,
      price: 4500,
      startsAt: new Date('2026-11-22T05:00:00Z'),
      endsAt: new Date('2026-11-22T07:00:00Z'),
    });
    await m.ctx.priceRules().create({ productId: p._id, price: 4000, customerTier: 'GOLD' });
    const q = await m.ctx.quotes().quote({
      branchId: m.branches[0],
      at: c.at ?? NOW,
      customerTier: c.tier ?? null,
      lines: [{ productId: p._id, quantity: 1, ...c.line }],
      orderDiscount: c.order ?? null,
    });
    expect(q.__typename).toBe('Quote');
    if (q.__typename !== 'Quote') return;
    expect(q.lines[0]).toMatchObject(c.expect);
    expect(q.total).toBe(c.expect.total);
    expect(q.netRevenue).toBe(c.expect.total - c.expect.tax);
  });

  it('asks the customer tier, checks scopes and refuses products not for sale', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx, { costPrice: 3000 }, 5000);
    await m.ctx.priceRules().create({ productId: p._id, price: 4200, customerTier: 'SILVER' });
    const customerId = hex();
    h.directory.tiers.set(customerId, 'silver');
    const q = await m.ctx
      .quotes()
      .quote({ branchId: m.branches[0], customerId, lines: [{ productId: p._id, quantity: 2 }] });
    expect(q).toMatchObject({
      __typename: 'Quote',
      total: 8400,
      cost: 6000,
      lines: [{ unitPrice: 4200, listUnitPrice: 5000, cost: 6000 }],
    });

    const cashier = await h.products.contextFor(viewerOf(m.merchantId, CASHIER_SCOPES));
    await expect(
      cashier
        .quotes()
        .quote({ branchId: m.branches[0], lines: [{ productId: p._id, quantity: 1, priceOverride: 1 }] }),
    ).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    const noDiscount = await h.products.contextFor(viewerOf(m.merchantId, ['sales:checkout']));
    await expect(
      noDiscount.quotes().quote({
        branchId: m.branches[0],
        lines: [{ productId: p._id, quantity: 1 }],
        orderDiscount: { amount: 10 },
      }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });

    await m.ctx.catalog().setStatus(p._id, 'INACTIVE');
    expect(
      await m.ctx.quotes().quote({ branchId: m.branches[0], lines: [{ productId: p._id, quantity: 1 }] }),
    ).toMatchObject({
      __typename: 'ProductNotForSale',
      productIds: [p._id],
    });
    await expect(
      m.ctx.quotes().quote({ branchId: hex(), lines: [{ productId: p._id, quantity: 1 }] }),
    ).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
