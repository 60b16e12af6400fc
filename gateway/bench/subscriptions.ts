/**
 * Federated subscriptions through the gateway: N concurrent graphql-ws subscriptions (one client
 * connection each, as N dispatcher screens), E events published on the subgraph's pub/sub, every
 * event resolved per subscription through the supergraph. Reports events delivered per second,
 * publish-to-receive latency and the gateway process's memory per open subscription.
 *
 * Run on its own (users + couriers supergraph in this process, embedded database unless
 * MONGODB_URI is set):
 *
 *   node --expose-gc --import tsx gateway/bench/subscriptions.ts
 *   BENCH_SUBSCRIPTIONS=1000 BENCH_EVENTS=100 BENCH_INTERVAL_MS=10 node --expose-gc --import tsx ...
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLogger, generateSigningKeys, MemoryRevocationStore } from '@pos/kit';
import { composeSupergraph } from '@pos/kit/bin/compose';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '@pos/kit/db/embedded';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import mongoose from 'mongoose';
import WebSocket from 'ws';
import { type BootedSupergraph, bootSupergraph } from '../src/dev/boot';
import { SUBGRAPHS } from '../src/dev/subgraphs';
import {
  CreateStaffDocument,
  CurrentMerchantDocument,
  LoginDocument,
  RegisterDocument,
} from '../test/__generated__/operations';

export interface SubscriptionBenchOptions {
  /** The gateway's WebSocket endpoint (`ws://host:port/graphql`). */
  wsUrl: string;
  token: string;
  /** A subscription whose events carry the event's sequence number, read back by `seqOf`. */
  query: string;
  variables: Record<string, unknown>;
  /**
   * Publishes event `seq` (e.g. a courier position with `lat = seq / 1e6` on the branch topic).
   * `seq` 0 is the warm-up event, published until every subscription has received one.
   */
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
  /** Subscriptions that ended with an error (refused, upstream lost, ...). */
  failed: number;
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
  let failed = 0;
  let warm = 0;
  let markWarm: () => void = () => {};
  const allWarm = new Promise<void>((r) => {
    markWarm = r;
  });
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
  const stops = clients.map((client) => {
    let warmed = false;
    return client.subscribe<Record<string, unknown>>(
      { query: o.query, variables: o.variables },
      {
        next: ({ data }) => {
          if (!data) return;
          const seq = o.seqOf(data);
          if (seq <= 0) {
            if (warmed) return;
            warmed = true;
            if (++warm === n) markWarm();
            return;
          }
          const sent = sentAt.get(seq);
          if (sent !== undefined) latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
          if (++delivered === n * events) allIn();
        },
        error: () => {
          failed++;
        },
        complete: () => {},
      },
    );
  });
  // graphql-ws has no subscribe acknowledgement: warm-up events until every subscription has one,
  // so that none misses the measured events and memory is sampled with all of them open.
  const warmDeadline = Date.now() + 120_000;
  let warming = true;
  void allWarm.then(() => {
    warming = false;
  });
  while (warming && Date.now() < warmDeadline) {
    await o.publish(0);
    await Promise.race([allWarm, new Promise((r) => setTimeout(r, 250))]);
  }
  if (warming) throw new Error(`only ${warm}/${n} subscriptions received the warm-up event`);
  // Late warm-up events still in flight would be counted as garbage below; let them land.
  await new Promise((r) => setTimeout(r, 500));
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
    failed,
    eventsPerSecond: delivered / seconds,
    p50Ms: pct(latencies, 0.5),
    p95Ms: pct(latencies, 0.95),
    heapKiBPerSubscription: (heapOpen - heapBefore) / 1024 / n,
  };
}

// ---------------------------------------------------------------------------------------------
// Stand-alone run: a dispatcher's branch map (positions with the courier's user name, resolved
// from the users subgraph per event) opened N times, with positions reported through the gateway.

const BENCH_QUERY =
  'subscription($b: ID!) { branchCourierPositions(branchId: $b) { lat courier { id user { name } } } }';

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`${query.slice(0, 40)}...: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A merchant, its first branch, and a courier (COURIER staff member with a courier profile). */
async function setUpCourier(url: string) {
  const password = 'Rahasia-2026-x';
  const reg = await gql<{ registerMerchant: { accessToken?: string } }>(url, print(RegisterDocument), {
    input: {
      merchantName: 'Warung Bench',
      branchName: 'Pusat',
      ownerName: 'Bench Owner',
      ownerEmail: `bench-${randomBytes(4).toString('hex')}@example.com`,
      password,
    },
  });
  const owner = reg.registerMerchant.accessToken;
  if (!owner) throw new Error('registration failed');
  const { merchant } = await gql<{ merchant: { slug: string; branches: Array<{ id: string }> } }>(
    url,
    print(CurrentMerchantDocument),
    {},
    owner,
  );
  const branchId = merchant.branches[0]?.id as string;
  const username = `kurir${randomBytes(4).toString('hex')}`;
  const staff = await gql<{ createStaff: { id: string } }>(
    url,
    print(CreateStaffDocument),
    { input: { name: 'Kurir Bench', password, username, role: 'COURIER', branchIds: [branchId] } },
    owner,
  );
  const signedIn = await gql<{ login: { accessToken?: string } }>(url, print(LoginDocument), {
    input: { identifier: username, password, merchantSlug: merchant.slug },
  });
  const courierToken = signedIn.login.accessToken;
  if (!courierToken) throw new Error('courier login failed');
  await gql(
    url,
    'mutation($i: CreateCourierInput!) { createCourier(input: $i) { __typename } }',
    { i: { userId: staff.createStaff.id, branchId } },
    owner,
  );
  return { owner, courierToken, branchId };
}

export function usersAndCouriersSdl(): string {
  const root = fileURLToPath(new URL('../../subgraphs/', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'pos-bench-'));
  const config = join(dir, 'supergraph.config.json');
  const subgraphs = Object.fromEntries(
    ['users', 'couriers'].map((n) => [
      n,
      { routing_url: `http://127.0.0.1:1/${n}`, schema: { file: join(root, n, `${n}.graphql`) } },
    ]),
  );
  writeFileSync(config, JSON.stringify({ federation_version: '=2.14.4', subgraphs }));
  return composeSupergraph(config).sdl;
}

async function main(): Promise<void> {
  const external = process.env.MONGODB_URI;
  const db: EmbeddedDatabase | undefined = external ? undefined : await startEmbeddedDatabase();
  const mongodbUri = external ?? (db as EmbeddedDatabase).uri;
  const suffix = randomBytes(4).toString('hex');
  const dbNames: string[] = [];
  let booted: BootedSupergraph | undefined;
  try {
    booted = await bootSupergraph({
      subgraphs: SUBGRAPHS.filter((s) => s.name === 'users' || s.name === 'couriers'),
      mongodbUri,
      host: '127.0.0.1',
      gatewayPort: 0,
      subgraphPort: () => 0,
      dbName: (name) => {
        const dbName = `pos_${name}_subbench_${suffix}`;
        dbNames.push(dbName);
        return dbName;
      },
      gatewaySecret: randomBytes(24).toString('base64url'),
      internalSecret: randomBytes(24).toString('base64url'),
      keys: await generateSigningKeys(),
      revocations: new MemoryRevocationStore(),
      logger: (service) => createLogger(service, process.env.LOG_LEVEL ?? 'silent'),
      production: true,
      gateway: { supergraphSdl: usersAndCouriersSdl() },
    });
    const url = `${booted.gateway.url}/graphql`;
    const { owner, courierToken, branchId } = await setUpCourier(url);
    const result = await benchSubscriptions({
      wsUrl: url.replace(/^http/, 'ws'),
      token: owner,
      query: BENCH_QUERY,
      variables: { b: branchId },
      publish: async (seq) => {
        await gql(
          url,
          'mutation($i: ReportPositionInput!) { reportPosition(input: $i) { ... on CourierPosition { lat } } }',
          { i: { lat: seq / 1e6, lng: 106.8 } },
          courierToken,
        );
      },
      seqOf: (data) =>
        Math.round((data as { branchCourierPositions: { lat: number } }).branchCourierPositions.lat * 1e6),
      subscriptions: Number(process.env.BENCH_SUBSCRIPTIONS ?? 1000),
      events: Number(process.env.BENCH_EVENTS ?? 100),
      intervalMs: Number(process.env.BENCH_INTERVAL_MS ?? 10),
    });
    console.table([
      {
        subscriptions: result.subscriptions,
        published: result.published,
        delivered: result.delivered,
        failed: result.failed,
        'events/s': Math.round(result.eventsPerSecond),
        'p50 ms': result.p50Ms.toFixed(1),
        'p95 ms': result.p95Ms.toFixed(1),
        'heap KiB/sub': result.heapKiBPerSubscription.toFixed(1),
      },
    ]);
  } finally {
    await booted?.close();
    if (dbNames.length) {
      const conn = await mongoose.createConnection(mongodbUri).asPromise();
      for (const name of dbNames) await conn.useDb(name, { useCache: false }).dropDatabase();
      await conn.close();
    }
    await db?.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    // Client libraries may keep idle sockets referenced for a while; the bench is done, so leave.
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
