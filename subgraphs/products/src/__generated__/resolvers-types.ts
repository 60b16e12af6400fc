import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StockAlertMapper, ProductMapper, ProductUnitMapper, CategoryMapper, PriceRuleMapper, BarcodeMatchMapper, ProductConnectionMapper, QuoteMapper, QuoteLineMapper, StockEntryMapper, StockEntryConnectionMapper, StockLevelMapper, StockOperationMapper, ShortStockLineMapper, OutOfStockMapper } from '../mappers';
import type { ProductsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in ISO-8601 with an offset; always returned in UTC. */
  DateTime: { input: Date; output: Date | string; }
  /**
   * Money in minor units of the merchant's currency, sent as a string-encoded integer so totals
   * above 2^31 survive every client. IDR has no minor unit: Rp15.500 is "15500".
   */
  Money: { input: number; output: number | string; }
  federation__Scope: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AdjustStockInput = {
  branchId: Scalars['ID']['input'];
  /**
   * In base units: negative for damaged or lost goods, positive for found ones.
   * Base units, non-zero, at most 10^6 either way.
   */
  change: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why, for the ledger: required. */
  note: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type AdjustStockResult = IdempotencyKeyReused | NotFound | OutOfStock | StockOperation;

/** What a scanned barcode stands for: a product in one of its units. */
export type BarcodeMatch = {
  __typename?: 'BarcodeMatch';
  product: Product;
  unit: ProductUnit;
};

/** Another product (or another unit of this one) already has this barcode. */
export type BarcodeTaken = ErrorResult & {
  __typename?: 'BarcodeTaken';
  barcode: Scalars['String']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type BaseUnitInput = {
  barcode?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 10^12 minor units (1,000,000,000,000). */
  price: Scalars['Money']['input'];
};

/** An outlet of a merchant. Stock, shifts and orders are per branch. */
export type Branch = {
  __typename?: 'Branch';
  id: Scalars['ID']['output'];
};

/** A group of products. Categories nest (Minuman > Kopi) and are ordered by `position` within their parent. */
export type Category = {
  __typename?: 'Category';
  children: Array<Category>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Category>;
  /** Names from the top category down to this one, e.g. ["Minuman", "Kopi"]. */
  path: Array<Scalars['String']['output']>;
  /** Sort order among siblings, lowest first (then by name). */
  position: Scalars['Int']['output'];
};

/** The category was deleted. */
export type CategoryDeleted = {
  __typename?: 'CategoryDeleted';
  id: Scalars['ID']['output'];
};

/** A category with subcategories or products cannot be deleted; move or archive them first. */
export type CategoryNotEmpty = ErrorResult & {
  __typename?: 'CategoryNotEmpty';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CreateCategoryInput = {
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to after the last sibling. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateCategoryResult = Category | NotFound;

export type CreatePriceRuleInput = {
  /** A branch of the caller's merchant that the caller may work at. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 40 characters; stored in capitals. */
  customerTier?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** At most 120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 10^12 minor units (1,000,000,000,000). */
  price: Scalars['Money']['input'];
  productId: Scalars['ID']['input'];
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to the base unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProductInput = {
  allowNegativeStock?: InputMaybe<Scalars['Boolean']['input']>;
  baseUnit: BaseUnitInput;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Per base unit. Setting it needs `cost:read`.
   * 0 to 10^12 minor units (1,000,000,000,000).
   */
  costPrice?: InputMaybe<Scalars['Money']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  sku: Scalars['String']['input'];
  status?: InputMaybe<ProductStatus>;
  taxable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Larger units (box, karton), each with its own price and barcode. */
  units?: InputMaybe<Array<ProductUnitInput>>;
};

export type DeleteCategoryResult = CategoryDeleted | CategoryNotEmpty | NotFound;

/** Exactly one of the two. */
export type DiscountInput = {
  /**
   * A fixed amount off the line (or the order), at most its value.
   * 0 to 10^12 minor units.
   */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /**
   * Percent in basis points: 1000 = 10%. The amount is rounded half-up to a minor unit.
   * 0 to 10000.
   */
  percentBasisPoints?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An expected failure the client must handle, returned as a member of a mutation's result
 * union. `code` is stable SCREAMING_CASE (one code per failure across the supergraph);
 * `message` is for people.
 */
export type ErrorResult = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * The idempotency key was used before for a different request; nothing was done. Code
 * `IDEMPOTENCY_KEY_REUSED`.
 */
export type IdempotencyKeyReused = ErrorResult & {
  __typename?: 'IdempotencyKeyReused';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * Rows of an import fail one by one, in `ProductImportReport.errors`; the import as a whole has no
 * other outcome (a file that is not CSV is BAD_USER_INPUT).
 */
export type ImportProductsCsvResult = ProductImportReport;

/** A category cannot move under itself or one of its own subcategories. */
export type InvalidCategoryMove = ErrorResult & {
  __typename?: 'InvalidCategoryMove';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A product below its low-stock threshold at a branch. Internal (the reports subgraph's low-stock report). */
export type LowStockLine = {
  __typename?: 'LowStockLine';
  /** Current stock in base units; may be negative after offline sales. */
  balance: Scalars['Int']['output'];
  /** Name of the base unit stock is counted in (pcs, kg, ...). */
  baseUnit: Scalars['String']['output'];
  branchId: Scalars['ID']['output'];
  categoryId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  sku: Scalars['String']['output'];
  /** Base units; the product is low at the branch below it. */
  threshold: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A correction with a reason; refused below zero unless the product allows negative stock. */
  adjustStock: AdjustStockResult;
  createCategory: CreateCategoryResult;
  createPriceRule: PriceRuleResult;
  createProduct: ProductResult;
  /** Ends a special price; it stays in the history. */
  deactivatePriceRule: PriceRuleResult;
  deleteCategory: DeleteCategoryResult;
  /**
   * Creates or updates products by SKU from CSV (columns: sku, name, price, and optionally
   * description, category (`Minuman > Kopi`; created when missing), status, taxable, cost_price,
   * allow_negative_stock, image_url, base_unit, barcode, units (`box:12:55000:8991234567890|karton:24:100000:`)).
   * Bad rows are reported; good rows are saved. At most 10,000 rows per file.
   */
  importProductsCsv: ImportProductsCsvResult;
  /** Goods arriving from a supplier (RECEIVE entries). */
  receiveStock: ReceiveStockResult;
  /** A stock count (opname): records counted minus expected for each line, whatever it is. */
  recordStockCount: StockCountResult;
  /**
   * Internal (orders): gives back exactly what the reservation (orderId, step) took; a later
   * reserve of that step takes nothing. Idempotent.
   */
  releaseStock: OrderStockChange;
  /** Internal (orders): takes stock for the lines of a sale, all or nothing. Idempotent by (orderId, step). */
  reserveStock: ReserveStockResult;
  /** Internal (orders): puts sold goods back for a void or a refund. Idempotent by (orderId, step). */
  returnStock: OrderStockChange;
  setLowStockThreshold: SetLowStockThresholdResult;
  /** Archive (hide) or bring back a product, or mark it inactive. */
  setProductStatus: SetProductStatusResult;
  /** Moves stock between branches: a TRANSFER_OUT and a TRANSFER_IN entry per line, both or neither. */
  transferStock: TransferStockResult;
  updateCategory: UpdateCategoryResult;
  updateProduct: ProductResult;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationCreateCategoryArgs = {
  input: CreateCategoryInput;
};


export type MutationCreatePriceRuleArgs = {
  input: CreatePriceRuleInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationDeactivatePriceRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportProductsCsvArgs = {
  csv: Scalars['String']['input'];
};


export type MutationReceiveStockArgs = {
  input: ReceiveStockInput;
};


export type MutationRecordStockCountArgs = {
  input: StockCountInput;
};


export type MutationReleaseStockArgs = {
  input: ReleaseStockInput;
};


export type MutationReserveStockArgs = {
  input: ReserveStockInput;
};


export type MutationReturnStockArgs = {
  input: ReturnStockInput;
};


export type MutationSetLowStockThresholdArgs = {
  input: SetLowStockThresholdInput;
};


export type MutationSetProductStatusArgs = {
  id: Scalars['ID']['input'];
  status: ProductStatus;
};


export type MutationTransferStockArgs = {
  input: TransferStockInput;
};


export type MutationUpdateCategoryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCategoryInput;
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};

/**
 * What the mutation names does not exist, or belongs to another merchant (the two read the
 * same). Code `NOT_FOUND`.
 */
export type NotFound = ErrorResult & {
  __typename?: 'NotFound';
  code: Scalars['String']['output'];
  /** The kind of record that is missing, as its GraphQL type name: `Branch`, `Cart`, `Product`, ... */
  entity: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** What a reserve, release or return did for an order step. */
export type OrderStockChange = {
  __typename?: 'OrderStockChange';
  lines: Array<OrderStockLine>;
  orderId: Scalars['ID']['output'];
  /** True when an earlier call had already done it; nothing changed this time. */
  replayed: Scalars['Boolean']['output'];
  step: Scalars['String']['output'];
};

/** A line of an order's stock change, with the balance after it. */
export type OrderStockLine = {
  __typename?: 'OrderStockLine';
  balance: Scalars['Int']['output'];
  baseQuantity: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
};

/** Not enough stock for some lines; nothing was taken. Code `OUT_OF_STOCK`. */
export type OutOfStock = ErrorResult & {
  __typename?: 'OutOfStock';
  code: Scalars['String']['output'];
  lines: Array<ShortStockLine>;
  message: Scalars['String']['output'];
};

/**
 * A special unit price. It applies when every condition it has holds: the sale time is within
 * [`startsAt`, `endsAt`), the branch matches, the customer's tier matches. When several apply,
 * the lowest price wins. It replaces the unit's list price even when higher (a branch in a mall
 * may charge more). Discounts then apply on top.
 */
export type PriceRule = {
  __typename?: 'PriceRule';
  active: Scalars['Boolean']['output'];
  branch?: Maybe<Branch>;
  createdAt: Scalars['DateTime']['output'];
  /** A customer tier name as the customers subgraph gives it, e.g. `GOLD`. */
  customerTier?: Maybe<Scalars['String']['output']>;
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** A label for people, e.g. "Promo Gajian". */
  name?: Maybe<Scalars['String']['output']>;
  price: Scalars['Money']['output'];
  product: Product;
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** The unit it prices; other units keep their own prices. */
  unitName: Scalars['String']['output'];
};

export type PriceRuleResult = NotFound | PriceRule;

/** Something the merchant sells. */
export type Product = {
  __typename?: 'Product';
  /** When true, even online sales may take stock below zero (made-to-order goods, services). */
  allowNegativeStock: Scalars['Boolean']['output'];
  /** The unit stock is counted in (factor 1). */
  baseUnit: ProductUnit;
  category?: Maybe<Category>;
  /** What one base unit costs the merchant, for gross profit. Needs `cost:read`. */
  costPrice?: Maybe<Scalars['Money']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Special prices of this product; by default only those in force now or later. */
  priceRules: Array<PriceRule>;
  /** The merchant's own code; unique per merchant, case-insensitive. */
  sku: Scalars['String']['output'];
  status: ProductStatus;
  /** Stock at one branch. */
  stock: StockLevel;
  /** Stock at every branch that has a ledger or a threshold for this product. */
  stockLevels: Array<StockLevel>;
  /** Whether PPN applies when the merchant has tax turned on. */
  taxable: Scalars['Boolean']['output'];
  /** Every unit, the base unit first, then by factor. */
  units: Array<ProductUnit>;
  updatedAt: Scalars['DateTime']['output'];
};


/** Something the merchant sells. */
export type ProductPriceRulesArgs = {
  includeExpired?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Something the merchant sells. */
export type ProductStockArgs = {
  branchId: Scalars['ID']['input'];
};

/** A page of products, ordered by name (then id). */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Product>;
  /** Products matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type ProductFilter = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Adds ARCHIVED to the default statuses. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** With `categoryId`: also products of its subcategories. */
  includeSubcategories?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Words the name starts with, in any order and case; each word matches the start of a word of
   * the name or the SKU (`kop sus` finds "Kopi Susu Gula Aren").
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses; by default ACTIVE and INACTIVE. */
  statuses?: InputMaybe<Array<ProductStatus>>;
};

/** A row of an import that was not saved. */
export type ProductImportError = {
  __typename?: 'ProductImportError';
  code: Scalars['String']['output'];
  /** The column at fault, when one is. */
  column?: Maybe<Scalars['String']['output']>;
  /** Line number in the file, the header being line 1. */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  sku?: Maybe<Scalars['String']['output']>;
};

/** What an import did. Good rows are saved even when others fail. */
export type ProductImportReport = {
  __typename?: 'ProductImportReport';
  created: Scalars['Int']['output'];
  errors: Array<ProductImportError>;
  failed: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** Some lines are for products that are not for sale (INACTIVE or ARCHIVED). */
export type ProductNotForSale = ErrorResult & {
  __typename?: 'ProductNotForSale';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  productIds: Array<Scalars['ID']['output']>;
};

export type ProductResult = BarcodeTaken | NotFound | Product | SkuTaken;

/**
 * Whether a product can be sold. Archived products are hidden from lists and look-ups by default
 * but still resolve by id, so old orders keep showing them.
 */
export type ProductStatus =
  /** For sale. */
  | 'ACTIVE'
  /** No longer sold; hidden unless asked for. Its SKU and barcodes stay reserved. */
  | 'ARCHIVED'
  /** Listed but not for sale right now (out of season, recalled); the till refuses it. */
  | 'INACTIVE';

/**
 * A unit a product is sold in. Stock is always counted in the base unit: selling 1 `box` of
 * factor 12 takes 12 from stock.
 */
export type ProductUnit = {
  __typename?: 'ProductUnit';
  /** Scanning it at the till picks this unit. Unique across every unit of every product of the merchant. */
  barcode?: Maybe<Scalars['String']['output']>;
  /** Base units in one of this unit; 1 for the base unit. */
  factor: Scalars['Int']['output'];
  isBase: Scalars['Boolean']['output'];
  /** Unique per product, case-insensitive: `pcs`, `box`, `karton`. */
  name: Scalars['String']['output'];
  /** List price of one of this unit, before special prices and discounts. */
  price: Scalars['Money']['output'];
};

export type ProductUnitInput = {
  barcode?: InputMaybe<Scalars['String']['input']>;
  /** Base units in one of this unit; at least 2 for an extra unit. */
  factor: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  /** 0 to 10^12 minor units (1,000,000,000,000). */
  price: Scalars['Money']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Categories under `parentId` (top-level ones without it), in order. */
  categories: Array<Category>;
  category?: Maybe<Category>;
  /** The catalog as CSV, in the columns `importProductsCsv` reads; `cost_price` only with `cost:read`. */
  exportProductsCsv: Scalars['String']['output'];
  /**
   * Products below their threshold, at one branch or at every branch the caller may see; the most
   * short first (threshold - balance), then by SKU and branch.
   */
  lowStockItems: Array<StockLevel>;
  /**
   * Internal (reports): every product below its threshold at the given branches of `merchantId`
   * (empty or omitted: every branch), most short first, then by SKU and branch. `categoryId`
   * includes its subcategories (NOT_FOUND when the merchant has no such category). Explicit
   * merchant and branches because downloads call without a user; with a user's token, only that
   * user's merchant and branches.
   */
  lowStockLines: Array<LowStockLine>;
  product?: Maybe<Product>;
  /** Exact barcode of any unit: the till's scan. */
  productByBarcode?: Maybe<BarcodeMatch>;
  /** Exact, case-insensitive SKU. */
  productBySku?: Maybe<Product>;
  /** Products by name, with filters; archived ones only when asked for. */
  products: ProductConnection;
  /** Prices lines exactly as checkout will: units, special prices, discounts, tax. */
  quote: QuoteResult;
  /** Ledger entries, newest first. */
  stockLedger: StockEntryConnection;
  stockLevel: StockLevel;
};


export type QueryCategoriesArgs = {
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportProductsCsvArgs = {
  filter?: InputMaybe<ProductFilter>;
};


export type QueryLowStockItemsArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLowStockLinesArgs = {
  branchIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  merchantId: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductByBarcodeArgs = {
  barcode: Scalars['String']['input'];
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProductBySkuArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  sku: Scalars['String']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuoteArgs = {
  input: QuoteInput;
};


export type QueryStockLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockLedgerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockLevelArgs = {
  branchId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
};

/**
 * Lines priced exactly as checkout prices them. Cash rounding is not applied here (only cash
 * payments are rounded, at checkout).
 */
export type Quote = {
  __typename?: 'Quote';
  at: Scalars['DateTime']['output'];
  cost: Scalars['Money']['output'];
  currency: Scalars['String']['output'];
  gross: Scalars['Money']['output'];
  lineDiscount: Scalars['Money']['output'];
  lines: Array<QuoteLine>;
  netRevenue: Scalars['Money']['output'];
  orderDiscount: Scalars['Money']['output'];
  pricesIncludeTax: Scalars['Boolean']['output'];
  tax: Scalars['Money']['output'];
  taxEnabled: Scalars['Boolean']['output'];
  taxRateBasisPoints: Scalars['Int']['output'];
  total: Scalars['Money']['output'];
};

export type QuoteInput = {
  /** When the sale happens; defaults to now. Offline sales are priced at the time they happened. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  branchId: Scalars['ID']['input'];
  /** Special prices for the customer's tier apply; the tier is asked of the customers subgraph. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The tier directly, when the caller already knows it (wins over `customerId`). */
  customerTier?: InputMaybe<Scalars['String']['input']>;
  lines: Array<QuoteLineInput>;
  /** Spread over the lines pro rata to their value after line discounts. Needs `sales:discount`. */
  orderDiscount?: InputMaybe<DiscountInput>;
};

/**
 * One priced line. Order of application: unit price (special price or override) x quantity =
 * `gross`; minus `lineDiscount`; minus this line's share of the order discount; then tax on what
 * is left, rounded half-up once per line.
 */
export type QuoteLine = {
  __typename?: 'QuoteLine';
  /** What leaves stock: quantity x conversion. */
  baseQuantity: Scalars['Int']['output'];
  categoryId?: Maybe<Scalars['ID']['output']>;
  /** Base units per unit. */
  conversion: Scalars['Int']['output'];
  /** Cost of goods: baseQuantity x cost price. Internal only (reports' gross profit). */
  cost: Scalars['Money']['output'];
  gross: Scalars['Money']['output'];
  lineDiscount: Scalars['Money']['output'];
  /** The unit's list price. */
  listUnitPrice: Scalars['Money']['output'];
  name: Scalars['String']['output'];
  /** Revenue without tax: total - tax. */
  netRevenue: Scalars['Money']['output'];
  /** This line's share of the order discount. */
  orderDiscount: Scalars['Money']['output'];
  priceOverridden: Scalars['Boolean']['output'];
  /** The special price applied, if any. */
  priceRuleId?: Maybe<Scalars['ID']['output']>;
  product: Product;
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  /** Tax included in (prices include tax) or added to (prices exclude tax) the line. */
  tax: Scalars['Money']['output'];
  taxable: Scalars['Boolean']['output'];
  /** What the customer pays for the line. */
  total: Scalars['Money']['output'];
  unitName: Scalars['String']['output'];
  /** The price charged per unit: a special price, an override, or the list price. */
  unitPrice: Scalars['Money']['output'];
};

export type QuoteLineInput = {
  barcode?: InputMaybe<Scalars['String']['input']>;
  /** Needs `sales:discount`. */
  discount?: InputMaybe<DiscountInput>;
  /**
   * A unit price set by hand instead of the list or special price. Needs `sales:price-override`.
   * 0 to 10^12 minor units (1,000,000,000,000). Needs `sales:price-override`.
   */
  priceOverride?: InputMaybe<Scalars['Money']['input']>;
  /** The product, or a `barcode` to look it up (which also picks the unit). */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Number of the chosen unit, at least 1.
   * 1 to 10^6 of the unit given.
   */
  quantity: Scalars['Int']['input'];
  /** Unit name; the scanned barcode's unit or else the base unit by default. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type QuoteResult = ProductNotForSale | Quote;

export type ReceiveStockInput = {
  branchId: Scalars['ID']['input'];
  /** Retrying with the same key (per merchant) does not receive twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ReceiveStockLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** E.g. the supplier's delivery note number. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type ReceiveStockLineInput = {
  productId: Scalars['ID']['input'];
  /** 1 to 10^6 of the unit given (at most 10^9 base units). */
  quantity: Scalars['Int']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
  /**
   * Cost per base unit on the delivery note, recorded on the entry.
   * 0 to 10^12 minor units.
   */
  unitCost?: InputMaybe<Scalars['Money']['input']>;
};

export type ReceiveStockResult = IdempotencyKeyReused | NotFound | StockOperation;

export type ReleaseStockInput = {
  merchantId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
  /** The step of the reservation to give back. */
  step: Scalars['String']['input'];
};

/** The reservation was released before it was made (a recovery job cancelled the order); nothing was taken. */
export type ReservationReleased = ErrorResult & {
  __typename?: 'ReservationReleased';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ReserveStockInput = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** For offline sales, which already happened: accepted even below zero, with a negative-stock alert. */
  allowNegative?: InputMaybe<Scalars['Boolean']['input']>;
  /** When the sale happened; defaults to now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  branchId: Scalars['ID']['input'];
  deviceId?: InputMaybe<Scalars['String']['input']>;
  lines: Array<StockLineInput>;
  /** Explicit because the orders recovery job calls without a user token. */
  merchantId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Names the saga step; `(orderId, step)` makes the call idempotent. */
  step: Scalars['String']['input'];
};

export type ReserveStockResult = OrderStockChange | OutOfStock | ReservationReleased;

/** Why sold goods come back. */
export type ReturnReason =
  | 'REFUND'
  | 'VOID';

export type ReturnStockInput = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  branchId: Scalars['ID']['input'];
  lines: Array<StockLineInput>;
  merchantId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
  reason: ReturnReason;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** `(orderId, step)` makes the call idempotent, e.g. `void` or `refund:<refundId>`. */
  step: Scalars['String']['input'];
};

export type SetLowStockThresholdInput = {
  branchId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  /** Base units; null removes the alert. */
  threshold?: InputMaybe<Scalars['Int']['input']>;
};

export type SetLowStockThresholdResult = NotFound | StockLevel;

export type SetProductStatusResult = NotFound | Product;

/** A line that does not have enough stock. */
export type ShortStockLine = {
  __typename?: 'ShortStockLine';
  /** Base units in stock when it was checked. */
  available: Scalars['Int']['output'];
  product: Product;
  /** Base units asked for. */
  requested: Scalars['Int']['output'];
};

/** Another product of the merchant already has this SKU. */
export type SkuTaken = ErrorResult & {
  __typename?: 'SkuTaken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  sku: Scalars['String']['output'];
};

/** A live stock alert for one branch. */
export type StockAlert = {
  __typename?: 'StockAlert';
  at: Scalars['DateTime']['output'];
  /** Base units after the entry that raised the alert. */
  balance: Scalars['Int']['output'];
  branch: Branch;
  /** Sequence of the ledger entry that raised the alert. */
  entrySeq: Scalars['Int']['output'];
  kind: StockAlertKind;
  product: Product;
  /** The threshold crossed (LOW only). */
  threshold?: Maybe<Scalars['Int']['output']>;
};

/** Why a stock alert was raised. */
export type StockAlertKind =
  /** The balance crossed below the product's threshold at the branch (once per crossing). */
  | 'LOW'
  /** Offline sales drove the balance below zero; the stock needs a count. */
  | 'NEGATIVE';

export type StockCountInput = {
  branchId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<StockCountLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type StockCountLineInput = {
  /**
   * Base units on the shelf.
   * 0 to 10^9 base units.
   */
  counted: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
};

export type StockCountResult = IdempotencyKeyReused | NotFound | StockOperation;

/**
 * One entry of the stock ledger of a product at a branch. Entries are never edited or deleted;
 * current stock is the balance of the latest one.
 */
export type StockEntry = {
  __typename?: 'StockEntry';
  actor?: Maybe<User>;
  /** When it happened (an offline sale's own time). */
  at: Scalars['DateTime']['output'];
  /** Stock after this entry. */
  balance: Scalars['Int']['output'];
  branch: Branch;
  /** In base units; negative when stock left. */
  change: Scalars['Int']['output'];
  /** COUNT only: what was counted. */
  counted?: Maybe<Scalars['Int']['output']>;
  deviceId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  orderId?: Maybe<Scalars['ID']['output']>;
  product: Product;
  reason: StockReason;
  recordedAt: Scalars['DateTime']['output'];
  /** A delivery note, an order number, a count sheet... */
  reference?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3, ... per product and branch, without gaps. */
  seq: Scalars['Int']['output'];
  /** RECEIVE only: cost per base unit on the delivery note. */
  unitCost?: Maybe<Scalars['Money']['output']>;
};

/** A page of ledger entries, newest first. */
export type StockEntryConnection = {
  __typename?: 'StockEntryConnection';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<StockEntry>;
};

export type StockLedgerFilter = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  reasons?: InputMaybe<Array<StockReason>>;
  reference?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Stock of a product at a branch. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** In base units; may be negative after offline sales. */
  balance: Scalars['Int']['output'];
  branch: Branch;
  low: Scalars['Boolean']['output'];
  /** Below this the product is low at the branch; null when no alert is wanted. */
  lowStockThreshold?: Maybe<Scalars['Int']['output']>;
  product: Product;
  /** Sequence of the latest ledger entry (0 before any). */
  seq: Scalars['Int']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A product and a quantity in base units. */
export type StockLineInput = {
  baseQuantity: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
};

/** A stock operation and the ledger entries it wrote. */
export type StockOperation = {
  __typename?: 'StockOperation';
  entries: Array<StockEntry>;
  id: Scalars['ID']['output'];
  kind: StockOperationKind;
  /** True when an earlier call with the same idempotency key had already done it. */
  replayed: Scalars['Boolean']['output'];
};

/** Kind of a stock operation. */
export type StockOperationKind =
  | 'ADJUST'
  | 'COUNT'
  | 'RECEIVE'
  | 'TRANSFER';

/** A quantity of a product: in `unit` (default the base unit), converted to base units. */
export type StockQuantityInput = {
  productId: Scalars['ID']['input'];
  /** 1 to 10^6 of the unit given (at most 10^9 base units). */
  quantity: Scalars['Int']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Why stock changed. */
export type StockReason =
  | 'ADJUSTMENT'
  /** A stock count (opname): the change is counted minus what the ledger said. */
  | 'COUNT'
  | 'RECEIVE'
  | 'REFUND'
  /** Given back because the checkout (or transfer) that took it did not complete. */
  | 'RELEASE'
  | 'SALE'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT'
  | 'VOID';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Low-stock and negative-stock alerts of a branch as they happen. A LOW alert comes once per
   * crossing below the threshold, not again until the stock is back at or above it.
   */
  lowStockAlerts: StockAlert;
};


export type SubscriptionLowStockAlertsArgs = {
  branchId: Scalars['ID']['input'];
};

export type TransferStockInput = {
  fromBranchId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<StockQuantityInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  toBranchId: Scalars['ID']['input'];
};

export type TransferStockResult = IdempotencyKeyReused | NotFound | OutOfStock | StockOperation;

export type UpdateCategoryInput = {
  /** True makes it a top-level category. */
  moveToTop?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Moves the category under another one; it may not move under itself or its own subcategories. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateCategoryResult = Category | InvalidCategoryMove | NotFound;

/**
 * Only the fields given change. `baseUnit` and `units` replace what was there; changing a
 * price needs `prices:write`, changing the cost needs `cost:read`.
 */
export type UpdateProductInput = {
  allowNegativeStock?: InputMaybe<Scalars['Boolean']['input']>;
  baseUnit?: InputMaybe<BaseUnitInput>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** True moves the product out of any category. */
  clearCategory?: InputMaybe<Scalars['Boolean']['input']>;
  /** 0 to 10^12 minor units (1,000,000,000,000). */
  costPrice?: InputMaybe<Scalars['Money']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProductStatus>;
  taxable?: InputMaybe<Scalars['Boolean']['input']>;
  units?: InputMaybe<Array<ProductUnitInput>>;
};

/** A staff member (owner, cashier, courier, ...) of one merchant. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Category: Category;
  Product: Product;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Category:
    ( { __typename: 'Category' }
    & GraphQLRecursivePick<FederationTypes['Category'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AdjustStockResult:
    | ( IdempotencyKeyReused )
    | ( NotFound )
    | ( OutOfStockMapper )
    | ( StockOperationMapper )
  ;
  CreateCategoryResult:
    | ( CategoryMapper )
    | ( NotFound )
  ;
  DeleteCategoryResult:
    | ( CategoryDeleted )
    | ( CategoryNotEmpty )
    | ( NotFound )
  ;
  ImportProductsCsvResult: ( ProductImportReport );
  PriceRuleResult:
    | ( NotFound )
    | ( PriceRuleMapper )
  ;
  ProductResult:
    | ( BarcodeTaken )
    | ( NotFound )
    | ( ProductMapper )
    | ( SkuTaken )
  ;
  QuoteResult:
    | ( ProductNotForSale )
    | ( QuoteMapper )
  ;
  ReceiveStockResult:
    | ( IdempotencyKeyReused )
    | ( NotFound )
    | ( StockOperationMapper )
  ;
  ReserveStockResult:
    | ( OrderStockChange )
    | ( OutOfStockMapper )
    | ( ReservationReleased )
  ;
  SetLowStockThresholdResult:
    | ( NotFound )
    | ( StockLevelMapper )
  ;
  SetProductStatusResult:
    | ( NotFound )
    | ( ProductMapper )
  ;
  StockCountResult:
    | ( IdempotencyKeyReused )
    | ( NotFound )
    | ( StockOperationMapper )
  ;
  TransferStockResult:
    | ( IdempotencyKeyReused )
    | ( NotFound )
    | ( OutOfStockMapper )
    | ( StockOperationMapper )
  ;
  UpdateCategoryResult:
    | ( CategoryMapper )
    | ( InvalidCategoryMove )
    | ( NotFound )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ErrorResult:
    | ( BarcodeTaken )
    | ( CategoryNotEmpty )
    | ( IdempotencyKeyReused )
    | ( InvalidCategoryMove )
    | ( NotFound )
    | ( OutOfStockMapper )
    | ( ProductNotForSale )
    | ( ReservationReleased )
    | ( SkuTaken )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdjustStockInput: AdjustStockInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AdjustStockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AdjustStockResult']>;
  BarcodeMatch: ResolverTypeWrapper<BarcodeMatchMapper>;
  BarcodeTaken: ResolverTypeWrapper<BarcodeTaken>;
  BaseUnitInput: BaseUnitInput;
  Branch: ResolverTypeWrapper<Branch>;
  Category: ResolverTypeWrapper<CategoryMapper>;
  CategoryDeleted: ResolverTypeWrapper<CategoryDeleted>;
  CategoryNotEmpty: ResolverTypeWrapper<CategoryNotEmpty>;
  CreateCategoryInput: CreateCategoryInput;
  CreateCategoryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateCategoryResult']>;
  CreatePriceRuleInput: CreatePriceRuleInput;
  CreateProductInput: CreateProductInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteCategoryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DeleteCategoryResult']>;
  DiscountInput: DiscountInput;
  ErrorResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ErrorResult']>;
  IdempotencyKeyReused: ResolverTypeWrapper<IdempotencyKeyReused>;
  ImportProductsCsvResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ImportProductsCsvResult']>;
  InvalidCategoryMove: ResolverTypeWrapper<InvalidCategoryMove>;
  LowStockLine: ResolverTypeWrapper<LowStockLine>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotFound: ResolverTypeWrapper<NotFound>;
  OrderStockChange: ResolverTypeWrapper<OrderStockChange>;
  OrderStockLine: ResolverTypeWrapper<OrderStockLine>;
  OutOfStock: ResolverTypeWrapper<OutOfStockMapper>;
  PriceRule: ResolverTypeWrapper<PriceRuleMapper>;
  PriceRuleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PriceRuleResult']>;
  Product: ResolverTypeWrapper<ProductMapper>;
  ProductConnection: ResolverTypeWrapper<ProductConnectionMapper>;
  ProductFilter: ProductFilter;
  ProductImportError: ResolverTypeWrapper<ProductImportError>;
  ProductImportReport: ResolverTypeWrapper<ProductImportReport>;
  ProductNotForSale: ResolverTypeWrapper<ProductNotForSale>;
  ProductResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ProductResult']>;
  ProductStatus: ProductStatus;
  ProductUnit: ResolverTypeWrapper<ProductUnitMapper>;
  ProductUnitInput: ProductUnitInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteMapper>;
  QuoteInput: QuoteInput;
  QuoteLine: ResolverTypeWrapper<QuoteLineMapper>;
  QuoteLineInput: QuoteLineInput;
  QuoteResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['QuoteResult']>;
  ReceiveStockInput: ReceiveStockInput;
  ReceiveStockLineInput: ReceiveStockLineInput;
  ReceiveStockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReceiveStockResult']>;
  ReleaseStockInput: ReleaseStockInput;
  ReservationReleased: ResolverTypeWrapper<ReservationReleased>;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReserveStockResult']>;
  ReturnReason: ReturnReason;
  ReturnStockInput: ReturnStockInput;
  SetLowStockThresholdInput: SetLowStockThresholdInput;
  SetLowStockThresholdResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetLowStockThresholdResult']>;
  SetProductStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetProductStatusResult']>;
  ShortStockLine: ResolverTypeWrapper<ShortStockLineMapper>;
  SkuTaken: ResolverTypeWrapper<SkuTaken>;
  StockAlert: ResolverTypeWrapper<StockAlertMapper>;
  StockAlertKind: StockAlertKind;
  StockCountInput: StockCountInput;
  StockCountLineInput: StockCountLineInput;
  StockCountResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StockCountResult']>;
  StockEntry: ResolverTypeWrapper<StockEntryMapper>;
  StockEntryConnection: ResolverTypeWrapper<StockEntryConnectionMapper>;
  StockLedgerFilter: StockLedgerFilter;
  StockLevel: ResolverTypeWrapper<StockLevelMapper>;
  StockLineInput: StockLineInput;
  StockOperation: ResolverTypeWrapper<StockOperationMapper>;
  StockOperationKind: StockOperationKind;
  StockQuantityInput: StockQuantityInput;
  StockReason: StockReason;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TransferStockInput: TransferStockInput;
  TransferStockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TransferStockResult']>;
  UpdateCategoryInput: UpdateCategoryInput;
  UpdateCategoryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateCategoryResult']>;
  UpdateProductInput: UpdateProductInput;
  User: ResolverTypeWrapper<User>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdjustStockInput: AdjustStockInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AdjustStockResult: ResolversUnionTypes<ResolversParentTypes>['AdjustStockResult'];
  BarcodeMatch: BarcodeMatchMapper;
  BarcodeTaken: BarcodeTaken;
  BaseUnitInput: BaseUnitInput;
  Branch: Branch;
  Category: CategoryMapper;
  CategoryDeleted: CategoryDeleted;
  CategoryNotEmpty: CategoryNotEmpty;
  CreateCategoryInput: CreateCategoryInput;
  CreateCategoryResult: ResolversUnionTypes<ResolversParentTypes>['CreateCategoryResult'];
  CreatePriceRuleInput: CreatePriceRuleInput;
  CreateProductInput: CreateProductInput;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteCategoryResult: ResolversUnionTypes<ResolversParentTypes>['DeleteCategoryResult'];
  DiscountInput: DiscountInput;
  ErrorResult: ResolversInterfaceTypes<ResolversParentTypes>['ErrorResult'];
  IdempotencyKeyReused: IdempotencyKeyReused;
  ImportProductsCsvResult: ResolversUnionTypes<ResolversParentTypes>['ImportProductsCsvResult'];
  InvalidCategoryMove: InvalidCategoryMove;
  LowStockLine: LowStockLine;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NotFound: NotFound;
  OrderStockChange: OrderStockChange;
  OrderStockLine: OrderStockLine;
  OutOfStock: OutOfStockMapper;
  PriceRule: PriceRuleMapper;
  PriceRuleResult: ResolversUnionTypes<ResolversParentTypes>['PriceRuleResult'];
  Product: ProductMapper;
  ProductConnection: ProductConnectionMapper;
  ProductFilter: ProductFilter;
  ProductImportError: ProductImportError;
  ProductImportReport: ProductImportReport;
  ProductNotForSale: ProductNotForSale;
  ProductResult: ResolversUnionTypes<ResolversParentTypes>['ProductResult'];
  ProductUnit: ProductUnitMapper;
  ProductUnitInput: ProductUnitInput;
  Query: Record<PropertyKey, never>;
  Quote: QuoteMapper;
  QuoteInput: QuoteInput;
  QuoteLine: QuoteLineMapper;
  QuoteLineInput: QuoteLineInput;
  QuoteResult: ResolversUnionTypes<ResolversParentTypes>['QuoteResult'];
  ReceiveStockInput: ReceiveStockInput;
  ReceiveStockLineInput: ReceiveStockLineInput;
  ReceiveStockResult: ResolversUnionTypes<ResolversParentTypes>['ReceiveStockResult'];
  ReleaseStockInput: ReleaseStockInput;
  ReservationReleased: ReservationReleased;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolversUnionTypes<ResolversParentTypes>['ReserveStockResult'];
  ReturnStockInput: ReturnStockInput;
  SetLowStockThresholdInput: SetLowStockThresholdInput;
  SetLowStockThresholdResult: ResolversUnionTypes<ResolversParentTypes>['SetLowStockThresholdResult'];
  SetProductStatusResult: ResolversUnionTypes<ResolversParentTypes>['SetProductStatusResult'];
  ShortStockLine: ShortStockLineMapper;
  SkuTaken: SkuTaken;
  StockAlert: StockAlertMapper;
  StockCountInput: StockCountInput;
  StockCountLineInput: StockCountLineInput;
  StockCountResult: ResolversUnionTypes<ResolversParentTypes>['StockCountResult'];
  StockEntry: StockEntryMapper;
  StockEntryConnection: StockEntryConnectionMapper;
  StockLedgerFilter: StockLedgerFilter;
  StockLevel: StockLevelMapper;
  StockLineInput: StockLineInput;
  StockOperation: StockOperationMapper;
  StockQuantityInput: StockQuantityInput;
  Subscription: Record<PropertyKey, never>;
  TransferStockInput: TransferStockInput;
  TransferStockResult: ResolversUnionTypes<ResolversParentTypes>['TransferStockResult'];
  UpdateCategoryInput: UpdateCategoryInput;
  UpdateCategoryResult: ResolversUnionTypes<ResolversParentTypes>['UpdateCategoryResult'];
  UpdateProductInput: UpdateProductInput;
  User: User;
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = ProductsContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = ProductsContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = ProductsContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ProductsContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = ProductsContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = ProductsContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AdjustStockResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['AdjustStockResult'] = ResolversParentTypes['AdjustStockResult']> = {
  __resolveType: TypeResolveFn<'IdempotencyKeyReused' | 'NotFound' | 'OutOfStock' | 'StockOperation', ParentType, ContextType>;
};

export type BarcodeMatchResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['BarcodeMatch'] = ResolversParentTypes['BarcodeMatch']> = {
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['ProductUnit'], ParentType, ContextType>;
};

export type BarcodeTakenResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['BarcodeTaken'] = ResolversParentTypes['BarcodeTaken']> = {
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BranchResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category'], FederationReferenceType extends FederationReferenceTypes['Category'] = FederationReferenceTypes['Category']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Category']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CategoryDeletedResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['CategoryDeleted'] = ResolversParentTypes['CategoryDeleted']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CategoryNotEmptyResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['CategoryNotEmpty'] = ResolversParentTypes['CategoryNotEmpty']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateCategoryResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['CreateCategoryResult'] = ResolversParentTypes['CreateCategoryResult']> = {
  __resolveType: TypeResolveFn<'Category' | 'NotFound', ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteCategoryResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['DeleteCategoryResult'] = ResolversParentTypes['DeleteCategoryResult']> = {
  __resolveType: TypeResolveFn<'CategoryDeleted' | 'CategoryNotEmpty' | 'NotFound', ParentType, ContextType>;
};

export type ErrorResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ErrorResult'] = ResolversParentTypes['ErrorResult']> = {
  __resolveType: TypeResolveFn<'BarcodeTaken' | 'CategoryNotEmpty' | 'IdempotencyKeyReused' | 'InvalidCategoryMove' | 'NotFound' | 'OutOfStock' | 'ProductNotForSale' | 'ReservationReleased' | 'SkuTaken', ParentType, ContextType>;
};

export type IdempotencyKeyReusedResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['IdempotencyKeyReused'] = ResolversParentTypes['IdempotencyKeyReused']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportProductsCsvResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ImportProductsCsvResult'] = ResolversParentTypes['ImportProductsCsvResult']> = {
  __resolveType: TypeResolveFn<'ProductImportReport', ParentType, ContextType>;
};

export type InvalidCategoryMoveResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['InvalidCategoryMove'] = ResolversParentTypes['InvalidCategoryMove']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LowStockLineResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['LowStockLine'] = ResolversParentTypes['LowStockLine']> = {
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baseUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  adjustStock?: Resolver<ResolversTypes['AdjustStockResult'], ParentType, ContextType, RequireFields<MutationAdjustStockArgs, 'input'>>;
  createCategory?: Resolver<ResolversTypes['CreateCategoryResult'], ParentType, ContextType, RequireFields<MutationCreateCategoryArgs, 'input'>>;
  createPriceRule?: Resolver<ResolversTypes['PriceRuleResult'], ParentType, ContextType, RequireFields<MutationCreatePriceRuleArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['ProductResult'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  deactivatePriceRule?: Resolver<ResolversTypes['PriceRuleResult'], ParentType, ContextType, RequireFields<MutationDeactivatePriceRuleArgs, 'id'>>;
  deleteCategory?: Resolver<ResolversTypes['DeleteCategoryResult'], ParentType, ContextType, RequireFields<MutationDeleteCategoryArgs, 'id'>>;
  importProductsCsv?: Resolver<ResolversTypes['ImportProductsCsvResult'], ParentType, ContextType, RequireFields<MutationImportProductsCsvArgs, 'csv'>>;
  receiveStock?: Resolver<ResolversTypes['ReceiveStockResult'], ParentType, ContextType, RequireFields<MutationReceiveStockArgs, 'input'>>;
  recordStockCount?: Resolver<ResolversTypes['StockCountResult'], ParentType, ContextType, RequireFields<MutationRecordStockCountArgs, 'input'>>;
  releaseStock?: Resolver<ResolversTypes['OrderStockChange'], ParentType, ContextType, RequireFields<MutationReleaseStockArgs, 'input'>>;
  reserveStock?: Resolver<ResolversTypes['ReserveStockResult'], ParentType, ContextType, RequireFields<MutationReserveStockArgs, 'input'>>;
  returnStock?: Resolver<ResolversTypes['OrderStockChange'], ParentType, ContextType, RequireFields<MutationReturnStockArgs, 'input'>>;
  setLowStockThreshold?: Resolver<ResolversTypes['SetLowStockThresholdResult'], ParentType, ContextType, RequireFields<MutationSetLowStockThresholdArgs, 'input'>>;
  setProductStatus?: Resolver<ResolversTypes['SetProductStatusResult'], ParentType, ContextType, RequireFields<MutationSetProductStatusArgs, 'id' | 'status'>>;
  transferStock?: Resolver<ResolversTypes['TransferStockResult'], ParentType, ContextType, RequireFields<MutationTransferStockArgs, 'input'>>;
  updateCategory?: Resolver<ResolversTypes['UpdateCategoryResult'], ParentType, ContextType, RequireFields<MutationUpdateCategoryArgs, 'id' | 'input'>>;
  updateProduct?: Resolver<ResolversTypes['ProductResult'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'id' | 'input'>>;
};

export type NotFoundResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderStockChangeResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['OrderStockChange'] = ResolversParentTypes['OrderStockChange']> = {
  lines?: Resolver<Array<ResolversTypes['OrderStockLine']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderStockLineResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['OrderStockLine'] = ResolversParentTypes['OrderStockLine']> = {
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baseQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OutOfStockResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['OutOfStock'] = ResolversParentTypes['OutOfStock']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ShortStockLine']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PriceRuleResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['PriceRule'] = ResolversParentTypes['PriceRule']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerTier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PriceRuleResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['PriceRuleResult'] = ResolversParentTypes['PriceRuleResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'PriceRule', ParentType, ContextType>;
};

export type ProductResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowNegativeStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  baseUnit?: Resolver<ResolversTypes['ProductUnit'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  costPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceRules?: Resolver<Array<ResolversTypes['PriceRule']>, ParentType, ContextType, RequireFields<ProductPriceRulesArgs, 'includeExpired'>>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProductStatus'], ParentType, ContextType>;
  stock?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType, RequireFields<ProductStockArgs, 'branchId'>>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  taxable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['ProductUnit']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductImportErrorResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ProductImportError'] = ResolversParentTypes['ProductImportError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductImportReportResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ProductImportReport'] = ResolversParentTypes['ProductImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ProductImportError']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductNotForSaleResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ProductNotForSale'] = ResolversParentTypes['ProductNotForSale']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ProductResult'] = ResolversParentTypes['ProductResult']> = {
  __resolveType: TypeResolveFn<'BarcodeTaken' | 'NotFound' | 'Product' | 'SkuTaken', ParentType, ContextType>;
};

export type ProductUnitResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ProductUnit'] = ResolversParentTypes['ProductUnit']> = {
  barcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isBase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType, Partial<QueryCategoriesArgs>>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryCategoryArgs, 'id'>>;
  exportProductsCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryExportProductsCsvArgs>>;
  lowStockItems?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType, Partial<QueryLowStockItemsArgs>>;
  lowStockLines?: Resolver<Array<ResolversTypes['LowStockLine']>, ParentType, ContextType, RequireFields<QueryLowStockLinesArgs, 'merchantId'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productByBarcode?: Resolver<Maybe<ResolversTypes['BarcodeMatch']>, ParentType, ContextType, RequireFields<QueryProductByBarcodeArgs, 'barcode' | 'includeArchived'>>;
  productBySku?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductBySkuArgs, 'includeArchived' | 'sku'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  quote?: Resolver<ResolversTypes['QuoteResult'], ParentType, ContextType, RequireFields<QueryQuoteArgs, 'input'>>;
  stockLedger?: Resolver<ResolversTypes['StockEntryConnection'], ParentType, ContextType, RequireFields<QueryStockLedgerArgs, 'first'>>;
  stockLevel?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType, RequireFields<QueryStockLevelArgs, 'branchId' | 'productId'>>;
};

export type QuoteResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lineDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['QuoteLine']>, ParentType, ContextType>;
  netRevenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orderDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pricesIncludeTax?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  taxRateBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuoteLineResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['QuoteLine'] = ResolversParentTypes['QuoteLine']> = {
  baseQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  conversion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lineDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  listUnitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netRevenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orderDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  priceOverridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priceRuleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type QuoteResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['QuoteResult'] = ResolversParentTypes['QuoteResult']> = {
  __resolveType: TypeResolveFn<'ProductNotForSale' | 'Quote', ParentType, ContextType>;
};

export type ReceiveStockResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ReceiveStockResult'] = ResolversParentTypes['ReceiveStockResult']> = {
  __resolveType: TypeResolveFn<'IdempotencyKeyReused' | 'NotFound' | 'StockOperation', ParentType, ContextType>;
};

export type ReservationReleasedResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ReservationReleased'] = ResolversParentTypes['ReservationReleased']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReserveStockResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ReserveStockResult'] = ResolversParentTypes['ReserveStockResult']> = {
  __resolveType: TypeResolveFn<'OrderStockChange' | 'OutOfStock' | 'ReservationReleased', ParentType, ContextType>;
};

export type SetLowStockThresholdResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['SetLowStockThresholdResult'] = ResolversParentTypes['SetLowStockThresholdResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'StockLevel', ParentType, ContextType>;
};

export type SetProductStatusResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['SetProductStatusResult'] = ResolversParentTypes['SetProductStatusResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'Product', ParentType, ContextType>;
};

export type ShortStockLineResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['ShortStockLine'] = ResolversParentTypes['ShortStockLine']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkuTakenResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['SkuTaken'] = ResolversParentTypes['SkuTaken']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StockAlertResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['StockAlert'] = ResolversParentTypes['StockAlert']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  entrySeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StockAlertKind'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StockCountResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['StockCountResult'] = ResolversParentTypes['StockCountResult']> = {
  __resolveType: TypeResolveFn<'IdempotencyKeyReused' | 'NotFound' | 'StockOperation', ParentType, ContextType>;
};

export type StockEntryResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['StockEntry'] = ResolversParentTypes['StockEntry']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StockReason'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type StockEntryConnectionResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['StockEntryConnection'] = ResolversParentTypes['StockEntryConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StockEntry']>, ParentType, ContextType>;
};

export type StockLevelResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel']> = {
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lowStockThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StockOperationResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['StockOperation'] = ResolversParentTypes['StockOperation']> = {
  entries?: Resolver<Array<ResolversTypes['StockEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StockOperationKind'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  lowStockAlerts?: SubscriptionResolver<ResolversTypes['StockAlert'], "lowStockAlerts", ParentType, ContextType, RequireFields<SubscriptionLowStockAlertsArgs, 'branchId'>>;
};

export type TransferStockResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['TransferStockResult'] = ResolversParentTypes['TransferStockResult']> = {
  __resolveType: TypeResolveFn<'IdempotencyKeyReused' | 'NotFound' | 'OutOfStock' | 'StockOperation', ParentType, ContextType>;
};

export type UpdateCategoryResultResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['UpdateCategoryResult'] = ResolversParentTypes['UpdateCategoryResult']> = {
  __resolveType: TypeResolveFn<'Category' | 'InvalidCategoryMove' | 'NotFound', ParentType, ContextType>;
};

export type UserResolvers<ContextType = ProductsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = ProductsContext> = {
  AdjustStockResult?: AdjustStockResultResolvers<ContextType>;
  BarcodeMatch?: BarcodeMatchResolvers<ContextType>;
  BarcodeTaken?: BarcodeTakenResolvers<ContextType>;
  Branch?: BranchResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CategoryDeleted?: CategoryDeletedResolvers<ContextType>;
  CategoryNotEmpty?: CategoryNotEmptyResolvers<ContextType>;
  CreateCategoryResult?: CreateCategoryResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteCategoryResult?: DeleteCategoryResultResolvers<ContextType>;
  ErrorResult?: ErrorResultResolvers<ContextType>;
  IdempotencyKeyReused?: IdempotencyKeyReusedResolvers<ContextType>;
  ImportProductsCsvResult?: ImportProductsCsvResultResolvers<ContextType>;
  InvalidCategoryMove?: InvalidCategoryMoveResolvers<ContextType>;
  LowStockLine?: LowStockLineResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  OrderStockChange?: OrderStockChangeResolvers<ContextType>;
  OrderStockLine?: OrderStockLineResolvers<ContextType>;
  OutOfStock?: OutOfStockResolvers<ContextType>;
  PriceRule?: PriceRuleResolvers<ContextType>;
  PriceRuleResult?: PriceRuleResultResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductImportError?: ProductImportErrorResolvers<ContextType>;
  ProductImportReport?: ProductImportReportResolvers<ContextType>;
  ProductNotForSale?: ProductNotForSaleResolvers<ContextType>;
  ProductResult?: ProductResultResolvers<ContextType>;
  ProductUnit?: ProductUnitResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteLine?: QuoteLineResolvers<ContextType>;
  QuoteResult?: QuoteResultResolvers<ContextType>;
  ReceiveStockResult?: ReceiveStockResultResolvers<ContextType>;
  ReservationReleased?: ReservationReleasedResolvers<ContextType>;
  ReserveStockResult?: ReserveStockResultResolvers<ContextType>;
  SetLowStockThresholdResult?: SetLowStockThresholdResultResolvers<ContextType>;
  SetProductStatusResult?: SetProductStatusResultResolvers<ContextType>;
  ShortStockLine?: ShortStockLineResolvers<ContextType>;
  SkuTaken?: SkuTakenResolvers<ContextType>;
  StockAlert?: StockAlertResolvers<ContextType>;
  StockCountResult?: StockCountResultResolvers<ContextType>;
  StockEntry?: StockEntryResolvers<ContextType>;
  StockEntryConnection?: StockEntryConnectionResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  StockOperation?: StockOperationResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TransferStockResult?: TransferStockResultResolvers<ContextType>;
  UpdateCategoryResult?: UpdateCategoryResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = ProductsContext> = {
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
