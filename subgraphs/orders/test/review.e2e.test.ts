/**
 * What an outside review found: carts readable by other cashiers, ids of another merchant taken
 * as given, offline sales left pending forever, and unbounded input. Each answers BAD_USER_INPUT,
 * reads as missing, or ends typed.
 */
import { randomBytes } from 'node:crypto';
import { GATEWAY_SECRET_HEADER, INTERNAL_SECRET_HEADER } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors, postGraphQL } from '../../../gateway/test/harness';
import { createCustomer } from '../../customers/test/helpers';
import { createStaff, login } from '../../users/test/helpers';
import {
  checkout,
  createProduct,
  key,
  type OrdersHarness,
  openShift,
  type Shop,
  seedShop,
  startOrdersHarness,
  stockBalance,
} from './helpers';

let h: OrdersHarness;
let shop: Shop;
let other: Shop;
let product: { id: string; barcode: string };
let customerId: string;
let theirCustomerId: string;

const phone = () => `+62813${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

beforeAll(async () => {
  h = await startOrdersHarness();
  [shop, other] = await Promise.all([seedShop(h.sg), seedShop(h.sg)]);
  product = await createProduct(h.sg, shop, { price: 10_000, stock: 100 });
  [customerId, theirCustomerId] = await Promise.all([
    createCustomer(h.sg, shop.token, { name: 'Bu Ani', phone: phone() }),
    createCustomer(h.sg, other.token, { name: 'Pak Budi', phone: phone() }),
  ]);
});
afterAll(() => h?.close());

async function cashierToken() {
  const { username } = await createStaff(h.sg, shop.token, { role: 'CASHIER' });
  const session = await login(h.sg, username, undefined, shop.slug);
  if (!session.accessToken) throw new Error('cashier login failed');
  return session.accessToken as string;
}

const CREATE_CART = /* GraphQL */ `
  mutation ($i: CreateCartInput!) {
    createCart(input: $i) { __typename ... on Cart { id status } ... on NotFound { code entity } }
  }
`;

describe('carts follow the ownership rule of orders', () => {
  it("another cashier's open cart reads as missing, for every cart query and mutation", async () => {
    const [mine, theirs] = await Promise.all([cashierToken(), cashierToken()]);
    const created = await h.sg.request<{ createCart: { id: string } }>(
      CREATE_CART,
      { i: { branchId: shop.branchId, deviceId: 'till-1' } },
      { token: mine },
    );
    const cartId = expectNoErrors(created.body).createCart.id;
    const read = 'query ($c: ID!) { cart(id: $c) { id } }';
    expect(expectNoErrors((await h.sg.request(read, { c: cartId }, { token: theirs })).body)).toEqual({
      cart: null,
    });
    const answer = '{ __typename ... on NotFound { code entity } }';
    for (const [query, vars] of [
      [`mutation ($c: ID!) { addCartLine(cartId: $c, line: { productId: "x", quantity: 1 }) ${answer} }`, {}],
      [
        `mutation ($c: ID!) { updateCartLine(cartId: $c, lineId: "x", input: { quantity: 2 }) ${answer} }`,
        {},
      ],
      [`mutation ($c: ID!) { removeCartLine(cartId: $c, lineId: "x") ${answer} }`, {}],
      [`mutation ($c: ID!) { setCartOrderDiscount(cartId: $c, discount: null) ${answer} }`, {}],
      [`mutation ($c: ID!) { setCartCustomer(cartId: $c, customerId: null) ${answer} }`, {}],
      [`mutation ($c: ID!) { holdCart(cartId: $c) ${answer} }`, {}],
      [`mutation ($c: ID!) { discardCart(cartId: $c) ${answer} }`, {}],
      [`mutation ($c: ID!, $d: String!) { resumeCart(cartId: $c, deviceId: $d) ${answer} }`, { d: 'till-2' }],
    ] as const) {
      const res = await h.sg.request<Record<string, unknown>>(
        query,
        { c: cartId, ...vars },
        { token: theirs },
      );
      expect(Object.values(expectNoErrors(res.body)), query).toEqual([
        { __typename: 'NotFound', code: 'NOT_FOUND', entity: 'Cart' },
      ]);
    }
    // Its cashier and the owner (sales:read-all) still see it, untouched.
    for (const token of [mine, shop.token]) {
      const res = await h.sg.request<{ cart: { id: string; status: string } }>(
        'query ($c: ID!) { cart(id: $c) { id status } }',
        { c: cartId },
        { token },
      );
      expect(expectNoErrors(res.body).cart).toEqual({ id: cartId, status: 'OPEN' });
    }
  });
});

describe("ids of another merchant's customers", () => {
  it('are refused by checkout, createCart and setCartCustomer; the own customer is taken', async () => {
    const deviceId = 'till-c';
    const sale = (customer: string) =>
      h.sg.request(
        'mutation ($i: CheckoutInput!) { checkout(input: $i) { __typename ... on NotFound { code entity } } }',
        {
          i: {
            idempotencyKey: key(),
            deviceId,
            branchId: shop.branchId,
            customerId: customer,
            lines: [{ barcode: product.barcode, quantity: 1 }],
            payments: [{ method: 'QRIS', amount: '10000', reference: 'QR-1' }],
          },
        },
        { token: shop.token },
      );
    const missingCustomer = { __typename: 'NotFound', code: 'NOT_FOUND', entity: 'Customer' };
    expect(expectNoErrors((await sale(theirCustomerId)).body)).toEqual({ checkout: missingCustomer });
    expect(expectNoErrors((await sale('no-such-customer')).body)).toEqual({ checkout: missingCustomer });
    expect(expectNoErrors((await sale(customerId)).body)).toEqual({ checkout: { __typename: 'Order' } });

    const cart = (customer: string) =>
      h.sg.request(
        CREATE_CART,
        { i: { branchId: shop.branchId, deviceId, customerId: customer } },
        {
          token: shop.token,
        },
      );
    expect(expectNoErrors((await cart(theirCustomerId)).body)).toEqual({ createCart: missingCustomer });
    const own = await h.sg.request<{ createCart: { id: string } }>(
      CREATE_CART,
      { i: { branchId: shop.branchId, deviceId, customerId } },
      { token: shop.token },
    );
    const cartId = expectNoErrors(own.body).createCart.id;
    const set = await h.sg.request(
      'mutation ($c: ID!, $k: ID) { setCartCustomer(cartId: $c, customerId: $k) { __typename ... on NotFound { code entity } } }',
      { c: cartId, k: theirCustomerId },
      { token: shop.token },
    );
    expect(expectNoErrors(set.body)).toEqual({ setCartCustomer: missingCustomer });
  });
});

const SYNC = /* GraphQL */ `
  mutation ($input: SyncOfflineSalesInput!) {
    syncOfflineSales(input: $input) {
      ... on SyncOfflineSalesPayload {
        accepted
        results {
          clientId error rejection { code retryable }
          order { status totals { paid payable } unsettledPayments { method amount code } }
        }
      }
    }
  }
`;

interface SyncResult {
  clientId: string;
  error: string | null;
  rejection: { code: string; retryable: boolean } | null;
  order: {
    status: string;
    totals: { paid: string; payable: string };
    unsettledPayments: { method: string; amount: string; code: string }[];
  } | null;
}

async function sync(sales: Record<string, unknown>[]) {
  const { body } = await h.sg.request<{ syncOfflineSales: { results: SyncResult[] } }>(
    SYNC,
    {
      input: {
        deviceId: 'hp-offline',
        sales: sales.map((s) => ({
          clientId: `c-${randomBytes(4).toString('hex')}`,
          branchId: shop.branchId,
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          lines: [{ productId: product.id, quantity: 1 }],
          payments: [{ method: 'CASH', tendered: '10000' }],
          ...s,
        })),
      },
    },
    { token: shop.token },
  );
  return expectNoErrors(body).syncOfflineSales.results;
}

describe('offline sales always end', () => {
  it('rejects an unknown or foreign customer up front, taking no stock', async () => {
    const before = await stockBalance(h.sg, shop, product.id);
    const results = await sync([
      { customerId: 'no-such-customer' },
      {
        customerId: theirCustomerId,
        payments: [{ method: 'CUSTOMER_CREDIT', amount: '10000' }],
      },
      { payments: [{ method: 'POINTS', amount: '10000', points: 100 }] },
    ]);
    expect(results.map((r) => [r.rejection?.code, r.rejection?.retryable, r.order])).toEqual([
      ['CUSTOMER_NOT_FOUND', false, null],
      ['CUSTOMER_NOT_FOUND', false, null],
      ['CUSTOMER_REQUIRED', false, null],
    ]);
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before);
    // Nothing left pending for the recovery job.
    expect(await h.orders.recovery.runOnce()).toBe(0);
  });

  it('records a sale whose points or credit fall short as completed, the shortfall owed', async () => {
    await h.sg.request(
      'mutation ($i: LoyaltySettingsInput!) { setLoyaltySettings(input: $i) { ... on LoyaltySettings { earnAmount } } }',
      { i: { earnAmount: '0', earnPoints: 1, redeemValuePerPoint: '100' } },
      { token: shop.token },
    );
    const before = await stockBalance(h.sg, shop, product.id);
    const results = await sync([
      { customerId, payments: [{ method: 'POINTS', amount: '10000', points: 100 }] },
      { customerId, payments: [{ method: 'CUSTOMER_CREDIT', amount: '10000' }] },
    ]);
    expect(results.map((r) => r.rejection)).toEqual([null, null]);
    expect(results.map((r) => r.order)).toEqual([
      {
        status: 'COMPLETED',
        totals: { paid: '0', payable: '10000' },
        unsettledPayments: [{ method: 'POINTS', amount: '10000', code: 'INSUFFICIENT_POINTS' }],
      },
      {
        status: 'COMPLETED',
        totals: { paid: '0', payable: '10000' },
        unsettledPayments: [{ method: 'CUSTOMER_CREDIT', amount: '10000', code: 'CREDIT_LIMIT_EXCEEDED' }],
      },
    ]);
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before - 2);
  });

  it('rejects times of 1970, and refuses 9999 or a time without a zone as input', async () => {
    const results = await sync([{ occurredAt: '1970-01-01T00:00:00Z' }]);
    expect(results.map((r) => r.rejection?.code)).toEqual(['INVALID_SALE_TIME']);
    // Outside any date the DateTime scalar accepts: the whole batch is refused before it is read.
    for (const occurredAt of ['9999-12-31T23:59:59Z', '2026-01-01T10:00:00']) {
      const { body } = await h.sg.request(
        SYNC,
        {
          input: {
            deviceId: 'hp-offline',
            sales: [
              {
                clientId: `c-${randomBytes(4).toString('hex')}`,
                branchId: shop.branchId,
                occurredAt,
                lines: [{ productId: product.id, quantity: 1 }],
                payments: [{ method: 'CASH', tendered: '10000' }],
              },
            ],
          },
        },
        { token: shop.token },
      );
      expect(errorCodes(body), occurredAt).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('bounded input', () => {
  const huge = 'x'.repeat(100_000);

  it('answers BAD_USER_INPUT for blank ids and oversized strings, storing nothing', async () => {
    const shift = (branchId: string, deviceId: string) =>
      h.sg.request(
        'mutation ($i: OpenShiftInput!) { openShift(input: $i) { __typename } }',
        { i: { branchId, deviceId, openingFloat: '0' } },
        { token: shop.token },
      );
    expect(errorCodes((await shift(shop.branchId, '')).body)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes((await shift('', 'till-x')).body)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes((await shift(shop.branchId, huge)).body)).toEqual(['BAD_USER_INPUT']);
    const cart = await h.sg.request(
      CREATE_CART,
      { i: { branchId: '', deviceId: 'till-1' } },
      {
        token: shop.token,
      },
    );
    expect(errorCodes(cart.body)).toEqual(['BAD_USER_INPUT']);

    await openShift(h.sg, shop, 'till-v');
    const order = await checkout(h.sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-v',
      branchId: shop.branchId,
      lines: [{ barcode: product.barcode, quantity: 1 }],
      payments: [{ method: 'CASH', tendered: '10000' }],
    });
    const voided = await h.sg.request(
      'mutation ($i: VoidOrderInput!) { voidOrder(input: $i) { __typename } }',
      { i: { orderId: order.id, reason: huge } },
      { token: shop.token },
    );
    expect(errorCodes(voided.body)).toEqual(['BAD_USER_INPUT']);
    const page = await h.sg.request('{ orders(first: 201) { hasNextPage } }', {}, { token: shop.token });
    expect(errorCodes(page.body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('orderSummary (internal)', () => {
  it("answers the merchant's own order only, and only with the internal secret", async () => {
    const url = h.sg.subgraphs.orders?.graphqlUrl;
    if (!url) throw new Error('no orders subgraph');
    await openShift(h.sg, shop, 'till-s');
    const order = await checkout(h.sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-s',
      branchId: shop.branchId,
      lines: [{ barcode: product.barcode, quantity: 1 }],
      payments: [{ method: 'CASH', tendered: '10000' }],
    });
    const query =
      'query ($m: ID!, $id: ID!) { orderSummary(merchantId: $m, id: $id) { id branchId status } }';
    const gateway = { [GATEWAY_SECRET_HEADER]: h.sg.gatewaySecret };
    const merchantOf = (s: Shop) =>
      JSON.parse(Buffer.from(s.token.split('.')[1] as string, 'base64url').toString()).mid as string;
    const refused = await postGraphQL(
      url,
      query,
      { m: merchantOf(shop), id: order.id },
      { headers: gateway },
    );
    expect(errorCodes(refused.body)).toEqual(['FORBIDDEN']);
    const internal = { ...gateway, [INTERNAL_SECRET_HEADER]: h.sg.internalSecret };
    const own = await postGraphQL(url, query, { m: merchantOf(shop), id: order.id }, { headers: internal });
    expect(expectNoErrors(own.body)).toEqual({
      orderSummary: { id: order.id, branchId: shop.branchId, status: 'COMPLETED' },
    });
    const foreign = await postGraphQL(
      url,
      query,
      { m: merchantOf(other), id: order.id },
      { headers: internal },
    );
    expect(expectNoErrors(foreign.body)).toEqual({ orderSummary: null });
    const gatewayView = await h.sg.request(
      '{ orderSummary(merchantId: "m", id: "o") { id } }',
      {},
      { token: shop.token },
    );
    expect(errorCodes(gatewayView.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
