import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  createCategory: (_, { input }, ctx) => ctx.categories().create(input),
  updateCategory: (_, { id, input }, ctx) => ctx.categories().update(id, input),
  deleteCategory: (_, { id }, ctx) => ctx.categories().delete(id),
  createProduct: (_, { input }, ctx) => ctx.catalog().create(input),
  updateProduct: (_, { id, input }, ctx) => ctx.catalog().update(id, input),
  setProductStatus: (_, { id, status }, ctx) => ctx.catalog().setStatus(id, status),
  importProductsCsv: (_, { csv }, ctx) => ctx.csvImport().importCsv(csv),
  createPriceRule: (_, { input }, ctx) => ctx.priceRules().create(input),
  deactivatePriceRule: (_, { id }, ctx) => ctx.priceRules().deactivate(id),
  receiveStock: (_, { input }, ctx) => ctx.stock().receive(input),
  adjustStock: (_, { input }, ctx) => ctx.stock().adjust(input),
  recordStockCount: (_, { input }, ctx) => ctx.stock().count(input),
  transferStock: (_, { input }, ctx) => ctx.stock().transfer(input),
  setLowStockThreshold: (_, { input }, ctx) => ctx.stockQuery().setThreshold(input),
  reserveStock: (_, { input }, ctx) => ctx.orderStock(input.merchantId).reserve(input),
  releaseStock: (_, { input }, ctx) => ctx.orderStock(input.merchantId).release(input),
  returnStock: (_, { input }, ctx) => ctx.orderStock(input.merchantId).returnStock(input),
};
