import { requireViewer } from '@pos/kit';
import type { DeliveryResolvers } from '../__generated__/resolvers-types';
import { isLate } from '../services/lateness';

export const Delivery: DeliveryResolvers = {
  __resolveReference: async (ref, ctx) => {
    const d = await ctx.loaders.delivery(requireViewer(ctx).merchantId).load(ref.id);
    return d && ctx.deliveries().canSee(d) ? d : null;
  },
  id: (d) => d._id,
  order: (d) => ({ id: d.orderId }),
  branch: (d) => ({ id: d.branchId }),
  courier: (d, _, ctx) => (d.courierId ? ctx.loaders.courier(d.merchantId).load(d.courierId) : null),
  note: (d) => d.note ?? null,
  late: (d) => isLate(d),
  proof: (d) => d.proof ?? null,
  cancelReason: (d) => d.cancelReason ?? null,
  history: (d, _, ctx) => ctx.loaders.changes(d.merchantId).load(d._id),
  trail: async (d, { last }, ctx) => {
    const points = await ctx.models.trail
      .find({ merchantId: d.merchantId, deliveryId: d._id })
      .sort({ recordedAt: -1 })
      .limit(Math.min(Math.max(last ?? 100, 1), 500))
      .lean();
    return points.reverse().map((p) => ({ ...p, merchantId: d.merchantId }));
  },
};
