/** A barcode the cached catalog does not know yet (added since it was fetched): ask the server. */

import { ProductByBarcodeDocument } from '../../__generated__/operations';
import type { Api } from '../../api/client';
import type { Catalog, CatalogProduct, CatalogUnit } from '../../offline/catalog';

export async function lookUpBarcode(
  api: Api,
  code: string,
  catalog: Catalog | null,
): Promise<{ product: CatalogProduct; unit: CatalogUnit } | null> {
  const r = await api.query(ProductByBarcodeDocument, { barcode: code });
  const match = r.ok ? r.value.productByBarcode : null;
  if (!match) return null;
  const known = catalog?.products.find((p) => p.id === match.product.id);
  const product: CatalogProduct = known ?? {
    id: match.product.id,
    sku: match.product.sku,
    name: match.product.name,
    status: match.product.status,
    imageUrl: match.product.imageUrl,
    categoryId: match.product.category?.id ?? null,
    units: match.product.units,
    stock: null,
  };
  return { product, unit: match.unit };
}
