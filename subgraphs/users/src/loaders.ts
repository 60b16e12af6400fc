import { getOwnedMany, tenantLoader } from '@pos/kit';
import type { BranchDoc, MerchantDoc, UserDoc, UsersModels } from './models';

const found = <T>(rows: (T | null)[]) => rows.filter((r): r is T => r !== null);

/**
 * Created per request; `__resolveReference` and nested fields always go through these. Each
 * batch is one exact get per key (never `$in`, which the embedded engine answers by a scan).
 */
export function createLoaders(models: UsersModels) {
  return {
    user: tenantLoader<UserDoc>((merchantId, ids) =>
      getOwnedMany<UserDoc>(models.users, ids, merchantId).then(found),
    ),
    branch: tenantLoader<BranchDoc>((merchantId, ids) =>
      getOwnedMany<BranchDoc>(models.branches, ids, merchantId).then(found),
    ),
    merchant: tenantLoader<MerchantDoc>((merchantId, ids) =>
      getOwnedMany<MerchantDoc>(models.merchants, ids, merchantId, { tenantField: '_id' }).then(found),
    ),
  };
}
export type UsersLoaders = ReturnType<typeof createLoaders>;
