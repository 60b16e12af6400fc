/**
 * A branch's cash book from the events of a day, worked out by hand: balances per account, the
 * closing that locks the day, a late sale booked on the next open day, corrections as new
 * entries, the export, and tenant and scope checks.
 */
import { ALL_SCOPES, type DomainEvent } from '@pos/kit';
import { addDays, businessDate } from '@pos/kit/dates';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { createStaff, registerMerchant } from '../../users/test/helpers';
import {
  codPaid,
  type DayContext,
  handover,
  movement,
  refund,
  repayment,
  sale,
  shiftClosed,
} from './cashbook.fixtures';
import { publishAll, reportsOf, startReportsSupergraph, tokenFor } from './support';

const BOOK = /* GraphQL */ `
  query($b: ID!, $from: Date!, $to: Date!) {
    cashBook(branchId: $b, from: $from, to: $to) {
      branchId closedThrough
      days {
        date closed closedBy
        accounts { account opening moneyIn moneyOut closing }
        lines { entryId kind account description amount count bookDate businessDate late correctsEntryId correctsDate }
      }
    }
  }
`;
const CLOSE = /* GraphQL */ `
  mutation($i: CloseCashBookDayInput!) {
    closeCashBookDay(input: $i) {
      __typename
      ... on CashBookDay { date closed accounts { account closing } }
      ... on ErrorResult { code }
      ... on CashBookDayClosed { closedThrough }
      ... on CashBookDayNotStarted { today }
      ... on NotFound { entity }
    }
  }
`;
const CORRECT = /* GraphQL */ `
  mutation($i: RecordCashBookCorrectionInput!) {
    recordCashBookCorrection(input: $i) {
      __typename
      ... on CashBookLine { entryId kind account amount bookDate correctsDate }
      ... on ErrorResult { code }
      ... on NotFound { entity }
    }
  }
`;

interface Line {
  entryId: string | null;
  kind: string;
  account: string;
  description: string;
  amount: string;
  count: number;
  bookDate: string;
  businessDate: string;
  late: boolean;
}
interface Day {
  date: string;
  closed: boolean;
  closedBy: string | null;
  accounts: { account: string; opening: string; moneyIn: string; moneyOut: string; closing: string }[];
  lines: Line[];
}

const today = businessDate('Asia/Jakarta');
const balances = (day: Day | undefined) =>
  Object.fromEntries(
    (day?.accounts ?? []).map((a) => [a.account, [a.opening, a.moneyIn, a.moneyOut, a.closing]]),
  );
const D1 = addDays(today, -2);
const D2 = addDays(today, -1);

describe('the cash book of a branch', () => {
  let sg: Supergraph;
  let c: DayContext;
  let owner: string;
  let ownerId: string;
  const read = async (from = D1, to = D2, token = owner) =>
    expectNoErrors(
      (
        await sg.request<{ cashBook: { closedThrough: string | null; days: Day[] } }>(
          BOOK,
          { b: c.branchId, from, to },
          { token },
        )
      ).body,
    ).cashBook;
  const close = async (date: string, token = owner, branchId = c.branchId) =>
    expectNoErrors(
      (
        await sg.request<{ closeCashBookDay: Record<string, unknown> }>(
          CLOSE,
          { i: { branchId, date } },
          { token },
        )
      ).body,
    ).closeCashBookDay;
  const correct = async (input: Record<string, unknown>) =>
    expectNoErrors(
      (
        await sg.request<{ recordCashBookCorrection: Record<string, unknown> }>(
          CORRECT,
          { i: { branchId: c.branchId, account: 'CASH_DRAWER', ...input } },
          { token: owner },
        )
      ).body,
    ).recordCashBookCorrection;
  const balances = (day: Day | undefined) =>
    Object.fromEntries(
      (day?.accounts ?? []).map((a) => [a.account, [a.opening, a.moneyIn, a.moneyOut, a.closing]]),
    );

  let dayOne: DomainEvent[];

  beforeAll(async () => {
    sg = await startReportsSupergraph();
    const { session, merchant, branchId } = await registerMerchant(sg);
    ownerId = session.user.id;
    owner = await tokenFor(sg, merchant.id, [...ALL_SCOPES], { userId: ownerId });
    c = { merchantId: merchant.id, branchId, cashierId: ownerId, date: D1 };
    dayOne = [
      sale(c, 'S1', [['CASH', 50_000]]),
      sale(c, 'S2', [
        ['QRIS', 30_000],
        ['CASH', 20_000],
      ]),
      sale(c, 'S3', [['CUSTOMER_CREDIT', 40_000]]),
      sale(c, 'S4', [
        ['BANK_TRANSFER', 100_000],
        ['CARD', 14_000],
      ]),
      movement(c, 'M1', 'IN', 200_000, 'modal tambahan'),
      movement(c, 'M2', 'OUT', 25_000, 'token listrik', 'Listrik'),
      movement(c, 'M3', 'OUT', 10_000, 'setor ke pemilik'),
      refund(c, 'R1', 'S1', 16_000),
      codPaid(c, 'D1', 'O9', 25_000),
      handover(c, 'H1', 25_000, 24_000),
      repayment(c, 'K1', 'CASH', 60_000, 2, 40_000),
      repayment(c, 'K2', 'TRANSFER', 10_000, 3, 30_000),
      shiftClosed(c, 'SH1', 303_000, 300_000),
    ];
    await publishAll(sg, dayOne);
    const cat = await sg.request<{ createExpenseCategory: { id: string } }>(
      'mutation { createExpenseCategory(name: "Sewa") { ... on ExpenseCategory { id } } }',
      {},
      { token: owner },
    );
    const categoryId = expectNoErrors(cat.body).createExpenseCategory.id;
    for (const paidFrom of ['BANK', null]) {
      const res = await sg.request<{ recordExpense: { __typename: string; paidFrom: string | null } }>(
        'mutation($i: RecordExpenseInput!) { recordExpense(input: $i) { __typename ... on Expense { paidFrom } } }',
        { i: { branchId, categoryId, businessDate: D1, amount: '40000', paidFrom } },
        { token: owner },
      );
      expect(expectNoErrors(res.body).recordExpense).toEqual({ __typename: 'Expense', paidFrom });
    }
  }, 120_000);
  afterAll(() => sg?.close());

  it('adds up a day per account, to the rupiah', async () => {
    const [d1, d2] = (await read()).days;
    // Cash drawer in: sales 50,000 + 20,000, cash in 200,000, hand-over counted 24,000, kasbon
    // repaid in cash 60,000 = 354,000. Out: expense 25,000, cash out 10,000, refund 16,000, shift
    // short 3,000 = 54,000. Bank: 100,000 transfer + 14,000 card + 10,000 kasbon transfer in,
    // 40,000 rent out. E-wallet: the QRIS 30,000. Courier cash: 25,000 collected, all handed over.
    // Customer credit (S3) moves no money.
    expect(balances(d1)).toEqual({
      CASH_DRAWER: ['0', '354000', '54000', '300000'],
      BANK: ['0', '124000', '40000', '84000'],
      EWALLET: ['0', '30000', '0', '30000'],
      COURIER_CASH: ['0', '25000', '25000', '0'],
    });
    expect(balances(d2)).toEqual({
      CASH_DRAWER: ['300000', '0', '0', '300000'],
      BANK: ['84000', '0', '0', '84000'],
      EWALLET: ['30000', '0', '0', '30000'],
      COURIER_CASH: ['0', '0', '0', '0'],
    });
    const lines = (d1?.lines ?? []).map((l) => [l.kind, l.account, l.amount, l.count]);
    expect(lines.slice(0, 3)).toEqual([
      ['SALE', 'CASH_DRAWER', '70000', 2],
      ['SALE', 'BANK', '114000', 2],
      ['SALE', 'EWALLET', '30000', 1],
    ]);
    expect(lines.slice(3).sort()).toEqual(
      [
        ['CASH_IN', 'CASH_DRAWER', '200000', 1],
        ['EXPENSE', 'CASH_DRAWER', '-25000', 1],
        ['CASH_OUT', 'CASH_DRAWER', '-10000', 1],
        ['REFUND', 'CASH_DRAWER', '-16000', 1],
        ['COD_COLLECTED', 'COURIER_CASH', '25000', 1],
        ['COURIER_HANDOVER', 'COURIER_CASH', '-25000', 1],
        ['COURIER_HANDOVER', 'CASH_DRAWER', '24000', 1],
        ['KASBON_REPAID', 'CASH_DRAWER', '60000', 1],
        ['KASBON_REPAID', 'BANK', '10000', 1],
        ['SHIFT_VARIANCE', 'CASH_DRAWER', '-3000', 1],
        ['EXPENSE', 'BANK', '-40000', 1],
      ].sort(),
    );
  });

  it('books every event once, however often it is delivered', async () => {
    const before = await read();
    await publishAll(sg, dayOne);
    expect(await read()).toEqual(before);
  });

  it('closes the day and locks it: a late sale goes to the next open day, marked late', async () => {
    expect(await close(addDays(today, 1))).toMatchObject({
      __typename: 'CashBookDayNotStarted',
      code: 'CASH_BOOK_DAY_NOT_STARTED',
      today,
    });
    const closed = await close(D1);
    expect(closed).toMatchObject({ __typename: 'CashBookDay', date: D1, closed: true });
    expect(closed.accounts).toEqual([
      { account: 'CASH_DRAWER', closing: '300000' },
      { account: 'BANK', closing: '84000' },
      { account: 'EWALLET', closing: '30000' },
      { account: 'COURIER_CASH', closing: '0' },
    ]);
    expect(await close(D1)).toEqual({
      __typename: 'CashBookDayClosed',
      code: 'CASH_BOOK_DAY_CLOSED',
      closedThrough: D1,
    });
    const frozen = (await read(D1, D1)).days[0];
    // An offline sale of D1 synced after the close, and the whole day delivered once more.
    await publishAll(sg, [sale(c, 'S5', [['CASH', 12_000]], D1), ...dayOne]);
    const book = await read();
    expect(book.closedThrough).toBe(D1);
    expect(book.days[0]).toEqual(frozen);
    expect(book.days[0]).toMatchObject({ closed: true, closedBy: ownerId });
    const d2 = book.days[1];
    expect(balances(d2).CASH_DRAWER).toEqual(['300000', '12000', '0', '312000']);
    expect(d2?.lines).toEqual([
      expect.objectContaining({ kind: 'SALE', amount: '12000', bookDate: D2, businessDate: D1, late: true }),
    ]);
  });

  it('puts a closed day right with a correction on the next open day, once per key', async () => {
    const shortCount = { direction: 'OUT', amount: '5000', reason: 'salah hitung', correctsDate: D1 };
    const first = await correct({ ...shortCount, idempotencyKey: 'koreksi-1' });
    expect(first).toMatchObject({
      __typename: 'CashBookLine',
      kind: 'CORRECTION',
      account: 'CASH_DRAWER',
      amount: '-5000',
      bookDate: today,
      correctsDate: D1,
    });
    expect(await correct({ ...shortCount, idempotencyKey: 'koreksi-1' })).toEqual(first);
    expect(await correct({ ...shortCount, amount: '6000', idempotencyKey: 'koreksi-1' })).toEqual({
      __typename: 'IdempotencyKeyReused',
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(
      await correct({ ...shortCount, correctsEntryId: 'no-such-entry', idempotencyKey: 'koreksi-2' }),
    ).toEqual({
      __typename: 'NotFound',
      code: 'NOT_FOUND',
      entity: 'CashBookEntry',
    });
    // Naming the late sale: a correction may point at any entry of the branch.
    const late = (await read(D2, D2)).days[0]?.lines[0]?.entryId;
    const named = await correct({
      direction: 'IN',
      amount: '1000',
      reason: 'pembulatan',
      correctsEntryId: late,
      idempotencyKey: 'koreksi-3',
    });
    expect(named).toMatchObject({ __typename: 'CashBookLine', amount: '1000' });
    const todayPage = (await read(today, today)).days[0];
    expect(balances(todayPage).CASH_DRAWER).toEqual(['312000', '1000', '5000', '308000']);
    // The closed day did not move.
    expect(balances((await read(D1, D1)).days[0]).CASH_DRAWER).toEqual(['0', '354000', '54000', '300000']);
    // Closing through today puts the correction on the next day's page.
    expect(await close(today)).toMatchObject({ __typename: 'CashBookDay', closed: true });
    const after = await correct({
      direction: 'IN',
      amount: '500',
      reason: 'receh',
      idempotencyKey: 'koreksi-4',
    });
    expect(after).toMatchObject({ bookDate: addDays(today, 1) });
  });

  it('exports the book per account with running balances, late entries dated as they happened', async () => {
    const { body } = await sg.request<{ createReportExport: { url: string } }>(
      'mutation($f: ReportFilter!) { createReportExport(report: CASH_BOOK, format: CSV, filter: $f) { ... on DownloadLink { url } } }',
      { f: { from: D1, to: D2, branchId: c.branchId } },
      { token: owner },
    );
    const res = await fetch(new URL(expectNoErrors(body).createReportExport.url, sg.gatewayUrl));
    expect(res.status).toBe(200);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const drawer = rows.filter((r) => r.Account === 'Cash drawer');
    expect(drawer[0]).toMatchObject({ Date: D1, Entry: 'OPENING', Balance: '0', Day: 'closed' });
    expect(drawer.filter((r) => r.Date === D1).at(-1)).toMatchObject({ Entry: 'CLOSING', Balance: '300000' });
    expect(drawer.filter((r) => r.Date === D2)).toEqual([
      expect.objectContaining({ Entry: 'OPENING', Balance: '300000' }),
      expect.objectContaining({ Entry: 'SALE', In: '12000', Balance: '312000', 'Happened on': D1 }),
      expect.objectContaining({ Entry: 'CLOSING', Balance: '312000' }),
    ]);
    // In every account and day, the opening balance plus the lines is the closing balance.
    const groups = new Map<string, Record<string, string>[]>();
    for (const r of rows)
      groups.set(`${r.Date}|${r.Account}`, [...(groups.get(`${r.Date}|${r.Account}`) ?? []), r]);
    // D1: all four accounts; D2: the three with a balance (courier cash is 0 and did not move).
    expect(groups.size).toBe(7);
    for (const group of groups.values()) {
      const moved = group.reduce((t, r) => t + Number(r.In || 0) - Number(r.Out || 0), 0);
      expect(Number(group[0]?.Balance) + moved).toBe(Number(group.at(-1)?.Balance));
    }
    const noBranch = await sg.request(
      'mutation($f: ReportFilter!) { createReportExport(report: CASH_BOOK, format: PDF, filter: $f) { ... on DownloadLink { url } } }',
      { f: { from: D1, to: D2 } },
      { token: owner },
    );
    expect(errorCodes(noBranch.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps merchants apart and needs its scopes', async () => {
    const other = await registerMerchant(sg);
    const theirs = await tokenFor(sg, other.merchant.id, [...ALL_SCOPES], { userId: other.session.user.id });
    const seen = await read(D1, D1, theirs);
    expect(seen.closedThrough).toBeNull();
    expect(seen.days[0]?.lines).toEqual([]);
    expect(balances(seen.days[0]).CASH_DRAWER).toEqual(['0', '0', '0', '0']);
    expect(await close(D2, theirs)).toEqual({ __typename: 'NotFound', code: 'NOT_FOUND', entity: 'Branch' });
    // Their closing did not touch ours.
    expect((await read(D2, D2)).days[0]?.closed).toBe(true);
    const reader = await tokenFor(sg, c.merchantId, ['reports:read'], { userId: ownerId });
    expect(
      errorCodes(
        (await sg.request(CLOSE, { i: { branchId: c.branchId, date: D2 } }, { token: reader })).body,
      ),
    ).toEqual(['FORBIDDEN']);
    const cashier = await tokenFor(sg, c.merchantId, ['sales:checkout'], { userId: ownerId });
    expect(
      errorCodes((await sg.request(BOOK, { b: c.branchId, from: D1, to: D2 }, { token: cashier })).body),
    ).toEqual(['FORBIDDEN']);
    const elsewhere = await tokenFor(sg, c.merchantId, ['reports:read'], {
      userId: ownerId,
      branchIds: ['another'],
    });
    expect(
      errorCodes((await sg.request(BOOK, { b: c.branchId, from: D1, to: D2 }, { token: elsewhere })).body),
    ).toEqual(['FORBIDDEN']);
    const long = await sg.request(BOOK, { b: c.branchId, from: addDays(D1, -100), to: D1 }, { token: owner });
    expect(errorCodes(long.body)).toEqual(['BAD_USER_INPUT']);
    expect(await reportsOf(sg).models.cashBookHeads.countDocuments({ merchantId: other.merchant.id })).toBe(
      0,
    );
  });
});

describe('staff kasbon in the cash book', () => {
  let sg: Supergraph;
  beforeAll(async () => {
    sg = await startReportsSupergraph();
  }, 120_000);
  afterAll(() => sg?.close());

  it('books an advance paid out and its repayments by how they moved money', async () => {
    const { session, branchId } = await registerMerchant(sg);
    const owner = session.accessToken;
    const budi = await createStaff(sg, owner, { role: 'CASHIER', name: 'Budi' });
    const run = async (query: string, i: Record<string, unknown>) =>
      expectNoErrors((await sg.request(query, { i }, { token: owner })).body);
    await run(
      'mutation($i: RecordStaffAdvanceInput!) { recordStaffAdvance(input: $i) { ... on StaffAdvanceEntry { seq } } }',
      {
        userId: budi.id,
        amount: '100000',
        dueDate: addDays(today, 30),
        branchId,
      },
    );
    // Paid outside the books: no branch.
    await run(
      'mutation($i: RecordStaffAdvanceInput!) { recordStaffAdvance(input: $i) { ... on StaffAdvanceEntry { seq } } }',
      {
        userId: budi.id,
        amount: '50000',
        dueDate: addDays(today, 30),
      },
    );
    const REPAY =
      'mutation($i: RecordStaffRepaymentInput!) { recordStaffAdvanceRepayment(input: $i) { __typename } }';
    await run(REPAY, { userId: budi.id, amount: '30000', method: 'CASH', branchId });
    await run(REPAY, { userId: budi.id, amount: '20000', method: 'PAYROLL', branchId });
    await run(REPAY, { userId: budi.id, amount: '10000', method: 'TRANSFER', branchId });
    const read = async () =>
      expectNoErrors(
        (
          await sg.request<{ cashBook: { days: Day[] } }>(
            BOOK,
            { b: branchId, from: today, to: today },
            { token: owner },
          )
        ).body,
      ).cashBook.days[0];
    let day = await read();
    for (let i = 0; i < 100 && (day?.lines.length ?? 0) < 3; i++) {
      await new Promise((r) => setTimeout(r, 100));
      day = await read();
    }
    expect(day?.lines.map((l) => [l.kind, l.account, l.amount])).toEqual([
      ['KASBON_GIVEN', 'CASH_DRAWER', '-100000'],
      ['KASBON_REPAID', 'CASH_DRAWER', '30000'],
      ['KASBON_REPAID', 'BANK', '10000'],
    ]);
    expect(balances(day).CASH_DRAWER).toEqual(['0', '30000', '100000', '-70000']);
    expect(balances(day).BANK).toEqual(['0', '10000', '0', '10000']);
  });
});
