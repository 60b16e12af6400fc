/**
 * The product form's values and rules: field names follow the server's input paths
 * (`baseUnit.price`, `units.0.barcode`) so a BAD_USER_INPUT naming a field lands next to it.
 */
import type { AdminProductQuery, ProductStatus } from '../../__generated__/operations';
import { MAX_QUANTITY, type Rule, rules } from '../validate';

export type AdminProduct = NonNullable<AdminProductQuery['product']>;

export type Values = Record<string, string>;

export const STATUSES: ProductStatus[] = ['ACTIVE', 'INACTIVE', 'ARCHIVED'] as ProductStatus[];

export function valuesOf(p: AdminProduct | null): { values: Values; extras: number } {
  const base = p?.units.find((u) => u.isBase);
  const values: Values = {
    sku: p?.sku ?? '',
    name: p?.name ?? '',
    description: p?.description ?? '',
    categoryId: p?.category?.id ?? '',
    imageUrl: p?.imageUrl ?? '',
    status: p?.status ?? 'ACTIVE',
    taxable: p ? (p.taxable ? 'true' : '') : 'true',
    allowNegativeStock: p?.allowNegativeStock ? 'true' : '',
    costPrice: p?.costPrice ?? '',
    'baseUnit.name': base?.name ?? 'pcs',
    'baseUnit.price': base?.price ?? '',
    'baseUnit.barcode': base?.barcode ?? '',
  };
  const extras = p?.units.filter((u) => !u.isBase) ?? [];
  extras.forEach((u, i) => {
    values[`units.${i}.name`] = u.name;
    values[`units.${i}.factor`] = String(u.factor);
    values[`units.${i}.price`] = u.price;
    values[`units.${i}.barcode`] = u.barcode ?? '';
  });
  return { values, extras: extras.length };
}

export function specOf(extras: number, withCost: boolean): Record<string, Rule[]> {
  const spec: Record<string, Rule[]> = {
    sku: [rules.required, rules.sku],
    name: [rules.required, rules.maxLength(120)],
    description: [rules.maxLength(1000)],
    imageUrl: [rules.url],
    'baseUnit.name': [rules.required, rules.unitName],
    'baseUnit.price': [rules.money],
    'baseUnit.barcode': [rules.barcode],
  };
  if (withCost) spec.costPrice = [rules.optionalMoney];
  for (let i = 0; i < extras; i++) {
    spec[`units.${i}.name`] = [rules.required, rules.unitName];
    spec[`units.${i}.factor`] = [rules.integer(2, MAX_QUANTITY)];
    spec[`units.${i}.price`] = [rules.money];
    spec[`units.${i}.barcode`] = [rules.barcode];
  }
  return spec;
}

/** What the server would refuse about the units as a whole: names and barcodes unique, at most 10. */
export function unitProblems(values: Values, extras: number): Record<string, string> {
  const names = [values['baseUnit.name'] ?? ''];
  const barcodes = [values['baseUnit.barcode'] ?? ''];
  for (let i = 0; i < extras; i++) {
    names.push(values[`units.${i}.name`] ?? '');
    barcodes.push(values[`units.${i}.barcode`] ?? '');
  }
  const lower = names.map((n) => n.trim().toLowerCase());
  const codes = barcodes.map((b) => b.trim().toUpperCase()).filter(Boolean);
  if (names.length > 10) return { units: 'tooManyUnits' };
  if (new Set(lower).size !== lower.length) return { units: 'unitNamesDiffer' };
  if (new Set(codes).size !== codes.length) return { units: 'barcodesDiffer' };
  return {};
}

/** The input field whose barcode the server says is taken. */
export function barcodeField(values: Values, extras: number, barcode: string): string | undefined {
  const wanted = barcode.trim().toUpperCase();
  if ((values['baseUnit.barcode'] ?? '').trim().toUpperCase() === wanted) return 'baseUnit.barcode';
  for (let i = 0; i < extras; i++) {
    if ((values[`units.${i}.barcode`] ?? '').trim().toUpperCase() === wanted) return `units.${i}.barcode`;
  }
  return undefined;
}
