import { scalarResolvers } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './Mutation';
import { Query } from './Query';
import {
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
  Query,
  Mutation,
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
