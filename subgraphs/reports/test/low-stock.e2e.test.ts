import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { GATEWAY_SECRET_HEADER, INTERNAL_SECRET_HEADER } from '@pos/kit';
import { businessDate } from '@pos/kit/dates';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateReportExportDocument,
  LowStockNamesDocument,
  LowStockNowDocument,
} from '../../../gateway/test/__generated__/operations';
import { errorCodes, expectNoErrors, postGraphQL } from '../../../gateway/test/harness';
import { checkout, key, type OrdersHarness, openShift, startOrdersHarness } from '../../orders/test/helpers';
import { createStaff, login, PASSWORD, registerMerchant } from '../../users/test/helpers';
import { type LowStockRow, seedLowStockShop } from './low-stock.fixtures';

const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url);
const today = () => businessDate('Asia/Jakarta');
type Format = 'CSV' | 'XLSX' | 'PDF';

describe('lowStockNow: low stock read live from products', () => {
  let h: OrdersHarness;
  let shop: Awaited<ReturnType<typeof seedLowStockShop>>;
  let owner: string;

  const sg = () => h.sg;
  const ok = async <T>(query: string, variables: Record<string, unknown>, token = owner) =>
    expectNoErrors((await sg().request<T>(query, variables, { token })).body);
  const lowStock = async (vars: { branchId?: string; categoryId?: string } = {}, token = owner) =>
    sg().execute(LowStockNowDocument, vars, { token });
  const lowRows = async (vars: { branchId?: string; categoryId?: string } = {}, token = owner) =>
    expectNoErrors((await lowStock(vars, token)).body).lowStockNow;
  const exportLink = async (format: Format, filter: Record<string, unknown> = {}, token = owner) =>
    sg().execute(
      CreateReportExportDocument,
      { report: 'LOW_STOCK', format, filter: { from: today(), to: today(), ...filter } },
      { token },
    );
  /** The link's path; fails the test when the export was refused. */
  const linkOf = async (format: Format, filter: Record<string, unknown> = {}, token = owner) => {
    const result = expectNoErrors((await exportLink(format, filter, token)).body).createReportExport;
    if (result.__typename !== 'DownloadLink') throw new Error(`no link: ${JSON.stringify(result)}`);
    return result.url;
  };
  const download = async (format: Format, filter: Record<string, unknown> = {}, token = owner) => {
    const url = await linkOf(format, filter, token);
    return fetch(new URL(url, sg().gatewayUrl));
  };
  /** What a file row holds for a report row: the branch by name. */
  const fileRow = (r: LowStockRow) => ({
    SKU: r.sku,
    Product: r.name,
    Branch: r.branchId === shop.P ? 'Pusat' : 'Dago',
    Stock: String(r.balance),
    Threshold: String(r.threshold),
    'Short by': String(r.shortBy),
    Unit: r.baseUnit,
  });

  beforeAll(async () => {
    h = await startOrdersHarness();
    shop = await seedLowStockShop(h.sg);
    owner = shop.owner;
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => h?.close());

  it('lists every product below its threshold, most short first, then by SKU and branch', async () => {
    expect(await lowRows()).toEqual(shop.all);
    expect(shop.all.map((r) => [r.sku, r.shortBy])).toEqual([
      ['TEH-1', 6],
      ['GULA-1', 3],
      ['BRS-1', 2],
      ['KOPI-1', 2],
      ['KOPI-1', 2],
    ]);
  });

  it('names the branch and product of each row through their owning subgraphs', async () => {
    const { lowStockNow } = expectNoErrors(
      (await sg().execute(LowStockNamesDocument, {}, { token: owner })).body,
    );
    expect(lowStockNow).toEqual(
      shop.all.map((r) => ({
        sku: r.sku,
        branchId: r.branchId,
        branch: { name: r.branchId === shop.P ? 'Pusat' : 'Dago' },
        product: { name: r.name },
      })),
    );
  });

  it('filters by branch and by category (with its subcategories)', async () => {
    expect(await lowRows({ branchId: shop.P })).toEqual([shop.rows.gulaP, shop.rows.brsP, shop.rows.kopiP]);
    expect(await lowRows({ branchId: shop.D })).toEqual([shop.rows.tehD, shop.rows.kopiD]);
    expect(await lowRows({ categoryId: shop.categories.drinks })).toEqual([shop.rows.tehD, ...shop.kopi]);
    expect(await lowRows({ categoryId: shop.categories.food })).toEqual([shop.rows.gulaP, shop.rows.brsP]);
    expect(await lowRows({ categoryId: shop.categories.coffee, branchId: shop.D })).toEqual([
      shop.rows.kopiD,
    ]);
  });

  it('shows staff limited to a branch only that branch, and refuses the others', async () => {
    const staff = await createStaff(sg(), owner, { role: 'SUPERVISOR', branchIds: [shop.D] });
    const token = (await login(sg(), staff.username, PASSWORD, shop.merchantSlug)).accessToken as string;
    expect(await lowRows({}, token)).toEqual([shop.rows.tehD, shop.rows.kopiD]);
    expect(errorCodes((await lowStock({ branchId: shop.P }, token)).body)).toEqual(['FORBIDDEN']);
    // The download link carries the staff member's branches.
    const csv = parse(await (await download('CSV', {}, token)).text(), { columns: true });
    expect(csv).toEqual([shop.rows.tehD, shop.rows.kopiD].map(fileRow));
    expect(errorCodes((await exportLink('CSV', { branchId: shop.P }, token)).body)).toEqual(['FORBIDDEN']);
  });

  it('shows another merchant nothing of this one', async () => {
    const other = (await registerMerchant(sg(), { merchantName: 'Toko Sebelah' })).session.accessToken;
    expect(await lowRows({}, other)).toEqual([]);
    expect(await lowRows({ branchId: shop.P }, other)).toEqual([]);
    expect(errorCodes((await lowStock({ categoryId: shop.categories.drinks }, other)).body)).toEqual([
      'NOT_FOUND',
    ]);
    // Its export says so with the NotFound member.
    expect(
      expectNoErrors((await exportLink('CSV', { categoryId: shop.categories.drinks }, other)).body),
    ).toEqual({
      createReportExport: {
        __typename: 'NotFound',
        code: 'NOT_FOUND',
        message: 'Category not found',
        entity: 'Category',
      },
    });
    const csv = parse(await (await download('CSV', {}, other)).text(), { columns: true });
    expect(csv).toEqual([]);
  });

  it('requires reports:read', async () => {
    const cashier = await createStaff(sg(), owner, { role: 'CASHIER' });
    const token = (await login(sg(), cashier.username, PASSWORD, shop.merchantSlug)).accessToken as string;
    expect(errorCodes((await lowStock({}, token)).body)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await sg().execute(LowStockNowDocument, {})).body)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes((await exportLink('CSV', {}, token)).body)).toEqual(['FORBIDDEN']);
  });

  it('keeps the products query internal: not in the public schema, refused without the internal secret', async () => {
    const query = `query($m: ID!) { lowStockLines(merchantId: $m) { sku } }`;
    const me = (await ok<{ merchant: { id: string } }>('{ merchant { id } }', {})).merchant.id;
    const viaGateway = await sg().request(query, { m: me }, { token: owner });
    expect(errorCodes(viaGateway.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const products = sg().subgraphs.products?.graphqlUrl as string;
    const direct = (headers: Record<string, string>) =>
      postGraphQL<{ lowStockLines: { sku: string }[] }>(
        products,
        query,
        { m: me },
        { token: owner, headers },
      );
    expect(errorCodes((await direct({ [GATEWAY_SECRET_HEADER]: sg().gatewaySecret })).body)).toEqual([
      'FORBIDDEN',
    ]);
    const forged = {
      [GATEWAY_SECRET_HEADER]: sg().gatewaySecret,
      [INTERNAL_SECRET_HEADER]: 'not-the-secret-at-all',
    };
    expect(errorCodes((await direct(forged)).body)).toEqual(['FORBIDDEN']);
    const internal = {
      [GATEWAY_SECRET_HEADER]: sg().gatewaySecret,
      [INTERNAL_SECRET_HEADER]: sg().internalSecret,
    };
    const answered = expectNoErrors((await direct(internal)).body).lowStockLines;
    expect(answered.map((l) => l.sku)).toEqual(shop.all.map((r) => r.sku));
  });

  it('exports the same rows as CSV, XLSX and PDF, read from products at download time', async () => {
    const csvRes = await download('CSV');
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-disposition')).toContain(`low_stock-${today()}.csv`);
    expect(parse(await csvRes.text(), { columns: true })).toEqual(shop.all.map(fileRow));
    const byCategory = parse(
      await (await download('CSV', { categoryId: shop.categories.food, branchId: shop.P })).text(),
      {
        columns: true,
      },
    );
    expect(byCategory).toEqual([shop.rows.gulaP, shop.rows.brsP].map(fileRow));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await download('XLSX')).arrayBuffer());
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('the workbook has no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['SKU', 'Product', 'Branch', 'Stock', 'Threshold', 'Short by', 'Unit']);
    const xlsx = shop.all.map((_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
    expect(xlsx).toEqual(
      shop.all.map((r) => [
        r.sku,
        r.name,
        r.branchId === shop.P ? 'Pusat' : 'Dago',
        r.balance,
        r.threshold,
        r.shortBy,
        r.baseUnit,
      ]),
    );

    const file = new URL('low-stock.pdf', ARTIFACTS).pathname;
    writeFileSync(file, Buffer.from(await (await download('PDF')).arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Toko Makmur');
    expect(text).toContain('Low stock');
    expect(text).toMatch(/TEH-1\s+Teh Botol\s+Dago\s+2\s+8\s+6\s+pcs/);
    expect(text).toMatch(/GULA-1\s+Gula Pasir\s+Pusat\s+1\s+4\s+3\s+kg/);
  });

  it('refuses an export range without today, and filters low stock cannot apply', async () => {
    const past = await exportLink('CSV', { from: '2026-01-01', to: '2026-01-31' });
    expect(errorCodes(past.body)).toEqual(['BAD_USER_INPUT']);
    const future = await exportLink('CSV', { from: '2999-01-01', to: '2999-01-02' });
    expect(errorCodes(future.body)).toEqual(['BAD_USER_INPUT']);
    const month = await exportLink('CSV', { from: `${today().slice(0, 7)}-01`, to: today() });
    expect(errorCodes(month.body)).toEqual([]);
    const cashier = await exportLink('CSV', { cashierId: 'someone' });
    expect(errorCodes(cashier.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('lists a product as soon as a sale takes it below its threshold', async () => {
    expect((await lowRows()).some((r) => r.sku === 'MIE-1')).toBe(false);
    // Made before the sale, downloaded after it: the file holds the stock of the download.
    const link = await linkOf('CSV');
    await openShift(
      sg(),
      { token: owner, branchId: shop.P, ownerId: '', slug: shop.merchantSlug },
      'till-low',
    );
    const sale = await checkout(sg(), owner, {
      idempotencyKey: key(),
      deviceId: 'till-low',
      branchId: shop.P,
      lines: [{ barcode: shop.barcodes['MIE-1'], quantity: 2 }],
      payments: [{ method: 'CASH', amount: '20000', tendered: '20000' }],
    });
    expect(sale.__typename).toBe('Order');
    expect(await lowRows()).toEqual([...shop.all, shop.rows.mieP]);
    const csv = parse(await (await fetch(new URL(link, sg().gatewayUrl))).text(), { columns: true });
    expect(csv).toEqual([...shop.all, shop.rows.mieP].map(fileRow));
    expect(await lowRows({ branchId: shop.D })).toEqual([shop.rows.tehD, shop.rows.kopiD]);
  });

  it('says SERVICE_UNAVAILABLE, without internals, while products is down', async () => {
    const link = await linkOf('CSV');
    await h.stopProducts();
    try {
      const res = await lowStock();
      expect(res.status).toBe(200);
      expect(errorCodes(res.body)).toEqual(['SERVICE_UNAVAILABLE']);
      const message = res.body.errors?.[0]?.message ?? '';
      expect(message).toBe('Stock levels cannot be read right now; try again in a moment');
      expect(JSON.stringify(res.body)).not.toMatch(/products|ECONNREFUSED|127\.0\.0\.1|fetch failed/);
      expect(errorCodes((await exportLink('CSV')).body)).toEqual(['SERVICE_UNAVAILABLE']);
      const file = await fetch(new URL(link, sg().gatewayUrl));
      expect(file.status).toBe(503);
      expect(await file.json()).toEqual({
        error: 'Stock levels cannot be read right now; try again in a moment',
      });
    } finally {
      await h.startProducts();
    }
    expect(await lowRows({ branchId: shop.D })).toEqual([shop.rows.tehD, shop.rows.kopiD]);
  });
});
