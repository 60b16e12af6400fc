import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { encodeEvent } from './codec';
import { consumeInSpan } from './consume-span';
import { ReadLoop, type ReadLoopSettings } from './redis-read-loop';
import type { DomainEvent, EventBus, EventHandler } from './types';

export interface RedisEventBusOptions {
  url: string;
  logger: Logger;
  /** Namespaces every key (`<prefix>:events:<type>`), so environments and test runs can share a Redis. */
  prefix?: string;
  /**
   * Approximate entries kept per event type. Trimming is what bounds memory; it must stay far
   * above what a consumer group can fall behind by during an outage, or unread events are lost.
   */
  maxLen?: number;
  /** A message pending this long (its consumer died or its handler threw) is claimed again. */
  claimIdleMs?: number;
  /** How long one XREADGROUP waits for new messages before the loop looks for idle ones again. */
  blockMs?: number;
  batchSize?: number;
  /** Deliveries after which a message is parked in `<prefix>:dead-letter` instead of retried. 0: never. */
  maxDeliveries?: number;
}

/** An event parked after too many failed deliveries to one consumer group. */
export interface DeadLetter {
  /** Its id in the dead-letter stream. */
  id: string;
  /** The stream it came from, and the group that could not handle it. */
  stream: string;
  group: string;
  reason: string;
  /** The encoded event. */
  event: string;
}

const DEFAULTS = {
  prefix: 'pos',
  maxLen: 100_000,
  claimIdleMs: 30_000,
  blockMs: 2_000,
  batchSize: 50,
  maxDeliveries: 20,
};

/**
 * The event bus across processes, on Redis Streams.
 *
 * One stream per event type: a consumer group reads exactly the types it subscribed to (no
 * reading and acking everybody else's traffic), and trimming one busy type never evicts the
 * unread events of a quiet one. Each `group` is a Redis consumer group on each of its streams;
 * each `subscribe` call is one consumer in it with its own blocking connection, so members of
 * a group in different processes share the work and each event goes to one of them.
 *
 * At least once: a message is acked only after its handler returned. One whose handler threw
 * (or whose process died) stays pending and is claimed again by any member after `claimIdleMs`.
 */
export class RedisEventBus implements EventBus {
  private readonly commands: Redis;
  private readonly settings: Omit<ReadLoopSettings, 'group' | 'keys' | 'handler' | 'consumer'>;
  private readonly prefix: string;
  private readonly maxLen: number;
  private readonly loops = new Set<ReadLoop>();
  private closed = false;

  constructor(opts: RedisEventBusOptions) {
    const o = { ...DEFAULTS, ...opts };
    this.prefix = o.prefix;
    this.maxLen = o.maxLen;
    this.commands = new Redis(o.url, { connectionName: `${o.prefix}:bus` });
    this.commands.on('error', (err: Error) => o.logger.warn({ err }, 'redis event bus connection error'));
    this.settings = {
      commands: this.commands,
      logger: o.logger,
      claimIdleMs: o.claimIdleMs,
      blockMs: o.blockMs,
      batchSize: o.batchSize,
      maxDeliveries: o.maxDeliveries,
      deadLetterKey: `${o.prefix}:dead-letter`,
    };
  }

  /** The stream holding events of one type. */
  streamKey(type: string): string {
    return `${this.prefix}:events:${type}`;
  }

  async publish(event: DomainEvent): Promise<void> {
    if (this.closed) throw new Error('event bus is closed');
    await this.commands.xadd(
      this.streamKey(event.type),
      'MAXLEN',
      '~',
      this.maxLen,
      '*',
      'event',
      encodeEvent(event),
    );
  }

  async subscribe(
    group: string,
    types: readonly string[],
    handler: EventHandler,
  ): Promise<() => Promise<void>> {
    if (this.closed) throw new Error('event bus is closed');
    const consumer = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    const keys = [...new Set(types)].map((t) => this.streamKey(t));
    const loop = new ReadLoop({
      ...this.settings,
      group,
      consumer,
      keys,
      handler: consumeInSpan(group, handler),
    });
    await loop.start();
    this.loops.add(loop);
    return async () => {
      if (!this.loops.delete(loop)) return;
      await loop.stop();
    };
  }

  /** Parked events, oldest first (at most `limit`), optionally of one consumer group. */
  async deadLetters(opts: { group?: string; limit?: number } = {}): Promise<DeadLetter[]> {
    const rows = await this.commands.xrange(
      this.settings.deadLetterKey,
      '-',
      '+',
      'COUNT',
      opts.limit ?? 1000,
    );
    return rows
      .map(([id, fields]) => {
        const field = (name: string) => fields[fields.indexOf(name) + 1] ?? '';
        return {
          id,
          stream: field('stream'),
          group: field('group'),
          reason: field('reason'),
          event: field('event'),
        };
      })
      .filter((d) => !opts.group || d.group === opts.group);
  }

  /**
   * Puts parked events back on their streams (once whatever made them fail is fixed) and removes
   * them from the dead letter. Every group reading the stream sees the event again, which is
   * harmless: consumers are idempotent by event id.
   */
  async replayDeadLetters(opts: { group?: string; limit?: number } = {}): Promise<number> {
    let replayed = 0;
    for (const d of await this.deadLetters(opts)) {
      if (!d.stream || !d.event) continue;
      await this.commands.xadd(d.stream, 'MAXLEN', '~', this.maxLen, '*', 'event', d.event);
      await this.commands.xdel(this.settings.deadLetterKey, d.id);
      replayed++;
    }
    return replayed;
  }

  /** Finishes the batch in hand, stops every read loop and disconnects. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const loops = [...this.loops];
    this.loops.clear();
    await Promise.all(loops.map((l) => l.stop()));
    await this.commands.quit().catch(() => this.commands.disconnect());
  }
}
