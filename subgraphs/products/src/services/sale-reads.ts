import { TtlCache } from '@pos/kit';
import { type PriceRuleDoc, type ProductDoc, type ProductsModels, thresholdId } from '../models';
import { productsByIds } from './product-reads';

/**
 * What every sale reads that changes seldom, kept by this process for a few seconds: the products
 * sold (read by the quote, and again by the reservation of the same sale moments later), their
 * price rules and their stock thresholds at the branch. At a busy till these reads were a fifth
 * of a checkout's database commands. Writes made through this process drop what they change at
 * once (`forget*`); a change made through another replica shows within the TTL, as a tax change
 * does (the merchant directory's cache).
 */
export const SALE_READS_TTL_MS = 3_000;

const caches = new WeakMap<object, TtlCache<unknown>>();

/** One cache per collection (so per database: tests run many side by side in one process). */
function cacheOf<V>(model: object): TtlCache<V> {
  let cache = caches.get(model);
  if (!cache) {
    cache = new TtlCache(SALE_READS_TTL_MS);
    caches.set(model, cache);
  }
  return cache as TtlCache<V>;
}

const productKey = (merchantId: string, productId: string) => `${merchantId}|${productId}`;

/** The price rules of each product, as `load` reads them, each product's kept for the TTL. */
export async function salePriceRules(
  models: Pick<ProductsModels, 'priceRules'>,
  merchantId: string,
  productIds: readonly string[],
  load: (productIds: readonly string[]) => Promise<Map<string, PriceRuleDoc[]>>,
): Promise<Map<string, PriceRuleDoc[]>> {
  const cache = cacheOf<PriceRuleDoc[]>(models.priceRules);
  const unique = [...new Set(productIds)];
  const lists = await Promise.all(
    unique.map((id) => cache.get(productKey(merchantId, id), async () => (await load([id])).get(id) ?? [])),
  );
  return new Map(unique.map((id, i) => [id, lists[i] ?? []]));
}

export function forgetPriceRules(
  models: Pick<ProductsModels, 'priceRules'>,
  merchantId: string,
  productId: string,
): void {
  cacheOf(models.priceRules).delete(productKey(merchantId, productId));
}

/** Each product's stock threshold at the branch (null: none), kept for the TTL. */
export function saleThresholds(
  models: Pick<ProductsModels, 'stockThresholds'>,
  merchantId: string,
  productIds: readonly string[],
  branchId: string,
  load: (productIds: readonly string[]) => Promise<Map<string, number | null>>,
): Promise<Map<string, number | null>> {
  const cache = cacheOf<number | null>(models.stockThresholds);
  return Promise.all(
    productIds.map(async (p) => {
      const threshold = await cache.get(
        thresholdId(merchantId, p, branchId),
        async () => (await load([p])).get(p) ?? null,
      );
      return [p, threshold] as const;
    }),
  ).then((pairs) => new Map(pairs));
}

export function forgetThreshold(
  models: Pick<ProductsModels, 'stockThresholds'>,
  merchantId: string,
  productId: string,
  branchId: string,
): void {
  cacheOf(models.stockThresholds).delete(thresholdId(merchantId, productId, branchId));
}

/**
 * Products of the merchant by id, as `productsByIds` answers (unknown ids and other merchants'
 * left out), each read at most once per TTL: for a sale's quote and its stock steps.
 */
export async function saleProducts(
  models: Pick<ProductsModels, 'products'>,
  merchantId: string,
  ids: readonly string[],
): Promise<ProductDoc[]> {
  const cache = cacheOf<ProductDoc | null>(models.products);
  const found = await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const key = productKey(merchantId, id);
      const product = await cache.get(
        key,
        async () => (await productsByIds(models, merchantId, [id]))[0] ?? null,
      );
      // A miss is not kept: the product may be created (or restored) any moment.
      if (!product) cache.delete(key);
      return product;
    }),
  );
  return found.filter((p): p is ProductDoc => p !== null && p.merchantId === merchantId);
}

export function forgetProduct(
  models: Pick<ProductsModels, 'products'>,
  merchantId: string,
  productId: string,
) {
  cacheOf(models.products).delete(productKey(merchantId, productId));
}
