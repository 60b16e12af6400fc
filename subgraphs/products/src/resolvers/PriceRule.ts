import { notFound } from '@pos/kit';
import type { PriceRuleResolvers } from '../__generated__/resolvers-types';

export const PriceRule: PriceRuleResolvers = {
  id: (r) => r._id,
  product: async (r, _, ctx) => {
    const p = await ctx.loaders.product(r.merchantId).load(r.productId);
    if (!p) throw notFound('Product');
    return p;
  },
  name: (r) => r.name ?? null,
  startsAt: (r) => r.startsAt ?? null,
  endsAt: (r) => r.endsAt ?? null,
  branch: (r) => (r.branchId ? { id: r.branchId } : null),
  customerTier: (r) => r.customerTier ?? null,
};
