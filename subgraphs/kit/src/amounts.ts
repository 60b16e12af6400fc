import { badInput } from './errors';

/**
 * One rule set for every amount a client sends: money in minor units, quantities, points.
 * Every value is a whole number within a bound a small merchant can mean, so no single input,
 * and no realistic sum of them, comes near `Number.MAX_SAFE_INTEGER` (2^53 - 1), past which
 * integers silently lose precision. The same maxima are written in the SDL docstrings.
 */

/** One amount of money: 10^12 minor units (Rp1,000,000,000,000). */
export const MAX_AMOUNT = 1_000_000_000_000;
/** A running money balance or a reported total: 10^15 minor units, 9x below 2^53. */
export const MAX_TOTAL = 1_000_000_000_000_000;
/** One quantity of goods (in the unit given): 10^6. */
export const MAX_QUANTITY = 1_000_000;
/** Stock in base units (a line's quantity x its unit's factor, a count, a balance): 10^9, fits a GraphQL Int. */
export const MAX_STOCK = 1_000_000_000;
/** One change of loyalty points, and a customer's balance: 10^9 (fits a GraphQL Int). */
export const MAX_POINTS = 1_000_000_000;
/** A percentage in basis points: 10000 = 100%. */
export const MAX_BASIS_POINTS = 10_000;

export interface AmountRule {
  /** Smallest allowed value; 0 for "zero or more", 1 for "more than zero", -max for a signed change. */
  min: number;
  max: number;
  /** Refuse 0 even where `min` is negative (a change of nothing). */
  nonZero?: boolean;
  /** What the number counts, for the message ("minor units", "points"). */
  unit: string;
}

export const AmountRules = {
  /** Prices, costs, discounts, payments, cash movements, refunds, credit limits, expenses, advances. */
  money: { min: 0, max: MAX_AMOUNT, unit: 'minor units' },
  positiveMoney: { min: 1, max: MAX_AMOUNT, unit: 'minor units' },
  quantity: { min: 0, max: MAX_QUANTITY, unit: 'units' },
  positiveQuantity: { min: 1, max: MAX_QUANTITY, unit: 'units' },
  /** Base units: a quantity times its unit's factor, a count, a threshold. */
  baseQuantity: { min: 0, max: MAX_STOCK, unit: 'base units' },
  positiveBaseQuantity: { min: 1, max: MAX_STOCK, unit: 'base units' },
  /** A stock correction: up or down, never nothing. */
  quantityChange: { min: -MAX_QUANTITY, max: MAX_QUANTITY, nonZero: true, unit: 'units' },
  points: { min: 0, max: MAX_POINTS, unit: 'points' },
  positivePoints: { min: 1, max: MAX_POINTS, unit: 'points' },
  /** A manual points adjustment: up or down, never nothing. */
  pointsChange: { min: -MAX_POINTS, max: MAX_POINTS, nonZero: true, unit: 'points' },
  basisPoints: { min: 0, max: MAX_BASIS_POINTS, unit: 'basis points' },
} as const satisfies Record<string, AmountRule>;
export type AmountRuleName = keyof typeof AmountRules;

/** Why `value` breaks the rule (a sentence naming `field`), or null when it is fine. */
export function amountProblem(
  value: unknown,
  field: string,
  rule: AmountRuleName | AmountRule,
): string | null {
  const r: AmountRule = typeof rule === 'string' ? AmountRules[rule] : rule;
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    return `${field} must be a whole number of ${r.unit}`;
  if (value < r.min || value > r.max || (r.nonZero && value === 0))
    return `${field} must be a ${r.nonZero ? 'non-zero ' : ''}whole number from ${r.min} to ${r.max} ${r.unit}`;
  return null;
}

/** `value` when it meets the rule; BAD_USER_INPUT naming `field` otherwise. */
export function checkAmount(value: number, field: string, rule: AmountRuleName | AmountRule): number {
  const problem = amountProblem(value, field, rule);
  if (problem) throw badInput(problem, field);
  return value;
}

/** Same, for an optional input: null and undefined pass through as undefined. */
export function checkOptionalAmount(
  value: number | null | undefined,
  field: string,
  rule: AmountRuleName | AmountRule,
): number | undefined {
  return value == null ? undefined : checkAmount(value, field, rule);
}

/**
 * A running balance after a change (`balance + change`), refused with BAD_USER_INPUT naming
 * `field` when it would leave `[min, max]`: a ledger never stores what a later sum cannot hold.
 */
export function checkBalance(
  balance: number,
  change: number,
  field: string,
  bounds: { min?: number; max: number } = { max: MAX_TOTAL },
): number {
  const next = balance + change;
  const min = bounds.min ?? -bounds.max;
  if (!Number.isSafeInteger(next) || next > bounds.max || next < min)
    throw badInput(`${field} would take the balance past ${bounds.max}`, field);
  return next;
}

/** Money sums that overflowed: a bug or corrupt data, never a figure to show. */
export class AmountOverflowError extends Error {
  constructor(what: string) {
    super(`${what} passed the safe integer range`);
    this.name = 'AmountOverflowError';
  }
}

/** An exact sum of whole amounts; throws instead of rounding once past 2^53 - 1. */
export function sumAmounts(values: Iterable<number>, what = 'sum'): number {
  let total = 0n;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new AmountOverflowError(what);
    total += BigInt(v);
  }
  return safeNumber(total, what);
}

/** A stored or aggregated figure as a safe integer; throws instead of showing a rounded one. */
export function safeAmount(value: unknown, what: string): number {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new AmountOverflowError(what);
  return n;
}

function safeNumber(total: bigint, what: string): number {
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < -BigInt(Number.MAX_SAFE_INTEGER))
    throw new AmountOverflowError(what);
  return Number(total);
}
