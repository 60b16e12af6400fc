import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MemoryPubSub } from './memory';
import { RedisPubSub } from './redis-pubsub';
import { deleteKeys, redisUrl, silent, uniquePrefix } from './test-support';

async function take<T>(it: AsyncIterator<T>, n: number): Promise<T[]> {
  const out: T[] = [];
  while (out.length < n) {
    const r = await it.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

describe('redis pubsub', () => {
  const prefix = uniquePrefix('pubsub');
  const opened: RedisPubSub[] = [];
  const open = () => {
    const p = new RedisPubSub({ url: redisUrl, logger: silent, prefix });
    opened.push(p);
    return p;
  };
  const redis = new Redis(redisUrl);
  const numsub = async (topic: string) => {
    const [, n] = (await redis.pubsub('NUMSUB', `${prefix}:live:${topic}`)) as [string, number];
    return Number(n);
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await deleteKeys(prefix);
    await redis.quit();
  });

  it('fans a message out to every subscriber in every process', async () => {
    const [a, b, publisher] = [open(), open(), open()];
    const a1 = a.subscribe<{ lat: number }>('courier:c1');
    const a2 = a.subscribe<{ lat: number }>('courier:c1');
    const b1 = b.subscribe<{ lat: number }>('courier:c1');
    const other = b.subscribe('courier:c2');
    await Promise.all([a.settled(), b.settled()]);
    // One Redis subscription per process, however many local iterators.
    expect(await numsub('courier:c1')).toBe(2);

    await publisher.publish('courier:c1', { lat: -6.2 });
    await publisher.publish('courier:c1', { lat: -6.3 });
    for (const it of [a1, a2, b1]) expect(await take(it, 2)).toEqual([{ lat: -6.2 }, { lat: -6.3 }]);

    await publisher.publish('courier:c2', { at: new Date('2026-01-01T00:00:00Z') });
    // Dates arrive as ISO strings, as they would through JSON anywhere.
    expect(await take(other, 1)).toEqual([{ at: '2026-01-01T00:00:00.000Z' }]);
  });

  it('releases the topic when the last iterator returns; no leak after 1,000 cycles', async () => {
    const ps = open();
    const keep = ps.subscribe('delivery:d1');
    for (let i = 0; i < 1_000; i++) {
      const it = ps.subscribe(i % 2 === 0 ? 'delivery:d1' : `delivery:tmp-${i % 10}`);
      await it.return?.();
    }
    await ps.settled();
    expect(ps.listenerCount()).toBe(1);
    expect(await numsub('delivery:d1')).toBe(1);
    expect(await numsub('delivery:tmp-1')).toBe(0);
    const channels = await redis.pubsub('CHANNELS', `${prefix}:live:*`);
    expect(channels).toEqual([`${prefix}:live:delivery:d1`]);

    // The survivor still works after all that churn.
    await open().publish('delivery:d1', { status: 'DONE' });
    expect(await take(keep, 1)).toEqual([{ status: 'DONE' }]);
    await keep.return?.();
    await ps.settled();
    expect(await numsub('delivery:d1')).toBe(0);
    expect(ps.listenerCount()).toBe(0);
  });

  it('hands a burst of 5,000 messages to its subscriber completely and in order, dropping none', async () => {
    const sub = open();
    const it = sub.subscribe<{ n: number }>('courier:burst');
    await sub.settled();
    const pipeline = redis.pipeline();
    for (let n = 0; n < 5_000; n++) pipeline.publish(`${prefix}:live:courier:burst`, JSON.stringify({ n }));
    await pipeline.exec();
    const got = await take(it, 5_000);
    expect(got.map((m) => m.n)).toEqual(Array.from({ length: 5_000 }, (_, n) => n));
    expect(sub.droppedMessages()).toBe(0);
  });

  it('ends open iterators on close', async () => {
    const ps = open();
    const it = ps.subscribe('delivery:d9');
    const next = it.next();
    await ps.close();
    expect(await next).toEqual({ value: undefined, done: true });
  });
});

describe('memory pubsub', () => {
  it('fans out, copies payloads and releases topics on return', async () => {
    const ps = new MemoryPubSub();
    const a = ps.subscribe<{ n: number }>('t');
    const b = ps.subscribe<{ n: number }>('t');
    const payload = { n: 1 };
    await ps.publish('t', payload);
    const [[ra], [rb]] = await Promise.all([take(a, 1), take(b, 1)]);
    expect(ra).toEqual(payload);
    expect(ra).not.toBe(rb);
    for (let i = 0; i < 1_000; i++) await ps.subscribe(`t${i % 7}`).return?.();
    await a.return?.();
    await b.return?.();
    expect(ps.listenerCount()).toBe(0);
  });

  it('ends open iterators on close, dropping what was not read', async () => {
    const ps = new MemoryPubSub();
    const it = ps.subscribe('t');
    await ps.publish('t', 1);
    await ps.close();
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });
});
