import { createPublicKey, type KeyObject, randomUUID, verify as verifySignature } from 'node:crypto';
import {
  type CryptoKey,
  decodeProtectedHeader,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  type JWTPayload,
  SignJWT,
  UnsecuredJWT,
} from 'jose';
import { z } from 'zod';
import { unauthenticated } from '../errors';
import type { RevocationStore } from './revocation';
import { ROLES } from './scopes';
import type { Viewer } from './viewer';

/** The one algorithm accepted; pinned so `alg: none` or an HMAC token signed with the public key fail. */
export const JWT_ALG = 'EdDSA';
export const MAX_ACCESS_TOKEN_SECONDS = 15 * 60;
/** Seconds of clock skew between the users subgraph and a verifier that are forgiven. */
export const CLOCK_TOLERANCE_SECONDS = 5;

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UNSECURED_HEADER = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');

const claimsSchema = z.object({
  sub: z.string().min(1),
  mid: z.string().min(1),
  role: z.enum(ROLES),
  bids: z.array(z.string()),
  scope: z.string(),
  sid: z.string().min(1),
  jti: z.string().min(1),
  dev: z.string().optional(),
  exp: z.number(),
  iat: z.number(),
});

type TokenClaims = z.infer<typeof claimsSchema>;

/** Verified tokens remembered per verifier (oldest forgotten first): a few hundred tills' worth. */
const VERIFIED_TOKENS_KEPT = 2_000;

/**
 * What time changes about verified claims, checked as jose checks it on first sight: expired
 * (with the tolerated skew), or older than the longest access token lives.
 */
const stillValid = (c: TokenClaims, now: number) =>
  c.exp > now - CLOCK_TOLERANCE_SECONDS && now - c.iat <= MAX_ACCESS_TOKEN_SECONDS + CLOCK_TOLERANCE_SECONDS;

export interface AccessTokenClaims {
  userId: string;
  merchantId: string;
  role: Viewer['role'];
  branchIds: readonly string[];
  scopes: readonly string[];
  sessionId: string;
  deviceId?: string;
}

export interface KeyPairPem {
  privateKey: string;
  publicKey: string;
}

export async function generateSigningKeys(): Promise<KeyPairPem> {
  const { privateKey, publicKey } = await generateKeyPair(JWT_ALG, { crv: 'Ed25519', extractable: true });
  return { privateKey: await exportPKCS8(privateKey), publicKey: await exportSPKI(publicKey) };
}

export interface TokenSettings {
  issuer: string;
  audience: string;
}

/** Signs access tokens. Only the users subgraph holds the private key. */
export class TokenSigner {
  private constructor(
    private readonly key: CryptoKey,
    private readonly settings: TokenSettings & { ttlSeconds: number },
  ) {}

  static async fromPem(privateKeyPem: string, settings: TokenSettings & { ttlSeconds: number }) {
    if (settings.ttlSeconds > MAX_ACCESS_TOKEN_SECONDS) {
      throw new Error(`Access tokens live at most ${MAX_ACCESS_TOKEN_SECONDS} seconds`);
    }
    return new TokenSigner(await importPKCS8(privateKeyPem, JWT_ALG), settings);
  }

  async sign(claims: AccessTokenClaims): Promise<{ token: string; tokenId: string; expiresAt: Date }> {
    const tokenId = randomUUID();
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.settings.ttlSeconds;
    const token = await new SignJWT({
      mid: claims.merchantId,
      role: claims.role,
      bids: [...claims.branchIds],
      scope: claims.scopes.join(' '),
      sid: claims.sessionId,
      ...(claims.deviceId ? { dev: claims.deviceId } : {}),
    })
      .setProtectedHeader({ alg: JWT_ALG, typ: 'JWT' })
      .setSubject(claims.userId)
      .setJti(tokenId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, tokenId, expiresAt: new Date(exp * 1000) };
  }
}

/**
 * Verifies access tokens: signature, pinned algorithm, issuer, audience, expiry, issue time not in
 * the future, claim shape, revocation.
 */
export class TokenVerifier {
  /**
   * Claims of tokens whose signature and claims checked out, by token: a till sends the same
   * token with every request, and each request crosses several subgraphs. A hit re-checks what
   * time changes (expiry, age) and revocation; the signature of a given string cannot change.
   */
  private readonly verified = new Map<string, TokenClaims>();

  private constructor(
    private readonly key: KeyObject,
    private readonly settings: TokenSettings,
    private readonly revocations: RevocationStore,
  ) {}

  static async fromPem(publicKeyPem: string, settings: TokenSettings, revocations: RevocationStore) {
    const key = createPublicKey(publicKeyPem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('The token public key must be an Ed25519 key');
    return new TokenVerifier(key, settings, revocations);
  }

  /** Returns the viewer for a valid token; throws UNAUTHENTICATED otherwise. */
  async verify(token: string): Promise<Viewer> {
    const c = this.verified.get(token) ?? this.checkedClaims(token);
    if (!stillValid(c, Math.floor(Date.now() / 1000))) {
      this.verified.delete(token);
      throw unauthenticated('The access token is invalid or expired');
    }
    if (await this.revocations.isRevoked(c.jti, c.sid))
      throw unauthenticated('The access token has been revoked');
    return {
      userId: c.sub,
      merchantId: c.mid,
      role: c.role,
      branchIds: c.bids,
      scopes: new Set(c.scope.split(' ').filter(Boolean)),
      sessionId: c.sid,
      tokenId: c.jti,
      ...(c.dev ? { deviceId: c.dev } : {}),
      expiresAt: c.exp,
    };
  }

  /** Verifies a token not seen before and remembers its claims. */
  private checkedClaims(token: string): TokenClaims {
    let payload: unknown;
    try {
      payload = this.verifiedClaims(token);
    } catch {
      throw unauthenticated('The access token is invalid or expired');
    }
    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success) throw unauthenticated('The access token is invalid or expired');
    const c = parsed.data;
    if (c.exp - c.iat > MAX_ACCESS_TOKEN_SECONDS)
      throw unauthenticated('The access token is invalid or expired');
    if (this.verified.size >= VERIFIED_TOKENS_KEPT)
      this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, c);
    return c;
  }

  /**
   * The signature is checked with node:crypto's one-shot Ed25519 verify, on this thread, in tens
   * of microseconds. jose's `jwtVerify` uses WebCrypto, which queues on libuv's pool of 4 threads:
   * behind 30 PIN hashes (argon2 runs there too) every token check of the process waited seconds,
   * and requests of other merchants hit the gateway's timeout. The claims are then checked by
   * jose's own validator, given the verified payload under an `alg: none` header.
   */
  private verifiedClaims(token: string): JWTPayload {
    const [header, payload, signature, ...rest] = token.split('.');
    if (rest.length || !header || !payload || !signature || !BASE64URL.test(signature))
      throw new Error('malformed token');
    const protectedHeader = decodeProtectedHeader(token);
    if (
      protectedHeader.alg !== JWT_ALG ||
      protectedHeader.crit !== undefined ||
      protectedHeader.b64 !== undefined
    )
      throw new Error('unexpected token header');
    const bytes = Buffer.from(signature, 'base64url');
    if (!verifySignature(null, Buffer.from(`${header}.${payload}`), this.key, bytes))
      throw new Error('bad signature');
    return UnsecuredJWT.decode(`${UNSECURED_HEADER}.${payload}.`, {
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      requiredClaims: ['exp', 'iat', 'sub', 'jti'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      // Also refuses an `iat` in the future: dated ahead, a token would stay valid for longer than
      // MAX_ACCESS_TOKEN_SECONDS from now although `exp - iat` looks short.
      maxTokenAge: MAX_ACCESS_TOKEN_SECONDS,
    }).payload;
  }

  /** Reads the bearer token of an Authorization header; null when there is none. */
  static bearer(header: string | undefined | null): string | null {
    if (!header) return null;
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    return match[1] ?? null;
  }
}
