import { type BaseContext, forbidden, type PubSub, requireInternal, requireViewer } from '@pos/kit';
import { createLoaders, type ProductsLoaders } from './loaders';
import type { ProductsModels } from './models';
import { CatalogService } from './services/catalog.service';
import type { CatalogIndex } from './services/catalog-index';
import { CategoryService } from './services/category.service';
import { CsvExportService } from './services/csv-export.service';
import { CsvImportService } from './services/csv-import.service';
import { LowStockService } from './services/low-stock.service';
import type { MerchantDirectory } from './services/merchant-directory';
import { OrderStockService } from './services/order-stock.service';
import { PriceRuleService } from './services/price-rule.service';
import { ProductQueryService } from './services/product-query.service';
import { QuoteService } from './services/quote.service';
import { StockService } from './services/stock.service';
import { liveStockAlerts, type StockAlertMessage } from './services/stock-alerts';
import type { StockLedger } from './services/stock-ledger';
import { StockQueryService } from './services/stock-query.service';

export interface ProductsServices {
  models: ProductsModels;
  index: CatalogIndex;
  directory: MerchantDirectory;
  ledgerFor(merchantId: string): StockLedger;
  pubsub: PubSub;
}

export interface ProductsContext extends BaseContext {
  models: ProductsModels;
  loaders: ProductsLoaders;
  /** Services bound to the signed-in viewer; each throws UNAUTHENTICATED without one. */
  catalog(): CatalogService;
  products(): ProductQueryService;
  categories(): CategoryService;
  priceRules(): PriceRuleService;
  quotes(): QuoteService;
  stock(): StockService;
  stockQuery(): StockQueryService;
  csvImport(): CsvImportService;
  csvExport(): CsvExportService;
  /** The orders saga's steps: internal callers only, for the merchant they name. */
  orderStock(merchantId: string): OrderStockService;
  /** Reports' low-stock report: internal callers only, for the merchant they name. */
  lowStock(merchantId: string): LowStockService;
  /** Live stock alerts of a branch, checked per event for the viewer's tenant. */
  stockAlerts(branchId: string): AsyncIterableIterator<StockAlertMessage>;
}

export function createContext(base: BaseContext, s: ProductsServices): ProductsContext {
  const { models, index, directory } = s;
  const viewer = () => requireViewer(base);
  const call = () => ({ merchantId: viewer().merchantId, token: base.token, requestId: base.requestId });
  const products = () => new ProductQueryService(models, viewer(), index);
  const catalog = () => new CatalogService(models, viewer(), index);
  const categories = () => new CategoryService(models, viewer());
  /** Internal callers only; one acting for a signed-in user may only touch that user's merchant. */
  const internalFor = (merchantId: string) => {
    requireInternal(base);
    if (base.viewer && base.viewer.merchantId !== merchantId) throw forbidden('Another merchant');
  };
  return {
    ...base,
    models,
    loaders: createLoaders(models),
    catalog,
    products,
    categories,
    priceRules: () => new PriceRuleService(models, viewer(), directory, call()),
    quotes: () => new QuoteService(models, viewer(), directory, call()),
    stock: () => new StockService(models, viewer(), s.ledgerFor(viewer().merchantId), directory, call()),
    stockQuery: () =>
      new StockQueryService(models, viewer(), s.ledgerFor(viewer().merchantId), directory, call()),
    csvImport: () => new CsvImportService(viewer(), index, catalog(), categories(), products()),
    csvExport: () => new CsvExportService(models, viewer(), products()),
    stockAlerts: (branchId) => liveStockAlerts(s.pubsub, viewer(), branchId),
    orderStock: (merchantId) => {
      internalFor(merchantId);
      return new OrderStockService(models, s.ledgerFor(merchantId));
    },
    lowStock: (merchantId) => {
      internalFor(merchantId);
      return new LowStockService(models, s.ledgerFor(merchantId), base.viewer);
    },
  };
}
