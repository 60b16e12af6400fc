/**
 * Orders and customers together, through the gateway: purchase history on the customer entity,
 * paying with points and kasbon, and the saga giving points back when a later step fails.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../../gateway/test/harness';
import { createCustomer, eventually } from '../../customers/test/helpers';
import {
  checkout,
  createProduct,
  expectLedgerInvariant,
  key,
  type OrdersHarness,
  openShift,
  type Shop,
  seedShop,
  startOrdersHarness,
  stockBalance,
  stockLedger,
} from './helpers';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrdersHarness();
});
afterAll(() => h?.close());

const phone = () => `+62812${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

const SETTINGS = /* GraphQL */ `
  mutation ($i: LoyaltySettingsInput!) {
    setLoyaltySettings(input: $i) { ... on LoyaltySettings { earnAmount redeemValuePerPoint } }
  }
`;
const ADJUST = /* GraphQL */ `
  mutation ($i: AdjustPointsInput!) {
    adjustPoints(input: $i) { __typename ... on PointsEntry { balance } ... on InsufficientPoints { code } }
  }
`;
const LIMIT = /* GraphQL */ `
  mutation ($id: ID!, $l: Money!) { setCreditLimit(customerId: $id, limit: $l) { ... on Customer { id } } }
`;
const ACCOUNT = /* GraphQL */ `
  query ($id: ID!) { customer(id: $id) { points credit { balance limit available } } }
`;

interface Account {
  points: number;
  credit: { balance: string; limit: string; available: string };
}

async function account(shop: Shop, id: string): Promise<Account> {
  const { body } = await h.sg.request<{ customer: Account }>(ACCOUNT, { id }, { token: shop.token });
  return expectNoErrors(body).customer;
}

async function settings(shop: Shop, input: Record<string, unknown>) {
  const { body } = await h.sg.request(SETTINGS, { i: input }, { token: shop.token });
  expectNoErrors(body);
}

async function givePoints(shop: Shop, customerId: string, points: number) {
  const { body } = await h.sg.request<{ adjustPoints: { __typename: string; balance: number } }>(
    ADJUST,
    { i: { customerId, points, reason: 'saldo awal' } },
    { token: shop.token },
  );
  expect(expectNoErrors(body).adjustPoints.__typename).toBe('PointsEntry');
}

/** A shop with loyalty (1 point per Rp10.000, a point worth Rp100), a customer, and an open till. */
async function setup(opts: { earn?: boolean; stock?: number; price?: number } = {}) {
  const { sg } = h;
  const shop = await seedShop(sg);
  await settings(shop, {
    earnAmount: opts.earn ? '10000' : '0',
    earnPoints: 1,
    redeemValuePerPoint: '100',
  });
  const customerId = await createCustomer(sg, shop.token, { name: 'Bu Ani', phone: phone() });
  const product = await createProduct(sg, shop, { price: opts.price ?? 50_000, stock: opts.stock ?? 10 });
  const deviceId = `till-${randomBytes(3).toString('hex')}`;
  await openShift(sg, shop, deviceId);
  return { shop, customerId, product, deviceId };
}

describe('purchase history across subgraphs', () => {
  it('lists both sales of a customer on the customer entity, and the sales earn points', async () => {
    const { shop, customerId, product, deviceId } = await setup({ earn: true, price: 25_000 });
    const sale = (quantity: number, tendered: string) =>
      checkout(h.sg, shop.token, {
        idempotencyKey: key(),
        deviceId,
        branchId: shop.branchId,
        customerId,
        lines: [{ barcode: product.barcode, quantity }],
        payments: [{ method: 'CASH', tendered }],
      });
    const first = await sale(1, '25000');
    expect(first.__typename, JSON.stringify(first)).toBe('Order');
    const second = await sale(2, '50000');
    expect(second.__typename, JSON.stringify(second)).toBe('Order');

    const { body } = await h.sg.request<{
      customer: {
        name: string;
        orders: { nodes: { id: string; number: string; totals: { total: string } }[] };
      };
    }>(
      `query ($id: ID!) { customer(id: $id) { name orders { nodes { id number totals { total } } hasNextPage } } }`,
      { id: customerId },
      { token: shop.token },
    );
    const customer = expectNoErrors(body).customer;
    expect(customer.name).toBe('Bu Ani');
    // Newest first.
    expect(customer.orders.nodes).toEqual([
      { id: second.id, number: second.number, totals: { total: '50000' } },
      { id: first.id, number: first.number, totals: { total: '25000' } },
    ]);
    // Earned through the order-completed events: 2 + 5 points.
    await eventually(async () => expect((await account(shop, customerId)).points).toBe(7));
  });

  it("does not list another merchant's sales for a customer id", async () => {
    const { shop, customerId, product, deviceId } = await setup();
    const order = await checkout(h.sg, shop.token, {
      idempotencyKey: key(),
      deviceId,
      branchId: shop.branchId,
      customerId,
      lines: [{ barcode: product.barcode, quantity: 1 }],
      payments: [{ method: 'CASH', tendered: '50000' }],
    });
    expect(order.__typename).toBe('Order');
    const other = await seedShop(h.sg);
    const { body } = await h.sg.request<{ customer: unknown }>(
      `query ($id: ID!) { customer(id: $id) { name orders { nodes { id } } } }`,
      { id: customerId },
      { token: other.token },
    );
    expect(expectNoErrors(body).customer).toBeNull();
  });
});

describe('paying with points', () => {
  it('takes exactly the redeemed points, the rest in cash', async () => {
    const { shop, customerId, product, deviceId } = await setup();
    await givePoints(shop, customerId, 500);
    expect((await account(shop, customerId)).points).toBe(500);

    const order = await checkout(h.sg, shop.token, {
      idempotencyKey: key(),
      deviceId,
      branchId: shop.branchId,
      customerId,
      lines: [{ barcode: product.barcode, quantity: 1 }],
      payments: [
        { method: 'POINTS', points: 200, amount: '20000' },
        { method: 'CASH', tendered: '30000' },
      ],
    });
    expect(order.__typename, JSON.stringify(order)).toBe('Order');
    expect(order.status).toBe('COMPLETED');
    expect(order.payments?.map((p) => [p.method, p.amount])).toEqual(
      expect.arrayContaining([
        ['POINTS', '20000'],
        ['CASH', '30000'],
      ]),
    );
    expect((await account(shop, customerId)).points).toBe(300);
    // Earning is off: the completed event must not move the balance afterwards either.
    await new Promise((r) => setTimeout(r, 300));
    expect((await account(shop, customerId)).points).toBe(300);
    expect(await stockBalance(h.sg, shop, product.id)).toBe(9);
  });

  it('refuses more points than the customer has, taking nothing', async () => {
    const { shop, customerId, product, deviceId } = await setup();
    await givePoints(shop, customerId, 50);
    const result = await checkout(h.sg, shop.token, {
      idempotencyKey: key(),
      deviceId,
      branchId: shop.branchId,
      customerId,
      lines: [{ barcode: product.barcode, quantity: 1 }],
      payments: [
        { method: 'POINTS', points: 200, amount: '20000' },
        { method: 'CASH', tendered: '30000' },
      ],
    });
    expect(result.__typename).toBe('InsufficientPoints');
    expect(result.code).toBe('INSUFFICIENT_POINTS');
    expect((await account(shop, customerId)).points).toBe(50);
    expect(await stockBalance(h.sg, shop, product.id)).toBe(10);
  });
});

describe('compensation', () => {
  it('gives points and stock back when the credit step after them fails', async () => {
    const { shop, customerId, product } = await setup({ stock: 5 });
    await givePoints(shop, customerId, 500);
    const limit = await h.sg.request(LIMIT, { id: customerId, l: '10000' }, { token: shop.token });
    expectNoErrors(limit.body);
    const before = await account(shop, customerId);
    const ledgerBefore = await stockLedger(h.sg, shop, product.id);

    // Steps run stock -> points -> credit: stock and points are taken, then the kasbon is refused.
    const result = await checkout(h.sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-no-cash',
      branchId: shop.branchId,
      customerId,
      lines: [{ barcode: product.barcode, quantity: 2 }],
      payments: [
        { method: 'POINTS', points: 300, amount: '30000' },
        { method: 'CUSTOMER_CREDIT', amount: '70000' },
      ],
    });
    expect(result.__typename, JSON.stringify(result)).toBe('CreditLimitExceeded');
    expect(result.code).toBe('CREDIT_LIMIT_EXCEEDED');

    expect(await account(shop, customerId)).toEqual(before);
    expect(before.points).toBe(500);
    expect(await stockBalance(h.sg, shop, product.id)).toBe(5);
    const ledger = await stockLedger(h.sg, shop, product.id);
    expectLedgerInvariant(ledger);
    // The reservation happened and was released: proof the points step ran after stock.
    const moves = ledger.slice(ledgerBefore.length).map((e) => e.change);
    expect(moves).toEqual([-2, 2]);

    const { body } = await h.sg.request<{ customer: { pointsHistory: { nodes: { change: number }[] } } }>(
      `query ($id: ID!) { customer(id: $id) { pointsHistory { nodes { change } } } }`,
      { id: customerId },
      { token: shop.token },
    );
    const changes = expectNoErrors(body).customer.pointsHistory.nodes.map((n) => n.change);
    expect(changes).toEqual(expect.arrayContaining([500, -300, 300]));
    expect(changes.reduce((a, b) => a + b, 0)).toBe(500);

    // Not in the purchase history: a cancelled checkout is not a sale.
    const history = await h.sg.request<{ customer: { orders: { nodes: unknown[] } } }>(
      `query ($id: ID!) { customer(id: $id) { orders { nodes { id } } } }`,
      { id: customerId },
      { token: shop.token },
    );
    expect(expectNoErrors(history.body).customer.orders.nodes).toEqual([]);
  });
});

describe('customer credit (kasbon)', () => {
  it('refuses a charge over the limit: typed failure, nothing charged, no stock taken', async () => {
    const { shop, customerId, product } = await setup({ stock: 5 });
    const limit = await h.sg.request(LIMIT, { id: customerId, l: '40000' }, { token: shop.token });
    expectNoErrors(limit.body);
    const ledgerBefore = await stockLedger(h.sg, shop, product.id);

    const result = await checkout(h.sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-no-cash',
      branchId: shop.branchId,
      customerId,
      lines: [{ barcode: product.barcode, quantity: 1 }],
      payments: [{ method: 'CUSTOMER_CREDIT', amount: '50000' }],
    });
    expect(result.__typename, JSON.stringify(result)).toBe('CreditLimitExceeded');
    expect(result.code).toBe('CREDIT_LIMIT_EXCEEDED');

    expect((await account(shop, customerId)).credit).toEqual({
      balance: '0',
      limit: '40000',
      available: '40000',
    });
    expect(await stockBalance(h.sg, shop, product.id)).toBe(5);
    const ledger = await stockLedger(h.sg, shop, product.id);
    expectLedgerInvariant(ledger);
    expect(ledger.slice(ledgerBefore.length).reduce((a, e) => a + e.change, 0)).toBe(0);

    // With a higher limit the same kasbon sale goes through and is owed.
    const raised = await h.sg.request(LIMIT, { id: customerId, l: '100000' }, { token: shop.token });
    expectNoErrors(raised.body);
    const paid = await checkout(h.sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-no-cash',
      branchId: shop.branchId,
      customerId,
      lines: [{ barcode: product.barcode, quantity: 1 }],
      payments: [{ method: 'CUSTOMER_CREDIT', amount: '50000' }],
    });
    expect(paid.__typename, JSON.stringify(paid)).toBe('Order');
    expect((await account(shop, customerId)).credit).toEqual({
      balance: '50000',
      limit: '100000',
      available: '50000',
    });
    expect(await stockBalance(h.sg, shop, product.id)).toBe(4);
  });
});
