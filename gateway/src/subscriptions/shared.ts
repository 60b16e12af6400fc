import { type ExecutionResult, GraphQLError } from 'graphql';

/** A subscriber's results; `ready` resolves once the shared upstream subscription is registered. */
export interface SharedSubscriber extends AsyncIterableIterator<ExecutionResult> {
  ready: Promise<void>;
}

type Source = AsyncIterableIterator<ExecutionResult> & { ready?: Promise<void> };

/**
 * Deduplication of identical subscriptions, as Apollo Router does: subscriptions with the same
 * key (operation text, operation name, variables and bearer token; see `sharedKey`) share ONE
 * upstream subscription and ONE per-event resolution, whose results are fanned out to every
 * local subscriber. The upstream stream opens with the first subscriber and closes when the last
 * one leaves.
 *
 * The token is part of the key because everything per event depends on the viewer: the subgraph
 * filters and authorizes with it, and the entity fetches run with it. Two users never share.
 */
export class SharedStreams {
  private readonly streams = new Map<string, SharedStream>();

  /**
   * @param maxQueued Results one subscriber may have waiting. A client that reads slower than
   *   events arrive is ended (with an error) past it, rather than buffering for ever or slowing
   *   the stream every other subscriber shares.
   */
  constructor(private readonly maxQueued = 1000) {}

  /** Joins the live stream of `key`, opening it with `open` when there is none. */
  join(key: string, open: () => Source): SharedSubscriber {
    let stream = this.streams.get(key);
    if (!stream) {
      const created: SharedStream = new SharedStream(open(), this.maxQueued, () => {
        if (this.streams.get(key) === created) this.streams.delete(key);
      });
      this.streams.set(key, created);
      stream = created;
    }
    return stream.subscribe();
  }

  /** Upstream streams open now (one per distinct key); for leak checks and tests. */
  size(): number {
    return this.streams.size;
  }

  /** Ends every stream and every subscriber, closing the upstream subscriptions. */
  async close(): Promise<void> {
    const all = [...this.streams.values()];
    this.streams.clear();
    await Promise.all(all.map((s) => s.close()));
  }
}

/** Variables in a canonical form: `{a, b}` and `{b, a}` are the same subscription. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The identity of a subscription for deduplication. */
export function sharedKey(o: {
  token: string;
  query: string;
  operationName?: string | null | undefined;
  variables: Record<string, unknown>;
}): string {
  return JSON.stringify([o.token, o.operationName ?? '', o.query, canonicalJson(o.variables)]);
}

interface Subscriber {
  queue: ExecutionResult[];
  /** The pending `next()` of a subscriber with nothing queued. */
  wake: ((r: IteratorResult<ExecutionResult>) => void) | undefined;
  /** No more results will be queued; the subscriber completes once its queue is read. */
  ended: boolean;
}

const DONE: IteratorResult<ExecutionResult> = { done: true, value: undefined };

class SharedStream {
  private readonly subscribers = new Set<Subscriber>();
  private closed = false;

  constructor(
    private readonly source: Source,
    private readonly maxQueued: number,
    private readonly onClosed: () => void,
  ) {
    void this.pump();
  }

  subscribe(): SharedSubscriber {
    const sub: Subscriber = { queue: [], wake: undefined, ended: this.closed };
    this.subscribers.add(sub);
    const leave = async (): Promise<IteratorResult<ExecutionResult>> => {
      sub.ended = true;
      sub.queue.length = 0;
      sub.wake?.(DONE);
      sub.wake = undefined;
      if (this.subscribers.delete(sub) && this.subscribers.size === 0) await this.close();
      return DONE;
    };
    return {
      ready: this.source.ready ?? Promise.resolve(),
      next: () => {
        const value = sub.queue.shift();
        if (value) return Promise.resolve({ done: false, value });
        if (sub.ended) return leave();
        return new Promise((resolve) => {
          sub.wake = resolve;
        });
      },
      return: leave,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Closes the upstream subscription: the last subscriber left, or the gateway shuts down. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.end();
    await this.source.return?.();
  }

  /** Reads the upstream stream once for everyone. */
  private async pump(): Promise<void> {
    for (;;) {
      let r: IteratorResult<ExecutionResult>;
      try {
        r = await this.source.next();
      } catch {
        // federatedStream turns upstream failures into a last error result; this is a bug's net.
        if (this.closed) return;
        this.broadcast({
          errors: [
            new GraphQLError('The live update failed', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
          ],
        });
        this.end();
        // Still closed explicitly: the stream's wrapper releases its upstream socket pool there.
        await this.source.return?.().catch(() => undefined);
        return;
      }
      if (this.closed) return;
      if (r.done) {
        this.end();
        return;
      }
      this.broadcast(r.value);
    }
  }

  private broadcast(value: ExecutionResult): void {
    for (const sub of this.subscribers) {
      if (sub.ended) continue;
      if (sub.wake) {
        const wake = sub.wake;
        sub.wake = undefined;
        wake({ done: false, value });
      } else if (sub.queue.length >= this.maxQueued) {
        sub.queue = [
          {
            errors: [
              new GraphQLError('The client reads live updates too slowly; resubscribe', {
                extensions: { code: 'SUBSCRIPTION_OVERFLOW' },
              }),
            ],
          },
        ];
        sub.ended = true;
      } else sub.queue.push(value);
    }
  }

  /** No more results: every subscriber completes once it has read what is queued. */
  private end(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClosed();
    for (const sub of this.subscribers) {
      sub.ended = true;
      if (sub.wake && sub.queue.length === 0) {
        sub.wake(DONE);
        sub.wake = undefined;
      }
    }
  }
}
