import { type DomainEvent, isDuplicateKey, stageOutbox, withOutbox } from '@pos/kit';
import { Types } from 'mongoose';
import type { AdjustmentDoc, OrdersModels } from '../models';

export type AdjustmentDraft = Omit<
  AdjustmentDoc,
  '_id' | 'seq' | 'merchantId' | 'orderId' | 'key' | 'requestHash' | 'applied'
>;

export type AppendResult<R> = { created: AdjustmentDoc } | { replay: AdjustmentDoc } | { refuse: R };

/**
 * Appends a void or refund to an order's money-out ledger. `decide` sees the head entry (what
 * was given back so far) and returns the new entry or a refusal; the unique (order, seq) insert
 * makes two concurrent refunds decide one after the other, never both on the same head. The
 * event is stored in the entry itself: the entry is the state change.
 */
export async function appendAdjustment<R>(
  models: OrdersModels,
  target: { merchantId: string; orderId: string; key: string; requestHash: string },
  /** When the recovery job may finish the entry if its request has not. */
  staleAt: Date,
  decide: (head: AdjustmentDoc | null) => { draft: AdjustmentDraft } | { refuse: R },
  /** The entry's event; null when it is published later (a provider refund, once confirmed). */
  event: (entry: AdjustmentDoc) => DomainEvent | null,
): Promise<AppendResult<R>> {
  const { merchantId, orderId, key } = target;
  for (let attempt = 0; attempt < 200; attempt++) {
    // Head first, then the key: an entry with our key written in between is then either seen
    // here or makes our insert fail, never mistaken for someone else's earlier refund.
    const head = await models.adjustments
      .findOne({ merchantId, orderId })
      .sort({ seq: -1 })
      .lean<AdjustmentDoc>();
    const byKey = await models.adjustments.findOne({ merchantId, orderId, key }).lean<AdjustmentDoc>();
    if (byKey) return { replay: byKey };
    const decision = decide(head);
    if ('refuse' in decision) return decision;
    const entry: AdjustmentDoc = {
      ...decision.draft,
      ...target,
      _id: new Types.ObjectId().toHexString(),
      seq: (head?.seq ?? 0) + 1,
      applied: false,
    };
    // Queued before it is written, so an entry whose request dies is always finished.
    await models.pendingAdjustments.add(entry._id, { merchantId }, staleAt);
    try {
      const first = event(entry);
      const events = first ? [first] : [];
      if (first) await stageOutbox(models.adjustments, entry._id, events);
      await models.adjustments.create(withOutbox({ ...entry }, events));
      return { created: entry };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await models.pendingAdjustments.remove(entry._id);
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(30, 2 + attempt)));
    }
  }
  throw new Error(`order ${orderId}: too much contention on refunds`);
}
