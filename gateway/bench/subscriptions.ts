/**
 * Federated subscriptions through the gateway: N concurrent graphql-ws subscriptions (one client
 * connection each, as N dispatcher screens), E events published on the subgraph's pub/sub, every
 * event resolved per subscription through the supergraph. Reports events delivered per second,
 * publish-to-receive latency and the gateway process's memory per open subscription.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface SubscriptionBenchOptions {
  /** The gateway's WebSocket endpoint (`ws://host:port/graphql`). */
  wsUrl: string;
  token: string;
  /** A subscription whose events carry the event's sequence number, read back by `seqOf`. */
  query: string;
  variables: Record<string, unknown>;
  /** Publishes event `seq` (e.g. a courier position with `lat = seq / 1e6` on the branch topic). */
  publish(seq: number): Promise<void>;
  seqOf(data: Record<string, unknown>): number;
  subscriptions?: number;
  events?: number;
  /** Pause between publishes, so latency measures the path, not a queue. */
  intervalMs?: number;
}

export interface SubscriptionBenchResult {
  subscriptions: number;
  published: number;
  delivered: number;
  eventsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** Heap growth of this process per open subscription (gateway in-process), in KiB. */
  heapKiBPerSubscription: number;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export async function benchSubscriptions(o: SubscriptionBenchOptions): Promise<SubscriptionBenchResult> {
  const n = o.subscriptions ?? 1000;
  const events = o.events ?? 100;
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const sentAt = new Map<number, bigint>();
  const latencies: number[] = [];
  let delivered = 0;
  let allIn: () => void = () => {};
  const finished = new Promise<void>((r) => {
    allIn = r;
  });
  const clients = Array.from({ length: n }, () =>
    createClient({
      url: o.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${o.token}` },
    }),
  );
  const stops = clients.map((client) =>
    client.subscribe<Record<string, unknown>>(
      { query: o.query, variables: o.variables },
      {
        next: ({ data }) => {
          if (!data) return;
          const sent = sentAt.get(o.seqOf(data));
          if (sent !== undefined) latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
          if (++delivered === n * events) allIn();
        },
        error: () => {},
        complete: () => {},
      },
    ),
  );
  // graphql-ws has no subscribe acknowledgement: give every subscription time to reach the subgraph.
  await new Promise((r) => setTimeout(r, Math.max(1000, n * 2)));
  global.gc?.();
  const heapOpen = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  for (let seq = 1; seq <= events; seq++) {
    sentAt.set(seq, process.hrtime.bigint());
    await o.publish(seq);
    if (o.intervalMs) await new Promise((r) => setTimeout(r, o.intervalMs));
  }
  await Promise.race([finished, new Promise((r) => setTimeout(r, 30_000))]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  for (const stop of stops) stop();
  await Promise.all(clients.map((c) => c.dispose()));
  latencies.sort((a, b) => a - b);
  return {
    subscriptions: n,
    published: events,
    delivered,
    eventsPerSecond: delivered / seconds,
    p50Ms: pct(latencies, 0.5),
    p95Ms: pct(latencies, 0.95),
    heapKiBPerSubscription: (heapOpen - heapBefore) / 1024 / n,
  };
}
