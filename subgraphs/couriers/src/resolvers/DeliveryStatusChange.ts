import { notFound } from '@pos/kit';
import type { DeliveryStatusChangeResolvers } from '../__generated__/resolvers-types';
import { deliveryFromSnapshot } from '../services/live-snapshots';

export const DeliveryStatusChange: DeliveryStatusChangeResolvers = {
  delivery: async (m, _, ctx) => {
    // The message carries the delivery as the change left it: no read per subscriber and event.
    if (m.delivery && m.delivery._id === m.deliveryId && m.delivery.merchantId === m.merchantId)
      return deliveryFromSnapshot(m.delivery);
    const d = await ctx.loaders.delivery(m.merchantId).load(m.deliveryId);
    if (!d) throw notFound('Delivery');
    return d;
  },
};
