import { requireViewer } from '@pos/kit';
import type { DeliveryResolvers } from '../__generated__/resolvers-types';
import { deliveryHistory } from '../services/delivery-history';
import { isLate } from '../services/lateness';
import { readTrail } from '../services/trail';

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
  history: (d, _, ctx) => deliveryHistory(ctx.models, ctx.loaders, d),
  trail: async (d, { last }, ctx) => {
    const points = await readTrail(ctx.models, d, Math.min(Math.max(last ?? 100, 1), 500));
    return points.map((p) => ({ ...p, merchantId: d.merchantId }));
  },
};
