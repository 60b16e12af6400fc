import { notFound, op } from '@pos/kit';
import type { CategoryDoc, ProductDoc, ProductsModels } from '../models';

/** Above this many ids one `$in` query is cheaper than point reads. */
const POINT_READS_MAX = 100;

/**
 * Products of one merchant by id, in no particular order; unknown ids and other merchants'
 * products are left out. Small batches are read one primary key at a time because that is the
 * one filter FerretDB serves from an index (`{ _id, merchantId }` scans the collection there);
 * the merchant is then checked on each document, which is exactly as strict.
 */
export async function productsByIds(
  models: Pick<ProductsModels, 'products'>,
  merchantId: string,
  ids: readonly string[],
): Promise<ProductDoc[]> {
  const unique = [...new Set(ids)];
  if (unique.length > POINT_READS_MAX) {
    return models.products.find({ merchantId, _id: op({ $in: unique }) }).lean<ProductDoc[]>();
  }
  const rows = await Promise.all(
    unique.map((id) =>
      models.products.findOne({ _id: id }).setOptions({ crossTenant: true }).lean<ProductDoc | null>(),
    ),
  );
  return rows.filter((p): p is ProductDoc => p !== null && p.merchantId === merchantId);
}

export async function productById(
  models: Pick<ProductsModels, 'products'>,
  merchantId: string,
  id: string,
): Promise<ProductDoc | null> {
  const [p] = await productsByIds(models, merchantId, [id]);
  return p ?? null;
}

/** A unit of a product by name (case-insensitive); the base unit when no name is given. */
export function findUnit(product: Pick<ProductDoc, 'units'>, name: string | null | undefined) {
  if (!name) return product.units[0] ?? null;
  const wanted = name.trim().toLowerCase();
  return product.units.find((u) => u.name === wanted) ?? null;
}

/**
 * The ids of a category of the merchant and, unless `withChildren` is false, of every category
 * below it. NOT_FOUND when the merchant has no such category.
 */
export async function categoryScope(
  models: Pick<ProductsModels, 'categories'>,
  merchantId: string,
  categoryId: string,
  withChildren = true,
): Promise<Set<string>> {
  const all = await models.categories.find({ merchantId }).lean<CategoryDoc[]>();
  if (!all.some((c) => c._id === categoryId)) throw notFound('Category');
  const ids = new Set([categoryId]);
  if (!withChildren) return ids;
  // Breadth-first over the parent links; categories per merchant are few.
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of all) {
      if (c.parentId && ids.has(c.parentId) && !ids.has(c._id)) {
        ids.add(c._id);
        grew = true;
      }
    }
  }
  return ids;
}
