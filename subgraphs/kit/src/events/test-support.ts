/** Helpers for the event tests: real Redis and the run's real database, namespaced per test run. */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import mongoose, { type Connection } from 'mongoose';
import { inject } from 'vitest';
import { createLogger } from '../logger';
import type { DomainEvent } from './types';

export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const silent = createLogger('events-test', 'silent');

/** A key prefix no other test run shares; `deleteKeys` removes everything under it. */
export const uniquePrefix = (name: string) => `test:${name}:${randomBytes(4).toString('hex')}`;

export async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

/** A database of its own on the run's server, dropped by `close`. */
export async function openTestDatabase(name: string): Promise<{ conn: Connection; close(): Promise<void> }> {
  const uri = inject('mongodbUri');
  const conn = await mongoose
    .createConnection(uri, { dbName: `${name}_${randomBytes(4).toString('hex')}`, monitorCommands: true })
    .asPromise();
  return {
    conn,
    async close() {
      await conn.dropDatabase();
      await conn.close();
    },
  };
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let counter = 0;
export function testEvent(type: string, payload: Record<string, unknown> = {}): DomainEvent {
  counter++;
  return {
    id: `evt-${counter}-${randomBytes(3).toString('hex')}`,
    type,
    merchantId: 'm-1',
    occurredAt: new Date(),
    payload,
  };
}

/** How often each value occurs. */
export function tally(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}
