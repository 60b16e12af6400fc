import { errorResult, op } from '@pos/kit';
import { appendKeyedEntry, entryByKey } from '@pos/kit/db/keyed-ledger';
import type { CustomersModels, PointsEntryDoc, PointsKind } from '../models';
import type { Actor } from './actor';
import { findCustomer } from './lookup';
import { entriesOfOrder, indexByOrder } from './order-index';

type NewPoints = Omit<PointsEntryDoc, '_id' | 'seq' | 'key' | 'latest' | 'merchantId' | 'customerId'>;

/** Where compensations of steps that never happened are recorded, so their keys are taken. */
const NO_CUSTOMER = '-';

export const insufficientPoints = (points: number, message = 'The customer does not have enough points') =>
  errorResult('InsufficientPoints', message, { points });

/**
 * A customer's points ledger. Every change is keyed (by order and step, event, or request) so it
 * happens once; spending is guarded by the ledger's sequence, so concurrent redemptions cannot
 * take the balance below zero.
 */
export class PointsLedger {
  constructor(
    private readonly models: CustomersModels,
    private readonly actor: Actor,
  ) {}

  /** Appends `build(balance)` under `key`; the first outcome under a key is final. */
  async append(customerId: string, key: string, build: (balance: number) => NewPoints) {
    const { merchantId } = this.actor;
    const result = await appendKeyedEntry<PointsEntryDoc, PointsEntryDoc>(this.models.points, {
      stream: { merchantId, customerId },
      scope: { merchantId },
      key,
      decide: (head) => ({ merchantId, customerId, ...build(head?.balance ?? 0) }) as never,
    });
    await indexByOrder(this.models.points, merchantId, result.entry);
    return result;
  }

  /** Spends points unless that would go below zero; the refusal is recorded for replays too. */
  async spend(customerId: string, key: string, points: number, fields: Partial<NewPoints>, kind: PointsKind) {
    const { entry } = await this.append(customerId, key, (balance) =>
      points > balance
        ? { ...fields, kind: 'REDEEM_REFUSED', change: 0, balance, at: new Date() }
        : { ...fields, kind, change: -points, balance: balance - points, at: new Date() },
    );
    return entry;
  }

  /** Takes a key for a step that never happened, unless the step got there first. */
  async cancelKey(key: string, kind: PointsKind): Promise<PointsEntryDoc> {
    const { entry } = await this.append(NO_CUSTOMER, key, (balance) => ({
      kind,
      change: 0,
      balance,
      at: new Date(),
    }));
    return entry;
  }

  async byKey(key: string): Promise<PointsEntryDoc | null> {
    return entryByKey<PointsEntryDoc>(this.models.points, { merchantId: this.actor.merchantId }, key);
  }

  async byOrder(orderId: string, kinds: readonly PointsKind[]): Promise<PointsEntryDoc[]> {
    const entries = await entriesOfOrder<PointsEntryDoc>(this.models.points, this.actor.merchantId, orderId);
    return entries.filter((e) => kinds.includes(e.kind));
  }

  /**
   * Gives back what a redemption took, less what refunds (keys not ending `:reverse`) already
   * gave back for its order.
   * Keyed `<redemption key>:reverse`, shared by the saga's compensation and a void, so the two
   * never give the points back twice.
   */
  async giveBack(redemption: PointsEntryDoc): Promise<void> {
    if (redemption.kind !== 'REDEEM') return;
    const returned = redemption.orderId
      ? (await this.byOrder(redemption.orderId, ['REDEEM_REVERSAL']))
          .filter((e) => !e.key.endsWith(':reverse'))
          .reduce((s, e) => s + e.change, 0)
      : 0;
    const points = Math.max(0, -redemption.change - returned);
    await this.append(await this.owner(redemption.customerId), `${redemption.key}:reverse`, (balance) => ({
      kind: 'REDEEM_REVERSAL',
      change: points,
      balance: balance + points,
      orderId: redemption.orderId ?? null,
      branchId: redemption.branchId ?? null,
      at: new Date(),
    }));
  }

  /** Who holds a stream's balance now: a merged customer's entries go to the survivor. */
  async owner(customerId: string): Promise<string> {
    return (await findCustomer(this.models, this.actor.merchantId, customerId))?._id ?? customerId;
  }

  /** A page of the customer's public entries, newest first. */
  async history(customerId: string, first: number, after: number | null, kinds: readonly string[]) {
    const rows = await this.models.points
      .find({
        merchantId: this.actor.merchantId,
        customerId,
        kind: op({ $in: [...kinds] }),
        ...(after !== null ? { seq: op({ $lt: after }) } : {}),
      })
      .sort({ seq: -1 })
      .limit(first + 1)
      .lean<PointsEntryDoc[]>();
    const nodes = rows.slice(0, first);
    const more = rows.length > first;
    return { nodes, hasNextPage: more, endCursor: more ? String(nodes.at(-1)?.seq) : null };
  }
}
