import { getOwned, getOwnedMany, notFound, op } from '@pos/kit';
import type { CategoryDoc, ProductDoc, ProductsModels } from '../models';

/**
 * Products of one merchant by id, in the order asked; unknown ids and other merchants'
 * products are left out. One exact get per id (kit `getOwnedMany`): the one read every engine
 * answers from an index, whatever the catalog's size.
 */
export async function productsByIds(
  models: Pick<ProductsModels, 'products'>,
  merchantId: string,
  ids: readonly string[],
): Promise<ProductDoc[]> {
  const rows = await getOwnedMany<ProductDoc>(models.products, [...new Set(ids)], merchantId);
  return rows.filter((p): p is ProductDoc => p !== null);
}

/** Many products at once for an export (a bounded batch of a report, not a request's hot path). */
export function productsInBulk(
  models: Pick<ProductsModels, 'products'>,
  merchantId: string,
  ids: readonly string[],
): Promise<ProductDoc[]> {
  return models.products
    .find({ merchantId, _id: op({ $in: [...ids] }) })
    .lean<ProductDoc[]>()
    .exec();
}

export function productById(
  models: Pick<ProductsModels, 'products'>,
  merchantId: string,
  id: string,
): Promise<ProductDoc | null> {
  return getOwned<ProductDoc>(models.products, id, merchantId);
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
