import type { Viewer } from '@pos/kit';
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { SubscriptionMetrics } from './metrics';
import type { TokenStatus } from './token-checks';
import type { UpstreamSink, UpstreamSubscription } from './upstream';

/** A subscriber's results; `ready` resolves once the shared upstream subscription is registered. */
export interface SharedSubscriber extends AsyncIterableIterator<ExecutionResult> {
  ready: Promise<void>;
}

type UpstreamEvent = Parameters<UpstreamSink['next']>[0];

/** What a shared stream needs from the outside: its upstream subscription and how to resolve an event. */
export interface StreamSource {
  /** Opens the upstream subscription, reporting to `sink`; `token()` names the token to use. */
  open(sink: UpstreamSink, token: () => string | undefined): UpstreamSubscription;
  /** Resolves one upstream event into the client's result (fetching what other subgraphs own). */
  resolve(event: UpstreamEvent, token: string): Promise<ExecutionResult>;
}

/** The client side of one subscriber: its token, checked per event without waiting. */
export interface SubscriberAuth {
  token: string;
  viewer: Viewer;
  status(): TokenStatus;
}

export interface SharedStreamsOptions {
  /**
   * Results one subscriber may have waiting (its socket is slow); past it the oldest is dropped
   * and counted. With the per-connection subscription limit this bounds a connection's backlog.
   */
  maxQueued?: number;
  /** Upstream events one stream may have waiting to be resolved; past it the oldest is dropped. */
  maxPending?: number;
  metrics: SubscriptionMetrics;
}

/**
 * Deduplication of identical subscriptions, as Apollo Router does: subscriptions with the same
 * key (see `sharedKey`: operation, variables, tenant and viewer) share ONE upstream subscription
 * and ONE per-event resolution, whose result is fanned out to every local subscriber. The stream
 * opens with the first subscriber and closes when the last one leaves. Each subscriber's own
 * token is checked per event; the stream subscribes and fetches with the freshest of them.
 */
export class SharedStreams {
  private readonly streams = new Map<string, SharedStream>();
  private readonly maxQueued: number;
  private readonly maxPending: number;

  constructor(private readonly opts: SharedStreamsOptions) {
    this.maxQueued = opts.maxQueued ?? 100;
    this.maxPending = opts.maxPending ?? 1000;
  }

  /** Joins the live stream of `key`, opening it from `source()` when there is none. */
  join(key: string, auth: SubscriberAuth, source: () => StreamSource): SharedSubscriber {
    let stream = this.streams.get(key);
    if (!stream) {
      const created: SharedStream = new SharedStream(
        source(),
        this.maxQueued,
        this.maxPending,
        this.opts.metrics,
        () => {
          if (this.streams.get(key) === created) this.streams.delete(key);
        },
      );
      this.streams.set(key, created);
      stream = created;
    }
    return stream.subscribe(auth);
  }

  /** Upstream streams open now (one per distinct key); for leak checks and tests. */
  size(): number {
    return this.streams.size;
  }

  /** Client subscriptions open now, over every stream. */
  subscribers(): number {
    let n = 0;
    for (const s of this.streams.values()) n += s.subscriberCount();
    return n;
  }

  /** Ends every stream and every subscriber, closing the upstream subscriptions. */
  async close(): Promise<void> {
    const all = [...this.streams.values()];
    this.streams.clear();
    for (const s of all) s.close();
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

/**
 * Who a result is for: everything in the token that authorization and filtering depend on
 * (tenant, user, role, scopes, branches, device), and nothing session-bound (token, session id,
 * expiry). Sessions, tabs and screens of one user share; two users never do, since subgraphs
 * filter per user (a courier sees only their own deliveries, a cashier only their own sales).
 */
export function audienceOf(viewer: Viewer): string {
  return JSON.stringify([
    viewer.merchantId,
    viewer.userId,
    viewer.role,
    [...viewer.branchIds].sort(),
    [...viewer.scopes].sort(),
    viewer.deviceId ?? '',
  ]);
}

/** The identity of a subscription for deduplication. */
export function sharedKey(o: {
  viewer: Viewer;
  query: string;
  operationName?: string | null | undefined;
  variables: Record<string, unknown>;
}): string {
  return JSON.stringify([audienceOf(o.viewer), o.operationName ?? '', o.query, canonicalJson(o.variables)]);
}

interface Subscriber {
  auth: SubscriberAuth;
  queue: ExecutionResult[];
  /** Results dropped since the last one delivered; told to the client with the next one. */
  dropped: number;
  /** The pending `next()` of a subscriber with nothing queued. */
  wake: ((r: IteratorResult<ExecutionResult>) => void) | undefined;
  /** No more results will be queued; the subscriber completes once its queue is read. */
  ended: boolean;
}

const DONE: IteratorResult<ExecutionResult> = { done: true, value: undefined };

const failure = (message: string, code: string): ExecutionResult => ({
  errors: [new GraphQLError(message, { extensions: { code } })],
});

const TOKEN_ENDED: Record<Exclude<TokenStatus, 'ok'>, ExecutionResult> = {
  expired: failure(
    'The access token has expired or been revoked; reconnect with a new one',
    'UNAUTHENTICATED',
  ),
  revoked: failure(
    'The access token has expired or been revoked; reconnect with a new one',
    'UNAUTHENTICATED',
  ),
};

const LOST = failure('The live update source is unavailable; subscribe again later', 'SERVICE_UNAVAILABLE');

function publicErrors(errors: readonly { message: string; extensions?: Record<string, unknown> }[]) {
  // The subgraph's errors are already masked there; only their public message and code pass.
  return errors.map((e) => {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
    return new GraphQLError(e.message, { extensions: { code } });
  });
}

class SharedStream {
  private readonly subscribers = new Set<Subscriber>();
  private upstream: UpstreamSubscription | undefined;
  private readonly pending: UpstreamEvent[] = [];
  private working = false;
  /** The stream's end, once known; applied after the events before it are delivered. */
  private ending: ExecutionResult | null | undefined;
  private closed = false;

  constructor(
    private readonly source: StreamSource,
    private readonly maxQueued: number,
    private readonly maxPending: number,
    private readonly metrics: SubscriptionMetrics,
    private readonly onClosed: () => void,
  ) {}

  /** Opened with the first subscriber, whose token it needs. */
  private open(): UpstreamSubscription {
    this.upstream ??= this.source.open(
      {
        next: (event) => this.receive(event),
        error: (errors) => this.endWith({ errors: publicErrors(errors) }),
        complete: () => this.endWith(null),
        lost: () => this.endWith(LOST),
      },
      () => this.bestToken(),
    );
    return this.upstream;
  }

  subscriberCount(): number {
    return this.subscribers.size;
  }

  subscribe(auth: SubscriberAuth): SharedSubscriber {
    const sub: Subscriber = { auth, queue: [], dropped: 0, wake: undefined, ended: this.closed };
    this.subscribers.add(sub);
    const leave = async (): Promise<IteratorResult<ExecutionResult>> => {
      sub.ended = true;
      sub.queue.length = 0;
      sub.wake?.(DONE);
      sub.wake = undefined;
      if (this.subscribers.delete(sub) && this.subscribers.size === 0) this.close();
      return DONE;
    };
    const { registered } = this.open();
    return {
      ready: registered,
      next: () => {
        const value = sub.queue.shift();
        if (value) return Promise.resolve({ done: false, value: this.withDropped(sub, value) });
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
  close(): void {
    if (this.closed) return;
    this.pending.length = 0;
    this.end();
    this.upstream?.close();
  }

  /** The token to subscribe and fetch with: the one of a subscriber still good that expires last. */
  private bestToken(): string | undefined {
    let best: SubscriberAuth | undefined;
    for (const { auth } of this.subscribers)
      if (auth.status() === 'ok' && (!best || auth.viewer.expiresAt > best.viewer.expiresAt)) best = auth;
    return best?.token;
  }

  private receive(event: UpstreamEvent): void {
    if (this.closed || this.ending !== undefined) return;
    if (this.pending.length >= this.maxPending) {
      this.pending.shift();
      this.metrics.dropped.inc({ stage: 'resolve' });
    }
    this.pending.push(event);
    if (!this.working) void this.work();
  }

  /** Resolves waiting events one at a time, in order, once for every subscriber. */
  private async work(): Promise<void> {
    this.working = true;
    try {
      for (let event = this.pending.shift(); event && !this.closed; event = this.pending.shift()) {
        const token = this.bestToken();
        let result: ExecutionResult;
        if (event.errors?.length && !event.data) result = { errors: publicErrors(event.errors) };
        else if (!token) result = { data: null };
        else {
          try {
            result = await this.source.resolve(event, token);
          } catch {
            result = failure('The live update could not be resolved', 'INTERNAL_SERVER_ERROR');
          }
          this.metrics.events.inc();
        }
        if (!this.closed) this.broadcast(result);
      }
    } finally {
      this.working = false;
    }
    if (this.ending !== undefined && !this.closed) this.finish();
  }

  private broadcast(value: ExecutionResult): void {
    for (const sub of this.subscribers) {
      if (sub.ended) continue;
      const status = sub.auth.status();
      if (status !== 'ok') {
        // Per event: the token may have expired or been revoked (logout) since the connection opened.
        this.push(sub, TOKEN_ENDED[status]);
        sub.ended = true;
        continue;
      }
      this.push(sub, value);
    }
  }

  private push(sub: Subscriber, value: ExecutionResult): void {
    if (sub.wake) {
      const wake = sub.wake;
      sub.wake = undefined;
      wake({ done: false, value: this.withDropped(sub, value) });
      return;
    }
    if (sub.queue.length >= this.maxQueued) {
      sub.queue.shift();
      sub.dropped++;
      this.metrics.dropped.inc({ stage: 'client' });
    }
    sub.queue.push(value);
  }

  /** The first result after drops says how many the client missed (`extensions.droppedEvents`). */
  private withDropped(sub: Subscriber, value: ExecutionResult): ExecutionResult {
    if (!sub.dropped) return value;
    const droppedEvents = sub.dropped;
    sub.dropped = 0;
    return { ...value, extensions: { ...value.extensions, droppedEvents } };
  }

  /** The upstream ended: `last` (if any) goes to every subscriber after the events before it. */
  private endWith(last: ExecutionResult | null): void {
    if (this.closed || this.ending !== undefined) return;
    this.ending = last;
    if (!this.working) this.finish();
  }

  private finish(): void {
    const last = this.ending;
    for (const sub of this.subscribers) {
      if (sub.ended) continue;
      // A subgraph ends the stream of an expired token; such a subscriber is told why.
      const status = sub.auth.status();
      if (status !== 'ok') this.push(sub, TOKEN_ENDED[status]);
      else if (last) this.push(sub, last);
    }
    this.end();
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
