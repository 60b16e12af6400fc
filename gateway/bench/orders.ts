/**
 * Checkout throughput: sales per second and p95 latency through the gateway at 1, 10 and 50
 * concurrent tills, against a plain MongoDB-driver loop writing the same documents (the pending
 * order, the outcome decision, the order number, the completion with its outbox event and the
 * stock ledger entry) with the same concurrency. The ratio is what federation, the saga's
 * subgraph calls and the checks cost on top of the bare writes.
 *
 * Wired into `npm run bench` by run.ts: `await benchCheckout({ gatewayUrl, mongodbUri })`.
 */
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';

export interface CheckoutBenchOptions {
  /** The gateway's GraphQL endpoint. */
  gatewayUrl: string;
  /** For the driver baseline; it writes into a scratch database it drops afterwards. */
  mongodbUri: string;
  /** Seconds per level (default BENCH_SECONDS or 10). */
  seconds?: number;
  /** Concurrent tills per level (default 1, 10, 50). */
  levels?: readonly number[];
}

export interface CheckoutBenchRow {
  concurrency: number;
  gateway: { checkouts: number; perSecond: number; p95Ms: number; failures: number };
  driver: { checkouts: number; perSecond: number; p95Ms: number };
  /** gateway checkouts/s divided by driver checkouts/s. */
  ratio: number;
}

const CHECKOUT = `mutation Checkout($input: CheckoutInput!) {
  checkout(input: $input) { __typename ... on Order { id number } ... on ErrorResult { code } }
}`;

export async function gql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${res.status}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A merchant with one product and stock for any run, through the gateway. */
export async function seed(url: string) {
  const reg = await gql<{ registerMerchant: { accessToken: string } }>(
    url,
    `mutation($input: RegisterMerchantInput!) { registerMerchant(input: $input) { ... on AuthPayload { accessToken } } }`,
    {
      input: {
        merchantName: 'Warung Bench',
        branchName: 'Pusat',
        ownerName: 'Bench Owner',
        ownerEmail: `bench-${randomBytes(4).toString('hex')}@example.com`,
        password: 'kopi-susu-2024',
      },
    },
  );
  const token = reg.registerMerchant.accessToken;
  const me = await gql<{ merchant: { branches: { id: string }[] } }>(
    url,
    '{ merchant { branches { id } } }',
    {},
    token,
  );
  const branchId = me.merchant.branches[0]?.id ?? '';
  const created = await gql<{ createProduct: { id: string } }>(
    url,
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { ... on Product { id } } }`,
    {
      input: {
        sku: `B-${randomBytes(3).toString('hex')}`,
        name: 'Kopi',
        costPrice: '2000',
        baseUnit: { price: '5000' },
      },
    },
    token,
  );
  const productId = created.createProduct.id;
  await gql(
    url,
    `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { __typename } }`,
    { input: { branchId, lines: [{ productId, quantity: 1_000_000 }] } },
    token,
  );
  return { token, branchId, productId };
}

const p95 = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
};

/** Runs `op` in `concurrency` loops for `seconds`; each loop is one till ringing sales back to back. */
export async function measure(
  concurrency: number,
  seconds: number,
  op: (till: number, i: number) => Promise<boolean>,
) {
  const latencies: number[] = [];
  let failures = 0;
  const end = Date.now() + seconds * 1_000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, till) => {
      for (let i = 0; Date.now() < end; i++) {
        const t0 = performance.now();
        const ok = await op(till, i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) failures++;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1_000;
  const done = latencies.length - failures;
  return { checkouts: done, perSecond: done / elapsed, p95Ms: p95(latencies), failures };
}

type Keyed = { _id: string } & Record<string, unknown>;

/**
 * The documents one checkout writes, written straight with the driver, by key, in the order the
 * saga writes them: the recovery queue item, the idempotency claim, the pending order, the stock
 * operation, the ledger entry with its key document and head hint, the stock outcome, the order's
 * decision, its number claim and hint, the staged event, the completed order, then the queue item
 * and the staged event drained. No subgraph calls, checks or reads beyond what the writes need.
 */
export async function driverCheckout(
  db: mongoose.mongo.Db,
  merchantId: string,
  branchId: string,
  productId: string,
  till: number,
  i: number,
) {
  const orderId = new mongoose.Types.ObjectId().toHexString();
  const now = new Date();
  const line = {
    lineId: orderId,
    productId,
    quantity: 1,
    baseQuantity: 1,
    unitPrice: 5_000,
    gross: 5_000,
    total: 5_000,
    cost: 2_000,
  };
  const c = (name: string) => db.collection<Keyed>(name);
  const key = `${merchantId}|till-${till}|${i}-${orderId}`;
  await c('pending_orders').insertOne({ _id: orderId, dueAt: now, data: { merchantId } });
  await c('checkout_keys').insertOne({ _id: key, merchantId, orderId });
  await c('orders').insertOne({
    _id: orderId,
    merchantId,
    branchId,
    deviceId: `till-${till}`,
    idempotencyKey: key,
    status: 'PENDING',
    lines: [line],
    payments: [{ method: 'QRIS', amount: 5_000 }],
    totals: { total: 5_000, paid: 5_000 },
    occurredAt: now,
  });
  const opId = `${merchantId}|order|${orderId}|stock`;
  await c('stock_ops').insertOne({
    _id: opId,
    merchantId,
    kind: 'RESERVE',
    lines: [{ productId, quantity: 1 }],
  });
  const streamId = `${merchantId}|${productId}|${branchId}|${till}`;
  const entryId = `${streamId}#${i + 1}`;
  await c('stock_entries').insertOne({
    _id: entryId,
    merchantId,
    productId,
    branchId,
    seq: i + 1,
    change: -1,
    balance: 1_000_000 - i,
    key: `${opId}#take#${productId}`,
    latest: true,
    orderId,
    at: now,
  });
  await c('stock_entries_keys').insertOne({ _id: `k|${merchantId}|${opId}#take#${productId}`, entryId });
  await c('stock_entries_keys').updateOne(
    { _id: `h|${streamId}` },
    { $set: { seq: i + 1 } },
    { upsert: true },
  );
  if (i > 0) await c('stock_entries').updateOne({ _id: `${streamId}#${i}` }, { $set: { latest: false } });
  await c('stock_op_outcomes').insertOne({ _id: opId, merchantId, outcome: 'APPLIED' });
  await c('decisions').insertOne({ _id: `order:${orderId}`, merchantId, outcome: 'COMPLETED', at: now });
  const numberKey = `${merchantId}|${branchId}|${till}|${i + 1}`;
  await c('order_numbers').insertOne({ _id: numberKey, merchantId, orderId });
  await c('order_number_hints').updateOne(
    { _id: `${merchantId}|${branchId}|${till}` },
    { $set: { n: i + 1 } },
    { upsert: true },
  );
  const eventId = `${orderId}:completed`;
  await c('outbox_staged').insertOne({ _id: eventId, model: 'Order', doc: orderId, stagedAt: now });
  await c('orders').updateOne(
    { _id: orderId },
    { $set: { status: 'COMPLETED', number: `INV/B/${i}`, outbox: [{ id: eventId, payload: line }] } },
  );
  await c('pending_orders').deleteOne({ _id: orderId });
  await c('outbox_staged').deleteOne({ _id: eventId });
  return true;
}

export async function benchCheckout(opts: CheckoutBenchOptions): Promise<CheckoutBenchRow[]> {
  const seconds = opts.seconds ?? Number(process.env.BENCH_SECONDS ?? 10);
  const levels = opts.levels ?? [1, 10, 50];
  const shop = await seed(opts.gatewayUrl);
  const client = await mongoose.mongo.MongoClient.connect(opts.mongodbUri);
  const db = client.db(`pos_bench_driver_${randomBytes(4).toString('hex')}`);
  const rows: CheckoutBenchRow[] = [];
  try {
    for (const concurrency of levels) {
      const gateway = await measure(concurrency, seconds, async (till) => {
        const { checkout } = await gql<{ checkout: { __typename: string } }>(
          opts.gatewayUrl,
          CHECKOUT,
          {
            input: {
              idempotencyKey: randomBytes(12).toString('hex'),
              deviceId: `bench-till-${till}`,
              branchId: shop.branchId,
              lines: [{ productId: shop.productId, quantity: 1 }],
              payments: [{ method: 'QRIS', amount: '5000', reference: 'QR-BENCH' }],
            },
          },
          shop.token,
        );
        return checkout.__typename === 'Order';
      });
      const driver = await measure(concurrency, seconds, (till, i) =>
        driverCheckout(db, 'bench-merchant', shop.branchId, shop.productId, till, i),
      );
      rows.push({
        concurrency,
        gateway,
        driver: { checkouts: driver.checkouts, perSecond: driver.perSecond, p95Ms: driver.p95Ms },
        ratio: driver.perSecond > 0 ? gateway.perSecond / driver.perSecond : 0,
      });
    }
  } finally {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  }
  return rows;
}

/** The rows as the table `npm run bench` prints. */
export function formatCheckoutTable(rows: readonly CheckoutBenchRow[]): string {
  const head = ['tills', 'checkouts/s', 'p95 ms', 'failures', 'driver/s', 'driver p95', 'gateway/driver'];
  const lines = rows.map((r) => [
    String(r.concurrency),
    r.gateway.perSecond.toFixed(1),
    r.gateway.p95Ms.toFixed(1),
    String(r.gateway.failures),
    r.driver.perSecond.toFixed(1),
    r.driver.p95Ms.toFixed(1),
    `${r.ratio.toFixed(3)}x`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [
    '',
    'checkout (orders saga through the gateway)',
    row(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...lines.map(row),
    '',
  ].join('\n');
}
