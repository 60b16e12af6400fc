import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { MAX_TOTAL } from './amounts';
import { isCalendarDate, MAX_DATE, MIN_DATE } from './dates';

const MONEY_PATTERN = /^-?\d{1,16}$/;

function parseMoney(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && MONEY_PATTERN.test(value)) {
    const n = Number(value);
    if (Number.isSafeInteger(n)) return n;
  }
  throw new GraphQLError('Money must be a whole number of minor units, e.g. "15500"', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** An input amount: a backstop below each field's own bound (`amounts.ts`), far from 2^53. */
function parseMoneyInput(value: unknown): number {
  const n = parseMoney(value);
  if (Math.abs(n) > MAX_TOTAL)
    throw new GraphQLError(`Money must be at most ${MAX_TOTAL} minor units`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return n;
}

/**
 * Money in minor units of the merchant's currency (IDR has none: Rp15.500 is "15500"),
 * sent as a string so totals above 2^31 survive every client. Inputs accept a string or an
 * integer; floats are refused. Each input field has its own bound (one amount: at most 10^12).
 */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  serialize: (value) => String(parseMoney(value)),
  parseValue: parseMoneyInput,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT)
      return parseMoneyInput(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('Money must be a string or an integer', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});

/** Date, time and an explicit zone: without `Z` or an offset the instant would be the server's guess. */
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function parseDateTime(value: unknown): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && DATE_TIME_PATTERN.test(value) && isCalendarDate(value.slice(0, 10))) {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new GraphQLError('DateTime must be an ISO-8601 timestamp with a time zone', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** An instant, ISO-8601 with offset (`2026-11-22T09:30:00+07:00`); always sent back in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => parseDateTime(value).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDateTime(ast.value);
  },
});

function parseDate(value: unknown): string {
  if (isCalendarDate(value)) return value;
  throw new GraphQLError(`Date must be a real calendar date YYYY-MM-DD from ${MIN_DATE} to ${MAX_DATE}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * A calendar date in the merchant's time zone, `YYYY-MM-DD` (business dates, due dates), checked
 * strictly: `2026-02-31` is refused, not rolled over to March.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  // Output only checks the shape: a stored date is shown as it is.
  serialize: (value) => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    throw new GraphQLError('Date must be YYYY-MM-DD');
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});

export const scalarResolvers = { Money: MoneyScalar, DateTime: DateTimeScalar, Date: DateScalar };
