import { effectiveScopes, forbidden, hasScope, notFound, type Role, requireViewer } from '@pos/kit';
import type { UserResolvers } from '../__generated__/resolvers-types';

export const User: UserResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.user(requireViewer(ctx).merchantId).load(ref.id),
  id: (u) => u._id,
  email: (u) => u.email ?? null,
  username: (u) => u.username ?? null,
  phone: (u) => u.phone ?? null,
  allBranches: (u) => u.branchIds.length === 0,
  branches: async (u, _, ctx) => {
    const branches = await ctx.loaders.branch(u.merchantId).loadMany(u.branchIds);
    return branches.filter((b) => b !== null && !(b instanceof Error)) as NonNullable<
      (typeof branches)[number]
    >[] as never;
  },
  hasPin: (u) => Boolean(u.pinHash),
  permissions: (u, _, ctx) => {
    const viewer = ctx.viewer;
    const self = viewer?.userId === u._id;
    if (viewer && !self && !hasScope(viewer, 'staff:read'))
      throw forbidden('You may only see your own permissions');
    return {
      grants: u.grants,
      revokes: u.revokes,
      effective: effectiveScopes(u.role as Role, u.grants, u.revokes),
    };
  },
  merchant: async (u, _, ctx) => {
    const m = await ctx.loaders.merchant(u.merchantId).load(u.merchantId);
    if (!m) throw notFound('Merchant');
    return m;
  },
};
