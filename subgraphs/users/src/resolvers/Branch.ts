import { notFound, requireViewer } from '@pos/kit';
import type { BranchResolvers } from '../__generated__/resolvers-types';

export const Branch: BranchResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.branch(requireViewer(ctx).merchantId).load(ref.id),
  id: (b) => b._id,
  address: (b) => b.address ?? null,
  phone: (b) => b.phone ?? null,
  merchant: async (b, _, ctx) => {
    const m = await ctx.loaders.merchant(b.merchantId).load(b.merchantId);
    if (!m) throw notFound('Merchant');
    return m;
  },
};
