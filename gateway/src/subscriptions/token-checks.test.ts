import {
  generateSigningKeys,
  MemoryRevocationStore,
  TokenSigner,
  TokenVerifier,
  type Viewer,
} from '@pos/kit';
import { describe, expect, it } from 'vitest';
import { TokenChecks } from './token-checks';

const settings = { issuer: 'pos-users', audience: 'pos-supergraph' };

async function setup() {
  const keys = await generateSigningKeys();
  const revocations = new MemoryRevocationStore();
  const verifier = await TokenVerifier.fromPem(keys.publicKey, settings, revocations);
  const signer = await TokenSigner.fromPem(keys.privateKey, { ...settings, ttlSeconds: 300 });
  const { token, tokenId } = await signer.sign({
    userId: 'u1',
    merchantId: 'm1',
    role: 'OWNER',
    branchIds: [],
    scopes: [],
    sessionId: 's1',
  });
  const viewer: Viewer = await verifier.verify(token);
  return { verifier, revocations, token, tokenId, viewer };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('TokenChecks', () => {
  it('sees a revocation at the first check after the recheck interval, not before', async () => {
    const { verifier, revocations, token, tokenId, viewer } = await setup();
    let now = Date.now();
    const checks = new TokenChecks(verifier, 1_000, () => now);
    checks.acquire(token, viewer);
    expect(checks.status(token)).toBe('ok');
    await revocations.revoke('jti', tokenId, Math.floor(now / 1000) + 600);
    // Within the interval the last verification stands.
    now += 500;
    expect(checks.status(token)).toBe('ok');
    await settle();
    expect(checks.status(token)).toBe('ok');
    // Past it, a verification runs in the background and its verdict sticks.
    now += 600;
    expect(checks.status(token)).toBe('ok');
    await settle();
    expect(checks.status(token)).toBe('revoked');
  });

  it('an expired token is refused at once, without waiting for a recheck', async () => {
    const { verifier, token, viewer } = await setup();
    let now = Date.now();
    const checks = new TokenChecks(verifier, 60_000, () => now);
    checks.acquire(token, viewer);
    now = viewer.expiresAt * 1000;
    expect(checks.status(token)).toBe('expired');
  });

  it('forgets a token when its last connection releases it', async () => {
    const { verifier, token, viewer } = await setup();
    const checks = new TokenChecks(verifier);
    checks.acquire(token, viewer);
    checks.acquire(token, viewer);
    checks.release(token);
    expect(checks.status(token)).toBe('ok');
    checks.release(token);
    expect(checks.size()).toBe(0);
    expect(checks.status(token)).toBe('expired');
  });
});
