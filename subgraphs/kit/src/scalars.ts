import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

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

/**
 * Money in minor units of the merchant's currency (IDR has none: Rp15.500 is "15500"),
 * sent as a string so totals above 2^31 survive every client. Inputs accept a string or an
 * integer; floats are refused.
 */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  serialize: (value) => String(parseMoney(value)),
  parseValue: parseMoney,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT)
      return parseMoney(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('Money must be a string or an integer', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});

function parseDateTime(value: unknown): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
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

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function parseDate(value: unknown): string {
  if (
    typeof value === 'string' &&
    DATE_PATTERN.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  ) {
    return value;
  }
  throw new GraphQLError('Date must be YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A calendar date in the merchant's time zone, `YYYY-MM-DD` (business dates, due dates). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: parseDate,
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});

export const scalarResolvers = { Money: MoneyScalar, DateTime: DateTimeScalar, Date: DateScalar };
