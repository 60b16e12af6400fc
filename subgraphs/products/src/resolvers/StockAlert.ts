import { notFound } from '@pos/kit';
import type { StockAlertResolvers } from '../__generated__/resolvers-types';

export const StockAlert: StockAlertResolvers = {
  product: async (alert, _, ctx) => {
    const product = await ctx.loaders.product(alert.merchantId).load(alert.productId);
    if (!product) throw notFound('Product');
    return product;
  },
  branch: (alert) => ({ id: alert.branchId }),
  at: (alert) => new Date(alert.at),
};
