import { badInput } from '@pos/kit';
import type { ProductStatus, ProductUnitDoc } from '../models';
import type { UnitInput } from './product-input';

/** The catalog CSV columns, in export order; `importProductsCsv` reads the same. */
export const CSV_COLUMNS = [
  'sku',
  'name',
  'description',
  'category',
  'status',
  'taxable',
  'cost_price',
  'allow_negative_stock',
  'image_url',
  'base_unit',
  'price',
  'barcode',
  'units',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['sku', 'name', 'price'];

/** Which CSV column an input field (as named in BAD_USER_INPUT errors) comes from. */
export function columnOf(field: string | undefined): CsvColumn | null {
  if (!field) return null;
  if ((CSV_COLUMNS as readonly string[]).includes(field)) return field as CsvColumn;
  const map: Record<string, CsvColumn> = {
    sku: 'sku',
    name: 'name',
    description: 'description',
    imageUrl: 'image_url',
    costPrice: 'cost_price',
    'baseUnit.name': 'base_unit',
    'baseUnit.price': 'price',
    'baseUnit.barcode': 'barcode',
    category: 'category',
    status: 'status',
  };
  if (field.startsWith('units')) return 'units';
  return map[field] ?? null;
}

export function parseMoneyCell(value: string, column: CsvColumn): number {
  const v = value.replace(/\s/g, '');
  if (!/^\d{1,15}$/.test(v))
    throw badInput(`${column} must be a whole number of minor units, e.g. 15500`, column);
  return Number(v);
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'ya']);
const FALSE = new Set(['false', 'no', 'n', '0', 'tidak']);

export function parseBoolCell(value: string, column: CsvColumn): boolean {
  const v = value.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw badInput(`${column} must be true or false`, column);
}

export function parseStatusCell(value: string): ProductStatus {
  const v = value.trim().toUpperCase();
  if (v === 'ACTIVE' || v === 'INACTIVE' || v === 'ARCHIVED') return v;
  throw badInput('status must be ACTIVE, INACTIVE or ARCHIVED', 'status');
}

/** `box:12:55000:8991234567890|karton:24:100000:` -> extra units. */
export function parseUnitsCell(value: string): UnitInput[] {
  if (!value.trim()) return [];
  return value.split('|').map((part) => {
    const [name, factor, price, barcode, ...rest] = part.split(':').map((s) => s.trim());
    if (!name || !factor || !price || rest.length > 0)
      throw badInput('units is name:factor:price:barcode, units separated by |', 'units');
    if (!/^\d{1,9}$/.test(factor)) throw badInput(`The factor of ${name} must be a whole number`, 'units');
    return { name, factor: Number(factor), price: parseMoneyCell(price, 'units'), barcode: barcode || null };
  });
}

export function formatUnitsCell(units: readonly ProductUnitDoc[]): string {
  return units.map((u) => `${u.name}:${u.factor}:${u.price}:${u.barcode ?? ''}`).join('|');
}
