import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCodes,
  expectNoErrors,
  postGraphQL,
  type Supergraph,
  startSupergraph,
} from '../../../gateway/test/harness';
import { CREATE_STAFF, createStaff, login, PASSWORD, registerMerchant } from './helpers';

let sg: Supergraph;
beforeAll(async () => {
  sg = await startSupergraph();
});
afterAll(() => sg?.close());

const SET_PERMISSIONS = `mutation($i: SetStaffPermissionsInput!) { setStaffPermissions(input: $i) { ... on User { id permissions { effective } } } }`;

async function staffSession(owner: string, slug: string, input: Parameters<typeof createStaff>[2]) {
  const staff = await createStaff(sg, owner, input);
  const session = await login(sg, staff.username, PASSWORD, slug);
  expect(session.__typename).toBe('AuthPayload');
  return { ...staff, token: session.accessToken! };
}

describe('staff management and permissions', () => {
  it('does not let a cashier create staff or change permissions', async () => {
    const { session, merchant } = await registerMerchant(sg);
    const cashier = await staffSession(session.accessToken, merchant.slug, { role: 'CASHIER' });
    const create = await sg.request(
      CREATE_STAFF,
      { input: { name: 'X', role: 'CASHIER', username: 'xyz123', password: PASSWORD } },
      { token: cashier.token },
    );
    expect(errorCodes(create.body)).toEqual(['FORBIDDEN']);
    const perms = await sg.request(
      SET_PERMISSIONS,
      { i: { userId: cashier.id, grants: ['staff:write'], revokes: [] } },
      { token: cashier.token },
    );
    expect(errorCodes(perms.body)).toEqual(['FORBIDDEN']);
    const list = await sg.request('{ staff { nodes { id } } }', {}, { token: cashier.token });
    expect(errorCodes(list.body)).toEqual(['FORBIDDEN']);
  });

  it('lets a supervisor manage staff only where granted, and only below their own role', async () => {
    const { session, merchant } = await registerMerchant(sg);
    const supervisor = await staffSession(session.accessToken, merchant.slug, { role: 'SUPERVISOR' });
    const input = { name: 'Kasir Baru', role: 'CASHIER', username: 'kasirbaru1', password: PASSWORD };
    const before = await sg.request(CREATE_STAFF, { input }, { token: supervisor.token });
    expect(errorCodes(before.body)).toEqual(['FORBIDDEN']);

    const granted = await sg.request<{ setStaffPermissions: { permissions: { effective: string[] } } }>(
      SET_PERMISSIONS,
      { i: { userId: supervisor.id, grants: ['staff:write'], revokes: ['sales:void'] } },
      { token: session.accessToken },
    );
    const effective = expectNoErrors(granted.body).setStaffPermissions.permissions.effective;
    expect(effective).toContain('staff:write');
    expect(effective).not.toContain('sales:void');
    // A permission change signs the person out, so the new limits apply at once.
    expect((await sg.request('{ me { id } }', {}, { token: supervisor.token })).status).toBe(401);

    const relogin = await login(sg, supervisor.username, PASSWORD, merchant.slug);
    const token = relogin.accessToken!;
    const created = await sg.request<{ createStaff: { __typename: string; role: string } }>(
      CREATE_STAFF,
      { input },
      { token },
    );
    expect(expectNoErrors(created.body).createStaff).toMatchObject({ __typename: 'User', role: 'CASHIER' });
    for (const role of ['SUPERVISOR', 'ADMIN', 'OWNER']) {
      const above = await sg.request(
        CREATE_STAFF,
        { input: { ...input, role, username: `u${role.toLowerCase()}1` } },
        { token },
      );
      expect(errorCodes(above.body)).toEqual(['FORBIDDEN']);
    }
    const perms = await sg.request(
      SET_PERMISSIONS,
      { i: { userId: supervisor.id, grants: [], revokes: [] } },
      { token },
    );
    expect(errorCodes(perms.body)).toEqual(['FORBIDDEN']);
  });

  it('refuses duplicate usernames and e-mails with codes, and unknown scopes as bad input', async () => {
    const { session, email } = await registerMerchant(sg);
    const input = { name: 'Dup', role: 'CASHIER', username: 'samename', password: PASSWORD };
    expect(
      expectNoErrors(
        (
          await sg.request<{ createStaff: { __typename: string } }>(
            CREATE_STAFF,
            { input },
            { token: session.accessToken },
          )
        ).body,
      ).createStaff.__typename,
    ).toBe('User');
    const again = await sg.request<{ createStaff: { code: string } }>(
      CREATE_STAFF,
      { input },
      { token: session.accessToken },
    );
    expect(expectNoErrors(again.body).createStaff.code).toBe('USERNAME_TAKEN');
    const mail = await sg.request<{ createStaff: { code: string } }>(
      CREATE_STAFF,
      { input: { ...input, username: undefined, email } },
      { token: session.accessToken },
    );
    expect(expectNoErrors(mail.body).createStaff.code).toBe('EMAIL_TAKEN');
    const cashier = await createStaff(sg, session.accessToken, { role: 'CASHIER' });
    const bad = await sg.request(
      SET_PERMISSIONS,
      { i: { userId: cashier.id, grants: ['root:all'], revokes: [] } },
      { token: session.accessToken },
    );
    expect(errorCodes(bad.body)).toEqual(['BAD_USER_INPUT']);
    const self = await sg.request(
      SET_PERMISSIONS,
      { i: { userId: session.user.id, grants: [], revokes: [] } },
      { token: session.accessToken },
    );
    expect(errorCodes(self.body)).toEqual(['FORBIDDEN']);
  });

  it('keeps a branch-limited supervisor inside their branches', async () => {
    const { session, merchant, branchId } = await registerMerchant(sg);
    const second = await sg.request<{ createBranch: { id: string } }>(
      'mutation { createBranch(input: { name: "Cabang Dua", code: "CB2" }) { ... on Branch { id } } }',
      {},
      { token: session.accessToken },
    );
    const otherBranch = expectNoErrors(second.body).createBranch.id;
    const sup = await createStaff(sg, session.accessToken, { role: 'SUPERVISOR', branchIds: [branchId] });
    await sg.request(
      SET_PERMISSIONS,
      { i: { userId: sup.id, grants: ['staff:write'], revokes: [] } },
      { token: session.accessToken },
    );
    const token = (await login(sg, sup.username, PASSWORD, merchant.slug)).accessToken!;
    const branches = await sg.request<{ branches: { id: string }[] }>('{ branches { id } }', {}, { token });
    expect(expectNoErrors(branches.body).branches).toEqual([{ id: branchId }]);
    const elsewhere = await sg.request(
      CREATE_STAFF,
      {
        input: {
          name: 'X',
          role: 'CASHIER',
          username: 'elsewhere1',
          password: PASSWORD,
          branchIds: [otherBranch],
        },
      },
      { token },
    );
    expect(errorCodes(elsewhere.body)).toEqual(['FORBIDDEN']);
    const everywhere = await sg.request(
      CREATE_STAFF,
      { input: { name: 'X', role: 'CASHIER', username: 'everywhere1', password: PASSWORD } },
      { token },
    );
    expect(errorCodes(everywhere.body)).toEqual(['FORBIDDEN']);
    const here = await sg.request<{ createStaff: { __typename: string } }>(
      CREATE_STAFF,
      { input: { name: 'X', role: 'CASHIER', username: 'here1', password: PASSWORD, branchIds: [branchId] } },
      { token },
    );
    expect(expectNoErrors(here.body).createStaff.__typename).toBe('User');
  });

  it('ends every session of a deactivated person', async () => {
    const { session, merchant } = await registerMerchant(sg);
    const cashier = await staffSession(session.accessToken, merchant.slug, { role: 'CASHIER' });
    const off = await sg.request<{ deactivateStaff: { active: boolean } }>(
      `mutation { deactivateStaff(id: "${cashier.id}") { ... on User { active } } }`,
      {},
      { token: session.accessToken },
    );
    expect(expectNoErrors(off.body).deactivateStaff.active).toBe(false);
    expect((await sg.request('{ me { id } }', {}, { token: cashier.token })).status).toBe(401);
    expect((await login(sg, cashier.username, PASSWORD, merchant.slug)).__typename).toBe(
      'InvalidCredentials',
    );
  });
});

describe('tenant isolation', () => {
  it("answers merchant B about merchant A's records exactly as about missing ones", async () => {
    const a = await registerMerchant(sg);
    const b = await registerMerchant(sg, { merchantName: 'Toko Lain' });
    const aCashier = await createStaff(sg, a.session.accessToken, { role: 'CASHIER' });
    await sg.request(
      'mutation($i: RecordStaffAdvanceInput!) { recordStaffAdvance(input: $i) { __typename } }',
      { i: { userId: aCashier.id, amount: '50000', dueDate: '2026-12-01' } },
      { token: a.session.accessToken },
    );
    const missing = '0123456789abcdef01234567';
    const token = b.session.accessToken;

    for (const id of [aCashier.id, a.session.user.id]) {
      const [theirs, none] = await Promise.all([
        sg.request(`{ user(id: "${id}") { id name } }`, {}, { token }),
        sg.request(`{ user(id: "${missing}") { id name } }`, {}, { token }),
      ]);
      expect(theirs.body).toEqual(none.body);
      expect(theirs.body).toEqual({ data: { user: null } });
    }
    const branch = await sg.request(`{ branch(id: "${a.branchId}") { id } }`, {}, { token });
    expect(branch.body).toEqual({ data: { branch: null } });

    const answer = '{ __typename ... on ErrorResult { code message } ... on NotFound { entity } }';
    const mutations: [string, string][] = [
      [`mutation { updateBranch(id: "ID", input: { name: "Mine" }) ${answer} }`, 'Branch'],
      [`mutation { deactivateBranch(id: "ID") ${answer} }`, 'Branch'],
      [`mutation { deactivateStaff(id: "ID") ${answer} }`, 'User'],
      [
        `mutation { setStaffPermissions(input: { userId: "ID", grants: [], revokes: [] }) ${answer} }`,
        'User',
      ],
      [`mutation { updateStaff(id: "ID", input: { name: "Mine" }) ${answer} }`, 'User'],
      [
        `mutation { recordStaffAdvance(input: { userId: "ID", amount: "1000", dueDate: "2026-12-01" }) ${answer} }`,
        'User',
      ],
      [
        `mutation { recordStaffAdvanceRepayment(input: { userId: "ID", amount: "1000", method: CASH }) ${answer} }`,
        'User',
      ],
      [
        `mutation { createStaff(input: { name: "X", role: CASHIER, username: "x${Date.now()}", password: "Kopi-kita-2026", branchIds: ["ID"] }) ${answer} }`,
        'Branch',
      ],
    ];
    for (const [m, entity] of mutations) {
      const id = entity === 'Branch' ? a.branchId : aCashier.id;
      const theirs = await sg.request<Record<string, unknown>>(m.replace('ID', id), {}, { token });
      const none = await sg.request<Record<string, unknown>>(m.replace('ID', missing), {}, { token });
      const [answered] = Object.values(expectNoErrors(theirs.body));
      expect(answered, m).toEqual({
        __typename: 'NotFound',
        code: 'NOT_FOUND',
        message: `${entity} not found`,
        entity,
      });
      expect(expectNoErrors(none.body)).toEqual(expectNoErrors(theirs.body));
    }
    const ledger = await sg.request(`{ staffAdvanceLedger(userId: "${aCashier.id}") { id } }`, {}, { token });
    expect(ledger.body).toEqual({ data: { staffAdvanceLedger: [] } });
    const balances = await sg.request<{ staffAdvanceBalances: unknown[] }>(
      '{ staffAdvanceBalances { balance } }',
      {},
      { token },
    );
    expect(expectNoErrors(balances.body).staffAdvanceBalances).toEqual([]);
  });

  it('resolves no foreign entity through _entities on the subgraph', async () => {
    const a = await registerMerchant(sg);
    const b = await registerMerchant(sg);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name } ... on Branch { id name } } }`;
    const headers = { 'x-gateway-secret': sg.gatewaySecret };
    const reps = [
      { __typename: 'User', id: a.session.user.id },
      { __typename: 'Branch', id: a.branchId },
      { __typename: 'User', id: b.session.user.id },
    ];
    const res = await postGraphQL<{ _entities: unknown[] }>(
      sg.subgraphs.users!.graphqlUrl,
      query,
      { r: reps },
      { token: b.session.accessToken, headers },
    );
    expect(expectNoErrors(res.body)._entities).toEqual([
      null,
      null,
      { id: b.session.user.id, name: 'Sari Dewi' },
    ]);
    const anonymous = await postGraphQL(sg.subgraphs.users!.graphqlUrl, query, { r: reps }, { headers });
    expect(errorCodes(anonymous.body)).toContain('UNAUTHENTICATED');
  });
});

const RECORD = `mutation($i: RecordStaffAdvanceInput!) { recordStaffAdvance(input: $i) { ... on StaffAdvanceEntry { seq type change balance dueDate } } }`;
const REPAY = `mutation($i: RecordStaffRepaymentInput!) { recordStaffAdvanceRepayment(input: $i) {
  __typename ... on StaffAdvanceEntry { seq change balance method } ... on RepaymentExceedsBalance { code balance } } }`;

describe('staff cash advances (kasbon)', () => {
  it('keeps a ledger of advances and repayments, with overdue balances', async () => {
    const { session, merchant } = await registerMerchant(sg);
    const owner = session.accessToken;
    const budi = await staffSession(owner, merchant.slug, { role: 'CASHIER', name: 'Budi' });
    const ani = await createStaff(sg, owner, { role: 'COURIER', name: 'Ani' });

    const r1 = await sg.request<{ recordStaffAdvance: unknown }>(
      RECORD,
      { i: { userId: budi.id, amount: '300000', dueDate: '2026-11-01' } },
      { token: owner },
    );
    expect(expectNoErrors(r1.body).recordStaffAdvance).toEqual({
      seq: 1,
      type: 'ADVANCE',
      change: '300000',
      balance: '300000',
      dueDate: '2026-11-01',
    });
    await sg.request(
      RECORD,
      { i: { userId: budi.id, amount: '200000', dueDate: '2026-12-15', note: 'sekolah anak' } },
      { token: owner },
    );
    await sg.request(
      RECORD,
      { i: { userId: ani.id, amount: 75000, dueDate: '2026-12-31' } },
      { token: owner },
    );

    const repay = await sg.request<{ recordStaffAdvanceRepayment: unknown }>(
      REPAY,
      { i: { userId: budi.id, amount: '100000', method: 'CASH' } },
      { token: owner },
    );
    expect(expectNoErrors(repay.body).recordStaffAdvanceRepayment).toEqual({
      __typename: 'StaffAdvanceEntry',
      seq: 3,
      change: '-100000',
      balance: '400000',
      method: 'CASH',
    });
    const over = await sg.request<{ recordStaffAdvanceRepayment: unknown }>(
      REPAY,
      { i: { userId: budi.id, amount: '400001', method: 'PAYROLL' } },
      { token: owner },
    );
    expect(expectNoErrors(over.body).recordStaffAdvanceRepayment).toEqual({
      __typename: 'RepaymentExceedsBalance',
      code: 'REPAYMENT_EXCEEDS_BALANCE',
      balance: '400000',
    });

    const BALANCES = `query($o: Boolean, $d: Date) { staffAdvanceBalances(overdueOnly: $o, asOf: $d) { user { name } balance overdue nextDueDate } }`;
    const all = await sg.request<{ staffAdvanceBalances: unknown[] }>(
      BALANCES,
      { o: false, d: '2026-11-22' },
      { token: owner },
    );
    // The 100,000 repayment settles the oldest advance first: 200,000 of it is still overdue.
    expect(expectNoErrors(all.body).staffAdvanceBalances).toEqual([
      { user: { name: 'Budi' }, balance: '400000', overdue: '200000', nextDueDate: '2026-11-01' },
      { user: { name: 'Ani' }, balance: '75000', overdue: '0', nextDueDate: '2026-12-31' },
    ]);
    const overdue = await sg.request<{ staffAdvanceBalances: unknown[] }>(
      BALANCES,
      { o: true, d: '2026-11-22' },
      { token: owner },
    );
    expect(expectNoErrors(overdue.body).staffAdvanceBalances).toHaveLength(1);
    const later = await sg.request<{ staffAdvanceBalances: { overdue: string }[] }>(
      BALANCES,
      { o: true, d: '2027-01-01' },
      { token: owner },
    );
    expect(expectNoErrors(later.body).staffAdvanceBalances.map((b) => b.overdue)).toEqual([
      '400000',
      '75000',
    ]);

    const own = await sg.request<{ staffAdvanceLedger: { balance: string }[] }>(
      `{ staffAdvanceLedger(userId: "${budi.id}") { balance } }`,
      {},
      { token: budi.token },
    );
    expect(expectNoErrors(own.body).staffAdvanceLedger.map((e) => e.balance)).toEqual([
      '300000',
      '500000',
      '400000',
    ]);
    const others = await sg.request(
      `{ staffAdvanceLedger(userId: "${ani.id}") { balance } }`,
      {},
      { token: budi.token },
    );
    expect(errorCodes(others.body)).toEqual(['FORBIDDEN']);
    const cashierWrites = await sg.request(
      RECORD,
      { i: { userId: budi.id, amount: '1', dueDate: '2026-12-01' } },
      { token: budi.token },
    );
    expect(errorCodes(cashierWrites.body)).toEqual(['FORBIDDEN']);
  });

  it('refuses zero, negative and fractional amounts', async () => {
    const { session } = await registerMerchant(sg);
    const staff = await createStaff(sg, session.accessToken, { role: 'CASHIER' });
    for (const amount of ['0', '-5', '12.5', 1.5]) {
      const res = await sg.request(
        RECORD,
        { i: { userId: staff.id, amount, dueDate: '2026-12-01' } },
        { token: session.accessToken },
      );
      expect(errorCodes(res.body)).toEqual(['BAD_USER_INPUT']);
    }
    const badDate = await sg.request(
      RECORD,
      { i: { userId: staff.id, amount: '10', dueDate: '2026-13-45' } },
      { token: session.accessToken },
    );
    expect(errorCodes(badDate.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets exactly the affordable repayments through when they race', async () => {
    const { session } = await registerMerchant(sg);
    const staff = await createStaff(sg, session.accessToken, { role: 'CASHIER' });
    await sg.request(
      RECORD,
      { i: { userId: staff.id, amount: '100000', dueDate: '2026-12-01' } },
      { token: session.accessToken },
    );
    const results = await Promise.all(
      Array.from({ length: 15 }, () =>
        sg.request<{ recordStaffAdvanceRepayment: { __typename: string } }>(
          REPAY,
          { i: { userId: staff.id, amount: '10000', method: 'CASH' } },
          { token: session.accessToken },
        ),
      ),
    );
    const kinds = results.map((r) => expectNoErrors(r.body).recordStaffAdvanceRepayment.__typename);
    expect(kinds.filter((k) => k === 'StaffAdvanceEntry')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'RepaymentExceedsBalance')).toHaveLength(5);
    const ledger = await sg.request<{ staffAdvanceLedger: { seq: number; balance: string }[] }>(
      `{ staffAdvanceLedger(userId: "${staff.id}") { seq balance } }`,
      {},
      { token: session.accessToken },
    );
    const entries = expectNoErrors(ledger.body).staffAdvanceLedger;
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(entries.at(-1)!.balance).toBe('0');
  });
});
