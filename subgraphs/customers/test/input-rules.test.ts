import { randomUUID } from 'node:crypto';
import { MAX_AMOUNT, MAX_POINTS, type RunningSubgraph, type Viewer } from '@pos/kit';
import { standaloneSubgraphOptions } from '@pos/kit/testing/standalone';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CustomersContext } from '../src/context';
import { startCustomersSubgraph } from '../src/server';

const MANAGER = [
  'customers:read',
  'customers:write',
  'customers:credit',
  'loyalty:adjust',
  'merchant:manage',
  'prices:write',
];
/** A cashier's customer scopes (ROLE_DEFAULT_SCOPES.CASHIER). */
const CASHIER = ['customers:read', 'customers:write'];

let customers: RunningSubgraph<CustomersContext>;
beforeAll(async () => {
  customers = await startCustomersSubgraph(
    await standaloneSubgraphOptions(inject('mongodbUri'), 'customers', 'rules'),
  );
});
afterAll(() => customers?.close());

const viewerOf = (merchantId: string, scopes = MANAGER, branchIds: string[] = []): Viewer => ({
  userId: 'staff-1',
  merchantId,
  role: 'OWNER',
  branchIds,
  scopes: new Set(scopes),
  sessionId: 's',
  tokenId: 't',
  expiresAt: Date.now() / 1000 + 600,
});

type Result = {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
};
async function run(query: string, variables: Record<string, unknown>, viewer: Viewer): Promise<Result> {
  const res = await customers.apollo.executeOperation(
    { query, variables },
    { contextValue: await customers.contextFor(viewer, 'token') },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult as Result;
}
const fieldsOf = (r: Result) => (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);

const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on Customer { id tierOverride } } }`;
const UPDATE = `mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { __typename ... on Customer { id tierOverride } } }`;
const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { __typename ... on PointsEntry { balance } } }`;
const LIST = `query { customers { nodes { id points } } }`;

let phoneSeq = 0;
async function customer(viewer: Viewer, extra: Record<string, unknown> = {}) {
  phoneSeq++;
  const phone = `+628129${String(Date.now() % 100000).padStart(5, '0')}${String(phoneSeq).padStart(2, '0')}`;
  const r = await run(CREATE, { input: { name: 'Sari', phone, ...extra } }, viewer);
  expect(r.errors).toBeUndefined();
  return (r.data as { createCustomer: { id: string } }).createCustomer.id;
}

describe('customers input rules', () => {
  it('a cashier cannot set or clear a customer tier; prices:write can', async () => {
    const merchantId = randomUUID();
    const cashier = viewerOf(merchantId, CASHIER);
    const id = await customer(cashier);
    const created = await run(
      CREATE,
      { input: { name: 'Joko', phone: '+6281311112222', tierOverride: 'GOLD' } },
      cashier,
    );
    expect(fieldsOf(created)).toEqual([['FORBIDDEN', undefined]]);
    const raised = await run(UPDATE, { input: { id, tierOverride: 'GOLD' } }, cashier);
    expect(fieldsOf(raised)).toEqual([['FORBIDDEN', undefined]]);
    const manager = await run(UPDATE, { input: { id, tierOverride: 'GOLD' } }, viewerOf(merchantId));
    expect(manager.data?.updateCustomer).toEqual({ __typename: 'Customer', id, tierOverride: 'GOLD' });
    const cleared = await run(UPDATE, { input: { id, tierOverride: null } }, cashier);
    expect(fieldsOf(cleared)).toEqual([['FORBIDDEN', undefined]]);
    // Everything else stays a cashier's job.
    const renamed = await run(UPDATE, { input: { id, name: 'Sari Dewi' } }, cashier);
    expect(renamed.errors).toBeUndefined();
  });

  it('free text is bounded, not stored at any length', async () => {
    const viewer = viewerOf(randomUUID());
    const id = await customer(viewer);
    for (const [field, value] of [
      ['tierOverride', 'G'.repeat(100_000)],
      ['notes', 'n'.repeat(100_000)],
      ['address', 'a'.repeat(501)],
    ] as const) {
      const r = await run(UPDATE, { input: { id, [field]: value } }, viewer);
      expect(fieldsOf(r)).toEqual([['BAD_USER_INPUT', field]]);
    }
    const reason = await run(
      ADJUST,
      { input: { customerId: id, points: 1, reason: 'r'.repeat(100_000) } },
      viewer,
    );
    expect(fieldsOf(reason)).toEqual([['BAD_USER_INPUT', 'reason']]);
  });

  it('points stay within 10^9 per change and per balance; the list keeps working', async () => {
    const viewer = viewerOf(randomUUID());
    const id = await customer(viewer);
    const huge = await run(ADJUST, { input: { customerId: id, points: 2_147_483_647, reason: 'x' } }, viewer);
    expect(fieldsOf(huge)).toEqual([['BAD_USER_INPUT', 'points']]);
    const top = await run(ADJUST, { input: { customerId: id, points: MAX_POINTS, reason: 'x' } }, viewer);
    expect(top.data?.adjustPoints).toEqual({ __typename: 'PointsEntry', balance: MAX_POINTS });
    const over = await run(ADJUST, { input: { customerId: id, points: 1, reason: 'x' } }, viewer);
    expect(fieldsOf(over)).toEqual([['BAD_USER_INPUT', 'points']]);
    const list = await run(LIST, {}, viewer);
    expect(list.errors).toBeUndefined();
    expect(list.data?.customers).toEqual({ nodes: [{ id, points: MAX_POINTS }] });
  });

  it('credit amounts are bounded to 10^12 minor units and name the field', async () => {
    const viewer = viewerOf(randomUUID());
    const id = await customer(viewer);
    const LIMIT = `mutation($id: ID!, $l: Money!) { setCreditLimit(customerId: $id, limit: $l) { ... on Customer { id } } }`;
    expect((await run(LIMIT, { id, l: String(MAX_AMOUNT) }, viewer)).errors).toBeUndefined();
    expect(fieldsOf(await run(LIMIT, { id, l: String(MAX_AMOUNT + 1) }, viewer))).toEqual([
      ['BAD_USER_INPUT', 'limit'],
    ]);
    expect(fieldsOf(await run(LIMIT, { id, l: '-1' }, viewer))).toEqual([['BAD_USER_INPUT', 'limit']]);
    const REPAY = `mutation($input: RecordCreditRepaymentInput!) { recordCreditRepayment(input: $input) { __typename } }`;
    const repay = (input: Record<string, unknown>) =>
      run(REPAY, { input: { customerId: id, amount: '100', method: 'CASH', ...input } }, viewer);
    expect(fieldsOf(await repay({ amount: String(MAX_AMOUNT + 1) }))).toEqual([['BAD_USER_INPUT', 'amount']]);
    expect(fieldsOf(await repay({ note: 'n'.repeat(501) }))).toEqual([['BAD_USER_INPUT', 'note']]);
    expect(fieldsOf(await repay({ customerId: '' }))).toEqual([['BAD_USER_INPUT', 'customerId']]);
    const limited = viewerOf(viewer.merchantId, MANAGER, ['branch-a']);
    const other = await run(
      REPAY,
      { input: { customerId: id, amount: '100', method: 'CASH', branchId: 'branch-b' } },
      limited,
    );
    expect(fieldsOf(other)).toEqual([['FORBIDDEN', undefined]]);
  });

  it('loyalty settings are bounded', async () => {
    const viewer = viewerOf(randomUUID());
    const SET = `mutation($input: LoyaltySettingsInput!) { setLoyaltySettings(input: $input) { ... on LoyaltySettings { earnPoints } } }`;
    expect(fieldsOf(await run(SET, { input: { earnAmount: String(MAX_AMOUNT + 1) } }, viewer))).toEqual([
      ['BAD_USER_INPUT', 'earnAmount'],
    ]);
    expect(
      fieldsOf(
        await run(SET, { input: { tiers: [{ name: 'G'.repeat(41), minLifetimeSpend: '1' }] } }, viewer),
      ),
    ).toEqual([['BAD_USER_INPUT', 'tiers.name']]);
  });

  it('an empty id is BAD_USER_INPUT', async () => {
    const viewer = viewerOf(randomUUID());
    expect(fieldsOf(await run(UPDATE, { input: { id: '', name: 'x' } }, viewer))).toEqual([
      ['BAD_USER_INPUT', 'id'],
    ]);
    expect(
      fieldsOf(await run(ADJUST, { input: { customerId: '', points: 1, reason: 'x' } }, viewer)),
    ).toEqual([['BAD_USER_INPUT', 'customerId']]);
  });
});
