/**
 * Report rows name what their ids point at, through the whole supergraph: a real merchant (users),
 * a category and products (products), sales and a shift (orders), a late delivery (couriers) and a
 * kasbon sale (customers). Every reference resolves in its owning subgraph within the viewer's
 * merchant only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCodes,
  expectNoErrors,
  type Supergraph,
  signAccessToken,
  startSupergraph,
} from '../../../gateway/test/harness';
import { waitFor } from '../../orders/test/helpers';
import { registerMerchant } from '../../users/test/helpers';
import { buildWorld, gql, leakedTo, RANGE, type World } from './names-world';
import { reportsOf } from './support';

const NAMED_REPORTS = /* GraphQL */ `
  query Named($f: ReportFilter!, $asOf: DateTime!) {
    topProducts(filter: $f) { productId product { name } categoryId category { name } quantity }
    salesByCategory(filter: $f) { categoryId category { name } quantity }
    salesByCashier(filter: $f) { cashierId cashier { name } orders }
    profitByOrder(filter: $f) { branchId branch { name } cashierId cashier { name } }
    shiftReports(filter: $f) { branchId branch { name } cashierId cashier { name } closedBy closedByUser { name } }
    courierPerformance(filter: $f) { courierId courier { user { name } } done }
    lateDeliveries(filter: $f, asOf: $asOf) { branchId branch { name } courierId courier { user { name } } }
    kasbonAging { rows { customerId customer { name } balance } }
    expenses(filter: $f) { branchId branch { name } recordedBy recordedByUser { name } }
  }
`;

interface Named {
  topProducts: {
    productId: string;
    product: Name;
    categoryId: string | null;
    category: Name;
    quantity: number;
  }[];
  salesByCategory: { categoryId: string | null; category: Name; quantity: number }[];
  salesByCashier: { cashierId: string; cashier: Name; orders: number }[];
  profitByOrder: { branchId: string; branch: Name; cashierId: string; cashier: Name }[];
  shiftReports: {
    branchId: string;
    branch: Name;
    cashierId: string;
    cashier: Name;
    closedBy: string;
    closedByUser: Name;
  }[];
  courierPerformance: { courierId: string; courier: { user: { name: string } } | null; done: number }[];
  lateDeliveries: {
    branchId: string;
    branch: Name;
    courierId: string | null;
    courier: { user: { name: string } } | null;
  }[];
  kasbonAging: { rows: { customerId: string; customer: Name; balance: string }[] };
  expenses: { branchId: string; branch: Name; recordedBy: string; recordedByUser: Name }[];
}
type Name = { name: string } | null;

const named = async (sg: Supergraph, token: string) =>
  (await sg.request<Named>(NAMED_REPORTS, { f: RANGE, asOf: new Date().toISOString() }, { token })).body;

/** Until the events of the sales, the shift, the delivery and the kasbon are projected. */
async function projected(sg: Supergraph, token: string) {
  await waitFor(async () => {
    const last = (await named(sg, token)).data;
    return Boolean(
      last &&
        last.salesByCashier[0]?.orders === 2 &&
        last.shiftReports.length === 1 &&
        last.courierPerformance[0]?.done === 1 &&
        last.kasbonAging.rows.length === 1,
    );
  }, 'the reports to catch up');
}

const EXPORT = /* GraphQL */ `
  mutation($r: ReportKind!, $format: ExportFormat!, $filter: ReportFilter!) {
    createReportExport(report: $r, format: $format, filter: $filter) { ... on DownloadLink { url } }
  }
`;

/** Makes a link as `token`, then downloads it the way a browser does: no token. */
async function download(sg: Supergraph, report: string, format: string, token: string) {
  const { createReportExport } = await gql<{ createReportExport: { url: string } }>(
    sg,
    EXPORT,
    { r: report, format, filter: RANGE },
    token,
  );
  const res = await fetch(new URL(createReportExport.url, sg.gatewayUrl));
  expect(res.status).toBe(200);
  return res;
}

async function csv(sg: Supergraph, report: string, token: string) {
  const res = await download(sg, report, 'CSV', token);
  return parse(await res.text(), { columns: true }) as Record<string, string>[];
}

const pick = (rows: Record<string, string>[], ...headers: string[]) =>
  rows.map((r) => headers.map((h) => r[h]));

describe('report rows resolve names through the supergraph', () => {
  let sg: Supergraph;
  let w: World;
  let other: { token: string; merchantId: string; branchId: string };

  beforeAll(async () => {
    sg = await startSupergraph();
    w = await buildWorld(sg);
    await projected(sg, w.owner.token);

    const b = await registerMerchant(sg, { merchantName: 'Toko Lain', ownerName: 'Pemilik Lain' });
    const { me } = await gql<{ me: { merchant: { id: string } } }>(
      sg,
      '{ me { merchant { id } } }',
      {},
      b.session.accessToken,
    );
    other = { token: b.session.accessToken, merchantId: me.merchant.id, branchId: b.branchId };
    const logged = await reportsOf(sg).models.eventLog.find({ merchantId: w.merchantId }).lean();
    for (const e of logged) await sg.bus.publish(leakedTo(other.merchantId, e));
    await projected(sg, other.token);
  }, 120_000);
  afterAll(() => sg?.close());

  it('names branch, staff, product, category, courier and customer exactly', async () => {
    const d = expectNoErrors(await named(sg, w.owner.token));
    expect(d.topProducts).toEqual([
      {
        productId: w.coffeeId,
        product: { name: 'Kopi Susu' },
        categoryId: w.categoryId,
        category: { name: 'Minuman' },
        quantity: 3,
      },
      {
        productId: w.crackersId,
        product: { name: 'Kerupuk' },
        categoryId: null,
        category: null,
        quantity: 1,
      },
    ]);
    expect(d.salesByCategory).toEqual([
      { categoryId: w.categoryId, category: { name: 'Minuman' }, quantity: 3 },
      { categoryId: null, category: null, quantity: 1 },
    ]);
    expect(d.salesByCashier).toEqual([
      { cashierId: w.cashierId, cashier: { name: 'Budi Santoso' }, orders: 2 },
    ]);
    const place = { branchId: w.owner.branchId, branch: { name: 'Pusat' } };
    const budi = { cashierId: w.cashierId, cashier: { name: 'Budi Santoso' } };
    expect(d.profitByOrder).toEqual([
      { ...place, ...budi },
      { ...place, ...budi },
    ]);
    expect(d.shiftReports).toEqual([
      { ...place, ...budi, closedBy: w.owner.ownerId, closedByUser: { name: 'Sari Dewi' } },
    ]);
    expect(d.courierPerformance).toEqual([
      { courierId: w.courierId, courier: { user: { name: 'Kurir Andi' } }, done: 1 },
    ]);
    expect(d.lateDeliveries).toEqual([
      { ...place, courierId: w.courierId, courier: { user: { name: 'Kurir Andi' } } },
    ]);
    expect(d.kasbonAging.rows).toEqual([
      { customerId: w.customerId, customer: { name: 'Bu Ani' }, balance: '15000' },
    ]);
    expect(d.expenses).toEqual([
      { ...place, recordedBy: w.owner.ownerId, recordedByUser: { name: 'Sari Dewi' } },
    ]);
  });

  it("never names another merchant's branch, staff, product, category, courier or customer", async () => {
    const d = expectNoErrors(await named(sg, other.token));
    // The rows are there with the first merchant's ids, and every reference reads as not found.
    expect(d.topProducts.map((r) => [r.productId, r.product, r.category])).toEqual([
      [w.coffeeId, null, null],
      [w.crackersId, null, null],
    ]);
    expect(d.salesByCategory.map((r) => [r.categoryId, r.category])).toEqual([
      [w.categoryId, null],
      [null, null],
    ]);
    expect(d.salesByCashier.map((r) => [r.cashierId, r.cashier])).toEqual([[w.cashierId, null]]);
    expect(d.profitByOrder.map((r) => [r.branch, r.cashier])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(d.shiftReports.map((r) => [r.branch, r.cashier, r.closedByUser])).toEqual([[null, null, null]]);
    expect(d.courierPerformance.map((r) => [r.courierId, r.courier])).toEqual([[w.courierId, null]]);
    expect(d.lateDeliveries.map((r) => [r.branch, r.courier])).toEqual([[null, null]]);
    expect(d.kasbonAging.rows.map((r) => [r.customerId, r.customer])).toEqual([[w.customerId, null]]);
    expect(d.expenses.map((r) => [r.branchId, r.branch, r.recordedByUser])).toEqual([
      [w.owner.branchId, null, null],
    ]);
  });

  it('prints names in CSV exports, fetched once per subgraph when the link is made', async () => {
    const token = w.owner.token;
    const counter = sg.countSubgraphRequests();
    const byCashier = await csv(sg, 'SALES_BY_CASHIER', token);
    // The gateway's call to reports, and reports' one call to users (letterhead and names).
    expect(counter.total()).toBe(2);
    const couriers = await csv(sg, 'COURIER_PERFORMANCE', token);
    // Then reports asks couriers which staff account each courier is, and users for its name.
    expect(counter.total()).toBe(5);
    counter.stop();

    expect(pick(byCashier, 'Cashier', 'Cashier ID', 'Orders')).toEqual([['Budi Santoso', w.cashierId, '2']]);
    expect(pick(couriers, 'Courier', 'Courier ID', 'Done')).toEqual([['Kurir Andi', w.courierId, '1']]);
    expect(pick(await csv(sg, 'SALES_BY_CATEGORY', token), 'Category', 'Category ID', 'Quantity')).toEqual([
      ['Minuman', w.categoryId, '3'],
      ['No category', '', '1'],
    ]);
    expect(pick(await csv(sg, 'TOP_PRODUCTS', token), 'Product', 'Category')).toEqual([
      ['Kopi Susu', 'Minuman'],
      ['Kerupuk', ''],
    ]);
    expect(pick(await csv(sg, 'PROFIT_BY_ORDER', token), 'Branch', 'Cashier')).toEqual([
      ['Pusat', 'Budi Santoso'],
      ['Pusat', 'Budi Santoso'],
    ]);
    expect(pick(await csv(sg, 'SHIFTS', token), 'Branch', 'Cashier', 'Cashier ID', 'Closed by')).toEqual([
      ['Pusat', 'Budi Santoso', w.cashierId, 'Sari Dewi'],
    ]);
    expect(pick(await csv(sg, 'KASBON_AGING', token), 'Customer')).toEqual([['Bu Ani']]);
    expect(pick(await csv(sg, 'LATE_DELIVERIES', token), 'Branch', 'Courier')).toEqual([
      ['Pusat', 'Kurir Andi'],
    ]);
    expect(pick(await csv(sg, 'EXPENSES', token), 'Branch', 'Recorded by')).toEqual([['Pusat', 'Sari Dewi']]);
    // A report without names still refreshes the letterhead in the same single call to users.
    const { merchants } = reportsOf(sg).models;
    await merchants.deleteOne({ _id: w.merchantId, merchantId: w.merchantId });
    await csv(sg, 'SALES_SUMMARY', token);
    expect(await merchants.findOne({ _id: w.merchantId, merchantId: w.merchantId }).lean()).toMatchObject({
      name: 'Warung Sari',
      branches: [{ id: w.owner.branchId, name: 'Pusat' }],
    });
  });

  it('prints names in PDFs and leaves the id columns to spreadsheets', async () => {
    const res = await download(sg, 'SHIFTS', 'PDF', w.owner.token);
    const file = join(mkdtempSync(join(tmpdir(), 'pos-names-')), 'shifts.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Pusat\s+Budi Santoso\s+Sari Dewi/);
    expect(text).not.toContain('Cashier ID');
  });

  it("prints ids, not the other merchant's names, in another merchant's exports", async () => {
    const token = other.token;
    expect(pick(await csv(sg, 'SALES_BY_CASHIER', token), 'Cashier', 'Cashier ID')).toEqual([
      [w.cashierId, w.cashierId],
    ]);
    expect(pick(await csv(sg, 'COURIER_PERFORMANCE', token), 'Courier')).toEqual([[w.courierId]]);
    expect(pick(await csv(sg, 'SHIFTS', token), 'Branch', 'Closed by')).toEqual([
      [w.owner.branchId, w.owner.ownerId],
    ]);
    expect(await reportsOf(sg).models.names.countDocuments({ merchantId: other.merchantId })).toBe(0);
  });

  it('keeps the report when the reader may not see customers: only that field is null', async () => {
    const { token } = await signAccessToken(sg, {
      merchantId: w.merchantId,
      userId: w.owner.ownerId,
      role: 'SUPERVISOR',
      scopes: ['reports:read'],
    });
    const { body } = await sg.request<{ kasbonAging: Named['kasbonAging'] } & Pick<Named, 'salesByCashier'>>(
      `query($f: ReportFilter!) {
        kasbonAging { rows { customerId customer { name } balance } }
        salesByCashier(filter: $f) { cashier { name } }
      }`,
      { f: RANGE },
      { token },
    );
    expect(body.data?.kasbonAging.rows).toEqual([
      { customerId: w.customerId, customer: null, balance: '15000' },
    ]);
    expect(body.data?.salesByCashier).toEqual([{ cashier: { name: 'Budi Santoso' } }]);
    expect(errorCodes(body)).toEqual(['FORBIDDEN']);
    // The gateway points the error at the fields it could not fetch from customers.
    expect(body.errors?.[0]?.path?.slice(0, 4)).toEqual(['kasbonAging', 'rows', 0, 'customer']);
  });

  it("refuses an expense on a branch that is not the merchant's own", async () => {
    const { createExpenseCategory } = await gql<{ createExpenseCategory: { id: string } }>(
      sg,
      'mutation { createExpenseCategory(name: "Sewa") { ... on ExpenseCategory { id } } }',
      {},
      w.owner.token,
    );
    const record = (branchId: string) =>
      gql<{ recordExpense: { __typename: string; code?: string; message?: string } }>(
        sg,
        'mutation($i: RecordExpenseInput!) { recordExpense(input: $i) { __typename ... on InvalidExpense { code message } } }',
        {
          i: { branchId, categoryId: createExpenseCategory.id, businessDate: '2025-12-31', amount: '10000' },
        },
        w.owner.token,
      );
    for (const branchId of [other.branchId, 'no-such-branch'])
      expect((await record(branchId)).recordExpense).toEqual({
        __typename: 'InvalidExpense',
        code: 'INVALID_EXPENSE',
        message: 'Unknown branch',
      });
    expect((await record(w.owner.branchId)).recordExpense.__typename).toBe('Expense');
    expect(
      await reportsOf(sg).models.expenses.countDocuments({
        merchantId: w.merchantId,
        branchId: other.branchId,
      }),
    ).toBe(0);
  });

  it('ages staff cash advances beside customer credit, under the users rule for advances', async () => {
    const advance = (amount: string, dueDate: string) =>
      gql(
        sg,
        'mutation($i: RecordStaffAdvanceInput!) { recordStaffAdvance(input: $i) { __typename } }',
        { i: { userId: w.cashierId, amount, dueDate } },
        w.owner.token,
      );
    await advance('200000', '2026-01-10');
    await advance('50000', '2026-12-31');
    const query = `{ kasbonAging(asOf: "2026-03-03") {
      rows { customerId }
      staff { userId user { name } balance overdue dueDate daysOverdue bucket }
    } }`;
    const owner = await sg.request<{ kasbonAging: { staff: unknown[] } }>(
      query,
      {},
      { token: w.owner.token },
    );
    // 200,000 due 10 January is 52 days late on 3 March; the 50,000 is not yet due.
    expect(expectNoErrors(owner.body).kasbonAging.staff).toEqual([
      {
        userId: w.cashierId,
        user: { name: 'Budi Santoso' },
        balance: '250000',
        overdue: '200000',
        dueDate: '2026-01-10',
        daysOverdue: 52,
        bucket: '31-60',
      },
    ]);
    const { token } = await signAccessToken(sg, {
      merchantId: w.merchantId,
      userId: w.owner.ownerId,
      role: 'SUPERVISOR',
      scopes: ['reports:read'],
    });
    const reader = await sg.request<{ kasbonAging: { rows: unknown[]; staff: unknown } }>(
      query,
      {},
      { token },
    );
    expect(reader.body.data?.kasbonAging.staff).toBeNull();
    expect(reader.body.data?.kasbonAging.rows).toHaveLength(1);
    expect(errorCodes(reader.body)).toEqual(['FORBIDDEN']);
  });
});
