import { scalarResolvers } from '@pos/kit';
import { withInputLimits } from '@pos/kit/input-limits';
import type { Resolvers } from '../__generated__/resolvers-types';
import { REPORTS_LIMITS } from '../input-limits';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { results } from './results';
import {
  CashBook,
  CashBookDay,
  CashBookLine,
  CashierSalesRow,
  CategorySalesRow,
  CourierPerformanceRow,
  Expense,
  ExpenseCategory,
  KasbonAging,
  KasbonAgingRow,
  LateDeliveryRow,
  LowStockRow,
  OrderProfitRow,
  ProductSalesRow,
  ShiftReportRow,
  StaffKasbonRow,
} from './types';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...results,
  Query: withInputLimits(Query, REPORTS_LIMITS),
  Mutation: withInputLimits(Mutation, REPORTS_LIMITS),
  CashBook,
  CashBookDay,
  CashBookLine,

  Expense,
  ExpenseCategory,
  ShiftReportRow,
  ProductSalesRow,
  CategorySalesRow,
  CashierSalesRow,
  OrderProfitRow,
  CourierPerformanceRow,
  LateDeliveryRow,
  KasbonAging,
  KasbonAgingRow,
  LowStockRow,
  StaffKasbonRow,
};
