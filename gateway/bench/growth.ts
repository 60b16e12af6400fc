/**
 * Growth: does a till stay fast as the database fills, and is the server quiet when idle?
 *
 * Two `npm start`s, each on its own database, run side by side: one stays small (the few hundred
 * sales both rang first), the other is filled to BENCH_GROWTH_ORDERS completed orders (default
 * 50,000). They take turns (A B B A ...) through the gateway, tills in a process of their own
 * (tills.ts), so the shared machine's changes of speed during the run weigh on both alike:
 * - 1 till ringing BENCH_GROWTH_SEQUENTIAL sales back to back (default 300) in
 *   BENCH_GROWTH_ROUNDS turns (default 6; p50/p95 of all its answers, CPU per sale of its own
 *   turns), and 10 tills for BENCH_SECONDS in two turns (sales/s, p95, errors);
 * - idle CPU of each database process and each Node process over BENCH_IDLE_SECONDS (default
 *   30), both idle at once after the sales;
 * - contention: BENCH_CONTENTION_TILLS tills (default 137) each buying 1 unit of a product with
 *   41 in stock, all at once: exactly 41 sales, the rest OutOfStock, no timeout, no error;
 * - replays: one idempotency key sent by 25 tills at once, then 10 more times in sequence;
 * - the raw-driver floor: a plain MongoDB-driver loop writing a checkout's documents.
 *
 * Filling: the orders rung by the real path before (BENCH_GROWTH_PRIME, default 300: every
 * document every subgraph writes for them: orders, claims, stock entries, events, read models)
 * are copied as other merchants' data until the orders collection holds the target: the same
 * documents, each collection grown in proportion, written directly because 50,000 sales through
 * the saga would take most of an hour. On the embedded engine a scan reads every merchant's rows,
 * so this is exactly the growth that made checkout slow.
 *
 * What is measured is `npm start` itself, in a process of its own (its worker thread included),
 * as a user runs it; the CPU figures are read from /proc for that process and its database.
 * BENCH_CPU_PROFILE=<dir> has it write V8 CPU profiles there (one per thread) when it stops.
 * With MONGODB_URI set the section is skipped: it measures the embedded default.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { type StartAllChild, startAllChild, stopChild } from '../src/dev/start-all-child';
import { driverCheckout, gql, measure, seed } from './orders';
import { cpuSeconds, table, tills } from './processes';
import type { TillReport } from './tills';

/** The `npm start` under measurement. */
interface GrowthTarget {
  gatewayUrl: string;
  mongodbUri: string;
  /** Subgraph name -> its database. */
  dbNames: Readonly<Record<string, string>>;
  /** The Node process (every subgraph, both threads, and the gateway) and the database server. */
  nodePid: number;
  dbPid: number | undefined;
}

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** Percent of one core used by the database process and the Node process while nothing is asked. */
async function idleCpu(seconds: number, t: GrowthTarget): Promise<{ db: number | null; node: number }> {
  const db0 = cpuSeconds(t.dbPid);
  const node0 = cpuSeconds(t.nodePid);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1_000));
  const elapsed = (performance.now() - t0) / 1_000;
  return {
    db: t.dbPid ? ((cpuSeconds(t.dbPid) - db0) / elapsed) * 100 : null,
    node: ((cpuSeconds(t.nodePid) - node0) / elapsed) * 100,
  };
}

function replaceDeep(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.includes(from) ? value.split(from).join(to) : value;
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, from, to));
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceDeep(v, from, to)]));
  }
  return value;
}

/**
 * Copies every collection that grew with the sales (at least half as many documents as orders)
 * as other merchants' data until the orders collection holds `target` documents.
 */
async function fill(
  client: mongoose.mongo.MongoClient,
  dbNames: Readonly<Record<string, string>>,
  merchantId: string,
  target: number,
): Promise<number> {
  const orders = client.db(dbNames.orders).collection('orders');
  const have = await orders.countDocuments({});
  const copies = Math.max(0, Math.ceil((target - have) / Math.max(1, have)));
  for (const dbName of Object.values(dbNames)) {
    const db = client.db(dbName);
    for (const { name } of await db.listCollections().toArray()) {
      const coll = db.collection<mongoose.mongo.Document>(name);
      const docs = await coll.find({}).toArray();
      if (docs.length < have / 2) continue;
      for (let k = 1; k <= copies; k++) {
        const clone = `${merchantId}-copy${k}`;
        const batch = docs.map((d) => {
          const copy = replaceDeep(d, merchantId, clone) as mongoose.mongo.Document;
          if (typeof copy._id === 'string' && copy._id === (d._id as unknown)) copy._id = `${d._id}~${k}`;
          else if (typeof copy._id !== 'string') copy._id = new mongoose.Types.ObjectId();
          return copy;
        });
        for (let i = 0; i < batch.length; i += 1_000)
          await coll.insertMany(batch.slice(i, i + 1_000), { ordered: false });
      }
    }
  }
  return orders.countDocuments({});
}

/** One database's side of the comparison: its runs merged. */
interface Side {
  orders: number;
  /** CPU milliseconds per sale over its 1-till runs: the Node process and the database server. */
  nodeMsPerSale: number;
  dbMsPerSale: number | null;
  one: TillReport;
  ten: TillReport;
  idle: { db: number | null; node: number };
}

interface Shop {
  url: string;
  token: string;
  branchId: string;
  productId: string;
}

/** Several runs of one target as one report: requests and time add up, percentiles of all answers. */
function merged(runs: readonly TillReport[]): TillReport {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  const outcomes: Record<string, number> = {};
  for (const r of runs) for (const [k, n] of Object.entries(r.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + n;
  return {
    requests: latencies.length,
    elapsedS: runs.reduce((sum, r) => sum + r.elapsedS, 0),
    p50: at(0.5),
    p95: at(0.95),
    max: latencies.at(-1) ?? 0,
    outcomes,
    orderIds: runs.flatMap((r) => r.orderIds),
    latencies,
  };
}

/**
 * The empty and the full database measured side by side: both `npm start`s run at once and take
 * turns (A B B A ...), so a change of the shared machine's speed during the run weighs on both
 * alike instead of on whichever was measured later. The CPU of a turn is its target's own.
 */
async function sideBySide(
  targets: readonly [GrowthTarget, GrowthTarget],
  shops: readonly [Shop, Shop],
  clients: readonly [mongoose.mongo.MongoClient, mongoose.mongo.MongoClient],
): Promise<[Side, Side]> {
  for (const shop of shops) await tills({ ...shop, tills: 1, count: 10 });
  const turns = (rounds: number) =>
    Array.from({ length: rounds }, (_, r) => (r % 2 === 0 ? [0, 1] : [1, 0])).flat() as (0 | 1)[];
  const one: TillReport[][] = [[], []];
  const cpu = [
    { node: 0, db: 0 },
    { node: 0, db: 0 },
  ];
  const rounds = env('BENCH_GROWTH_ROUNDS', 6);
  const perTurn = Math.max(1, Math.round(env('BENCH_GROWTH_SEQUENTIAL', 300) / rounds));
  for (const i of turns(rounds)) {
    const t = targets[i] as GrowthTarget;
    const node0 = cpuSeconds(t.nodePid);
    const db0 = cpuSeconds(t.dbPid);
    one[i]?.push(await tills({ ...(shops[i] as Shop), tills: 1, count: perTurn }));
    // Settled: the events the sales raised are consumed before the counters are read.
    await new Promise((r) => setTimeout(r, 1_000));
    (cpu[i] as { node: number }).node += cpuSeconds(t.nodePid) - node0;
    (cpu[i] as { db: number }).db += cpuSeconds(t.dbPid) - db0;
  }
  const ten: TillReport[][] = [[], []];
  for (const i of turns(2)) {
    ten[i]?.push(await tills({ ...(shops[i] as Shop), tills: 10, seconds: env('BENCH_SECONDS', 10) }));
    await new Promise((r) => setTimeout(r, 1_000));
  }
  // Idle: both at once, once the last sales' events have settled.
  await new Promise((r) => setTimeout(r, 3_000));
  const idle = await Promise.all(targets.map((t) => idleCpu(env('BENCH_IDLE_SECONDS', 30), t)));
  const sides = await Promise.all(
    ([0, 1] as const).map(async (i): Promise<Side> => {
      const ones = merged(one[i] ?? []);
      const perSale = (s: number) => (s * 1_000) / Math.max(1, ones.requests);
      return {
        orders: await (clients[i] as mongoose.mongo.MongoClient)
          .db((targets[i] as GrowthTarget).dbNames.orders)
          .collection('orders')
          .countDocuments({}),
        nodeMsPerSale: perSale(cpu[i]?.node ?? 0),
        dbMsPerSale: (targets[i] as GrowthTarget).dbPid ? perSale(cpu[i]?.db ?? 0) : null,
        one: ones,
        ten: merged(ten[i] ?? []),
        idle: idle[i] as Side['idle'],
      };
    }),
  );
  return [sides[0] as Side, sides[1] as Side];
}

const ms = (n: number) => n.toFixed(0);
/** The out-of-stock answer's type name. */
const OUT_OF_STOCK = ['OutOfStock'];
const outOfStock = (r: TillReport) => OUT_OF_STOCK.reduce((s, k) => s + (r.outcomes[k] ?? 0), 0);
const pct = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(1)}%`);
const errors = (r: TillReport, ok: readonly string[]) =>
  Object.entries(r.outcomes)
    .filter(([k]) => !ok.includes(k))
    .reduce((s, [, n]) => s + n, 0);

const DB_NAMES = Object.fromEntries(
  ['users', 'products', 'orders', 'couriers', 'customers', 'reports'].map((n) => [n, `pos_${n}`]),
);

/** `npm start` in a process of its own on a fresh data folder (optionally with extra settings). */
async function startTarget(env: Record<string, string> = {}): Promise<{
  target: GrowthTarget;
  running: StartAllChild;
  close(): Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pos-growth-'));
  const profile = process.env.BENCH_CPU_PROFILE;
  const running = await startAllChild({
    dataDir,
    env: { LOG_LEVEL: 'warn', ...env },
    ...(profile ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profile}`] } : {}),
  });
  const target: GrowthTarget = {
    gatewayUrl: running.url,
    mongodbUri: running.mongodbUri,
    dbNames: DB_NAMES,
    nodePid: running.child.pid as number,
    dbPid: running.dbPid,
  };
  let closed = false;
  return {
    target,
    running,
    async close() {
      if (closed) return;
      closed = true;
      await stopChild(running.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Ten tills on an empty database with every subgraph on the main thread and with the default
 * worker thread, side by side in one run: what the second thread buys on this machine.
 */
async function threadsSideBySide(): Promise<string[][]> {
  const rows: string[][] = [];
  for (const [label, settings] of [
    ['one thread (WORKER_SUBGRAPHS=none)', { WORKER_SUBGRAPHS: 'none' }],
    ['worker thread (default)', {}],
  ] as const) {
    const started = await startTarget(settings);
    try {
      const shop = await seed(started.target.gatewayUrl);
      const base = {
        url: started.target.gatewayUrl,
        token: shop.token,
        branchId: shop.branchId,
        productId: shop.productId,
      };
      await tills({ ...base, tills: 10, count: 3 });
      const node0 = cpuSeconds(started.target.nodePid);
      const ten = await tills({ ...base, tills: 10, seconds: env('BENCH_SECONDS', 10) });
      const nodeCores = (cpuSeconds(started.target.nodePid) - node0) / ten.elapsedS;
      rows.push([
        label,
        (ten.requests / ten.elapsedS).toFixed(1),
        ms(ten.p50),
        ms(ten.p95),
        String(errors(ten, ['Order'])),
        `${(nodeCores * 100).toFixed(0)}%`,
      ]);
    } finally {
      await started.close();
    }
  }
  return rows;
}

export async function benchGrowth(): Promise<string> {
  const target = env('BENCH_GROWTH_ORDERS', 50_000);
  const small = await startTarget();
  const large = await startTarget();
  const t = large.target;
  const clients = [
    await mongoose.mongo.MongoClient.connect(small.target.mongodbUri),
    await mongoose.mongo.MongoClient.connect(t.mongodbUri),
  ] as const;
  const client = clients[1];
  const out: string[] = [];
  try {
    const shops = [] as unknown as [Shop, Shop];
    for (const s of [small, large])
      shops.push({ url: s.target.gatewayUrl, ...(await seed(s.target.gatewayUrl)) });
    const shop = shops[1];
    // The same history of real sales on both; the large one's is what its fill copies.
    for (const s of shops) await tills({ ...s, tills: 10, count: env('BENCH_GROWTH_PRIME', 300) / 10 });
    const sample = await client.db(t.dbNames.orders).collection<{ merchantId: string }>('orders').findOne({});
    const t0 = performance.now();
    const filled = await fill(client, t.dbNames, sample?.merchantId ?? '', target);
    const fillS = (performance.now() - t0) / 1_000;
    console.error(`[growth] filled to ${filled} orders in ${fillS.toFixed(0)} s`);
    const [empty, full] = await sideBySide([small.target, t], shops, clients);
    await small.close();

    const rows = [empty, full].map((p, i) => [
      i === 0 ? 'empty' : 'full',
      String(p.orders),
      p.nodeMsPerSale.toFixed(1),
      p.dbMsPerSale === null ? 'n/a' : p.dbMsPerSale.toFixed(1),
      ms(p.one.p50),
      ms(p.one.p95),
      (p.ten.requests / p.ten.elapsedS).toFixed(1),
      ms(p.ten.p95),
      String(errors(p.one, ['Order']) + errors(p.ten, ['Order'])),
      pct(p.idle.db),
      pct(p.idle.node),
    ]);
    rows.push([
      'full/empty',
      '',
      `${(full.nodeMsPerSale / empty.nodeMsPerSale).toFixed(2)}x`,
      full.dbMsPerSale !== null && empty.dbMsPerSale
        ? `${(full.dbMsPerSale / empty.dbMsPerSale).toFixed(2)}x`
        : '',
      `${(full.one.p50 / empty.one.p50).toFixed(2)}x`,
      `${(full.one.p95 / empty.one.p95).toFixed(2)}x`,
      `${(full.ten.requests / full.ten.elapsedS / (empty.ten.requests / empty.ten.elapsedS)).toFixed(2)}x`,
      `${(full.ten.p95 / empty.ten.p95).toFixed(2)}x`,
      '',
      '',
      '',
    ]);
    const rounds = env('BENCH_GROWTH_ROUNDS', 6);
    out.push(
      `filled to ${filled} orders in ${fillS.toFixed(0)} s; both databases side by side, taking turns: ` +
        `1 till ${rounds} turns each, 10 tills 2 turns each of ${env('BENCH_SECONDS', 10)} s`,
      table(
        [
          'database',
          'orders',
          'node cpu ms/sale',
          'db cpu ms/sale',
          '1 till p50 ms',
          '1 till p95 ms',
          '10 tills sales/s',
          '10 tills p95 ms',
          'errors',
          'idle db cpu',
          'idle node cpu',
        ],
        rows,
      ),
    );

    // Contention: more tills than stock, all at once.
    const contTills = env('BENCH_CONTENTION_TILLS', 137);
    const stock = env('BENCH_CONTENTION_STOCK', 41);
    const scarce = await gql<{ createProduct: { id: string } }>(
      t.gatewayUrl,
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { ... on Product { id } } }`,
      {
        input: {
          sku: `SCARCE-${Date.now()}`,
          name: 'Es Teh',
          costPrice: '1000',
          baseUnit: { price: '5000' },
        },
      },
      shop.token,
    );
    await gql(
      t.gatewayUrl,
      `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { __typename } }`,
      {
        input: { branchId: shop.branchId, lines: [{ productId: scarce.createProduct.id, quantity: stock }] },
      },
      shop.token,
    );
    const rush = await tills({
      url: t.gatewayUrl,
      token: shop.token,
      branchId: shop.branchId,
      productId: scarce.createProduct.id,
      tills: contTills,
      count: 1,
    });
    const left = await gql<{ product: { stock: { balance: number } } | null }>(
      t.gatewayUrl,
      `query($id: ID!, $branchId: ID!) { product(id: $id) { stock(branchId: $branchId) { balance } } }`,
      { id: scarce.createProduct.id, branchId: shop.branchId },
      shop.token,
    ).catch(() => null);
    out.push(
      '',
      `contention: ${contTills} tills at once, ${stock} in stock`,
      table(
        ['sold', 'OutOfStock', 'other answers', 'slowest ms', 'p95 ms', 'stock left'],
        [
          [
            String(rush.outcomes.Order ?? 0),
            String(outOfStock(rush)),
            JSON.stringify(
              Object.fromEntries(
                Object.entries(rush.outcomes).filter(([k]) => !['Order', ...OUT_OF_STOCK].includes(k)),
              ),
            ),
            ms(rush.max),
            ms(rush.p95),
            left?.product ? String(left.product.stock.balance) : 'n/a',
          ],
        ],
      ),
    );

    // Replays of one key: 25 at once, then 10 in sequence.
    const replayKey = `replay-${Date.now()}`;
    const base = { url: t.gatewayUrl, token: shop.token, branchId: shop.branchId, productId: shop.productId };
    const burst = await tills({ ...base, tills: 25, count: 1, sameKey: replayKey });
    const after = await tills({ ...base, tills: 1, count: 10, sameKey: replayKey });
    const ids = new Set([...burst.orderIds, ...after.orderIds]);
    out.push(
      '',
      'replays of one idempotency key: 25 at once, then 10 in sequence',
      table(
        ['answers', 'distinct orders', 'errors', 'slowest ms'],
        [
          [
            String(burst.requests + after.requests),
            String(ids.size),
            String(errors(burst, ['Order']) + errors(after, ['Order'])),
            ms(Math.max(burst.max, after.max)),
          ],
        ],
      ),
    );

    // The floor: the same documents written straight with the driver, in this process.
    const scratch = client.db(`pos_bench_floor_${Date.now()}`);
    const floor = [];
    for (const c of [1, 10]) {
      const r = await measure(c, env('BENCH_SECONDS', 10), (till, i) =>
        driverCheckout(scratch, 'bench-merchant', shop.branchId, shop.productId, till, i),
      );
      floor.push([String(c), r.perSecond.toFixed(1), ms(r.p95Ms)]);
    }
    await scratch.dropDatabase();
    out.push(
      '',
      "raw-driver floor (a checkout's documents written with the driver)",
      table(['tills', 'writes/s', 'p95 ms'], floor),
    );
    out.push(
      '',
      '10 tills on an empty database: every subgraph on one thread vs the worker thread (side by side)',
      table(['npm start', 'sales/s', 'p50 ms', 'p95 ms', 'errors', 'node cpu'], await threadsSideBySide()),
    );
    return out.join('\n');
  } finally {
    for (const c of clients) await c.close();
    await small.close();
    await large.close();
  }
}
