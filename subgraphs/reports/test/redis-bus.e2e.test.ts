/**
 * The reports consumer on the Redis bus across processes. A reports process is killed (SIGKILL)
 * while it consumes, with a refund that came before its sale still pending; more events are
 * published while no reports process runs; a second process takes over. Every figure then comes
 * out as hand-computed (expected.ts) and no event is counted twice.
 *
 *   this test ──publish──> Redis streams (this run's prefix) ──> reports 1 (killed) ... reports 2
 *        └── reads the read models ──> the run's database <──────────┘
 */
import { type DomainEvent, EventTypes, op } from '@pos/kit';
import { waitFor } from '@pos/kit/events/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../../gateway/test/harness';
import type { Launched } from '../../../gateway/test/processes';
import type { ReportsModels, SaleOrderRow, SalesDayRow } from '../src/models';
import { CONSUMED_EVENTS } from '../src/projections';
import { orderStatus } from '../src/projections/sales.projection';
import {
  RANGE,
  SALES_BY_CASHIER,
  SALES_BY_PAYMENT_METHOD,
  SALES_SUMMARY,
  SALES_SUMMARY_FIELDS,
} from './expected';
import { seedEvents } from './fixtures';
import { ReportsOnRedis } from './on-redis';

/** The consumer group of the reports subgraph (server.ts). */
const GROUP = 'reports';
/** Short, so a dead consumer's messages and a failed handler's come back within a second. */
const CLAIM_IDLE_MS = 500;
/** Process 1 holds each handled event this long before acking it: the kill lands in between. */
const HANDLER_PAUSE_MS = 300;

const SALES = /* GraphQL */ `
  query Sales($filter: ReportFilter!) {
    salesSummary(filter: $filter) { ${SALES_SUMMARY_FIELDS} }
    salesByPaymentMethod(filter: $filter) { method amount payments }
    salesByCashier(filter: $filter) { cashierId orders net averageBasket }
  }
`;

interface PendingMessage {
  eventId: string;
  consumer: string;
}

describe('the reports consumer on the Redis bus, across a crash and a restart', () => {
  const r = new ReportsOnRedis('bus');
  const { prefix, merchantId, publisher, redis, children } = r;
  let models: ReportsModels;
  let first: Launched;
  let second: Launched;

  // The data set, split so that its refund (R1) arrives before its sale (O4), part of it reaches a
  // process that is killed, and the rest is published while no reports process runs.
  const events = seedEvents(merchantId);
  const byName = (name: string) => events.find((e) => e.id === `${merchantId}:${name}`) as DomainEvent;
  const refund = byName('R1:refunded');
  const sale = byName('O4:completed');
  const rest = events.filter((e) => e !== refund && e !== sale);
  const beforeKill = rest.slice(0, 4); // O0-O3
  const burst = rest.slice(4, 11); // O5, its void, O6, two shifts, two cash movements
  const whileDown = [sale, ...rest.slice(11)]; // O4, deliveries, kasbon
  const ids = (list: readonly DomainEvent[]) => list.map((e) => e.id);

  const logged = (list: readonly DomainEvent[]) =>
    models.eventLog.countDocuments({ merchantId, _id: op({ $in: ids(list) }) });
  const refundRows = () => models.saleOrders.countDocuments({ merchantId, kind: 'REFUND' });

  /** Messages of the group delivered and not acked, on every stream reports reads. */
  async function pending(): Promise<PendingMessage[]> {
    const out: PendingMessage[] = [];
    for (const type of CONSUMED_EVENTS) {
      const key = publisher.streamKey(type);
      const rows = (await redis.xpending(key, GROUP, '-', '+', 1000)) as [string, string, number, number][];
      for (const [id, consumer] of rows) {
        const fields = (await redis.xrange(key, id, id))[0]?.[1] ?? [];
        const json = fields[fields.indexOf('event') + 1];
        out.push({ eventId: json ? (JSON.parse(json) as { id: string }).id : `trimmed ${id}`, consumer });
      }
    }
    return out;
  }

  /** Messages of the group's streams not yet delivered to any member (the group's lag). */
  async function undelivered(): Promise<number> {
    let total = 0;
    for (const type of CONSUMED_EVENTS) {
      const groups = (await redis.xinfo('GROUPS', publisher.streamKey(type))) as unknown[][];
      for (const g of groups) {
        const info = new Map<unknown, unknown>(g.flatMap((v, i) => (i % 2 ? [] : [[v, g[i + 1]]])));
        if (info.get('name') === GROUP) total += Number(info.get('lag'));
      }
    }
    return total;
  }

  async function publish(list: readonly DomainEvent[]): Promise<void> {
    for (const e of list) await publisher.publish(e);
  }

  beforeAll(async () => {
    await r.open(CLAIM_IDLE_MS);
    models = r.models;
    first = await r.launch({ HANDLER_PAUSE_MS: String(HANDLER_PAUSE_MS) });
  });

  afterAll(() => r.close());

  it('logs what the first process consumes; a refund before its sale stays pending, unprojected', async () => {
    await publish(beforeKill);
    await waitFor(async () => (await logged(beforeKill)) === beforeKill.length, 'O0-O3 to be logged');

    await publish([refund]);
    await waitFor(async () => (await logged([refund])) === 1, 'the refund to reach the consumer');
    expect((await pending()).map((p) => p.eventId)).toContain(refund.id);
    expect(await refundRows()).toBe(0);
  });

  it('leaves the messages of a process killed while consuming pending, not lost', async () => {
    await publish(burst);
    await waitFor(async () => (await logged(burst)) > 0, 'the burst to reach the consumer');
    await children.kill(first.proc);

    const held = await pending();
    const inFlight = held.map((p) => p.eventId).filter((id) => ids(burst).includes(id));
    // The handler pauses before acking: what it logged last was delivered and not acked.
    expect(inFlight.length).toBeGreaterThan(0);
    expect(held.map((p) => p.eventId)).toContain(refund.id);
    expect(new Set(held.map((p) => p.consumer)).size).toBe(1);
    expect(await refundRows()).toBe(0);
  });

  it('keeps what is published while no reports process runs', async () => {
    await publish(whileDown);
    expect(await undelivered()).toBeGreaterThanOrEqual(whileDown.length);
    expect(await logged(whileDown)).toBe(0);
  });

  it('takes over in a second process: every event logged and acked, the refund healed', async () => {
    second = await r.launch();
    await waitFor(
      async () =>
        (await logged(events)) === events.length &&
        (await refundRows()) === 1 &&
        (await pending()).length === 0,
      'every event to be logged, projected and acked',
      30_000,
    );
    expect(await redis.xlen(`${prefix}:dead-letter`)).toBe(0);
  });

  it('answers the hand-computed figures over HTTP', async () => {
    const { status, body } = await r.query(second, SALES, { filter: RANGE });
    expect(status).toBe(200);
    expect(expectNoErrors(body)).toEqual({
      salesSummary: SALES_SUMMARY,
      salesByPaymentMethod: SALES_BY_PAYMENT_METHOD,
      salesByCashier: SALES_BY_CASHIER,
    });
  });

  it('keeps the status of the refunded and the voided order for their invoices', async () => {
    expect(await models.orderDocs.countDocuments({ merchantId, orderId: op({ $in: ['O4', 'O5'] }) })).toBe(2);
    expect([
      await orderStatus(models, merchantId, 'O4'),
      await orderStatus(models, merchantId, 'O5'),
    ]).toEqual(['REFUNDED', 'VOIDED']);
  });

  // The killed process had projected a burst event it never acked; the second one got it again.
  it('projected no event twice', async () => {
    const orderTypes = new Set<string>([
      EventTypes.OrderCompleted,
      EventTypes.OrderVoided,
      EventTypes.OrderRefunded,
    ]);
    const orderEvents = events.filter((e) => orderTypes.has(e.type));
    const orders = await models.saleOrders.find({ merchantId }).lean<SaleOrderRow[]>();
    expect(orders.map((o) => o.eventId).sort()).toEqual(ids(orderEvents).sort());

    const days = await models.salesDays.find({ merchantId }).lean<SalesDayRow[]>();
    const listed = days.flatMap((d) => d.events);
    expect(listed.sort()).toEqual(ids(orderEvents).sort());

    // Each day row is the sum of its order rows.
    const columns = ['gross', 'discounts', 'returns', 'net', 'tax', 'cost', 'profit', 'orders'] as const;
    for (const day of days) {
      const mine = orders.filter(
        (o) =>
          o.businessDate === day.businessDate && o.branchId === day.branchId && o.cashierId === day.cashierId,
      );
      const sums = Object.fromEntries(columns.map((c) => [c, mine.reduce((t, o) => t + o[c], 0)]));
      expect(Object.fromEntries(columns.map((c) => [c, day[c]])), day._id).toEqual(sums);
    }
  });
});
