/**
 * `npm run bench`: boots the supergraph once (embedded database unless MONGODB_URI is set) and
 * prints a table per section, each against its direct baseline. Stops by itself.
 *
 * - gateway: `{ me { id name } }` through the gateway vs straight at the users subgraph;
 * - products: barcode look-up and name search over BENCH_PRODUCTS products (default 10,000)
 *   through the gateway vs the same look-up with the MongoDB driver;
 * - checkout: checkouts/s and p95 at 1, 10 and 50 concurrent tills through the gateway vs a plain
 *   driver loop writing the same documents;
 * - recovery: `npm start` killed with SIGKILL during a burst of checkouts and started again; how long
 *   orders stay PENDING, and stock against completed sales (recovery.ts);
 * - engines: FerretDB's SQLite and PostgreSQL backends side by side (BENCH_POSTGRESQL_URL), engines.ts;
 * - growth: checkout latency at 1 and 10 tills and idle CPU on an empty database and one holding
 *   BENCH_GROWTH_ORDERS orders, the contention and replay cases, the raw-driver floor (growth.ts);
 * - subscriptions: 1,000 concurrent subscriptions through the gateway, events/s delivered,
 *   publish-to-receive p50/p95 and heap per subscription (its own process, run with --expose-gc);
 * - live: live updates at dispatcher scale, every service in its own process on Redis: 10,000
 *   subscriptions on one topic and 5,000 distinct ones over 200 connections, one event per
 *   second per topic for 60 s, with one and with two gateway processes (live/live.ts; sizes with
 *   BENCH_LIVE_ONE_TOPIC, BENCH_LIVE_DISTINCT, BENCH_LIVE_CONNECTIONS, BENCH_LIVE_SECONDS,
 *   BENCH_LIVE_MODES=single,redis and BENCH_LIVE_CASES=one-topic,distinct);
 * - reports: sales summary by day over one year of BENCH_REPORT_LINES order lines (default
 *   1,000,000) through the gateway vs the same aggregation with the driver (and the driver over
 *   the order rows and raw lines, which is what the report would cost without its day roll-up).
 *
 *   BENCH_ONLY=gateway,products BENCH_SECONDS=10 BENCH_CONNECTIONS=20 npm run bench
 *
 * Seeding the larger sections takes minutes on FerretDB; the figures are only comparable
 * between runs on the same database and machine.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createLogger, GATEWAY_SECRET_HEADER, generateSigningKeys, MemoryRevocationStore } from '@pos/kit';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '@pos/kit/db/embedded';
import mongoose from 'mongoose';
import { type BootedSupergraph, bootSupergraph } from '../src/dev/boot';
import { SUBGRAPHS } from '../src/dev/subgraphs';
import { benchEngines } from './engines';
import { benchGrowth } from './growth';
import type { LoadReport, LoadSpec } from './load';
import { benchCheckout, formatCheckoutTable } from './orders';
import { benchProducts, formatProductsTable } from './products';
import { benchRecovery, formatRecoveryTable } from './recovery';
import { benchReports, formatReportsTable } from './reports';

const run = promisify(execFile);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const WARMUP_SECONDS = 2;
const ME = '{ me { id name } }';
const SECTIONS = new Set(
  (process.env.BENCH_ONLY ?? 'gateway,products,reports').split(',').map((x) => x.trim()),
);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const REPORT_LINES = Number(process.env.BENCH_REPORT_LINES ?? 1_000_000);
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);

const REGISTER = `mutation Register($input: RegisterMerchantInput!) {
  registerMerchant(input: $input) { __typename ... on AuthPayload { accessToken } ... on ErrorResult { code } }
}`;

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`${url} answered ${res.status}: ${text}`);
  return text;
}

async function registerMerchant(gatewayUrl: string): Promise<string> {
  const text = await postJson(gatewayUrl, {
    query: REGISTER,
    variables: {
      input: {
        merchantName: 'Warung Bench',
        branchName: 'Pusat',
        ownerName: 'Bench Owner',
        ownerEmail: `bench-${randomBytes(4).toString('hex')}@example.com`,
        password: 'kopi-susu-2024',
      },
    },
  });
  const result = (
    JSON.parse(text) as { data: { registerMerchant: { __typename: string; accessToken?: string } } }
  ).data.registerMerchant;
  if (!result.accessToken) throw new Error(`registration failed: ${result.__typename}`);
  return result.accessToken;
}

/** Runs load.ts in a child process (tsx), so the load generator has a core of its own. */
async function load(url: string, headers: Record<string, string>, seconds: number): Promise<LoadReport> {
  const body = JSON.stringify({ query: ME });
  // Every answer must equal a known-good one; a fast stream of errors would be a lie.
  const expectBody = await postJson(url, JSON.parse(body), headers);
  const spec: LoadSpec = {
    url,
    headers: { 'content-type': 'application/json', ...headers },
    body,
    expectBody,
    seconds,
    connections: CONNECTIONS,
  };
  const script = fileURLToPath(new URL('./load.ts', import.meta.url));
  const { stdout } = await run('tsx', [script, JSON.stringify(spec)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as LoadReport;
}

function printTable(rows: Array<[string, LoadReport]>): void {
  const head = ['target', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'failures'];
  const fmt = (n: number, digits = 2) => n.toFixed(digits);
  const lines = rows.map(([name, r]) => [
    name,
    String(r.requests),
    fmt(r.rps, 0),
    fmt(r.p50),
    fmt(r.p95),
    fmt(r.p99),
    String(r.failures),
  ]);
  const [, gateway] = rows[0] ?? [];
  const [, direct] = rows[1] ?? [];
  if (gateway && direct) {
    lines.push([
      'gateway/direct',
      '',
      `${fmt(gateway.rps / direct.rps)}x`,
      `${fmt(gateway.p50 / direct.p50)}x`,
      `${fmt(gateway.p95 / direct.p95)}x`,
      `${fmt(gateway.p99 / direct.p99)}x`,
      '',
    ]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(['', row(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(row), ''].join('\n'));
}

async function main(): Promise<void> {
  if (SECTIONS.has('growth')) {
    // Measures `npm start` itself, in processes of its own; needs no supergraph here.
    console.log('\n## growth: checkout and idle cost on an empty and a full database (npm start)');
    if (process.env.MONGODB_URI)
      console.log('skipped: growth measures the embedded default, not MONGODB_URI');
    else console.log(await benchGrowth());
    SECTIONS.delete('growth');
    if (SECTIONS.size === 0) return;
  }
  if (SECTIONS.has('engines')) {
    // Runs `npm start` on each engine in processes of its own; needs no supergraph here.
    console.log('\n## engines: FerretDB on SQLite and on PostgreSQL, side by side (npm start)');
    console.log(await benchEngines());
    SECTIONS.delete('engines');
    if (SECTIONS.size === 0) return;
  }
  if (SECTIONS.has('recovery')) {
    // Runs `npm start` in processes of its own, killed and restarted; needs no supergraph here.
    console.log('\n## recovery: kill -9 of npm start during a burst of checkouts, then a restart');
    console.log(formatRecoveryTable(await benchRecovery()));
    SECTIONS.delete('recovery');
    if (SECTIONS.size === 0) return;
  }
  if (SECTIONS.has('live')) {
    // Starts its own processes (couriers, gateways, subscribers); needs no supergraph here.
    console.log('\n## live: subscriptions at dispatcher scale, each service in its own process');
    await runScript('./live/live.ts');
    if (SECTIONS.size === 1) return;
  }
  const external = process.env.MONGODB_URI;
  let db: EmbeddedDatabase | undefined;
  let booted: BootedSupergraph | undefined;
  const suffix = randomBytes(4).toString('hex');
  const dbNames: string[] = [];
  try {
    db = external ? undefined : await startEmbeddedDatabase();
    const mongodbUri = external ?? (db as EmbeddedDatabase).uri;
    const gatewaySecret = randomBytes(24).toString('base64url');
    const level = process.env.LOG_LEVEL ?? 'silent';
    booted = await bootSupergraph({
      subgraphs: SUBGRAPHS,
      mongodbUri,
      host: '127.0.0.1',
      gatewayPort: 0,
      subgraphPort: () => 0,
      dbName: (name) => {
        const dbName = `pos_${name}_bench_${suffix}`;
        dbNames.push(dbName);
        return dbName;
      },
      gatewaySecret,
      internalSecret: randomBytes(24).toString('base64url'),
      keys: await generateSigningKeys(),
      revocations: new MemoryRevocationStore(),
      logger: (service) => createLogger(service, level),
      production: true,
      gateway: { warmupOperations: [{ body: ME }] },
    });
    const gatewayUrl = `${booted.gateway.url}/graphql`;
    const usersUrl = `${booted.subgraphs.users?.url}/graphql`;
    const ownerToken = await registerMerchant(gatewayUrl);
    const auth = { authorization: `Bearer ${ownerToken}` };
    const direct = { ...auth, [GATEWAY_SECRET_HEADER]: gatewaySecret };

    console.log(
      `database: ${db ? `embedded ${db.kind}` : 'MONGODB_URI'}; ${CONNECTIONS} connections, ${SECONDS} s each`,
    );
    if (SECTIONS.has('gateway')) {
      console.log('\n## gateway: { me { id name } }');
      // A short unmeasured run first: JIT, connection pools and the database cache warm up.
      await load(gatewayUrl, auth, WARMUP_SECONDS);
      await load(usersUrl, direct, WARMUP_SECONDS);
      const viaGateway = await load(gatewayUrl, auth, SECONDS);
      const straight = await load(usersUrl, direct, SECONDS);
      printTable([
        ['gateway', viaGateway],
        ['users (direct)', straight],
      ]);
    }
    if (SECTIONS.has('products')) {
      console.log(`\n## products: barcode look-up and name search over ${PRODUCTS} products`);
      const result = await benchProducts({
        gatewayUrl,
        mongodbUri,
        productsDbName: `pos_products_bench_${suffix}`,
        products: PRODUCTS,
        seconds: SECONDS,
      });
      console.log(formatProductsTable(result));
    }
    if (SECTIONS.has('checkout')) {
      console.log('\n## checkout: concurrent tills through the gateway');
      console.log(formatCheckoutTable(await benchCheckout({ gatewayUrl, mongodbUri, seconds: SECONDS })));
    }
    if (SECTIONS.has('subscriptions')) {
      console.log('\n## subscriptions: 1,000 concurrent subscriptions through the gateway');
      await subscriptionsBench(mongodbUri);
    }
    if (SECTIONS.has('reports')) {
      console.log(`\n## reports: sales summary by day over one year of ${REPORT_LINES} order lines`);
      const r = await benchReports({
        gatewayUrl,
        token: ownerToken,
        mongodbUri,
        reportsDbName: `pos_reports_bench_${suffix}`,
        lines: REPORT_LINES,
        runs: REPORT_RUNS,
      });
      console.log(formatReportsTable(r));
    }
  } finally {
    await booted?.close();
    if (external) await dropDatabases(external, dbNames);
    await db?.stop();
  }
}

/** The subscription bench measures heap per subscription, so it runs alone with --expose-gc. */
function subscriptionsBench(mongodbUri: string): Promise<void> {
  return runScript('./subscriptions.ts', { MONGODB_URI: mongodbUri });
}

/** Runs a bench script of this folder in a process of its own, with --expose-gc. */
function runScript(file: string, env: Record<string, string> = {}): Promise<void> {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited ${code}`))));
  });
}

async function dropDatabases(uri: string, names: string[]): Promise<void> {
  const conn = await mongoose.createConnection(uri).asPromise();
  for (const name of names) await conn.useDb(name, { useCache: false }).dropDatabase();
  await conn.close();
}

main().then(
  // Some client libraries keep idle sockets referenced for a while; the bench is done, so leave now.
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
