import { decodeEvent, encodeEvent } from './codec';
import { consumeInSpan } from './consume-span';
import type { DomainEvent, EventBus, EventHandler, PubSub } from './types';

interface Group {
  types: ReadonlySet<string>;
  handler: EventHandler;
}

/**
 * The bus for the embedded default, where every subgraph runs in one process. A failed handler
 * is retried with backoff, as a Redis consumer group would redeliver it.
 */
export class MemoryEventBus implements EventBus {
  private readonly groups = new Map<string, Group[]>();
  private closed = false;

  constructor(private readonly onError: (err: unknown, event: DomainEvent) => void = () => {}) {}

  async publish(event: DomainEvent): Promise<void> {
    if (this.closed) throw new Error('event bus is closed');
    const encoded = encodeEvent(event);
    for (const members of this.groups.values()) {
      const member = members.find((m) => m.types.has(event.type));
      if (member) this.deliver(member, encoded, 0);
    }
  }

  private deliver(member: Group, encoded: string, attempt: number) {
    // Delivered after the publisher's write has returned, as it would be across processes.
    setImmediate(() => {
      if (this.closed) return;
      const event = decodeEvent(encoded);
      // A handler that throws synchronously must be retried too, not crash the process.
      Promise.resolve()
        .then(() => member.handler(event))
        .catch((err: unknown) => {
          this.onError(err, event);
          if (attempt < 8)
            setTimeout(() => this.deliver(member, encoded, attempt + 1), 50 * 2 ** attempt).unref();
        });
    });
  }

  async subscribe(group: string, types: readonly string[], handler: EventHandler) {
    const member: Group = { types: new Set(types), handler: consumeInSpan(group, handler) };
    this.groups.set(group, [...(this.groups.get(group) ?? []), member]);
    return async () => {
      this.groups.set(
        group,
        (this.groups.get(group) ?? []).filter((m) => m !== member),
      );
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.groups.clear();
  }
}

/** Messages one subscription may have waiting before the oldest are dropped (see `channel`). */
export const MAX_QUEUED_LIVE_MESSAGES = 1000;

/**
 * A pushable async iterator: the shape GraphQL subscriptions consume. A reader that falls more
 * than `maxQueued` messages behind (its WebSocket is slow) loses the oldest: live messages are
 * positions and statuses whose newest one matters, and the queue must not grow without bound.
 */
export function channel<T>(
  onReturn: () => void,
  maxQueued = MAX_QUEUED_LIVE_MESSAGES,
): {
  push(value: T): void;
  iterator: AsyncIterableIterator<T>;
} {
  const queue: T[] = [];
  const waiting: ((r: IteratorResult<T>) => void)[] = [];
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    // Values queued but not yet read are dropped: after return() the iterator is over.
    queue.length = 0;
    onReturn();
    for (const w of waiting.splice(0)) w({ value: undefined, done: true });
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () =>
      queue.length > 0
        ? Promise.resolve({ value: queue.shift() as T, done: false })
        : done
          ? Promise.resolve({ value: undefined, done: true })
          : new Promise((resolve) => waiting.push(resolve)),
    return: () => {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: (err) => {
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return {
    push(value) {
      if (done) return;
      const w = waiting.shift();
      if (w) w({ value, done: false });
      else {
        if (queue.length >= maxQueued) queue.shift();
        queue.push(value);
      }
    },
    iterator,
  };
}

/** In-process fan-out for subscriptions when everything runs in one process. */
export class MemoryPubSub implements PubSub {
  private readonly topics = new Map<string, Set<Listener>>();

  async publish(topic: string, payload: unknown): Promise<void> {
    const listeners = this.topics.get(topic);
    if (!listeners) return;
    // JSON, as through Redis: each subscriber gets its own copy, and no Date survives here that
    // would not survive there.
    const json = JSON.stringify(payload);
    for (const l of listeners) l.push(json === undefined ? undefined : JSON.parse(json));
  }

  subscribe<T = unknown>(topic: string): AsyncIterableIterator<T> {
    const listeners = this.topics.get(topic) ?? new Set();
    this.topics.set(topic, listeners);
    const ch = channel<T>(() => {
      listeners.delete(listener);
      // The set may have been replaced after close(); only drop the one we belong to.
      if (listeners.size === 0 && this.topics.get(topic) === listeners) this.topics.delete(topic);
    });
    const listener: Listener = {
      push: (payload) => ch.push(payload as T),
      end: () => ch.iterator.return?.(),
    };
    listeners.add(listener);
    return ch.iterator;
  }

  /** Open subscriptions per topic, for leak checks and metrics. */
  listenerCount(topic?: string): number {
    if (topic) return this.topics.get(topic)?.size ?? 0;
    let n = 0;
    for (const s of this.topics.values()) n += s.size;
    return n;
  }

  /** Ends every open iterator, so subscription resolvers do not wait forever. */
  async close(): Promise<void> {
    const all = [...this.topics.values()].flatMap((s) => [...s]);
    this.topics.clear();
    for (const l of all) l.end();
  }
}

interface Listener {
  push(payload: unknown): void;
  end(): void;
}
