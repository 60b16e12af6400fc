import { getOwned, getOwnedMany, updateByKey } from '@pos/kit';
import type { UsersModels } from '../models';
import type { BranchDoc } from '../models/branch.model';
import type { MerchantDoc } from '../models/merchant.model';

/**
 * A merchant's branches, found by key: the merchant document keeps the ids of its branches, so
 * listing them is one get per branch instead of a query by `merchantId`, which the embedded
 * engine answers by reading every merchant's branches. The products subgraph asks for this list
 * on the till's quote path, so it must not grow with other merchants' data.
 */
type Models = Pick<UsersModels, 'merchants' | 'branches'>;

/**
 * The branch ids a merchant keeps. Merchants registered before the list existed are read once by
 * a query, and the list is written then; every later read is by key.
 */
export async function merchantBranchIds(models: Models, merchantId: string): Promise<string[]> {
  const merchant = await getOwned<MerchantDoc>(models.merchants, merchantId, merchantId, {
    tenantField: '_id',
    select: { branchIds: 1 },
  });
  if (!merchant) return [];
  if (Array.isArray(merchant.branchIds)) return merchant.branchIds;
  const rows = await models.branches.find({ merchantId }).select({ _id: 1 }).lean<{ _id: string }[]>();
  const ids = rows.map((r) => r._id);
  // $addToSet merges with a branch added concurrently (which first ran this same step).
  await updateByKey(models.merchants, merchantId, { $addToSet: { branchIds: { $each: ids } } });
  return ids;
}

/**
 * Lists a new branch's id on its merchant, before the branch is written: a branch that then fails
 * to be written (its code taken) leaves an id that finds nothing, never a branch nobody lists.
 */
export async function listBranch(models: Models, merchantId: string, branchId: string): Promise<void> {
  await merchantBranchIds(models, merchantId);
  await updateByKey(models.merchants, merchantId, { $addToSet: { branchIds: branchId } });
}

/** Takes back an id listed for a branch that was never written. */
export async function unlistBranch(models: Models, merchantId: string, branchId: string): Promise<void> {
  await updateByKey(models.merchants, merchantId, { $pull: { branchIds: branchId } });
}

/** The merchant's branches in the order they were opened. */
export async function merchantBranches(
  models: Models,
  merchantId: string,
  includeInactive: boolean,
): Promise<BranchDoc[]> {
  const ids = await merchantBranchIds(models, merchantId);
  const found = await getOwnedMany<BranchDoc>(models.branches, ids, merchantId);
  return found
    .filter((b): b is BranchDoc => b !== null && (includeInactive || b.active))
    .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
}
