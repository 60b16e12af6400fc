import type { DeliveryChangeResolvers } from '../__generated__/resolvers-types';

export const DeliveryChange: DeliveryChangeResolvers = {
  courier: (c, _, ctx) => (c.courierId ? ctx.loaders.courier(c.merchantId).load(c.courierId) : null),
  by: (c) => ({ id: c.byUserId }),
};
