import { badInput, checkAmount, checkOptionalText, checkText, MAX_QUANTITY } from '@pos/kit';

export function text(value: string, field: string, max = 120): string {
  return checkText(value, field, max);
}

export function optionalText(value: string | null | undefined, field: string, max = 500): string | undefined {
  return checkOptionalText(value, field, max) ?? undefined;
}

const SKU = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]{0,63}$/u;
const BARCODE = /^[A-Za-z0-9\-.]{3,64}$/;
/** Unit names end up in CSV cells (`box:12:55000:899...|karton:...`), hence no `:` or `|`. */
const UNIT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .\-/]{0,23}$/u;

export function sku(value: string, field = 'sku'): string {
  const v = value.trim();
  if (!SKU.test(v))
    throw badInput('A SKU has 1-64 letters, digits, dots, dashes, slashes or underscores', field);
  return v;
}

export function barcode(value: string | null | undefined, field = 'barcode'): string | undefined {
  if (value === null || value === undefined || !value.trim()) return undefined;
  const v = value.trim().toUpperCase();
  if (!BARCODE.test(v)) throw badInput('A barcode has 3-64 letters, digits, dots or dashes', field);
  return v;
}

export function unitName(value: string, field = 'unit'): string {
  const v = value.trim().toLowerCase();
  if (!UNIT_NAME.test(v))
    throw badInput('A unit name has 1-24 letters, digits, spaces, dots or dashes', field);
  return v;
}

export function categoryName(value: string, field = 'name'): string {
  const v = text(value, field, 60);
  // The CSV category column is a path joined with ' > '.
  if (v.includes('>')) throw badInput('A category name may not contain ">"', field);
  return v;
}

/** Prices, costs, discounts: kit's one rule (whole minor units, 0..10^12). */
export function money(value: number, field: string): number {
  return checkAmount(value, field, 'money');
}

/** A quantity of goods in the unit given: 1..10^6. */
export function quantity(value: number, field: string): number {
  return checkAmount(value, field, 'positiveQuantity');
}

export function positiveInt(value: number, field: string, max = MAX_QUANTITY): number {
  if (!Number.isSafeInteger(value) || value <= 0 || value > max)
    throw badInput(`${field} must be a whole number from 1 to ${max}`, field);
  return value;
}

export function nonNegativeInt(value: number, field: string, max = 1_000_000_000): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > max)
    throw badInput(`${field} must be a whole number from 0 to ${max}`, field);
  return value;
}

export function httpUrl(value: string | null | undefined, field: string): string | undefined {
  const v = optionalText(value, field, 2000);
  if (v === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw badInput(`${field} must be an http(s) URL`, field);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw badInput(`${field} must be an http(s) URL`, field);
  return url.toString();
}

/** A client-chosen idempotency key, scoped to the merchant. */
export function idempotencyKey(value: string | null | undefined): string | undefined {
  const v = optionalText(value, 'idempotencyKey', 100);
  if (v !== undefined && !/^[\w.:-]+$/.test(v))
    throw badInput(
      'idempotencyKey has letters, digits, dots, colons, dashes or underscores',
      'idempotencyKey',
    );
  return v;
}
