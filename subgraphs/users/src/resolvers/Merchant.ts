import { requireViewer } from '@pos/kit';
import type { MerchantResolvers } from '../__generated__/resolvers-types';
import { merchantBranches } from '../services/merchant-branches';

export const Merchant: MerchantResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.merchant(requireViewer(ctx).merchantId).load(ref.id),
  id: (m) => m._id,
  address: (m) => m.address ?? null,
  taxNumber: (m) => m.taxNumber ?? null,
  receiptFooter: (m) => m.receiptFooter ?? null,
  logoUrl: (m) => m.logoUrl ?? null,
  branches: (m, { includeInactive }, ctx) => merchantBranches(ctx.models, m._id, includeInactive ?? false),
};
