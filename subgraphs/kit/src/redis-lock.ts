import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { KeyedLock, type KeyedRunner } from './keyed-lock';

/** Deletes the lock only if it still holds our token (it may have expired and been retaken). */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export interface RedisKeyedLockOptions {
  url: string;
  /** Key prefix; locks live at `<prefix>:lock:<key>`. */
  prefix?: string;
  /** A holder that dies keeps the lock this long at most. Tasks must be much shorter. */
  ttlMs?: number;
  /** Give up (the task is not run, the caller's retry decides) after waiting this long. */
  waitMs?: number;
}

/**
 * `KeyedLock` across processes: replicas that read-modify-write one record (a read-model row on
 * FerretDB, whose updates rewrite whole documents and lose concurrent ones) take its lock in Redis
 * (`SET NX PX` with a token, released by compare-and-delete). Tasks of one process queue locally
 * first, so a process holds at most one Redis lock per key and does not poll against itself.
 */
export class RedisKeyedLock implements KeyedRunner {
  private readonly redis: Redis;
  private readonly local = new KeyedLock();
  private readonly prefix: string;
  private readonly ttlMs: number;
  private readonly waitMs: number;

  constructor(opts: RedisKeyedLockOptions) {
    this.prefix = opts.prefix ?? 'pos';
    this.ttlMs = opts.ttlMs ?? 30_000;
    this.waitMs = opts.waitMs ?? 30_000;
    this.redis = new Redis(opts.url, { connectionName: `${this.prefix}:locks`, maxRetriesPerRequest: 3 });
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(key, async () => {
      const lockKey = `${this.prefix}:lock:${key}`;
      const token = randomUUID();
      const deadline = Date.now() + this.waitMs;
      let pause = 2;
      while ((await this.redis.set(lockKey, token, 'PX', this.ttlMs, 'NX')) !== 'OK') {
        if (Date.now() > deadline) throw new Error(`lock ${key} not acquired within ${this.waitMs} ms`);
        await sleep(pause + Math.random() * pause);
        pause = Math.min(pause * 2, 50);
      }
      try {
        return await task();
      } finally {
        await this.redis.eval(RELEASE, 1, lockKey, token);
      }
    });
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
