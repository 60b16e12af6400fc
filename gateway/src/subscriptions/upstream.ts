import { GATEWAY_SECRET_PARAM, MAX_SUBSCRIPTIONS_ACK } from '@pos/kit';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import WebSocket from 'ws';
import { type AckingClient, ackingClient } from './live-ack';
import type { SubscriptionMetrics } from './metrics';

/**
 * How long a subscription may wait for its subgraph to confirm it is registered. Generous: a busy
 * subgraph registering thousands of subscriptions at once takes seconds, and a `pong` given on
 * timeout would tell a client it is live when it is not.
 */
const REGISTER_TIMEOUT_MS = 30_000;
/** Subscriptions one connection carries when its subgraph's `connection_ack` names no limit. */
const FIRST_CAPACITY = 100;
/**
 * Subscriptions one subgraph is asked to register at once. A subgraph authorizes each one (reads by
 * key); thousands at once (a gateway starting, or all of them again after a restart) queued so
 * deep in its database driver that some timed out. The rest wait here, in order.
 */
const MAX_REGISTERING = 64;

/** Reconnecting to a subgraph that dropped: exponential backoff with jitter, then giving up. */
export interface RetryPolicy {
  /** First wait after a drop. */
  initialMs: number;
  /** Longest wait between two tries. */
  maxMs: number;
  /** Tries after a drop before the subscription's clients are told it is lost. */
  attempts: number;
}

/** About a minute of tries (0.25, 0.5, 1, 2, 4, 8, then 10 s each) before giving up. */
export const DEFAULT_RETRY: RetryPolicy = { initialMs: 250, maxMs: 10_000, attempts: 12 };

/** What an upstream subscription reports; exactly one of error, complete and lost ends it. */
export interface UpstreamSink {
  next(result: FormattedExecutionResult<Record<string, unknown>, unknown>): void;
  /** The subgraph refused or ended the subscription with errors (already masked there). */
  error(errors: readonly GraphQLFormattedError[]): void;
  /** The subgraph completed the subscription. */
  complete(): void;
  /** The subgraph could not be reached again within the retry policy. */
  lost(): void;
}

export interface UpstreamRequest {
  subgraph: string;
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  /**
   * The access token to subscribe with, asked again on every (re)subscription: a shared stream
   * uses the freshest token of its subscribers, and one that expired is replaced by another.
   */
  token(): string | undefined;
}

export interface UpstreamSubscription {
  /**
   * Resolves once the subgraph has registered the subscription (see SubscriptionBarrier). Read it
   * when it is needed: while a dropped subscription is being subscribed again it is a new, pending
   * promise, so a subscriber joining then is not told it is live before it is.
   */
  readonly registered: Promise<void>;
  close(): void;
}

/** One WebSocket to a subgraph (a graphql-ws client) and the subscriptions it carries. */
class UpstreamSocket {
  readonly client: AckingClient;
  carried = 0;
  open = false;

  constructor(
    readonly link: SubgraphLink,
    url: string,
    gatewaySecret: string,
  ) {
    this.client = ackingClient(
      {
        url,
        webSocketImpl: WebSocket,
        // Closes once it carries nothing; a dropped connection is retried per subscription below.
        lazy: true,
        retryAttempts: 0,
        // The gateway proves itself with its secret; each subscription carries its user's token.
        connectionParams: { [GATEWAY_SECRET_PARAM]: gatewaySecret },
        on: {
          connected: (_socket, payload) => {
            this.open = true;
            const max = (payload as Record<string, unknown> | undefined)?.[MAX_SUBSCRIPTIONS_ACK];
            if (typeof max === 'number' && max > 0) link.capacity = max;
            link.learned();
          },
          closed: () => {
            this.open = false;
          },
        },
      },
      REGISTER_TIMEOUT_MS,
    );
  }
}

/** The connections to one subgraph: as few as its per-connection limit allows. */
class SubgraphLink {
  readonly sockets: UpstreamSocket[] = [];
  /** Subscriptions one connection may carry, as the subgraph announced it. */
  capacity = FIRST_CAPACITY;
  /** Whether a `connection_ack` has said `capacity`; until then one subscription goes at a time. */
  acked = false;
  private registering = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly name: string,
    private readonly url: string,
    private readonly gatewaySecret: string,
  ) {}

  /** A connection with room for one more subscription, opened when none has. */
  acquire(): UpstreamSocket {
    const free = this.sockets.find((s) => s.carried < this.capacity);
    if (free) return free;
    const socket = new UpstreamSocket(this, this.url, this.gatewaySecret);
    this.sockets.push(socket);
    return socket;
  }

  /** Runs `start` once fewer than MAX_REGISTERING subscriptions are being registered; returns the release. */
  whenFree(start: (release: () => void) => void): void {
    const run = () => {
      this.registering++;
      let released = false;
      start(() => {
        if (released) return;
        released = true;
        this.registering--;
        this.waiting.shift()?.();
      });
    };
    if (this.registering < (this.acked ? MAX_REGISTERING : 1)) run();
    else this.waiting.push(run);
  }

  /** The first `connection_ack` arrived: the subscriptions that waited for it may go. */
  learned(): void {
    if (this.acked) return;
    this.acked = true;
    while (this.registering < MAX_REGISTERING && this.waiting.length) this.waiting.shift()?.();
  }

  /** Forgets connections that carry nothing (they closed themselves, being lazy). */
  prune(): void {
    for (let i = this.sockets.length - 1; i >= 0; i--) {
      const s = this.sockets[i] as UpstreamSocket;
      if (s.carried === 0 && i > 0) {
        this.sockets.splice(i, 1);
        void s.client.client.dispose();
      }
    }
  }

  async close(): Promise<void> {
    const all = this.sockets.splice(0);
    await Promise.all(all.map((s) => s.client.client.dispose()));
  }
}

/**
 * The gateway's side of subscriptions on subgraphs: per subgraph, a few graphql-ws connections
 * multiplexing every upstream subscription of every user (each `subscribe` carries its user's
 * token in `extensions.authorization`, which the subgraph verifies), never more per connection
 * than the subgraph announced in its `connection_ack`. A dropped connection is not the end of its
 * subscriptions: each is subscribed again with backoff (`RetryPolicy`) and goes on where it was;
 * only when every try failed does its sink hear `lost`.
 */
export class UpstreamHub {
  private readonly links = new Map<string, SubgraphLink>();
  private readonly live = new Set<HubSubscription>();

  constructor(
    private readonly gatewaySecret: string,
    private readonly wsUrlOf: (subgraph: string) => string | undefined,
    private readonly metrics: SubscriptionMetrics,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {}

  subscribe(request: UpstreamRequest, sink: UpstreamSink): UpstreamSubscription {
    const link = this.link(request.subgraph);
    const sub = new HubSubscription(link, request, sink, this.retry, this.metrics, () => {
      this.live.delete(sub);
      link.prune();
    });
    this.live.add(sub);
    sub.start();
    return {
      get registered() {
        return sub.registered;
      },
      close: () => sub.close(),
    };
  }

  /** Upstream subscriptions open now, by subgraph. */
  subscriptions(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of this.live) out[s.subgraph] = (out[s.subgraph] ?? 0) + 1;
    return out;
  }

  /** Upstream subscriptions waiting to be subscribed again after a drop. */
  retrying(): number {
    let n = 0;
    for (const s of this.live) if (s.state !== 'live') n++;
    return n;
  }

  /** Open WebSockets to each subgraph. */
  sockets(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, link] of this.links) out[name] = link.sockets.filter((s) => s.open).length;
    return out;
  }

  async close(): Promise<void> {
    for (const s of [...this.live]) s.close();
    const links = [...this.links.values()];
    this.links.clear();
    await Promise.all(links.map((l) => l.close()));
  }

  private link(subgraph: string): SubgraphLink {
    let link = this.links.get(subgraph);
    if (!link) {
      const url = this.wsUrlOf(subgraph);
      if (!url) throw new Error(`No URL for subgraph ${subgraph}`);
      link = new SubgraphLink(subgraph, url, this.gatewaySecret);
      this.links.set(subgraph, link);
    }
    return link;
  }
}

const isGraphQLErrors = (e: unknown): e is GraphQLFormattedError[] => Array.isArray(e);

/** One upstream subscription through its drops and resubscriptions. */
class HubSubscription {
  state: 'registering' | 'live' | 'retrying' = 'registering';
  /** Pending until registered; pending again (a new promise) while a live one is being retried. */
  registered!: Promise<void>;
  private markRegistered: () => void = () => {};
  /** Bumped on every (re)subscription, so callbacks of an abandoned one are ignored. */
  private generation = 0;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private dispose: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly link: SubgraphLink,
    private readonly request: UpstreamRequest,
    private readonly sink: UpstreamSink,
    private readonly retry: RetryPolicy,
    private readonly metrics: SubscriptionMetrics,
    private readonly onClosed: () => void,
  ) {
    this.pending();
  }

  /** A new wait for the registration; those who waited for the last one were answered already. */
  private pending(): void {
    this.registered = new Promise((resolve) => {
      this.markRegistered = resolve;
    });
  }

  get subgraph(): string {
    return this.link.name;
  }

  start(): void {
    if (this.closed) return;
    const generation = ++this.generation;
    this.link.whenFree((release) => {
      if (this.closed || generation !== this.generation) return release();
      this.subscribeNow(generation, release);
    });
  }

  private subscribeNow(generation: number, release: () => void): void {
    const token = this.request.token();
    if (!token) {
      release();
      this.finish(() =>
        this.sink.error([{ message: 'No valid access token', extensions: { code: 'UNAUTHENTICATED' } }]),
      );
      return;
    }
    const socket = this.link.acquire();
    socket.carried++;
    let carried = true;
    const unload = () => {
      if (!carried) return;
      carried = false;
      socket.carried--;
    };
    const current = () => generation === this.generation && !this.closed;
    const resumed = this.attempt > 0;
    const { dispose, live } = socket.client.subscribe<Record<string, unknown>>(
      {
        query: this.request.query,
        variables: this.request.variables,
        ...(this.request.operationName ? { operationName: this.request.operationName } : {}),
        extensions: { authorization: `Bearer ${token}` },
      },
      {
        next: (result) => {
          if (current()) this.sink.next(result);
        },
        error: (err) => {
          unload();
          release();
          if (!current()) return;
          if (!isGraphQLErrors(err)) return this.retryLater();
          // A full connection (its subgraph's limit changed, say): another one is opened.
          if (err.some((e) => e.extensions?.code === 'TOO_MANY_REQUESTS')) return this.retryLater();
          // The token this stream used expired, and a subscriber has a fresher one: go on with it.
          const unauthenticated = err.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          const next = this.request.token();
          if (unauthenticated && next && next !== token) return this.start();
          this.finish(() => this.sink.error(err));
        },
        complete: () => {
          unload();
          release();
          if (!current()) return;
          // A subgraph ends a stream whose token expired; another subscriber's token continues it.
          const next = this.request.token();
          if (next && next !== token) return this.start();
          this.finish(() => this.sink.complete());
        },
      },
    );
    this.dispose = () => {
      unload();
      release();
      dispose();
    };
    void live.then((outcome) => {
      release();
      // A closed socket also ends the wait; its error path retries.
      if (outcome === 'closed' || !current() || this.state === 'live') return;
      this.state = 'live';
      this.attempt = 0;
      if (resumed) this.metrics.resumed.inc({ subgraph: this.link.name });
      this.markRegistered();
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.dispose?.();
    this.dispose = undefined;
    this.markRegistered();
    this.onClosed();
  }

  private retryLater(): void {
    this.dispose = undefined;
    if (this.attempt >= this.retry.attempts) {
      this.metrics.lost.inc({ subgraph: this.link.name });
      this.finish(() => this.sink.lost());
      return;
    }
    // It was live: from now until it is registered again, joining it waits.
    if (this.state === 'live') this.pending();
    this.state = 'retrying';
    const wait = Math.min(this.retry.maxMs, this.retry.initialMs * 2 ** this.attempt);
    this.attempt++;
    this.metrics.reconnects.inc({ subgraph: this.link.name });
    // Jitter: the subscriptions of a dropped connection do not all come back in the same instant.
    this.timer = setTimeout(() => this.start(), wait / 2 + Math.random() * (wait / 2));
  }

  private finish(report: () => void): void {
    if (this.closed) return;
    this.close();
    report();
  }
}
