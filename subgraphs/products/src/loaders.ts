import { getOwnedMany, tenantLoader } from '@pos/kit';
import type { CategoryDoc, ProductDoc, ProductsModels } from './models';

const present = <T>(rows: (T | null)[]) => rows.filter((r): r is T => r !== null);

/**
 * Created per request; `__resolveReference` and nested fields always go through these. A batch
 * is one exact get per key (never `$in`, which scans on the embedded engine).
 */
export function createLoaders(models: ProductsModels) {
  return {
    product: tenantLoader<ProductDoc>(async (merchantId, ids) =>
      present(await getOwnedMany<ProductDoc>(models.products, ids, merchantId)),
    ),
    category: tenantLoader<CategoryDoc>(async (merchantId, ids) =>
      present(await getOwnedMany<CategoryDoc>(models.categories, ids, merchantId)),
    ),
  };
}
export type ProductsLoaders = ReturnType<typeof createLoaders>;
