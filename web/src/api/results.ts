/**
 * One way to read every answer of the API. A mutation answers a result union: its success type,
 * or an error type implementing `ErrorResult { code message }`. Errors are told apart by
 * `__typename` and `code` only, never by a list of error type names, so renamed or added error
 * types need no change here. Thrown GraphQL errors (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT,
 * masked failures) and network failures end up in the same shape.
 */
import type { CombinedError } from '@urql/core';

export interface Failure {
  code: string;
  message: string;
  /** True when the request never got an answer (offline, server unreachable). */
  network?: boolean;
  /** The input field at fault, as the server names it (`baseUnit.price`, `units.0.factor`). */
  field?: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const NETWORK_ERROR = 'NETWORK';

export function isErrorResult(
  value: unknown,
): value is { __typename?: string; code: string; message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** A union member that is not the expected success type, as a failure. */
export function failureOf(value: unknown): Failure {
  if (isErrorResult(value)) return { code: value.code, message: value.message };
  const typename = (value as { __typename?: string } | null)?.__typename ?? 'UNKNOWN';
  // An error type this build does not select `code` on yet: its name still says what happened.
  return { code: typename.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase(), message: typename };
}

/** The success member of a result union, or the failure it is. */
export function unwrapResult<T extends { __typename?: string }, S extends NonNullable<T['__typename']>>(
  value: T | null | undefined,
  success: S,
): Outcome<Extract<T, { __typename?: S }>> {
  if (value?.__typename === success) return { ok: true, value: value as Extract<T, { __typename?: S }> };
  if (!value) return { ok: false, error: { code: 'NOT_FOUND', message: 'Not found' } };
  return { ok: false, error: failureOf(value) };
}

/** A urql error (thrown GraphQL errors or a failed request) as a failure. */
export function failureOfCombined(error: CombinedError): Failure {
  if (error.networkError || (error.response as Response | undefined)?.status === 0) {
    return { code: NETWORK_ERROR, message: error.networkError?.message ?? 'Network error', network: true };
  }
  const first = error.graphQLErrors[0];
  const status = (error.response as Response | undefined)?.status;
  const code =
    (first?.extensions?.code as string | undefined) ??
    (status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
  const field = first?.extensions?.field;
  return {
    code,
    message: first?.message ?? error.message,
    ...(typeof field === 'string' ? { field } : {}),
  };
}
