/**
 * Tills for the growth bench, run in a process of their own (as load.ts) so that ringing sales
 * does not steal the event loop of the servers being measured. Reads a TillSpec as JSON from
 * argv, prints one TillReport line.
 *
 * Each till rings checkouts back to back: `count` per till, or for `seconds`. With `sameKey`
 * every request replays one idempotency key (the replay case); `start` lines all tills up on one
 * promise first so they really arrive at once (the contention case).
 */
import { randomBytes } from 'node:crypto';

export interface TillSpec {
  url: string;
  token: string;
  branchId: string;
  productId: string;
  tills: number;
  count?: number;
  seconds?: number;
  sameKey?: string;
  /** Client timeout per request; an answer slower than this counts as a timeout. */
  timeoutMs?: number;
}

export interface TillReport {
  requests: number;
  elapsedS: number;
  p50: number;
  p95: number;
  max: number;
  /** Answers by `__typename` (`Order`, `OutOfStock`, ...) or error code (`INTERNAL_SERVER_ERROR`, `TIMEOUT`). */
  outcomes: Record<string, number>;
  /** Distinct order ids answered (one for replays of one key). */
  orderIds: string[];
  /** Every answer's time in ms, ascending: runs of one target are merged before their percentiles. */
  latencies: number[];
}

const CHECKOUT = `mutation Checkout($input: CheckoutInput!) {
  checkout(input: $input) { __typename ... on Order { id number } ... on ErrorResult { code } }
}`;

const spec = JSON.parse(process.argv[2] ?? '') as TillSpec;

async function ring(till: number): Promise<{ ms: number; outcome: string; orderId?: string }> {
  const t0 = performance.now();
  const input = {
    idempotencyKey: spec.sameKey ?? randomBytes(12).toString('hex'),
    deviceId: spec.sameKey ? 'bench-replay-till' : `bench-till-${till}`,
    branchId: spec.branchId,
    lines: [{ productId: spec.productId, quantity: 1 }],
    payments: [{ method: 'QRIS', amount: '5000', reference: 'QR-BENCH' }],
  };
  try {
    const res = await fetch(spec.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${spec.token}` },
      body: JSON.stringify({ query: CHECKOUT, variables: { input } }),
      signal: AbortSignal.timeout(spec.timeoutMs ?? 60_000),
    });
    const body = (await res.json()) as {
      data?: { checkout?: { __typename: string; id?: string; code?: string } };
      errors?: { extensions?: { code?: string } }[];
    };
    const ms = performance.now() - t0;
    const result = body.data?.checkout;
    if (result) return { ms, outcome: result.__typename, ...(result.id ? { orderId: result.id } : {}) };
    return { ms, outcome: body.errors?.[0]?.extensions?.code ?? `HTTP_${res.status}` };
  } catch (err) {
    const timeout = (err as Error).name === 'TimeoutError';
    return { ms: performance.now() - t0, outcome: timeout ? 'TIMEOUT' : 'NETWORK_ERROR' };
  }
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function main() {
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  const orderIds = new Set<string>();
  const end = spec.seconds ? Date.now() + spec.seconds * 1_000 : Number.POSITIVE_INFINITY;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: spec.tills }, async (_, till) => {
      for (let i = 0; (spec.count === undefined || i < spec.count) && Date.now() < end; i++) {
        const r = await ring(till);
        latencies.push(r.ms);
        outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
        if (r.orderId) orderIds.add(r.orderId);
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  const report: TillReport = {
    requests: sorted.length,
    elapsedS: (performance.now() - started) / 1_000,
    p50: pct(sorted, 0.5),
    p95: pct(sorted, 0.95),
    max: sorted.at(-1) ?? 0,
    outcomes,
    orderIds: [...orderIds],
    latencies: sorted.map((ms) => Math.round(ms * 10) / 10),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
