import { badInput } from '@pos/kit';
import type { ProductStatus, ProductUnitDoc } from '../models';
import * as v from './validation';

export interface UnitInput {
  name: string;
  factor: number;
  price: number;
  barcode?: string | null;
}

export interface BaseUnitInput {
  name?: string | null;
  price: number;
  barcode?: string | null;
}

interface ProductFieldsInput {
  sku: string;
  name: string;
  description?: string | null;
  categoryId?: string | null;
  imageUrl?: string | null;
  status?: ProductStatus | null;
  taxable?: boolean | null;
  costPrice?: number | null;
  allowNegativeStock?: boolean | null;
}

export interface CreateProductInput extends ProductFieldsInput {
  baseUnit: BaseUnitInput;
  units?: UnitInput[] | null;
}

export interface UpdateProductInput extends Partial<Omit<ProductFieldsInput, 'sku' | 'name'>> {
  sku?: string | null;
  name?: string | null;
  clearCategory?: boolean | null;
  baseUnit?: BaseUnitInput | null;
  units?: UnitInput[] | null;
}

/** The scalar fields of a product, trimmed and checked; undefined where not given. */
export function validateProductFields(input: ProductFieldsInput) {
  return {
    sku: v.sku(input.sku),
    name: v.text(input.name, 'name', 120),
    description: v.optionalText(input.description, 'description', 1000),
    categoryId: input.categoryId ?? undefined,
    imageUrl: v.httpUrl(input.imageUrl, 'imageUrl'),
    status: input.status ?? undefined,
    taxable: input.taxable ?? undefined,
    costPrice: input.costPrice == null ? undefined : v.money(input.costPrice, 'costPrice'),
    allowNegativeStock: input.allowNegativeStock ?? undefined,
  };
}

/** The base unit (factor 1) first, then the extra units by factor; names and barcodes unique within the product. */
export function buildUnits(base: BaseUnitInput, extras: readonly UnitInput[]): ProductUnitDoc[] {
  const units: ProductUnitDoc[] = [
    {
      name: v.unitName(base.name ?? 'pcs', 'baseUnit.name'),
      factor: 1,
      price: v.money(base.price, 'baseUnit.price'),
      barcode: v.barcode(base.barcode, 'baseUnit.barcode'),
    },
  ];
  extras.forEach((u, i) => {
    const field = `units.${i}`;
    const factor = v.positiveInt(u.factor, `${field}.factor`, 1_000_000);
    if (factor < 2) throw badInput('An extra unit holds at least 2 base units', `${field}.factor`);
    units.push({
      name: v.unitName(u.name, `${field}.name`),
      factor,
      price: v.money(u.price, `${field}.price`),
      barcode: v.barcode(u.barcode, `${field}.barcode`),
    });
  });
  if (units.length > 10) throw badInput('A product has at most 10 units', 'units');
  const names = new Set(units.map((u) => u.name));
  if (names.size !== units.length) throw badInput('Unit names must differ', 'units');
  const barcodes = units.flatMap((u) => (u.barcode ? [u.barcode] : []));
  if (new Set(barcodes).size !== barcodes.length) throw badInput('Each unit needs its own barcode', 'units');
  const [first, ...rest] = units;
  return [first as ProductUnitDoc, ...rest.sort((a, b) => a.factor - b.factor)];
}
