/**
 * Schema-driven fuzzing of every mutation: wrong types, negative and huge numbers, unicode,
 * operator objects and 100,000-character strings must answer a typed error or BAD_USER_INPUT,
 * never a 500, an internal message or a stored nonsense value. Mutations come from the public
 * schema, so a new one is covered without touching this file.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  type GraphQLSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCourier } from '../../subgraphs/couriers/test/helpers';
import { checkout, createProduct, key, openShift, seedShop } from '../../subgraphs/orders/test/helpers';
import { createStaff } from '../../subgraphs/users/test/helpers';
import { type Leaf, type MutationPlan, plan, type Seeded, setAt, valueAt, withFreshKeys } from './fuzz-plan';
import { expectNoErrors, type GraphQLBody, type Supergraph, startSupergraph } from './harness';

const SCHEMA_FILE = new URL('../../schema/api-schema.graphql', import.meta.url);
const VARIANTS_PER_MUTATION = 12;

/** Mutations that change the caller's own session run last; a revoked token is re-seeded. */
const RUN_LAST = new Set([
  'closeShift',
  'changePassword',
  'changePin',
  'refreshToken',
  'deactivateStaff',
  'deactivateBranch',
  'logout',
]);
const runOrder = (name: string) => [...RUN_LAST].indexOf(name);

const HUGE = 'x'.repeat(100_000);
const FUZZ: readonly unknown[] = [
  '-1',
  -1,
  '1e30',
  1e30,
  '1234567890123456789012345',
  'Ünïcødé 🧾 ملف',
  { $gt: '' },
  '{"$gt": ""}',
  HUGE,
  true,
];

/** Values no field may accept: a success with one of them means nonsense was stored. */
function isNonsense(value: unknown, leaf: Leaf, base: unknown): boolean {
  const leafType = leaf.type;
  if (value === HUGE) return true;
  // The seeded shop's own id swapped for one that names nothing: a dangling reference was kept.
  // An optional reference given an id that names nothing: likewise.
  const dangling = base === undefined || (typeof base === 'string' && !base.startsWith('fz-'));
  if (leafType === 'ID' && !leaf.filter && dangling) return true;
  // An integer is a valid ID (GraphQL sends it on as the string "1e+30"): an unknown id, not nonsense.
  if (value === 1e30) return leafType !== 'ID';
  if (typeof value === 'object' && value !== null) return true;
  const numeric = ['Money', 'Int', 'Float'].includes(leafType);
  return numeric && (value === '1e30' || value === '1234567890123456789012345');
}

const INTERNAL_TEXT = [
  /E11000/,
  /Cast to/,
  /mongo/i,
  /at \//,
  /TypeError/,
  /ReferenceError/,
  /Cannot read prop/,
];

interface Finding {
  mutation: string;
  leaf: string;
  value: string;
  problem: string;
}

function check(
  p: MutationPlan,
  status: number,
  body: GraphQLBody<Record<string, { __typename?: string; code?: string } | null>>,
  value: unknown,
  leaf: Leaf | undefined,
  base: unknown,
): string | undefined {
  if (status >= 500) return `HTTP ${status}: ${JSON.stringify(body).slice(0, 300)}`;
  for (const e of body.errors ?? []) {
    if (e.extensions?.code === 'INTERNAL_SERVER_ERROR')
      return `INTERNAL_SERVER_ERROR: ${e.message.slice(0, 300)}`;
    const internal = INTERNAL_TEXT.find((re) => re.test(e.message));
    if (internal) return `internal text ${internal}: ${e.message.slice(0, 300)}`;
  }
  const result = body.data?.[p.name];
  if (result === null || result === undefined) {
    if (!body.errors?.length) return 'no data and no errors';
    return undefined;
  }
  if (body.errors?.length) return `data and errors: ${JSON.stringify(body).slice(0, 300)}`;
  if (typeof result !== 'object' || !result.__typename) return `untyped result ${JSON.stringify(result)}`;
  if (p.errorTypes.has(result.__typename)) {
    if (!result.code) return `error result without code: ${JSON.stringify(result)}`;
    return undefined;
  }
  const items = p.items && (result as Record<string, unknown>)[p.items.field];
  if (p.items && Array.isArray(items) && items.length > 0) {
    const errorField = p.items.errorField;
    const errors = (items as Array<Record<string, { code?: string } | null>>).map((i) => i[errorField]);
    if (errors.some((e) => e && !e.code)) return 'error item without code';
    if (errors.every((e) => e)) return undefined;
  }
  if (leaf && isNonsense(value, leaf, base)) return `accepted nonsense: answered ${result.__typename}`;
  return undefined;
}

describe('fuzzed input on every mutation', () => {
  let sg: Supergraph;
  let shop: Seeded;

  async function seed(): Promise<Seeded> {
    const owner = await seedShop(sg);
    const run = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const { body } = await sg.request<T>(query, variables, { token: owner.token });
      return expectNoErrors(body);
    };
    const product = await createProduct(sg, owner, { price: 1000, stock: 100 });
    const { createCustomer } = await run<{ createCustomer: { id: string } }>(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { ... on Customer { id } } }',
      { input: { name: 'Fuzz', phone: `0812${String(Date.now()).slice(-8)}` } },
    );
    const shiftId = await openShift(sg, owner, 'till-fuzz');
    const order = await checkout(sg, owner.token, {
      idempotencyKey: key(),
      deviceId: 'till-fuzz',
      branchId: owner.branchId,
      lines: [{ productId: product.id, quantity: 1 }],
      payments: [{ method: 'CASH', amount: '1000' }],
    });
    const { createCart } = await run<{ createCart: { id: string } }>(
      'mutation($input: CreateCartInput!) { createCart(input: $input) { ... on Cart { id } } }',
      { input: { branchId: owner.branchId, deviceId: 'till-fuzz' } },
    );
    const { createCategory } = await run<{ createCategory: { id: string } }>(
      'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { ... on Category { id } } }',
      { input: { name: `Fuzz ${randomBytes(3).toString('hex')}` } },
    );
    const staff = await createStaff(sg, owner.token, { role: 'COURIER' });
    const courierId = await createCourier(sg, owner.token, staff.id, owner.branchId);
    const { createDelivery } = await run<{ createDelivery: { id: string } }>(
      'mutation($input: CreateDeliveryInput!) { createDelivery(input: $input) { ... on Delivery { id } } }',
      {
        input: {
          orderId: order.id,
          branchId: owner.branchId,
          address: 'Jl. Melati 5',
          contactName: 'Ibu Rina',
          contactPhone: '+628122222222',
        },
      },
    );
    if (!order.id || !createCustomer.id || !createDelivery.id)
      throw new Error(`seeding failed: ${JSON.stringify(order)}`);
    return {
      ...owner,
      productId: product.id,
      customerId: createCustomer.id,
      shiftId,
      orderId: order.id,
      cartId: createCart.id,
      categoryId: createCategory.id,
      courierId,
      deliveryId: createDelivery.id,
    };
  }

  /** The committed public schema, or what the gateway itself tells when there is none. */
  async function publicSchema(): Promise<GraphQLSchema> {
    if (existsSync(SCHEMA_FILE)) return buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const { body } = await sg.request<IntrospectionQuery>(getIntrospectionQuery(), {}, { token: shop.token });
    return buildClientSchema(expectNoErrors(body));
  }

  beforeAll(async () => {
    sg = await startSupergraph();
    shop = await seed();
  });
  afterAll(async () => {
    await sg?.close();
  });

  it('answers typed errors or BAD_USER_INPUT, never an internal error', async () => {
    const schema = await publicSchema();
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(0);
    mutations.sort((a, b) => runOrder(a.name) - runOrder(b.name));

    const findings: Finding[] = [];
    let requests = 0;
    for (const [index, field] of mutations.entries()) {
      const p = plan(schema, field);
      const { variables, leaves } = p.base(shop);
      // The plain request first (it must answer cleanly too), then one fuzzed leaf at a time.
      const variants: Array<{ leaf?: Leaf; value?: unknown }> = [{}];
      for (let i = 0; i < Math.min(VARIANTS_PER_MUTATION, leaves.length * FUZZ.length); i++)
        variants.push({ leaf: leaves[i % leaves.length] as Leaf, value: FUZZ[(i + index) % FUZZ.length] });
      for (const { leaf, value } of variants) {
        const vars = withFreshKeys(
          leaf ? setAt(variables, leaf.path, value) : variables,
          leaf?.path,
        ) as typeof variables;
        const { status, body } = await sg.request<
          Record<string, { __typename?: string; code?: string } | null>
        >(p.query, vars, { token: shop.token });
        requests++;
        const where = leaf?.path.join('.') ?? '(plain)';
        // FUZZ_DEBUG=1 shows every answer, to see how far each mutation gets.
        if (process.env.FUZZ_DEBUG)
          console.log(
            p.name,
            where,
            JSON.stringify(value)?.slice(0, 20),
            status,
            JSON.stringify(body).slice(0, 240),
          );
        const problem = check(p, status, body, value, leaf, leaf && valueAt(variables, leaf.path));
        if (problem)
          findings.push({
            mutation: p.name,
            leaf: where,
            value:
              typeof value === 'string' && value.length > 40
                ? `${value.slice(0, 10)}…(${value.length})`
                : JSON.stringify(value),
            problem,
          });
        // A mutation that ends the session (password change, staff deactivation) must not blind the rest.
        if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) shop = await seed();
      }
    }
    expect(requests).toBeGreaterThan(mutations.length);
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  }, 240_000);
});
