import type { CashMovementResolvers, ShiftResolvers } from '../__generated__/resolvers-types';

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
  expectedCash: async (s, _, ctx) => (await ctx.loaders.figures.load(s)).expectedCash,
  movements: async (s, _, ctx) => (await ctx.loaders.movements(s.merchantId).load(s._id))?.items ?? [],
};

export const CashMovement: CashMovementResolvers = {
  id: (m) => m._id,
  recordedBy: (m) => ({ __typename: 'User', id: m.recordedBy }),
};
