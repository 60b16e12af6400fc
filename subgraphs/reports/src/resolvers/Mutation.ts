import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  createExpenseCategory: (_p, { name }, ctx) => ctx.finance().createCategory(name),
  recordExpense: (_p, { input }, ctx) => ctx.finance().record(input),
  createReportExport: (_p, { report, format, filter }, ctx) =>
    ctx.exports().reportLink(report, format, filter),
  createOrderDocumentLink: (_p, { orderId, layout }, ctx) => ctx.exports().orderDocumentLink(orderId, layout),
  closeCashBookDay: (_p, { input }, ctx) => ctx.cashBookWriter().close(input.branchId, input.date),
  recordCashBookCorrection: (_p, { input }, ctx) => ctx.cashBookWriter().correct(input),
};
