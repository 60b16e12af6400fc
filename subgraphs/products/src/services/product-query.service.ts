import { badInput, type Viewer } from '@pos/kit';
import type { ProductDoc, ProductStatus, ProductsModels, ProductUnitDoc } from '../models';
import { type CatalogIndex, type CatalogSelection, decodeCursor, pageAfter } from './catalog-index';
import { ProductCodes } from './product-codes';
import { categoryScope, productById, productsByIds } from './product-reads';
import { words } from './text';

export interface ProductFilter {
  search?: string | null;
  categoryId?: string | null;
  includeSubcategories?: boolean | null;
  statuses?: ProductStatus[] | null;
  includeArchived?: boolean | null;
}

export interface ProductPage {
  nodes: ProductDoc[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface BarcodeMatchView {
  product: ProductDoc;
  unit: ProductUnitDoc;
}

/** Reading the catalog: look-ups for the till and paged lists for the back office. */
export class ProductQueryService {
  constructor(
    private readonly models: ProductsModels,
    private readonly viewer: Viewer,
    private readonly index: CatalogIndex,
  ) {}

  private get merchantId() {
    return this.viewer.merchantId;
  }

  byId(id: string): Promise<ProductDoc | null> {
    return productById(this.models, this.merchantId, id);
  }

  async bySku(sku: string, includeArchived: boolean): Promise<ProductDoc | null> {
    const owner = await new ProductCodes(this.models, this.merchantId).owner('sku', sku.trim());
    const p = owner ? await this.byId(owner.productId) : null;
    if (!p || p.sku.toUpperCase() !== sku.trim().toUpperCase()) return null;
    return visible(p, includeArchived) ? p : null;
  }

  async byBarcode(barcode: string, includeArchived: boolean): Promise<BarcodeMatchView | null> {
    const code = barcode.trim().toUpperCase();
    if (!code) return null;
    const owner = await new ProductCodes(this.models, this.merchantId).owner('barcode', code);
    const product = owner ? await this.byId(owner.productId) : null;
    // The product is the truth; a claim it no longer matches is stale.
    const unit = product?.units.find((u) => u.barcode === code);
    if (!product || !unit || !visible(product, includeArchived)) return null;
    return { product, unit };
  }

  async list(filter: ProductFilter, first: number, after: string | null | undefined): Promise<ProductPage> {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first must be 1..200', 'first');
    const selected = await this.select(filter);
    const { page, endCursor, hasNextPage } = pageAfter(selected, decodeCursor(after), first);
    const docs = await productsByIds(
      this.models,
      this.merchantId,
      page.map((p) => p.id),
    );
    const byId = new Map(docs.map((d) => [d._id, d]));
    const nodes = page.flatMap((p) => byId.get(p.id) ?? []);
    return { nodes, endCursor, hasNextPage, totalCount: selected.length };
  }

  /** Ids of every product matching the filter, by name. */
  async select(filter: ProductFilter) {
    const selection: CatalogSelection = {
      words: words(filter.search ?? ''),
      statuses: new Set(
        filter.statuses?.length ? filter.statuses : defaultStatuses(filter.includeArchived ?? false),
      ),
      categoryIds: filter.categoryId
        ? await categoryScope(
            this.models,
            this.merchantId,
            filter.categoryId,
            filter.includeSubcategories ?? true,
          )
        : null,
    };
    return this.index.select(this.merchantId, selection);
  }
}

const defaultStatuses = (includeArchived: boolean): ProductStatus[] =>
  includeArchived ? ['ACTIVE', 'INACTIVE', 'ARCHIVED'] : ['ACTIVE', 'INACTIVE'];

const visible = (p: ProductDoc, includeArchived: boolean) => includeArchived || p.status !== 'ARCHIVED';
