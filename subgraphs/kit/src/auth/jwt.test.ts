import { pbkdf2 } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSigningKeys, type KeyPairPem, TokenVerifier } from './jwt';
import { MemoryRevocationStore } from './revocation';

const settings = { issuer: 'pos-users', audience: 'pos-supergraph' };

describe('TokenVerifier: issue time', () => {
  let keys: KeyPairPem;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    keys = await generateSigningKeys();
    verifier = await TokenVerifier.fromPem(keys.publicKey, settings, new MemoryRevocationStore());
  });

  /** A well-formed token signed with the real key, issued `offset` seconds from now, living 5 minutes. */
  async function tokenIssuedAt(offset: number): Promise<string> {
    const key = await importPKCS8(keys.privateKey, 'EdDSA');
    const iat = Math.floor(Date.now() / 1000) + offset;
    return new SignJWT({ mid: 'm1', role: 'OWNER', bids: [], scope: '', sid: 's1' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('u1')
      .setJti(`j-${offset}`)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 300)
      .sign(key);
  }

  it('accepts a token issued now or a few seconds ahead (clock skew)', async () => {
    await expect(verifier.verify(await tokenIssuedAt(0))).resolves.toMatchObject({ userId: 'u1' });
    await expect(verifier.verify(await tokenIssuedAt(3))).resolves.toMatchObject({ userId: 'u1' });
  });

  it.each([60, 3600])('refuses a token issued %i seconds in the future', async (offset) => {
    await expect(verifier.verify(await tokenIssuedAt(offset))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('TokenVerifier: a token seen before', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('still expires, and still answers to revocation, once its signature was checked', async () => {
    const keys = await generateSigningKeys();
    const revocations = new MemoryRevocationStore();
    const verifier = await TokenVerifier.fromPem(keys.publicKey, settings, revocations);
    const key = await importPKCS8(keys.privateKey, 'EdDSA');
    const sign = async (jti: string, sid: string) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ mid: 'm1', role: 'OWNER', bids: [], scope: '', sid })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject('u1')
        .setJti(jti)
        .setIssuer(settings.issuer)
        .setAudience(settings.audience)
        .setIssuedAt(now)
        .setExpirationTime(now + 60)
        .sign(key);
    };
    const refused = { extensions: { code: 'UNAUTHENTICATED' } };
    const expiring = await sign('j-exp', 's-exp');
    const revoked = await sign('j-rev', 's-rev');
    await expect(verifier.verify(expiring)).resolves.toMatchObject({ tokenId: 'j-exp' });
    await expect(verifier.verify(revoked)).resolves.toMatchObject({ tokenId: 'j-rev' });

    await revocations.revoke('sid', 's-rev', Math.floor(Date.now() / 1000) + 60);
    await expect(verifier.verify(revoked)).rejects.toMatchObject(refused);

    // Past its expiry and the tolerated skew (5 s), the remembered token is refused.
    vi.useFakeTimers({ now: Date.now() + 64_000, toFake: ['Date'] });
    await expect(verifier.verify(expiring)).resolves.toMatchObject({ tokenId: 'j-exp' });
    vi.setSystemTime(Date.now() + 2_000);
    await expect(verifier.verify(expiring)).rejects.toMatchObject(refused);
  });
});

describe('TokenVerifier: off the libuv thread pool', () => {
  it('answers while the pool is busy (password hashing runs there)', async () => {
    const keys = await generateSigningKeys();
    const verifier = await TokenVerifier.fromPem(keys.publicKey, settings, new MemoryRevocationStore());
    const key = await importPKCS8(keys.privateKey, 'EdDSA');
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ mid: 'm1', role: 'OWNER', bids: [], scope: '', sid: 's1' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('u1')
      .setJti('j-pool')
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(key);

    // More jobs than the pool has threads (4), each long enough to be seen.
    let hashed = 0;
    const hashes = Array.from(
      { length: 8 },
      () =>
        new Promise<void>((resolve, reject) =>
          pbkdf2('pin', 'salt', 200_000, 32, 'sha256', (err) => {
            hashed++;
            if (err) reject(err);
            else resolve();
          }),
        ),
    );
    const viewer = await verifier.verify(token);
    expect(viewer.userId).toBe('u1');
    expect(hashed).toBe(0);
    await Promise.all(hashes);
  });

  it.each([
    ['a header with critical extensions', { alg: 'EdDSA', crit: ['exp'], exp: 1 }],
    ['another algorithm', { alg: 'ES256' }],
  ])('refuses %s', async (_name, header) => {
    const keys = await generateSigningKeys();
    const verifier = await TokenVerifier.fromPem(keys.publicKey, settings, new MemoryRevocationStore());
    const key = await importPKCS8(keys.privateKey, 'EdDSA');
    const now = Math.floor(Date.now() / 1000);
    const valid = await new SignJWT({ mid: 'm1', role: 'OWNER', bids: [], scope: '', sid: 's1' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('u1')
      .setJti('j-header')
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(key);
    const [, payload, signature] = valid.split('.');
    const forged = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${payload}.${signature}`;
    await expect(verifier.verify(forged)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
