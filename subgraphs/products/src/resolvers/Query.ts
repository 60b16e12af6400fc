import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  product: (_, { id }, ctx) => ctx.products().byId(id),
  productBySku: (_, { sku, includeArchived }, ctx) => ctx.products().bySku(sku, includeArchived ?? false),
  productByBarcode: (_, { barcode, includeArchived }, ctx) =>
    ctx.products().byBarcode(barcode, includeArchived ?? false),
  products: (_, { filter, first, after }, ctx) => ctx.products().list(filter ?? {}, first ?? 50, after),
  categories: (_, { parentId }, ctx) => ctx.categories().children(parentId ?? null),
  category: (_, { id }, ctx) => ctx.categories().get(id),
  quote: (_, { input }, ctx) => ctx.quotes().quote(input),
  stockLevel: (_, { productId, branchId }, ctx) => ctx.stockQuery().level(productId, branchId),
  stockLedger: (_, { filter, first, after }, ctx) =>
    ctx.stockQuery().entries(filter ?? {}, first ?? 50, after),
  lowStockItems: (_, { branchId }, ctx) => ctx.stockQuery().lowStockItems(branchId),
  lowStockLines: (_, { merchantId, branchIds, categoryId }, ctx) =>
    ctx.lowStock(merchantId).lines({ branchIds, categoryId }),
  exportProductsCsv: (_, { filter }, ctx) => ctx.csvExport().exportCsv(filter ?? {}),
};
