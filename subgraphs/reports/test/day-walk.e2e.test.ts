/**
 * One day of a shop, through the whole supergraph, checked to the rupiah against figures worked
 * out by hand: a cash sale, a sale on kasbon, a cash-on-delivery order the courier delivers and
 * hands the cash over for, cash in and out, expenses, a kasbon repayment, an opening balance set
 * by correction; the shift closes, the day closes, and the cash book, the shift, the sales
 * summary and the exports must agree.
 *
 * Payments through the provider (QRIS paid by the simulator's webhook, a QRIS sale that expires,
 * an e-wallet refund through the provider) come with the payments work: their steps and figures
 * go where the comments marked "provider" say, and only the e-wallet account, the sales figures
 * and the payment-method rows change.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { businessDate } from '@pos/kit/dates';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors, type Supergraph, startSupergraph } from '../../../gateway/test/harness';
import { createCourier, deliveryMutation } from '../../couriers/test/helpers';
import { createCustomer } from '../../customers/test/helpers';
import { checkout, createProduct, key, openShift, type Shop, waitFor } from '../../orders/test/helpers';
import { createStaff, login, registerMerchant } from '../../users/test/helpers';

const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url);

/**
 * The merchant is in WITA (the book must use the merchant's zone, not Jakarta's), unless the day
 * there is about to turn: then a zone where it is not, so the whole walk falls on one day.
 */
function zoneForOneDay(): string {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Makassar', hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
  if (hour === 23) return 'Asia/Jakarta';
  if (hour === 0) return 'Asia/Jayapura';
  return 'Asia/Makassar';
}

interface Account {
  account: string;
  opening: string;
  moneyIn: string;
  moneyOut: string;
  closing: string;
}
interface Line {
  kind: string;
  account: string;
  amount: string;
  count: number;
  late: boolean;
}

describe('a day at Warung Sari', () => {
  let sg: Supergraph;
  let token: string;
  let shop: Shop;
  let today: string;
  let courierId: string;
  let courierToken: string;
  let shiftId: string;
  let codOrderId: string;
  const run = async <T>(query: string, variables: Record<string, unknown> = {}, as = token) =>
    expectNoErrors((await sg.request<T>(query, variables, { token: as })).body);
  const download = async (report: string, format: string, filter: Record<string, unknown>) => {
    const { createReportExport } = await run<{ createReportExport: { url: string } }>(
      'mutation($r: ReportKind!, $f: ExportFormat!, $filter: ReportFilter!) { createReportExport(report: $r, format: $f, filter: $filter) { ... on DownloadLink { url } } }',
      { r: report, f: format, filter },
    );
    const res = await fetch(new URL(createReportExport.url, sg.gatewayUrl));
    expect(res.status).toBe(200);
    return res;
  };
  const csv = async (report: string, filter: Record<string, unknown>) =>
    parse(await (await download(report, 'CSV', filter)).text(), { columns: true }) as Record<
      string,
      string
    >[];

  beforeAll(async () => {
    sg = await startSupergraph();
    const timeZone = zoneForOneDay();
    const { session, merchant, branchId } = await registerMerchant(sg, { timeZone });
    token = session.accessToken;
    shop = { token, branchId, ownerId: session.user.id, slug: merchant.slug };
    today = businessDate(timeZone);
    const courier = await createStaff(sg, token, {
      name: 'Kurir Andi',
      role: 'COURIER',
      branchIds: [branchId],
    });
    const signedIn = await login(sg, courier.username, undefined, merchant.slug);
    courierToken = signedIn.accessToken as string;
    courierId = await createCourier(sg, token, courier.id, branchId);
  }, 120_000);
  afterAll(() => sg?.close());

  it('walks the day', async () => {
    const { id: productId } = await createProduct(sg, shop, { price: 10_000, cost: 6_000, stock: 100 });
    const customerId = await createCustomer(sg, token, { name: 'Bu Rina', phone: '0812-7777-1234' });
    await run(
      'mutation($c: ID!) { setCreditLimit(customerId: $c, limit: "100000") { ... on Customer { id } } }',
      {
        c: customerId,
      },
    );
    const sell = (input: Record<string, unknown>) =>
      checkout(sg, token, { idempotencyKey: key(), deviceId: 'till-1', branchId: shop.branchId, ...input });

    // 07:00 The bank account's balance is brought into the book: a correction, on today's page.
    await run(
      'mutation($i: RecordCashBookCorrectionInput!) { recordCashBookCorrection(input: $i) { __typename } }',
      {
        i: {
          branchId: shop.branchId,
          account: 'BANK',
          direction: 'IN',
          amount: '1000000',
          reason: 'Saldo awal rekening',
          idempotencyKey: key(),
        },
      },
    );
    // 08:00 The till opens with Rp200.000.
    shiftId = await openShift(sg, shop, 'till-1', 200_000);

    // 09:00 Three packs in cash (30,000), 50,000 tendered, 20,000 change.
    const s1 = await sell({
      lines: [{ productId, quantity: 3 }],
      payments: [{ method: 'CASH', tendered: '50000' }],
    });
    expect(s1).toMatchObject({
      __typename: 'Order',
      totals: { payable: '30000', paid: '30000', change: '20000' },
    });

    // 09:30 Bu Rina takes two packs on kasbon (20,000).
    const s2 = await sell({
      lines: [{ productId, quantity: 2 }],
      customerId,
      payments: [{ method: 'CUSTOMER_CREDIT', amount: '20000' }],
    });
    expect(s2.__typename).toBe('Order');

    // provider: a QRIS sale paid through the simulator's webhook goes here (EWALLET in, sales, QRIS row).
    // provider: a QRIS sale left to expire goes here (nothing anywhere; its stock comes back).

    // 10:00 An order to deliver, paid on delivery: one pack and a 5,000 fee, 15,000 to collect.
    const s3 = await sell({
      lines: [{ productId, quantity: 1 }],
      payments: [],
      delivery: {
        address: 'Jl. Melati 5',
        contactName: 'Pak Dedi',
        contactPhone: '0812-5555-0000',
        fee: '5000',
        cashOnDelivery: true,
      },
    });
    expect(s3).toMatchObject({ __typename: 'Order', totals: { payable: '15000', paid: '0' } });
    codOrderId = s3.id as string;
    let deliveryId: string | undefined;
    await waitFor(async () => {
      const { order } = await run<{ order: { delivery: { id: string } | null } }>(
        'query($id: ID!) { order(id: $id) { delivery { id } } }',
        { id: codOrderId },
      );
      deliveryId = order.delivery?.id;
      return Boolean(deliveryId);
    }, 'the delivery of the order');
    const assigned = await deliveryMutation(
      sg,
      token,
      'assignCourier(deliveryId: $id, courierId: $courierId)',
      {
        id: deliveryId,
        courierId,
      },
    );
    expect(assigned.__typename).toBe('Delivery');
    await deliveryMutation(sg, courierToken, 'startDelivery(deliveryId: $id)', { id: deliveryId });
    const done = await deliveryMutation(sg, courierToken, 'completeDelivery(input: $input)', {
      input: { deliveryId, recipientName: 'Pak Dedi', cashCollected: '15000' },
    });
    expect(done).toMatchObject({ __typename: 'Delivery', status: 'DONE' });

    // 11:00 Cash in (more change), an expense paid from the drawer, a cash out for parking.
    const move = (kind: string, amount: string, reason: string, expenseCategory?: string) =>
      run<{ recordCashMovement: { __typename: string } }>(
        'mutation($i: CashMovementInput!) { recordCashMovement(input: $i) { __typename } }',
        { i: { shiftId, kind, amount, reason, ...(expenseCategory ? { expenseCategory } : {}) } },
      );
    expect((await move('IN', '50000', 'Tambah uang kembalian')).recordCashMovement.__typename).toBe(
      'CashMovement',
    );
    await move('OUT', '20000', 'Token listrik', 'Listrik');
    await move('OUT', '5000', 'Parkir');

    // 12:00 The internet bill, paid from the bank.
    const { createExpenseCategory } = await run<{ createExpenseCategory: { id: string } }>(
      'mutation { createExpenseCategory(name: "Internet") { ... on ExpenseCategory { id } } }',
    );
    await run('mutation($i: RecordExpenseInput!) { recordExpense(input: $i) { __typename } }', {
      i: {
        branchId: shop.branchId,
        categoryId: createExpenseCategory.id,
        businessDate: today,
        amount: '75000',
        paidFrom: 'BANK',
      },
    });

    // 13:00 Bu Rina pays 12,000 of her kasbon in cash to the supervisor (the branch's cash, not the till).
    const repaid = await run<{ recordCreditRepayment: { __typename: string; balance: string } }>(
      'mutation($i: RecordCreditRepaymentInput!) { recordCreditRepayment(input: $i) { __typename ... on CreditEntry { balance } } }',
      { i: { customerId, amount: '12000', method: 'CASH', branchId: shop.branchId, idempotencyKey: key() } },
    );
    expect(repaid.recordCreditRepayment).toEqual({ __typename: 'CreditEntry', balance: '8000' });

    // provider: the e-wallet refund through the provider goes here (EWALLET out, returns in sales).

    // 16:00 The courier hands over the 15,000; 14,000 is counted.
    await waitFor(async () => {
      const { courierCashHeld } = await run<{ courierCashHeld: { held: string }[] }>(
        'query($b: ID!) { courierCashHeld(branchId: $b) { held } }',
        { b: shop.branchId },
      );
      return courierCashHeld[0]?.held === '15000';
    }, 'the cash collected on delivery');
    const handed = await run<{ recordCourierHandover: Record<string, string> }>(
      'mutation($i: RecordCourierHandoverInput!) { recordCourierHandover(input: $i) { __typename ... on CourierHandover { expected counted variance } } }',
      { i: { shiftId, courierId, countedCash: '14000', idempotencyKey: key() } },
    );
    expect(handed.recordCourierHandover).toEqual({
      __typename: 'CourierHandover',
      expected: '15000',
      counted: '14000',
      variance: '-1000',
    });

    // 21:00 The till closes: 268,000 counted against 200,000 + 30,000 + 50,000 - 25,000 + 14,000.
    const closed = await run<{ closeShift: Record<string, unknown> }>(
      `mutation($i: CloseShiftInput!) { closeShift(input: $i) { __typename ... on Shift {
        cashSales cashRefunds cashIn cashOut courierCash expectedCash countedCash variance } } }`,
      { i: { shiftId, countedCash: '268000' } },
    );
    expect(closed.closeShift).toEqual({
      __typename: 'Shift',
      cashSales: '30000',
      cashRefunds: '0',
      cashIn: '50000',
      cashOut: '25000',
      courierCash: '14000',
      expectedCash: '269000',
      countedCash: '268000',
      variance: '-1000',
    });
  }, 180_000);

  it('has the collected cash as a payment on the order', async () => {
    const { order } = await run<{ order: Record<string, unknown> }>(
      'query($id: ID!) { order(id: $id) { payments { method amount deliveryId } totals { payable paid } } }',
      { id: codOrderId },
    );
    expect(order).toMatchObject({
      payments: [{ method: 'CASH', amount: '15000', deliveryId: expect.any(String) }],
      totals: { payable: '15000', paid: '15000' },
    });
  });

  it('closes the day, and the cash book adds up to the rupiah', async () => {
    const BOOK = `query($b: ID!, $d: Date!) { cashBook(branchId: $b, from: $d, to: $d) { closedThrough days {
      closed accounts { account opening moneyIn moneyOut closing } lines { kind account amount count late } } } }`;
    const read = async () =>
      (
        await run<{
          cashBook: {
            closedThrough: string | null;
            days: { closed: boolean; accounts: Account[]; lines: Line[] }[];
          };
        }>(BOOK, { b: shop.branchId, d: today })
      ).cashBook;
    // Closing waits for every fact of the day to reach reports (events of five subgraphs arrive in
    // no set order); eleven lines: see below.
    await waitFor(
      async () => (await read()).days[0]?.lines.length === 11,
      'every fact of the day in the book',
    );
    const closed = await run<{ closeCashBookDay: { __typename: string } }>(
      'mutation($i: CloseCashBookDayInput!) { closeCashBookDay(input: $i) { __typename } }',
      { i: { branchId: shop.branchId, date: today } },
    );
    expect(closed.closeCashBookDay.__typename).toBe('CashBookDay');
    const book = await read();
    expect(book.closedThrough).toBe(today);
    const [day] = book.days;
    expect(day?.closed).toBe(true);
    // Drawer in: cash sale 30,000 + cash in 50,000 + courier's 14,000 + kasbon 12,000 = 106,000.
    // Drawer out: electricity 20,000 + parking 5,000 + the shift's 1,000 short = 26,000.
    // Bank: 1,000,000 opening balance in, 75,000 internet out. Courier cash: 15,000 in and out.
    // The kasbon sale moves no money.
    expect(day?.accounts).toEqual([
      { account: 'CASH_DRAWER', opening: '0', moneyIn: '106000', moneyOut: '26000', closing: '80000' },
      { account: 'BANK', opening: '0', moneyIn: '1000000', moneyOut: '75000', closing: '925000' },
      { account: 'EWALLET', opening: '0', moneyIn: '0', moneyOut: '0', closing: '0' },
      { account: 'COURIER_CASH', opening: '0', moneyIn: '15000', moneyOut: '15000', closing: '0' },
    ]);
    const lines = (day?.lines ?? []).map(
      (l) => `${l.kind} ${l.account} ${l.amount}${l.count > 1 ? ` x${l.count}` : ''}`,
    );
    expect(lines.sort()).toEqual(
      [
        'SALE CASH_DRAWER 30000',
        'CORRECTION BANK 1000000',
        'CASH_IN CASH_DRAWER 50000',
        'EXPENSE CASH_DRAWER -20000',
        'CASH_OUT CASH_DRAWER -5000',
        'COD_COLLECTED COURIER_CASH 15000',
        'EXPENSE BANK -75000',
        'KASBON_REPAID CASH_DRAWER 12000',
        'COURIER_HANDOVER COURIER_CASH -15000',
        'COURIER_HANDOVER CASH_DRAWER 14000',
        'SHIFT_VARIANCE CASH_DRAWER -1000',
      ].sort(),
    );
    expect(day?.lines.some((l) => l.late)).toBe(false);
  });

  it('has the same day in the shift report, the sales summary and the payment methods', async () => {
    const filter = { from: today, to: today };
    const data = await run<Record<string, unknown>>(
      `query($f: ReportFilter!) {
        shiftReports(filter: $f) { shiftId cashSales cashIn cashOut courierCash expected counted variance }
        salesSummary(filter: $f) { totals { gross discounts returns net tax cost grossProfit orders averageBasket } }
        salesByPaymentMethod(filter: $f) { method amount payments }
        profitAndLoss(filter: $f) { grossProfit totalExpenses netProfit expenses { category amount } }
      }`,
      { f: filter },
    );
    expect(data.shiftReports).toEqual([
      {
        shiftId,
        cashSales: '30000',
        cashIn: '50000',
        cashOut: '25000',
        courierCash: '14000',
        expected: '269000',
        counted: '268000',
        variance: '-1000',
      },
    ]);
    // Six packs of 10,000 (cost 6,000 each); the delivery fee is not sales of goods.
    expect(data.salesSummary).toEqual({
      totals: {
        gross: '60000',
        discounts: '0',
        returns: '0',
        net: '60000',
        tax: '0',
        cost: '36000',
        grossProfit: '24000',
        orders: 3,
        averageBasket: '20000',
      },
    });
    // Cash: the till's 30,000 and the 15,000 collected on delivery.
    expect(data.salesByPaymentMethod).toEqual([
      { method: 'CASH', amount: '45000', payments: 2 },
      { method: 'CUSTOMER_CREDIT', amount: '20000', payments: 1 },
    ]);
    expect(data.profitAndLoss).toEqual({
      grossProfit: '24000',
      totalExpenses: '95000',
      netProfit: '-71000',
      expenses: [
        { category: 'Internet', amount: '75000' },
        { category: 'Listrik', amount: '20000' },
      ],
    });
  });

  it('exports the cash book, the shift and the sales summary with the same figures', async () => {
    const filter = { from: today, to: today, branchId: shop.branchId };
    const rows = await csv('CASH_BOOK', filter);
    const drawer = rows.filter((r) => r.Account === 'Cash drawer');
    expect(drawer[0]).toMatchObject({ Entry: 'OPENING', Balance: '0', Day: 'closed' });
    expect(drawer.at(-1)).toMatchObject({ Entry: 'CLOSING', Balance: '80000' });
    expect(drawer.find((r) => r.Entry === 'COURIER_HANDOVER')).toMatchObject({
      In: '14000',
      Courier: 'Kurir Andi',
    });
    expect(rows.filter((r) => r.Entry === 'CLOSING').map((r) => [r.Account, r.Balance])).toEqual([
      ['Cash drawer', '80000'],
      ['Bank', '925000'],
      ['Courier cash', '0'],
    ]);
    const [shift] = await csv('SHIFTS', filter);
    expect(shift).toMatchObject({
      'Courier cash': '14000',
      Expected: '269000',
      Counted: '268000',
      Variance: '-1000',
    });
    const [summary] = await csv('SALES_SUMMARY', filter);
    expect(summary).toMatchObject({ Period: today, Net: '60000', Orders: '3' });

    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(await (await download('CASH_BOOK', 'XLSX', filter)).arrayBuffer());
    const sheet = xlsx.worksheets[0];
    const closings: unknown[] = [];
    sheet?.eachRow((row) => {
      if (row.getCell(3).value === 'CLOSING') closings.push([row.getCell(2).value, row.getCell(8).value]);
    });
    expect(closings).toEqual([
      ['Cash drawer', 80000],
      ['Bank', 925000],
      ['Courier cash', 0],
    ]);

    mkdirSync(ARTIFACTS, { recursive: true });
    const file = new URL('cash-book.pdf', ARTIFACTS).pathname;
    writeFileSync(file, Buffer.from(await (await download('CASH_BOOK', 'PDF', filter)).arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Cash book');
    expect(text).toMatch(/Closing balance\s+.*80\.000/);
    expect(text).toMatch(/Closing balance\s+.*925\.000/);
  });
});
