/**
 * Crash recovery: `npm start`'s process (every subgraph, the gateway and the embedded database)
 * is killed with SIGKILL during a burst of checkouts, started again on the same data, and the
 * bench measures how long orders stay PENDING afterwards, then checks that stock equals the
 * opening stock minus the completed sales and that no order took stock twice.
 *
 * BENCH_RECOVERY_ROUNDS (default 3) rounds of BENCH_RECOVERY_BURST (default 20) checkouts; the
 * lease and recovery interval are the defaults (PENDING_LEASE_MS, RECOVERY_INTERVAL_MS).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { killGroup, type StartAllChild, startAllChild, waitExit } from '../src/dev/start-all-child';
import { gql, seed } from './orders';

const LEASE_MS = Number(process.env.PENDING_LEASE_MS ?? 30_000);
const RECOVERY_MS = Number(process.env.RECOVERY_INTERVAL_MS ?? 5_000);
const BASE_PORT = Number(process.env.BENCH_RECOVERY_PORT ?? 14_000);

/** `npm start` on fixed ports (a restart answers where the killed one did) and its own data. */
const startAll = (dataDir: string) =>
  startAllChild({
    dataDir,
    port: BASE_PORT,
    env: {
      GATEWAY_SECRET: 'bench-recovery-gateway-secret',
      INTERNAL_SECRET: 'bench-recovery-internal-secret',
    },
  });

export interface RecoveryRound {
  burst: number;
  completed: number;
  cancelled: number;
  pendingAtRestart: number;
  /** Seconds from healthy-again until no order is PENDING (null: still pending at the limit). */
  drainedAfterS: number | null;
  stockExpected: number;
  stockActual: number;
  takenTwice: number;
}

export async function benchRecovery(): Promise<RecoveryRound[]> {
  const rounds = Number(process.env.BENCH_RECOVERY_ROUNDS ?? 3);
  const burst = Number(process.env.BENCH_RECOVERY_BURST ?? 20);
  const opening = 1_000_000;
  const out: RecoveryRound[] = [];
  for (let round = 0; round < rounds; round++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'pos-recovery-'));
    let running: StartAllChild | undefined;
    try {
      running = await startAll(dataDir);
      const url = `http://127.0.0.1:${BASE_PORT}/graphql`;
      const shop = await seed(url);
      let answered = 0;
      const sales = Array.from({ length: burst }, () =>
        gql(
          url,
          `mutation($input: CheckoutInput!) { checkout(input: $input) { __typename } }`,
          {
            input: {
              idempotencyKey: randomBytes(12).toString('hex'),
              deviceId: 'bench-recovery',
              branchId: shop.branchId,
              lines: [{ productId: shop.productId, quantity: 1 }],
              payments: [{ method: 'QRIS', amount: '5000', reference: 'QR-CRASH' }],
            },
          },
          shop.token,
        )
          .then(() => answered++)
          .catch(() => undefined),
      );
      // Kill while the burst is in flight: some sagas done, some half-way, some not started.
      const killAt = Date.now() + 10_000;
      while (answered < Math.ceil(burst / 4) && Date.now() < killAt)
        await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, round * 20));
      killGroup(running.child);
      await Promise.all(sales);
      await waitExit(running.child);

      running = await startAll(dataDir);
      const healthyAt = performance.now();
      const client = await mongoose.mongo.MongoClient.connect(running.mongodbUri);
      try {
        const orders = client.db('pos_orders').collection('orders');
        const pending = () => orders.countDocuments({ status: 'PENDING' });
        const pendingAtRestart = await pending();
        let drainedAfterS: number | null = null;
        const limit = healthyAt + LEASE_MS + 4 * RECOVERY_MS + 30_000;
        while (performance.now() < limit) {
          if ((await pending()) === 0) {
            drainedAfterS = (performance.now() - healthyAt) / 1_000;
            break;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
        const completed = await orders.countDocuments({ status: 'COMPLETED' });
        const cancelled = await orders.countDocuments({ status: 'CANCELLED' });
        const level = await gql<{ product: { stock: { balance: number } } }>(
          url,
          `query($id: ID!, $b: ID!) { product(id: $id) { stock(branchId: $b) { balance } } }`,
          { id: shop.productId, b: shop.branchId },
          shop.token,
        );
        // Net stock taken per order from the ledger: anything but 0 or 1 unit is a double count.
        const entries = await client
          .db('pos_products')
          .collection<{ orderId?: string; change: number }>('stock_entries')
          .find({ orderId: { $exists: true } })
          .toArray();
        const net = new Map<string, number>();
        for (const e of entries) if (e.orderId) net.set(e.orderId, (net.get(e.orderId) ?? 0) + e.change);
        out.push({
          burst,
          completed,
          cancelled,
          pendingAtRestart,
          drainedAfterS,
          stockExpected: opening - completed,
          stockActual: level.product.stock.balance,
          takenTwice: [...net.values()].filter((n) => n < -1).length,
        });
      } finally {
        await client.close();
      }
    } finally {
      if (running) {
        killGroup(running.child);
        await waitExit(running.child);
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return out;
}

export function formatRecoveryTable(rows: readonly RecoveryRound[]): string {
  const head = [
    'round',
    'burst',
    'completed',
    'cancelled',
    'pending at restart',
    'no pending after s',
    'limit s',
    'stock expected',
    'stock actual',
    'taken twice',
  ];
  const limit = ((LEASE_MS + 2 * RECOVERY_MS) / 1_000).toFixed(0);
  const lines = rows.map((r, i) => [
    String(i + 1),
    String(r.burst),
    String(r.completed),
    String(r.cancelled),
    String(r.pendingAtRestart),
    r.drainedAfterS === null ? 'STILL PENDING' : r.drainedAfterS.toFixed(1),
    limit,
    String(r.stockExpected),
    String(r.stockActual),
    String(r.takenTwice),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [row(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(row)].join('\n');
}
