import type { OrderResolvers } from '../__generated__/resolvers-types';

export const Order: OrderResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  delivery: async (order, _, ctx) => {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    const [d] = await ctx.loaders.deliveriesByOrder(viewer.merchantId).load(order.id);
    return d && ctx.deliveries().canSee(d) ? d : null;
  },
};
