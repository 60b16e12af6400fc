import { op, tenantLoader } from '@pos/kit';
import type { BranchDoc, MerchantDoc, UserDoc, UsersModels } from './models';

/** Created per request; `__resolveReference` and nested fields always go through these. */
export function createLoaders(models: UsersModels) {
  return {
    user: tenantLoader<UserDoc>((merchantId, ids) =>
      models.users.find({ merchantId, _id: op({ $in: [...ids] }) }).lean<UserDoc[]>(),
    ),
    branch: tenantLoader<BranchDoc>((merchantId, ids) =>
      models.branches.find({ merchantId, _id: op({ $in: [...ids] }) }).lean<BranchDoc[]>(),
    ),
    merchant: tenantLoader<MerchantDoc>((merchantId, ids) =>
      ids.includes(merchantId)
        ? models.merchants.find({ _id: merchantId }).lean<MerchantDoc[]>()
        : Promise.resolve([]),
    ),
  };
}
export type UsersLoaders = ReturnType<typeof createLoaders>;
