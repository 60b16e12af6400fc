import { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { Inbox } from './inbox';
import { channel } from './memory';
import type { PubSub } from './types';

export interface RedisPubSubOptions {
  url: string;
  logger: Logger;
  /** Namespaces every channel (`<prefix>:live:<topic>`). */
  prefix?: string;
  /**
   * Messages read from Redis and not yet handed to local subscribers (see `Inbox`); past it the
   * oldest are dropped and counted. Default 100,000 (a few tens of MB at most).
   */
  maxInbox?: number;
}

interface Listener {
  push(payload: unknown): void;
  end(): void;
}

/**
 * Live updates for GraphQL subscriptions across processes, on Redis pub/sub: fire and forget,
 * which is what a live position or status needs (the durable facts go through the event bus).
 *
 * One subscriber connection per instance multiplexes every topic: the Redis channel is
 * subscribed when a topic gets its first local iterator and unsubscribed when its last one
 * returns, so a process holds one Redis subscription per topic, not one per client.
 */
export class RedisPubSub implements PubSub {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly topics = new Map<string, Set<Listener>>();
  private readonly prefix: string;
  private readonly logger: Logger;
  /** The last SUBSCRIBE/UNSUBSCRIBE sent: one connection, so every earlier one is done when it is. */
  private lastCommand: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** What the subscriber connection read, handed to local iterators a slice per turn. */
  private readonly inbox: Inbox<[string, string]>;

  constructor(opts: RedisPubSubOptions) {
    this.prefix = `${opts.prefix ?? 'pos'}:live:`;
    this.logger = opts.logger;
    // A position goes to three topics at once, and a busy process publishes many per turn: the
    // commands of one turn leave in one write (ioredis keeps their order).
    this.publisher = new Redis(opts.url, {
      connectionName: `${this.prefix}publish`,
      enableAutoPipelining: true,
    });
    // ioredis resubscribes every channel of this connection by itself after a reconnect.
    this.subscriber = new Redis(opts.url, { connectionName: `${this.prefix}subscribe` });
    for (const conn of [this.publisher, this.subscriber])
      conn.on('error', (err: Error) => opts.logger.warn({ err }, 'redis pubsub connection error'));
    // Reading only queues (see Inbox): the connection is read on as fast as Redis sends, however
    // long handing the messages on takes, so Redis never holds a backlog for this subscriber.
    this.inbox = new Inbox(
      ([name, message]) => this.dispatch(name, message),
      (dropped) => {
        if (dropped === 1 || dropped % 10_000 === 0)
          opts.logger.warn({ dropped }, 'live messages dropped: handing them on fell behind');
      },
      opts.maxInbox,
    );
    this.subscriber.on('message', (name: string, message: string) => this.inbox.push([name, message]));
    // Redis drops a subscriber that reads slower than it is sent to (client-output-buffer-limit
    // pubsub, 32 MB by default): what was buffered is lost. ioredis reconnects and resubscribes;
    // the loss must at least be seen.
    this.subscriber.on('reconnecting', () =>
      opts.logger.warn(
        { topics: this.topics.size },
        'live subscriber reconnecting to Redis: messages published meanwhile are lost',
      ),
    );
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    if (this.closed) throw new Error('pubsub is closed');
    await this.publisher.publish(this.prefix + topic, JSON.stringify(payload ?? null));
  }

  subscribe<T = unknown>(topic: string): AsyncIterableIterator<T> {
    if (this.closed) throw new Error('pubsub is closed');
    let listeners = this.topics.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.topics.set(topic, listeners);
      this.send(this.subscriber.subscribe(this.prefix + topic), topic);
    }
    const own = listeners;
    const ch = channel<T>(() => {
      own.delete(listener);
      if (own.size > 0 || this.topics.get(topic) !== own) return;
      this.topics.delete(topic);
      if (!this.closed) this.send(this.subscriber.unsubscribe(this.prefix + topic), topic);
    });
    const listener: Listener = { push: (p) => ch.push(p as T), end: () => ch.iterator.return?.() };
    own.add(listener);
    return ch.iterator;
  }

  /**
   * Resolves once Redis has confirmed every subscribe and unsubscribe so far. Messages published
   * before a topic's subscription is confirmed are not seen (pub/sub keeps nothing); tests wait here.
   */
  async settled(): Promise<void> {
    await this.lastCommand;
  }

  /** Open local iterators, per topic or in all; for leak checks and metrics. */
  listenerCount(topic?: string): number {
    if (topic !== undefined) return this.topics.get(topic)?.size ?? 0;
    let n = 0;
    for (const s of this.topics.values()) n += s.size;
    return n;
  }

  /** Live messages dropped because handing them on fell far behind reading them. */
  droppedMessages(): number {
    return this.inbox.dropped;
  }

  /** Ends every open iterator and disconnects. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.inbox.close();
    const all = [...this.topics.values()].flatMap((s) => [...s]);
    this.topics.clear();
    for (const l of all) l.end();
    await this.lastCommand;
    await Promise.all([this.publisher, this.subscriber].map((c) => c.quit().catch(() => c.disconnect())));
  }

  private dispatch(name: string, message: string): void {
    if (!name.startsWith(this.prefix)) return;
    const listeners = this.topics.get(name.slice(this.prefix.length));
    if (!listeners) return;
    for (const l of listeners) {
      // Parsed per listener: each subscriber gets its own copy, as with the memory adapter.
      try {
        l.push(JSON.parse(message));
      } catch (err) {
        this.logger.warn({ err, channel: name }, 'dropped a malformed live message');
        return;
      }
    }
  }

  private send(command: Promise<unknown>, topic: string): void {
    const tracked = command.catch((err: unknown) =>
      this.logger.error({ err, topic }, 'redis (un)subscribe failed'),
    );
    this.lastCommand = Promise.all([this.lastCommand, tracked]);
  }
}
