/**
 * Tenancy and permissions of orders: another merchant's order reads like a missing one, through
 * the gateway and on the subgraph's entity resolver; cashier scopes; internal operations.
 */
import { GATEWAY_SECRET_HEADER, INTERNAL_SECRET_HEADER } from '@pos/kit';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors, type GraphQLBody, postGraphQL } from '../../../gateway/test/harness';
import { createStaff, login } from '../../users/test/helpers';
import {
  type CheckoutResult,
  checkout,
  createProduct,
  key,
  type OrdersHarness,
  openShift,
  type Shop,
  seedShop,
  startOrdersHarness,
} from './helpers';

let h: OrdersHarness;
let shopA: Shop;
let shopB: Shop;
let orderA: CheckoutResult & { id: string; number: string };
let barcodeA: string;

beforeAll(async () => {
  h = await startOrdersHarness();
  [shopA, shopB] = await Promise.all([seedShop(h.sg), seedShop(h.sg)]);
  const product = await createProduct(h.sg, shopA, { price: 10_000, stock: 50 });
  barcodeA = product.barcode;
  await openShift(h.sg, shopA, 'till-a');
  const order = await checkout(h.sg, shopA.token, {
    idempotencyKey: key(),
    deviceId: 'till-a',
    branchId: shopA.branchId,
    lines: [{ barcode: barcodeA, quantity: 1 }],
    payments: [{ method: 'CASH', tendered: '10000' }],
  });
  expect(order.__typename, JSON.stringify(order)).toBe('Order');
  orderA = order as typeof orderA;
});
afterAll(() => h?.close());

const missingId = () => new Types.ObjectId().toHexString();

/** A body with ids and request-specific paths removed, to compare two answers' shape. */
function shape(body: GraphQLBody<unknown>) {
  return {
    data: body.data,
    errors: body.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })),
  };
}

const ORDER = /* GraphQL */ `
  query ($id: ID!) { order(id: $id) { id number status totals { total } } }
`;
const RECEIPT = /* GraphQL */ `
  query ($id: ID!) {
    order(id: $id) { id number lines { name total } payments { method amount } branch { id } cashier { id } refunds { id } }
  }
`;
const BY_NUMBER = /* GraphQL */ `
  query ($n: String!) { orderByNumber(number: $n) { id } }
`;
const VOID = /* GraphQL */ `
  mutation ($input: VoidOrderInput!) {
    voidOrder(input: $input) { __typename ... on Order { id status } ... on ErrorResult { code message } }
  }
`;
const REFUND = /* GraphQL */ `
  mutation ($input: RefundOrderInput!) {
    refundOrder(input: $input) { __typename ... on Refund { id amount } ... on ErrorResult { code message } }
  }
`;
const LIST = /* GraphQL */ `
  query ($f: OrderFilter) { orders(filter: $f, first: 50) { nodes { id cashier { id } } } }
`;

describe("another merchant's order", () => {
  it('reads like a missing id: order, receipt fields, orderByNumber, list', async () => {
    for (const query of [ORDER, RECEIPT]) {
      const theirs = await h.sg.request(query, { id: orderA.id }, { token: shopB.token });
      const missing = await h.sg.request(query, { id: missingId() }, { token: shopB.token });
      expect(theirs.status).toBe(missing.status);
      expect(shape(theirs.body)).toEqual(shape(missing.body));
      expect(expectNoErrors(theirs.body)).toEqual({ order: null });
    }
    const byNumber = await h.sg.request(BY_NUMBER, { n: orderA.number }, { token: shopB.token });
    expect(expectNoErrors(byNumber.body)).toEqual({ orderByNumber: null });
    const list = await h.sg.request<{ orders: { nodes: { id: string }[] } }>(
      LIST,
      {},
      { token: shopB.token },
    );
    expect(expectNoErrors(list.body).orders.nodes).toEqual([]);
    // The owner does see it.
    const own = await h.sg.request<{ order: { id: string } }>(
      ORDER,
      { id: orderA.id },
      { token: shopA.token },
    );
    expect(expectNoErrors(own.body).order.id).toBe(orderA.id);
  });

  it('void and refund answer exactly as for a missing id, and change nothing', async () => {
    for (const [query, input] of [
      [VOID, (orderId: string) => ({ orderId, reason: 'coba' })],
      [REFUND, (orderId: string) => ({ orderId, reason: 'coba', idempotencyKey: key() })],
    ] as const) {
      const theirs = await h.sg.request(query, { input: input(orderA.id) }, { token: shopB.token });
      const missing = await h.sg.request(query, { input: input(missingId()) }, { token: shopB.token });
      expect(theirs.status).toBe(missing.status);
      expect(theirs.body).toEqual(missing.body);
      expect(Object.values(expectNoErrors(theirs.body) as Record<string, unknown>)).toEqual([
        { __typename: 'NotFound', code: 'NOT_FOUND', message: 'Order not found' },
      ]);
      // No hint of the order in the message.
      expect(JSON.stringify(theirs.body)).not.toContain(orderA.id);
    }
    const after = await h.sg.request<{ order: { status: string } }>(
      ORDER,
      { id: orderA.id },
      { token: shopA.token },
    );
    expect(expectNoErrors(after.body).order.status).toBe('COMPLETED');
    const refunds = await h.sg.request<{ order: { refunds: unknown[] } }>(
      RECEIPT,
      { id: orderA.id },
      { token: shopA.token },
    );
    expect(expectNoErrors(refunds.body).order.refunds).toEqual([]);
  });

  it('_entities on the orders subgraph resolves null for the other merchant', async () => {
    const url = h.sg.subgraphs.orders?.graphqlUrl;
    if (!url) throw new Error('no orders subgraph');
    const query = /* GraphQL */ `
      query ($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id number status } } }
    `;
    const headers = { [GATEWAY_SECRET_HEADER]: h.sg.gatewaySecret };
    const representations = [{ __typename: 'Order', id: orderA.id }];
    const theirs = await postGraphQL<{ _entities: unknown[] }>(
      url,
      query,
      { r: representations },
      { token: shopB.token, headers },
    );
    expect(expectNoErrors(theirs.body)._entities).toEqual([null]);
    const own = await postGraphQL<{ _entities: ({ id: string } | null)[] }>(
      url,
      query,
      { r: representations },
      { token: shopA.token, headers },
    );
    expect(expectNoErrors(own.body)._entities[0]?.id).toBe(orderA.id);
  });
});

describe('cashier permissions', () => {
  let cashierToken: string;
  let cashierOrderId: string;

  beforeAll(async () => {
    const { username } = await createStaff(h.sg, shopA.token, { role: 'CASHIER' });
    const session = await login(h.sg, username, undefined, shopA.slug);
    if (!session.accessToken) throw new Error(`cashier login failed: ${JSON.stringify(session)}`);
    cashierToken = session.accessToken;
    await openShift(h.sg, shopA, 'till-c', 100_000, cashierToken);
    const order = await checkout(h.sg, cashierToken, {
      idempotencyKey: key(),
      deviceId: 'till-c',
      branchId: shopA.branchId,
      lines: [{ barcode: barcodeA, quantity: 1 }],
      payments: [{ method: 'CASH', tendered: '10000' }],
    });
    expect(order.__typename, JSON.stringify(order)).toBe('Order');
    cashierOrderId = order.id as string;
  });

  it('gets FORBIDDEN for void and refund, and nothing changes', async () => {
    const voided = await h.sg.request(
      VOID,
      { input: { orderId: cashierOrderId, reason: 'salah' } },
      {
        token: cashierToken,
      },
    );
    expect(errorCodes(voided.body)).toEqual(['FORBIDDEN']);
    const refunded = await h.sg.request(
      REFUND,
      { input: { orderId: cashierOrderId, reason: 'rusak', idempotencyKey: key() } },
      { token: cashierToken },
    );
    expect(errorCodes(refunded.body)).toEqual(['FORBIDDEN']);
    const order = await h.sg.request<{ order: { status: string } }>(
      ORDER,
      { id: cashierOrderId },
      {
        token: shopA.token,
      },
    );
    expect(expectNoErrors(order.body).order.status).toBe('COMPLETED');
  });

  it("sees only the cashier's own orders; sales:read-all sees every one", async () => {
    const list = await h.sg.request<{ orders: { nodes: { id: string }[] } }>(
      LIST,
      {},
      { token: cashierToken },
    );
    expect(expectNoErrors(list.body).orders.nodes.map((n) => n.id)).toEqual([cashierOrderId]);
    // Asking for the owner's orders by cashier filter gives nothing either.
    const filtered = await h.sg.request<{ orders: { nodes: unknown[] } }>(
      LIST,
      { f: { cashierId: shopA.ownerId } },
      { token: cashierToken },
    );
    expect(expectNoErrors(filtered.body).orders.nodes).toEqual([]);
    const ownersOrder = await h.sg.request(ORDER, { id: orderA.id }, { token: cashierToken });
    expect(expectNoErrors(ownersOrder.body)).toEqual({ order: null });
    const byNumber = await h.sg.request(BY_NUMBER, { n: orderA.number }, { token: cashierToken });
    expect(expectNoErrors(byNumber.body)).toEqual({ orderByNumber: null });
    const mine = await h.sg.request<{ order: { id: string } }>(
      ORDER,
      { id: cashierOrderId },
      {
        token: cashierToken,
      },
    );
    expect(expectNoErrors(mine.body).order.id).toBe(cashierOrderId);

    const all = await h.sg.request<{ orders: { nodes: { id: string }[] } }>(LIST, {}, { token: shopA.token });
    expect(
      expectNoErrors(all.body)
        .orders.nodes.map((n) => n.id)
        .sort(),
    ).toEqual([orderA.id, cashierOrderId].sort());
  });
});

describe('internal operations', () => {
  it('are not in the gateway schema', async () => {
    const recover = await h.sg.request('mutation { recoverPendingOrders }', {}, { token: shopA.token });
    expect(errorCodes(recover.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const redeem = await h.sg.request(
      `mutation { redeemPoints(input: { orderId: "x", step: "points", customerId: "c", branchId: "b", points: 1 }) { __typename } }`,
      {},
      { token: shopA.token },
    );
    expect(errorCodes(redeem.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('are refused on the subgraph without the internal secret, and run with it', async () => {
    const url = h.sg.subgraphs.orders?.graphqlUrl;
    if (!url) throw new Error('no orders subgraph');
    const gateway = { [GATEWAY_SECRET_HEADER]: h.sg.gatewaySecret };
    const refused = await postGraphQL(
      url,
      'mutation { recoverPendingOrders }',
      {},
      {
        token: shopA.token,
        headers: gateway,
      },
    );
    expect(errorCodes(refused.body)).toEqual(['FORBIDDEN']);
    const wrong = await postGraphQL(
      url,
      'mutation { recoverPendingOrders }',
      {},
      {
        token: shopA.token,
        headers: { ...gateway, [INTERNAL_SECRET_HEADER]: 'not-the-secret' },
      },
    );
    expect(errorCodes(wrong.body)).toEqual(['FORBIDDEN']);
    const allowed = await postGraphQL<{ recoverPendingOrders: number }>(
      url,
      'mutation { recoverPendingOrders }',
      {},
      {
        headers: { ...gateway, [INTERNAL_SECRET_HEADER]: h.sg.internalSecret },
      },
    );
    expect(typeof expectNoErrors(allowed.body).recoverPendingOrders).toBe('number');

    const customersUrl = h.sg.subgraphs.customers?.graphqlUrl;
    if (!customersUrl) throw new Error('no customers subgraph');
    const redeem = await postGraphQL(
      customersUrl,
      `mutation { redeemPoints(input: { orderId: "x", step: "points", customerId: "c", branchId: "b", points: 1 }) { __typename } }`,
      {},
      { token: shopA.token, headers: gateway },
    );
    expect(errorCodes(redeem.body)).toEqual(['FORBIDDEN']);
  });
});
