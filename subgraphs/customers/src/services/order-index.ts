import { getOwnedMany } from '@pos/kit';
import { addToList, readList } from '@pos/kit/db/keyed-list';
import type { Model } from 'mongoose';

// biome-ignore lint/suspicious/noExplicitAny: any ledger model of this subgraph
type LedgerModel = Model<any>;

/** The side collection listing, per order, the ledger entries that name it (`<ledger>_orders`). */
const orderLists = (model: LedgerModel) => model.db.collection(`${model.collection.collectionName}_orders`);
const listId = (merchantId: string, orderId: string) => `${merchantId}|${orderId}`;

/**
 * Records that an entry belongs to its order. Called after every append, a replayed one too, so
 * a crash between the entry and this write is repaired by the retry or redelivery that follows.
 */
export async function indexByOrder(
  model: LedgerModel,
  merchantId: string,
  entry: { _id: string; orderId?: string | null },
): Promise<void> {
  if (entry.orderId) await addToList(orderLists(model), listId(merchantId, entry.orderId), entry._id);
}

/** The entries of one order in the order they were written, each read by key. */
export async function entriesOfOrder<E extends { at: Date }>(
  model: LedgerModel,
  merchantId: string,
  orderId: string,
): Promise<E[]> {
  const ids = await readList(orderLists(model), listId(merchantId, orderId));
  const entries = await getOwnedMany<E>(model, ids, merchantId);
  return entries.filter((e): e is E => e !== null).sort((a, b) => a.at.getTime() - b.at.getTime());
}
