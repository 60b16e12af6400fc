/**
 * A cart keeps only what a sale can use: a branch that exists and lines products can price. An
 * owner may use every branch, so "may use" alone does not show that the branch exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors } from '../../../gateway/test/harness';
import { createProduct, type OrdersHarness, type Shop, seedShop, startOrdersHarness } from './helpers';

let h: OrdersHarness;
let shop: Shop;
let product: { id: string };

beforeAll(async () => {
  h = await startOrdersHarness();
  shop = await seedShop(h.sg);
  product = await createProduct(h.sg, shop, { price: 10_000, stock: 10 });
});
afterAll(() => h?.close());

const CREATE_CART =
  'mutation ($i: CreateCartInput!) { createCart(input: $i) { __typename ... on Cart { id } ... on NotFound { entity } } }';
const ADD_LINE =
  'mutation ($c: ID!, $l: SaleLineInput!) { addCartLine(cartId: $c, line: $l) { ... on Cart { lines { product { id } quantity } } } }';

describe('cart references', () => {
  it('refuses a cart of an unknown branch', async () => {
    for (const branchId of ['1e+30', 'Ünïcødé', '1234567890123456789012345']) {
      const res = await h.sg.request(
        CREATE_CART,
        { i: { branchId, deviceId: 'till-1' } },
        { token: shop.token },
      );
      expect(expectNoErrors(res.body), branchId).toEqual({
        createCart: { __typename: 'NotFound', entity: 'Branch' },
      });
    }
  });

  it('refuses a line of an unknown product or barcode, keeping the cart as it was', async () => {
    const created = await h.sg.request<{ createCart: { id: string } }>(
      CREATE_CART,
      { i: { branchId: shop.branchId, deviceId: 'till-1' } },
      { token: shop.token },
    );
    const cartId = expectNoErrors(created.body).createCart.id;
    const add = (l: Record<string, unknown>) =>
      h.sg.request(ADD_LINE, { c: cartId, l }, { token: shop.token });
    expect(errorCodes((await add({ productId: '1e30', quantity: 1 })).body)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes((await add({ barcode: '{"$gt": ""}', quantity: 1 })).body)).toEqual(['BAD_USER_INPUT']);
    const ok = expectNoErrors((await add({ productId: product.id, quantity: 2 })).body);
    expect(ok).toEqual({ addCartLine: { lines: [{ product: { id: product.id }, quantity: 2 }] } });
  });
});
