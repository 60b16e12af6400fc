import type { ExpenseCategoryRow, ExpenseRow, ShiftRow } from './models';

/** GraphQL type -> what services return, for codegen. */
export type ExpenseMapper = ExpenseRow;
export type ExpenseCategoryMapper = ExpenseCategoryRow;
export type ShiftReportRowMapper = ShiftRow;
export type {
  CashBook as CashBookMapper,
  CashBookDay as CashBookDayMapper,
  CashBookLine as CashBookLineMapper,
} from './services/cashbook.service';
