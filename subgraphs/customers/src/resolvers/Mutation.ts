import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  createCustomer: (_, { input }, ctx) => ctx.customers().create(input),
  updateCustomer: (_, { input }, ctx) => ctx.customers().update(input),
  archiveCustomer: async (_, { id }, ctx) => {
    const customer = await ctx.customers().require(id);
    const { balance } = await ctx.loaders.credit(customer.merchantId).load(customer._id);
    if (balance > 0) {
      return {
        __typename: 'CustomerHasBalance',
        code: 'CUSTOMER_HAS_BALANCE',
        message: 'The customer still owes credit',
        balance,
      };
    }
    return { __typename: 'Customer', ...(await ctx.customers().setStatus(id, 'ARCHIVED')) };
  },
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
