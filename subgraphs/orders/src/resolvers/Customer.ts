import type { CustomerResolvers } from '../__generated__/resolvers-types';

/** Orders contributes the purchase history to the customers subgraph's entity. */
export const Customer: CustomerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  orders: (c, { first, after }, ctx) => ctx.orders().list({ customerId: c.id }, first, after),
};
