import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  couriers: (_, { branchId, includeInactive }, ctx) =>
    ctx.couriers().list(branchId, includeInactive ?? false),
  courier: (_, { id }, ctx) => ctx.couriers().get(id),
  myCourier: (_, __, ctx) => ctx.couriers().mine(),
  delivery: (_, { id }, ctx) => ctx.deliveries().get(id),
  deliveries: (_, { filter, first }, ctx) => ctx.deliveries().list(filter ?? {}, first ?? 50),
};
