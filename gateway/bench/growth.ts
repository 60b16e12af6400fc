/**
 * Growth: does a till stay fast as the database fills, and is the server quiet when idle?
 *
 * Through the gateway, tills in a process of their own (tills.ts):
 * - 1 till ringing sales back to back (p50/p95), and 10 tills for BENCH_SECONDS (sales/s, p95,
 *   errors), first on an empty database, then again after the database holds BENCH_GROWTH_ORDERS
 *   completed orders (default 50,000);
 * - idle CPU of the database process and of the Node process (every subgraph and the gateway)
 *   over BENCH_IDLE_SECONDS (default 30), empty and full;
 * - contention: BENCH_CONTENTION_TILLS tills (default 137) each buying 1 unit of a product with
 *   41 in stock, all at once: exactly 41 sales, the rest OutOfStock, no timeout, no error;
 * - replays: one idempotency key sent by 25 tills at once, then 10 more times in sequence;
 * - the raw-driver floor: a plain MongoDB-driver loop writing a checkout's documents.
 *
 * Filling: the orders rung by the real path during the empty phase (a few hundred, every
 * document every subgraph writes for them: orders, claims, stock entries, events, read models)
 * are copied as other merchants' data until the orders collection holds the target: the same
 * documents, each collection grown in proportion, written directly because 50,000 sales through
 * the saga would take most of an hour. On the embedded engine a scan reads every merchant's rows,
 * so this is exactly the growth that made checkout slow.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type ScanRecord, type ScanWatch, watchScans } from '@pos/kit';
import mongoose from 'mongoose';
import { driverCheckout, gql, measure, seed } from './orders';
import type { TillReport, TillSpec } from './tills';

const run = promisify(execFile);

export interface GrowthOptions {
  gatewayUrl: string;
  mongodbUri: string;
  /** Subgraph name -> its database. */
  dbNames: Readonly<Record<string, string>>;
  /** The embedded database server's pid, for its CPU; absent with MONGODB_URI. */
  dbPid?: number | undefined;
}

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function tills(spec: TillSpec): Promise<TillReport> {
  const script = fileURLToPath(new URL('./tills.ts', import.meta.url));
  const { stdout } = await run('tsx', [script, JSON.stringify(spec)], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as TillReport;
}

const CLOCK_TICKS = 100;

function processTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Percent of one core used by the database process and by this (Node) process while nothing is asked. */
async function idleCpu(seconds: number, dbPid?: number): Promise<{ db: number | null; node: number }> {
  const db0 = dbPid ? processTicks(dbPid) : 0;
  const node0 = process.cpuUsage();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1_000));
  const elapsed = (performance.now() - t0) / 1_000;
  const node = process.cpuUsage(node0);
  return {
    db: dbPid ? ((processTicks(dbPid) - db0) / CLOCK_TICKS / elapsed) * 100 : null,
    node: ((node.user + node.system) / 1e6 / elapsed) * 100,
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

interface Phase {
  orders: number;
  /** Database commands the subgraphs sent per checkout of the 1-till run (relays and consumers included). */
  commandsPerCheckout: number;
  one: TillReport;
  ten: TillReport;
  idle: { db: number | null; node: number };
}

async function phase(
  o: GrowthOptions,
  shop: Awaited<ReturnType<typeof seed>>,
  client: mongoose.mongo.MongoClient,
  watch: ScanWatch,
): Promise<Phase> {
  const base = { url: o.gatewayUrl, token: shop.token, branchId: shop.branchId, productId: shop.productId };
  await tills({ ...base, tills: 1, count: 10 });
  const before = watch.commands();
  const one = await tills({ ...base, tills: 1, count: env('BENCH_GROWTH_SEQUENTIAL', 100) });
  const commandsPerCheckout = (watch.commands() - before) / Math.max(1, one.requests);
  const ten = await tills({ ...base, tills: 10, seconds: env('BENCH_SECONDS', 10) });
  // Let the relays and consumers finish what the tills started before measuring quiet.
  await new Promise((r) => setTimeout(r, 3_000));
  const idle = await idleCpu(env('BENCH_IDLE_SECONDS', 30), o.dbPid);
  const orders = await client.db(o.dbNames.orders).collection('orders').countDocuments({});
  return { orders, commandsPerCheckout, one, ten, idle };
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

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Scans seen while the tills rang, by collection and filter shape: the bench's own proof of "no scan". */
function scanSummary(scans: readonly ScanRecord[]): string {
  const counts = new Map<string, number>();
  for (const s of scans) {
    const shape = JSON.stringify(Object.keys((s.filter as Record<string, unknown>) ?? {}));
    const k = `${s.db.replace(/_bench_\w+$/, '')}.${s.collection} ${s.command} ${shape}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `  ${n} x ${k}`).join('\n') || '  none';
}

export async function benchGrowth(o: GrowthOptions): Promise<string> {
  const target = env('BENCH_GROWTH_ORDERS', 50_000);
  const client = await mongoose.mongo.MongoClient.connect(o.mongodbUri);
  const out: string[] = [];
  // The subgraphs run in this process: every command they send is watched.
  const watch = watchScans(mongoose.connections);
  try {
    const shop = await seed(o.gatewayUrl);
    const empty = await phase(o, shop, client, watch);
    const sample = await client.db(o.dbNames.orders).collection<{ merchantId: string }>('orders').findOne({});
    const t0 = performance.now();
    const filled = await fill(client, o.dbNames, sample?.merchantId ?? '', target);
    const fillS = (performance.now() - t0) / 1_000;
    const emptyScans = watch.scans();
    console.error(
      `[growth] empty: ${JSON.stringify({ one: empty.one, ten: { ...empty.ten, orderIds: [] }, idle: empty.idle })}`,
    );
    console.error(`[growth] filled to ${filled} orders in ${fillS.toFixed(0)} s`);
    watch.reset();
    const full = await phase(o, shop, client, watch);
    const fullScans = watch.scans();

    const rows = [empty, full].map((p, i) => [
      i === 0 ? 'empty' : 'full',
      String(p.orders),
      p.commandsPerCheckout.toFixed(0),
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
      '',
      `${(full.one.p50 / empty.one.p50).toFixed(2)}x`,
      `${(full.one.p95 / empty.one.p95).toFixed(2)}x`,
      `${(full.ten.requests / full.ten.elapsedS / (empty.ten.requests / empty.ten.elapsedS)).toFixed(2)}x`,
      `${(full.ten.p95 / empty.ten.p95).toFixed(2)}x`,
      '',
      '',
      '',
    ]);
    out.push(
      `filled to ${filled} orders in ${fillS.toFixed(0)} s`,
      `commands that would scan, empty phase:\n${scanSummary(emptyScans)}`,
      `commands that would scan, full phase:\n${scanSummary(fullScans)}`,
      table(
        [
          'database',
          'orders',
          'db commands/sale',
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
      o.gatewayUrl,
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
      o.gatewayUrl,
      `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { __typename } }`,
      {
        input: { branchId: shop.branchId, lines: [{ productId: scarce.createProduct.id, quantity: stock }] },
      },
      shop.token,
    );
    const rush = await tills({
      url: o.gatewayUrl,
      token: shop.token,
      branchId: shop.branchId,
      productId: scarce.createProduct.id,
      tills: contTills,
      count: 1,
    });
    const left = await gql<{ product: { stock: { balance: number } } | null }>(
      o.gatewayUrl,
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
    const base = { url: o.gatewayUrl, token: shop.token, branchId: shop.branchId, productId: shop.productId };
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
    return out.join('\n');
  } finally {
    watch.stop();
    await client.close();
  }
}
