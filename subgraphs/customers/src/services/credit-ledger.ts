import type { CustomerCreditChangedPayload } from '@pos/kit';
import { EventTypes } from '@pos/kit';
import { appendKeyedEntry, entryByKey } from '@pos/kit/db/keyed-ledger';
import { entryIdOf, streamIdOf } from '@pos/kit/db/ledger';
import { getOwnedMany } from '@pos/kit/db/store';
import { newEvent, withOutbox } from '@pos/kit/events/outbox';
import type { CreditEntryDoc, CreditKind, CustomersModels } from '../models';
import type { Actor } from './actor';
import { ageCharges, openCharges } from './credit-ageing';
import { findCustomer } from './lookup';
import { entriesOfOrder, indexByOrder } from './order-index';

/** What a caller decides; the ledger fills in balance, period and due-date state. */
export interface CreditChange {
  kind: CreditKind;
  change: number;
  dueDate?: string | null;
  reverses?: string | null;
  method?: 'CASH' | 'TRANSFER' | null;
  orderId?: string | null;
  branchId?: string | null;
  note?: string | null;
}

/** Where compensations of charges that never happened are recorded, so their keys are taken. */
const NO_CUSTOMER = '-';
const PUBLISHED_KIND: Record<string, CustomerCreditChangedPayload['kind']> = {
  CHARGE: 'CHARGE',
  REPAYMENT: 'REPAYMENT',
  REVERSAL: 'REVERSAL',
};

/**
 * A customer's credit ledger. Each change is keyed (order and step, request, event) so it
 * happens once; limits are checked against the head the entry extends (sequence guard). Every
 * real change carries a `customers.credit-changed` event in its own document (outbox).
 */
export class CreditLedger {
  constructor(
    private readonly models: CustomersModels,
    private readonly actor: Actor,
    private readonly onEvents: () => void,
  ) {}

  async append(
    customerId: string,
    key: string,
    date: string,
    decide: (head: CreditEntryDoc | null) => CreditChange,
  ): Promise<{ entry: CreditEntryDoc; replayed: boolean }> {
    const { merchantId } = this.actor;
    const result = await appendKeyedEntry<CreditEntryDoc, CreditEntryDoc>(this.models.credit, {
      stream: { merchantId, customerId },
      scope: { merchantId },
      key,
      decide: async (head) => {
        const change = decide(head);
        const balance = (head?.balance ?? 0) + change.change;
        const seq = (head?.seq ?? 0) + 1;
        const fresh = !head || head.balance <= 0;
        const openSince = fresh ? seq : head.openSince;
        const period = fresh ? [] : await this.period(customerId, head.openSince, head.seq);
        const opening = fresh ? (head?.balance ?? 0) : periodOpening(period);
        const entry = { ...change, key, date, dueDate: change.dueDate ?? null };
        const { dueDate } = ageCharges(openCharges([...period, entry], opening), date);
        const at = new Date();
        const fields = {
          ...change,
          merchantId,
          customerId,
          balance,
          openSince,
          oldestDueDate: balance > 0 ? dueDate : null,
          date,
          at,
          recordedBy: this.actor.userId,
        };
        const kind =
          PUBLISHED_KIND[change.kind === 'MERGE' ? (change.change > 0 ? 'CHARGE' : 'REVERSAL') : change.kind];
        if (!kind || change.change === 0) return fields as never;
        const payload: CustomerCreditChangedPayload = {
          customerId,
          entrySeq: seq,
          kind,
          change: change.change,
          balance,
          dueDate: fields.oldestDueDate,
          at: at.toISOString(),
          method: change.method ?? null,
          branchId: change.branchId ?? null,
          businessDate: date,
          recordedBy: this.actor.userId,
        };
        const event = newEvent({
          id: `customers.credit:${merchantId}:${key}`,
          type: EventTypes.CustomerCreditChanged,
          merchantId,
          ...(change.branchId ? { branchId: change.branchId } : {}),
          payload: payload as unknown as Record<string, unknown>,
        });
        return withOutbox(fields, [event]) as never;
      },
    });
    await indexByOrder(this.models.credit, merchantId, result.entry);
    if (!result.replayed) this.onEvents();
    return result;
  }

  /** Takes a key for a charge that never happened, unless the charge got there first. */
  async cancelKey(key: string, date: string): Promise<CreditEntryDoc> {
    const { entry } = await this.append(NO_CUSTOMER, key, date, () => ({
      kind: 'CHARGE_CANCELLED',
      change: 0,
    }));
    return entry;
  }

  async byKey(key: string): Promise<CreditEntryDoc | null> {
    return entryByKey<CreditEntryDoc>(this.models.credit, { merchantId: this.actor.merchantId }, key);
  }

  async byOrder(orderId: string, kinds: readonly CreditKind[]): Promise<CreditEntryDoc[]> {
    const entries = await entriesOfOrder<CreditEntryDoc>(this.models.credit, this.actor.merchantId, orderId);
    return entries.filter((e) => kinds.includes(e.kind));
  }

  /** Entries of the current period of debt up to the head, oldest first. */
  period(customerId: string, since: number, headSeq: number): Promise<CreditEntryDoc[]> {
    return creditPeriod(this.models, this.actor.merchantId, customerId, since, headSeq);
  }

  /**
   * Takes back what a charge added, less what refunds to credit already took back for its
   * order. Keyed `<charge key>:reverse`, shared by the saga's compensation and a void.
   */
  async reverse(charge: CreditEntryDoc, date: string): Promise<void> {
    if (charge.kind !== 'CHARGE') return;
    const returned = charge.orderId
      ? (await this.byOrder(charge.orderId, ['REVERSAL']))
          .filter((e) => !e.key.endsWith(':reverse'))
          .reduce((s, e) => s - e.change, 0)
      : 0;
    const amount = Math.max(0, charge.change - returned);
    const owner =
      (await findCustomer(this.models, this.actor.merchantId, charge.customerId))?._id ?? charge.customerId;
    await this.append(owner, `${charge.key}:reverse`, date, () => ({
      kind: 'REVERSAL',
      change: -amount,
      reverses: charge.key,
      orderId: charge.orderId ?? null,
      branchId: charge.branchId ?? null,
    }));
  }
}

/**
 * Entries `since..headSeq` of a customer's credit stream, each read by key (`<stream>#<seq>`):
 * the cost follows the customer's open period, not the ledger.
 */
export async function creditPeriod(
  models: CustomersModels,
  merchantId: string,
  customerId: string,
  since: number,
  headSeq: number,
): Promise<CreditEntryDoc[]> {
  const streamId = streamIdOf({ merchantId, customerId });
  const ids: string[] = [];
  for (let seq = since; seq <= headSeq; seq++) ids.push(entryIdOf(streamId, seq));
  const entries = await getOwnedMany<CreditEntryDoc>(models.credit, ids, merchantId);
  return entries.filter((e): e is CreditEntryDoc => e !== null);
}

/** Balance before the first entry of a period. */
export function periodOpening(period: readonly CreditEntryDoc[]): number {
  const first = period[0];
  return first ? first.balance - first.change : 0;
}
