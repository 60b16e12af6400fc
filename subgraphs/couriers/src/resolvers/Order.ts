import type { OrderResolvers } from '../__generated__/resolvers-types';

export const Order: OrderResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  delivery: async (order, _, ctx) => {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    const claim = await ctx.loaders.deliveryOrder(viewer.merchantId).load(order.id);
    const d = claim && (await ctx.loaders.delivery(viewer.merchantId).load(claim.deliveryId));
    return d && ctx.deliveries().canSee(d) ? d : null;
  },
};
