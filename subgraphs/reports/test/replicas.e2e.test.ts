/**
 * Two reports processes in one consumer group on Redis, sharing the database: Redis hands each
 * event to one of them, so both add sales of the same day, branch and cashier at the same time.
 * On FerretDB an update rewrites the whole row and concurrent ones are lost, so the replicas take
 * a Redis lock per row (the kit's redis-lock test shows the losses it prevents under heavy
 * contention); here the whole path runs in real processes, with every sale published twice.
 */
import { type DomainEvent, op } from '@pos/kit';
import { waitFor } from '@pos/kit/events/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../../gateway/test/harness';
import type { Launched } from '../../../gateway/test/processes';
import type { ReportsModels, SalesDayRow } from '../src/models';
import { CONSUMED_EVENTS } from '../src/projections';
import { B1, C1, C2, completed, line, plain } from './fixtures';
import { ReportsOnRedis } from './on-redis';
import { expectEachCountedOnce } from './support';

const SALES = 60;

describe('two reports replicas adding to the same day rows at once', () => {
  const r = new ReportsOnRedis('replicas');
  const { merchantId, publisher, redis } = r;
  let models: ReportsModels;
  let replicas: Launched[];

  /** 60 Kopi Susu sales (15,000 each, cost 6,000) on 1 April, alternating two cashiers. */
  const events: DomainEvent[] = Array.from({ length: SALES }, (_, i) =>
    plain(
      completed(merchantId, {
        id: `R${i}`,
        branchId: B1,
        cashierId: i % 2 ? C2 : C1,
        businessDate: '2026-04-01',
        completedAt: '2026-04-01T03:00:00Z',
        lines: [line('P1', 1)],
        payments: [['CASH', 15000]],
      }),
    ),
  );

  async function pendingCount(): Promise<number> {
    let total = 0;
    for (const type of CONSUMED_EVENTS) {
      const key = publisher.streamKey(type);
      if (!(await redis.exists(key))) continue;
      const summary = (await redis.xpending(key, 'reports').catch(() => [0])) as [number];
      total += Number(summary[0] ?? 0);
    }
    return total;
  }

  beforeAll(async () => {
    await r.open(1000);
    models = r.models;
    replicas = await Promise.all([r.launch(), r.launch()]);
  });

  afterAll(() => r.close());

  it('adds every sale once, whichever replica handled it, even when it is published twice', async () => {
    await Promise.all([...events, ...events].map((e) => publisher.publish(e)));
    await waitFor(
      async () =>
        (await models.eventLog.countDocuments({ merchantId, _id: op({ $in: events.map((e) => e.id) }) })) ===
          SALES && (await pendingCount()) === 0,
      'every sale to be logged and acked',
      60_000,
    );

    const days = await models.salesDays.find({ merchantId }).sort({ cashierId: 1 }).lean<SalesDayRow[]>();
    expect(days.map((d) => [d.cashierId, d.orders, d.net, d.profit])).toEqual([
      [C1, 30, 450_000, 270_000],
      [C2, 30, 450_000, 270_000],
    ]);
    // Every sale accounted for once: still on its row's short list, or settled into a mark.
    for (const d of days)
      await expectEachCountedOnce(
        models,
        d,
        events.filter((e) => (e.payload as { cashierId: string }).cashierId === d.cashierId).map((e) => e.id),
      );

    const { body } = await r.query(
      replicas[1] as Launched,
      '{ salesByCashier(filter: { from: "2026-04-01", to: "2026-04-01" }) { cashierId orders net } }',
    );
    expect(expectNoErrors(body)).toEqual({
      salesByCashier: [
        { cashierId: C1, orders: 30, net: '450000' },
        { cashierId: C2, orders: 30, net: '450000' },
      ],
    });
  });
});
