import { MAX_AMOUNT, MAX_QUANTITY } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, executeAs, type Harness, hex, merchant, product, startProducts } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startProducts('input_rules');
});
afterAll(() => h?.close());

const fieldsOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
  (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { __typename ... on Product { id } } }`;
const QUOTE = `query($input: QuoteInput!) { quote(input: $input) { __typename } }`;
const RULE = `mutation($input: CreatePriceRuleInput!) { createPriceRule(input: $input) { __typename ... on PriceRule { id branch { id } } ... on NotFound { entity } } }`;

describe('products input rules', () => {
  it('category(id:) answers the category, and null for an unknown id', async () => {
    const m = await merchant(h);
    const c = await m.ctx.categories().create({ name: 'Snack' });
    const q = `query($id: ID!) { category(id: $id) { id name position parent { id } children { id } path } }`;
    const own = await executeAs(h, q, { id: c._id }, m.viewer);
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({
      category: { id: c._id, name: 'Snack', position: 0, parent: null, children: [], path: ['Snack'] },
    });
    const unknown = await executeAs(h, q, { id: hex() }, m.viewer);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ category: null });
  });

  it('prices and costs are bounded to 10^12 minor units, naming the field', async () => {
    const m = await merchant(h);
    const base = { sku: `S-${hex(3)}`, name: 'Beras', baseUnit: { price: '5000' } };
    const ok = await executeAs(
      h,
      CREATE,
      { input: { ...base, baseUnit: { price: String(MAX_AMOUNT) } } },
      m.viewer,
    );
    expect(ok.errors).toBeUndefined();
    const price = await executeAs(
      h,
      CREATE,
      { input: { ...base, sku: `S-${hex(3)}`, baseUnit: { price: String(MAX_AMOUNT + 1) } } },
      m.viewer,
    );
    expect(fieldsOf(price)).toEqual([['BAD_USER_INPUT', 'baseUnit.price']]);
    const cost = await executeAs(
      h,
      CREATE,
      { input: { ...base, sku: `S-${hex(3)}`, costPrice: String(MAX_AMOUNT + 1) } },
      m.viewer,
    );
    expect(fieldsOf(cost)).toEqual([['BAD_USER_INPUT', 'costPrice']]);
    const huge = await executeAs(
      h,
      CREATE,
      { input: { ...base, sku: `S-${hex(3)}`, baseUnit: { price: '9007199254740991' } } },
      m.viewer,
    );
    expect(codesOf(huge)).toEqual(['BAD_USER_INPUT']);
  });

  it('quote quantities and discounts are bounded', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    const quote = (line: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      executeAs(
        h,
        QUOTE,
        { input: { branchId: m.branches[0], lines: [{ productId: p._id, ...line }], ...extra } },
        m.viewer,
      );
    expect((await quote({ quantity: MAX_QUANTITY })).errors).toBeUndefined();
    expect(fieldsOf(await quote({ quantity: MAX_QUANTITY + 1 }))).toEqual([
      ['BAD_USER_INPUT', 'lines.0.quantity'],
    ]);
    expect(fieldsOf(await quote({ quantity: 1, discount: { percentBasisPoints: 10_001 } }))).toEqual([
      ['BAD_USER_INPUT', 'lines.0.discount.percentBasisPoints'],
    ]);
  });

  it('stock quantities are bounded', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    const receive = `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { __typename } }`;
    const r = await executeAs(
      h,
      receive,
      { input: { branchId: m.branches[0], lines: [{ productId: p._id, quantity: MAX_QUANTITY + 1 }] } },
      m.viewer,
    );
    expect(fieldsOf(r)).toEqual([['BAD_USER_INPUT', 'lines.0.quantity']]);
    const adjust = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { __typename } }`;
    const a = await executeAs(
      h,
      adjust,
      { input: { branchId: m.branches[0], productId: p._id, change: 2_000_000_000, note: 'x' } },
      m.viewer,
    );
    expect(fieldsOf(a)).toEqual([['BAD_USER_INPUT', 'change']]);
  });

  it("a price rule takes only a branch of the caller's own merchant", async () => {
    const a = await merchant(h);
    const b = await merchant(h);
    const p = await product(a.ctx);
    const own = await executeAs(
      h,
      RULE,
      { input: { productId: p._id, price: '4000', branchId: a.branches[0] } },
      a.viewer,
    );
    expect(own.errors).toBeUndefined();
    const other = await executeAs(
      h,
      RULE,
      { input: { productId: p._id, price: '4000', branchId: b.branches[0] } },
      a.viewer,
    );
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ createPriceRule: { __typename: 'NotFound', entity: 'Branch' } });
  });

  it('an empty or oversized id is BAD_USER_INPUT, and a rule tier is bounded', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    const empty = await executeAs(h, RULE, { input: { productId: '', price: '1' } }, m.viewer);
    expect(fieldsOf(empty)).toEqual([['BAD_USER_INPUT', 'productId']]);
    const tier = await executeAs(
      h,
      RULE,
      { input: { productId: p._id, price: '1', customerTier: 'G'.repeat(100_000) } },
      m.viewer,
    );
    expect(fieldsOf(tier)).toEqual([['BAD_USER_INPUT', 'customerTier']]);
    const deactivate = await executeAs(
      h,
      `mutation { deactivatePriceRule(id: "") { __typename } }`,
      {},
      m.viewer,
    );
    expect(fieldsOf(deactivate)).toEqual([['BAD_USER_INPUT', 'id']]);
    // A look-up of an empty id finds nothing; it is never an internal error.
    const lookUp = await executeAs(
      h,
      `query { product(id: "") { id } category(id: "") { id } }`,
      {},
      m.viewer,
    );
    expect(lookUp.errors).toBeUndefined();
    expect(lookUp.data).toEqual({ product: null, category: null });
  });
});
