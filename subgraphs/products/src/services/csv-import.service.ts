import { badInput, forbidden, hasScope, type Viewer } from '@pos/kit';
import { parse } from 'csv-parse/sync';
import { GraphQLError } from 'graphql';
import type { CatalogService } from './catalog.service';
import type { CatalogIndex } from './catalog-index';
import type { CategoryService } from './category.service';
import {
  CSV_COLUMNS,
  type CsvColumn,
  columnOf,
  parseBoolCell,
  parseMoneyCell,
  parseStatusCell,
  parseUnitsCell,
  REQUIRED_COLUMNS,
} from './csv-format';
import type { CreateProductInput, UpdateProductInput } from './product-input';
import type { ProductQueryService } from './product-query.service';

export interface ImportError {
  line: number;
  sku: string | null;
  column: string | null;
  code: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  failed: number;
  errors: ImportError[];
}

const MAX_ROWS = 10_000;
type Row = Partial<Record<CsvColumn, string>>;

/**
 * Creates or updates products by SKU from CSV. Each row stands alone: a bad row is reported
 * with its line and column and the others are still saved. Empty cells leave a field as it is,
 * except `barcode` and `units`, where the file is the truth when the column is present.
 */
export class CsvImportService {
  private readonly categoryIds = new Map<string, string>();

  constructor(
    private readonly viewer: Viewer,
    private readonly index: CatalogIndex,
    private readonly catalog: CatalogService,
    private readonly categories: CategoryService,
    private readonly products: ProductQueryService,
  ) {}

  async importCsv(csv: string): Promise<ImportReport> {
    const records = this.parse(csv);
    const [head, ...body] = records;
    const header = (head?.record ?? []).map((h) => h.trim().toLowerCase());
    const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
    if (unknown.length) throw badInput(`Unknown columns: ${unknown.join(', ')}`, 'csv');
    const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length) throw badInput(`Missing columns: ${missing.join(', ')}`, 'csv');
    if (body.length > MAX_ROWS) throw badInput(`At most ${MAX_ROWS} rows per file`, 'csv');
    if (header.includes('cost_price') && !hasScope(this.viewer, 'cost:read'))
      throw forbidden('Importing cost prices needs cost:read');

    const report: ImportReport = { rows: body.length, created: 0, updated: 0, failed: 0, errors: [] };
    const seen = new Set<string>();
    for (const { record, info } of body) {
      const row = Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) as Row;
      const sku = row.sku?.trim() || null;
      const fail = (code: string, message: string, column: string | null) => {
        report.failed++;
        report.errors.push({ line: info.lines, sku, column, code, message });
      };
      if (sku && seen.has(sku.toUpperCase())) {
        fail('DUPLICATE_SKU_IN_FILE', `SKU ${sku} appears earlier in the file`, 'sku');
        continue;
      }
      if (sku) seen.add(sku.toUpperCase());
      try {
        const outcome = await this.importRow(row, header as CsvColumn[]);
        if (outcome.__typename === 'Product') report[outcome.created ? 'created' : 'updated']++;
        else fail(outcome.code, outcome.message, outcome.__typename === 'SkuTaken' ? 'sku' : 'barcode');
      } catch (err) {
        const code = err instanceof GraphQLError ? err.extensions.code : undefined;
        if (code !== 'BAD_USER_INPUT' && code !== 'FORBIDDEN' && code !== 'NOT_FOUND') throw err;
        const field = (err as GraphQLError).extensions.field;
        fail(
          code === 'BAD_USER_INPUT' ? 'INVALID_VALUE' : code,
          (err as GraphQLError).message,
          columnOf(typeof field === 'string' ? field : undefined),
        );
      }
    }
    // One version change for the whole file, after every row is written.
    await this.index.touch(this.viewer.merchantId);
    return report;
  }

  private parse(csv: string) {
    try {
      return parse(csv, {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        info: true,
      }) as unknown as {
        record: string[];
        info: { lines: number };
      }[];
    } catch (err) {
      throw badInput(`The file is not valid CSV: ${(err as Error).message}`, 'csv');
    }
  }

  private async importRow(row: Row, header: readonly CsvColumn[]) {
    const cell = (c: CsvColumn) => row[c]?.trim() ?? '';
    const sku = cell('sku');
    if (!sku) throw badInput('sku is empty', 'sku');
    const common = {
      name: cell('name') || undefined,
      description: cell('description') || undefined,
      imageUrl: cell('image_url') || undefined,
      status: cell('status') ? parseStatusCell(cell('status')) : undefined,
      taxable: cell('taxable') ? parseBoolCell(cell('taxable'), 'taxable') : undefined,
      allowNegativeStock: cell('allow_negative_stock')
        ? parseBoolCell(cell('allow_negative_stock'), 'allow_negative_stock')
        : undefined,
      costPrice: cell('cost_price') ? parseMoneyCell(cell('cost_price'), 'cost_price') : undefined,
      categoryId: cell('category') ? await this.category(cell('category')) : undefined,
    };
    const existing = await this.products.bySku(sku, true);
    const baseUnit = {
      name: cell('base_unit') || existing?.units[0]?.name || 'pcs',
      price: parseMoneyCell(cell('price'), 'price'),
      barcode: header.includes('barcode') ? cell('barcode') || null : (existing?.units[0]?.barcode ?? null),
    };
    const units = header.includes('units') ? parseUnitsCell(cell('units')) : undefined;
    if (existing) {
      const input: UpdateProductInput = { ...common, sku, baseUnit, ...(units ? { units } : {}) };
      const result = await this.catalog.update(existing._id, input, { touch: false });
      return result.__typename === 'Product' ? { ...result, created: false } : result;
    }
    if (!common.name) throw badInput('name is empty', 'name');
    const input: CreateProductInput = { ...common, name: common.name, sku, baseUnit, units: units ?? [] };
    const result = await this.catalog.create(input, { touch: false });
    return result.__typename === 'Product' ? { ...result, created: true } : result;
  }

  private async category(path: string): Promise<string> {
    const names = path
      .split('>')
      .map((s) => s.trim())
      .filter(Boolean);
    const key = names.map((n) => n.toLowerCase()).join('>');
    let id = this.categoryIds.get(key);
    if (!id) {
      id = await this.categories.ensurePath(names);
      this.categoryIds.set(key, id);
    }
    return id;
  }
}
