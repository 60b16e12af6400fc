import { notFound } from '@pos/kit';
import type { CourierPositionResolvers } from '../__generated__/resolvers-types';

export const CourierPosition: CourierPositionResolvers = {
  courier: async (p, _, ctx) => {
    const courier = await ctx.loaders.courier(p.merchantId).load(p.courierId);
    if (!courier) throw notFound('Courier');
    return courier;
  },
  delivery: async (p, _, ctx) => {
    if (!p.deliveryId) return null;
    const d = await ctx.loaders.delivery(p.merchantId).load(p.deliveryId);
    return d && ctx.deliveries().canSee(d) ? d : null;
  },
};
