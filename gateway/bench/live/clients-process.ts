/**
 * The subscribers of the live bench (see live.ts), in a process of their own so that reading
 * thousands of events does not take the gateway's CPU or memory. Opens the connections and
 * subscriptions it is sent, says when every one is live (the gateway's pong), then counts what
 * arrives: per subscription every sequence number once, on its own topic, and the time from
 * publication (the event's `recordedAt`) to arrival.
 */

import WebSocket from 'ws';
import { ackingClient } from '../../src/subscriptions/live-ack';

export interface ConnectionSpec {
  url: string;
  token: string;
  subscriptions: Array<{ query: string; variables: Record<string, unknown>; topic: number }>;
}

export interface ClientsReport {
  subscriptions: number;
  delivered: number;
  duplicates: number;
  missing: number;
  wrongTopic: number;
  errors: number;
  reasons: Record<string, number>;
  completed: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

interface Tracked {
  topic: number;
  seen: Uint8Array;
  errors: number;
  completed: boolean;
}

type Position = { lat: number; lng: number; recordedAt: string };

const tracked: Tracked[] = [];
const clients: Array<ReturnType<typeof ackingClient>> = [];
const disposers: Array<() => void> = [];
let latencies = new Float64Array(1 << 20);
let latencyCount = 0;
let delivered = 0;
let duplicates = 0;
let wrongTopic = 0;
let maxSeq = 0;
/** Why subscriptions failed, a few of each kind, so a failed run says what went wrong. */
const reasons = new Map<string, number>();
function reason(err: unknown): void {
  const text = Array.isArray(err)
    ? err
        .map(
          (e: { message?: string; extensions?: { code?: string } }) => `${e.extensions?.code}: ${e.message}`,
        )
        .join('; ')
    : err && typeof err === 'object' && 'code' in err
      ? `close ${(err as { code: number }).code} ${(err as { reason?: string }).reason ?? ''}`
      : String(err);
  reasons.set(text, (reasons.get(text) ?? 0) + 1);
}

function record(ms: number) {
  if (latencyCount === latencies.length) {
    const bigger = new Float64Array(latencies.length * 2);
    bigger.set(latencies);
    latencies = bigger;
  }
  latencies[latencyCount++] = ms;
}

function position(data: Record<string, unknown>): Position | undefined {
  const value = Object.values(data)[0] as Position | undefined;
  return value && typeof value.lat === 'number' ? value : undefined;
}

async function open(
  connections: ConnectionSpec[],
  maxSeqs: number,
): Promise<{ failed: number; reasons: Record<string, number> }> {
  maxSeq = maxSeqs;
  const waits: Array<Promise<unknown>> = [];
  let failed = 0;
  for (const c of connections) {
    const client = ackingClient(
      {
        url: c.url,
        webSocketImpl: WebSocket,
        lazy: true,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${c.token}` },
      },
      120_000,
    );
    clients.push(client);
    for (const s of c.subscriptions) {
      const t: Tracked = { topic: s.topic, seen: new Uint8Array(maxSeq + 1), errors: 0, completed: false };
      tracked.push(t);
      const sub = client.subscribe<Record<string, unknown>>(
        { query: s.query, variables: s.variables },
        {
          next: (r) => {
            if (r.errors) {
              t.errors++;
              reason(r.errors);
            }
            const p = r.data ? position(r.data) : undefined;
            if (!p) return;
            const seq = Math.round(p.lat * 1e6);
            if (seq <= 0 || seq > maxSeq) return;
            if (p.lng !== t.topic) {
              wrongTopic++;
              return;
            }
            if (t.seen[seq]) {
              duplicates++;
              return;
            }
            t.seen[seq] = 1;
            delivered++;
            record(Date.now() - Date.parse(p.recordedAt));
          },
          error: (err) => {
            reason(err);
            t.errors++;
            t.completed = true;
            failed++;
          },
          complete: () => {
            t.completed = true;
          },
        },
      );
      disposers.push(sub.dispose);
      waits.push(sub.live);
    }
  }
  await Promise.all(waits);
  return { failed, reasons: Object.fromEntries(reasons) };
}

function report(fromSeq: number, toSeq: number): ClientsReport {
  let missing = 0;
  const bySeq = new Array(toSeq + 1).fill(0);
  let none = 0;
  for (const t of tracked) {
    let got = 0;
    for (let s = fromSeq; s <= toSeq; s++)
      if (!t.seen[s]) {
        missing++;
        bySeq[s]++;
      } else got++;
    if (!got) none++;
  }
  if (process.env.BENCH_LIVE_DEBUG) console.error('missing by seq', bySeq.join(' '), 'subs with none', none);
  const sorted = latencies.slice(0, latencyCount).sort();
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  return {
    subscriptions: tracked.length,
    delivered,
    duplicates,
    missing,
    wrongTopic,
    errors: tracked.reduce((n, t) => n + t.errors, 0),
    reasons: Object.fromEntries(reasons),
    completed: tracked.filter((t) => t.completed).length,
    p50Ms: pct(0.5),
    p95Ms: pct(0.95),
    p99Ms: pct(0.99),
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
}

type Command =
  | { type: 'open'; connections: ConnectionSpec[]; maxSeq: number }
  | { type: 'report'; fromSeq: number; toSeq: number }
  | { type: 'delivered' }
  | { type: 'close' };

process.on('message', (m: Command) => {
  if (m.type === 'open')
    void open(m.connections, m.maxSeq).then((r) => process.send?.({ type: 'opened', ...r }));
  if (m.type === 'delivered') process.send?.({ type: 'delivered', delivered });
  if (m.type === 'report') process.send?.({ type: 'report', report: report(m.fromSeq, m.toSeq) });
  if (m.type === 'close') {
    for (const d of disposers) d();
    void Promise.all(clients.map((c) => c.client.dispose())).finally(() => process.exit(0));
  }
});
process.send?.({ type: 'ready' });
