import { notFound } from '@pos/kit';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { DeliveryOutcome } from '../services/delivery.service';

const found = (outcome: DeliveryOutcome | null): DeliveryOutcome => {
  if (!outcome) throw notFound('Delivery');
  return outcome;
};

export const Mutation: MutationResolvers = {
  createCourier: (_, { input }, ctx) => ctx.couriers().create(input),
  updateCourier: async (_, { id, input }, ctx) =>
    (await ctx.couriers().update(id, input)) ?? Promise.reject(notFound('Courier')),
  createDelivery: (_, { input }, ctx) =>
    ctx.deliveries().create({
      ...input,
      fee: input.fee ?? 0,
      cashOnDelivery: input.cashOnDelivery ?? 0,
      promisedAt: input.promisedAt ?? null,
    }),
  assignCourier: async (_, { deliveryId, courierId }, ctx) =>
    found(await ctx.deliveries().assign(deliveryId, await ctx.couriers().get(courierId))),
  startDelivery: async (_, { deliveryId }, ctx) => found(await ctx.deliveries().start(deliveryId)),
  completeDelivery: async (_, { input }, ctx) =>
    found(await ctx.deliveries().complete({ ...input, cashCollected: input.cashCollected ?? 0 })),
  cancelDelivery: async (_, { deliveryId, reason }, ctx) =>
    found(await ctx.deliveries().cancel(deliveryId, reason)),
  reportPosition: (_, { input }, ctx) => ctx.positions().report(input),
};
