import { notFound } from '@pos/kit';
import type { CourierPositionResolvers } from '../__generated__/resolvers-types';
import { courierFromSnapshot, deliveryFromSnapshot } from '../services/live-snapshots';

export const CourierPosition: CourierPositionResolvers = {
  courier: async (p, _, ctx) => {
    // A live position carries its courier: no read per subscriber and event.
    if (p.courier && p.courier._id === p.courierId && p.courier.merchantId === p.merchantId)
      return courierFromSnapshot(p.courier);
    const courier = await ctx.loaders.courier(p.merchantId).load(p.courierId);
    if (!courier) throw notFound('Courier');
    return courier;
  },
  delivery: async (p, _, ctx) => {
    if (!p.deliveryId) return null;
    const d =
      p.delivery && p.delivery._id === p.deliveryId && p.delivery.merchantId === p.merchantId
        ? deliveryFromSnapshot(p.delivery)
        : await ctx.loaders.delivery(p.merchantId).load(p.deliveryId);
    return d && ctx.deliveries().canSee(d) ? d : null;
  },
};
