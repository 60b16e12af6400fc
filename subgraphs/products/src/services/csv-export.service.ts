import { hasScope, type Viewer } from '@pos/kit';
import { stringify } from 'csv-stringify/sync';
import type { CategoryDoc, ProductsModels } from '../models';
import { CSV_COLUMNS, formatUnitsCell } from './csv-format';
import type { ProductFilter, ProductQueryService } from './product-query.service';
import { productsInBulk } from './product-reads';

const CHUNK = 500;

/** The catalog as CSV, sorted by name, in the columns the import reads. */
export class CsvExportService {
  constructor(
    private readonly models: ProductsModels,
    private readonly viewer: Viewer,
    private readonly products: ProductQueryService,
  ) {}

  async exportCsv(filter: ProductFilter): Promise<string> {
    // A cashier may export the catalog, never the cost prices.
    const columns = CSV_COLUMNS.filter((c) => c !== 'cost_price' || hasScope(this.viewer, 'cost:read'));
    const ids = (await this.products.select(filter)).map((p) => p.id);
    const categories = await this.models.categories
      .find({ merchantId: this.viewer.merchantId })
      .lean<CategoryDoc[]>();
    const paths = categoryPaths(categories);
    const rows: Record<string, string>[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const byId = new Map(
        (await productsInBulk(this.models, this.viewer.merchantId, chunk)).map((p) => [p._id, p]),
      );
      for (const id of chunk) {
        const p = byId.get(id);
        if (!p) continue;
        const [base, ...extras] = p.units;
        rows.push({
          sku: p.sku,
          name: p.name,
          description: p.description ?? '',
          category: p.categoryId ? (paths.get(p.categoryId) ?? '') : '',
          status: p.status,
          taxable: String(p.taxable),
          cost_price: p.costPrice == null ? '' : String(p.costPrice),
          allow_negative_stock: String(p.allowNegativeStock),
          image_url: p.imageUrl ?? '',
          base_unit: base?.name ?? 'pcs',
          price: String(base?.price ?? 0),
          barcode: base?.barcode ?? '',
          units: formatUnitsCell(extras),
        });
      }
    }
    return stringify(rows, { header: true, columns: [...columns] });
  }
}

function categoryPaths(categories: readonly CategoryDoc[]): Map<string, string> {
  const byId = new Map(categories.map((c) => [c._id, c]));
  const paths = new Map<string, string>();
  for (const c of categories) {
    const names = [c.name];
    let parent = c.parentId ? byId.get(c.parentId) : undefined;
    for (let depth = 0; parent && depth < 50; depth++) {
      names.unshift(parent.name);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    paths.set(c._id, names.join(' > '));
  }
  return paths;
}
