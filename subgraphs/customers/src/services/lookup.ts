import { getOwned } from '@pos/kit';
import type { CustomerDoc, CustomersModels } from '../models';

/** Merges chain at most this deep; a longer chain means a bug, not a customer. */
const MAX_MERGE_HOPS = 10;

/**
 * A customer by id, following merges to the survivor: orders, events and saga steps may still
 * name a duplicate merged after the sale was rung up. Another merchant's id finds nothing.
 */
export async function findCustomer(
  models: CustomersModels,
  merchantId: string,
  id: string,
): Promise<CustomerDoc | null> {
  let current = await getOwned<CustomerDoc>(models.customers, id, merchantId);
  for (let hop = 0; current?.status === 'MERGED' && current.mergedIntoId && hop < MAX_MERGE_HOPS; hop++) {
    current = await getOwned<CustomerDoc>(models.customers, current.mergedIntoId, merchantId);
  }
  return current;
}
