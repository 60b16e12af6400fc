import { getOwned } from '@pos/kit';
import type { MerchantProfileRow, ReportsModels } from '../models';
import type { ReportScope } from './scope';

/**
 * Whether a branch is one of the merchant's, for writes that name one (an expense, a cash book
 * closing). Staff limited to branches were checked against their token already; for everyone else
 * the stored letterhead (refreshed from users when it does not list the branch) says. Without
 * any letterhead (users unreachable) it cannot be told, and the write is taken rather than lost.
 */
export async function isOwnBranch(
  models: ReportsModels,
  scope: ReportScope,
  branchId: string,
  refreshProfile: () => Promise<void>,
): Promise<boolean> {
  if (scope.branchIds.length > 0) return scope.branchIds.includes(branchId);
  const branches = async () =>
    (await getOwned<MerchantProfileRow>(models.merchants, scope.merchantId, scope.merchantId))?.branches.map(
      (b) => b.id,
    );
  if ((await branches())?.includes(branchId)) return true;
  await refreshProfile();
  const known = await branches();
  return known === undefined || known.includes(branchId);
}
