import { requireInternal } from '@pos/kit';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  order: (_, { id }, ctx) => ctx.orders().byId(id),
  orderByNumber: (_, { number }, ctx) => ctx.orders().byNumber(number),
  orders: (_, { filter, first, after }, ctx) => ctx.orders().list(filter ?? {}, first, after),
  currentShift: (_, { deviceId }, ctx) => ctx.shifts().current(deviceId),
  shift: (_, { id }, ctx) => ctx.shifts().get(id),
  cart: (_, { id }, ctx) => ctx.carts().get(id),
  heldCarts: (_, { branchId }, ctx) => ctx.carts().held(branchId),
  paymentProviderSettings: (_, __, ctx) => ctx.payments().settings(),
  courierCashHeld: (_, { branchId }, ctx) => ctx.handovers().held(branchId),
  orderSummary: (_, { merchantId, id }, ctx) => {
    requireInternal(ctx);
    return ctx.orderSummary(merchantId, id);
  },
};
