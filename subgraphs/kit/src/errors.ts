import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { NotFoundError } from './error-results';

/** Codes a client may see on a thrown error. Everything else is masked. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** A subgraph this answer depends on is down or failing; the same request may work later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes produced by GraphQL servers themselves for a malformed request; safe to show. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

const PUBLIC_CODES = new Set<string>([...Object.values(ErrorCode), ...PROTOCOL_CODES]);

function fail(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = 'Authentication is required') => fail('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this') => fail('FORBIDDEN', message);
/**
 * `entity` is the GraphQL type name of what is missing (`Branch`, `PriceRule`). A query answers it
 * as a NOT_FOUND error; a mutation whose result union has `NotFound` answers with that member.
 */
export const notFound = (entity: string) => new NotFoundError(entity);
export const badInput = (message: string, field?: string) =>
  fail('BAD_USER_INPUT', message, field ? { field } : {});
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  fail('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
export const serviceUnavailable = (message: string) => fail('SERVICE_UNAVAILABLE', message);

export function isPublicCode(code: unknown): boolean {
  return typeof code === 'string' && PUBLIC_CODES.has(code);
}

/**
 * Apollo `formatError`: errors with a public code pass through without stack traces or the name
 * of the subgraph that raised them (the gateway's `serviceName`: clients need not learn the
 * topology); anything else (database errors, bugs) is logged and replaced by a generic message.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const { stacktrace: _s, exception: _e, serviceName, ...extensions } = formatted.extensions ?? {};
    if (isPublicCode(code) && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions };
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    logger.error({ err: original, path: formatted.path, subgraph: serviceName }, 'unexpected error');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** MongoDB duplicate-key error: the loser of an insert guarded by a unique index. */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}
