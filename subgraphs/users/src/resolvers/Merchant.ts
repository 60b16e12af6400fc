import { requireViewer } from '@pos/kit';
import type { MerchantResolvers } from '../__generated__/resolvers-types';

export const Merchant: MerchantResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.merchant(requireViewer(ctx).merchantId).load(ref.id),
  id: (m) => m._id,
  address: (m) => m.address ?? null,
  taxNumber: (m) => m.taxNumber ?? null,
  receiptFooter: (m) => m.receiptFooter ?? null,
  logoUrl: (m) => m.logoUrl ?? null,
  branches: async (m, { includeInactive }, ctx) => {
    const rows = await ctx.models.branches
      .find({ merchantId: m._id, ...(includeInactive ? {} : { active: true }) })
      .sort({ createdAt: 1 })
      .lean();
    return rows as never;
  },
};
