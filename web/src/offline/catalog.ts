/**
 * The catalog as the till sells from it: products with their units, list prices and barcodes
 * (and stock, for staff who may see it), fetched page by page and kept in IndexedDB so search,
 * the category grid and scanning work offline. Prices shown here are list prices; what a sale
 * costs is always the server's quote.
 */
import type { CatalogPageQuery } from '../__generated__/operations';
import { CatalogPageDocument, CategoriesDocument } from '../__generated__/operations';
import type { Api } from '../api/client';
import type { Outcome } from '../api/results';
import { readKv, type TillDatabase, writeKv } from './db';

export interface CatalogUnit {
  name: string;
  factor: number;
  price: string;
  barcode: string | null;
  isBase: boolean;
}

export interface CatalogProduct {
  id: string;
  sku: string;
  name: string;
  status: string;
  imageUrl: string | null;
  categoryId: string | null;
  units: CatalogUnit[];
  stock: { balance: number; low: boolean } | null;
}

export interface CatalogCategory {
  id: string;
  name: string;
  position: number;
}

export interface Catalog {
  branchId: string;
  fetchedAt: string;
  products: CatalogProduct[];
  categories: CatalogCategory[];
}

const KEY = 'catalog';
const PAGE = 200;

export const loadCatalog = (db: TillDatabase) => readKv<Catalog>(db, KEY);

export async function fetchCatalog(
  api: Api,
  db: TillDatabase,
  branchId: string,
  withStock: boolean,
): Promise<Outcome<Catalog>> {
  const products: CatalogProduct[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const r: Outcome<CatalogPageQuery> = await api.query(CatalogPageDocument, {
      first: PAGE,
      after,
      branchId,
      withStock,
    });
    if (!r.ok) return r;
    for (const p of r.value.products.nodes) {
      products.push({
        id: p.id,
        sku: p.sku,
        name: p.name,
        status: p.status,
        imageUrl: p.imageUrl,
        categoryId: p.category?.id ?? null,
        units: p.units,
        stock: p.stock ? { balance: p.stock.balance, low: p.stock.low } : null,
      });
    }
    if (!r.value.products.hasNextPage) break;
    after = r.value.products.endCursor;
  }
  const cats = await api.query(CategoriesDocument, {});
  const catalog: Catalog = {
    branchId,
    fetchedAt: new Date().toISOString(),
    products,
    categories: cats.ok
      ? cats.value.categories.map((c) => ({ id: c.id, name: c.name, position: c.position }))
      : [],
  };
  await writeKv(db, KEY, catalog);
  return { ok: true, value: catalog };
}

/** The product and unit a barcode stands for. */
export function findByBarcode(catalog: Catalog, code: string) {
  const wanted = code.trim();
  for (const product of catalog.products) {
    const unit = product.units.find((u) => u.barcode === wanted);
    if (unit) return { product, unit };
  }
  return null;
}

/** Every word typed must start a word of the name or the SKU, as the server's search does. */
export function searchCatalog(catalog: Catalog, text: string, categoryId?: string | null): CatalogProduct[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return catalog.products.filter((p) => {
    if (p.status !== 'ACTIVE') return false;
    if (categoryId && p.categoryId !== categoryId) return false;
    const haystack = `${p.name} ${p.sku}`.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return words.every((w) => haystack.some((h) => h.startsWith(w)));
  });
}

export function baseUnit(product: CatalogProduct): CatalogUnit {
  return product.units.find((u) => u.isBase) ?? (product.units[0] as CatalogUnit);
}
