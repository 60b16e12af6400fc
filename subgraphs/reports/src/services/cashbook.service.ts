import { getOwned, op } from '@pos/kit';
import { addDays } from '@pos/kit/dates';
import {
  type AccountBalance,
  CASH_ACCOUNTS,
  type CashAccount,
  type CashBookClosingRow,
  type CashBookDayRow,
  type CashBookEntryRow,
  type CashBookHeadRow,
  type CashBookKind,
  type ReportsModels,
} from '../models';
import { closingId, headId } from '../projections/cashbook.book';
import { checkRange, type RangeLimit, type ReportScope, visibleBranches } from './scope';

/** The longest range of one cash book read or export: a quarter. */
export const CASH_BOOK_RANGE: RangeLimit = { days: 92 };

/** A line of a day: one entry, or the sales of an account that arrived in time, summed. */
export interface CashBookLine {
  entryId: string | null;
  kind: CashBookKind;
  account: CashAccount;
  description: string;
  amount: number;
  /** Entries in the line: the number of sales for a sales line, else 1. */
  count: number;
  /** The day of the book it counts in. */
  bookDate: string;
  businessDate: string;
  late: boolean;
  reference: string | null;
  orderId: string | null;
  shiftId: string | null;
  courierId: string | null;
  customerId: string | null;
  userId: string | null;
  correctsEntryId: string | null;
  correctsDate: string | null;
  recordedBy: string | null;
  at: Date | null;
}

export interface CashBookDay {
  date: string;
  branchId: string;
  closed: boolean;
  closedAt: Date | null;
  closedBy: string | null;
  accounts: AccountBalance[];
  lines: CashBookLine[];
}

export interface CashBook {
  branchId: string;
  from: string;
  to: string;
  closedThrough: string | null;
  days: CashBookDay[];
}

type Balances = Record<CashAccount, number>;
const zero = (): Balances => ({ CASH_DRAWER: 0, BANK: 0, EWALLET: 0, COURIER_CASH: 0 });

export const lineOf = (e: CashBookEntryRow): CashBookLine => ({
  entryId: e._id,
  kind: e.kind,
  account: e.account,
  description: e.description,
  amount: e.amount,
  count: 1,
  bookDate: e.bookDate,
  businessDate: e.businessDate,
  late: e.late,
  reference: e.reference,
  orderId: e.orderId,
  shiftId: e.shiftId,
  courierId: e.courierId,
  customerId: e.customerId,
  userId: e.userId,
  correctsEntryId: e.correctsEntryId,
  correctsDate: e.correctsDate,
  recordedBy: e.recordedBy,
  at: e.at,
});

const SALES_LINE: Record<CashAccount, string> = {
  CASH_DRAWER: 'Cash sales',
  BANK: 'Sales paid by transfer or card',
  EWALLET: 'Sales paid by QRIS or e-wallet',
  COURIER_CASH: 'Sales collected by couriers',
};

/**
 * Reads a branch's cash book: per day its opening and closing balance per account and its lines.
 * Bounded range reads of the book's rows for the branch (days, itemized entries, closings), plus
 * the balances before the range: the closing of the day before when it is closed, else the last
 * closing and the days after it (the open days, few when days are closed).
 */
export class CashBookReader {
  constructor(
    private readonly models: ReportsModels,
    private readonly scope: ReportScope,
  ) {}

  async read(branchId: string, from: string, to: string): Promise<CashBook> {
    checkRange({ from, to }, CASH_BOOK_RANGE);
    visibleBranches(this.scope, branchId);
    const { merchantId } = this.scope;
    const head = await getOwned<CashBookHeadRow>(
      this.models.cashBookHeads,
      headId(merchantId, branchId),
      merchantId,
    );
    const inRange = { merchantId, branchId, date: op({ $gte: from, $lte: to }) };
    const [opening, dayRows, closings, entries] = await Promise.all([
      this.balancesBefore(branchId, from, head),
      this.models.cashBookDays.find(inRange).lean<CashBookDayRow[]>().exec(),
      this.models.cashBookClosings.find(inRange).lean<CashBookClosingRow[]>().exec(),
      this.models.cashBookEntries
        .find({ merchantId, branchId, bookDate: op({ $gte: from, $lte: to }), itemized: true })
        .lean<CashBookEntryRow[]>()
        .exec(),
    ]);
    const rowsOf = groupBy(dayRows, (r) => r.date);
    // An entry is written just before its day's row counts it: a line shows once its row does
    // (the row lists it, or it is marked settled), so the lines and the balances of a day always
    // agree, also while entries are being booked.
    const listed = new Set(dayRows.flatMap((r) => r.entries));
    const entriesOf = groupBy(
      entries.filter((e) => e.inDay === true || listed.has(e._id)),
      (e) => e.bookDate,
    );
    const closingOf = new Map(closings.map((c) => [c.date, c]));
    const running = { ...opening };
    const days: CashBookDay[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const rows = rowsOf.get(date) ?? [];
      const closing = head && date <= head.closedThrough ? closingOf.get(date) : undefined;
      const accounts =
        closing?.accounts ??
        CASH_ACCOUNTS.map((account) => {
          const row = rows.find((r) => r.account === account);
          const moneyIn = row?.moneyIn ?? 0;
          const moneyOut = row?.moneyOut ?? 0;
          return {
            account,
            opening: running[account],
            moneyIn,
            moneyOut,
            closing: running[account] + moneyIn - moneyOut,
          };
        });
      for (const a of accounts) running[a.account] = a.closing;
      days.push({
        date,
        branchId,
        closed: Boolean(head && date <= head.closedThrough),
        closedAt: closing?.closedAt ?? null,
        closedBy: closing?.closedBy ?? null,
        accounts,
        lines: [...salesLines(date, rows), ...(entriesOf.get(date) ?? []).sort(byTime).map(lineOf)],
      });
    }
    return { branchId, from, to, closedThrough: head?.closedThrough ?? null, days };
  }

  /** Each account's balance at the end of the day before `date`. */
  private async balancesBefore(
    branchId: string,
    date: string,
    head: CashBookHeadRow | null,
  ): Promise<Balances> {
    const { merchantId } = this.scope;
    const before = addDays(date, -1);
    if (head && before <= head.closedThrough) {
      // Every day from the book's first one to `closedThrough` has its closing row; earlier days had nothing.
      const closed = await getOwned<CashBookClosingRow>(
        this.models.cashBookClosings,
        closingId(merchantId, branchId, before),
        merchantId,
      );
      return closed ? balancesOf(closed.accounts) : zero();
    }
    const balances = head ? { ...zero(), ...head.balances } : zero();
    const open = await this.models.cashBookDays
      .find({ merchantId, branchId, date: op({ $gt: head?.closedThrough ?? '', $lte: before }) })
      .select({ account: 1, moneyIn: 1, moneyOut: 1 })
      .lean<Pick<CashBookDayRow, 'account' | 'moneyIn' | 'moneyOut'>[]>()
      .exec();
    for (const r of open) balances[r.account] += r.moneyIn - r.moneyOut;
    return balances;
  }
}

export const balancesOf = (accounts: readonly AccountBalance[]): Balances => {
  const b = zero();
  for (const a of accounts) b[a.account] = a.closing;
  return b;
};

function salesLines(date: string, rows: readonly CashBookDayRow[]): CashBookLine[] {
  return rows
    .filter((r) => r.salesCount > 0)
    .sort((a, b) => CASH_ACCOUNTS.indexOf(a.account) - CASH_ACCOUNTS.indexOf(b.account))
    .map((r) => ({
      entryId: null,
      kind: 'SALE',
      account: r.account,
      description: SALES_LINE[r.account],
      amount: r.sales,
      count: r.salesCount,
      bookDate: date,
      businessDate: date,
      late: false,
      reference: null,
      orderId: null,
      shiftId: null,
      courierId: null,
      customerId: null,
      userId: null,
      correctsEntryId: null,
      correctsDate: null,
      recordedBy: null,
      at: null,
    }));
}

const byTime = (a: CashBookEntryRow, b: CashBookEntryRow) =>
  new Date(a.at).getTime() - new Date(b.at).getTime() || a._id.localeCompare(b._id);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    out.set(key, [...(out.get(key) ?? []), item]);
  }
  return out;
}
