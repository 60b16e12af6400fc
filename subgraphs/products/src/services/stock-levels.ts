import { op } from '@pos/kit';
import type { ProductDoc, ProductsModels, StockEntryDoc } from '../models';
import { categoryScope, productsByIds } from './product-reads';
import type { StockLedger } from './stock-ledger';

export interface StockLevelView {
  merchantId: string;
  productId: string;
  branchId: string;
  balance: number;
  threshold: number | null;
  seq: number;
  updatedAt: Date | null;
}

export const stockLevel = (
  merchantId: string,
  productId: string,
  branchId: string,
  head: StockEntryDoc | undefined | null,
  threshold: number | null,
): StockLevelView => ({
  merchantId,
  productId,
  branchId,
  balance: head?.balance ?? 0,
  threshold,
  seq: head?.seq ?? 0,
  updatedAt: head?.recordedAt ?? null,
});

export const isLow = (l: StockLevelView) => l.threshold !== null && l.balance < l.threshold;

export interface LowStockQuery {
  /** Branches to look at; empty: every branch of the merchant. Who may see which is the caller's rule. */
  branchIds: readonly string[];
  /** Only products of this category and of its subcategories; NOT_FOUND when the merchant has no such category. */
  categoryId?: string | null;
}

/** A product below its threshold at a branch, with the product it is about. */
export interface LowStockLevel extends StockLevelView {
  threshold: number;
  product: ProductDoc;
}

/**
 * Every (product, branch) of the ledger's merchant whose balance is below its threshold: the
 * most short first (threshold - balance), ties by SKU, then branch id. The one implementation
 * behind the public `lowStockItems` and the reports subgraph's internal `lowStockLines`.
 */
export async function lowStockLevels(
  models: Pick<ProductsModels, 'stockThresholds' | 'products' | 'categories'>,
  ledger: StockLedger,
  query: LowStockQuery,
): Promise<LowStockLevel[]> {
  const { merchantId } = ledger;
  const only = query.branchIds.length === 1 ? query.branchIds[0] : undefined;
  const categories = query.categoryId ? await categoryScope(models, merchantId, query.categoryId) : null;
  const filter: Record<string, unknown> = { merchantId };
  if (only) filter.branchId = only;
  else if (query.branchIds.length > 0) filter.branchId = op({ $in: [...query.branchIds] });
  const thresholds = await models.stockThresholds
    .find(filter)
    .lean<{ productId: string; branchId: string; threshold: number }[]>();
  if (thresholds.length === 0) return [];
  const heads = await ledger.heads({
    productIds: [...new Set(thresholds.map((t) => t.productId))],
    ...(only ? { branchId: only } : {}),
  });
  const low = thresholds
    .map((t) => ({
      ...stockLevel(
        merchantId,
        t.productId,
        t.branchId,
        heads.get(`${t.productId}|${t.branchId}`),
        t.threshold,
      ),
      threshold: t.threshold,
    }))
    .filter(isLow);
  const products = new Map(
    (
      await productsByIds(
        models,
        merchantId,
        low.map((l) => l.productId),
      )
    ).map((p) => [p._id, p]),
  );
  return low
    .flatMap((l) => {
      const product = products.get(l.productId);
      if (!product || (categories && !categories.has(product.categoryId ?? ''))) return [];
      return [{ ...l, product }];
    })
    .sort(
      (a, b) =>
        b.threshold - b.balance - (a.threshold - a.balance) ||
        compare(a.product.sku, b.product.sku) ||
        compare(a.branchId, b.branchId),
    );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
