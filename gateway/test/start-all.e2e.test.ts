/**
 * `npm start` as a user runs it: its own process, the embedded database, and on a machine with
 * more than one core the worker thread holding products, customers, couriers and reports. A sale
 * rung at the gateway crosses both threads (orders on the main thread reserves stock in products
 * on the worker; the sale's events reach the reports read model on the worker), a sign-out on the
 * main thread is honoured for a query the worker answers, and Ctrl+C (SIGTERM) stops it all.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killGroup, type StartAllChild, startAllChild, stopChild } from '../src/dev/start-all-child';

interface GqlAnswer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function gql<T>(url: string, query: string, variables: object, token?: string): Promise<GqlAnswer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlAnswer<T>;
}

async function ok<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const answer = await gql<T>(url, query, variables, token);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });

describe('npm start (its own process, worker thread, embedded database)', () => {
  let dataDir: string;
  let running: StartAllChild;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pos-start-all-'));
    running = await startAllChild({
      dataDir,
      env: { WORKER_SUBGRAPHS: 'products,customers,couriers,reports' },
    });
  }, 180_000);
  afterAll(async () => {
    if (running) killGroup(running.child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the named subgraphs in the worker thread', () => {
    const banner = running.output.join('\n');
    for (const name of ['products', 'customers', 'couriers', 'reports'])
      expect(banner).toMatch(new RegExp(`^\\s+${name}\\s+http://\\S+\\s+\\(worker thread\\)$`, 'm'));
    for (const name of ['users', 'orders'])
      expect(banner).toMatch(new RegExp(`^\\s+${name}\\s+http://\\S+/graphql$`, 'm'));
    expect(banner).toContain('bridged between the two threads');
    expect(availableParallelism()).toBeGreaterThan(0);
  });

  it('sells across the threads, and the sale reaches the reports read model', async () => {
    const url = running.url;
    const reg = await ok<{ registerMerchant: { accessToken?: string } }>(
      url,
      `mutation($input: RegisterMerchantInput!) { registerMerchant(input: $input) { __typename ... on AuthPayload { accessToken } } }`,
      {
        input: {
          merchantName: 'Warung Dua Benang',
          branchName: 'Pusat',
          ownerName: 'Sri',
          ownerEmail: `sri-${randomBytes(4).toString('hex')}@example.com`,
          password: 'kopi-susu-2024',
        },
      },
    );
    const token = reg.registerMerchant.accessToken as string;
    expect(token).toBeTruthy();
    const { merchant } = await ok<{ merchant: { branches: { id: string }[] } }>(
      url,
      '{ merchant { branches { id } } }',
      {},
      token,
    );
    const branchId = merchant.branches[0]?.id as string;
    const created = await ok<{ createProduct: { id?: string } }>(
      url,
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { __typename ... on Product { id } } }`,
      { input: { sku: 'KOPI-1', name: 'Kopi', costPrice: '2000', baseUnit: { price: '5000' } } },
      token,
    );
    const productId = created.createProduct.id as string;
    await ok(
      url,
      `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { __typename } }`,
      { input: { branchId, lines: [{ productId, quantity: 10 }] } },
      token,
    );
    for (const i of [1, 2, 3]) {
      const sale = await ok<{ checkout: { __typename: string } }>(
        url,
        `mutation($input: CheckoutInput!) { checkout(input: $input) { __typename } }`,
        {
          input: {
            idempotencyKey: `thread-sale-${i}-${randomBytes(4).toString('hex')}`,
            deviceId: 'till-1',
            branchId,
            lines: [{ productId, quantity: i }],
            payments: [{ method: 'BANK_TRANSFER', amount: String(5000 * i), reference: `TRF-${i}` }],
          },
        },
        token,
      );
      expect(sale.checkout.__typename).toBe('Order');
    }
    const stock = await ok<{ product: { stock: { balance: number } } }>(
      url,
      `query($id: ID!, $b: ID!) { product(id: $id) { stock(branchId: $b) { balance } } }`,
      { id: productId, b: branchId },
      token,
    );
    expect(stock.product.stock.balance).toBe(4);

    // The read model is fed by events from the main thread's orders subgraph.
    const summary = `query($f: ReportFilter!) { salesSummary(filter: $f) { totals { gross } } }`;
    const deadline = Date.now() + 20_000;
    let gross = '';
    while (Date.now() < deadline) {
      const r = await ok<{ salesSummary: { totals: { gross: string } } }>(
        url,
        summary,
        { f: { from: today(), to: today() } },
        token,
      );
      gross = r.salesSummary.totals.gross;
      if (gross === '30000') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(gross).toBe('30000');

    // Reports on the worker hand out links from the gateway the main thread started.
    const link = await ok<{ createReportExport: { url?: string } }>(
      url,
      `mutation($f: ReportFilter!) { createReportExport(report: SALES_SUMMARY, format: CSV, filter: $f) { __typename ... on DownloadLink { url } } }`,
      { f: { from: today(), to: today() } },
      token,
    );
    const exportUrl = link.createReportExport.url as string;
    expect(exportUrl.startsWith(url.replace(/\/graphql$/, '/'))).toBe(true);
    const csv = await fetch(exportUrl);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('30000');

    // Signed out on the main thread: the token no longer opens a query the worker answers.
    await ok(url, 'mutation { logout { __typename } }', {}, token);
    const after = await gql(
      url,
      `query($id: ID!, $b: ID!) { product(id: $id) { stock(branchId: $b) { balance } } }`,
      { id: productId, b: branchId },
      token,
    );
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }, 120_000);

  it('stops cleanly on SIGTERM, worker thread and database included', async () => {
    const exit = new Promise<number | null>((resolve) => running.child.once('exit', (code) => resolve(code)));
    await stopChild(running.child, 20_000);
    expect(await exit).toBe(0);
    if (running.dbPid) expect(() => process.kill(running.dbPid as number, 0)).toThrow();
  }, 60_000);
});
