import type {
  CashMovementResolvers,
  CourierCashCollectionResolvers,
  CourierCashResolvers,
  CourierHandoverResolvers,
  ShiftResolvers,
} from '../__generated__/resolvers-types';
import { shiftHandovers } from '../services/courier-cash';

export const Shift: ShiftResolvers = {
  id: (s) => s._id,
  branch: (s) => ({ __typename: 'Branch', id: s.branchId }),
  cashier: (s) => ({ __typename: 'User', id: s.cashierId }),
  openedBy: (s) => ({ __typename: 'User', id: s.openedBy }),
  closedBy: (s) => (s.closedBy ? { __typename: 'User', id: s.closedBy } : null),
  cashSales: async (s, _, ctx) => (await ctx.loaders.figures.load(s)).cashSales,
  cashRefunds: async (s, _, ctx) => (await ctx.loaders.figures.load(s)).cashRefunds,
  cashIn: async (s, _, ctx) => (await ctx.loaders.figures.load(s)).cashIn,
  cashOut: async (s, _, ctx) => (await ctx.loaders.figures.load(s)).cashOut,
  courierCash: async (s, _, ctx) => (await ctx.loaders.figures.load(s)).courierCash,
  expectedCash: async (s, _, ctx) => (await ctx.loaders.figures.load(s)).expectedCash,
  movements: async (s, _, ctx) => (await ctx.loaders.movements(s.merchantId).load(s._id))?.items ?? [],
  courierHandovers: (s, _, ctx) => shiftHandovers(ctx.models, s),
};

export const CourierHandover: CourierHandoverResolvers = {
  id: (h) => h.handoverId ?? h._id,
  courier: (h) => ({ __typename: 'Courier', id: h.courierId }),
  shiftId: (h) => h.shiftId ?? '',
  expected: (h) => h.expected ?? 0,
  counted: (h) => h.counted ?? 0,
  variance: (h) => h.variance ?? 0,
  deliveryIds: (h) => h.deliveryIds ?? [],
  recordedBy: (h) => ({ __typename: 'User', id: h.recordedBy }),
};

export const CourierCash: CourierCashResolvers = {
  courier: (c) => ({ __typename: 'Courier', id: c.courierId }),
  branch: (c) => ({ __typename: 'Branch', id: c.branchId }),
};

export const CourierCashCollection: CourierCashCollectionResolvers = {
  deliveryId: (c) => c.deliveryId ?? '',
  order: (c, _, ctx) => ctx.loaders.order(c.merchantId).load(c.orderId ?? ''),
  amount: (c) => c.change,
  collectedAt: (c) => c.at,
};

export const CashMovement: CashMovementResolvers = {
  id: (m) => m._id,
  recordedBy: (m) => ({ __typename: 'User', id: m.recordedBy }),
};
