import { appendKeyedEntry, latestEntries } from '@pos/kit/db/keyed-ledger';
import type { CustomersModels, PurchaseEntryDoc } from '../models';
import type { Actor } from './actor';
import { entriesOfOrder, indexByOrder } from './order-index';

export interface PurchaseStats {
  visitCount: number;
  totalSpent: number;
  lastVisitAt: Date | null;
  firstVisitAt: Date | null;
}

export const NO_PURCHASES: PurchaseStats = {
  visitCount: 0,
  totalSpent: 0,
  lastVisitAt: null,
  firstVisitAt: null,
};

interface PurchaseChange {
  kind: PurchaseEntryDoc['kind'];
  spent: number;
  visits: number;
  orderId?: string | null;
  visitAt?: Date | null;
  firstVisitAt?: Date | null;
}

/** Purchase stats kept from the orders' events: one keyed entry per fact, so each counts once. */
export class PurchaseStatsService {
  constructor(
    private readonly models: CustomersModels,
    private readonly actor: Actor,
  ) {}

  async record(
    customerId: string,
    key: string,
    change: PurchaseChange | ((head: PurchaseEntryDoc | null) => PurchaseChange),
  ): Promise<PurchaseEntryDoc> {
    const { merchantId } = this.actor;
    const { entry } = await appendKeyedEntry<PurchaseEntryDoc, PurchaseEntryDoc>(this.models.purchases, {
      stream: { merchantId, customerId },
      scope: { merchantId },
      key,
      decide: (head) => {
        const resolved = typeof change === 'function' ? change(head) : change;
        const visitAt = resolved.visitAt ?? null;
        const last = head?.lastVisitAt ?? null;
        const first = earliest(head?.firstVisitAt ?? null, resolved.firstVisitAt ?? visitAt);
        return {
          merchantId,
          customerId,
          kind: resolved.kind,
          change: resolved.spent,
          balance: (head?.balance ?? 0) + resolved.spent,
          visitCount: (head?.visitCount ?? 0) + resolved.visits,
          visits: resolved.visits,
          lastVisitAt: visitAt && (!last || visitAt > last) ? visitAt : last,
          firstVisitAt: first,
          orderId: resolved.orderId ?? null,
          at: new Date(),
        } as never;
      },
    });
    await indexByOrder(this.models.purchases, merchantId, entry);
    return entry;
  }

  /** What is still counted as spent on an order (its sale less refunds), for a void to take back. */
  async spentOn(orderId: string): Promise<number> {
    const rows = await entriesOfOrder<PurchaseEntryDoc>(
      this.models.purchases,
      this.actor.merchantId,
      orderId,
    );
    return rows.reduce((s, r) => s + r.change, 0);
  }

  async stats(customerIds: readonly string[]): Promise<Map<string, PurchaseStats>> {
    const { merchantId } = this.actor;
    const heads = await latestEntries<PurchaseEntryDoc>(
      this.models.purchases,
      customerIds.map((customerId) => ({ merchantId, customerId })),
      'customerId',
    );
    const out = new Map<string, PurchaseStats>();
    for (const [id, h] of heads) {
      out.set(id, {
        visitCount: h.visitCount,
        totalSpent: h.balance,
        lastVisitAt: h.lastVisitAt ?? null,
        firstVisitAt: h.firstVisitAt ?? null,
      });
    }
    return out;
  }
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
