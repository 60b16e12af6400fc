import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteKeys, openTestDatabase, redisUrl, uniquePrefix } from './events/test-support';
import { RedisKeyedLock } from './redis-lock';

describe('RedisKeyedLock', () => {
  const prefix = uniquePrefix('locks');
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    db = await openTestDatabase('pos_kit_locks');
  });
  afterAll(async () => {
    await db?.close();
    await deleteKeys(prefix);
  });

  it('keeps two replicas from losing read-modify-write updates of one document', async () => {
    // Two lock clients with their own Redis connections: what two processes would hold.
    const replicas = [
      new RedisKeyedLock({ url: redisUrl, prefix }),
      new RedisKeyedLock({ url: redisUrl, prefix }),
    ];
    const rows = db.conn.collection<{ _id: string; n: number; events: string[] }>('days');
    await rows.insertOne({ _id: 'day', n: 0, events: [] });
    const add = (event: string) =>
      rows.updateOne({ _id: 'day', events: { $ne: event } }, { $inc: { n: 1 }, $push: { events: event } });
    try {
      await Promise.all(
        replicas.flatMap((lock, r) =>
          Array.from({ length: 8 }, async (_, w) => {
            for (let i = 0; i < 25; i++) await lock.run('day', () => add(`${r}-${w}-${i}`));
          }),
        ),
      );
    } finally {
      await Promise.all(replicas.map((l) => l.close()));
    }
    const day = await rows.findOne({ _id: 'day' });
    expect([day?.n, day?.events.length]).toEqual([400, 400]);
  });

  it("takes over a dead holder's lock once it expires, and gives up after waitMs", async () => {
    const redis = new Redis(redisUrl);
    const lock = new RedisKeyedLock({ url: redisUrl, prefix, ttlMs: 300, waitMs: 2_000 });
    const impatient = new RedisKeyedLock({ url: redisUrl, prefix, waitMs: 200 });
    try {
      // A holder that died while holding it (no release): the lock lives until its TTL.
      await redis.set(`${prefix}:lock:k`, 'dead-holder', 'PX', 600);
      await expect(impatient.run('k', async () => 'ran')).rejects.toThrow('not acquired');
      const t = Date.now();
      expect(await lock.run('k', async () => 'ran')).toBe('ran');
      expect(Date.now() - t).toBeGreaterThanOrEqual(200);
      // Released: nothing left behind.
      expect(await redis.exists(`${prefix}:lock:k`)).toBe(0);
    } finally {
      await Promise.all([lock.close(), impatient.close(), redis.quit()]);
    }
  });
});
