import { notFound } from '@pos/kit';
import type {
  OutOfStockResolvers,
  ShortStockLineResolvers,
  StockEntryResolvers,
  StockLevelResolvers,
} from '../__generated__/resolvers-types';
import type { ProductsContext } from '../context';
import { isLow } from '../services/stock-levels';

async function product(ctx: ProductsContext, merchantId: string, productId: string) {
  const p = await ctx.loaders.product(merchantId).load(productId);
  if (!p) throw notFound('Product');
  return p;
}

export const StockEntry: StockEntryResolvers = {
  id: (e) => e._id,
  product: (e, _, ctx) => product(ctx, e.merchantId, e.productId),
  branch: (e) => ({ id: e.branchId }),
  actor: (e) => (e.actorId ? { id: e.actorId } : null),
  deviceId: (e) => e.deviceId ?? null,
  reference: (e) => e.reference ?? null,
  orderId: (e) => e.orderId ?? null,
  note: (e) => e.note ?? null,
  counted: (e) => e.counted ?? null,
  unitCost: (e) => e.unitCost ?? null,
  recordedAt: (e) => e.recordedAt ?? e.at,
};

export const StockLevel: StockLevelResolvers = {
  product: (l, _, ctx) => product(ctx, l.merchantId, l.productId),
  branch: (l) => ({ id: l.branchId }),
  lowStockThreshold: (l) => l.threshold,
  low: (l) => isLow(l),
};

export const OutOfStock: OutOfStockResolvers = {
  lines: (o) => o.lines.map((l) => ({ ...l, merchantId: o.merchantId })),
};

export const ShortStockLine: ShortStockLineResolvers = {
  product: (l, _, ctx) => product(ctx, l.merchantId, l.productId),
};
