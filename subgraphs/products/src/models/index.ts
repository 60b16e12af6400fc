import type { Connection } from 'mongoose';
import { catalogVersionModel } from './catalog-version.model';
import { categoryModel } from './category.model';
import { codeClaimModel } from './code-claim.model';
import { priceRuleModel } from './price-rule.model';
import { productModel } from './product.model';
import { stockEntryModel } from './stock-entry.model';
import { stockOpModel, stockOpOutcomeModel } from './stock-op.model';
import { stockThresholdModel } from './stock-threshold.model';

export * from './catalog-version.model';
export * from './category.model';
export * from './code-claim.model';
export * from './price-rule.model';
export * from './product.model';
export * from './stock-entry.model';
export * from './stock-op.model';
export * from './stock-threshold.model';

export function registerModels(conn: Connection) {
  return {
    products: productModel(conn),
    codeClaims: codeClaimModel(conn),
    catalogVersions: catalogVersionModel(conn),
    categories: categoryModel(conn),
    priceRules: priceRuleModel(conn),
    stockEntries: stockEntryModel(conn),
    stockOps: stockOpModel(conn),
    stockOpOutcomes: stockOpOutcomeModel(conn),
    stockThresholds: stockThresholdModel(conn),
  };
}
export type ProductsModels = ReturnType<typeof registerModels>;
