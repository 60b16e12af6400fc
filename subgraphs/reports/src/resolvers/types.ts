import type {
  CashBookDayResolvers,
  CashBookLineResolvers,
  CashBookResolvers,
  CashierSalesRowResolvers,
  CategorySalesRowResolvers,
  CourierPerformanceRowResolvers,
  ExpenseCategoryResolvers,
  ExpenseResolvers,
  KasbonAgingResolvers,
  KasbonAgingRowResolvers,
  LateDeliveryRowResolvers,
  LowStockRowResolvers,
  OrderProfitRowResolvers,
  ProductSalesRowResolvers,
  ShiftReportRowResolvers,
  StaffKasbonRowResolvers,
} from '../__generated__/resolvers-types';

/** A reference the owning subgraph resolves (within the viewer's merchant); null without an id. */
const ref = (id: string | null | undefined) => (id ? { id } : null);

/** Read-model rows keep their key in `_id`; GraphQL calls it by its domain name. */
export const ExpenseCategory: ExpenseCategoryResolvers = { id: (c) => c._id };
export const Expense: ExpenseResolvers = {
  id: (e) => e.expenseId,
  paidFrom: (e) => (e.source === 'CASH_OUT' ? 'CASH_DRAWER' : (e.paidFrom ?? null)),
  branch: (e) => ref(e.branchId),
  recordedByUser: (e) => ref(e.recordedBy),
};
export const ShiftReportRow: ShiftReportRowResolvers = {
  courierCash: (s) => s.courierCash ?? 0,
  branch: (s) => ref(s.branchId),
  cashier: (s) => ref(s.cashierId),
  closedByUser: (s) => ref(s.closedBy),
};

export const ProductSalesRow: ProductSalesRowResolvers = {
  product: (r) => ref(r.productId),
  category: (r) => ref(r.categoryId),
};
export const CategorySalesRow: CategorySalesRowResolvers = { category: (r) => ref(r.categoryId) };
export const CashierSalesRow: CashierSalesRowResolvers = { cashier: (r) => ref(r.cashierId) };
export const OrderProfitRow: OrderProfitRowResolvers = {
  branch: (r) => ref(r.branchId),
  cashier: (r) => ref(r.cashierId),
};
export const CourierPerformanceRow: CourierPerformanceRowResolvers = { courier: (r) => ref(r.courierId) };
export const LateDeliveryRow: LateDeliveryRowResolvers = {
  branch: (r) => ref(r.branchId),
  courier: (r) => ref(r.courierId),
};
export const KasbonAgingRow: KasbonAgingRowResolvers = { customer: (r) => ref(r.customerId) };
export const LowStockRow: LowStockRowResolvers = {
  product: (r) => ref(r.productId),
  category: (r) => ref(r.categoryId),
  branch: (r) => ref(r.branchId),
};
export const KasbonAging: KasbonAgingResolvers = { staff: (k, _a, ctx) => ctx.staffKasbon().rows(k.asOf) };
export const StaffKasbonRow: StaffKasbonRowResolvers = { user: (r) => ref(r.userId) };

export const CashBook: CashBookResolvers = { branch: (b) => ref(b.branchId) };
export const CashBookDay: CashBookDayResolvers = { closedByUser: (d) => ref(d.closedBy) };
export const CashBookLine: CashBookLineResolvers = {
  courier: (l) => ref(l.courierId),
  customer: (l) => ref(l.customerId),
  recordedByUser: (l) => ref(l.recordedBy),
};
