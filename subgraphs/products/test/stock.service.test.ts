import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StockEntryDoc } from '../src/models';
import { StockOps } from '../src/services/stock-ops';
import { flushEvents, type Harness, hex, merchant, product, startProducts } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startProducts('stock');
});
afterAll(() => h?.close());

type M = Awaited<ReturnType<typeof merchant>>;

async function receive(m: M, productId: string, quantity: number, branchId = m.branches[0]) {
  const r = await m.ctx.stock().receive({ branchId, lines: [{ productId, quantity }] });
  expect(r.__typename).toBe('StockOperation');
}

const reserve = (
  m: M,
  productId: string,
  quantity: number,
  orderId = hex(),
  extra: Record<string, unknown> = {},
) =>
  m.internal.orderStock(m.merchantId).reserve({
    branchId: m.branches[0],
    orderId,
    step: 'reserve',
    lines: [{ productId, baseQuantity: quantity }],
    ...extra,
  });

const balance = async (m: M, productId: string, branchId = m.branches[0]) =>
  (await m.ctx.stockQuery().level(productId, branchId)).balance;

async function stream(m: M, productId: string, branchId: string): Promise<StockEntryDoc[]> {
  return h.products.models.stockEntries
    .find({ merchantId: m.merchantId, productId, branchId })
    .sort({ seq: 1 })
    .lean<StockEntryDoc[]>();
}

/** Balance = running sum of changes, sequences 1..n without gaps, exactly one head. */
function expectLedgerInvariant(entries: StockEntryDoc[]) {
  let sum = 0;
  entries.forEach((e, i) => {
    expect(e.seq).toBe(i + 1);
    sum += e.change;
    expect(e.balance).toBe(sum);
  });
  return sum;
}

/** A small deterministic PRNG, so a failing sequence can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
}

describe('stock ledger', () => {
  it('keeps balance = sum of changes and gap-free sequences after random operations', async () => {
    const m = await merchant(h);
    const a = await product(m.ctx);
    const b = await product(m.ctx, { allowNegativeStock: true });
    const rand = prng(20261122);
    const reservations: string[] = [];
    for (let round = 0; round < 12; round++) {
      // Five operations at once per round: they race for the same streams.
      await Promise.all(
        Array.from({ length: 5 }, async () => {
          const p = rand(2) === 0 ? a : b;
          const branch = m.branches[rand(2)] as string;
          switch (rand(7)) {
            case 0:
              return receive(m, p._id, 1 + rand(20), branch);
            case 1:
              return m.ctx.stock().adjust({
                branchId: branch,
                productId: p._id,
                change: rand(2) ? 1 + rand(5) : -(1 + rand(5)),
                note: 'random',
              });
            case 2:
              return m.ctx
                .stock()
                .count({ branchId: branch, lines: [{ productId: p._id, counted: rand(30) }] });
            case 3: {
              const orderId = hex();
              reservations.push(orderId);
              return reserve(m, p._id, 1 + rand(5), orderId);
            }
            case 4: {
              const orderId = reservations[rand(reservations.length || 1)];
              return orderId
                ? m.internal.orderStock(m.merchantId).release({ orderId, step: 'reserve' })
                : undefined;
            }
            case 5:
              return m.internal.orderStock(m.merchantId).returnStock({
                branchId: m.branches[0],
                orderId: hex(),
                step: 'refund:1',
                reason: 'REFUND',
                lines: [{ productId: p._id, baseQuantity: 1 + rand(3) }],
              });
            default:
              return m.ctx.stock().transfer({
                fromBranchId: branch,
                toBranchId: branch === m.branches[0] ? m.branches[1] : m.branches[0],
                lines: [{ productId: p._id, quantity: 1 + rand(4) }],
              });
          }
        }),
      );
    }
    for (const p of [a, b]) {
      for (const branch of m.branches) {
        const entries = await stream(m, p._id, branch);
        const sum = expectLedgerInvariant(entries);
        expect(await balance(m, p._id, branch)).toBe(sum);
        // Only the product that allows it may ever go below zero.
        if (!p.allowNegativeStock) expect(entries.every((e) => e.balance >= 0)).toBe(true);
      }
    }
  });

  it('lets exactly 50 of 200 concurrent one-unit reservations through 50 in stock', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    await receive(m, p._id, 50);
    // A second replica on the same database: each serialises its own writers, so the replicas
    // race each other through the database and only its unique index decides.
    const replicas = [await startProducts('stock', { joinDbOf: h })];
    try {
      const contexts = [
        m.internal,
        ...(await Promise.all(replicas.map((r) => r.products.contextFor(null, null, true)))),
      ];
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          (contexts[i % contexts.length] as typeof m.internal).orderStock(m.merchantId).reserve({
            branchId: m.branches[0],
            orderId: hex(),
            step: 'reserve',
            lines: [{ productId: p._id, baseQuantity: 1 }],
          }),
        ),
      );
      const kinds = results.map((r) => r.__typename);
      expect(kinds.filter((k) => k === 'OrderStockChange')).toHaveLength(50);
      expect(kinds.filter((k) => k === 'OutOfStock')).toHaveLength(150);
      expect(await balance(m, p._id)).toBe(0);
      const entries = await stream(m, p._id, m.branches[0]);
      expect(entries).toHaveLength(51);
      expect(expectLedgerInvariant(entries)).toBe(0);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
    }
  }, 120_000);

  it('changes nothing when a reservation, a release or a return is replayed', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    await receive(m, p._id, 10);
    const orderId = hex();
    const first = await reserve(m, p._id, 4, orderId);
    expect(first).toMatchObject({
      __typename: 'OrderStockChange',
      replayed: false,
      lines: [{ productId: p._id, baseQuantity: 4, balance: 6 }],
    });
    const again = await Promise.all([reserve(m, p._id, 4, orderId), reserve(m, p._id, 4, orderId)]);
    for (const r of again)
      expect(r).toMatchObject({ __typename: 'OrderStockChange', replayed: true, lines: [{ balance: 6 }] });
    expect(await balance(m, p._id)).toBe(6);
    await expect(reserve(m, p._id, 5, orderId)).rejects.toThrow(/another request/);

    const released = await m.internal.orderStock(m.merchantId).release({ orderId, step: 'reserve' });
    expect(released).toMatchObject({ replayed: false, lines: [{ baseQuantity: 4, balance: 10 }] });
    expect((await m.internal.orderStock(m.merchantId).release({ orderId, step: 'reserve' })).replayed).toBe(
      true,
    );
    expect(await balance(m, p._id)).toBe(10);
    expect((await reserve(m, p._id, 4, orderId)).__typename).toBe('ReservationReleased');

    const refund = {
      branchId: m.branches[0],
      orderId,
      step: 'refund:r1',
      reason: 'REFUND' as const,
      lines: [{ productId: p._id, baseQuantity: 2 }],
    };
    expect((await m.internal.orderStock(m.merchantId).returnStock(refund)).replayed).toBe(false);
    expect((await m.internal.orderStock(m.merchantId).returnStock(refund)).replayed).toBe(true);
    expect(await balance(m, p._id)).toBe(12);

    const short = hex();
    expect((await reserve(m, p._id, 100, short)).__typename).toBe('OutOfStock');
    await receive(m, p._id, 200);
    // A refused reservation stays refused: replaying it is not a new attempt.
    expect((await reserve(m, p._id, 100, short)).__typename).toBe('OutOfStock');
    expect(await balance(m, p._id)).toBe(212);
    expectLedgerInvariant(await stream(m, p._id, m.branches[0]));
  });

  it('takes nothing when a release came before its reservation', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    await receive(m, p._id, 5);
    const orderId = hex();
    const released = await m.internal.orderStock(m.merchantId).release({ orderId, step: 'reserve' });
    expect(released.lines).toEqual([]);
    expect((await reserve(m, p._id, 2, orderId)).__typename).toBe('ReservationReleased');
    expect(await balance(m, p._id)).toBe(5);
  });

  it('reserves all lines or none, and lists every short line', async () => {
    const m = await merchant(h);
    const [a, b, c] = [await product(m.ctx), await product(m.ctx), await product(m.ctx)];
    await receive(m, a._id, 10);
    await receive(m, b._id, 1);
    const r = await m.internal.orderStock(m.merchantId).reserve({
      branchId: m.branches[0],
      orderId: hex(),
      step: 'reserve',
      lines: [
        { productId: a._id, baseQuantity: 3 },
        { productId: b._id, baseQuantity: 2 },
        { productId: c._id, baseQuantity: 1 },
      ],
    });
    expect(r.__typename).toBe('OutOfStock');
    if (r.__typename !== 'OutOfStock') return;
    expect(r.lines.sort((x, y) => x.requested - y.requested)).toEqual([
      { productId: c._id, requested: 1, available: 0 },
      { productId: b._id, requested: 2, available: 1 },
    ]);
    expect([await balance(m, a._id), await balance(m, b._id)]).toEqual([10, 1]);
  });

  it('accepts offline sales below zero and raises a negative-stock alert', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    await receive(m, p._id, 1);
    const orderId = hex();
    const r = await reserve(m, p._id, 3, orderId, {
      allowNegative: true,
      at: new Date('2026-11-20T03:00:00Z'),
    });
    expect(r).toMatchObject({ __typename: 'OrderStockChange', lines: [{ balance: -2 }] });
    await flushEvents(h);
    const negative = h.events.filter(
      (e) => e.type === 'products.stock-negative' && e.merchantId === m.merchantId,
    );
    expect(negative).toHaveLength(1);
    expect(negative[0]?.payload).toMatchObject({ productId: p._id, balance: -2, change: -3, orderId });
    const [entry] = (await stream(m, p._id, m.branches[0])).slice(-1);
    expect(entry?.at.toISOString()).toBe('2026-11-20T03:00:00.000Z');
  });

  it('publishes a low-stock alert once per crossing, again only after a restock', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    const topic = h.pubsub.subscribe<{ kind: string; merchantId: string; balance: number }>(
      `stock-low:${m.merchantId}:${m.branches[0]}`,
    );
    await m.ctx.stockQuery().setThreshold({ productId: p._id, branchId: m.branches[0], threshold: 5 });
    await receive(m, p._id, 10);
    for (const q of [3, 3, 1, 1]) await reserve(m, p._id, q); // 7, 4 (crosses), 3, 2
    await flushEvents(h);
    // Delivery is at least once (two replicas' relays may both publish an entry); one crossing is one event id.
    const lows = () => [
      ...new Map(
        h.events
          .filter((e) => e.type === 'products.stock-low' && e.merchantId === m.merchantId)
          .map((e) => [e.id, e]),
      ).values(),
    ];
    expect(lows()).toHaveLength(1);
    expect(lows()[0]?.payload).toMatchObject({
      productId: p._id,
      branchId: m.branches[0],
      balance: 4,
      threshold: 5,
    });
    expect((await m.ctx.stockQuery().lowStockItems(m.branches[0])).map((l) => l.productId)).toEqual([p._id]);

    await receive(m, p._id, 3); // 5: at the threshold, no longer low
    expect(await m.ctx.stockQuery().lowStockItems(null)).toEqual([]);
    await reserve(m, p._id, 1); // 4: crosses again
    await reserve(m, p._id, 1);
    await flushEvents(h);
    expect(lows()).toHaveLength(2);
    expect((await topic.next()).value).toMatchObject({ kind: 'LOW', merchantId: m.merchantId, balance: 4 });
    await topic.return?.();
  });

  it('transfers both sides or neither, also after a crash in between', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx, { units: [{ name: 'box', factor: 12, price: 55_000 }] });
    const [from, to] = m.branches;
    await receive(m, p._id, 30, from);
    const ok = await m.ctx.stock().transfer({
      fromBranchId: from,
      toBranchId: to,
      lines: [{ productId: p._id, quantity: 2, unit: 'box' }],
    });
    expect(ok).toMatchObject({ __typename: 'StockOperation', kind: 'TRANSFER' });
    expect([await balance(m, p._id, from), await balance(m, p._id, to)]).toEqual([6, 24]);

    const refused = await m.ctx
      .stock()
      .transfer({ fromBranchId: from, toBranchId: to, lines: [{ productId: p._id, quantity: 7 }] });
    expect(refused).toMatchObject({ __typename: 'OutOfStock', lines: [{ requested: 7, available: 6 }] });
    expect([await balance(m, p._id, from), await balance(m, p._id, to)]).toEqual([6, 24]);

    // A crash after the TRANSFER_OUT entries: the recovery job writes the TRANSFER_IN side.
    const ops = new StockOps(h.products.models, h.products.ledgerFor(m.merchantId));
    const opId = `${m.merchantId}|manual|crash-${hex(4)}`;
    const lines = [{ product: p, quantity: 4 }];
    await ops.begin({ id: opId, kind: 'TRANSFER', request: {}, branchId: from, toBranchId: to, lines });
    await ops.take(opId, lines, {
      branchId: from,
      allowNegative: false,
      meta: { reason: 'TRANSFER_OUT', at: new Date() },
    });
    expect([await balance(m, p._id, from), await balance(m, p._id, to)]).toEqual([2, 24]);
    // A crash before anything was taken: recovery refuses it and nothing moves.
    const early = `${m.merchantId}|manual|early-${hex(4)}`;
    await ops.begin({ id: early, kind: 'TRANSFER', request: {}, branchId: from, toBranchId: to, lines });
    expect(await h.products.recoverTransfers(0)).toBeGreaterThanOrEqual(2);
    expect([await balance(m, p._id, from), await balance(m, p._id, to)]).toEqual([2, 28]);
    expect((await ops.outcome(early))?.outcome).toBe('REFUSED');
    expect(await h.products.recoverTransfers(0)).toBe(0);
    for (const branch of m.branches) expectLedgerInvariant(await stream(m, p._id, branch));
  });

  it('records a stock count as the difference and refuses adjustments below zero', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    await receive(m, p._id, 10);
    const count = await m.ctx
      .stock()
      .count({ branchId: m.branches[0], lines: [{ productId: p._id, counted: 7 }], reference: 'OPN-1' });
    expect(count).toMatchObject({
      __typename: 'StockOperation',
      entries: [{ reason: 'COUNT', change: -3, balance: 7, counted: 7 }],
    });
    const adjust = await m.ctx
      .stock()
      .adjust({ branchId: m.branches[0], productId: p._id, change: -8, note: 'rusak' });
    expect(adjust).toMatchObject({ __typename: 'OutOfStock', lines: [{ requested: 8, available: 7 }] });
    const key = {
      branchId: m.branches[0],
      lines: [{ productId: p._id, quantity: 5 }],
      idempotencyKey: 'PO-77',
    };
    expect((await m.ctx.stock().receive(key)).__typename).toBe('StockOperation');
    expect(await m.ctx.stock().receive(key)).toMatchObject({ replayed: true });
    expect(
      (await m.ctx.stock().receive({ ...key, lines: [{ productId: p._id, quantity: 6 }] })).__typename,
    ).toBe('IdempotencyKeyReused');
    expect(await balance(m, p._id)).toBe(12);
  });
});
