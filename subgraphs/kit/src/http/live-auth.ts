import type { Context } from 'graphql-ws';
import { decodeJwt } from 'jose';
import type { TokenVerifier } from '../auth/jwt';
import type { Viewer } from '../auth/viewer';

/** graphql-ws' close code for a refused `connection_init`; the reason says what to fix. */
export const LIVE_FORBIDDEN = 4403;

/** What a graphql-ws client sends in `connection_init`: the bearer token, and for subgraphs the gateway's secret. */
export interface LiveConnectionParams {
  authorization?: unknown;
  gatewaySecret?: unknown;
  [key: string]: unknown;
}

/** The identity proven by a connection's `connection_init`. */
export interface LiveIdentity {
  viewer: Viewer;
  token: string;
}

export type LiveAuthProblem = 'missing' | 'malformed' | 'expired' | 'revoked' | 'invalid';

// Close reasons are limited to 123 bytes; they tell the client what to fix and nothing about why
// a signature or claim failed.
const REASONS: Record<LiveAuthProblem, string> = {
  missing: 'Missing token: send connectionParams { authorization: "Bearer <access token>" }',
  malformed: 'Malformed token: expected "Bearer <access token>" or the bare access token',
  expired: 'Token expired: refresh the access token and reconnect',
  revoked: 'Token revoked: sign in again and reconnect',
  invalid: 'Invalid token: sign in again and reconnect',
};

/** A refused connection; `reason` is the close reason the client reads. */
export class LiveAuthError extends Error {
  readonly reason: string;
  constructor(readonly problem: LiveAuthProblem) {
    super(REASONS[problem]);
    this.reason = REASONS[problem];
  }
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The access token of `connectionParams`: the `authorization` key in any letter case, its value
 * "Bearer <token>" or the bare token (browsers cannot set headers on a WebSocket, so clients put
 * it here in whatever shape their HTTP code uses).
 */
export function connectionToken(params: LiveConnectionParams | undefined): string {
  const key = Object.keys(params ?? {}).find((k) => k.toLowerCase() === 'authorization');
  const raw = key ? params?.[key] : undefined;
  if (raw === undefined || raw === null || raw === '') throw new LiveAuthError('missing');
  if (typeof raw !== 'string') throw new LiveAuthError('malformed');
  const token = raw.trim().replace(/^bearer\s+/i, '');
  if (!JWT_SHAPE.test(token)) throw new LiveAuthError('malformed');
  return token;
}

/** Verifies the connection's token; throws `LiveAuthError` saying what is wrong. */
export async function identityFromParams(
  params: LiveConnectionParams | undefined,
  verifier: TokenVerifier,
): Promise<LiveIdentity> {
  const token = connectionToken(params);
  try {
    return { token, viewer: await verifier.verify(token) };
  } catch (err) {
    throw new LiveAuthError(classify(token, err));
  }
}

function classify(token: string, err: unknown): LiveAuthProblem {
  if (err instanceof Error && /revoked/i.test(err.message)) return 'revoked';
  try {
    // Read only after the verifier refused the token: an unverified expiry decides the wording, nothing else.
    const { exp } = decodeJwt(token);
    if (typeof exp === 'number' && exp * 1000 <= Date.now()) return 'expired';
  } catch {
    return 'malformed';
  }
  return 'invalid';
}

/**
 * Refuses a `connection_init`: closes with 4403 and a reason the client can act on (graphql-ws'
 * own refusal says only "Forbidden"). Return `false` from `onConnect` after it.
 */
export function refuseConnection(ctx: Context<LiveConnectionParams>, err: unknown): false {
  const reason = err instanceof LiveAuthError ? err.reason : 'Forbidden';
  const socket = (ctx.extra as { socket?: { close(code: number, reason: string): void } }).socket;
  socket?.close(LIVE_FORBIDDEN, reason);
  return false;
}
