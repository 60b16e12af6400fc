/**
 * Ids a dispatcher sends are checked within the merchant (the order with orders, the branch with
 * users), one unresolvable order never breaks a list of deliveries, and input is bounded.
 */
import { getByKey, type Logger, type PubSub, type RunningSubgraph } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { createStaff } from '../../users/test/helpers';
import type { CouriersContext } from '../src/context';
import { insertDelivery } from '../src/services/delivery.service';
import {
  createDelivery,
  createOrder,
  deliveryMutation,
  type MerchantSetup,
  merchantWithCourier,
  REPORT_POSITION,
  startCouriersSupergraph,
} from './helpers';

let sg: Supergraph;
let a: MerchantSetup;
let b: MerchantSetup;

beforeAll(async () => {
  sg = await startCouriersSupergraph();
  [a, b] = await Promise.all([merchantWithCourier(sg), merchantWithCourier(sg)]);
});
afterAll(() => sg?.close());

const CREATE = /* GraphQL */ `
  mutation ($input: CreateDeliveryInput!) {
    createDelivery(input: $input) {
      __typename
      ... on Delivery { id }
      ... on NotFound { code entity }
      ... on OrderNotDeliverable { code orderStatus }
      ... on CashOnDeliveryMismatch { code expected }
    }
  }
`;
const delivery = (m: MerchantSetup, over: Record<string, unknown>) =>
  sg.request(
    CREATE,
    {
      input: {
        branchId: m.branchId,
        address: 'Jl. Mawar 1',
        contactName: 'Ibu Sari',
        contactPhone: '+628133333333',
        ...over,
      },
    },
    { token: m.ownerToken },
  );

describe('createDelivery', () => {
  it("refuses an unknown order, another merchant's order or branch, and blank ids", async () => {
    const [theirOrder, ownOrder] = await Promise.all([createOrder(sg, b), createOrder(sg, a)]);
    // Ids that name nothing of the merchant's: the NotFound member.
    for (const over of [
      { orderId: 'no-such-order' },
      { orderId: theirOrder },
      { orderId: theirOrder, branchId: b.branchId },
    ]) {
      const res = await delivery(a, over);
      expect(expectNoErrors(res.body), JSON.stringify(over)).toEqual({
        createDelivery: { __typename: 'NotFound', code: 'NOT_FOUND', entity: 'Order' },
      });
    }
    // Malformed input, or an order of another branch than the one given: BAD_USER_INPUT.
    for (const over of [
      { orderId: ownOrder, branchId: b.branchId },
      { orderId: '' },
      { orderId: ownOrder, branchId: '' },
      { orderId: ownOrder, address: 'x'.repeat(100_000) },
    ]) {
      const res = await delivery(a, over);
      expect(errorCodes(res.body), JSON.stringify(over).slice(0, 80)).toEqual(['BAD_USER_INPUT']);
    }
    const ok = await delivery(a, { orderId: ownOrder });
    expect(expectNoErrors(ok.body)).toMatchObject({ createDelivery: { __typename: 'Delivery' } });
  });

  it('refuses a voided order, and more cash to collect than the order owes', async () => {
    const voided = await createOrder(sg, a);
    const v = await sg.request<{ voidOrder: { __typename: string } }>(
      'mutation($i: VoidOrderInput!) { voidOrder(input: $i) { __typename } }',
      { i: { orderId: voided, reason: 'batal' } },
      { token: a.ownerToken },
    );
    expect(expectNoErrors(v.body).voidOrder.__typename).toBe('Order');
    expect(expectNoErrors((await delivery(a, { orderId: voided })).body).createDelivery).toEqual({
      __typename: 'OrderNotDeliverable',
      code: 'ORDER_NOT_DELIVERABLE',
      orderStatus: 'VOIDED',
    });
    // Paid by QRIS at the counter: nothing is left for a courier to collect.
    const paid = await createOrder(sg, a);
    const cod = await delivery(a, { orderId: paid, cashOnDelivery: '25000' });
    expect(expectNoErrors(cod.body).createDelivery).toEqual({
      __typename: 'CashOnDeliveryMismatch',
      code: 'CASH_ON_DELIVERY_MISMATCH',
      expected: '0',
    });
  });
});

describe('a delivery assigned the moment it appears', () => {
  it('logs its creation for the creator first: the assignment succeeds and READY is logged once', async () => {
    const running = sg.subgraphs.couriers?.service as RunningSubgraph<CouriersContext>;
    const { models } = await running.contextFor(null);
    const profile = await getByKey<{ merchantId: string }>(models.couriers, a.courierId);
    const merchantId = profile?.merchantId as string;
    // The delivery as its creator left it between the insert and its CREATED entry (seq 0).
    const id = `gap-${Date.now()}`;
    await models.deliveries.create({
      _id: id,
      merchantId,
      branchId: a.branchId,
      orderId: `gap-order-${Date.now()}`,
      status: 'READY',
      seq: 0,
      courierId: null,
      courierUserId: null,
      address: 'Jl. Celah 1',
      contactName: 'Pak Celah',
      contactPhone: '+628155555555',
      fee: 0,
      cashOnDelivery: 0,
      promisedAt: null,
      createdByUserId: 'the-creator',
    });
    const assigned = await deliveryMutation(
      sg,
      a.ownerToken,
      'assignCourier(deliveryId: $id, courierId: $courierId)',
      {
        id,
        courierId: a.courierId,
      },
    );
    expect(assigned.__typename).toBe('Delivery');
    const log = await Promise.all(
      [1, 2, 3].map((seq) =>
        getByKey<{ kind: string; to: string; byUserId: string }>(models.changes, `${id}#${seq}`),
      ),
    );
    expect(log.map((e) => e && { kind: e.kind, to: e.to })).toEqual([
      { kind: 'CREATED', to: 'READY' },
      { kind: 'ASSIGNED', to: 'READY' },
      null,
    ]);
    // Logged for its creator, not for the dispatcher who found it.
    expect(log[0]?.byUserId).toBe('the-creator');
    expect(await getByKey<{ seq: number; courierId: string }>(models.deliveries, id)).toMatchObject({
      seq: 2,
      courierId: a.courierId,
    });
  });
});

describe('createCourier', () => {
  it("refuses another merchant's branch and a blank branch id", async () => {
    const staff = await createStaff(sg, a.ownerToken, { role: 'COURIER' });
    const CREATE_COURIER =
      'mutation ($i: CreateCourierInput!) { createCourier(input: $i) { __typename ... on NotFound { entity } } }';
    const theirs = await sg.request(
      CREATE_COURIER,
      { i: { userId: staff.id, branchId: b.branchId } },
      { token: a.ownerToken },
    );
    expect(expectNoErrors(theirs.body)).toEqual({
      createCourier: { __typename: 'NotFound', entity: 'Branch' },
    });
    const blank = await sg.request(
      CREATE_COURIER,
      { i: { userId: staff.id, branchId: '' } },
      { token: a.ownerToken },
    );
    expect(errorCodes(blank.body)).toEqual(['BAD_USER_INPUT']);
    // Another merchant's staff member is not found either.
    const stranger = await createStaff(sg, b.ownerToken, { role: 'COURIER' });
    const foreign = await sg.request(
      CREATE_COURIER,
      { i: { userId: stranger.id, branchId: a.branchId } },
      { token: a.ownerToken },
    );
    expect(expectNoErrors(foreign.body)).toEqual({
      createCourier: { __typename: 'NotFound', entity: 'User' },
    });
  });
});

describe('reportPosition', () => {
  it('answers a position for no delivery of the courier, a closed delivery or an inactive courier with a typed refusal', async () => {
    const m = await merchantWithCourier(sg, 'Kurir Budi');
    const send = async (input: Record<string, unknown>) =>
      expectNoErrors(
        (await sg.request<{ reportPosition: unknown }>(REPORT_POSITION, { input }, { token: m.courierToken }))
          .body,
      ).reportPosition;
    const here = { lat: -6.9, lng: 107.6 };
    expect(await send(here)).toMatchObject({ __typename: 'CourierPosition', lat: -6.9 });
    const theirs = await createDelivery(sg, b);
    for (const deliveryId of [theirs, 'no-such-delivery'])
      expect(await send({ ...here, deliveryId })).toEqual({
        __typename: 'NotFound',
        code: 'NOT_FOUND',
        message: 'Delivery not found',
      });
    // The status changes of a delivery that is not the merchant's answer NotFound too.
    expect(
      await deliveryMutation(sg, m.ownerToken, 'startDelivery(deliveryId: $id)', { id: theirs }),
    ).toEqual({
      __typename: 'NotFound',
      code: 'NOT_FOUND',
      message: 'Delivery not found',
    });
    const cancelled = await createDelivery(sg, m);
    const cancel = await deliveryMutation(
      sg,
      m.ownerToken,
      'cancelDelivery(deliveryId: $id, reason: $reason)',
      {
        id: cancelled,
        reason: 'batal',
      },
    );
    expect(cancel.status).toBe('CANCELLED');
    expect(await send({ ...here, deliveryId: cancelled })).toEqual({
      __typename: 'InvalidDeliveryTransition',
      code: 'INVALID_TRANSITION',
      message: 'The delivery is CANCELLED',
    });
    const off = await sg.request(
      'mutation ($id: ID!) { updateCourier(id: $id, input: { active: false }) { __typename } }',
      { id: m.courierId },
      { token: m.ownerToken },
    );
    expect(expectNoErrors(off.body)).toEqual({ updateCourier: { __typename: 'Courier' } });
    expect(await send(here)).toEqual({
      __typename: 'CourierUnavailable',
      code: 'COURIER_UNAVAILABLE',
      message: 'Only an active courier can report positions',
    });
  });
});

describe('a list of deliveries', () => {
  it('answers every row when one order cannot be resolved', async () => {
    const good = await createDelivery(sg, a, { assign: false });
    const running = sg.subgraphs.couriers?.service as RunningSubgraph<CouriersContext>;
    const { models } = await running.contextFor(null);
    const profile = await getByKey<{ merchantId: string }>(models.couriers, a.courierId);
    // A delivery written before orders were checked, pointing at an order that does not exist.
    const deps = {
      models,
      pubsub: { publish: async () => {} } as unknown as PubSub,
      logger: { warn: () => {}, info: () => {} } as unknown as Logger,
      published: () => {},
    };
    const { delivery: broken } = await insertDelivery(
      deps,
      profile?.merchantId as string,
      {
        orderId: 'lost-order',
        branchId: a.branchId,
        address: 'Jl. Lama',
        contactName: 'Lama',
        contactPhone: '+628100000000',
        fee: 0,
        cashOnDelivery: 0,
        promisedAt: null,
      },
      'legacy',
    );
    const res = await sg.request<{ deliveries: { id: string; order: { status: string } | null }[] }>(
      '{ deliveries(first: 50) { id order { status } } }',
      {},
      { token: a.ownerToken },
    );
    const rows = expectNoErrors(res.body).deliveries;
    expect(rows.find((r) => r.id === good)?.order).toEqual({ status: 'COMPLETED' });
    expect(rows.find((r) => r.id === broken._id)?.order).toBeNull();
  });

  it('refuses page sizes outside 1..200', async () => {
    for (const first of [0, 201, 1_000_000]) {
      const res = await sg.request(
        'query ($f: Int) { deliveries(first: $f) { id } }',
        { f: first },
        {
          token: a.ownerToken,
        },
      );
      expect(errorCodes(res.body)).toEqual(['BAD_USER_INPUT']);
    }
  });
});
