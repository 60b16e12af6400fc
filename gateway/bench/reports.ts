/**
 * Sales summary by day over one year of order lines, asked through the gateway as a front end
 * would, against the same aggregation run straight at the database with the MongoDB driver.
 *
 * The lines are seeded into the running reports subgraph's database for the benchmark's merchant
 * (order rows and the day roll-up written to match, as the projections would). The driver runs
 * the report's aggregation over the roll-up the service reads (the like-for-like baseline), and
 * also over the order rows and the raw lines, which is what the report would cost without it.
 */
import mongoose from 'mongoose';
import { registerModels } from '../../subgraphs/reports/src/models';
import { SEEDED_LINE, SEEDED_LINES_PER_ORDER, seedSaleLines } from '../../subgraphs/reports/test/seed-lines';

export interface ReportsBenchOptions {
  gatewayUrl: string;
  /** A token of the merchant to seed, with `reports:read`. */
  token: string;
  mongodbUri: string;
  /** The reports subgraph's database (`pos_reports` unless the launcher gave it another). */
  reportsDbName?: string;
  lines?: number;
  runs?: number;
}

export interface ReportsBenchRow {
  target: string;
  bestMs: number;
  medianMs: number;
}

export interface ReportsBenchResult {
  lines: number;
  seedSeconds: number;
  rows: ReportsBenchRow[];
}

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const SUMMARY = `query Summary($filter: ReportFilter!) {
  salesSummary(filter: $filter, groupBy: DAY) {
    totals { gross discounts net cost grossProfit orders averageBasket }
    series { period gross discounts returns net tax cost grossProfit orders averageBasket }
  }
}`;
const SUMMED = ['gross', 'discounts', 'returns', 'net', 'tax', 'cost', 'profit', 'orders'];

function merchantOf(token: string): string {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    mid: string;
  };
  return claims.mid;
}

async function timed(runs: number, fn: () => Promise<void>): Promise<{ bestMs: number; medianMs: number }> {
  await fn(); // warm-up: query plan, connection pool, database cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { bestMs: times[0] ?? 0, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
}

export async function benchReports(opts: ReportsBenchOptions): Promise<ReportsBenchResult> {
  const lines = opts.lines ?? 1_000_000;
  const runs = opts.runs ?? 5;
  const merchantId = merchantOf(opts.token);
  const conn = await mongoose
    .createConnection(opts.mongodbUri, { dbName: opts.reportsDbName ?? 'pos_reports' })
    .asPromise();
  try {
    const models = registerModels(conn);
    const t = Date.now();
    await seedSaleLines(models, merchantId, lines);
    const seedSeconds = (Date.now() - t) / 1000;

    const orders = Math.ceil(lines / SEEDED_LINES_PER_ORDER);
    const expectedNet = lines * SEEDED_LINE.net;
    const viaGateway = async () => {
      const res = await fetch(opts.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.token}` },
        body: JSON.stringify({ query: SUMMARY, variables: { filter: YEAR } }),
      });
      const body = (await res.json()) as {
        data?: { salesSummary: { totals: { net: string; orders: number }; series: unknown[] } };
        errors?: unknown[];
      };
      const s = body.data?.salesSummary;
      // A fast wrong answer would be a lie: every run must add up to what was seeded.
      if (!s || Number(s.totals.net) !== expectedNet || s.totals.orders !== orders || s.series.length !== 365)
        throw new Error(`salesSummary answered ${JSON.stringify(body).slice(0, 300)}`);
    };
    const db = conn.db;
    if (!db) throw new Error('no database handle');
    // FerretDB 1.24 fills only the first `$sum` of a group (see services/group.ts), so on the
    // embedded default these baselines are timed, not checked beyond their number of days.
    const byDay = (collection: string, fields: readonly string[]) => async () => {
      const group: Record<string, unknown> = { _id: '$businessDate' };
      for (const f of fields) group[f] = { $sum: `$${f}` };
      const rows = await db
        .collection(collection)
        .aggregate([
          { $match: { merchantId, businessDate: { $gte: YEAR.from, $lte: YEAR.to } } },
          { $group: group },
          { $sort: { _id: 1 } },
        ])
        .toArray();
      if (rows.length !== 365) throw new Error(`${collection}: ${rows.length} days`);
    };
    const rows: ReportsBenchRow[] = [];
    const measure = async (target: string, fn: () => Promise<void>) => {
      rows.push({ target, ...(await timed(runs, fn)) });
    };
    await measure('gateway: salesSummary(DAY)', viaGateway);
    await measure('driver: same aggregation (sales_days)', byDay('sales_days', SUMMED));
    await measure('driver: over order rows (sale_orders)', byDay('sale_orders', SUMMED));
    await measure('driver: over raw lines (sale_lines)', byDay('sale_lines', SUMMED.slice(0, 7)));
    return { lines, seedSeconds, rows };
  } finally {
    await conn.close();
  }
}

export function formatReportsTable(r: ReportsBenchResult): string {
  const base = r.rows[1];
  const head = ['target', 'best ms', 'median ms', 'vs driver (median)'];
  const lines = r.rows.map((row) => [
    row.target,
    row.bestMs.toFixed(1),
    row.medianMs.toFixed(1),
    base ? `${(row.medianMs / base.medianMs).toFixed(2)}x` : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    `seeded ${r.lines} lines in ${r.seedSeconds.toFixed(1)} s`,
    '',
    fmt(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...lines.map(fmt),
    '',
  ].join('\n');
}
