import { badInput, checkAmount } from '@pos/kit';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/i;
const BRANCH_CODE = /^[A-Z0-9]{2,10}$/;

/** Currencies without a minor unit in everyday use, whatever ISO 4217 says (IDR's sen are not used). */
const ZERO_EXPONENT = new Set(['IDR', 'JPY', 'KRW', 'VND', 'CLP', 'ISK', 'UGX', 'PYG']);

export function text(value: string, field: string, max = 100): string {
  const v = value.trim();
  if (!v) throw badInput(`${field} must not be empty`, field);
  if (v.length > max) throw badInput(`${field} may have at most ${max} characters`, field);
  return v;
}

export function optionalText(value: string | null | undefined, field: string, max = 300): string | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v.length > max) throw badInput(`${field} may have at most ${max} characters`, field);
  return v || undefined;
}

export function email(value: string, field = 'email'): string {
  const v = value.trim().toLowerCase();
  if (!EMAIL.test(v)) throw badInput('That is not a valid e-mail address', field);
  return v;
}

export function username(value: string, field = 'username'): string {
  const v = value.trim().toLowerCase();
  if (!USERNAME.test(v))
    throw badInput('A username has 3-32 letters, digits, dots, dashes or underscores', field);
  return v;
}

export function branchCode(value: string): string {
  const v = value.trim().toUpperCase();
  if (!BRANCH_CODE.test(v)) throw badInput('A branch code has 2-10 capital letters or digits', 'code');
  return v;
}

export function currency(value: string): { currency: string; currencyExponent: number } {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !Intl.supportedValuesOf('currency').includes(code)) {
    throw badInput(`Unknown currency ${value}`, 'currency');
  }
  const exponent = ZERO_EXPONENT.has(code)
    ? 0
    : (new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2);
  return { currency: code, currencyExponent: exponent };
}

export function timeZone(value: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw badInput(`Unknown time zone ${value}`, 'timeZone');
  }
}

export function nonNegativeInt(value: number, field: string, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw badInput(`${field} must be 0..${max}`, field);
  return value;
}

export function positiveMoney(value: number, field = 'amount'): number {
  return checkAmount(value, field, 'positiveMoney');
}

export const badUrl = () => badInput('logoUrl must be an http(s) URL', 'logoUrl');
