import { GATEWAY_SECRET_PARAM } from '@pos/kit';
import type { FormattedExecutionResult } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';
import { type AckingClient, ackingClient } from './live-ack';

/** How long a subscription may wait for its subgraph to confirm it is registered. */
const REGISTER_TIMEOUT_MS = 5_000;

/** An upstream subscription and when its subgraph has registered it (see SubscriptionBarrier). */
export interface UpstreamSubscription<T> {
  events: AsyncIterableIterator<FormattedExecutionResult<T, unknown>>;
  /** Resolves once the subgraph answered the ping sent after the subscribe (or gave up). */
  registered: Promise<void>;
}

/** Open WebSockets from this gateway to subgraphs; for leak checks and metrics. */
export class UpstreamCounter {
  open = 0;
}

/**
 * The subgraph connections of one bearer token. Its subscriptions to one subgraph share a socket,
 * opened with that token (the subgraph verifies it again) and the gateway secret; `lazy` closes
 * the socket as soon as its last subscription ends.
 */
export class UpstreamPool {
  private readonly clients = new Map<string, AckingClient>();

  constructor(
    private readonly token: string,
    private readonly gatewaySecret: string,
    private readonly wsUrlOf: (subgraph: string) => string | undefined,
    private readonly counter: UpstreamCounter,
  ) {}

  /** Subscribes on `subgraph`; `registered` resolves once the subgraph has registered it. */
  subscribe<T>(subgraph: string, request: SubscribePayload): UpstreamSubscription<T> {
    const { events, live } = this.client(subgraph).iterate<T>(request);
    return { events, registered: live };
  }

  private client(subgraph: string): AckingClient {
    const existing = this.clients.get(subgraph);
    if (existing) return existing;
    const url = this.wsUrlOf(subgraph);
    if (!url) throw new Error(`No URL for subgraph ${subgraph}`);
    const counter = this.counter;
    const client = ackingClient(
      {
        url,
        webSocketImpl: WebSocket,
        lazy: true,
        // A lost subgraph ends the client's subscriptions with an error; the client resubscribes.
        retryAttempts: 0,
        connectionParams: {
          authorization: `Bearer ${this.token}`,
          [GATEWAY_SECRET_PARAM]: this.gatewaySecret,
        },
        on: {
          opened: (socket) => {
            counter.open++;
            (socket as WebSocket).once('close', () => {
              counter.open--;
            });
          },
        },
      },
      REGISTER_TIMEOUT_MS,
    );
    this.clients.set(subgraph, client);
    return client;
  }

  async close(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(all.map((c) => c.client.dispose()));
  }
}

/**
 * One `UpstreamPool` per token, shared by every client connection presenting it: a deduplicated
 * upstream subscription outlives the client connection that opened it (see `SharedStreams`), so
 * its socket cannot belong to that connection. Counted by the upstream streams using a pool; the
 * last release disposes it.
 */
export class UpstreamPools {
  private readonly pools = new Map<string, { pool: UpstreamPool; users: number }>();

  constructor(
    private readonly gatewaySecret: string,
    private readonly wsUrlOf: (subgraph: string) => string | undefined,
    private readonly counter: UpstreamCounter,
  ) {}

  /** The pool of `token`; call `release` exactly once when the stream using it has ended. */
  acquire(token: string): { pool: UpstreamPool; release: () => Promise<void> } {
    let entry = this.pools.get(token);
    if (!entry) {
      entry = { pool: new UpstreamPool(token, this.gatewaySecret, this.wsUrlOf, this.counter), users: 0 };
      this.pools.set(token, entry);
    }
    entry.users++;
    const own = entry;
    let released = false;
    return {
      pool: own.pool,
      release: async () => {
        if (released) return;
        released = true;
        if (--own.users > 0) return;
        if (this.pools.get(token) === own) this.pools.delete(token);
        await own.pool.close();
      },
    };
  }

  async close(): Promise<void> {
    const all = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(all.map((e) => e.pool.close()));
  }
}
