import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { CouriersContext } from '../context';

/** Each event resolves with fresh loaders: the subscription's context lives as long as it does. */
const fresh = <T>(message: T, _args: unknown, ctx: CouriersContext): T => {
  ctx.refreshLoaders();
  return message;
};

export const Subscription: SubscriptionResolvers = {
  branchCourierPositions: {
    subscribe: (_, { branchId }, ctx) => ctx.live().branchPositions(branchId),
    resolve: fresh,
  },
  courierPositions: {
    subscribe: (_, { courierId }, ctx) => ctx.live().courierPositions(courierId),
    resolve: fresh,
  },
  deliveryPositions: {
    subscribe: (_, { deliveryId }, ctx) => ctx.live().deliveryPositions(deliveryId),
    resolve: fresh,
  },
  deliveryStatusChanges: {
    subscribe: (_, { branchId }, ctx) => ctx.live().statusChanges(branchId),
    resolve: fresh,
  },
};
