/**
 * One day of a shop, through the whole supergraph, checked to the rupiah against figures worked
 * out by hand: a cash sale, a sale on kasbon, a QRIS sale paid through the payment provider (the
 * Midtrans simulator, over HTTP, and its signed notification to the gateway's webhook), a QRIS
 * sale nobody pays, which expires and gives its stock back, an e-wallet sale partly refunded
 * through the provider, a cash-on-delivery order the courier delivers and hands the cash over
 * for, cash in and out, expenses, a kasbon repayment, an opening balance set by correction; the
 * shift closes, the day closes, and the cash book, the shift, the sales summary and the exports
 * must agree.
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
import {
  checkout,
  createProduct,
  key,
  openShift,
  type Shop,
  stockBalance,
  waitFor,
} from '../../orders/test/helpers';
import {
  chargedPayment,
  ORDER_QUERY,
  type OrderView,
  PAY_CHECKOUT,
  REFUND,
} from '../../orders/test/payments-helpers';
import { createStaff, login, registerMerchant } from '../../users/test/helpers';

const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url);

/**
 * How long a customer has to pay a charge here (`PAYMENTS_EXPIRY_SECONDS`): short, so the unpaid
 * QRIS sale expires within the walk, long enough for the paid ones to be paid right away.
 */
const EXPIRY_S = 10;

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
    sg = await startSupergraph({ midtransSimulator: { expirySeconds: EXPIRY_S, graceMs: 500 } });
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
    const charge = async (quantity: number, payment: Record<string, unknown>) =>
      (
        await run<{ checkout: OrderView }>(PAY_CHECKOUT, {
          input: {
            idempotencyKey: key(),
            deviceId: 'till-1',
            branchId: shop.branchId,
            lines: [{ productId, quantity }],
            payments: [{ charge: true, ...payment }],
          },
        })
      ).checkout;
    const readOrder = async (id: string) => (await run<{ order: OrderView }>(ORDER_QUERY, { id })).order;
    const sim = sg.midtrans;
    if (!sim) throw new Error('the supergraph charges through no simulator');

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

    // 09:40 Four packs by QRIS through the provider (40,000): the sale waits, its QR shown, until
    // the customer pays and the provider's signed notification reaches the gateway's webhook.
    const q1 = await charge(4, { method: 'QRIS', amount: '40000' });
    expect(q1).toMatchObject({ __typename: 'Order', status: 'PENDING', paymentStatus: 'PENDING' });
    const qrisCharge = chargedPayment(q1).charge;
    expect(qrisCharge).toMatchObject({ provider: 'MIDTRANS', channel: 'QRIS' });
    expect(sim.charges.get(qrisCharge.chargeId)).toMatchObject({ amount: 40_000, status: 'pending' });
    expect((await sim.pay(qrisCharge.chargeId))?.status).toBe(200);
    const q1Paid = await readOrder(q1.id);
    expect(q1Paid).toMatchObject({
      status: 'COMPLETED',
      paymentStatus: 'PAID',
      totals: { payable: '40000', paid: '40000' },
    });
    expect(chargedPayment(q1Paid)).toMatchObject({ method: 'QRIS', amount: '40000', status: 'PAID' });

    // 09:45 Six packs by QRIS (60,000), never paid: the stock is held while the QR waits, then the
    // charge expires, the sale is cancelled and the six packs are back. It leaves no trace in the
    // book, the sales or the payment methods (checked below by what they hold, to the line).
    // On the shelf: 100 received - 3 - 2 - 4 sold = 91; held for the QR: 91 - 6 = 85.
    expect(await stockBalance(sg, shop, productId)).toBe(91);
    const q2 = await charge(6, { method: 'QRIS', amount: '60000' });
    expect(q2).toMatchObject({ __typename: 'Order', status: 'PENDING', paymentStatus: 'PENDING' });
    const unpaidCharge = chargedPayment(q2).charge.chargeId;
    expect(await stockBalance(sg, shop, productId)).toBe(85);

    // 09:50 Five packs paid from the customer's GoPay through the provider (50,000).
    const e1 = await charge(5, { method: 'EWALLET', amount: '50000', wallet: 'GOPAY' });
    expect(e1).toMatchObject({ __typename: 'Order', status: 'PENDING' });
    const walletCharge = chargedPayment(e1).charge;
    expect(walletCharge.channel).toBe('GOPAY');
    expect((await sim.pay(walletCharge.chargeId))?.status).toBe(200);
    expect(await readOrder(e1.id)).toMatchObject({ status: 'COMPLETED', paymentStatus: 'PAID' });

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
    // Sold, its money still to come with the courier.
    expect((await readOrder(codOrderId)).paymentStatus).toBe('PENDING');
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

    // By now the unpaid QR has long run out: the provider said so, and the sale is gone.
    await waitFor(
      async () => (await readOrder(q2.id)).status !== 'PENDING',
      'the unpaid QRIS sale to expire',
      EXPIRY_S * 1000 + 20_000,
    );
    const expired = await readOrder(q2.id);
    expect(expired).toMatchObject({ status: 'CANCELLED', paymentStatus: 'EXPIRED', number: null });
    expect(chargedPayment(expired).status).toBe('EXPIRED');
    expect(sim.charges.get(unpaidCharge)?.status).toBe('expire');
    // The 6 came back; sold since: 5 (GoPay) and 1 (the delivery): 91 - 5 - 1 = 85 (79 had the
    // six stayed held).
    expect(await stockBalance(sg, shop, productId)).toBe(85);

    // 14:00 Two of the five GoPay packs come back: 20,000 goes back to the wallet through the provider.
    const walletLine = (await readOrder(e1.id)).lines[0];
    if (!walletLine) throw new Error('the e-wallet sale has no line');
    const refunded = await run<{ refundOrder: Record<string, unknown> }>(REFUND, {
      input: {
        orderId: e1.id,
        idempotencyKey: key(),
        reason: 'Kemasan rusak',
        lines: [{ lineId: walletLine.id, quantity: 2 }],
      },
    });
    expect(refunded.refundOrder).toMatchObject({
      __typename: 'Refund',
      amount: '20000',
      status: 'REFUNDED',
      method: 'EWALLET',
    });
    expect(sim.charges.get(walletCharge.chargeId)).toMatchObject({
      status: 'partial_refund',
      refunds: [expect.objectContaining({ amount: 20_000 })],
    });
    // Restocked: 85 + 2 = 87.
    expect(await stockBalance(sg, shop, productId)).toBe(87);

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
    // The QRIS and GoPay sales and the refund to GoPay never touched the drawer.
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
      'query($id: ID!) { order(id: $id) { paymentStatus payments { method amount deliveryId status paidAt } totals { payable paid } } }',
      { id: codOrderId },
    );
    expect(order).toMatchObject({
      paymentStatus: 'PAID',
      payments: [
        {
          method: 'CASH',
          amount: '15000',
          deliveryId: expect.any(String),
          status: 'PAID',
          paidAt: expect.any(String),
        },
      ],
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
    // no set order); thirteen lines: see below.
    await waitFor(
      async () => (await read()).days[0]?.lines.length === 13,
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
    // E-wallet in: QRIS 40,000 + GoPay 50,000 = 90,000; out: the refund to GoPay 20,000; closing
    // 70,000. The kasbon sale moves no money, nor does the QRIS sale that expired.
    expect(day?.accounts).toEqual([
      { account: 'CASH_DRAWER', opening: '0', moneyIn: '106000', moneyOut: '26000', closing: '80000' },
      { account: 'BANK', opening: '0', moneyIn: '1000000', moneyOut: '75000', closing: '925000' },
      { account: 'EWALLET', opening: '0', moneyIn: '90000', moneyOut: '20000', closing: '70000' },
      { account: 'COURIER_CASH', opening: '0', moneyIn: '15000', moneyOut: '15000', closing: '0' },
    ]);
    const lines = (day?.lines ?? []).map(
      (l) => `${l.kind} ${l.account} ${l.amount}${l.count > 1 ? ` x${l.count}` : ''}`,
    );
    expect(lines.sort()).toEqual(
      [
        'SALE CASH_DRAWER 30000',
        // The two sales through the provider, summed on one line: 40,000 + 50,000.
        'SALE EWALLET 90000 x2',
        'REFUND EWALLET -20000',
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
        shiftReports(filter: $f) { shiftId cashSales cashRefunds cashIn cashOut courierCash expected counted variance }
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
        // The refund went back to the customer's wallet, not out of the drawer.
        cashRefunds: '0',
        cashIn: '50000',
        cashOut: '25000',
        courierCash: '14000',
        expected: '269000',
        counted: '268000',
        variance: '-1000',
      },
    ]);
    // Packs of 10,000 (cost 6,000 each) sold: 3 cash + 2 kasbon + 4 QRIS + 5 GoPay + 1 delivered
    // = 15, gross 150,000, cost 90,000; 2 came back: returns 20,000, their cost 12,000 out.
    // Net 150,000 - 20,000 = 130,000; cost 90,000 - 12,000 = 78,000; profit 130,000 - 78,000 =
    // 52,000. Five orders (the expired one is none), 130,000 / 5 = 26,000 a basket. The delivery
    // fee is not sales of goods.
    expect(data.salesSummary).toEqual({
      totals: {
        gross: '150000',
        discounts: '0',
        returns: '20000',
        net: '130000',
        tax: '0',
        cost: '78000',
        grossProfit: '52000',
        orders: 5,
        averageBasket: '26000',
      },
    });
    // Cash: the till's 30,000 and the 15,000 collected on delivery. QRIS: the one paid sale.
    // E-wallet: 50,000 taken less 20,000 refunded, still one payment.
    expect(data.salesByPaymentMethod).toEqual([
      { method: 'CASH', amount: '45000', payments: 2 },
      { method: 'QRIS', amount: '40000', payments: 1 },
      { method: 'EWALLET', amount: '30000', payments: 1 },
      { method: 'CUSTOMER_CREDIT', amount: '20000', payments: 1 },
    ]);
    // 52,000 gross profit less 95,000 expenses (75,000 internet + 20,000 electricity).
    expect(data.profitAndLoss).toEqual({
      grossProfit: '52000',
      totalExpenses: '95000',
      netProfit: '-43000',
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
    // E-wallet: 0 + 90,000 (two sales) = 90,000, - 20,000 (refund) = 70,000.
    const wallet = rows.filter((r) => r.Account === 'E-wallet');
    expect(wallet.map((r) => [r.Entry, r.In, r.Out, r.Balance])).toEqual([
      ['OPENING', '', '', '0'],
      ['SALE', '90000', '', '90000'],
      ['REFUND', '', '20000', '70000'],
      ['CLOSING', '', '', '70000'],
    ]);
    expect(rows.filter((r) => r.Entry === 'CLOSING').map((r) => [r.Account, r.Balance])).toEqual([
      ['Cash drawer', '80000'],
      ['Bank', '925000'],
      ['E-wallet', '70000'],
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
    expect(summary).toMatchObject({
      Period: today,
      Gross: '150000',
      Returns: '20000',
      Net: '130000',
      Orders: '5',
    });

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
      ['E-wallet', 70000],
      ['Courier cash', 0],
    ]);

    mkdirSync(ARTIFACTS, { recursive: true });
    const file = new URL('cash-book.pdf', ARTIFACTS).pathname;
    writeFileSync(file, Buffer.from(await (await download('CASH_BOOK', 'PDF', filter)).arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Cash book');
    expect(text).toMatch(/Closing balance\s+.*80\.000/);
    expect(text).toMatch(/Closing balance\s+.*925\.000/);
    expect(text).toMatch(/Closing balance\s+.*(?<![\d.])70\.000/);
  });
});
