import { randomBytes } from 'node:crypto';
import { MAX_AMOUNT, type RunningSubgraph, type Viewer } from '@pos/kit';
import { standaloneSubgraphOptions } from '@pos/kit/testing/standalone';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { UsersContext } from '../src/context';
import { startUsersSubgraph } from '../src/server';

let users: RunningSubgraph<UsersContext>;
beforeAll(async () => {
  users = await startUsersSubgraph(await standaloneSubgraphOptions(inject('mongodbUri'), 'users', 'rules'));
});
afterAll(() => users?.close());

type Result = {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
};
async function execute(
  query: string,
  variables: Record<string, unknown>,
  viewer: Viewer | null,
): Promise<Result> {
  const res = await users.apollo.executeOperation(
    { query, variables },
    { contextValue: await users.contextFor(viewer) },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult as Result;
}
const fieldsOf = (r: Result) => (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);

const PASSWORD = 'Kopi-kita-2026';
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { __typename } }`;
const CHANGE_PIN = `mutation($i: ChangePinInput!) { changePin(input: $i) { __typename ... on PinChanged { revokedSessions } } }`;
const ADVANCE = `mutation($i: RecordStaffAdvanceInput!) { recordStaffAdvance(input: $i) { ... on StaffAdvanceEntry { balance } } }`;

async function owner() {
  const email = `d${randomBytes(4).toString('hex')}@x.id`;
  const reg = await execute(
    `mutation($i: RegisterMerchantInput!) { registerMerchant(input: $i) { ... on AuthPayload { user { id merchant { id } } } } }`,
    {
      i: {
        merchantName: 'Kopi Kita',
        branchName: 'Pusat',
        ownerName: 'Dimas',
        ownerEmail: email,
        password: PASSWORD,
      },
    },
    null,
  );
  const user = (reg.data as { registerMerchant: { user: { id: string; merchant: { id: string } } } })
    .registerMerchant.user;
  const viewer: Viewer = {
    userId: user.id,
    merchantId: user.merchant.id,
    role: 'OWNER',
    branchIds: [],
    scopes: new Set(['advances:write', 'advances:read']),
    sessionId: 'this-session',
    tokenId: 't',
    expiresAt: Date.now() / 1000 + 60,
  };
  return { email, viewer };
}

describe('users input rules', () => {
  it('a PIN is exactly 4 to 6 ASCII digits; a refused PIN signs nobody out', async () => {
    const { email, viewer } = await owner();
    expect(
      (await execute(LOGIN, { i: { identifier: email, password: PASSWORD, deviceId: 'till-2' } }, null))
        .errors,
    ).toBeUndefined();
    for (const newPin of ['', 'abcd', '12', '1234567890', '١٢٣٤', '1'.repeat(100_000), ' 1234', '1234\n']) {
      const r = await execute(CHANGE_PIN, { i: { currentPassword: PASSWORD, newPin } }, viewer);
      expect(fieldsOf(r), JSON.stringify(newPin.slice(0, 12))).toEqual([['BAD_USER_INPUT', 'newPin']]);
    }
    const ok = await execute(CHANGE_PIN, { i: { currentPassword: PASSWORD, newPin: '482913' } }, viewer);
    // Both sessions (registration and the login above) were still open when the PIN really changed.
    expect(ok.data?.changePin).toEqual({ __typename: 'PinChanged', revokedSessions: 2 });
  });

  it('a branch phone is a real number, stored in E.164; nonsense is refused', async () => {
    const { viewer } = await owner();
    const scoped = { ...viewer, scopes: new Set([...viewer.scopes, 'branches:manage']) };
    const CREATE = `mutation($i: CreateBranchInput!) { createBranch(input: $i) { __typename ... on Branch { phone } } }`;
    for (const phone of ['1e30', 'x'.repeat(100_000), '{"$gt": ""}', '12']) {
      const r = await execute(
        CREATE,
        { i: { name: 'Cabang', code: `C${randomBytes(2).toString('hex')}`, phone } },
        scoped,
      );
      expect(fieldsOf(r), phone.slice(0, 12)).toEqual([['BAD_USER_INPUT', 'phone']]);
    }
    const ok = await execute(CREATE, { i: { name: 'Cabang', code: 'CB1', phone: '0812-3456-7890' } }, scoped);
    expect(ok.data?.createBranch).toEqual({ __typename: 'Branch', phone: '+6281234567890' });
  });

  it('a device id is bounded', async () => {
    const { email } = await owner();
    const r = await execute(
      LOGIN,
      { i: { identifier: email, password: PASSWORD, deviceId: 'd'.repeat(100_000) } },
      null,
    );
    expect(fieldsOf(r)).toEqual([['BAD_USER_INPUT', 'deviceId']]);
  });

  it('staff advances: bounded amounts, real due dates, non-empty ids', async () => {
    const { viewer } = await owner();
    const advance = (i: Record<string, unknown>) =>
      execute(
        ADVANCE,
        { i: { userId: viewer.userId, amount: '50000', dueDate: '2026-03-31', ...i } },
        viewer,
      );
    expect((await advance({})).errors).toBeUndefined();
    expect(fieldsOf(await advance({ amount: String(MAX_AMOUNT + 1) }))).toEqual([
      ['BAD_USER_INPUT', 'amount'],
    ]);
    expect(fieldsOf(await advance({ userId: '' }))).toEqual([['BAD_USER_INPUT', 'userId']]);
    for (const dueDate of ['2026-02-31', '0000-01-01']) {
      const r = await advance({ dueDate });
      expect(
        r.errors?.map((e) => e.extensions?.code),
        dueDate,
      ).toEqual(['BAD_USER_INPUT']);
    }
  });
});
