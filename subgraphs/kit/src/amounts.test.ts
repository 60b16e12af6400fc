import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AmountOverflowError,
  amountProblem,
  checkAmount,
  checkBalance,
  MAX_AMOUNT,
  MAX_POINTS,
  MAX_QUANTITY,
  sumAmounts,
} from './amounts';
import { isCalendarDate } from './dates';
import { DateScalar, DateTimeScalar, MoneyScalar } from './scalars';
import { checkId, checkOptionalText, checkText } from './text';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof GraphQLError) return [err.extensions.code, err.extensions.field];
    throw err;
  }
  return null;
};

describe('amount rules', () => {
  it('takes whole numbers within the bound and names the field otherwise', () => {
    expect(checkAmount(0, 'price', 'money')).toBe(0);
    expect(checkAmount(MAX_AMOUNT, 'price', 'money')).toBe(MAX_AMOUNT);
    for (const bad of [-1, MAX_AMOUNT + 1, 1.5, Number.MAX_SAFE_INTEGER, Number.NaN])
      expect(fieldOf(() => checkAmount(bad, 'price', 'money'))).toEqual(['BAD_USER_INPUT', 'price']);
    expect(amountProblem(0, 'amount', 'positiveMoney')).toMatch(/amount must be/);
    expect(amountProblem(MAX_QUANTITY + 1, 'quantity', 'positiveQuantity')).toMatch(/quantity/);
    expect(amountProblem(0, 'points', 'pointsChange')).toMatch(/non-zero/);
    expect(amountProblem(-MAX_POINTS, 'points', 'pointsChange')).toBeNull();
    expect(amountProblem(2_147_483_647, 'points', 'pointsChange')).not.toBeNull();
  });

  it('refuses a balance that would pass its bound', () => {
    expect(checkBalance(MAX_POINTS - 1, 1, 'points', { min: 0, max: MAX_POINTS })).toBe(MAX_POINTS);
    expect(fieldOf(() => checkBalance(MAX_POINTS, 1, 'points', { min: 0, max: MAX_POINTS }))).toEqual([
      'BAD_USER_INPUT',
      'points',
    ]);
  });

  it('sums exactly or throws, never rounds', () => {
    expect(sumAmounts([MAX_AMOUNT, MAX_AMOUNT, -1])).toBe(2 * MAX_AMOUNT - 1);
    expect(() => sumAmounts([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER])).toThrow(AmountOverflowError);
    expect(() => sumAmounts([Number.MAX_SAFE_INTEGER, 1])).toThrow(AmountOverflowError);
  });

  it('the Money scalar refuses inputs far beyond any bound', () => {
    expect(MoneyScalar.parseValue('15500')).toBe(15500);
    expect(() => MoneyScalar.parseValue('9007199254740991')).toThrow(/at most/);
    expect(MoneyScalar.serialize(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991');
  });
});

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    for (const ok of ['2026-02-28', '2024-02-29', '1970-01-01', '2999-12-31'])
      expect(isCalendarDate(ok)).toBe(true);
    for (const bad of ['2026-02-31', '2025-02-29', '0000-01-01', '2026-13-01', '2026-1-01', '3000-01-01', ''])
      expect(isCalendarDate(bad)).toBe(false);
    expect(() => DateScalar.parseValue('2026-02-31')).toThrow(GraphQLError);
    expect(() => DateTimeScalar.parseValue('2026-02-31T10:00:00Z')).toThrow(GraphQLError);
    expect(DateScalar.parseValue('2026-02-28')).toBe('2026-02-28');
  });

  it('takes an instant only with an explicit zone', () => {
    for (const bad of [
      '2026-01-01T10:00:00',
      '2026-01-01T10:00',
      '2026-01-01T10:00:00+0700',
      '2026-01-01T10:00:00 Z',
    ])
      expect(() => DateTimeScalar.parseValue(bad), bad).toThrow(GraphQLError);
    expect(DateTimeScalar.parseValue('2026-01-01T10:00:00+07:00')).toEqual(new Date('2026-01-01T03:00:00Z'));
    expect(DateTimeScalar.parseValue('2026-01-01T10:00:00.123Z')).toEqual(
      new Date('2026-01-01T10:00:00.123Z'),
    );
  });
});

describe('text rules', () => {
  it('bounds text and ids', () => {
    expect(checkText('  Kopi ', 'name', 10)).toBe('Kopi');
    expect(fieldOf(() => checkText('x'.repeat(11), 'name', 10))).toEqual(['BAD_USER_INPUT', 'name']);
    expect(fieldOf(() => checkText('   ', 'name', 10))).toEqual(['BAD_USER_INPUT', 'name']);
    expect(checkOptionalText('  ', 'note', 10)).toBeNull();
    expect(checkOptionalText(undefined, 'note', 10)).toBeUndefined();
    expect(fieldOf(() => checkId('', 'customerId'))).toEqual(['BAD_USER_INPUT', 'customerId']);
    expect(fieldOf(() => checkId('x'.repeat(101), 'customerId'))).toEqual(['BAD_USER_INPUT', 'customerId']);
  });
});
