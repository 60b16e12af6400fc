import type { ExpenseCategoryRow, ExpenseRow, ShiftRow } from './models';

/** GraphQL type -> what services return, for codegen. */
export type ExpenseMapper = ExpenseRow;
export type ExpenseCategoryMapper = ExpenseCategoryRow;
export type ShiftReportRowMapper = ShiftRow;
