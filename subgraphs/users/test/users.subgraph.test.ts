import { randomBytes } from 'node:crypto';
import type { RunningSubgraph, Viewer } from '@pos/kit';
import { standaloneSubgraphOptions } from '@pos/kit/testing/standalone';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { UsersContext } from '../src/context';
import { startUsersSubgraph } from '../src/server';

let users: RunningSubgraph<UsersContext>;
beforeAll(async () => {
  users = await startUsersSubgraph(await standaloneSubgraphOptions(inject('mongodbUri'), 'users', 'sub'));
});
afterAll(() => users?.close());

async function execute(
  query: string,
  variables: Record<string, unknown>,
  viewer: Viewer | null,
  internal = false,
) {
  const res = await users.apollo.executeOperation(
    { query, variables },
    { contextValue: await users.contextFor(viewer, null, internal) },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult;
}

const viewerOf = (merchantId: string, userId: string, scopes: string[] = []): Viewer => ({
  userId,
  merchantId,
  role: 'OWNER',
  branchIds: [],
  scopes: new Set(scopes),
  sessionId: 's',
  tokenId: 't',
  expiresAt: Date.now() / 1000 + 60,
});

describe('users subgraph (executeOperation)', () => {
  it('registers, then resolves User, Branch and Merchant entities for the same tenant only', async () => {
    const reg = await execute(
      `mutation($i: RegisterMerchantInput!) { registerMerchant(input: $i) { ... on AuthPayload { user { id merchant { id branches { id } } } } } }`,
      {
        i: {
          merchantName: 'Kopi Kita',
          branchName: 'Pusat',
          ownerName: 'Dimas',
          ownerEmail: `d${randomBytes(4).toString('hex')}@x.id`,
          password: 'Kopi-kita-2026',
        },
      },
      null,
    );
    const user = (
      reg.data as {
        registerMerchant: { user: { id: string; merchant: { id: string; branches: { id: string }[] } } };
      }
    ).registerMerchant.user;
    const merchantId = user.merchant.id;
    const branchId = user.merchant.branches[0]!.id;
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on User { id name role } ... on Branch { id code } ... on Merchant { id name } } }`;
    const reps = [
      { __typename: 'User', id: user.id },
      { __typename: 'Branch', id: branchId },
      { __typename: 'Merchant', id: merchantId },
    ];
    const own = await execute(ENTITIES, { r: reps }, viewerOf(merchantId, user.id));
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({
      _entities: [
        { id: user.id, name: 'Dimas', role: 'OWNER' },
        { id: branchId, code: 'MAIN' },
        { id: merchantId, name: 'Kopi Kita' },
      ],
    });
    const foreign = await execute(ENTITIES, { r: reps }, viewerOf('another-merchant', 'someone'));
    expect(foreign.data).toEqual({ _entities: [null, null, null] });
    const anonymous = await execute(ENTITIES, { r: reps }, null);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');

    // Event consumers date things in the merchant's zone: internal callers only.
    const ZONE = 'query($m: ID!) { merchantTimeZone(merchantId: $m) }';
    expect(await execute(ZONE, { m: merchantId }, null, true)).toMatchObject({
      data: { merchantTimeZone: 'Asia/Jakarta' },
    });
    expect((await execute(ZONE, { m: 'no-such-merchant' }, null, true)).data).toEqual({
      merchantTimeZone: null,
    });
    const outsider = await execute(ZONE, { m: merchantId }, viewerOf(merchantId, user.id));
    expect(outsider.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('enforces @requiresScopes from the SDL before any resolver runs', async () => {
    const res = await execute('{ staff { nodes { id } } }', {}, viewerOf('m', 'u', ['sales:checkout']));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unauth = await execute('{ me { id } }', {}, null);
    expect(unauth.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a query without a tenant at the model layer', async () => {
    const ctx = await users.contextFor(null);
    await expect(ctx.models.users.find({ role: 'OWNER' }).lean()).rejects.toThrow(/tenant filter/);
    await expect(ctx.models.branches.countDocuments({})).rejects.toThrow(/tenant filter/);
    await expect(ctx.models.users.aggregate([{ $match: { role: 'OWNER' } }])).rejects.toThrow(
      /tenant filter/,
    );
  });
});
