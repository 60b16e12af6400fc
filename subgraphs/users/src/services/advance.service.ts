import { randomUUID } from 'node:crypto';
import {
  appendLedgerEntry,
  badInput,
  checkBalance,
  checkId,
  EventTypes,
  errorResult,
  forbidden,
  getOwned,
  hasScope,
  MAX_TOTAL,
  newEvent,
  notFound,
  op,
  type StaffAdvanceChangedPayload,
  type Viewer,
  withOutbox,
} from '@pos/kit';
import type { StaffAdvanceEntryDoc, UserDoc, UsersModels } from '../models';
import * as v from './validation';

export interface StaffAdvanceBalanceMapper {
  user: UserDoc;
  balance: number;
  overdue: number;
  nextDueDate: string | null;
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function businessDate(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/**
 * Splits a balance into its overdue part: repayments settle the oldest advances first, so what
 * is still owed belongs to the newest advances.
 */
export function ageBalance(
  entries: readonly Pick<StaffAdvanceEntryDoc, 'type' | 'change' | 'dueDate' | 'seq'>[],
  asOf: string,
) {
  const ordered = [...entries].sort((a, b) => a.seq - b.seq);
  let repaid = ordered.filter((e) => e.type === 'REPAYMENT').reduce((sum, e) => sum - e.change, 0);
  let overdue = 0;
  let nextDueDate: string | null = null;
  for (const e of ordered) {
    if (e.type !== 'ADVANCE') continue;
    const settled = Math.min(repaid, e.change);
    repaid -= settled;
    const open = e.change - settled;
    if (open <= 0) continue;
    nextDueDate ??= e.dueDate ?? null;
    if (e.dueDate && e.dueDate < asOf) overdue += open;
  }
  return { overdue, nextDueDate };
}

type Method = 'CASH' | 'TRANSFER' | 'PAYROLL';

/**
 * Staff cash advances (employee kasbon): a ledger per person, never an editable number. Each entry
 * announces itself (`users.staff-advance-changed`), so the branch that paid or took the money has
 * it in its cash book.
 */
export class AdvanceService {
  constructor(
    private readonly models: UsersModels,
    private readonly viewer: Viewer,
    /** Wakes the outbox relay after an entry with an event. */
    private readonly published: () => void = () => {},
  ) {}

  async record(input: {
    userId: string;
    amount: number;
    dueDate: string;
    branchId?: string | null;
    paidBy?: Method | null;
    note?: string | null;
  }) {
    const amount = v.positiveMoney(input.amount);
    const paidBy = input.paidBy ?? 'CASH';
    if (paidBy === 'PAYROLL') throw badInput('An advance is paid out in cash or by transfer', 'paidBy');
    await this.requireStaff(checkId(input.userId, 'userId'));
    if (input.branchId) await this.requireBranch(input.branchId);
    const note = v.optionalText(input.note, 'note');
    const announce = await this.announcer('ADVANCE', input.userId, paidBy, input.branchId ?? null);
    const result = await appendLedgerEntry(this.models.staffAdvances, this.stream(input.userId), (head) => {
      const balance = checkBalance(head?.balance ?? 0, amount, 'amount', { min: 0, max: MAX_TOTAL });
      const at = new Date();
      return {
        entry: withOutbox(
          {
            type: 'ADVANCE',
            change: amount,
            balance,
            dueDate: input.dueDate,
            method: paidBy,
            branchId: input.branchId ?? undefined,
            note,
            recordedBy: this.viewer.userId,
            at,
          },
          [announce((head?.seq ?? 0) + 1, amount, balance, at)],
        ) as unknown as Omit<StaffAdvanceEntryDoc, 'seq'>,
      };
    });
    if ('refuse' in result) throw new Error('unreachable');
    this.published();
    return this.latest(input.userId);
  }

  async repay(input: {
    userId: string;
    amount: number;
    method: Method;
    branchId?: string | null;
    note?: string | null;
  }) {
    const amount = v.positiveMoney(input.amount);
    await this.requireStaff(checkId(input.userId, 'userId'));
    if (input.branchId) await this.requireBranch(input.branchId);
    const note = v.optionalText(input.note, 'note');
    const announce = await this.announcer('REPAYMENT', input.userId, input.method, input.branchId ?? null);
    const result = await appendLedgerEntry<StaffAdvanceEntryDoc, number>(
      this.models.staffAdvances,
      this.stream(input.userId),
      (head) => {
        const balance = head?.balance ?? 0;
        if (amount > balance) return { refuse: balance };
        const at = new Date();
        return {
          entry: withOutbox(
            {
              type: 'REPAYMENT',
              change: -amount,
              balance: balance - amount,
              method: input.method,
              branchId: input.branchId ?? undefined,
              note,
              recordedBy: this.viewer.userId,
              at,
            },
            [announce((head?.seq ?? 0) + 1, -amount, balance - amount, at)],
          ) as unknown as Omit<StaffAdvanceEntryDoc, 'seq'>,
        };
      },
    );
    if (!('refuse' in result)) this.published();
    if ('refuse' in result) {
      return errorResult('RepaymentExceedsBalance', 'The repayment is more than what is owed', {
        balance: result.refuse,
      });
    }
    return { __typename: 'StaffAdvanceEntry' as const, ...(await this.latest(input.userId)) };
  }

  /** Everyone may read their own ledger; other people's need `advances:read`. */
  async ledger(userId: string): Promise<StaffAdvanceEntryDoc[]> {
    if (userId !== this.viewer.userId && !hasScope(this.viewer, 'advances:read')) {
      throw forbidden('You may only see your own advances');
    }
    return this.models.staffAdvances
      .find(this.stream(userId))
      .sort({ seq: 1 })
      .lean<StaffAdvanceEntryDoc[]>();
  }

  async balances(
    overdueOnly: boolean,
    asOf: string | null | undefined,
  ): Promise<StaffAdvanceBalanceMapper[]> {
    const merchantId = this.viewer.merchantId;
    const merchant = await this.models.merchants.findOne({ _id: merchantId }).lean();
    const date = asOf ?? businessDate(merchant?.timeZone ?? 'Asia/Jakarta');
    const entries = await this.models.staffAdvances
      .find({ merchantId })
      .sort({ userId: 1, seq: 1 })
      .lean<StaffAdvanceEntryDoc[]>();
    const byUser = new Map<string, StaffAdvanceEntryDoc[]>();
    for (const e of entries) byUser.set(e.userId, [...(byUser.get(e.userId) ?? []), e]);
    const users = await this.models.users
      .find({ merchantId, _id: op({ $in: [...byUser.keys()] }) })
      .lean<UserDoc[]>();
    const result: StaffAdvanceBalanceMapper[] = [];
    for (const user of users) {
      const list = byUser.get(user._id) ?? [];
      const balance = list.at(-1)?.balance ?? 0;
      if (balance <= 0) continue;
      const { overdue, nextDueDate } = ageBalance(list, date);
      if (overdueOnly && overdue <= 0) continue;
      result.push({ user, balance, overdue, nextDueDate });
    }
    return result.sort((a, b) => b.overdue - a.overdue || b.balance - a.balance);
  }

  private stream(userId: string) {
    return { merchantId: this.viewer.merchantId, userId };
  }

  /**
   * Builds the entry's event. Its id is fixed before the first attempt, so a retry on the next
   * sequence number carries the same event; the business date is the merchant's.
   */
  private async announcer(
    kind: 'ADVANCE' | 'REPAYMENT',
    userId: string,
    method: Method,
    branchId: string | null,
  ) {
    const { merchantId } = this.viewer;
    const merchant = await getOwned<{ timeZone: string }>(this.models.merchants, merchantId, merchantId, {
      tenantField: '_id',
      select: { timeZone: 1 },
    });
    const id = `users.advance:${randomUUID()}`;
    return (entrySeq: number, change: number, balance: number, at: Date) => {
      const payload: StaffAdvanceChangedPayload = {
        userId,
        entrySeq,
        kind,
        change,
        balance,
        method,
        branchId,
        businessDate: businessDate(merchant?.timeZone ?? 'Asia/Jakarta', at),
        recordedBy: this.viewer.userId,
        at: at.toISOString(),
      };
      return newEvent({
        id,
        type: EventTypes.StaffAdvanceChanged,
        merchantId,
        ...(branchId ? { branchId } : {}),
        occurredAt: at,
        payload: payload as unknown as Record<string, unknown>,
      });
    };
  }

  private async latest(userId: string): Promise<StaffAdvanceEntryDoc> {
    const e = await this.models.staffAdvances
      .findOne(this.stream(userId))
      .sort({ seq: -1 })
      .lean<StaffAdvanceEntryDoc>();
    if (!e) throw new Error('ledger entry missing after append');
    return e;
  }

  private async requireStaff(userId: string) {
    const u = await getOwned(this.models.users, userId, this.viewer.merchantId);
    if (!u) throw notFound('User');
  }

  private async requireBranch(branchId: string) {
    const b = await getOwned(this.models.branches, branchId, this.viewer.merchantId);
    if (!b) throw notFound('Branch');
  }
}
