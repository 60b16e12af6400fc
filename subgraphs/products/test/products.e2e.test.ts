import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors, type Supergraph, startSupergraph } from '../../../gateway/test/harness';
import { createStaff, login, PASSWORD, registerMerchant } from '../../users/test/helpers';

let sg: Supergraph;
beforeAll(async () => {
  sg = await startSupergraph();
});
afterAll(() => sg?.close());

const PRODUCT_FIELDS = `__typename ... on Product { id sku name status units { name factor price barcode isBase } category { name path } }
  ... on ErrorResult { code message }`;
const CREATE = `mutation($i: CreateProductInput!) { createProduct(input: $i) { ${PRODUCT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { ${PRODUCT_FIELDS} } }`;

type Gql = Record<string, never>;
async function ok<T = Gql>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const { body } = await sg.request<T>(query, variables, { token });
  return expectNoErrors(body);
}

describe('products through the gateway', () => {
  it('creates, updates and looks up products with units and barcodes; duplicate codes are clear errors', async () => {
    const { session } = await registerMerchant(sg);
    const token = session.accessToken;
    const cat = await ok<{ createCategory: { id: string } }>(
      `mutation { createCategory(input: { name: "Minuman" }) { ... on Category { id } } }`,
      {},
      token,
    );
    const created = await ok<{ createProduct: { id: string; units: unknown[] } }>(
      CREATE,
      {
        i: {
          sku: 'AQ-600',
          name: 'Air Mineral 600ml',
          categoryId: cat.createCategory.id,
          costPrice: '2500',
          baseUnit: { name: 'botol', price: '4000', barcode: '8886008101053' },
          units: [{ name: 'dus', factor: 24, price: '85000', barcode: '8886008101060' }],
        },
      },
      token,
    );
    expect(created.createProduct).toMatchObject({
      __typename: 'Product',
      status: 'ACTIVE',
      units: [
        { name: 'botol', factor: 1, price: '4000', barcode: '8886008101053', isBase: true },
        { name: 'dus', factor: 24, price: '85000', barcode: '8886008101060', isBase: false },
      ],
      category: { name: 'Minuman', path: ['Minuman'] },
    });
    const id = created.createProduct.id;
    const scan = await ok<{ productByBarcode: unknown }>(
      `query($b: String!) { productByBarcode(barcode: $b) { product { id name costPrice } unit { name factor price } } }`,
      { b: '8886008101060' },
      token,
    );
    expect(scan.productByBarcode).toEqual({
      product: { id, name: 'Air Mineral 600ml', costPrice: '2500' },
      unit: { name: 'dus', factor: 24, price: '85000' },
    });

    const dupSku = await ok<{ createProduct: unknown }>(
      CREATE,
      { i: { sku: 'aq-600', name: 'X', baseUnit: { price: '1' } } },
      token,
    );
    expect(dupSku.createProduct).toMatchObject({ __typename: 'SkuTaken', code: 'SKU_TAKEN' });
    const dupBarcode = await ok<{ createProduct: unknown }>(
      CREATE,
      { i: { sku: 'AQ-1500', name: 'Y', baseUnit: { price: '1', barcode: '8886008101053' } } },
      token,
    );
    expect(dupBarcode.createProduct).toMatchObject({ __typename: 'BarcodeTaken', code: 'BARCODE_TAKEN' });

    const updated = await ok<{ updateProduct: unknown }>(
      UPDATE,
      { id, i: { name: 'Air Mineral Botol 600ml', units: [] } },
      token,
    );
    expect(updated.updateProduct).toMatchObject({
      name: 'Air Mineral Botol 600ml',
      units: [{ name: 'botol' }],
    });
    const list = await ok<{ products: { nodes: { id: string }[]; totalCount: number } }>(
      `{ products(filter: { search: "botol air" }) { nodes { id } totalCount } }`,
      {},
      token,
    );
    expect(list.products).toEqual({ nodes: [{ id }], totalCount: 1 });
    const archived = await ok<{ setProductStatus: { status: string } }>(
      `mutation($id: ID!) { setProductStatus(id: $id, status: ARCHIVED) { ... on Product { status } } }`,
      { id },
      token,
    );
    expect(archived.setProductStatus.status).toBe('ARCHIVED');
    expect(
      (await ok<{ products: { totalCount: number } }>(`{ products { totalCount } }`, {}, token)).products
        .totalCount,
    ).toBe(0);
  });

  it('quotes with the merchant tax from users and keeps stock with branches resolved by users', async () => {
    const { session, branchId } = await registerMerchant(sg);
    const token = session.accessToken;
    await ok(
      `mutation { updateMerchant(input: { tax: { enabled: true, rateBasisPoints: 1100, pricesIncludeTax: false } }) { ... on Merchant { id } } }`,
      {},
      token,
    );
    const p = await ok<{ createProduct: { id: string } }>(
      CREATE,
      {
        i: {
          sku: 'KP-1',
          name: 'Kopi Sachet',
          baseUnit: { price: '1500' },
          units: [{ name: 'renceng', factor: 10, price: '14000' }],
        },
      },
      token,
    );
    const productId = p.createProduct.id;
    const quote = await ok<{ quote: unknown }>(
      `query($i: QuoteInput!) { quote(input: $i) { __typename ... on Quote { taxEnabled gross lineDiscount tax total lines { unitName baseQuantity gross lineDiscount tax total } } } }`,
      {
        i: {
          branchId,
          lines: [{ productId, unit: 'renceng', quantity: 2, discount: { percentBasisPoints: 500 } }],
        },
      },
      token,
    );
    expect(quote.quote).toEqual({
      __typename: 'Quote',
      taxEnabled: true,
      gross: '28000',
      lineDiscount: '1400',
      tax: '2926',
      total: '29526',
      lines: [
        {
          unitName: 'renceng',
          baseQuantity: 20,
          gross: '28000',
          lineDiscount: '1400',
          tax: '2926',
          total: '29526',
        },
      ],
    });

    const received = await ok<{ receiveStock: unknown }>(
      `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { __typename ... on StockOperation { entries { reason change balance branch { id name } product { name } } } } }`,
      { i: { branchId, reference: 'SJ-001', lines: [{ productId, quantity: 3, unit: 'renceng' }] } },
      token,
    );
    expect(received.receiveStock).toEqual({
      __typename: 'StockOperation',
      entries: [
        {
          reason: 'RECEIVE',
          change: 30,
          balance: 30,
          branch: { id: branchId, name: 'Pusat' },
          product: { name: 'Kopi Sachet' },
        },
      ],
    });
    await ok(
      `mutation($p: ID!, $b: ID!) { setLowStockThreshold(input: { productId: $p, branchId: $b, threshold: 40 }) { ... on StockLevel { low } } }`,
      { p: productId, b: branchId },
      token,
    );
    const low = await ok<{ lowStockItems: unknown }>(
      `{ lowStockItems { balance lowStockThreshold low product { sku } branch { name } } }`,
      {},
      token,
    );
    expect(low.lowStockItems).toEqual([
      { balance: 30, lowStockThreshold: 40, low: true, product: { sku: 'KP-1' }, branch: { name: 'Pusat' } },
    ]);
    // Internal steps are not part of the public graph.
    const hidden = await sg.request(
      `mutation { releaseStock(input: { merchantId: "x", orderId: "y", step: "z" }) { replayed } }`,
      {},
      { token },
    );
    expect(errorCodes(hidden.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('keeps tenants apart and cashiers away from catalog changes, costs and stock', async () => {
    const a = await registerMerchant(sg);
    const b = await registerMerchant(sg);
    const p = await ok<{ createProduct: { id: string } }>(
      CREATE,
      {
        i: {
          sku: 'RT-1',
          name: 'Roti Tawar',
          costPrice: '9000',
          baseUnit: { price: '15000', barcode: '899RT1' },
        },
      },
      a.session.accessToken,
    );
    const id = p.createProduct.id;
    const foreign = await ok<{ product: null; productByBarcode: null }>(
      `query($id: ID!) { product(id: $id) { id } productByBarcode(barcode: "899RT1") { unit { name } } }`,
      { id },
      b.session.accessToken,
    );
    expect(foreign).toEqual({ product: null, productByBarcode: null });
    const steal = await sg.request<{ updateProduct: unknown }>(
      UPDATE,
      { id, i: { name: 'Punya B' } },
      { token: b.session.accessToken },
    );
    expect(expectNoErrors(steal.body).updateProduct).toEqual({
      __typename: 'NotFound',
      code: 'NOT_FOUND',
      message: 'Product not found',
    });

    const staff = await createStaff(sg, a.session.accessToken, { role: 'CASHIER' });
    const session = await login(sg, staff.username, PASSWORD, a.merchant.slug);
    const cashier = session.accessToken as string;
    const read = await ok<{ product: unknown }>(
      `query($id: ID!) { product(id: $id) { name baseUnit { price } } }`,
      { id },
      cashier,
    );
    expect(read.product).toEqual({ name: 'Roti Tawar', baseUnit: { price: '15000' } });
    const cost = await sg.request(
      `query($id: ID!) { product(id: $id) { name costPrice } }`,
      { id },
      { token: cashier },
    );
    expect(errorCodes(cost.body)).toEqual(['FORBIDDEN']);
    const create = await sg.request(
      CREATE,
      { i: { sku: 'C-1', name: 'X', baseUnit: { price: '1' } } },
      { token: cashier },
    );
    expect(errorCodes(create.body)).toEqual(['FORBIDDEN']);
    const stock = await sg.request(
      `query($id: ID!, $b: ID!) { stockLevel(productId: $id, branchId: $b) { balance } }`,
      { id, b: a.branchId },
      { token: cashier },
    );
    expect(errorCodes(stock.body)).toEqual(['FORBIDDEN']);
    const anonymous = await sg.request(`{ products { totalCount } }`, {});
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('imports a CSV with a per-row report and exports it again', async () => {
    const { session } = await registerMerchant(sg);
    const csv = 'sku,name,price,units\nGL-1,Gula Pasir 1kg,17500,karung:50:850000:\nGL-2,Gula Aren,-5,\n';
    const report = await ok<{ importProductsCsv: unknown }>(
      `mutation($c: String!) { importProductsCsv(csv: $c) { ... on ProductImportReport { rows created updated failed errors { line sku column code } } } }`,
      { c: csv },
      session.accessToken,
    );
    expect(report.importProductsCsv).toEqual({
      rows: 2,
      created: 1,
      updated: 0,
      failed: 1,
      errors: [{ line: 3, sku: 'GL-2', column: 'price', code: 'INVALID_VALUE' }],
    });
    const exported = await ok<{ exportProductsCsv: string }>(
      `{ exportProductsCsv }`,
      {},
      session.accessToken,
    );
    expect(exported.exportProductsCsv).toContain(
      'GL-1,Gula Pasir 1kg,,,ACTIVE,true,,false,,pcs,17500,,karung:50:850000:',
    );
  });
});
