import { op, tenantLoader } from '@pos/kit';
import type { CategoryDoc, ProductDoc, ProductsModels } from './models';
import { productsByIds } from './services/product-reads';

/** Created per request; `__resolveReference` and nested fields always go through these. */
export function createLoaders(models: ProductsModels) {
  return {
    product: tenantLoader<ProductDoc>((merchantId, ids) => productsByIds(models, merchantId, ids)),
    category: tenantLoader<CategoryDoc>((merchantId, ids) =>
      models.categories.find({ merchantId, _id: op({ $in: [...ids] }) }).lean<CategoryDoc[]>(),
    ),
  };
}
export type ProductsLoaders = ReturnType<typeof createLoaders>;
