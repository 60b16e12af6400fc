import type { Viewer } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CASHIER_SCOPES,
  codesOf,
  executeAs,
  type Harness,
  hex,
  merchant,
  product,
  startProducts,
  viewerOf,
} from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startProducts('subgraph');
});
afterAll(() => h?.close());

const execute = (
  query: string,
  variables: Record<string, unknown>,
  viewer: Viewer | null,
  internal = false,
) => executeAs(h, query, variables, viewer, internal);
const codes = codesOf;

/** A product with a barcode, a category and stock, owned by a fresh merchant. */
async function seeded() {
  const m = await merchant(h);
  const category = await m.ctx.categories().create({ name: 'Minuman' });
  const p = await product(m.ctx, {
    categoryId: category._id,
    costPrice: 3000,
    baseUnit: { price: 5000, barcode: `B${hex(4)}` },
  });
  await m.ctx.stock().receive({ branchId: m.branches[0], lines: [{ productId: p._id, quantity: 5 }] });
  return { ...m, p, category, barcode: p.units[0]?.barcode as string };
}

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Product { id name sku units { name price barcode } category { id name } }
  ... on Category { id name } } }`;

describe('products subgraph (executeOperation)', () => {
  it('resolves Product and Category entities for their own merchant only', async () => {
    const a = await seeded();
    const b = await merchant(h);
    const reps = [
      { __typename: 'Product', id: a.p._id },
      { __typename: 'Category', id: a.category._id },
      { __typename: 'Product', id: hex() },
    ];
    const own = await execute(ENTITIES, { r: reps }, a.viewer);
    expect(own.errors).toBeUndefined();
    expect(own.data).toMatchObject({
      _entities: [
        { id: a.p._id, name: a.p.name, category: { id: a.category._id } },
        { id: a.category._id, name: 'Minuman' },
        null,
      ],
    });
    const foreign = await execute(ENTITIES, { r: reps }, b.viewer);
    expect(foreign.data).toEqual({ _entities: [null, null, null] });
    expect(codes(await execute(ENTITIES, { r: reps }, null))).toContain('UNAUTHENTICATED');
  });

  it("reads another merchant's ids exactly like unknown ones", async () => {
    const a = await seeded();
    const b = await merchant(h);
    const reads = await execute(
      `query($id: ID!, $sku: String!, $bc: String!, $cat: ID!) {
        product(id: $id) { id } productBySku(sku: $sku) { id } productByBarcode(barcode: $bc) { product { id } }
        category(id: $cat) { id } products { totalCount } }`,
      { id: a.p._id, sku: a.p.sku, bc: a.barcode, cat: a.category._id },
      b.viewer,
    );
    expect(reads.data).toEqual({
      product: null,
      productBySku: null,
      productByBarcode: null,
      category: null,
      products: { totalCount: 0 },
    });
    // Mutations answer with the NotFound member, naming what is missing.
    const answer = '{ __typename ... on NotFound { code entity } }';
    const missingInMutations = [
      [
        `mutation($id: ID!) { updateProduct(id: $id, input: { name: "x" }) ${answer} }`,
        { id: a.p._id },
        'Product',
      ],
      [
        `mutation($id: ID!) { setProductStatus(id: $id, status: ARCHIVED) ${answer} }`,
        { id: a.p._id },
        'Product',
      ],
      [
        `mutation($id: ID!) { createPriceRule(input: { productId: $id, price: "1" }) ${answer} }`,
        { id: a.p._id },
        'Product',
      ],
      [
        `mutation($id: ID!) { updateCategory(id: $id, input: { name: "x" }) ${answer} }`,
        { id: a.category._id },
        'Category',
      ],
      [`mutation($id: ID!) { deleteCategory(id: $id) ${answer} }`, { id: a.category._id }, 'Category'],
      [
        `mutation($id: ID!) { createCategory(input: { name: "x", parentId: $id }) ${answer} }`,
        { id: a.category._id },
        'Category',
      ],
      [
        `mutation($id: ID!, $b: ID!) { adjustStock(input: { branchId: $b, productId: $id, change: -1, note: "x" }) ${answer} }`,
        { id: a.p._id, b: b.branches[0] },
        'Product',
      ],
      [
        `mutation($id: ID!, $b: ID!) { setLowStockThreshold(input: { productId: $id, branchId: $b, threshold: 1 }) ${answer} }`,
        { id: a.p._id, b: b.branches[0] },
        'Product',
      ],
      [
        `mutation($id: ID!, $b: ID!) { setLowStockThreshold(input: { productId: $id, branchId: $b, threshold: 1 }) ${answer} }`,
        { id: (await product(b.ctx))._id, b: a.branches[0] },
        'Branch',
      ],
    ] as const;
    for (const [query, vars, entity] of missingInMutations) {
      const r = await execute(query, vars, b.viewer);
      expect(r.errors, query).toBeUndefined();
      expect(Object.values(r.data ?? {}), query).toEqual([
        { __typename: 'NotFound', code: 'NOT_FOUND', entity },
      ]);
    }
    // Queries keep the NOT_FOUND error.
    const notFound = [
      [
        `query($id: ID!, $b: ID!) { stockLevel(productId: $id, branchId: $b) { balance } }`,
        { id: a.p._id, b: b.branches[0] },
      ],
      [
        `query($id: ID!, $b: ID!) { quote(input: { branchId: $b, lines: [{ productId: $id, quantity: 1 }] }) { __typename } }`,
        { id: a.p._id, b: b.branches[0] },
      ],
    ] as const;
    for (const [query, vars] of notFound) {
      expect(codes(await execute(query, vars, b.viewer)), query).toEqual(['NOT_FOUND']);
    }
    // A's branch is not B's either.
    expect(
      codes(
        await execute(
          `query($id: ID!, $b: ID!) { quote(input: { branchId: $b, lines: [{ productId: $id, quantity: 1 }] }) { __typename } }`,
          { id: a.p._id, b: a.branches[0] },
          b.viewer,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect((await a.ctx.stockQuery().level(a.p._id, a.branches[0])).balance).toBe(5);
  });

  it('answers a category move under itself with InvalidCategoryMove and changes nothing', async () => {
    const m = await merchant(h);
    const CREATE = `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { __typename ... on Category { id } } }`;
    const MOVE = `mutation($id: ID!, $to: ID!) { updateCategory(id: $id, input: { parentId: $to, name: "Renamed" }) {
      __typename ... on Category { id path } ... on ErrorResult { code message } } }`;
    const top = await execute(CREATE, { i: { name: 'Minuman' } }, m.viewer);
    const topId = (top.data as { createCategory: { id: string } }).createCategory.id;
    const child = await execute(CREATE, { i: { name: 'Kopi', parentId: topId } }, m.viewer);
    const childId = (child.data as { createCategory: { id: string } }).createCategory.id;
    for (const to of [topId, childId]) {
      const refused = await execute(MOVE, { id: topId, to }, m.viewer);
      expect(refused.errors).toBeUndefined();
      expect(refused.data).toEqual({
        updateCategory: {
          __typename: 'InvalidCategoryMove',
          code: 'INVALID_CATEGORY_MOVE',
          message: 'A category cannot move under itself or its own subcategories',
        },
      });
    }
    expect(await m.ctx.categories().get(topId)).toMatchObject({ name: 'Minuman', parentId: null });
    const other = await execute(CREATE, { i: { name: 'Snack' } }, m.viewer);
    const otherId = (other.data as { createCategory: { id: string } }).createCategory.id;
    const moved = await execute(MOVE, { id: childId, to: otherId }, m.viewer);
    expect(moved.data).toEqual({
      updateCategory: { __typename: 'Category', id: childId, path: ['Snack', 'Renamed'] },
    });
  });

  it('answers a price rule it does not know with NotFound', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    const rule = await m.ctx.priceRules().create({ productId: p._id, price: 4000 });
    const DEACTIVATE = `mutation($id: ID!) { deactivatePriceRule(id: $id) {
      __typename ... on PriceRule { active } ... on NotFound { code message entity } } }`;
    expect((await execute(DEACTIVATE, { id: rule._id }, m.viewer)).data).toEqual({
      deactivatePriceRule: { __typename: 'PriceRule', active: false },
    });
    expect((await execute(DEACTIVATE, { id: hex() }, m.viewer)).data).toEqual({
      deactivatePriceRule: {
        __typename: 'NotFound',
        code: 'NOT_FOUND',
        message: 'Price rule not found',
        entity: 'PriceRule',
      },
    });
  });

  it('lets a cashier read the catalog and quote, but not change it, see costs or stock', async () => {
    const a = await seeded();
    const cashier = viewerOf(a.merchantId, CASHIER_SCOPES);
    const read = await execute(
      `query($id: ID!, $b: ID!, $bc: String!) { product(id: $id) { name baseUnit { price } } productByBarcode(barcode: $bc) { unit { name } }
        products(filter: { search: "produk" }) { totalCount } categories { name }
        quote(input: { branchId: $b, lines: [{ productId: $id, quantity: 2 }] }) { ... on Quote { total } } exportProductsCsv }`,
      { id: a.p._id, b: a.branches[0], bc: a.barcode },
      cashier,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toMatchObject({ product: { baseUnit: { price: '5000' } }, quote: { total: '10000' } });
    const cost = await execute(
      `query($id: ID!) { product(id: $id) { name costPrice } }`,
      { id: a.p._id },
      cashier,
    );
    expect(codes(cost)).toEqual(['FORBIDDEN']);
    const forbidden = [
      `mutation { createCategory(input: { name: "x" }) { __typename } }`,
      `mutation($c: ID!) { updateCategory(id: $c, input: { name: "x" }) { __typename } }`,
      `mutation($c: ID!) { deleteCategory(id: $c) { __typename } }`,
      `mutation { createProduct(input: { sku: "C-1", name: "x", baseUnit: { price: "1" } }) { __typename } }`,
      `mutation($id: ID!) { updateProduct(id: $id, input: { name: "x" }) { __typename } }`,
      `mutation($id: ID!) { setProductStatus(id: $id, status: ARCHIVED) { __typename } }`,
      `mutation { importProductsCsv(csv: "sku,name,price\\nA,B,1") { __typename } }`,
      `mutation($id: ID!) { createPriceRule(input: { productId: $id, price: "1" }) { __typename } }`,
      `mutation { deactivatePriceRule(id: "x") { __typename } }`,
      `mutation($id: ID!, $b: ID!) { receiveStock(input: { branchId: $b, lines: [{ productId: $id, quantity: 1 }] }) { __typename } }`,
      `mutation($id: ID!, $b: ID!) { adjustStock(input: { branchId: $b, productId: $id, change: 1, note: "x" }) { __typename } }`,
      `mutation($id: ID!, $b: ID!) { recordStockCount(input: { branchId: $b, lines: [{ productId: $id, counted: 1 }] }) { __typename } }`,
      `mutation($id: ID!, $b: ID!, $c: ID!) { transferStock(input: { fromBranchId: $b, toBranchId: $c, lines: [{ productId: $id, quantity: 1 }] }) { __typename } }`,
      `mutation($id: ID!, $b: ID!) { setLowStockThreshold(input: { productId: $id, branchId: $b, threshold: 1 }) { __typename } }`,
      `query($id: ID!, $b: ID!) { stockLevel(productId: $id, branchId: $b) { balance } }`,
      `query { stockLedger { nodes { id } } }`,
      `query { lowStockItems { balance } }`,
      `query($id: ID!, $b: ID!) { product(id: $id) { stock(branchId: $b) { balance } } }`,
      `query($id: ID!) { product(id: $id) { priceRules { id } } }`,
    ];
    const vars = { id: a.p._id, b: a.branches[0], c: a.category._id };
    for (const query of forbidden) {
      const used = Object.fromEntries(Object.entries(vars).filter(([k]) => query.includes(`$${k}`)));
      if (query.includes('$c: ID!) { transfer')) used.c = a.branches[1];
      expect(codes(await execute(query, used, cashier)), query).toEqual(['FORBIDDEN']);
      expect(codes(await execute(query, used, null)), query).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('keeps the orders steps and costs internal', async () => {
    const a = await seeded();
    const RESERVE = `mutation($i: ReserveStockInput!) { reserveStock(input: $i) { __typename ... on OrderStockChange { lines { balance } } ... on OutOfStock { code } } }`;
    const input = {
      merchantId: a.merchantId,
      branchId: a.branches[0],
      orderId: hex(),
      step: 'reserve',
      lines: [{ productId: a.p._id, baseQuantity: 2 }],
    };
    expect(codes(await execute(RESERVE, { i: input }, a.viewer))).toEqual(['FORBIDDEN']);
    // The recovery job calls without a token: the merchant comes from the input.
    expect((await execute(RESERVE, { i: input }, null, true)).data).toEqual({
      reserveStock: { __typename: 'OrderStockChange', lines: [{ balance: 3 }] },
    });
    const b = await merchant(h);
    expect(codes(await execute(RESERVE, { i: { ...input, orderId: hex() } }, b.viewer, true))).toEqual([
      'FORBIDDEN',
    ]);

    const QUOTE = `query($i: QuoteInput!) { quote(input: $i) { ... on Quote { cost lines { cost } } } }`;
    const q = { branchId: a.branches[0], lines: [{ productId: a.p._id, quantity: 2 }] };
    expect(codes(await execute(QUOTE, { i: q }, a.viewer))).toContain('FORBIDDEN');
    expect((await execute(QUOTE, { i: q }, a.viewer, true)).data).toEqual({
      quote: { cost: '6000', lines: [{ cost: '6000' }] },
    });
  });
});
