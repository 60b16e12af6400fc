import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCodes,
  expectNoErrors,
  type GraphQLBody,
  type Supergraph,
  startSupergraph,
} from '../../../gateway/test/harness';
import { CREATE, callCustomers, createCustomer, merchant, tokenWith } from './helpers';

let sg: Supergraph;
beforeAll(async () => {
  sg = await startSupergraph();
});
afterAll(() => sg?.close());

const BY_PHONE = `query ($p: String!) { customerByPhone(phone: $p) { id phone status } }`;
interface Page {
  nodes: { name: string }[];
  endCursor: string | null;
}

const LIST = `query ($f: CustomerFilter, $first: Int, $after: String) {
  customers(filter: $f, first: $first, after: $after) { nodes { id name } endCursor hasNextPage }
}`;

describe('customer profiles', () => {
  it('normalizes the phone, finds the customer by it in any common format, and refuses a duplicate', async () => {
    const { token } = await merchant(sg);
    const id = await createCustomer(sg, token, {
      name: 'Budi Santoso',
      phone: '0812-3456-7890',
      tags: ['Langganan'],
    });
    for (const p of ['081234567890', '+6281234567890', '6281234567890', '+62 812 3456 7890']) {
      const { body } = await sg.request<{ customerByPhone: { id: string; phone: string } }>(
        BY_PHONE,
        { p },
        { token },
      );
      expect(expectNoErrors(body).customerByPhone).toMatchObject({ id, phone: '+6281234567890' });
    }
    const dup = await sg.request<{ createCustomer: { code: string; existing: { id: string } } }>(
      CREATE,
      { input: { name: 'Budi Lain', phone: '6281234567890' } },
      { token },
    );
    expect(expectNoErrors(dup.body).createCustomer).toMatchObject({
      code: 'DUPLICATE_PHONE',
      existing: { id },
    });
    const bad = await sg.request(CREATE, { input: { name: 'X', phone: '12' } }, { token });
    expect(errorCodes(bad.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('searches by phone or name prefix and pages through customers by name', async () => {
    const { token } = await merchant(sg);
    const names = ['Ani', 'Bayu', 'Citra', 'Dewi', 'Eko'];
    for (const [i, name] of names.entries())
      await createCustomer(sg, token, { name, phone: `08131111000${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: { body: GraphQLBody<{ customers: Page }> } = await sg.request<{ customers: Page }>(
        LIST,
        { first: 2, after },
        { token },
      );
      const page: Page = expectNoErrors(res.body).customers;
      seen.push(...page.nodes.map((n) => n.name));
      after = page.endCursor;
    } while (after);
    expect(seen).toEqual(names);
    const byName = await sg.request<{ customers: { nodes: { name: string }[] } }>(
      LIST,
      { f: { search: 'ci' } },
      { token },
    );
    expect(expectNoErrors(byName.body).customers.nodes.map((n) => n.name)).toEqual(['Citra']);
    const byPhone = await sg.request<{ customers: { nodes: { name: string }[] } }>(
      LIST,
      { f: { search: '0813 1111 0003' } },
      { token },
    );
    expect(expectNoErrors(byPhone.body).customers.nodes.map((n) => n.name)).toEqual(['Dewi']);
  });

  it('archives and restores; an archived customer is hidden but keeps the phone', async () => {
    const { token } = await merchant(sg);
    const id = await createCustomer(sg, token, { name: 'Fajar', phone: '081355550001' });
    const archived = await sg.request<{ archiveCustomer: { __typename: string; status: string } }>(
      `mutation ($id: ID!) { archiveCustomer(id: $id) { __typename ... on Customer { status } } }`,
      { id },
      { token },
    );
    expect(expectNoErrors(archived.body).archiveCustomer).toEqual({
      __typename: 'Customer',
      status: 'ARCHIVED',
    });
    const list = await sg.request<{ customers: { nodes: unknown[] } }>(LIST, {}, { token });
    expect(expectNoErrors(list.body).customers.nodes).toEqual([]);
    const dup = await sg.request<{ createCustomer: { code: string } }>(
      CREATE,
      { input: { name: 'F', phone: '+6281355550001' } },
      { token },
    );
    expect(expectNoErrors(dup.body).createCustomer.code).toBe('DUPLICATE_PHONE');
    const restored = await sg.request<{ restoreCustomer: { status: string } }>(
      `mutation ($id: ID!) { restoreCustomer(id: $id) { ... on Customer { status } } }`,
      { id },
      { token },
    );
    expect(expectNoErrors(restored.body).restoreCustomer.status).toBe('ACTIVE');
  });

  it('merges a duplicate: points and stats move, the old phone finds the survivor, a repeat changes nothing', async () => {
    const { token } = await merchant(sg);
    const target = await createCustomer(sg, token, { name: 'Gita', phone: '081377770001', tags: ['vip'] });
    const source = await createCustomer(sg, token, {
      name: 'Gita (HP lama)',
      phone: '081377770002',
      email: 'gita@example.co.id',
      tags: ['grosir'],
    });
    const adjust = `mutation ($i: AdjustPointsInput!) { adjustPoints(input: $i) { __typename ... on PointsEntry { balance } } }`;
    expectNoErrors(
      (await sg.request(adjust, { i: { customerId: source, points: 40, reason: 'migrasi' } }, { token }))
        .body,
    );
    expectNoErrors(
      (await sg.request(adjust, { i: { customerId: target, points: 10, reason: 'migrasi' } }, { token }))
        .body,
    );
    const MERGE = `mutation ($i: MergeCustomersInput!) { mergeCustomers(input: $i) { ... on Customer { id points email tags } } }`;
    for (let i = 0; i < 2; i++) {
      const { body } = await sg.request<{ mergeCustomers: unknown }>(
        MERGE,
        { i: { targetId: target, sourceId: source } },
        { token },
      );
      expect(expectNoErrors(body).mergeCustomers).toEqual({
        id: target,
        points: 50,
        email: 'gita@example.co.id',
        tags: ['vip', 'grosir'],
      });
    }
    const { body } = await sg.request<{ customerByPhone: { id: string } }>(
      BY_PHONE,
      { p: '081377770002' },
      { token },
    );
    expect(expectNoErrors(body).customerByPhone.id).toBe(target);
    const old = await sg.request<{ customer: unknown }>(
      `query ($id: ID!) { customer(id: $id) { status points mergedInto { id } } }`,
      { id: source },
      { token },
    );
    expect(expectNoErrors(old.body).customer).toEqual({
      status: 'MERGED',
      points: 0,
      mergedInto: { id: target },
    });
    // A merged customer keeps its status; merging it again elsewhere, or into it, is refused.
    const answer = '{ __typename ... on ErrorResult { code message } }';
    for (const op of [
      `mutation ($id: ID!) { restoreCustomer(id: $id) ${answer} }`,
      `mutation ($id: ID!) { archiveCustomer(id: $id) ${answer} }`,
    ]) {
      const res = await sg.request<Record<string, unknown>>(op, { id: source }, { token });
      expect(Object.values(expectNoErrors(res.body)), op).toEqual([
        {
          __typename: 'CustomerMerged',
          code: 'CUSTOMER_MERGED',
          message: 'The customer was merged into another one; use that customer instead',
        },
      ]);
    }
    const third = await createCustomer(sg, token, { name: 'Gita (kantor)', phone: '081377770003' });
    const refuse = async (targetId: string, sourceId: string) => {
      const res = await sg.request<{ mergeCustomers: unknown }>(
        `mutation ($i: MergeCustomersInput!) { mergeCustomers(input: $i) ${answer} }`,
        { i: { targetId, sourceId } },
        { token },
      );
      return expectNoErrors(res.body).mergeCustomers;
    };
    expect(await refuse(third, source)).toEqual({
      __typename: 'MergeNotAllowed',
      code: 'MERGE_NOT_ALLOWED',
      message: 'The source was already merged into another customer',
    });
    const archived = await sg.request(
      `mutation ($id: ID!) { archiveCustomer(id: $id) ${answer} }`,
      { id: third },
      { token },
    );
    expect(expectNoErrors(archived.body)).toEqual({ archiveCustomer: { __typename: 'Customer' } });
    expect(await refuse(third, target)).toEqual({
      __typename: 'MergeNotAllowed',
      code: 'MERGE_NOT_ALLOWED',
      message: 'The target must be an active customer',
    });
  });
});

describe('authorization and tenancy', () => {
  const ROOT_FIELDS: Array<{ op: string; vars: (id: string) => Record<string, unknown>; scope: string }> = [
    { op: 'query ($id: ID!) { customer(id: $id) { id } }', vars: (id) => ({ id }), scope: 'customers:read' },
    {
      op: 'query { customerByPhone(phone: "081299990001") { id } }',
      vars: () => ({}),
      scope: 'customers:read',
    },
    { op: 'query { customers { nodes { id } } }', vars: () => ({}), scope: 'customers:read' },
    { op: 'query { creditBalances { balance } }', vars: () => ({}), scope: 'customers:credit' },
    { op: CREATE, vars: () => ({ input: { name: 'Z', phone: '081299990002' } }), scope: 'customers:write' },
    {
      op: 'mutation ($id: ID!) { updateCustomer(input: { id: $id, name: "Y" }) { __typename ... on NotFound { entity } } }',
      vars: (id) => ({ id }),
      scope: 'customers:write',
    },
    {
      op: 'mutation ($id: ID!) { archiveCustomer(id: $id) { __typename ... on NotFound { entity } } }',
      vars: (id) => ({ id }),
      scope: 'customers:write',
    },
    {
      op: 'mutation ($id: ID!) { restoreCustomer(id: $id) { __typename ... on NotFound { entity } } }',
      vars: (id) => ({ id }),
      scope: 'customers:write',
    },
    {
      op: 'mutation ($id: ID!) { mergeCustomers(input: { targetId: $id, sourceId: "x" }) { __typename ... on NotFound { entity } } }',
      vars: (id) => ({ id }),
      scope: 'customers:merge',
    },
    {
      op: 'mutation ($id: ID!) { adjustPoints(input: { customerId: $id, points: 5, reason: "r" }) { __typename ... on NotFound { entity } } }',
      vars: (id) => ({ id }),
      scope: 'loyalty:adjust',
    },
    {
      op: 'mutation ($id: ID!) { setCreditLimit(customerId: $id, limit: "1000") { __typename ... on NotFound { entity } } }',
      vars: (id) => ({ id }),
      scope: 'customers:credit',
    },
    {
      op: 'mutation ($id: ID!) { recordCreditRepayment(input: { customerId: $id, amount: "1", method: CASH }) { __typename ... on NotFound { entity } } }',
      vars: (id) => ({ id }),
      scope: 'customers:credit',
    },
    {
      op: 'mutation { setLoyaltySettings(input: { earnAmount: "10000" }) { ... on LoyaltySettings { earnAmount } } }',
      vars: () => ({}),
      scope: 'merchant:manage',
    },
  ];

  it('needs a token, and the right scope, for every root field', async () => {
    const { merchantId, token } = await merchant(sg);
    const id = await createCustomer(sg, token, { name: 'Hadi', phone: '081299990009' });
    const everythingElse = [
      'customers:read',
      'customers:write',
      'customers:credit',
      'customers:merge',
      'loyalty:adjust',
      'merchant:manage',
    ];
    for (const f of ROOT_FIELDS) {
      const anonymous = await sg.request(f.op, f.vars(id));
      expect(errorCodes(anonymous.body), f.op).toEqual(['UNAUTHENTICATED']);
      const without = await tokenWith(
        sg,
        merchantId,
        everythingElse.filter((s) => s !== f.scope),
      );
      const refused = await sg.request(f.op, f.vars(id), { token: without });
      expect(errorCodes(refused.body), f.op).toEqual(['FORBIDDEN']);
    }
    const settings = await sg.request('{ loyaltySettings { earnAmount } }');
    expect(errorCodes(settings.body)).toEqual(['UNAUTHENTICATED']);
  });

  it("reads another merchant's customer as not found, through every root field and _entities", async () => {
    const a = await merchant(sg);
    const b = await merchant(sg);
    const id = await createCustomer(sg, a.token, { name: 'Indah', phone: '081288880001' });
    const read = await sg.request<{ customer: unknown }>(
      'query ($id: ID!) { customer(id: $id) { id } }',
      { id },
      { token: b.token },
    );
    expect(expectNoErrors(read.body).customer).toBeNull();
    const phone = await sg.request<{ customerByPhone: unknown }>(
      'query { customerByPhone(phone: "081288880001") { id } }',
      {},
      { token: b.token },
    );
    expect(expectNoErrors(phone.body).customerByPhone).toBeNull();
    const list = await sg.request<{ customers: { nodes: unknown[] } }>(
      'query { customers { nodes { id } } }',
      {},
      { token: b.token },
    );
    expect(expectNoErrors(list.body).customers.nodes).toEqual([]);
    const mutations = ROOT_FIELDS.filter((x) => x.op.startsWith('mutation') && x.op.includes('$id'));
    expect(mutations).toHaveLength(7);
    for (const f of mutations) {
      const res = await sg.request<Record<string, unknown>>(f.op, f.vars(id), { token: b.token });
      expect(Object.values(expectNoErrors(res.body)), f.op).toEqual([
        { __typename: 'NotFound', entity: 'Customer' },
      ]);
    }
    // The same phone is free in another merchant.
    await createCustomer(sg, b.token, { name: 'Indah B', phone: '081288880001' });
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id name } } }`;
    const r = [{ __typename: 'Customer', id }];
    const own = await callCustomers<{ _entities: unknown[] }>(
      sg,
      ENTITIES,
      { r },
      { token: a.token, internal: false },
    );
    expect(expectNoErrors(own.body)._entities).toEqual([{ id, name: 'Indah' }]);
    const other = await callCustomers<{ _entities: unknown[] }>(
      sg,
      ENTITIES,
      { r },
      { token: b.token, internal: false },
    );
    expect(expectNoErrors(other.body)._entities).toEqual([null]);
    const noScope = await callCustomers(
      sg,
      ENTITIES,
      { r },
      { token: await tokenWith(sg, a.merchantId, []), internal: false },
    );
    expect(errorCodes(noScope.body)).toEqual(['FORBIDDEN']);
    const anonymous = await callCustomers(sg, ENTITIES, { r }, { internal: false });
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });
});
