import { importPKCS8, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_FREE_MUTATIONS } from '../src/token-free-operations';
import { callCounter } from './fixtures';
import {
  errorCodes,
  expectNoErrors,
  type GraphQLBody,
  type Supergraph,
  signAccessToken,
  startSupergraph,
} from './harness';

/**
 * A client whose auth link still attaches an expired, revoked or bad token must still be able to
 * get a new one; everything that needs a viewer still answers such a token with 401.
 */
describe('gateway: the ways to a new token work whatever the Authorization header says', () => {
  let sg: Supergraph;
  let countCalls: ReturnType<typeof callCounter>;

  beforeAll(async () => {
    sg = await startSupergraph();
    countCalls = callCounter(sg);
  });
  afterAll(async () => sg?.close());

  const AUTH_FIELDS = `__typename ... on AuthPayload { accessToken refreshToken user { id merchant { slug } } } ... on ErrorResult { code }`;
  const password = 'kopi-susu-2024';
  const email = () => `stale-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  interface Auth {
    __typename: string;
    accessToken?: string;
    refreshToken?: string;
    code?: string;
    user?: { id: string; merchant: { slug: string } };
  }

  const expired = async () => {
    const key = await importPKCS8(sg.keys.privateKey, 'EdDSA');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ mid: 'm1', role: 'OWNER', bids: [], scope: '', sid: 's1' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('u1')
      .setJti('j-expired')
      .setIssuer('pos-users')
      .setAudience('pos-supergraph')
      .setIssuedAt(now - 900)
      .setExpirationTime(now - 300)
      .sign(key);
  };
  const stale: Array<[string, () => Promise<string>]> = [
    ['an expired token', async () => `Bearer ${await expired()}`],
    ['a garbage token', async () => 'Bearer not-a-jwt'],
    [
      'a revoked token',
      async () => {
        const { token, tokenId } = await signAccessToken(sg);
        await sg.revocations.revoke('jti', tokenId, Math.floor(Date.now() / 1000) + 600);
        return `Bearer ${token}`;
      },
    ],
  ];

  async function register(authorization: string, ownerEmail = email()) {
    const { status, body } = await sg.request<{ registerMerchant: Auth }>(
      `mutation ($input: RegisterMerchantInput!) { registerMerchant(input: $input) { ${AUTH_FIELDS} } }`,
      {
        input: {
          merchantName: 'Warung Stale',
          branchName: 'Pusat',
          ownerName: 'Sari',
          ownerEmail,
          password,
        },
      },
      { headers: { authorization } },
    );
    expect(status).toBe(200);
    return expectNoErrors(body).registerMerchant;
  }

  it('names mutations the supergraph has', async () => {
    const { body } = await sg.request<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    const names = expectNoErrors(body).__type.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining([...TOKEN_FREE_MUTATIONS]));
  });

  it.each(stale)('registerMerchant, login and refreshToken with %s', async (_name, header) => {
    const authorization = await header();
    const ownerEmail = email();
    expect((await register(authorization, ownerEmail)).__typename).toBe('AuthPayload');

    const login = await sg.request<{ login: Auth }>(
      `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`,
      { input: { identifier: ownerEmail, password } },
      { headers: { authorization } },
    );
    expect(login.status).toBe(200);
    const session = expectNoErrors(login.body).login;
    expect(session.__typename).toBe('AuthPayload');

    const refreshed = await sg.request<{ refreshToken: Auth }>(
      `mutation ($input: RefreshTokenInput!) { refreshToken(input: $input) { ${AUTH_FIELDS} } }`,
      { input: { refreshToken: session.refreshToken } },
      { headers: { authorization } },
    );
    expect(refreshed.status).toBe(200);
    expect(expectNoErrors(refreshed.body).refreshToken.__typename).toBe('AuthPayload');
  });

  it.each(stale)('loginWithPin with %s is answered, not refused', async (_name, header) => {
    const authorization = await header();
    const owner = await register('Bearer not-a-jwt');
    const { status, body } = await sg.request<{ loginWithPin: Auth }>(
      `mutation ($input: PinLoginInput!) { loginWithPin(input: $input) { ${AUTH_FIELDS} } }`,
      {
        input: {
          merchantSlug: owner.user?.merchant.slug,
          branchId: '000000000000000000000000',
          userId: owner.user?.id,
          pin: '123456',
          deviceId: 'till-1',
        },
      },
      { headers: { authorization } },
    );
    expect(status).toBe(200);
    expect(errorCodes(body)).toEqual([]);
    expect(body.data?.loginWithPin.__typename).toBe('InvalidCredentials');
  });

  it.each([
    [
      'a mutation that also needs a viewer',
      'mutation { login(input: { identifier: "a@b.c", password: "x" }) { __typename } logout { __typename } }',
      undefined,
    ],
    ['a query named like a public mutation', 'query login { me { id } }', undefined],
    [
      'a public mutation next to the operation that runs',
      'mutation Out { login(input: { identifier: "a@b.c", password: "x" }) { __typename } } query In { me { id } }',
      'In',
    ],
    [
      'a fragment at the root',
      'mutation { ...F } fragment F on Mutation { login(input: { identifier: "a@b.c", password: "x" }) { __typename } }',
      undefined,
    ],
  ])('still refuses %s with 401', async (_name, query, operationName) => {
    const counter = countCalls();
    const res = await fetch(sg.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-jwt' },
      body: JSON.stringify({ query, ...(operationName ? { operationName } : {}) }),
    });
    expect(res.status).toBe(401);
    expect(errorCodes((await res.json()) as GraphQLBody<unknown>)).toEqual(['UNAUTHENTICATED']);
    expect(counter.total()).toBe(0);
  });
});
