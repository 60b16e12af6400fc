import { resultTypeOf } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Result unions whose success value is a mapped document without `__typename`. */
export const results: Resolvers = {
  CreateCategoryResult: { __resolveType: resultTypeOf('Category') },
  UpdateCategoryResult: { __resolveType: resultTypeOf('Category') },
  SetProductStatusResult: { __resolveType: resultTypeOf('Product') },
  ImportProductsCsvResult: { __resolveType: resultTypeOf('ProductImportReport') },
  PriceRuleResult: { __resolveType: resultTypeOf('PriceRule') },
  SetLowStockThresholdResult: { __resolveType: resultTypeOf('StockLevel') },
};
