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
  type MerchantSetup,
  merchantWithCourier,
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
      ... on ErrorResult { code }
      ... on NotFound { entity }
      ... on OrderNotDeliverable { status }
      ... on CashOnDeliveryMismatch { expected }
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
  it("answers NotFound for an order that does not exist and for another merchant's order", async () => {
    const theirOrder = await createOrder(sg, b);
    for (const over of [
      { orderId: 'no-such-order' },
      { orderId: theirOrder },
      { orderId: theirOrder, branchId: b.branchId },
    ]) {
      const res = await delivery(a, over);
      expect(expectNoErrors(res.body).createDelivery, JSON.stringify(over)).toEqual({
        __typename: 'NotFound',
        code: 'NOT_FOUND',
        entity: 'Order',
      });
    }
    // Nothing was created for them: the real order of B still takes its own delivery.
    const theirs = await delivery(b, { orderId: theirOrder });
    expect(expectNoErrors(theirs.body).createDelivery).toMatchObject({ __typename: 'Delivery' });
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
      status: 'VOIDED',
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

  it("refuses another merchant's branch, blank ids and oversized input", async () => {
    const ownOrder = await createOrder(sg, a);
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
});

describe('createCourier', () => {
  it("refuses another merchant's branch and a blank branch id", async () => {
    const staff = await createStaff(sg, a.ownerToken, { role: 'COURIER' });
    for (const branchId of [b.branchId, '']) {
      const res = await sg.request(
        'mutation ($i: CreateCourierInput!) { createCourier(input: $i) { __typename } }',
        { i: { userId: staff.id, branchId } },
        { token: a.ownerToken },
      );
      expect(errorCodes(res.body)).toEqual(['BAD_USER_INPUT']);
    }
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
