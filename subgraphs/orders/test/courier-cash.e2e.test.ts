/**
 * Cash on delivery that closes: a delivery DONE with cash collected becomes a CASH payment on its
 * order (once, however often the event arrives), the courier holds the cash until a cashier counts
 * it into an open shift's drawer (with its variance), and the shift's expected cash includes it.
 */
import { randomBytes } from 'node:crypto';
import { type DomainEvent, EventTypes } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../../gateway/test/harness';
import {
  createDelivery,
  deliveryMutation,
  type MerchantSetup,
  merchantWithCourier,
} from '../../couriers/test/helpers';
import {
  checkout,
  createProduct,
  key,
  type OrdersHarness,
  openShift,
  type Shop,
  startOrdersHarness,
  waitFor,
} from './helpers';

let h: OrdersHarness;
let m: MerchantSetup;
let shop: Shop;
/** Every delivery status event, as couriers published it (to deliver one again). */
const statusEvents: DomainEvent[] = [];

beforeAll(async () => {
  h = await startOrdersHarness();
  await h.sg.bus.subscribe(
    `cod-test-${randomBytes(3).toString('hex')}`,
    [EventTypes.DeliveryStatusChanged],
    async (e) => {
      statusEvents.push(e);
    },
  );
  m = await merchantWithCourier(h.sg);
  shop = { token: m.ownerToken, branchId: m.branchId, ownerId: '', slug: m.merchantSlug };
}, 120_000);
afterAll(() => h?.close());

const run = async <T>(query: string, variables: Record<string, unknown>, token = m.ownerToken) =>
  expectNoErrors((await h.sg.request<T>(query, variables, { token })).body);

const ORDER = /* GraphQL */ `
  query($id: ID!) { order(id: $id) { id paymentStatus payments { method amount deliveryId reference status paidAt } totals { payable paid } } }
`;
type OrderView = {
  order: {
    paymentStatus: string;
    payments: {
      method: string;
      amount: string;
      deliveryId: string | null;
      status: string;
      paidAt: string | null;
    }[];
    totals: { paid: string };
  };
};

const HELD = /* GraphQL */ `
  query($b: ID!) { courierCashHeld(branchId: $b) { courier { id } held collections { deliveryId order { id } amount } } }
`;
type Held = {
  courierCashHeld: { courier: { id: string }; held: string; collections: { deliveryId: string }[] }[];
};

const HANDOVER = /* GraphQL */ `
  mutation($i: RecordCourierHandoverInput!) {
    recordCourierHandover(input: $i) {
      __typename
      ... on CourierHandover { id courier { id } shiftId expected counted variance deliveryIds }
      ... on ErrorResult { code }
    }
  }
`;
type HandoverAnswer = { recordCourierHandover: Record<string, unknown> & { __typename: string } };

const SHIFT = /* GraphQL */ `
  query($id: ID!) { shift(id: $id) { status cashSales courierCash expectedCash variance courierHandovers { counted variance } } }
`;

const paymentsOf = async (orderId: string) => (await run<OrderView>(ORDER, { id: orderId })).order;

/** A delivery with cash to collect, carried out and completed by the courier. */
async function deliveredWithCash(cash: number) {
  const deliveryId = await createDelivery(h.sg, m, { cashOnDelivery: cash });
  const { delivery: sent } = await run<{ delivery: { order: { id: string } } }>(
    'query($id: ID!) { delivery(id: $id) { order { id } } }',
    { id: deliveryId },
  );
  // Sold, and its money still to come with the courier.
  expect(await paymentsOf(sent.order.id)).toMatchObject({
    paymentStatus: 'PENDING',
    payments: [],
    totals: { paid: '0' },
  });
  const started = await deliveryMutation(h.sg, m.courierToken, 'startDelivery(deliveryId: $id)', {
    id: deliveryId,
  });
  expect(started.status).toBe('DELIVERING');
  const done = await deliveryMutation(h.sg, m.courierToken, 'completeDelivery(input: $input)', {
    input: { deliveryId, recipientName: 'Ibu Rina', cashCollected: String(cash) },
  });
  expect(done).toMatchObject({ __typename: 'Delivery', status: 'DONE' });
  return { deliveryId, orderId: sent.order.id };
}

describe('cash collected on delivery', () => {
  it('becomes one CASH payment on the order, also when the DONE event is delivered again', async () => {
    const { deliveryId, orderId } = await deliveredWithCash(25_000);
    await waitFor(async () => (await paymentsOf(orderId)).payments.length > 0, 'the COD payment');
    const done = statusEvents.find(
      (e) =>
        (e.payload as { deliveryId?: string; to?: string }).deliveryId === deliveryId &&
        e.payload.to === 'DONE',
    );
    if (!done) throw new Error('the DONE event was not seen');
    await h.sg.bus.publish(done);
    await h.sg.bus.publish({ ...done, id: `${done.id}-copy` });
    await new Promise((r) => setTimeout(r, 500));
    const order = await paymentsOf(orderId);
    // Paid, like a payment taken at the till, when the courier took the cash (the DONE event's time).
    const collectedAt = new Date(String(done.payload.at)).toISOString();
    expect(order.payments).toEqual([
      {
        method: 'CASH',
        amount: '25000',
        deliveryId,
        reference: deliveryId,
        status: 'PAID',
        paidAt: collectedAt,
      },
    ]);
    expect(order.paymentStatus).toBe('PAID');
    expect(order.totals).toEqual({ payable: '25000', paid: '25000' });
    const paid = h.events.filter(
      (e) => e.type === EventTypes.PaymentRecorded && e.payload.orderId === orderId,
    );
    expect(paid).toHaveLength(1);
    expect(paid[0]?.payload).toMatchObject({
      source: 'CASH_ON_DELIVERY',
      payment: {
        method: 'CASH',
        amount: 25_000,
        deliveryId,
        courierId: m.courierId,
        status: 'PAID',
        paidAt: collectedAt,
      },
    });
  });

  it('is held by the courier until a hand-over counts it into an open shift, with its variance', async () => {
    const held = (await run<Held>(HELD, { b: m.branchId })).courierCashHeld;
    expect(held).toEqual([
      {
        courier: { id: m.courierId },
        held: '25000',
        collections: [expect.objectContaining({ amount: '25000' })],
      },
    ]);
    // The shift is open on the device the next cash-on-delivery order is rung up on: that order's
    // cash is still not a cash sale of this drawer until the courier hands it over.
    const shiftId = await openShift(h.sg, shop, 'dispatch', 100_000);
    const second = await deliveredWithCash(30_000);
    await waitFor(
      async () => (await run<Held>(HELD, { b: m.branchId })).courierCashHeld[0]?.held === '55000',
      'the second collection',
    );
    const { id: productId } = await createProduct(h.sg, shop, { price: 15_000, stock: 10 });
    const sale = await checkout(h.sg, m.ownerToken, {
      idempotencyKey: key(),
      deviceId: 'dispatch',
      branchId: m.branchId,
      lines: [{ productId, quantity: 1 }],
      payments: [{ method: 'CASH', tendered: '20000' }],
    });
    expect(sale).toMatchObject({ __typename: 'Order', shiftId });

    const input = { shiftId, courierId: m.courierId, countedCash: '54000', idempotencyKey: key() };
    const first = (await run<HandoverAnswer>(HANDOVER, { i: input })).recordCourierHandover;
    expect(first).toMatchObject({
      __typename: 'CourierHandover',
      courier: { id: m.courierId },
      shiftId,
      expected: '55000',
      counted: '54000',
      variance: '-1000',
    });
    expect((first.deliveryIds as string[]).at(-1)).toBe(second.deliveryId);
    // The same request again: the same hand-over. The key with another count: refused.
    expect((await run<HandoverAnswer>(HANDOVER, { i: input })).recordCourierHandover).toEqual(first);
    expect(
      (await run<HandoverAnswer>(HANDOVER, { i: { ...input, countedCash: '55000' } })).recordCourierHandover,
    ).toEqual({ __typename: 'IdempotencyKeyReused', code: 'IDEMPOTENCY_KEY_REUSED' });
    // Nothing is left to hand over.
    expect(
      (await run<HandoverAnswer>(HANDOVER, { i: { ...input, idempotencyKey: key() } })).recordCourierHandover,
    ).toEqual({ __typename: 'NothingToHandOver', code: 'NOTHING_TO_HAND_OVER' });
    expect((await run<Held>(HELD, { b: m.branchId })).courierCashHeld).toEqual([]);

    const { shift } = await run<{ shift: Record<string, unknown> }>(SHIFT, { id: shiftId });
    // 100,000 float + 15,000 cash sale + 54,000 counted from the courier; the 30,000 collected on
    // the delivery of an order rung up in this shift is not a cash sale of it.
    expect(shift).toEqual({
      status: 'OPEN',
      cashSales: '15000',
      courierCash: '54000',
      expectedCash: '169000',
      variance: null,
      courierHandovers: [{ counted: '54000', variance: '-1000' }],
    });
    const closed = await run<{ closeShift: { __typename: string; variance: string } }>(
      'mutation($i: CloseShiftInput!) { closeShift(input: $i) { __typename ... on Shift { variance } } }',
      { i: { shiftId, countedCash: '169000' } },
    );
    expect(closed.closeShift).toEqual({ __typename: 'Shift', variance: '0' });
    await waitFor(
      () => h.events.some((e) => e.type === EventTypes.ShiftClosed && e.payload.shiftId === shiftId),
      'the shift-closed event',
    );
    const closedEvent = h.events.find(
      (e) => e.type === EventTypes.ShiftClosed && e.payload.shiftId === shiftId,
    );
    expect(closedEvent?.payload).toMatchObject({
      cashSales: 15_000,
      courierCash: 54_000,
      expected: 169_000,
      variance: 0,
    });
    const handed = h.events.filter(
      (e) => e.type === EventTypes.CourierCashHandedOver && e.payload.shiftId === shiftId,
    );
    expect(handed.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        expected: 55_000,
        counted: 54_000,
        variance: -1_000,
        courierId: m.courierId,
      }),
    ]);
    // A closed shift takes no hand-over.
    expect(
      (await run<HandoverAnswer>(HANDOVER, { i: { ...input, idempotencyKey: key() } })).recordCourierHandover,
    ).toEqual({ __typename: 'ShiftNotOpen', code: 'SHIFT_NOT_OPEN' });
  });

  it('lets only one of two concurrent hand-overs take the cash', async () => {
    await deliveredWithCash(20_000);
    await waitFor(
      async () => (await run<Held>(HELD, { b: m.branchId })).courierCashHeld[0]?.held === '20000',
      'the collection',
    );
    const shiftId = await openShift(h.sg, shop, `till-${randomBytes(2).toString('hex')}`, 0);
    const answers = await Promise.all(
      [0, 1, 2].map(() =>
        run<HandoverAnswer>(HANDOVER, {
          i: { shiftId, courierId: m.courierId, countedCash: '20000', idempotencyKey: key() },
        }),
      ),
    );
    const kinds = answers.map((a) => a.recordCourierHandover.__typename).sort();
    expect(kinds).toEqual(['CourierHandover', 'NothingToHandOver', 'NothingToHandOver']);
    const { shift } = await run<{ shift: { courierCash: string } }>(SHIFT, { id: shiftId });
    expect(shift.courierCash).toBe('20000');
  });

  it("keeps merchants apart: another merchant's cashier sees and takes none of it", async () => {
    await deliveredWithCash(18_000);
    await waitFor(
      async () => (await run<Held>(HELD, { b: m.branchId })).courierCashHeld[0]?.held === '18000',
      'the collection',
    );
    const other = await merchantWithCourier(h.sg, 'Kurir Lain');
    const otherShop = {
      token: other.ownerToken,
      branchId: other.branchId,
      ownerId: '',
      slug: other.merchantSlug,
    };
    const theirShift = await openShift(h.sg, otherShop, 'till-other', 0);
    const taken = await run<HandoverAnswer>(
      HANDOVER,
      { i: { shiftId: theirShift, courierId: m.courierId, countedCash: '18000', idempotencyKey: key() } },
      other.ownerToken,
    );
    expect(taken.recordCourierHandover).toEqual({
      __typename: 'NothingToHandOver',
      code: 'NOTHING_TO_HAND_OVER',
    });
    const peek = await h.sg.request(HELD, { b: m.branchId }, { token: other.ownerToken });
    // Their owner works in every branch of their own merchant; ours reads as holding nothing.
    expect(expectNoErrors(peek.body)).toEqual({ courierCashHeld: [] });
    expect((await run<Held>(HELD, { b: m.branchId })).courierCashHeld[0]?.held).toBe('18000');
  });
});
