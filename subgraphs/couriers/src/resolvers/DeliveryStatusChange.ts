import { notFound } from '@pos/kit';
import type { DeliveryStatusChangeResolvers } from '../__generated__/resolvers-types';

export const DeliveryStatusChange: DeliveryStatusChangeResolvers = {
  delivery: async (m, _, ctx) => {
    const d = await ctx.loaders.delivery(m.merchantId).load(m.deliveryId);
    if (!d) throw notFound('Delivery');
    return d;
  },
};
