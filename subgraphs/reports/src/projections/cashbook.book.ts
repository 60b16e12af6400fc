import { getOwned, insertDocument, isDuplicateKey } from '@pos/kit';
import { addDays } from '@pos/kit/dates';
import type { CashAccount, CashBookEntryRow, CashBookHeadRow, CashBookKind, ReportsModels } from '../models';
import { addToDayRow } from './day-rows';
import type { ProjectionDeps } from './deps';

/** An entry as a projector proposes it; the book decides the day it counts in. */
export interface CashBookDraft {
  /** Deterministic: `<event id>:cb<n>`, so a redelivered event finds its entries. */
  _id: string;
  account: CashAccount;
  kind: CashBookKind;
  amount: number;
  businessDate: string;
  description: string;
  reference?: string | null;
  orderId?: string | null;
  shiftId?: string | null;
  courierId?: string | null;
  customerId?: string | null;
  userId?: string | null;
  correctsEntryId?: string | null;
  correctsDate?: string | null;
  recordedBy?: string | null;
  requestHash?: string | null;
  at: Date;
}

export const headId = (merchantId: string, branchId: string) => `${merchantId}|${branchId}`;
export const dayRowId = (merchantId: string, branchId: string, date: string, account: CashAccount) =>
  `${merchantId}|${branchId}|${date}|${account}`;
export const closingId = (merchantId: string, branchId: string, date: string) =>
  `${merchantId}|${branchId}|${date}`;

/** The lock every writer of a branch's book takes: entries, closings and corrections of it. */
export const bookLock = (merchantId: string, branchId: string) => `cashbook:${merchantId}|${branchId}`;

/** The first day still open: the day after the last closed one (or the day itself). */
export function openDayFor(date: string, head: Pick<CashBookHeadRow, 'closedThrough'> | null): string {
  return head && date <= head.closedThrough ? addDays(head.closedThrough, 1) : date;
}

/**
 * Books entries into a branch's cash book, under the branch's lock (closing takes it too, so no
 * entry lands in a day while it is being closed). An entry already written (a redelivery) keeps
 * the day it was booked on; a new one whose day is closed goes to the next open day, marked
 * `late`. Every read and write is by exact `_id`.
 */
export async function bookEntries(
  models: ReportsModels,
  deps: ProjectionDeps,
  merchantId: string,
  branchId: string,
  eventId: string,
  drafts: readonly CashBookDraft[],
): Promise<CashBookEntryRow[]> {
  const live = drafts.filter((d) => d.amount !== 0);
  if (live.length === 0) return [];
  return deps.lock.run(bookLock(merchantId, branchId), async () => {
    const head = await getOwned<CashBookHeadRow>(
      models.cashBookHeads,
      headId(merchantId, branchId),
      merchantId,
    );
    const booked: CashBookEntryRow[] = [];
    for (const draft of live) {
      // Written first, read only when it was there already (a redelivery keeps its first day).
      const { entry, fresh } = await insertEntry(models, entryOf(merchantId, branchId, eventId, draft, head));
      await addToDay(models, entry, fresh);
      booked.push(entry);
    }
    return booked;
  });
}

function entryOf(
  merchantId: string,
  branchId: string,
  eventId: string,
  d: CashBookDraft,
  head: CashBookHeadRow | null,
): CashBookEntryRow {
  const bookDate = openDayFor(d.businessDate, head);
  const late = bookDate !== d.businessDate && d.kind !== 'CORRECTION';
  return {
    _id: d._id,
    merchantId,
    branchId,
    account: d.account,
    kind: d.kind,
    amount: d.amount,
    bookDate,
    businessDate: d.businessDate,
    late,
    itemized: d.kind !== 'SALE' || late,
    description: d.description,
    reference: d.reference ?? null,
    orderId: d.orderId ?? null,
    shiftId: d.shiftId ?? null,
    courierId: d.courierId ?? null,
    customerId: d.customerId ?? null,
    userId: d.userId ?? null,
    correctsEntryId: d.correctsEntryId ?? null,
    correctsDate: d.correctsDate ?? null,
    recordedBy: d.recordedBy ?? null,
    eventId,
    requestHash: d.requestHash ?? null,
    at: d.at,
  };
}

/** The entry as stored: this one (`fresh`), or the one a first delivery wrote under its key. */
async function insertEntry(
  models: ReportsModels,
  entry: CashBookEntryRow,
): Promise<{ entry: CashBookEntryRow; fresh: boolean }> {
  try {
    await insertDocument(models.cashBookEntries, { ...entry });
    return { entry, fresh: true };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    // Keys derive from the event id, which belongs to one merchant; another's would be a bug.
    const taken = await getOwned<CashBookEntryRow>(models.cashBookEntries, entry._id, entry.merchantId);
    if (!taken) throw new Error(`cash book entry ${entry._id} belongs to another merchant`);
    return { entry: taken, fresh: false };
  }
}

/** Adds an entry to its day and account once (see `addToDayRow`); the entry's `inDay` is its settled mark. */
async function addToDay(models: ReportsModels, e: CashBookEntryRow, fresh: boolean): Promise<void> {
  await addToDayRow({
    fresh,
    model: models.cashBookDays,
    _id: dayRowId(e.merchantId, e.branchId, e.bookDate, e.account),
    merchantId: e.merchantId,
    list: 'entries',
    item: e._id,
    $inc: {
      moneyIn: Math.max(e.amount, 0),
      moneyOut: Math.max(-e.amount, 0),
      sales: e.itemized ? 0 : e.amount,
      salesCount: e.itemized ? 0 : 1,
    },
    fields: { branchId: e.branchId, date: e.bookDate, account: e.account },
    settled: () => e.inDay === true,
    settle: async (ids) => {
      // One command; each update by exact `_id`. The entries are this merchant's (the day row is).
      await models.cashBookEntries.collection.bulkWrite(
        ids.map((id) => ({ updateOne: { filter: { _id: id as never }, update: { $set: { inDay: true } } } })),
        { ordered: false },
      );
    },
  });
}
