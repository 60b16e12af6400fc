import type { Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EventInProgress,
  idempotentHandler,
  type ProcessedEventFields,
  processedEventModel,
  pruneProcessedEvents,
} from './consumer';
import { openTestDatabase, testEvent } from './test-support';

describe('idempotent consumer', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let processed: Model<ProcessedEventFields>;

  beforeAll(async () => {
    db = await openTestDatabase('kit_consumer');
    processed = processedEventModel(db.conn);
    await processed.createIndexes();
  });
  afterAll(() => db.close());

  it('runs the handler once for concurrent and later duplicates', async () => {
    let runs = 0;
    const handle = idempotentHandler(processed, 'reports.sales', async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 50));
    });
    const event = testEvent('orders.order-completed');
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => handle(event)));
    expect(runs).toBe(1);
    // The losers asked to be retried later rather than acking an event still in progress.
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(EventInProgress);

    await handle(event);
    expect(runs).toBe(1);
    const record = await processed.findOne({ _id: `reports.sales:${event.id}`, merchantId: 'm-1' }).lean();
    expect(record).toMatchObject({ state: 'done', consumer: 'reports.sales', eventId: event.id });
  });

  it('skips events the consumer does not concern itself with, without writing a claim', async () => {
    const runs: string[] = [];
    const handle = idempotentHandler(
      processed,
      'customers.relevant',
      async (e) => {
        runs.push(e.id);
      },
      { relevant: (e) => e.type === 'orders.order-refunded' },
    );
    const ignored = testEvent('orders.order-completed');
    const wanted = testEvent('orders.order-refunded');
    await handle(ignored);
    await handle(wanted);
    expect(runs).toEqual([wanted.id]);
    expect(
      await processed.findOne({ _id: `customers.relevant:${ignored.id}`, merchantId: 'm-1' }).lean(),
    ).toBeNull();
    expect(
      await processed.findOne({ _id: `customers.relevant:${wanted.id}`, merchantId: 'm-1' }).lean(),
    ).toMatchObject({
      state: 'done',
    });
  });

  it('lets a failed event be handled again', async () => {
    let runs = 0;
    const handle = idempotentHandler(processed, 'customers.points', async () => {
      runs++;
      if (runs === 1) throw new Error('ledger busy');
    });
    const event = testEvent('orders.order-completed');
    await expect(handle(event)).rejects.toThrow('ledger busy');
    await handle(event);
    await handle(event);
    expect(runs).toBe(2);
  });

  it('keeps consumers apart: one event, handled once by each', async () => {
    const runs: string[] = [];
    const event = testEvent('orders.order-completed');
    for (const consumer of ['reports.sales', 'customers.points'])
      await idempotentHandler(processed, consumer, async () => {
        runs.push(consumer);
      })(event);
    expect(runs).toEqual(['reports.sales', 'customers.points']);
  });

  it('takes over a claim whose process died mid-handler, once its lease expired', async () => {
    const event = testEvent('orders.order-completed');
    const key = `reports.sales:${event.id}`;
    const claim = {
      _id: key,
      consumer: 'reports.sales',
      eventId: event.id,
      type: event.type,
      merchantId: 'm-1',
    };
    await processed.create({ ...claim, state: 'processing', claimedAt: new Date() });
    let runs = 0;
    const handle = idempotentHandler(processed, 'reports.sales', async () => {
      runs++;
    });
    await expect(handle(event)).rejects.toBeInstanceOf(EventInProgress);

    await processed.deleteOne({ _id: key, merchantId: 'm-1' });
    await processed.create({ ...claim, state: 'processing', claimedAt: new Date(Date.now() - 120_000) });
    await handle(event);
    expect(runs).toBe(1);
    expect(await processed.findOne({ _id: key, merchantId: 'm-1' }).lean()).toMatchObject({ state: 'done' });
  });

  it('prunes old records of handled events only', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000);
    const base = { consumer: 'c', type: 't', merchantId: 'm-2' };
    await processed.create([
      { ...base, _id: 'c:old-done', eventId: 'old-done', state: 'done', claimedAt: old },
      { ...base, _id: 'c:old-stuck', eventId: 'old-stuck', state: 'processing', claimedAt: old },
      { ...base, _id: 'c:new-done', eventId: 'new-done', state: 'done', claimedAt: new Date() },
    ]);
    expect(await pruneProcessedEvents(processed, new Date(Date.now() - 30 * 86_400_000))).toBe(1);
    const left = await processed.find({ merchantId: 'm-2' }).distinct('_id');
    expect(left.sort()).toEqual(['c:new-done', 'c:old-stuck']);
  });
});
