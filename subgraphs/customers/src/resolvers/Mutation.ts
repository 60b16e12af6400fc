import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  createCustomer: (_, { input }, ctx) => ctx.customers().create(input),
  updateCustomer: (_, { input }, ctx) => ctx.customers().update(input),
  archiveCustomer: (_, { id }, ctx) =>
    ctx.customers().archive(id, async (c) => (await ctx.loaders.credit(c.merchantId).load(c._id)).balance),
  restoreCustomer: (_, { id }, ctx) => ctx.customers().setStatus(id, 'ACTIVE'),
  mergeCustomers: (_, { input }, ctx) => ctx.merges().merge(input.targetId, input.sourceId),
  adjustPoints: (_, { input }, ctx) => ctx.loyalty().adjust(input.customerId, input.points, input.reason),
  setCreditLimit: (_, { customerId, limit }, ctx) => ctx.credit().setLimit(customerId, limit),
  recordCreditRepayment: (_, { input }, ctx) => ctx.credit().repay(input),
  setLoyaltySettings: (_, { input }, ctx) => ctx.settings.set(ctx.actor().merchantId, input),
  redeemPoints: (_, { input }, ctx) => ctx.saga(input.merchantId).loyalty.redeem(input),
  reversePointsRedemption: (_, { input }, ctx) =>
    ctx.saga(input.merchantId).loyalty.reverseRedemption(input.orderId, input.step),
  chargeCustomerCredit: (_, { input }, ctx) => ctx.saga(input.merchantId).credit.charge(input),
  reverseCustomerCredit: (_, { input }, ctx) =>
    ctx.saga(input.merchantId).credit.reverseCharge(input.orderId, input.step),
};
