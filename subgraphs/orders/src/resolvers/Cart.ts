import type { CartLineResolvers, CartResolvers } from '../__generated__/resolvers-types';

export const Cart: CartResolvers = {
  id: (c) => c._id,
  branch: (c) => ({ __typename: 'Branch', id: c.branchId }),
  cashier: (c) => ({ __typename: 'User', id: c.cashierId }),
  customer: (c) => (c.customerId ? { id: c.customerId } : null),
  lines: async (c, _, ctx) => (await ctx.cartView(c)).lines,
  totals: async (c, _, ctx) => (await ctx.cartView(c)).totals,
  updatedAt: (c) => c.updatedAt ?? new Date(0),
};

export const CartLine: CartLineResolvers = {
  id: (l) => l.lineId,
  product: (l) => ({ __typename: 'Product', id: l.productId }),
};
