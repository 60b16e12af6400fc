import type {
  CategoryDoc,
  PriceRuleDoc,
  ProductDoc,
  ProductUnitDoc,
  ShortLine,
  StockEntryDoc,
} from './models';
import type { OutOfStockView } from './services/order-stock.service';
import type { BarcodeMatchView, ProductPage } from './services/product-query.service';
import type { QuoteLineView, QuoteView } from './services/quote.service';
import type { StockOperationView } from './services/stock.service';
import type { StockAlertMessage } from './services/stock-alerts';
import type { StockLevelView } from './services/stock-levels';
import type { StockEntryPage } from './services/stock-query.service';

export type ProductMapper = ProductDoc;
export type ProductUnitMapper = ProductUnitDoc;
export type CategoryMapper = CategoryDoc;
export type PriceRuleMapper = PriceRuleDoc;
export type BarcodeMatchMapper = BarcodeMatchView;
export type ProductConnectionMapper = ProductPage;
export type QuoteMapper = QuoteView;
export type QuoteLineMapper = QuoteLineView;
export type StockEntryMapper = StockEntryDoc;
export type StockEntryConnectionMapper = StockEntryPage;
export type StockLevelMapper = StockLevelView;
export type StockOperationMapper = StockOperationView;
/** A short line knows its merchant so `product` resolves through the tenant's loader. */
export type ShortStockLineMapper = ShortLine & { merchantId: string };
export type OutOfStockMapper = OutOfStockView;
export type StockAlertMapper = StockAlertMessage;
