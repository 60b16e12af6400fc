import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  customer: (_, { id }, ctx) => ctx.loaders.customer(ctx.actor().merchantId).load(id),
  customerByPhone: (_, { phone }, ctx) => ctx.customers().byPhone(phone),
  customers: (_, { filter, first, after }, ctx) => ctx.customers().list(filter ?? {}, first ?? 50, after),
  loyaltySettings: (_, __, ctx) => ctx.settings.get(ctx.actor().merchantId),
  creditBalances: (_, { standing, withinDays, asOf }, ctx) =>
    ctx.creditQueries().balances(standing ?? null, withinDays ?? 7, asOf),
};
