import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryEventBus } from './memory';
import { RedisEventBus } from './redis';
import { deleteKeys, redisUrl, silent, sleep, tally, testEvent, uniquePrefix, waitFor } from './test-support';
import type { DomainEvent, EventBus } from './types';

/** Members of one group in "different processes": separate Redis buses, or the one memory bus. */
interface Harness {
  member(): EventBus;
  close(): Promise<void>;
}

const adapters: { name: string; make(): Harness }[] = [
  {
    name: 'memory',
    make() {
      const bus = new MemoryEventBus();
      return { member: () => bus, close: () => bus.close() };
    },
  },
  {
    name: 'redis',
    make() {
      const prefix = uniquePrefix('bus');
      const buses: RedisEventBus[] = [];
      return {
        member() {
          const bus = new RedisEventBus({
            url: redisUrl,
            logger: silent,
            prefix,
            claimIdleMs: 300,
            blockMs: 100,
          });
          buses.push(bus);
          return bus;
        },
        async close() {
          await Promise.all(buses.map((b) => b.close()));
          await deleteKeys(prefix);
        },
      };
    },
  },
];

const ids = (events: readonly DomainEvent[]) => events.map((e) => e.id);

describe.each(adapters)('$name event bus', ({ make }) => {
  let h: Harness;
  beforeEach(() => {
    h = make();
  });
  afterEach(() => h.close());

  it('delivers every event once to each subscribed group, occurredAt as a Date', async () => {
    const bus = h.member();
    const a: DomainEvent[] = [];
    const b: DomainEvent[] = [];
    await bus.subscribe('reports', ['orders.done', 'orders.voided'], async (e) => {
      a.push(e);
    });
    await bus.subscribe('customers', ['orders.done'], async (e) => {
      b.push(e);
    });
    const done = Array.from({ length: 20 }, () => testEvent('orders.done', { at: new Date().toISOString() }));
    const voided = Array.from({ length: 10 }, () => testEvent('orders.voided'));
    for (const e of [...done, ...voided]) await bus.publish(e);

    await waitFor(() => a.length >= 30 && b.length >= 20, 'both groups');
    await sleep(300); // room for a wrong duplicate to show up
    expect([...tally(ids(a)).values()].every((n) => n === 1)).toBe(true);
    expect(new Set(ids(a))).toEqual(new Set(ids([...done, ...voided])));
    expect(new Set(ids(b))).toEqual(new Set(ids(done)));
    expect(b).toHaveLength(20);
    expect(a[0]?.occurredAt).toBeInstanceOf(Date);
    expect(a.find((e) => e.id === done[0]?.id)).toEqual(done[0]);
  });

  it('gives each event to only one member of a group', async () => {
    const seen: Record<string, string[]> = { one: [], two: [] };
    for (const name of ['one', 'two'] as const)
      await h.member().subscribe('couriers', ['orders.done'], async (e) => {
        seen[name]?.push(e.id);
      });
    const publisher = h.member();
    const events = Array.from({ length: 40 }, () => testEvent('orders.done'));
    for (const e of events) await publisher.publish(e);

    const all = () => [...(seen.one ?? []), ...(seen.two ?? [])];
    await waitFor(() => all().length >= 40, 'all events');
    await sleep(300);
    expect(all()).toHaveLength(40);
    expect(new Set(all())).toEqual(new Set(ids(events)));
  });

  it('delivers an event again when its handler threw', async () => {
    const attempts = tally([]);
    const handled: string[] = [];
    await h.member().subscribe('reports', ['orders.done'], async (e) => {
      attempts.set(e.id, (attempts.get(e.id) ?? 0) + 1);
      if (attempts.get(e.id) === 1) throw new Error('database briefly unavailable');
      handled.push(e.id);
    });
    const events = [testEvent('orders.done'), testEvent('orders.done')];
    for (const e of events) await h.member().publish(e);

    await waitFor(() => handled.length >= 2, 'the retries');
    await sleep(400);
    expect(handled.sort()).toEqual(ids(events).sort());
    expect([...attempts.values()]).toEqual([2, 2]);
  });
});

describe('redis event bus specifics', () => {
  const prefix = uniquePrefix('bus-redis');
  const buses: RedisEventBus[] = [];
  const bus = (extra: { maxDeliveries?: number } = {}) => {
    const b = new RedisEventBus({
      url: redisUrl,
      logger: silent,
      prefix,
      claimIdleMs: 300,
      blockMs: 100,
      ...extra,
    });
    buses.push(b);
    return b;
  };
  const redis = new Redis(redisUrl);
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
    await deleteKeys(prefix);
  });
  afterAll(() => redis.quit());

  it('delivers events published before the group first subscribed', async () => {
    const early = testEvent('stock.low');
    await bus().publish(early);
    const got: string[] = [];
    await bus().subscribe('late-service', ['stock.low'], async (e) => {
      got.push(e.id);
    });
    await waitFor(() => got.length === 1, 'the earlier event');
    expect(got).toEqual([early.id]);
  });

  it('takes over what a crashed member had read but not acked', async () => {
    const publisher = bus();
    const key = publisher.streamKey('orders.done');
    const lost = testEvent('orders.done');
    // The "crashed" member: creates the group, reads the message, never acks.
    await redis.xgroup('CREATE', key, 'reports', '0', 'MKSTREAM');
    await publisher.publish(lost);
    await redis.call('XREADGROUP', 'GROUP', 'reports', 'crashed', 'COUNT', 10, 'STREAMS', key, '>');

    const got: string[] = [];
    await bus().subscribe('reports', ['orders.done'], async (e) => {
      got.push(e.id);
    });
    await waitFor(() => got.length === 1, 'the claimed event');
    await waitFor(async () => Number((await redis.xpending(key, 'reports'))[0]) === 0, 'the ack');
    expect(got).toEqual([lost.id]);
  });

  it('parks an event that keeps failing in the dead letter stream', async () => {
    let attempts = 0;
    await bus({ maxDeliveries: 2 }).subscribe('reports', ['orders.done'], async () => {
      attempts++;
      throw new Error('poison');
    });
    const poison = testEvent('orders.done');
    await bus().publish(poison);
    await waitFor(async () => (await redis.xlen(`${prefix}:dead-letter`)) === 1, 'the dead letter');
    const [[, fields] = ['', []]] = await redis.xrange(`${prefix}:dead-letter`, '-', '+');
    expect(fields).toEqual(expect.arrayContaining(['group', 'reports', 'reason']));
    expect(fields.join(' ')).toContain(poison.id);
    expect(attempts).toBe(2);
  });

  it('replays parked events once their cause is fixed, and empties the dead letter', async () => {
    let fixed = false;
    const handled: string[] = [];
    await bus({ maxDeliveries: 2 }).subscribe('reports', ['orders.done'], async (e) => {
      if (!fixed) throw new Error('not yet');
      handled.push(e.id);
    });
    const publisher = bus();
    const parked = testEvent('orders.done');
    await publisher.publish(parked);
    await waitFor(async () => (await redis.xlen(`${prefix}:dead-letter`)) === 1, 'the dead letter');
    expect((await publisher.deadLetters({ group: 'reports' })).map((d) => JSON.parse(d.event).id)).toEqual([
      parked.id,
    ]);
    expect(await publisher.deadLetters({ group: 'couriers' })).toEqual([]);

    fixed = true;
    expect(await publisher.replayDeadLetters({ group: 'reports' })).toBe(1);
    await waitFor(() => handled.length === 1, 'the replayed event');
    expect(handled).toEqual([parked.id]);
    expect(await redis.xlen(`${prefix}:dead-letter`)).toBe(0);
  });

  it('stops a member on unsubscribe; the other members carry on', async () => {
    const stayed: string[] = [];
    const left: string[] = [];
    const unsubscribe = await bus().subscribe('couriers', ['orders.done'], async (e) => {
      left.push(e.id);
    });
    await bus().subscribe('couriers', ['orders.done'], async (e) => {
      stayed.push(e.id);
    });
    await unsubscribe();
    const publisher = bus();
    const events = Array.from({ length: 5 }, () => testEvent('orders.done'));
    for (const e of events) await publisher.publish(e);
    await waitFor(() => stayed.length === 5, 'the remaining member');
    expect(left).toEqual([]);
    // The member that left owned nothing, so it was removed from the group.
    const consumers = (await redis.xinfo(
      'CONSUMERS',
      publisher.streamKey('orders.done'),
      'couriers',
    )) as unknown[];
    expect(consumers).toHaveLength(1);
  });
});
