import { createHash } from 'node:crypto';
import {
  checkAmount,
  checkOptionalId,
  checkText,
  type DomainEvent,
  EventTypes,
  errorResult,
  getOwned,
  merchantDate,
  notFoundResult,
  op,
  putByKey,
  TEXT_MAX,
} from '@pos/kit';
import { addDays } from '@pos/kit/dates';
import {
  type AccountBalance,
  CASH_ACCOUNTS,
  type CashAccount,
  type CashBookClosingRow,
  type CashBookDayRow,
  type CashBookEntryRow,
  type CashBookHeadRow,
  type ReportsModels,
} from '../models';
import { consumeEvent, type ProjectionDeps } from '../projections';
import { bookLock, closingId, headId } from '../projections/cashbook.book';
import type { CashBookCorrectedPayload } from '../projections/cashbook.projection';
import { upsertAll } from '../projections/upsert';
import { isOwnBranch } from './branches';
import { type CashBookDay, CashBookReader, lineOf } from './cashbook.service';
import { type ReportScope, visibleBranches } from './scope';

export interface CorrectionInput {
  branchId: string;
  account: CashAccount;
  direction: 'IN' | 'OUT';
  amount: number;
  reason: string;
  correctsEntryId?: string | null;
  correctsDate?: string | null;
  idempotencyKey: string;
}

const notFound = notFoundResult;
const keyReused = () => errorResult('IdempotencyKeyReused', 'This key was used for another request');

/**
 * Closes a branch's cash book through a day and puts closed days right with corrections. Both
 * write under the branch's book lock, the one the projection of every entry takes, so a day is
 * never closed while an entry is being booked into it.
 */
export class CashBookWriter {
  constructor(
    private readonly models: ReportsModels,
    private readonly scope: ReportScope,
    private readonly deps: ProjectionDeps,
    /** Refreshes the merchant's letterhead (its branches) from users. */
    private readonly refreshProfile: () => Promise<void>,
  ) {}

  /**
   * Closes every open day of the branch up to `date` (today at the latest, in the merchant's
   * zone): each day's balances per account are stored and never change again. Facts about a
   * closed day that arrive later are booked on the next open day.
   */
  async close(branchId: string, date: string) {
    visibleBranches(this.scope, branchId);
    if (!(await isOwnBranch(this.models, this.scope, branchId, this.refreshProfile)))
      return notFound('Branch');
    const today = await merchantDate(this.deps.zones, this.scope.merchantId, new Date());
    if (date > today) return errorResult('CashBookDayNotStarted', `${date} has not begun yet`, { today });
    const refused = await this.deps.lock.run(bookLock(this.scope.merchantId, branchId), () =>
      this.closeThrough(branchId, date),
    );
    if (refused) return refused;
    const [day] = (await new CashBookReader(this.models, this.scope).read(branchId, date, date)).days;
    return { __typename: 'CashBookDay' as const, ...(day as CashBookDay) };
  }

  private async closeThrough(branchId: string, date: string) {
    const { merchantId, userId } = this.scope;
    const head = await getOwned<CashBookHeadRow>(
      this.models.cashBookHeads,
      headId(merchantId, branchId),
      merchantId,
    );
    if (head && date <= head.closedThrough)
      return errorResult(
        'CashBookDayClosed',
        `The book of this branch is closed through ${head.closedThrough}`,
        {
          closedThrough: head.closedThrough,
        },
      );
    const rows = await this.models.cashBookDays
      .find({ merchantId, branchId, date: op({ $gt: head?.closedThrough ?? '', $lte: date }) })
      .select({ entries: 0 })
      .lean<CashBookDayRow[]>()
      .exec();
    const first = head ? addDays(head.closedThrough, 1) : (rows.map((r) => r.date).sort()[0] ?? date);
    const balances: Record<CashAccount, number> = { CASH_DRAWER: 0, BANK: 0, EWALLET: 0, COURIER_CASH: 0 };
    Object.assign(balances, head?.balances ?? {});
    const closedAt = new Date();
    const closings: CashBookClosingRow[] = [];
    for (let day = first; day <= date; day = addDays(day, 1)) {
      const accounts: AccountBalance[] = CASH_ACCOUNTS.map((account) => {
        const row = rows.find((r) => r.date === day && r.account === account);
        const opening = balances[account];
        const closing = opening + (row?.moneyIn ?? 0) - (row?.moneyOut ?? 0);
        balances[account] = closing;
        return { account, opening, moneyIn: row?.moneyIn ?? 0, moneyOut: row?.moneyOut ?? 0, closing };
      });
      closings.push({
        _id: closingId(merchantId, branchId, day),
        merchantId,
        branchId,
        date: day,
        closedThrough: date,
        closedAt,
        closedBy: userId,
        accounts,
      });
    }
    // The closing rows first, the head last: a crash in between leaves the day open, and closing
    // it again writes the same rows.
    await upsertAll(this.models.cashBookClosings, closings);
    await putByKey(this.models.cashBookHeads, headId(merchantId, branchId), {
      merchantId,
      branchId,
      closedThrough: date,
      balances,
      closedAt,
      closedBy: userId,
    });
    return null;
  }

  /**
   * A correction: a new entry on today's page of the book (the next open day when today is
   * closed), naming the entry or day it puts right. Nothing already in the book changes.
   */
  async correct(input: CorrectionInput) {
    const amount = checkAmount(input.amount, 'amount', 'positiveMoney');
    const reason = checkText(input.reason, 'reason', TEXT_MAX.note);
    const key = checkText(input.idempotencyKey, 'idempotencyKey', 128);
    const correctsEntryId = checkOptionalId(input.correctsEntryId, 'correctsEntryId') ?? null;
    const { merchantId, userId } = this.scope;
    visibleBranches(this.scope, input.branchId);
    if (!(await isOwnBranch(this.models, this.scope, input.branchId, this.refreshProfile)))
      return notFound('Branch');
    if (correctsEntryId) {
      const corrected = await getOwned<CashBookEntryRow>(
        this.models.cashBookEntries,
        correctsEntryId,
        merchantId,
      );
      if (corrected?.branchId !== input.branchId) return notFound('CashBookEntry');
    }
    const signed = input.direction === 'IN' ? amount : -amount;
    const requestHash = JSON.stringify([
      input.branchId,
      input.account,
      signed,
      reason,
      correctsEntryId,
      input.correctsDate ?? null,
    ]);
    const eventId = `cashbook-correction:${createHash('sha256').update(`${merchantId}\u0000${key}`).digest('hex').slice(0, 32)}`;
    const entryId = `${eventId}:cb0`;
    const earlier = await getOwned<CashBookEntryRow>(this.models.cashBookEntries, entryId, merchantId);
    if (!earlier) {
      const payload: CashBookCorrectedPayload = {
        branchId: input.branchId,
        account: input.account,
        amount: signed,
        reason,
        correctsEntryId,
        correctsDate: input.correctsDate ?? null,
        businessDate: await merchantDate(this.deps.zones, merchantId, new Date()),
        recordedBy: userId,
        requestHash,
      };
      const event: DomainEvent = {
        id: eventId,
        type: EventTypes.CashBookCorrected,
        merchantId,
        branchId: input.branchId,
        occurredAt: new Date(),
        payload: { ...payload },
      };
      await consumeEvent(this.models, event, this.deps);
    }
    const entry =
      earlier ?? (await getOwned<CashBookEntryRow>(this.models.cashBookEntries, entryId, merchantId));
    if (!entry) throw new Error(`correction ${entryId} was not booked`);
    if (entry.requestHash !== requestHash) return keyReused();
    return { __typename: 'CashBookLine' as const, ...lineOf(entry) };
  }
}
