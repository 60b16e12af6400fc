import { importPKCS8, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
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
