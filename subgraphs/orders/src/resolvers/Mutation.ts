import { requireInternal } from '@pos/kit';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  checkout: (_, { input }, ctx) => ctx.checkout().checkout(input),
  syncOfflineSales: (_, { input }, ctx) => ctx.offline().sync(input.deviceId, input.sales),
  voidOrder: (_, { input }, ctx) => ctx.refunds().void(input),
  refundOrder: (_, { input }, ctx) => ctx.refunds().refund(input),
  openShift: (_, { input }, ctx) => ctx.shifts().open(input),
  closeShift: (_, { input }, ctx) => ctx.shifts().close(input),
  recordCashMovement: (_, { input }, ctx) => ctx.shifts().recordMovement(input),
  recordCourierHandover: (_, { input }, ctx) => ctx.handovers().record(input),
  createCart: (_, { input }, ctx) => ctx.carts().create(input),
  addCartLine: (_, { cartId, line }, ctx) => ctx.carts().addLine(cartId, line),
  updateCartLine: (_, { cartId, lineId, input }, ctx) => ctx.carts().updateLine(cartId, lineId, input),
  removeCartLine: (_, { cartId, lineId }, ctx) => ctx.carts().removeLine(cartId, lineId),
  setCartOrderDiscount: (_, { cartId, discount }, ctx) =>
    ctx.carts().setOrderDiscount(cartId, discount ?? null),
  setCartCustomer: (_, { cartId, customerId }, ctx) => ctx.carts().setCustomer(cartId, customerId ?? null),
  holdCart: (_, { cartId, label }, ctx) => ctx.carts().hold(cartId, label),
  resumeCart: (_, { cartId, deviceId }, ctx) => ctx.carts().resume(cartId, deviceId),
  discardCart: (_, { cartId }, ctx) => ctx.carts().discard(cartId),
  checkPaymentStatus: (_, { orderId }, ctx) => ctx.payments().check(orderId),
  cancelPendingPayment: (_, { orderId }, ctx) => ctx.payments().cancel(orderId),
  setPaymentProviderAccount: (_, { input }, ctx) => ctx.payments().setAccount(input),
  removePaymentProviderAccount: (_, __, ctx) => ctx.payments().removeAccount(),
  recoverPendingOrders: (_, __, ctx) => {
    requireInternal(ctx);
    return ctx.recovery.runOnce();
  },
};
