import { badInput, getOwnedMany, op } from '@pos/kit';
import { addDays } from '@pos/kit/dates';
import { latestEntries } from '@pos/kit/db/keyed-ledger';
import type { CreditEntryDoc, CustomerDoc, CustomersModels } from '../models';
import { CREDIT_KINDS } from '../models';
import type { Actor } from './actor';
import { ageCharges, daysBetween, openCharges } from './credit-ageing';
import { creditPeriod, periodOpening } from './credit-ledger';
import type { SettingsService } from './settings.service';

export interface CreditSummary {
  balance: number;
  dueDate: string | null;
  overdue: number;
}

export interface CreditBalanceMapper {
  customer: CustomerDoc;
  balance: number;
  overdue: number;
  dueDate: string;
  standing: 'DUE_SOON' | 'OVERDUE';
  daysOverdue: number;
}

/** Reads of the credit ledger: balances with their ageing, statements, the reminder list. */
export class CreditQueries {
  constructor(
    private readonly models: CustomersModels,
    private readonly actor: Actor,
    private readonly settings: SettingsService,
  ) {}

  /** Summaries of many customers: heads and open periods, every entry read by key. */
  async summaries(customerIds: readonly string[], asOf?: string): Promise<Map<string, CreditSummary>> {
    const { merchantId } = this.actor;
    const date = asOf ?? (await this.settings.today(merchantId));
    const heads = await latestEntries<CreditEntryDoc>(
      this.models.credit,
      customerIds.map((customerId) => ({ merchantId, customerId })),
      'customerId',
    );
    const owing = [...heads.values()].filter((h) => h.balance > 0);
    const periods = new Map(
      await Promise.all(
        owing.map(
          async (h) =>
            [
              h.customerId,
              await creditPeriod(this.models, merchantId, h.customerId, h.openSince, h.seq),
            ] as const,
        ),
      ),
    );
    const result = new Map<string, CreditSummary>();
    for (const id of customerIds) {
      const head = heads.get(id);
      const period = periods.get(id) ?? [];
      const aged =
        head && head.balance > 0 ? ageCharges(openCharges(period, periodOpening(period)), date) : null;
      result.set(id, {
        balance: head?.balance ?? 0,
        dueDate: aged?.dueDate ?? null,
        overdue: aged?.overdue ?? 0,
      });
    }
    return result;
  }

  /** Customers who owe and are overdue or due within `withinDays`, most overdue first. */
  async balances(standing: 'DUE_SOON' | 'OVERDUE' | null, withinDays: number, asOf?: string | null) {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 365)
      throw badInput('withinDays must be 0..365', 'withinDays');
    const { merchantId } = this.actor;
    const date = asOf ?? (await this.settings.today(merchantId));
    const horizon = addDays(date, withinDays);
    // Candidates from the heads' stored oldest due date; the summaries recheck against true heads.
    const candidates = await this.models.credit
      .find({ merchantId, latest: true, oldestDueDate: op({ $lte: horizon }) })
      .select({ customerId: 1 })
      .lean<{ customerId: string }[]>();
    const ids = [...new Set(candidates.map((c) => c.customerId))];
    if (ids.length === 0) return [];
    const summaries = await this.summaries(ids, date);
    const customers = await getOwnedMany<CustomerDoc>(this.models.customers, ids, merchantId);
    const list: CreditBalanceMapper[] = [];
    for (const customer of customers) {
      if (!customer) continue;
      const s = summaries.get(customer._id);
      if (!s || s.balance <= 0 || !s.dueDate || s.dueDate > horizon) continue;
      const late = s.dueDate < date;
      if (standing && standing !== (late ? 'OVERDUE' : 'DUE_SOON')) continue;
      list.push({
        customer,
        balance: s.balance,
        overdue: s.overdue,
        dueDate: s.dueDate,
        standing: late ? 'OVERDUE' : 'DUE_SOON',
        daysOverdue: late ? daysBetween(s.dueDate, date) : 0,
      });
    }
    return list.sort(
      (a, b) => b.daysOverdue - a.daysOverdue || a.dueDate.localeCompare(b.dueDate) || b.balance - a.balance,
    );
  }

  /** Entries between two business dates, with the balances around them. */
  async statement(customerId: string, from?: string | null, to?: string | null) {
    const { merchantId } = this.actor;
    const filter: Record<string, unknown> = { merchantId, customerId, kind: op({ $in: [...CREDIT_KINDS] }) };
    const range: Record<string, string> = {};
    if (from) range.$gte = from;
    if (to) range.$lte = to;
    if (from || to) filter.date = op(range);
    const entries = await this.models.credit.find(filter).sort({ seq: 1 }).lean<CreditEntryDoc[]>();
    const before = from
      ? await this.models.credit
          .findOne({ merchantId, customerId, date: op({ $lt: from }) })
          .sort({ seq: -1 })
          .lean<CreditEntryDoc>()
      : null;
    const openingBalance = entries[0] ? entries[0].balance - entries[0].change : (before?.balance ?? 0);
    return { openingBalance, entries, closingBalance: entries.at(-1)?.balance ?? openingBalance };
  }
}
