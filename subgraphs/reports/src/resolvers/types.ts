import type {
  ExpenseCategoryResolvers,
  ExpenseResolvers,
  ShiftReportRowResolvers,
} from '../__generated__/resolvers-types';

/** Read-model rows keep their key in `_id`; GraphQL calls it by its domain name. */
export const ExpenseCategory: ExpenseCategoryResolvers = { id: (c) => c._id };
export const Expense: ExpenseResolvers = { id: (e) => e._id };
export const ShiftReportRow: ShiftReportRowResolvers = { shiftId: (s) => s._id };
