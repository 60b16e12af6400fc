/**
 * Catalog look-ups over 10,000 products: barcode scan and name search through the gateway,
 * against the same look-ups done straight with the MongoDB driver (the barcode's code claim and
 * product by primary key; the name search as the `nameTokens` prefix query an index serves on
 * MongoDB). Seeds through the public API (CSV import), so it needs only the gateway URL, the
 * database URI and the products subgraph's database name.
 *
 * Wired into `npm run bench` by run.ts:
 *   console.log(formatProductsTable(await benchProducts({ gatewayUrl, mongodbUri, productsDbName })));
 */
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { normalizeText } from '../../subgraphs/products/src/services/text';

export interface ProductsBenchOptions {
  gatewayUrl: string;
  mongodbUri: string;
  /** The products subgraph's database (`pos_products` unless the launcher gave it another). */
  productsDbName?: string;
  products?: number;
  /** Seconds per target (default BENCH_SECONDS or 10). */
  seconds?: number;
  /** Concurrent clients (default BENCH_CONNECTIONS or 10). */
  concurrency?: number;
}

export interface ProductsBenchRow {
  target: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

export interface ProductsBenchResult {
  products: number;
  seedSeconds: number;
  rows: ProductsBenchRow[];
}

const WORDS = [
  'kopi',
  'susu',
  'gula',
  'aren',
  'teh',
  'manis',
  'mie',
  'goreng',
  'sabun',
  'mandi',
  'beras',
  'pandan',
  'minyak',
  'telur',
  'kecap',
  'sambal',
  'roti',
  'keju',
  'coklat',
  'air',
];
const BARCODE = `query($b: String!) { productByBarcode(barcode: $b) { product { id name } unit { name price } } }`;
const SEARCH = `query($s: String!) { products(filter: { search: $s }, first: 20) { nodes { id name } } }`;

async function gql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`${res.status}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)] as T;
const barcodeOf = (i: number) => `899${String(i).padStart(10, '0')}`;
const nameOf = (i: number) =>
  `${WORDS[i % 20]} ${WORDS[Math.floor(i / 20) % 20]} ${WORDS[Math.floor(i / 400) % 20]} ${i}`;

async function seed(url: string, count: number) {
  const email = `bench-products-${randomBytes(4).toString('hex')}@example.com`;
  const reg = await gql<{ registerMerchant: { accessToken?: string } }>(
    url,
    `mutation($i: RegisterMerchantInput!) { registerMerchant(input: $i) { ... on AuthPayload { accessToken } } }`,
    {
      i: {
        merchantName: 'Toko Bench',
        branchName: 'Pusat',
        ownerName: 'Bench',
        ownerEmail: email,
        password: 'kopi-susu-2024',
      },
    },
  );
  const token = reg.registerMerchant.accessToken;
  if (!token) throw new Error('registration failed');
  const { merchant } = await gql<{ merchant: { id: string } }>(url, '{ merchant { id } }', {}, token);
  // Small files, two at a time: an import runs row by row, the gateway gives a subgraph 15 s, and
  // on FerretDB each insert slows as the collection grows (about 30 ms a row at 1,000 products).
  const chunk = 100;
  const starts = Array.from({ length: Math.ceil(count / chunk) }, (_, k) => k * chunk);
  const importChunk = async (from: number) => {
    const t0 = Date.now();
    const rows = Array.from({ length: Math.min(chunk, count - from) }, (_, k) => {
      const i = from + k;
      return `BN-${i},${nameOf(i)},${1000 + (i % 50) * 500},${barcodeOf(i)}`;
    });
    const { importProductsCsv: r } = await gql<{ importProductsCsv: { failed: number } }>(
      url,
      `mutation($c: String!) { importProductsCsv(csv: $c) { ... on ProductImportReport { failed } } }`,
      { c: `sku,name,price,barcode\n${rows.join('\n')}\n` },
      token,
    );
    if (r.failed > 0) throw new Error(`${r.failed} seed rows failed`);
    if (process.env.BENCH_VERBOSE) console.error(`seeded ${from}+${chunk} in ${Date.now() - t0} ms`);
  };
  for (let k = 0; k < starts.length; k += 2) await Promise.all(starts.slice(k, k + 2).map(importChunk));
  return { token, merchantId: merchant.id };
}

async function measure(
  target: string,
  seconds: number,
  concurrency: number,
  op: () => Promise<boolean>,
): Promise<ProductsBenchRow> {
  const latencies: number[] = [];
  let failures = 0;
  const started = Date.now();
  const end = started + seconds * 1_000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const ok = await op().catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) failures++;
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
  const elapsed = (Date.now() - started) / 1_000;
  return {
    target,
    requests: latencies.length,
    perSecond: (latencies.length - failures) / elapsed,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    failures,
  };
}

export async function benchProducts(opts: ProductsBenchOptions): Promise<ProductsBenchResult> {
  const count = opts.products ?? 10_000;
  const seconds = opts.seconds ?? Number(process.env.BENCH_SECONDS ?? 10);
  const concurrency = opts.concurrency ?? Number(process.env.BENCH_CONNECTIONS ?? 10);
  const t = Date.now();
  const shop = await seed(opts.gatewayUrl, count);
  const seedSeconds = (Date.now() - t) / 1_000;
  const conn = await mongoose
    .createConnection(opts.mongodbUri, { dbName: opts.productsDbName ?? 'pos_products' })
    .asPromise();
  const db = conn.db;
  if (!db) throw new Error('no database handle');
  const claims = db.collection<{ _id: string; merchantId: string; productId: string }>('product_codes');
  const products = db.collection<{ _id: string }>('products');
  const query = () => [pick(WORDS), pick(WORDS).slice(0, 3)].join(' ');
  try {
    // Warm caches (the gateway's query plans, the catalog index) before measuring.
    await gql(opts.gatewayUrl, SEARCH, { s: 'kopi' }, shop.token);
    await gql(opts.gatewayUrl, BARCODE, { b: barcodeOf(0) }, shop.token);
    const rows = [
      await measure('barcode via gateway', seconds, concurrency, async () => {
        const r = await gql<{ productByBarcode: unknown }>(
          opts.gatewayUrl,
          BARCODE,
          { b: barcodeOf(Math.floor(Math.random() * count)) },
          shop.token,
        );
        return r.productByBarcode !== null;
      }),
      await measure('barcode via driver', seconds, concurrency, async () => {
        const claim = await claims.findOne({
          _id: `${shop.merchantId}|barcode|${barcodeOf(Math.floor(Math.random() * count))}`,
        });
        return Boolean(claim && (await products.findOne({ _id: claim.productId })));
      }),
      await measure('search via gateway', seconds, concurrency, async () => {
        const r = await gql<{ products: { nodes: unknown[] } }>(
          opts.gatewayUrl,
          SEARCH,
          { s: query() },
          shop.token,
        );
        return Array.isArray(r.products.nodes);
      }),
      await measure('search via driver', seconds, concurrency, async () => {
        const words = normalizeText(query()).split(' ');
        const found = await products
          .find({
            merchantId: shop.merchantId,
            $and: words.map((w) => ({ nameTokens: new RegExp(`^${w}`) })),
          } as object)
          .sort({ nameKey: 1, _id: 1 })
          .limit(20)
          .toArray();
        return Array.isArray(found);
      }),
    ];
    return { products: count, seedSeconds, rows };
  } finally {
    await conn.close();
  }
}

/** The rows as `npm run bench` prints them, with gateway/driver ratios. */
export function formatProductsTable(result: ProductsBenchResult): string {
  const head = ['target', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'failures'];
  const lines = result.rows.map((r) => [
    r.target,
    String(r.requests),
    r.perSecond.toFixed(0),
    r.p50.toFixed(2),
    r.p95.toFixed(2),
    r.p99.toFixed(2),
    String(r.failures),
  ]);
  for (const kind of ['barcode', 'search']) {
    const g = result.rows.find((r) => r.target === `${kind} via gateway`);
    const d = result.rows.find((r) => r.target === `${kind} via driver`);
    if (g && d && d.perSecond > 0) {
      lines.push([
        `${kind} gateway/driver`,
        '',
        `${(g.perSecond / d.perSecond).toFixed(2)}x`,
        `${(g.p50 / d.p50).toFixed(2)}x`,
        `${(g.p95 / d.p95).toFixed(2)}x`,
        `${(g.p99 / d.p99).toFixed(2)}x`,
        '',
      ]);
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    `products: ${result.products} seeded in ${result.seedSeconds.toFixed(1)} s`,
    row(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...lines.map(row),
  ].join('\n');
}
