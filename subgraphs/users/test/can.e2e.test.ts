import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors, type Supergraph, startSupergraph } from '../../../gateway/test/harness';
import { createStaff, login, PASSWORD, registerMerchant } from './helpers';

let sg: Supergraph;
beforeAll(async () => {
  sg = await startSupergraph();
});
afterAll(() => sg?.close());

const CAN = /* GraphQL */ `
  query Can {
    me {
      permissions {
        effective
        voidOrder: can(action: "voidOrder")
        voidOrderQualified: can(action: "Mutation.voidOrder")
        checkout: can(action: "checkout")
        staff: can(action: "staff")
        me: can(action: "me")
        login: can(action: "login")
        manageMerchant: can(action: "merchant:manage")
        checkoutScope: can(action: "sales:checkout")
      }
    }
  }
`;

type Answers = Record<string, boolean> & { effective: string[] };

async function can(token: string): Promise<Answers> {
  const { body } = await sg.request<{ me: { permissions: Answers } }>(CAN, {}, { token });
  return expectNoErrors(body).me.permissions;
}

describe('Permissions.can', () => {
  let owner: string;
  let cashier: { id: string; token: string };

  beforeAll(async () => {
    const { session, merchant } = await registerMerchant(sg);
    owner = session.accessToken;
    const staff = await createStaff(sg, owner, { role: 'CASHIER' });
    const signedIn = await login(sg, staff.username, PASSWORD, merchant.slug);
    cashier = { id: staff.id, token: signedIn.accessToken as string };
  });

  it('answers for operations and scopes from the owner’s scopes', async () => {
    const { effective, ...answers } = await can(owner);
    expect(effective).toContain('merchant:manage');
    expect(answers).toEqual({
      voidOrder: true,
      voidOrderQualified: true,
      checkout: true,
      staff: true,
      me: true,
      login: true,
      manageMerchant: true,
      checkoutScope: true,
    });
  });

  it('tells a cashier what the API would refuse, and the API does refuse it', async () => {
    const { effective, ...answers } = await can(cashier.token);
    expect(effective).not.toContain('sales:void');
    expect(answers).toEqual({
      voidOrder: false,
      voidOrderQualified: false,
      checkout: true,
      staff: false,
      me: true,
      login: true,
      manageMerchant: false,
      checkoutScope: true,
    });
    const refused = await sg.request('{ staff { nodes { id } } }', {}, { token: cashier.token });
    expect(errorCodes(refused.body)).toEqual(['FORBIDDEN']);
    const void_ = await sg.request(
      'mutation { voidOrder(input: { orderId: "x", reason: "salah input" }) { __typename } }',
      {},
      { token: cashier.token },
    );
    expect(errorCodes(void_.body)).toEqual(['FORBIDDEN']);
  });

  it('answers for the person whose permissions they are', async () => {
    const { body } = await sg.request<{ user: { permissions: { can: boolean } } }>(
      'query($id: ID!) { user(id: $id) { permissions { can(action: "voidOrder") } } }',
      { id: cashier.id },
      { token: owner },
    );
    expect(expectNoErrors(body).user.permissions.can).toBe(false);
  });

  it('shows what each operation needs in the schema the gateway serves (Sandbox)', async () => {
    const { body } = await sg.request<{
      __type: { fields: Array<{ name: string; description: string | null }> };
    }>('{ __type(name: "Mutation") { fields { name description } } }', {}, { token: owner });
    const fields = expectNoErrors(body).__type.fields;
    const described = (name: string) => fields.find((f) => f.name === name)?.description ?? '';
    expect(described('voidOrder')).toMatch(/\n\nRequires scope: `sales:void`\.$/);
    expect(described('changePassword')).toMatch(/Requires sign-in\.$/);
    expect(described('login')).not.toMatch(/Requires/);
  });

  it('refuses an action it does not know', async () => {
    const { body } = await sg.request(
      '{ me { permissions { can(action: "launchRocket") } } }',
      {},
      { token: owner },
    );
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.extensions?.field).toBe('action');
  });
});
