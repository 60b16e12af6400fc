/**
 * The server's input rules, checked in the browser before a form is sent so a mistake is shown
 * next to its field at once. The server checks them again; its answer (a typed error or a
 * BAD_USER_INPUT naming the field) is shown the same way. Each rule answers an i18n key under
 * `backoffice.invalid`, or null when the value passes.
 */
import { parseRupiah } from '../lib/money';

export type Rule = (value: string) => string | null;

/** One amount of money: 10^12 minor units, as every subgraph's `checkAmount` allows. */
export const MAX_MONEY = 1_000_000_000_000n;
/** A quantity of goods in the unit given, as `checkAmount(…, 'positiveQuantity')` allows. */
export const MAX_QUANTITY = 1_000_000;

const SKU = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]{0,63}$/u;
const BARCODE = /^[A-Za-z0-9\-.]{3,64}$/;
const UNIT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .\-/]{0,23}$/u;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/i;
const BRANCH_CODE = /^[A-Z0-9]{2,10}$/;
const PIN = /^[0-9]{4,6}$/;
const PHONE = /^\+?[0-9][0-9 ().-]{6,19}$/;
const INTEGER = /^-?[0-9]+$/;

const optional =
  (rule: Rule): Rule =>
  (value) =>
    value.trim() === '' ? null : rule(value);

export const rules = {
  required: ((value) => (value.trim() === '' ? 'required' : null)) as Rule,
  maxLength:
    (max: number): Rule =>
    (value) =>
      value.trim().length > max ? 'tooLong' : null,
  sku: ((value) => (SKU.test(value.trim()) ? null : 'sku')) as Rule,
  barcode: optional((value) => (BARCODE.test(value.trim()) ? null : 'barcode')),
  unitName: ((value) => (UNIT_NAME.test(value.trim().toLowerCase()) ? null : 'unitName')) as Rule,
  /** 0 to 10^12 minor units. */
  money: ((value) => {
    const minor = parseRupiah(value);
    return minor === null || BigInt(minor) > MAX_MONEY ? 'money' : null;
  }) as Rule,
  /** 1 to 10^12 minor units. */
  positiveMoney: ((value) => {
    const minor = parseRupiah(value);
    return minor === null || BigInt(minor) < 1n || BigInt(minor) > MAX_MONEY ? 'positiveMoney' : null;
  }) as Rule,
  optionalMoney: optional((value) => {
    const minor = parseRupiah(value);
    return minor === null || BigInt(minor) > MAX_MONEY ? 'money' : null;
  }),
  /** A whole number in [min, max]. */
  integer:
    (min: number, max: number): Rule =>
    (value) => {
      const v = value.trim();
      if (!INTEGER.test(v)) return 'integer';
      const n = Number(v);
      return n < min || n > max ? 'range' : null;
    },
  nonZero: ((value) => (Number(value.trim()) === 0 ? 'nonZero' : null)) as Rule,
  email: optional((value) => (EMAIL.test(value.trim()) ? null : 'email')),
  username: optional((value) => (USERNAME.test(value.trim()) ? null : 'username')),
  branchCode: ((value) => (BRANCH_CODE.test(value.trim().toUpperCase()) ? null : 'branchCode')) as Rule,
  pin: optional((value) => (PIN.test(value) ? null : 'pin')),
  phone: optional((value) => (PHONE.test(value.trim()) ? null : 'phone')),
  /** At least 10 characters with letters and digits (the server also refuses common passwords). */
  password: ((value) =>
    value.length >= 10 && /[A-Za-z]/.test(value) && /[0-9]/.test(value) ? null : 'password') as Rule,
  url: optional((value) => {
    try {
      const url = new URL(value.trim());
      return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'url';
    } catch {
      return 'url';
    }
  }),
  timeZone: ((value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return null;
    } catch {
      return 'timeZone';
    }
  }) as Rule,
  date: ((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'date')) as Rule,
};

/** The first problem of each field, by field name; empty when every field passes. */
export function check(values: Record<string, string>, spec: Record<string, Rule[]>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [field, fieldRules] of Object.entries(spec)) {
    const value = values[field] ?? '';
    for (const rule of fieldRules) {
      const problem = rule(value);
      if (problem) {
        problems[field] = problem;
        break;
      }
    }
  }
  return problems;
}

/** Typed money as the API's string of minor units ("15.500" -> "15500"). */
export function moneyOf(value: string): string {
  return parseRupiah(value) ?? '0';
}

/** Optional text as the API wants it: trimmed, or undefined when blank. */
export function textOrUndefined(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}
