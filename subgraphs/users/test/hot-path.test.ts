import { randomBytes } from 'node:crypto';
import {
  createLogger,
  entryIdOf,
  generateSigningKeys,
  MemoryEventBus,
  MemoryPubSub,
  MemoryRevocationStore,
  type RunningSubgraph,
  type ScanWatch,
  streamIdOf,
  TokenVerifier,
  type Viewer,
  watchScans,
} from '@pos/kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { UsersContext } from '../src/context';
import { emailKey, slugKey, usernameKey } from '../src/models';
import { startUsersSubgraph } from '../src/server';

/** Collections that grow with merchants, staff, sign-ins and sign-in attempts. */
const GROWING = new Set([
  'merchants',
  'branches',
  'users',
  'identifiers',
  'sessions',
  'refresh_tokens',
  'refresh_token_uses',
  'revoked_tokens',
  'login_attempts',
  'login_attempts_keys',
  'login_successes',
]);
const PASSWORD = 'Kopi-kita-2026';
const PIN = '482913';
const AUTH = `__typename ... on AuthPayload { accessToken refreshToken user { id } } ... on ErrorResult { code }`;

let users: RunningSubgraph<UsersContext>;
let verifier: TokenVerifier;
beforeAll(async () => {
  const keys = await generateSigningKeys();
  const jwt = { ...keys, issuer: 'pos-users', audience: 'pos-supergraph' };
  const revocations = new MemoryRevocationStore();
  users = await startUsersSubgraph({
    mongodbUri: inject('mongodbUri'),
    dbName: `pos_users_hot_${randomBytes(4).toString('hex')}`,
    port: 0,
    host: '127.0.0.1',
    gatewaySecret: randomBytes(16).toString('hex'),
    internalSecret: randomBytes(16).toString('hex'),
    subgraphUrls: {},
    jwt,
    revocations,
    bus: new MemoryEventBus(),
    pubsub: new MemoryPubSub(),
    logger: createLogger('users', 'silent'),
    production: false,
    maxBodyBytes: 1_000_000,
  });
  verifier = await TokenVerifier.fromPem(keys.publicKey, jwt, revocations);
});
afterAll(() => users?.close());

async function run<T = Record<string, Record<string, unknown>>>(
  query: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer | null = null,
): Promise<T> {
  const res = await users.apollo.executeOperation(
    { query, variables },
    { contextValue: await users.contextFor(viewer) },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  expect(res.body.singleResult.errors).toBeUndefined();
  return res.body.singleResult.data as T;
}

const login = (input: Record<string, unknown>) =>
  run(`mutation($i: LoginInput!) { login(input: $i) { ${AUTH} } }`, { i: input }).then((d) => d.login!);
const loginWithPin = (input: Record<string, unknown>) =>
  run(`mutation($i: PinLoginInput!) { loginWithPin(input: $i) { ${AUTH} } }`, { i: input }).then(
    (d) => d.loginWithPin!,
  );
const viewerOf = (auth: Record<string, unknown>) => verifier.verify(auth.accessToken as string);

/** A merchant with an owner (e-mail) and two cashiers (username and PIN), through the API. */
async function registerShop() {
  const email = `o${randomBytes(5).toString('hex')}@x.id`;
  const reg = await run(`mutation($i: RegisterMerchantInput!) { registerMerchant(input: $i) { ${AUTH} } }`, {
    i: {
      merchantName: 'Kopi Kita',
      branchName: 'Pusat',
      ownerName: 'Dimas',
      ownerEmail: email,
      password: PASSWORD,
    },
  });
  const owner = await viewerOf(reg.registerMerchant!);
  const shop = await run<{ merchant: { slug: string; branches: { id: string }[] } }>(
    '{ merchant { slug branches { id } } }',
    {},
    owner,
  );
  const branchId = shop.merchant.branches[0]!.id;
  const cashier = async () => {
    const username = `kasir${randomBytes(3).toString('hex')}`;
    const created = await run(
      `mutation($i: CreateStaffInput!) { createStaff(input: $i) { ... on User { id } } }`,
      { i: { name: 'Budi', role: 'CASHIER', username, password: PASSWORD, pin: PIN, branchIds: [branchId] } },
      owner,
    );
    return { id: created.createStaff!.id as string, username };
  };
  return { email, slug: shop.merchant.slug, branchId, owner, cashiers: [await cashier(), await cashier()] };
}

/** Other tenants' data, written straight to the collections: what sign-in must not read through. */
async function seedOthers(n: number) {
  const { models } = await users.contextFor(null);
  const rows = Array.from({ length: n }, (_, i) => ({
    merchantId: `seed-m-${i}`,
    userId: `seed-u-${i}`,
    i,
  }));
  const insert = (model: { collection: { insertMany(docs: object[]): Promise<unknown> } }, docs: object[]) =>
    model.collection.insertMany(docs);
  await insert(
    models.merchants,
    rows.map(({ merchantId, i }) => ({
      _id: merchantId,
      name: `Toko ${i}`,
      slug: `toko-${i}`,
      currency: 'IDR',
      currencyExponent: 0,
      timeZone: 'Asia/Jakarta',
      tax: { enabled: false, rateBasisPoints: 0, pricesIncludeTax: true },
      cashRoundingUnit: 0,
    })),
  );
  await insert(
    models.branches,
    rows.map(({ merchantId, i }) => ({
      _id: `seed-b-${i}`,
      merchantId,
      name: 'Pusat',
      code: 'MAIN',
      active: true,
    })),
  );
  await insert(
    models.users,
    rows.map(({ merchantId, userId }) => ({
      _id: userId,
      merchantId,
      name: 'Seed',
      role: 'CASHIER',
      active: true,
      branchIds: [],
      grants: [],
      revokes: [],
      passwordHash: 'x',
    })),
  );
  await insert(
    models.identifiers,
    rows.flatMap(({ merchantId, userId, i }) => [
      { _id: slugKey(`toko-${i}`), merchantId },
      { _id: emailKey(`seed${i}@x.id`), merchantId, userId },
      { _id: usernameKey(merchantId, `kasir${i}`), merchantId, userId },
    ]),
  );
  await insert(
    models.sessions,
    rows.map(({ merchantId, userId, i }) => ({ _id: `seed-s-${i}`, merchantId, userId, method: 'PASSWORD' })),
  );
  await insert(
    models.refreshTokens,
    rows.map(({ merchantId, userId, i }) => ({
      _id: `seed-rt-${i}`,
      merchantId,
      sessionId: `seed-s-${i}`,
      userId,
      secretHash: 'x',
      expiresAt: new Date(Date.now() + 60_000),
    })),
  );
  await insert(
    models.loginAttempts,
    rows.flatMap(({ merchantId, userId }) =>
      [1, 2].map((seq) => ({
        _id: entryIdOf(streamIdOf({ merchantId, userId }), seq),
        merchantId,
        userId,
        seq,
        outcome: 'FAILED',
        at: new Date(),
        balance: seq,
      })),
    ),
  );
}

function expectNoScans(watch: ScanWatch) {
  expect(watch.commands()).toBeGreaterThan(0);
  expect(watch.scans().filter((s) => GROWING.has(s.collection))).toEqual([]);
}

describe('users hot paths read by exact key', () => {
  let shop: Awaited<ReturnType<typeof registerShop>>;
  let watch: ScanWatch;
  beforeAll(async () => {
    shop = await registerShop();
    await seedOthers(300);
    const { models } = await users.contextFor(null);
    watch = watchScans([models.users.db]);
  }, 120_000);
  afterAll(() => watch?.stop());

  it('signs in by e-mail, by username and by PIN, refreshes, reads me and logs out', async () => {
    watch.reset();
    const byEmail = await login({ identifier: shop.email, password: PASSWORD });
    expect(byEmail.__typename).toBe('AuthPayload');
    const cashier = shop.cashiers[0]!;
    const byName = await login({ identifier: cashier.username, merchantSlug: shop.slug, password: PASSWORD });
    expect(byName.__typename).toBe('AuthPayload');
    const byPin = await loginWithPin({
      merchantSlug: shop.slug,
      branchId: shop.branchId,
      userId: cashier.id,
      pin: PIN,
      deviceId: 'till-1',
    });
    expect(byPin.__typename).toBe('AuthPayload');
    const refreshed = await run(
      `mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { ${AUTH} } }`,
      {
        t: byEmail.refreshToken,
      },
    );
    expect(refreshed.refreshToken!.__typename).toBe('AuthPayload');
    const reused = await run(
      `mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { ${AUTH} } }`,
      {
        t: byEmail.refreshToken,
      },
    );
    expect(reused.refreshToken!.code).toBe('REFRESH_TOKEN_REUSED');
    const pinViewer = await viewerOf(byPin);
    const me = await run('{ me { id merchant { id } branches { id } } }', {}, pinViewer);
    expect(me.me!.id).toBe(cashier.id);
    const out = await run('mutation { logout { ... on LoggedOut { ok } } }', {}, pinViewer);
    expect(out.logout!.ok).toBe(true);
    const wrong = await login({ identifier: shop.email, password: 'Salah-sandi-99' });
    expect(wrong.code).toBe('INVALID_CREDENTIALS');
    expectNoScans(watch);
  });

  it("answers checkout's questions and _entities with exact gets", async () => {
    const cashier = await viewerOf(await login({ identifier: shop.email, password: PASSWORD }));
    watch.reset();
    const settings = await run(
      'query($b: ID!) { merchant { currency timeZone cashRoundingUnit } branch(id: $b) { id code active } }',
      { b: shop.branchId },
      cashier,
    );
    expect(settings.branch).toEqual({ id: shop.branchId, code: 'MAIN', active: true });
    const entities = await run<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on User { id } ... on Branch { id } ... on Merchant { id } } }`,
      {
        r: [
          { __typename: 'User', id: shop.cashiers[0]!.id },
          { __typename: 'User', id: shop.cashiers[1]!.id },
          { __typename: 'User', id: 'seed-u-1' },
          { __typename: 'Branch', id: shop.branchId },
          { __typename: 'Merchant', id: cashier.merchantId },
        ],
      },
      cashier,
    );
    expect(entities._entities.map((e) => (e as { id: string } | null)?.id ?? null)).toEqual([
      shop.cashiers[0]!.id,
      shop.cashiers[1]!.id,
      null,
      shop.branchId,
      cashier.merchantId,
    ]);
    expectNoScans(watch);
  });

  it("lists a merchant's branches by key (the products subgraph asks on the quote path)", async () => {
    const SETTINGS = '{ merchant { id currency branches(includeInactive: true) { id code } } }';
    watch.reset();
    const first = await run<{ merchant: { branches: { id: string }[] } }>(SETTINGS, {}, shop.owner);
    expect(first.merchant.branches.map((b) => b.id)).toEqual([shop.branchId]);
    expectNoScans(watch);

    const added = await run<{ createBranch: { __typename: string; id?: string } }>(
      `mutation($i: CreateBranchInput!) { createBranch(input: $i) { __typename ... on Branch { id } } }`,
      { i: { name: 'Cabang Timur', code: `T${randomBytes(2).toString('hex').toUpperCase()}` } },
      shop.owner,
    );
    expect(added.createBranch.__typename).toBe('Branch');
    const taken = await run<{ createBranch: { __typename: string } }>(
      `mutation($i: CreateBranchInput!) { createBranch(input: $i) { __typename } }`,
      { i: { name: 'Lagi', code: 'MAIN' } },
      shop.owner,
    );
    expect(taken.createBranch.__typename).toBe('BranchCodeTaken');
    const after = await run<{ merchant: { branches: { id: string; code: string }[] } }>(
      SETTINGS,
      {},
      shop.owner,
    );
    // Opening order; the refused branch is not listed.
    expect(after.merchant.branches.map((b) => b.id)).toEqual([shop.branchId, added.createBranch.id]);
    expectNoScans(watch);
  });

  it('keeps the branch list of a merchant registered before it existed, after one query', async () => {
    // The seeded merchants were written without a branch list, as older data is.
    const legacy = { ...shop.owner, merchantId: 'seed-m-7', branchIds: [] };
    const SETTINGS = '{ merchant { id branches(includeInactive: true) { id } } }';
    const first = await run<{ merchant: { branches: { id: string }[] } }>(SETTINGS, {}, legacy);
    expect(first.merchant.branches.map((b) => b.id)).toEqual(['seed-b-7']);
    watch.reset();
    const again = await run<{ merchant: { branches: { id: string }[] } }>(SETTINGS, {}, legacy);
    expect(again.merchant.branches.map((b) => b.id)).toEqual(['seed-b-7']);
    expectNoScans(watch);
  });

  it('refuses a flood of wrong PINs with typed answers, checking at most the free failures', async () => {
    const target = shop.cashiers[1]!;
    watch.reset();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        loginWithPin({
          merchantSlug: shop.slug,
          branchId: shop.branchId,
          userId: target.id,
          pin: String(100_000 + i),
          deviceId: 'till-2',
        }),
      ),
    );
    const codes = results.map((r) => r.code);
    const invalid = codes.filter((c) => c === 'INVALID_CREDENTIALS').length;
    expect(invalid).toBeGreaterThan(0);
    expect(invalid).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED')).toHaveLength(30 - invalid);
    expect(
      (
        await loginWithPin({
          merchantSlug: shop.slug,
          branchId: shop.branchId,
          userId: target.id,
          pin: PIN,
          deviceId: 'till-2',
        })
      ).code,
    ).toBe('ACCOUNT_LOCKED');
    expectNoScans(watch);
  });
});
