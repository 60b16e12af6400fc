import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { ALL_SCOPES } from '@pos/kit';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { LinkSigner } from '../src/exports/link';
import { completed, line, plain, seedEvents } from './fixtures';
import { publishAll, reportsOf, startReportsSupergraph, tokenFor } from './support';

const RANGE = { from: '2026-03-01', to: '2026-03-03' };
const EXPORT =
  'mutation($r: ReportKind!, $f: ExportFormat!, $filter: ReportFilter!) { createReportExport(report: $r, format: $f, filter: $filter) { ... on DownloadLink { url expiresAt } } }';
const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url);

/** Page 1 as a PNG beside the PDF, kept as a test artifact. */
const renderFirstPage = (pdf: string, dpi: number) =>
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    pdf.replace(/\.pdf$/, ''),
  ]);

describe('exports and tenant checks', () => {
  let sg: Supergraph;
  let owner: string;
  let other: string;
  let merchantId: string;
  const link = async (r: string, f: string, token = owner) =>
    expectNoErrors(
      (await sg.request<{ createReportExport: { url: string } }>(EXPORT, { r, f, filter: RANGE }, { token }))
        .body,
    ).createReportExport.url;
  const download = (path: string, token?: string) =>
    fetch(new URL(path, sg.gatewayUrl), token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const DOCUMENT_LINK =
    'mutation($o: ID!, $l: OrderDocumentLayout!) { createOrderDocumentLink(orderId: $o, layout: $l) { __typename ... on DownloadLink { url } ... on ErrorResult { code message } } }';
  const documentLink = (o: string, l: string) =>
    sg.request<{ createOrderDocumentLink: { url: string } }>(DOCUMENT_LINK, { o, l }, { token: owner });
  /** Prints an order document through the gateway into test-artifacts; its file, answer and text. */
  const printOrder = async (orderId: string, layout: string, name = `${layout.toLowerCase()}.pdf`) => {
    const res = await download(
      expectNoErrors((await documentLink(orderId, layout)).body).createOrderDocumentLink.url,
    );
    const file = new URL(name, ARTIFACTS).pathname;
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return { file, res, text: execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }) };
  };

  beforeAll(async () => {
    sg = await startReportsSupergraph();
    merchantId = randomBytes(12).toString('hex');
    owner = await tokenFor(sg, merchantId, [...ALL_SCOPES]);
    other = await tokenFor(sg, randomBytes(12).toString('hex'), [...ALL_SCOPES]);
    await publishAll(sg, seedEvents(merchantId));
    // The letterhead normally comes from the users subgraph; this merchant exists only in reports.
    await reportsOf(sg).models.merchants.create({
      _id: merchantId,
      merchantId,
      name: 'Warung Sari',
      address: 'Jl. Merdeka 1, Bandung',
      taxNumber: '01.234.567.8-901.000',
      receiptFooter: 'Terima kasih',
      logoUrl: 'https://logo.invalid/logo.png',
      timeZone: 'Asia/Jakarta',
      branches: [],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => sg?.close());

  it('CSV parses back to the report rows', async () => {
    const res = await download(await link('TOP_PRODUCTS', 'CSV'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.SKU, r.Quantity, r.Net])).toEqual([
      ['NG-1', '2', '47727'],
      ['KS-1', '3', '42273'],
      ['KR-1', '15', '29000'],
    ]);
    // No products subgraph runs here to name the categories: the link is made anyway, with ids.
    expect(rows.map((r) => r.Category)).toEqual(['cat-food', 'cat-drink', '']);
  });

  it('exports late deliveries, kasbon aging and expenses as the rows their queries answer', async () => {
    const csv = async (kind: string) =>
      parse(await (await download(await link(kind, 'CSV'))).text(), { columns: true }) as Record<
        string,
        string
      >[];
    const { body } = await sg.request<{
      lateDeliveries: { orderId: string; status: string; minutesLate: number; courierId: string }[];
      kasbonAging: {
        rows: {
          customerId: string;
          balance: string;
          dueDate: string | null;
          daysOverdue: number;
          bucket: string;
        }[];
      };
      expenses: {
        businessDate: string;
        category: string;
        amount: string;
        note: string | null;
        source: string;
      }[];
    }>(
      `query($f: ReportFilter!) {
        lateDeliveries(filter: $f) { orderId status minutesLate courierId }
        kasbonAging(asOf: "2026-03-03") { rows { customerId balance dueDate daysOverdue bucket } }
        expenses(filter: $f) { businessDate category amount note source }
      }`,
      { f: RANGE },
      { token: owner },
    );
    const data = expectNoErrors(body);
    expect(data.lateDeliveries.length).toBeGreaterThan(0);
    expect(data.kasbonAging.rows.length).toBeGreaterThan(0);
    expect(data.expenses.length).toBeGreaterThan(0);

    const late = await csv('LATE_DELIVERIES');
    // Open deliveries keep getting later, so only finished ones are compared minute for minute.
    expect(late.map((r) => [r.Order, r.Status, r['Courier ID']])).toEqual(
      data.lateDeliveries.map((d) => [d.orderId, d.status, d.courierId]),
    );
    expect(late.filter((r) => r.Status === 'DONE').map((r) => Number(r['Minutes late']))).toEqual(
      data.lateDeliveries.filter((d) => d.status === 'DONE').map((d) => d.minutesLate),
    );
    // As of the range's last day, like kasbonAging(asOf: to).
    expect(
      (await csv('KASBON_AGING')).map((r) => [
        r['Customer ID'],
        r.Balance,
        r.Due,
        Number(r['Days overdue']),
        r.Bucket,
      ]),
    ).toEqual(
      data.kasbonAging.rows.map((r) => [r.customerId, r.balance, r.dueDate ?? '', r.daysOverdue, r.bucket]),
    );
    expect((await csv('EXPENSES')).map((r) => [r.Date, r.Category, r.Amount, r.Note, r.Source])).toEqual(
      data.expenses.map((e) => [e.businessDate, e.category, e.amount, e.note ?? '', e.source]),
    );

    // Credit belongs to customers, not branches: a branch filter is refused, not ignored.
    const byBranch = await sg.request(
      EXPORT,
      { r: 'KASBON_AGING', f: 'CSV', filter: { ...RANGE, branchId: 'branch-1' } },
      { token: owner },
    );
    expect(errorCodes(byBranch.body)).toEqual(['BAD_USER_INPUT']);
    const pdf = await download(await link('KASBON_AGING', 'PDF'));
    const file = new URL('kasbon-aging.pdf', ARTIFACTS).pathname;
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(
      'Kasbon aging as of 2026-03-03',
    );
  });

  it('XLSX reads back to the report rows', async () => {
    const res = await download(await link('SALES_SUMMARY', 'XLSX'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0];
    const values = [2, 3, 4].map((i) => [
      sheet?.getRow(i).getCell(1).value,
      sheet?.getRow(i).getCell(5).value,
    ]);
    expect(values).toEqual([
      ['2026-03-01', 59000],
      ['2026-03-02', 40000],
      ['2026-03-03', 20000],
    ]);
  });

  it('PDF renders with the merchant name, a table and one page; the broken logo does not matter', async () => {
    const res = await download(await link('SALES_SUMMARY', 'PDF'));
    expect(res.status).toBe(200);
    const file = new URL('sales-summary.pdf', ARTIFACTS).pathname;
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Warung Sari');
    expect(text).toContain('Sales summary');
    expect(text).toMatch(/2026-03-01.*59\.000/);
    renderFirstPage(file, 60);
  });

  it('renders an A4 invoice and 58 mm and 80 mm receipts of an order, each its own width', async () => {
    // PDF points: A4 is 595 x 842; a thermal roll is as wide as the paper (58 mm = 164 pt).
    const widths = { INVOICE_A4: 595, RECEIPT_58MM: 164, RECEIPT_80MM: 227 } as const;
    for (const layout of ['INVOICE_A4', 'RECEIPT_58MM', 'RECEIPT_80MM'] as const) {
      const { file, res, text } = await printOrder('O1', layout);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(text).toContain('Warung Sari');
      expect(text).toContain('Kopi Susu');
      expect(text).toContain('Nasi Goreng');
      expect(text).toContain('Rp50.000');
      expect(text).toContain('Terima kasih');
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+1\n/);
      const [, w] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
      expect(Math.round(Number(w))).toBe(widths[layout]);
      renderFirstPage(file, 96);
    }
  });

  it('prints a delivery order (surat jalan) for an order with a delivery, without prices', async () => {
    const sale = completed(merchantId, {
      id: 'D-O1',
      branchId: 'branch-1',
      cashierId: 'cashier-1',
      businessDate: '2026-03-02',
      completedAt: '2026-03-02T04:00:00Z',
      lines: [line('P2', 2), line('P1', 1)],
      payments: [['CASH', 50000]],
    });
    sale.payload.delivery = {
      address: 'Jl. Melati 5, Bandung',
      contactName: 'Ibu Rina',
      contactPhone: '+628122222222',
      promisedAt: '2026-03-02T06:00:00.000Z',
      fee: 0,
      cashOnDelivery: 15000,
      note: 'Pagar hijau',
    };
    await publishAll(sg, [plain(sale)]);
    const { file, text } = await printOrder('D-O1', 'DELIVERY_ORDER_A4');
    for (const expected of [
      'DELIVERY ORDER',
      'Ibu Rina',
      'Jl. Melati 5, Bandung',
      'Pagar hijau',
      'Nasi Goreng 2 pcs',
    ])
      expect(text).toContain(expected);
    expect(text).toContain('Collect on delivery: Rp15.000');
    // 06:00 UTC is 13:00 in Jakarta, the merchant's time zone.
    expect(text).toContain('Promised by: 2026-03-02 13:00');
    expect(text).toContain('Received by');
    // No prices on a delivery order: neither unit prices nor the total.
    expect(text).not.toMatch(/Rp25\.000|Rp50\.000|Rp65\.000/);
    renderFirstPage(file, 72);
    // An order without a delivery has nothing to send.
    expect(expectNoErrors((await documentLink('O1', 'DELIVERY_ORDER_A4')).body)).toEqual({
      createOrderDocumentLink: {
        __typename: 'OrderHasNoDelivery',
        code: 'ORDER_HAS_NO_DELIVERY',
        message: 'This order has no delivery to print a delivery order for',
      },
    });
  });

  it('marks the invoice of a voided order as void, and only that one', async () => {
    const text = async (orderId: string) =>
      (await printOrder(orderId, 'INVOICE_A4', `invoice-${orderId}.pdf`)).text;
    expect(await text('O5')).toContain('INVOICE (VOID)');
    expect(await text('O1')).not.toContain('VOID');
  });

  it("refuses another tenant's, a tampered and an expired link", async () => {
    const path = await link('SALES_SUMMARY', 'CSV');
    expect((await download(path, other)).status).toBe(403);
    expect((await download(path, owner)).status).toBe(200);
    expect(path.startsWith(`${sg.gatewayUrl}/exports/`)).toBe(true);
    const [body, mac] = new URL(path).pathname.slice('/exports/'.length).split('.');
    const claims = JSON.parse(Buffer.from(body as string, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, m: 'someone-else' })).toString('base64url');
    expect((await download(`/exports/${forged}.${mac}`)).status).toBe(403);
    const expired = new LinkSigner(sg.gatewaySecret).sign({ ...claims, exp: undefined }, -10).path;
    expect((await download(expired)).status).toBe(403);
    const fresh = new LinkSigner(sg.gatewaySecret).sign({ ...claims, exp: undefined }, 60).path;
    expect((await download(fresh)).status).toBe(200);
  });

  it('keeps each merchant to its own figures and refuses foreign branches', async () => {
    const q = 'query($f: ReportFilter!) { salesSummary(filter: $f) { totals { net orders } } }';
    const { body } = await sg.request<{ salesSummary: unknown }>(q, { f: RANGE }, { token: other });
    expect(expectNoErrors(body).salesSummary).toEqual({ totals: { net: '0', orders: 0 } });
    const branchOnly = await tokenFor(sg, merchantId, ['reports:read'], { branchIds: ['branch-2'] });
    const own = await sg.request<{ salesSummary: { totals: { net: string } } }>(
      q,
      { f: RANGE },
      { token: branchOnly },
    );
    expect(expectNoErrors(own.body).salesSummary.totals.net).toBe('9000');
    const foreign = await sg.request(q, { f: { ...RANGE, branchId: 'branch-1' } }, { token: branchOnly });
    expect(errorCodes(foreign.body)).toEqual(['FORBIDDEN']);
  });

  it('requires reports:read on every report root field and export', async () => {
    const noScope = await tokenFor(sg, merchantId, ['sales:checkout']);
    const f = '(filter: $f)';
    const fields = [
      `salesSummary${f} { groupBy }`,
      `topProducts${f} { name }`,
      `salesByCategory${f} { net }`,
      `salesByPaymentMethod${f} { amount }`,
      `salesByCashier${f} { net }`,
      `profitByOrder${f} { net }`,
      `profitAndLoss${f} { net }`,
      `courierPerformance${f} { done }`,
      `lateDeliveries${f} { minutesLate }`,
      'kasbonAging { asOf }',
      'ownerDashboard { generatedAt }',
      `expenses${f} { id }`,
      'expenseCategories { id }',
    ];
    for (const field of fields) {
      const query = `query($f: ReportFilter!) { ${field} }`
        .replace('query($f: ReportFilter!) { kasbon', 'query { kasbon')
        .replace('query($f: ReportFilter!) { owner', 'query { owner')
        .replace('query($f: ReportFilter!) { expenseC', 'query { expenseC');
      const vars = query.includes('$f') ? { f: RANGE } : {};
      expect(errorCodes((await sg.request(query, vars, { token: noScope })).body), field).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes((await sg.request(query, vars)).body), field).toEqual(['UNAUTHENTICATED']);
    }
    const exp = await sg.request(EXPORT, { r: 'SALES_SUMMARY', f: 'CSV', filter: RANGE }, { token: noScope });
    expect(errorCodes(exp.body)).toEqual(['FORBIDDEN']);
    const DOC = `mutation { createOrderDocumentLink(orderId: "O1", layout: INVOICE_A4) {
      __typename ... on DownloadLink { url } ... on NotFound { code message entity } } }`;
    const doc = await sg.request(DOC, {}, { token: noScope });
    expect(errorCodes(doc.body)).toEqual(['FORBIDDEN']);
    const foreignDoc = await sg.request(DOC, {}, { token: other });
    expect(expectNoErrors(foreignDoc.body)).toEqual({
      createOrderDocumentLink: {
        __typename: 'NotFound',
        code: 'NOT_FOUND',
        message: 'Order not found',
        entity: 'Order',
      },
    });
  });
});
