import { requireViewer } from '@pos/kit';
import type { ProductResolvers, ProductUnitResolvers } from '../__generated__/resolvers-types';

export const Product: ProductResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.product(requireViewer(ctx).merchantId).load(ref.id),
  id: (p) => p._id,
  description: (p) => p.description ?? null,
  imageUrl: (p) => p.imageUrl ?? null,
  costPrice: (p) => p.costPrice ?? null,
  category: (p, _, ctx) => (p.categoryId ? ctx.loaders.category(p.merchantId).load(p.categoryId) : null),
  baseUnit: (p) => p.units[0]!,
  priceRules: (p, { includeExpired }, ctx) => ctx.priceRules().forProduct(p._id, includeExpired ?? false),
  stock: (p, { branchId }, ctx) => ctx.stockQuery().level(p._id, branchId),
  stockLevels: (p, _, ctx) => ctx.stockQuery().levelsOfProduct(p._id),
};

export const ProductUnit: ProductUnitResolvers = {
  barcode: (u) => u.barcode ?? null,
  isBase: (u) => u.factor === 1,
};
