/**
 * Engines: FerretDB's SQLite backend (the embedded default) and its PostgreSQL backend, side by
 * side in one run: `npm start` on each, 1 till ringing sales back to back (p50/p95, CPU per sale
 * of the Node process, the FerretDB process and every PostgreSQL process), then 10 tills for
 * BENCH_SECONDS. BENCH_POSTGRESQL_URL names a PostgreSQL server whose user may create databases
 * (`postgres://postgres@127.0.0.1:5432/postgres`); each run creates its own database there and
 * drops it after. Without it only SQLite is measured.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type StartAllChild, startAllChild, stopChild } from '../src/dev/start-all-child';
import { seed } from './orders';
import { cpuSeconds, table, tills } from './processes';

const run = promisify(execFile);

/** CPU seconds of every process whose command is a PostgreSQL server or backend. */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (comm.startsWith('postgres')) total += cpuSeconds(Number(pid));
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

interface Engine {
  name: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
  postgres: boolean;
}

async function postgresEngine(serverUrl: string): Promise<Engine> {
  const dbName = `pos_bench_${Date.now()}`;
  await run('psql', [serverUrl, '-qc', `CREATE DATABASE ${dbName}`]);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return {
    name: 'FerretDB on PostgreSQL',
    env: { FERRETDB_POSTGRESQL_URL: url.toString() },
    postgres: true,
    cleanup: async () => {
      await run('psql', [serverUrl, '-qc', `DROP DATABASE IF EXISTS ${dbName}`]);
    },
  };
}

async function measure(engine: Engine): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pos-engines-'));
  let running: StartAllChild | undefined;
  try {
    running = await startAllChild({ dataDir, env: { LOG_LEVEL: 'warn', ...engine.env } });
    const nodePid = running.child.pid as number;
    const shop = await seed(running.url);
    const base = { url: running.url, token: shop.token, branchId: shop.branchId, productId: shop.productId };
    await tills({ ...base, tills: 1, count: 10 });
    const before = [cpuSeconds(nodePid), cpuSeconds(running.dbPid), postgresCpuSeconds()];
    const one = await tills({ ...base, tills: 1, count: Number(process.env.BENCH_ENGINE_SALES ?? 100) });
    // Settled: the events the sales raised are consumed before the counters are read.
    await new Promise((r) => setTimeout(r, 2_000));
    const after = [cpuSeconds(nodePid), cpuSeconds(running.dbPid), postgresCpuSeconds()];
    const perSale = (i: number) => (((after[i] ?? 0) - (before[i] ?? 0)) * 1_000) / Math.max(1, one.requests);
    const ten = await tills({ ...base, tills: 10, seconds: Number(process.env.BENCH_SECONDS ?? 10) });
    const errors = Object.entries({ ...one.outcomes, ...ten.outcomes })
      .filter(([k]) => k !== 'Order')
      .reduce((n, [, v]) => n + v, 0);
    return [
      engine.name,
      one.p50.toFixed(0),
      one.p95.toFixed(0),
      perSale(0).toFixed(1),
      perSale(1).toFixed(1),
      engine.postgres ? perSale(2).toFixed(1) : '-',
      (perSale(0) + perSale(1) + (engine.postgres ? perSale(2) : 0)).toFixed(1),
      (ten.requests / ten.elapsedS).toFixed(1),
      ten.p95.toFixed(0),
      String(errors),
    ];
  } finally {
    if (running) await stopChild(running.child);
    rmSync(dataDir, { recursive: true, force: true });
    await engine.cleanup();
  }
}

export async function benchEngines(): Promise<string> {
  const engines: Engine[] = [
    { name: 'FerretDB on SQLite (default)', env: {}, postgres: false, cleanup: async () => {} },
  ];
  const pgUrl = process.env.BENCH_POSTGRESQL_URL;
  if (pgUrl) engines.push(await postgresEngine(pgUrl));
  const rows: string[][] = [];
  for (const engine of engines) rows.push(await measure(engine));
  return [
    pgUrl ? '' : 'BENCH_POSTGRESQL_URL is unset: SQLite only',
    table(
      [
        'engine',
        '1 till p50 ms',
        '1 till p95 ms',
        'node cpu ms/sale',
        'ferretdb cpu ms/sale',
        'postgres cpu ms/sale',
        'total cpu ms/sale',
        '10 tills sales/s',
        '10 tills p95 ms',
        'errors',
      ],
      rows,
    ),
  ].join('\n');
}
