import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportsModels, SalesDayRow } from '../src/models';
import { consumeEvent, rebuildReadModels } from '../src/projections';
import { addToDayRow, insertMissing, PENDING_LIMIT } from '../src/projections/day-rows';
import { SalesReportService } from '../src/services/sales.service';
import { B1, C1, C2, completed, line, plain, seedEvents } from './fixtures';
import { expectEachCountedOnce, openReportsDatabase } from './support';

/** One Kopi Susu (15,000, cost 6,000) rung up by `cashierId` on 1 April. */
const sale = (merchantId: string, n: number, cashierId: string) =>
  plain(
    completed(merchantId, {
      id: `O${n}`,
      branchId: B1,
      cashierId,
      businessDate: '2026-04-01',
      completedAt: '2026-04-01T03:00:00Z',
      lines: [line('P1', 1)],
      payments: [['CASH', 15000]],
    }),
  );

const DAY = { from: '2026-04-01', to: '2026-04-01' };

describe('the sales day roll-up', () => {
  let db: Awaited<ReturnType<typeof openReportsDatabase>>;
  let models: ReportsModels;
  const service = (merchantId: string) =>
    new SalesReportService(models, { merchantId, userId: 'owner', branchIds: [], seeAllShifts: true });

  beforeAll(async () => {
    db = await openReportsDatabase('days');
    models = db.models;
  });
  afterAll(() => db?.close());

  it('adds 60 sales delivered concurrently, each three times, exactly once', async () => {
    const merchantId = randomBytes(12).toString('hex');
    const events = Array.from({ length: 60 }, (_, i) => sale(merchantId, i + 1, i % 2 ? C2 : C1));
    await Promise.all([...events, ...events, ...events].map((e) => consumeEvent(models, e)));

    const days = await models.salesDays.find({ merchantId }).sort({ cashierId: 1 }).lean<SalesDayRow[]>();
    expect(days.map((d) => [d.cashierId, d.orders, d.net, d.cost])).toEqual([
      [C1, 30, 450_000, 180_000],
      [C2, 30, 450_000, 180_000],
    ]);
    // Each event counted once: on its row's short list or settled into a mark, never both, none missing.
    for (const d of days)
      await expectEachCountedOnce(
        models,
        d,
        events.filter((e) => (e.payload as { cashierId: string }).cashierId === d.cashierId).map((e) => e.id),
      );
    const [totals] = await service(merchantId).totalsOf(DAY, [DAY]);
    expect(totals).toMatchObject({ orders: 60, net: 900_000, grossProfit: 540_000, averageBasket: 15_000 });
    expect(await service(merchantId).byCashier(DAY)).toEqual([
      { cashierId: C1, orders: 30, net: 450_000, averageBasket: 15_000 },
      { cashierId: C2, orders: 30, net: 450_000, averageBasket: 15_000 },
    ]);
  });

  it('equals the order rows it sums, before and after a rebuild from the event log', async () => {
    const merchantId = randomBytes(12).toString('hex');
    // The hand-computed data set (sales, a void, a refund on the original sale's date), delivered twice.
    for (const e of [...seedEvents(merchantId), ...seedEvents(merchantId)]) await consumeEvent(models, e);

    const fromOrders = async () => {
      const sums = new Map<string, { net: number; orders: number; cost: number }>();
      for (const o of await models.saleOrders.find({ merchantId }).lean()) {
        const key = `${o.businessDate}|${o.branchId}|${o.cashierId}`;
        const s = sums.get(key) ?? { net: 0, orders: 0, cost: 0 };
        sums.set(key, { net: s.net + o.net, orders: s.orders + o.orders, cost: s.cost + o.cost });
      }
      return Object.fromEntries([...sums].sort());
    };
    const fromDays = async () =>
      Object.fromEntries(
        (await models.salesDays.find({ merchantId }).lean<SalesDayRow[]>())
          .map((d) => [
            `${d.businessDate}|${d.branchId}|${d.cashierId}`,
            { net: d.net, orders: d.orders, cost: d.cost },
          ])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      );
    const expected = await fromOrders();
    expect(Object.keys(expected).length).toBeGreaterThan(2);
    expect(await fromDays()).toEqual(expected);

    await rebuildReadModels(models, merchantId);
    expect(await fromOrders()).toEqual(expected);
    expect(await fromDays()).toEqual(expected);
  });

  it('stays small on a busy day and counts a sale redelivered after it was settled once', async () => {
    const merchantId = randomBytes(12).toString('hex');
    const events = Array.from({ length: 200 }, (_, i) => sale(merchantId, i + 1, C1));
    for (const e of events) await consumeEvent(models, e);
    // Long settled, and still on the list.
    for (const e of [...events.slice(0, 10), ...events.slice(-2)]) await consumeEvent(models, e);

    const [day] = await models.salesDays.find({ merchantId }).lean<SalesDayRow[]>();
    expect(day).toMatchObject({ orders: 200, net: 3_000_000 });
    expect(day?.events.length).toBeLessThanOrEqual(PENDING_LIMIT);
    expect(await models.salesDayMarks.countDocuments({ merchantId })).toBe(200 - (day?.events.length ?? 0));
  });

  it('counts nothing twice when a writer dies while settling', async () => {
    const merchantId = randomBytes(12).toString('hex');
    const _id = `${merchantId}|2026-04-02|${B1}|${C1}`;
    const markOf = (item: string) => `${_id}|${item}`;
    const add = (item: string, dieWhileSettling = false) =>
      addToDayRow({
        model: models.salesDays,
        _id,
        merchantId,
        list: 'events',
        item,
        $inc: { orders: 1 },
        fields: { branchId: B1, cashierId: C1, businessDate: '2026-04-02', month: '2026-04', year: '2026' },
        settled: async () => (await models.salesDayMarks.findOne({ merchantId, _id: markOf(item) })) !== null,
        settle: async (items) => {
          await insertMissing(
            models.salesDayMarks,
            items.map((i) => ({ _id: markOf(i), merchantId })),
          );
          if (dieWhileSettling) throw new Error('killed after the marks, before the row');
        },
      });
    const items = Array.from({ length: PENDING_LIMIT + 1 }, (_, i) => `e${i}`);
    for (const item of items.slice(0, PENDING_LIMIT)) await add(item);
    await expect(add(items[PENDING_LIMIT] as string, true)).rejects.toThrow('killed');
    const row = async () => models.salesDays.findOne({ merchantId, _id }).lean<SalesDayRow>();
    // Marked and still listed: counted, by both.
    expect(await row()).toMatchObject({ orders: PENDING_LIMIT, events: items.slice(0, PENDING_LIMIT) });

    // Every event delivered again, twice: only the one that never landed is added.
    for (const item of [...items, ...items]) await add(item);
    const after = await row();
    expect(after?.orders).toBe(PENDING_LIMIT + 1);
    expect(after?.events.length).toBeLessThan(PENDING_LIMIT);
  });
});
