import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportsModels, SalesDayRow } from '../src/models';
import { consumeEvent, rebuildReadModels } from '../src/projections';
import { SalesReportService } from '../src/services/sales.service';
import { B1, C1, C2, completed, line, plain, seedEvents } from './fixtures';
import { openReportsDatabase } from './support';

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
    expect(days.map((d) => [d.cashierId, d.orders, d.net, d.cost, d.events.length])).toEqual([
      [C1, 30, 450_000, 180_000, 30],
      [C2, 30, 450_000, 180_000, 30],
    ]);
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
});
