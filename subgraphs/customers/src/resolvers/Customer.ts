import { requireViewer } from '@pos/kit';
import type { CustomerResolvers } from '../__generated__/resolvers-types';
import { POINTS_KINDS } from '../models';
import { tierFor } from '../services/settings.service';

export const Customer: CustomerResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.customer(requireViewer(ctx).merchantId).load(ref.id),
  id: (c) => c._id,
  email: (c) => c.email ?? null,
  address: (c) => c.address ?? null,
  notes: (c) => c.notes ?? null,
  tierOverride: (c) => c.tierOverride ?? null,
  tier: async (c, _, ctx) => {
    const [settings, stats] = await Promise.all([
      ctx.settings.get(c.merchantId),
      ctx.loaders.stats(c.merchantId).load(c._id),
    ]);
    return tierFor(settings, stats.totalSpent, c.tierOverride);
  },
  mergedInto: (c, _, ctx) =>
    c.mergedIntoId ? ctx.loaders.customer(c.merchantId).load(c.mergedIntoId) : null,
  points: (c, _, ctx) => ctx.loaders.points(c.merchantId).load(c._id),
  pointsHistory: (c, { first, after }, ctx) =>
    ctx
      .loyalty()
      .ledger.history(
        c._id,
        Math.min(Math.max(first ?? 50, 1), 200),
        after ? Number(after) : null,
        POINTS_KINDS,
      ),
  credit: async (c, _, ctx) => {
    const s = await ctx.loaders.credit(c.merchantId).load(c._id);
    return { ...s, limit: c.creditLimit, available: Math.max(0, c.creditLimit - s.balance) };
  },
  creditStatement: (c, { from, to }, ctx) => ctx.creditQueries().statement(c._id, from, to),
  stats: (c, _, ctx) => ctx.loaders.stats(c.merchantId).load(c._id),
};
