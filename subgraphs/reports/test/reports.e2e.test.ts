import { randomBytes } from 'node:crypto';
import { ALL_SCOPES } from '@pos/kit';
import { businessDate } from '@pos/kit/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { rebuildReadModels } from '../src/projections';
import { OperationsReportService } from '../src/services/operations.service';
import { SalesReportService } from '../src/services/sales.service';
import {
  RANGE,
  SALES_BY_CASHIER,
  SALES_BY_PAYMENT_METHOD,
  SALES_SUMMARY,
  SALES_SUMMARY_FIELDS,
} from './expected';
import { B1, C1, C2, completed, line, plain, seedEvents } from './fixtures';
import { publishAll, reportsOf, startReportsSupergraph, tokenFor } from './support';

const ALL_REPORTS = /* GraphQL */ `
  query All($filter: ReportFilter!, $b1: ReportFilter!) {
    salesSummary(filter: $filter) { ${SALES_SUMMARY_FIELDS} }
    branch1: salesSummary(filter: $b1) { totals { net orders } }
    topProducts(filter: $filter) { productId name categoryId quantity net cost grossProfit }
    byQuantity: topProducts(filter: $filter, by: QUANTITY, limit: 1) { productId quantity }
    salesByCategory(filter: $filter) { categoryId quantity net }
    salesByPaymentMethod(filter: $filter) { method amount payments }
    salesByCashier(filter: $filter) { cashierId orders net averageBasket }
    profitByOrder(filter: $filter) { orderId grossProfit }
    profitAndLoss(filter: $filter) { grossProfit expenses { category amount } totalExpenses netProfit }
    shiftReports(filter: $filter) { shiftId cashierId expected counted variance }
    courierPerformance(filter: $filter) { courierId done cancelled averageMinutes onTimeRate }
    lateDeliveries(filter: $filter, asOf: "2026-03-02T09:00:00Z") { deliveryId status minutesLate }
    kasbonAging(asOf: "2026-03-03") { rows { customerId balance daysOverdue bucket } buckets { bucket balance customers } }
  }
`;

describe('reports over the hand-computed data set', () => {
  let sg: Supergraph;
  let owner: string;
  let merchantId: string;
  let first: unknown;
  const run = async () =>
    expectNoErrors(
      (await sg.request(ALL_REPORTS, { filter: RANGE, b1: { ...RANGE, branchId: B1 } }, { token: owner }))
        .body,
    );

  beforeAll(async () => {
    sg = await startReportsSupergraph();
    merchantId = randomBytes(12).toString('hex');
    owner = await tokenFor(sg, merchantId, [...ALL_SCOPES]);
    await publishAll(sg, seedEvents(merchantId));
    const cat = await sg.request<{ createExpenseCategory: { id: string } }>(
      'mutation { createExpenseCategory(name: "Listrik") { ... on ExpenseCategory { id } } }',
      {},
      { token: owner },
    );
    const categoryId = expectNoErrors(cat.body).createExpenseCategory.id;
    const rec = await sg.request<{ recordExpense: { __typename: string } }>(
      'mutation($i: RecordExpenseInput!) { recordExpense(input: $i) { __typename } }',
      { i: { branchId: B1, categoryId, businessDate: '2026-03-02', amount: '100000', note: 'PLN' } },
      { token: owner },
    );
    expect(expectNoErrors(rec.body).recordExpense.__typename).toBe('Expense');
  });
  afterAll(() => sg?.close());

  it('matches every hand-computed figure', async () => {
    first = await run();
    const d = first as Record<string, never>;
    expect(d.salesSummary).toEqual(SALES_SUMMARY);
    expect(d.branch1).toEqual({ totals: { net: '110000', orders: 4 } });
    expect(d.topProducts).toEqual([
      {
        productId: 'P2',
        name: 'Nasi Goreng',
        categoryId: 'cat-food',
        quantity: 2,
        net: '47727',
        cost: '24000',
        grossProfit: '23727',
      },
      {
        productId: 'P1',
        name: 'Kopi Susu',
        categoryId: 'cat-drink',
        quantity: 3,
        net: '42273',
        cost: '18000',
        grossProfit: '24273',
      },
      {
        productId: 'P3',
        name: 'Kerupuk',
        categoryId: null,
        quantity: 15,
        net: '29000',
        cost: '7500',
        grossProfit: '21500',
      },
    ]);
    expect(d.byQuantity).toEqual([{ productId: 'P3', quantity: 15 }]);
    expect(d.salesByCategory).toEqual([
      { categoryId: 'cat-food', quantity: 2, net: '47727' },
      { categoryId: 'cat-drink', quantity: 3, net: '42273' },
      { categoryId: null, quantity: 15, net: '29000' },
    ]);
    expect(d.salesByPaymentMethod).toEqual(SALES_BY_PAYMENT_METHOD);
    expect(d.salesByCashier).toEqual(SALES_BY_CASHIER);
    expect(d.profitByOrder).toEqual(
      [
        ['O1', '26000'],
        ['O6', '15000'],
        ['O4', '13000'],
        ['O3', '9000'],
        ['O2', '6500'],
        ['O5', '0'],
      ].map(([orderId, grossProfit]) => ({ orderId, grossProfit })),
    );
    expect(d.profitAndLoss).toEqual({
      grossProfit: '69500',
      expenses: [
        { category: 'Listrik', amount: '100000' },
        { category: 'Operasional', amount: '15000' },
      ],
      totalExpenses: '115000',
      netProfit: '-45500',
    });
    expect(d.shiftReports).toEqual([
      { shiftId: 'S1', cashierId: C1, expected: '100000', counted: '98000', variance: '-2000' },
      { shiftId: 'S2', cashierId: C2, expected: '50000', counted: '50000', variance: '0' },
    ]);
    expect(d.courierPerformance).toEqual([
      { courierId: 'K1', done: 2, cancelled: 0, averageMinutes: 55, onTimeRate: 0.5 },
      { courierId: 'K2', done: 0, cancelled: 1, averageMinutes: null, onTimeRate: null },
    ]);
    expect(d.lateDeliveries).toEqual([
      { deliveryId: 'D2', status: 'DONE', minutesLate: 20 },
      { deliveryId: 'D4', status: 'DELIVERING', minutesLate: 60 },
    ]);
    expect(d.kasbonAging).toEqual({
      rows: [
        { customerId: 'KA', balance: '15000', daysOverdue: 0, bucket: 'CURRENT' },
        { customerId: 'KB', balance: '50000', daysOverdue: 47, bucket: '31-60' },
      ],
      buckets: [
        { bucket: 'CURRENT', balance: '15000', customers: 1 },
        { bucket: '1-30', balance: '0', customers: 0 },
        { bucket: '31-60', balance: '50000', customers: 1 },
        { bucket: '61-90', balance: '0', customers: 0 },
        { bucket: '90+', balance: '0', customers: 0 },
      ],
    });
  });

  it('groups the same sales by month and by year', async () => {
    const q = /* GraphQL */ `
      query Groups($months: ReportFilter!, $year: ReportFilter!) {
        byMonth: salesSummary(filter: $months, groupBy: MONTH) { series { period net orders } totals { net orders } }
        byYear: salesSummary(filter: $year, groupBy: YEAR) {
          series { period net orders grossProfit } previous { net } netChangePercent
        }
      }
    `;
    const vars = {
      months: { from: '2026-02-01', to: '2026-03-31' },
      year: { from: '2026-01-01', to: '2026-12-31' },
    };
    expect(expectNoErrors((await sg.request(q, vars, { token: owner })).body)).toEqual({
      byMonth: {
        series: [
          { period: '2026-02', net: '25000', orders: 1 },
          { period: '2026-03', net: '119000', orders: 5 },
        ],
        totals: { net: '144000', orders: 6 },
      },
      // O0 (25,000 - 12,000 cost) plus March's 69,500; nothing in 2025 to compare with.
      byYear: {
        series: [{ period: '2026', net: '144000', orders: 6, grossProfit: '82500' }],
        previous: { net: '0' },
        netChangePercent: null,
      },
    });
  });

  it("shows the owner today against yesterday and this month against last, in the merchant's time zone", async () => {
    const { models } = reportsOf(sg);
    const scope = { merchantId, userId: 'owner', branchIds: [], seeAllShifts: true };
    const sales = new SalesReportService(models, scope);
    // 06:30 UTC on 3 March is 13:30 in Jakarta: today is 3 March.
    const board = await new OperationsReportService(models, scope).dashboard(
      sales,
      null,
      new Date('2026-03-03T06:30:00Z'),
    );
    const pick = (f: { period: string; net: number; orders: number }) => [f.period, f.net, f.orders];
    expect([board.today, board.yesterday, board.thisMonth, board.lastMonth].map(pick)).toEqual([
      ['2026-03-03', 20000, 1],
      ['2026-03-02', 40000, 2],
      ['2026-03', 119000, 5],
      ['2026-02', 25000, 1],
    ]);
    // 18:00 UTC on 2 March is already 3 March in Jakarta (01:00).
    const late = await new OperationsReportService(models, scope).dashboard(
      sales,
      B1,
      new Date('2026-03-02T18:00:00Z'),
    );
    expect(pick(late.today)).toEqual(['2026-03-03', 20000, 1]);
  });

  it('answers ownerDashboard through the gateway with a sale made today', async () => {
    const other = randomBytes(12).toString('hex');
    const token = await tokenFor(sg, other, ['reports:read']);
    const today = businessDate('Asia/Jakarta', new Date());
    const sale = completed(other, {
      id: 'T1',
      branchId: B1,
      cashierId: C1,
      businessDate: today,
      completedAt: new Date().toISOString(),
      lines: [line('P2', 2)],
      payments: [['QRIS', 50000]],
    });
    await publishAll(sg, [plain(sale)]);
    const { body } = await sg.request(
      '{ ownerDashboard { today { period net orders } yesterday { net orders } thisMonth { net orders } } }',
      {},
      { token },
    );
    expect(expectNoErrors(body)).toEqual({
      ownerDashboard: {
        today: { period: today, net: '50000', orders: 1 },
        yesterday: { net: '0', orders: 0 },
        thisMonth: { net: '50000', orders: 1 },
      },
    });
  });

  it('keeps a second merchant whose shifts, deliveries and customers share ids with the first apart', async () => {
    const second = randomBytes(12).toString('hex');
    await publishAll(sg, seedEvents(second));
    const token = await tokenFor(sg, second, [...ALL_SCOPES]);
    const { body } = await sg.request(
      ALL_REPORTS,
      { filter: RANGE, b1: { ...RANGE, branchId: B1 } },
      { token },
    );
    const { profitAndLoss, ...rest } = expectNoErrors(body) as Record<string, unknown>;
    const { profitAndLoss: firstPnl, ...firstRest } = first as Record<string, unknown>;
    // The same events give the same figures; only the first merchant recorded the 100,000 Listrik.
    expect(rest).toEqual(firstRest);
    const pnl = firstPnl as {
      grossProfit: string;
      expenses: { category: string }[];
      totalExpenses: string;
      netProfit: string;
    };
    expect(profitAndLoss).toEqual({
      grossProfit: pnl.grossProfit,
      expenses: pnl.expenses.filter((e) => e.category !== 'Listrik'),
      totalExpenses: String(Number(pnl.totalExpenses) - 100_000),
      netProfit: String(Number(pnl.netProfit) + 100_000),
    });
  });

  it('gives the same figures when every event is delivered again', async () => {
    await publishAll(sg, seedEvents(merchantId));
    expect(await run()).toEqual(first);
  });

  it('gives the same figures after a rebuild from the event log', async () => {
    const { models } = reportsOf(sg);
    const replayed = await rebuildReadModels(models, merchantId);
    expect(replayed).toBe(seedEvents(merchantId).length + 1);
    expect(await run()).toEqual(first);
  });

  it('shows a cashier only their own shifts', async () => {
    const cashier = await tokenFor(sg, merchantId, [], { userId: C2 });
    const { body } = await sg.request(
      'query($f: ReportFilter!) { shiftReports(filter: $f) { shiftId } }',
      { f: RANGE },
      { token: cashier },
    );
    expect(expectNoErrors(body)).toEqual({ shiftReports: [{ shiftId: 'S2' }] });
  });
});
