import { randomBytes } from 'node:crypto';
import {
  type DomainEvent,
  EventTypes,
  getByKey,
  type Logger,
  type PubSub,
  type RunningSubgraph,
  type ScanWatch,
  watchScans,
} from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors, postGraphQL, type Supergraph } from '../../../gateway/test/harness';
import type { CouriersContext } from '../src/context';
import type { CouriersModels } from '../src/models';
import { insertDelivery } from '../src/services/delivery.service';
import {
  createDelivery,
  deliveryMutation,
  type MerchantSetup,
  merchantWithCourier,
  REPORT_POSITION,
  startCouriersSupergraph,
} from './helpers';

const ENTITIES = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Delivery { id status history { seq kind } trail { lat } courier { id } }
      ... on Courier { id lastPosition { lat } }
      ... on Order { id delivery { id status } }
    }
  }
`;

/** An `order-completed` event asking for a delivery, as orders publishes it (the fields couriers reads). */
function orderCompleted(m: MerchantSetup & { merchantId: string }, orderId: string): DomainEvent {
  return {
    id: `${orderId}:completed`,
    type: EventTypes.OrderCompleted,
    merchantId: m.merchantId,
    branchId: m.branchId,
    occurredAt: new Date(),
    payload: {
      orderId,
      branchId: m.branchId,
      cashierId: m.courierUserId,
      delivery: {
        address: 'Jl. Mawar 1, Bandung',
        contactName: 'Pak Joko',
        contactPhone: '+628133333333',
        promisedAt: null,
        fee: 10000,
        cashOnDelivery: 0,
      },
    },
  };
}

/**
 * What couriers does per event and per request costs the same however many deliveries, changes,
 * trail points and processed events it holds: every read and write goes by exact `_id`, which
 * the embedded engine answers from its index (any other filter reads the whole collection).
 */
describe('couriers hot paths on a database that already holds data', () => {
  let sg: Supergraph;
  let m: MerchantSetup & { merchantId: string };
  let models: CouriersModels;
  let watch: ScanWatch;

  /** `_entities` of the couriers subgraph, as the gateway sends it, for the dispatcher. */
  const entities = async (r: Record<string, string>[]) =>
    (
      await postGraphQL<{ _entities: unknown[] }>(
        sg.subgraphs.couriers?.graphqlUrl as string,
        ENTITIES,
        { r },
        { token: m.ownerToken, headers: { 'x-gateway-secret': sg.gatewaySecret } },
      )
    ).body;

  const waitFor = async <T>(read: () => Promise<T | null>): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const value = await read();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('timed out');
  };

  beforeAll(async () => {
    sg = await startCouriersSupergraph();
    const setup = await merchantWithCourier(sg);
    const running = sg.subgraphs.couriers?.service as RunningSubgraph<CouriersContext>;
    models = (await running.contextFor(null)).models;
    const profile = await getByKey<{ merchantId: string }>(models.couriers, setup.courierId);
    m = { ...setup, merchantId: profile?.merchantId as string };

    // Other merchants' deliveries with their change logs, and this merchant's with trails.
    const deps = {
      models,
      pubsub: { publish: async () => {} } as unknown as PubSub,
      logger: { warn: () => {}, info: () => {} } as unknown as Logger,
    };
    for (let i = 0; i < 120; i++) {
      const merchantId = randomBytes(12).toString('hex');
      const input = {
        orderId: `seed-${i}`,
        branchId: 'branch',
        address: 'Jl. Seed',
        contactName: 'Seed',
        contactPhone: '+628100000000',
        fee: 0,
        cashOnDelivery: 0,
        promisedAt: null,
      };
      await insertDelivery(deps, merchantId, input, 'seeder');
    }
    for (let i = 0; i < 3; i++) {
      const id = await createDelivery(sg, m);
      await deliveryMutation(sg, m.courierToken, 'startDelivery(deliveryId: $id)', { id });
      const input = { deliveryId: id, lat: -6.9, lng: 107.6 };
      for (let p = 0; p < 10; p++)
        expectNoErrors((await sg.request(REPORT_POSITION, { input }, { token: m.courierToken })).body);
    }
    watch = watchScans([models.deliveries.db]);
  });
  afterAll(async () => {
    watch?.stop();
    await sg?.close();
  });

  it('creates, changes, tracks and resolves a delivery without scanning a collection', async () => {
    const orderId = `order-${randomBytes(6).toString('hex')}`;
    watch.reset();

    // The order-completed consumer, and a redelivery of the same event.
    const event = orderCompleted(m, orderId);
    await sg.bus.publish(event);
    await sg.bus.publish(event);
    const created = await waitFor(async () => {
      const [order] = expectNoErrors(await entities([{ __typename: 'Order', id: orderId }]))._entities;
      return (order as { delivery: { id: string } | null }).delivery;
    });
    const deliveryId = created.id;
    await waitFor(
      async () => ((await getByKey<{ seq: number }>(models.deliveries, deliveryId))?.seq ?? 0) > 0,
    );

    // Status changes and positions, as the dispatcher and the courier send them.
    const assign = 'assignCourier(deliveryId: $id, courierId: $courierId)';
    expect(
      (await deliveryMutation(sg, m.ownerToken, assign, { id: deliveryId, courierId: m.courierId }))
        .__typename,
    ).toBe('Delivery');
    expect(
      (await deliveryMutation(sg, m.courierToken, 'startDelivery(deliveryId: $id)', { id: deliveryId }))
        .status,
    ).toBe('DELIVERING');
    for (const lat of [-6.8, -6.81, -6.82]) {
      const { body } = await sg.request(
        REPORT_POSITION,
        { input: { deliveryId, lat, lng: 107.6 } },
        {
          token: m.courierToken,
        },
      );
      expectNoErrors(body);
    }
    const done = await deliveryMutation(sg, m.courierToken, 'completeDelivery(input: $input)', {
      input: { deliveryId, recipientName: 'Pak Joko', cashCollected: '0' },
    });
    expect(done.status).toBe('DONE');
    expectNoErrors((await sg.request('{ myCourier { id } }', {}, { token: m.courierToken })).body);

    // `_entities`, as the gateway asks couriers for deliveries, couriers and orders.
    const body = await entities([
      { __typename: 'Delivery', id: deliveryId },
      { __typename: 'Courier', id: m.courierId },
      { __typename: 'Order', id: orderId },
      { __typename: 'Order', id: 'no-delivery' },
    ]);
    expect(expectNoErrors(body)._entities).toEqual([
      {
        id: deliveryId,
        status: 'DONE',
        history: [
          { seq: 1, kind: 'CREATED' },
          { seq: 2, kind: 'ASSIGNED' },
          { seq: 3, kind: 'STARTED' },
          { seq: 4, kind: 'COMPLETED' },
        ],
        trail: [{ lat: -6.8 }, { lat: -6.81 }, { lat: -6.82 }],
        courier: { id: m.courierId },
      },
      { id: m.courierId, lastPosition: { lat: -6.82 } },
      { id: orderId, delivery: { id: deliveryId, status: 'DONE' } },
      { id: 'no-delivery', delivery: null },
    ]);

    expect(watch.commands()).toBeGreaterThan(20);
    expect(watch.scans()).toEqual([]);
  });
});
