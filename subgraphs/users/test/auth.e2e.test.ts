import { base64url, generateKeyPair, importPKCS8, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCodes,
  expectNoErrors,
  postGraphQL,
  type Supergraph,
  startSupergraph,
} from '../../../gateway/test/harness';
import {
  AUTH_FIELDS,
  createStaff,
  LOGIN,
  login,
  PASSWORD,
  REGISTER,
  registerMerchant,
  uniqueEmail,
} from './helpers';

let sg: Supergraph;
beforeAll(async () => {
  sg = await startSupergraph();
});
afterAll(() => sg?.close());

const ME = '{ me { id name role email merchant { name currency timeZone } } }';

describe('registration and sign-in', () => {
  it('registers a merchant, signs in with the e-mail and reads `me`', async () => {
    const { email, session } = await registerMerchant(sg);
    const loggedIn = await login(sg, email);
    expect(loggedIn.__typename).toBe('AuthPayload');
    const { body } = await sg.request<{ me: Record<string, unknown> }>(
      ME,
      {},
      { token: loggedIn.accessToken! },
    );
    expect(expectNoErrors(body).me).toEqual({
      id: session.user.id,
      name: 'Sari Dewi',
      role: 'OWNER',
      email,
      merchant: { name: 'Warung Sari', currency: 'IDR', timeZone: 'Asia/Jakarta' },
    });
  });

  it('signs a cashier in with username and merchant, and on a branch device with a PIN', async () => {
    const { session, merchant, branchId } = await registerMerchant(sg);
    const cashier = await createStaff(sg, session.accessToken, {
      role: 'CASHIER',
      pin: '4321',
      branchIds: [branchId],
    });
    expect((await login(sg, cashier.username, PASSWORD, merchant.slug)).__typename).toBe('AuthPayload');

    const PIN = `mutation($input: PinLoginInput!) { loginWithPin(input: $input) { ${AUTH_FIELDS} ... on AccountLocked { retryAfterSeconds } } }`;
    const input = {
      merchantSlug: merchant.slug,
      branchId,
      userId: cashier.id,
      pin: '4321',
      deviceId: 'till-1',
    };
    const ok = await sg.request<{ loginWithPin: { __typename: string; accessToken: string } }>(PIN, {
      input,
    });
    const pinSession = expectNoErrors(ok.body).loginWithPin;
    expect(pinSession.__typename).toBe('AuthPayload');
    const me = await sg.request<{ me: { role: string; branches: { id: string }[] } }>(
      '{ me { role branches { id } } }',
      {},
      { token: pinSession.accessToken },
    );
    expect(expectNoErrors(me.body).me).toEqual({ role: 'CASHIER', branches: [{ id: branchId }] });

    const wrong = await sg.request<{ loginWithPin: { code: string } }>(PIN, {
      input: { ...input, pin: '1111' },
    });
    expect(expectNoErrors(wrong.body).loginWithPin.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    const { email } = await registerMerchant(sg);
    const wrong = await login(sg, email, 'not-the-password-1');
    const unknown = await login(sg, uniqueEmail('nobody'), 'not-the-password-1');
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ __typename: 'InvalidCredentials', code: 'INVALID_CREDENTIALS' });
  });

  it('refuses bad registration input with a code and writes nothing', async () => {
    const base = { merchantName: 'Toko', branchName: 'Pusat', ownerName: 'Ani', password: PASSWORD };
    const weak = await sg.request<{ registerMerchant: { code: string } }>(REGISTER, {
      input: { ...base, ownerEmail: uniqueEmail(), password: 'short1' },
    });
    expect(expectNoErrors(weak.body).registerMerchant.code).toBe('WEAK_PASSWORD');

    const badEmail = await sg.request(REGISTER, { input: { ...base, ownerEmail: 'not-an-email' } });
    expect(errorCodes(badEmail.body)).toEqual(['BAD_USER_INPUT']);
    const badCurrency = await sg.request(REGISTER, {
      input: { ...base, ownerEmail: uniqueEmail(), currency: 'XYZ' },
    });
    expect(errorCodes(badCurrency.body)).toEqual(['BAD_USER_INPUT']);
    const badZone = await sg.request(REGISTER, {
      input: { ...base, ownerEmail: uniqueEmail(), timeZone: 'Mars/Base' },
    });
    expect(errorCodes(badZone.body)).toEqual(['BAD_USER_INPUT']);

    const { email } = await registerMerchant(sg);
    const dup = await sg.request<{ registerMerchant: { code: string } }>(REGISTER, {
      input: { ...base, ownerEmail: email.toUpperCase() },
    });
    expect(expectNoErrors(dup.body).registerMerchant.code).toBe('EMAIL_TAKEN');
    // The refused e-mail of the weak-password attempt was not left claimed.
    const email2 = uniqueEmail();
    await sg.request(REGISTER, { input: { ...base, ownerEmail: email2, password: 'short1' } });
    const retry = await sg.request<{ registerMerchant: { __typename: string } }>(REGISTER, {
      input: { ...base, ownerEmail: email2 },
    });
    expect(expectNoErrors(retry.body).registerMerchant.__typename).toBe('AuthPayload');
  });

  it('rejects malformed GraphQL and wrong variable types', async () => {
    const parse = await sg.request('mutation { registerMerchant(input: { ', {});
    expect(errorCodes(parse.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const types = await sg.request(LOGIN, { input: { identifier: 42, password: true } });
    expect(errorCodes(types.body)[0]).toBe('BAD_USER_INPUT');
  });
});

describe('brute-force protection', () => {
  it('locks the account after 5 failures, counting 10 aliased attempts in one request', async () => {
    const { email } = await registerMerchant(sg);
    const aliases = Array.from(
      { length: 10 },
      (_, i) =>
        `a${i}: login(input: { identifier: "${email}", password: "wrong-password-${i}" }) { __typename ... on ErrorResult { code } }`,
    ).join('\n');
    const { body } = await sg.request<Record<string, { code: string }>>(`mutation { ${aliases} }`);
    const codes = Object.values(expectNoErrors(body)).map((r) => r.code);
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), ...Array(5).fill('ACCOUNT_LOCKED')]);

    const correct = await login(sg, email);
    expect(correct.__typename).toBe('AccountLocked');
    expect(correct.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('counts parallel guesses too', async () => {
    const { email } = await registerMerchant(sg);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(sg, email, `wrong-password-${i}`)),
    );
    const invalid = results.filter((r) => r.code === 'INVALID_CREDENTIALS').length;
    expect(invalid).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.code === 'ACCOUNT_LOCKED').length).toBe(12 - invalid);
    expect((await login(sg, email)).__typename).toBe('AccountLocked');
  });
});

const REFRESH = `mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { ${AUTH_FIELDS} } }`;

describe('tokens and sessions', () => {
  it('rotates refresh tokens and ends the family when an old one is reused', async () => {
    const { session } = await registerMerchant(sg);
    const first = await sg.request<{
      refreshToken: { __typename: string; refreshToken: string; accessToken: string };
    }>(REFRESH, {
      t: session.refreshToken,
    });
    const rotated = expectNoErrors(first.body).refreshToken;
    expect(rotated.__typename).toBe('AuthPayload');
    expect(rotated.refreshToken).not.toBe(session.refreshToken);

    const reuse = await sg.request<{ refreshToken: { code: string } }>(REFRESH, { t: session.refreshToken });
    expect(expectNoErrors(reuse.body).refreshToken.code).toBe('REFRESH_TOKEN_REUSED');
    // The whole family is gone: the rotated refresh token and its access token too.
    const next = await sg.request<{ refreshToken: { code: string } }>(REFRESH, { t: rotated.refreshToken });
    expect(expectNoErrors(next.body).refreshToken.code).toBe('INVALID_REFRESH_TOKEN');
    const me = await sg.request(ME, {}, { token: rotated.accessToken });
    expect(me.status).toBe(401);
    expect(errorCodes(me.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('revokes the access token on logout, at the gateway and at the users subgraph', async () => {
    const { session } = await registerMerchant(sg);
    const out = await sg.request<{ logout: { __typename: string; ok: boolean } }>(
      'mutation { logout { __typename ... on LoggedOut { ok } } }',
      {},
      { token: session.accessToken },
    );
    expect(expectNoErrors(out.body).logout).toEqual({ __typename: 'LoggedOut', ok: true });

    const counter = sg.countSubgraphRequests();
    const viaGateway = await sg.request(ME, {}, { token: session.accessToken });
    counter.stop();
    expect(viaGateway.status).toBe(401);
    expect(errorCodes(viaGateway.body)).toEqual(['UNAUTHENTICATED']);
    expect(counter.total()).toBe(0);

    const direct = await postGraphQL(
      sg.subgraphs.users!.graphqlUrl,
      ME,
      {},
      {
        token: session.accessToken,
        headers: { 'x-gateway-secret': sg.gatewaySecret },
      },
    );
    expect(direct.status).toBe(401);
    expect(errorCodes(direct.body)).toEqual(['UNAUTHENTICATED']);
    const refresh = await sg.request<{ refreshToken: { code: string } }>(REFRESH, {
      t: session.refreshToken,
    });
    expect(expectNoErrors(refresh.body).refreshToken.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('signs out other sessions when the password changes', async () => {
    const { email, session } = await registerMerchant(sg);
    const other = await login(sg, email);
    const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) {
      __typename ... on PasswordChanged { revokedSessions } ... on ErrorResult { code } } }`;
    const weak = await sg.request<{ changePassword: { code: string } }>(
      CHANGE,
      { i: { currentPassword: PASSWORD, newPassword: 'abc' } },
      { token: session.accessToken },
    );
    expect(expectNoErrors(weak.body).changePassword.code).toBe('WEAK_PASSWORD');
    const changed = await sg.request<{ changePassword: { __typename: string; revokedSessions: number } }>(
      CHANGE,
      { i: { currentPassword: PASSWORD, newPassword: 'Baru-sekali-2027' } },
      { token: session.accessToken },
    );
    expect(expectNoErrors(changed.body).changePassword).toEqual({
      __typename: 'PasswordChanged',
      revokedSessions: 1,
    });
    expect((await sg.request(ME, {}, { token: other.accessToken! })).status).toBe(401);
    expect(expectNoErrors((await sg.request(ME, {}, { token: session.accessToken })).body)).toBeTruthy();
    expect((await login(sg, email)).__typename).toBe('InvalidCredentials');
    expect((await login(sg, email, 'Baru-sekali-2027')).__typename).toBe('AuthPayload');
  });
});

describe('forged and broken tokens', () => {
  const claimsOf = (token: string) =>
    JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
  const encode = (o: object) => base64url.encode(JSON.stringify(o));

  async function expectRejected(token: string) {
    const counter = sg.countSubgraphRequests();
    const res = await sg.request(ME, {}, { token });
    counter.stop();
    expect(res.status).toBe(401);
    expect(errorCodes(res.body)).toEqual(['UNAUTHENTICATED']);
    expect(counter.total()).toBe(0);
    const direct = await postGraphQL(
      sg.subgraphs.users!.graphqlUrl,
      ME,
      {},
      { token, headers: { 'x-gateway-secret': sg.gatewaySecret } },
    );
    expect(errorCodes(direct.body)).toEqual(['UNAUTHENTICATED']);
  }

  it('rejects alg none, HS256 with the public key, expiry, wrong issuer or audience, and tampered claims', async () => {
    const { session } = await registerMerchant(sg);
    const claims = claimsOf(session.accessToken);
    const now = Math.floor(Date.now() / 1000);
    const privateKey = await importPKCS8(sg.keys.privateKey, 'EdDSA');
    const sign = (payload: Record<string, unknown>) =>
      new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' }).sign(privateKey);

    await expectRejected(`${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`);
    const hmac = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' });
    await expectRejected(await hmac.sign(new TextEncoder().encode(sg.keys.publicKey)));
    await expectRejected(await sign({ ...claims, iat: now - 3600, exp: now - 1800 }));
    await expectRejected(await sign({ ...claims, iss: 'someone-else' }));
    await expectRejected(await sign({ ...claims, aud: 'another-app' }));
    const [h, , s] = session.accessToken.split('.');
    await expectRejected(
      `${h}.${encode({ ...claims, role: 'OWNER', scope: 'staff:write', mid: 'another-merchant' })}.${s}`,
    );
    await expectRejected(`${h}.${encode({ ...claims, role: 'ADMIN' })}.${s}`);
    const { privateKey: strangerKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    await expectRejected(await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA' }).sign(strangerKey));
    await expectRejected('not-a-jwt');
  });
});
