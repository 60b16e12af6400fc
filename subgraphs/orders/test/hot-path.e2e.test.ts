import { GATEWAY_SECRET_HEADER, watchScans } from '@pos/kit';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors, postGraphQL } from '../../../gateway/test/harness';
import {
  CHECKOUT,
  type CheckoutResult,
  checkout,
  createProduct,
  key,
  openShift,
  type Shop,
  seedShop,
} from './helpers';
import {
  CHECK_PAYMENT,
  chargedPayment,
  ORDER_QUERY,
  type OrderView,
  type PaymentsHarness,
  payCheckout,
  startPaymentsHarness,
} from './payments-helpers';

/** Collections of the orders database that grow with sales: the hot path may read them by `_id` only. */
const GROWING = new Set([
  'orders',
  'checkout_keys',
  'decisions',
  'order_numbers',
  'order_number_hints',
  'order_adjustments',
  'shifts',
  'shift_locks',
  'cash_movements',
  'carts',
  'pending_orders',
  'pending_adjustments',
  'payment_charges',
  'payment_accounts',
  'pending_payments',
]);
const SEEDED = 300;

let h: PaymentsHarness;
let shop: Shop;
let productId: string;
beforeAll(async () => {
  // Orders charges QRIS through the local Midtrans simulator, as under `npm start`.
  h = await startPaymentsHarness({}, { recoveryIntervalMs: 1_000 });
  shop = await seedShop(h.sg);
  productId = (await createProduct(h.sg, shop, { price: 3_000, stock: 10_000 })).id;
  await openShift(h.sg, shop, 'till-h');
  await seedHistory();
}, 120_000);
afterAll(() => h?.close());

/** A few sales through the real path, then many more like them written directly: a shop with history. */
async function seedHistory() {
  for (let i = 0; i < 3; i++) {
    const sale = await checkout(h.sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-h',
      branchId: shop.branchId,
      lines: [{ productId, quantity: 1 }],
      payments: [{ method: 'CASH', tendered: '5000' }],
    });
    expect(sale.status).toBe('COMPLETED');
  }
  const db = h.orders.models.orders.db;
  const sample = await db.collection('orders').findOne({});
  if (!sample) throw new Error('no order to copy');
  const copies = (make: (i: number) => Record<string, unknown>) =>
    Array.from({ length: SEEDED }, (_, i) => make(i));
  const oid = () => new Types.ObjectId().toHexString();
  const day = (i: number) => `2020-01-${String((i % 28) + 1).padStart(2, '0')}`;
  await db.collection('orders').insertMany(
    copies((i) => ({
      ...sample,
      _id: oid(),
      idempotencyKey: `seed-${i}`,
      number: `SEED/${i}`,
      outbox: [],
    })) as never,
  );
  await db.collection('checkout_keys').insertMany(
    copies((i) => ({
      _id: `${sample.merchantId}|till-h|seed-${i}`,
      merchantId: sample.merchantId,
      orderId: oid(),
    })) as never,
  );
  await db
    .collection('decisions')
    .insertMany(
      copies(() => ({ _id: `order:${oid()}`, merchantId: sample.merchantId, outcome: 'COMPLETED' })) as never,
    );
  await db.collection('order_numbers').insertMany(
    copies((i) => ({
      _id: `${sample.merchantId}|${sample.branchId}|${day(i)}|${1000 + i}`,
      merchantId: sample.merchantId,
      branchId: sample.branchId,
      businessDate: day(i),
      seq: 1000 + i,
      orderId: oid(),
    })) as never,
  );
  const shift = { merchantId: sample.merchantId, branchId: sample.branchId, status: 'CLOSED' };
  await db
    .collection('shifts')
    .insertMany(copies((i) => ({ ...shift, _id: oid(), deviceId: `old-${i}` })) as never);
  await db.collection('carts').insertMany(
    copies(() => ({
      _id: oid(),
      merchantId: sample.merchantId,
      status: 'CHECKED_OUT',
      lines: [],
    })) as never,
  );
  await db.collection('order_adjustments').insertMany(
    copies((i) => ({
      _id: oid(),
      merchantId: sample.merchantId,
      orderId: oid(),
      seq: 1,
      key: `k${i}`,
      applied: true,
    })) as never,
  );
}

const run = async <T>(query: string, variables: Record<string, unknown>) =>
  expectNoErrors((await h.sg.request<T>(query, variables, { token: shop.token })).body);

describe('the checkout path on a shop with history', () => {
  it('reads and writes the orders database by exact _id only', async () => {
    const { createCart: cart } = await run<{ createCart: { id: string } }>(
      'mutation($i: CreateCartInput!) { createCart(input: $i) { ... on Cart { id } } }',
      { i: { branchId: shop.branchId, deviceId: 'till-h' } },
    );
    const watch = watchScans([h.orders.models.orders.db]);
    try {
      await run(
        'mutation($c: ID!, $l: SaleLineInput!) { addCartLine(cartId: $c, line: $l) { ... on Cart { id } } }',
        {
          c: cart.id,
          l: { productId, quantity: 2 },
        },
      );
      const read = await run<{ cart: { status: string } }>('query($c: ID!) { cart(id: $c) { id status } }', {
        c: cart.id,
      });
      expect(read.cart.status).toBe('OPEN');
      const input = {
        idempotencyKey: key(),
        deviceId: 'till-h',
        branchId: shop.branchId,
        cartId: cart.id,
        payments: [{ method: 'CASH', tendered: '10000' }],
      };
      const sale = await checkout(h.sg, shop.token, input);
      expect(sale, JSON.stringify(sale)).toMatchObject({ __typename: 'Order', status: 'COMPLETED' });
      expect(sale.number).toMatch(/\/0004$/);
      const replay = await checkout(h.sg, shop.token, input);
      expect(replay).toEqual(sale);
      const shift = await run<{ currentShift: { status: string } | null }>(
        'query($d: String!) { currentShift(deviceId: $d) { id status openingFloat } }',
        { d: 'till-h' },
      );
      expect(shift.currentShift?.status).toBe('OPEN');
      const url = h.sg.subgraphs.orders?.graphqlUrl ?? '';
      const entities = await postGraphQL<{ _entities: ({ id: string } | null)[] }>(
        url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id number status } } }',
        { r: [{ __typename: 'Order', id: sale.id }] },
        { token: shop.token, headers: { [GATEWAY_SECRET_HEADER]: h.sg.gatewaySecret } },
      );
      expect(expectNoErrors(entities.body)._entities[0]?.id).toBe(sale.id);
      // The background loops, once the sale's event is out: O(pending) too.
      await h.orders.recovery.runOnce();
      await h.orders.relay.drain(100);
      const scans = watch.scans().filter((s) => GROWING.has(s.collection));
      expect(scans).toEqual([]);
      expect(watch.commands()).toBeGreaterThan(0);
    } finally {
      watch.stop();
    }
  }, 120_000);

  it('charges QRIS through the provider and completes on its notification by exact _id only', async () => {
    const watch = watchScans([h.orders.models.orders.db]);
    try {
      const order = await payCheckout(h, shop.token, {
        idempotencyKey: key(),
        deviceId: 'till-h',
        branchId: shop.branchId,
        lines: [{ productId, quantity: 1 }],
        payments: [{ method: 'QRIS', amount: '3000', charge: true }],
      });
      expect(order).toMatchObject({ __typename: 'Order', status: 'PENDING', paymentStatus: 'PENDING' });
      const { chargeId } = chargedPayment(order).charge;
      const checked = await run<{ checkPaymentStatus: OrderView }>(CHECK_PAYMENT, { id: order.id });
      expect(checked.checkPaymentStatus.status).toBe('PENDING');
      // The customer pays; the notification comes through the gateway's webhook.
      expect((await h.sim.pay(chargeId))?.status).toBe(200);
      const paid = await run<{ order: OrderView }>(ORDER_QUERY, { id: order.id });
      expect(paid.order).toMatchObject({ status: 'COMPLETED', paymentStatus: 'PAID' });
      expect(chargedPayment(paid.order).charge.alerts).toEqual([]);
      await h.orders.recovery.runOnce();
      await h.orders.relay.drain(100);
      const scans = watch.scans().filter((s) => GROWING.has(s.collection));
      expect(scans).toEqual([]);
      expect(watch.commands()).toBeGreaterThan(0);
    } finally {
      watch.stop();
    }
  }, 120_000);

  it('answers 25 concurrent and 10 later replays of one key with the first outcome, no errors', async () => {
    const input = {
      idempotencyKey: key(),
      deviceId: 'till-h',
      branchId: shop.branchId,
      lines: [{ productId, quantity: 1 }],
      payments: [{ method: 'QRIS', amount: '3000', reference: 'QR-R' }],
    };
    const concurrent = await Promise.all(
      Array.from({ length: 25 }, () =>
        h.sg.request<{ checkout: CheckoutResult }>(CHECKOUT, { input }, { token: shop.token }),
      ),
    );
    const later = [];
    for (let i = 0; i < 10; i++)
      later.push(
        await h.sg.request<{ checkout: CheckoutResult }>(CHECKOUT, { input }, { token: shop.token }),
      );
    const all = [...concurrent, ...later];
    for (const r of all) expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    expect(new Set(all.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(all[0]?.body.data?.checkout).toMatchObject({ __typename: 'Order', status: 'COMPLETED' });
  }, 120_000);
});
