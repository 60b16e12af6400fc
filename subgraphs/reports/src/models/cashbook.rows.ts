import type { PaymentMethod } from '@pos/kit';

/**
 * Where a branch's money is. Payments map to accounts by method (`ACCOUNT_OF_METHOD`):
 * - CASH_DRAWER: the branch's cash, in its drawers and safe (cash payments, cash in and out,
 *   hand-overs, shift variances, kasbon paid or repaid in cash, expenses paid in cash);
 * - BANK: the merchant's bank account, for this branch (bank transfers; card payments, which the
 *   acquirer settles to the bank);
 * - EWALLET: the payment provider's account that settles QRIS and e-wallet payments;
 * - COURIER_CASH: cash couriers collected on delivery and have not handed over yet.
 * Customer credit and points move no money (a receivable and a discount): no account.
 */
export const CASH_ACCOUNTS = ['CASH_DRAWER', 'BANK', 'EWALLET', 'COURIER_CASH'] as const;
export type CashAccount = (typeof CASH_ACCOUNTS)[number];

export const ACCOUNT_OF_METHOD: Record<PaymentMethod, CashAccount | null> = {
  CASH: 'CASH_DRAWER',
  BANK_TRANSFER: 'BANK',
  CARD: 'BANK',
  QRIS: 'EWALLET',
  EWALLET: 'EWALLET',
  CUSTOMER_CREDIT: null,
  POINTS: null,
};

export const CASH_BOOK_KINDS = [
  'SALE',
  'VOID',
  'REFUND',
  'COD_COLLECTED',
  'COURIER_HANDOVER',
  'CASH_IN',
  'CASH_OUT',
  'EXPENSE',
  'SHIFT_VARIANCE',
  'KASBON_GIVEN',
  'KASBON_REPAID',
  'CORRECTION',
] as const;
export type CashBookKind = (typeof CASH_BOOK_KINDS)[number];

/**
 * One movement of money in one account of a branch's cash book. Written once (its `_id` derives
 * from the event and the account), never edited but for its `inDay` mark: a fact that arrives for
 * a day already closed is booked on the next open day (`late`), and a mistake is put right by a
 * CORRECTION entry.
 */
export interface CashBookEntryRow {
  _id: string;
  merchantId: string;
  branchId: string;
  account: CashAccount;
  kind: CashBookKind;
  /** Signed: positive into the account, negative out of it. */
  amount: number;
  /** The day of the book it counts in. */
  bookDate: string;
  /** The business day it happened. Before `bookDate` when it arrived after that day was closed. */
  businessDate: string;
  late: boolean;
  /** Listed one by one; sales that arrived in time are summed into one line per day and account. */
  itemized: boolean;
  description: string;
  /** What a person looks the entry up by: an order number, a shift, a delivery. */
  reference: string | null;
  orderId: string | null;
  shiftId: string | null;
  courierId: string | null;
  customerId: string | null;
  /** KASBON of staff: the staff member. */
  userId: string | null;
  /** CORRECTION: the entry and day it puts right. */
  correctsEntryId: string | null;
  correctsDate: string | null;
  recordedBy: string | null;
  eventId: string;
  /** CORRECTION: the request, to tell a replay from a reuse of its key. */
  requestHash: string | null;
  at: Date;
  /** Counted into its day row and settled out of the row's list (see `addToDayRow`); the one field set later. */
  inDay?: boolean;
}

/** One account of one day of a branch: the totals of its entries, each entry added once. */
export interface CashBookDayRow {
  _id: string;
  merchantId: string;
  branchId: string;
  date: string;
  account: CashAccount;
  moneyIn: number;
  moneyOut: number;
  /** Sales that arrived in time, shown as one line: their sum and count. */
  sales: number;
  salesCount: number;
  /** Entries added since they were last settled (then marked `inDay`); a handful at most. */
  entries: string[];
}

export interface AccountBalance {
  account: CashAccount;
  opening: number;
  moneyIn: number;
  moneyOut: number;
  closing: number;
}

/** A closed day of a branch: its balances as they were closed (they never change after). */
export interface CashBookClosingRow {
  _id: string;
  merchantId: string;
  branchId: string;
  date: string;
  /** The closing that locked it: every open day up to `closedThrough` closes at once. */
  closedThrough: string;
  closedAt: Date;
  closedBy: string;
  accounts: AccountBalance[];
}

/** A branch's book: closed through a day, with the closing balances of that day. */
export interface CashBookHeadRow {
  _id: string;
  merchantId: string;
  branchId: string;
  closedThrough: string;
  balances: Record<CashAccount, number>;
  closedAt: Date;
  closedBy: string;
}
