import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  salesSummary: (_p, { filter, groupBy }, ctx) => ctx.sales().summary(filter, groupBy ?? 'DAY'),
  topProducts: (_p, { filter, by, limit }, ctx) => ctx.sales().products(filter, by ?? 'REVENUE', limit ?? 10),
  salesByCategory: (_p, { filter }, ctx) => ctx.sales().byCategory(filter),
  salesByPaymentMethod: async (_p, { filter }, ctx) =>
    (await ctx.sales().byPaymentMethod(filter)).map((r) => ({ ...r, method: r.method as 'CASH' })),
  salesByCashier: (_p, { filter }, ctx) => ctx.sales().byCashier(filter),
  profitByOrder: (_p, { filter, limit, offset }, ctx) =>
    ctx.sales().profitByOrder(filter, limit ?? 50, offset ?? 0),
  profitAndLoss: (_p, { filter }, ctx) => ctx.finance().profitAndLoss(filter),
  shiftReports: (_p, { filter }, ctx) => ctx.operations().shifts(filter),
  courierPerformance: (_p, { filter }, ctx) => ctx.operations().courierPerformance(filter),
  lateDeliveries: (_p, { filter, asOf }, ctx) => ctx.operations().lateDeliveries(filter, asOf ?? new Date()),
  kasbonAging: async (_p, { asOf }, ctx) => {
    const ops = ctx.operations();
    return ops.kasbonAging(asOf ?? (await ops.today()));
  },
  lowStockNow: (_p, { branchId, categoryId }, ctx) => ctx.lowStock().rows({ branchId, categoryId }),
  ownerDashboard: (_p, { branchId }, ctx) => ctx.operations().dashboard(ctx.sales(), branchId),
  expenseCategories: (_p, _a, ctx) => ctx.finance().categories(),
  expenses: (_p, { filter }, ctx) => ctx.finance().list(filter),
  cashBook: (_p, { branchId, from, to }, ctx) => ctx.cashBook().read(branchId, from, to),
};
