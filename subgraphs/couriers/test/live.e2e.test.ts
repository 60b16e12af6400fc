import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Supergraph } from '../../../gateway/test/harness';
import { expectNoErrors } from '../../../gateway/test/harness';
import { registerModels } from '../src/models';
import {
  collect,
  createDelivery,
  deliveryMutation,
  liveClient,
  type MerchantSetup,
  merchantWithCourier,
  REPORT_POSITION,
  settle,
  startCouriersSupergraph,
} from './helpers';

const BRANCH_POSITIONS = /* GraphQL */ `
  subscription($branchId: ID!) {
    branchCourierPositions(branchId: $branchId) {
      lat lng recordedAt
      courier { id user { id name } branch { id name } }
      delivery { id status order { id } }
    }
  }
`;

const STATUS_CHANGES = /* GraphQL */ `
  subscription($branchId: ID!) {
    deliveryStatusChanges(branchId: $branchId) {
      kind from to late
      delivery { id status late courier { user { name } } }
    }
  }
`;

interface PositionEvent {
  branchCourierPositions: {
    lat: number;
    courier: { id: string; user: { name: string }; branch: { name: string } };
    delivery: { id: string; status: string } | null;
  };
}
interface StatusEvent {
  deliveryStatusChanges: {
    kind: string;
    from: string | null;
    to: string;
    late: boolean;
    delivery: { id: string; late: boolean; courier: { user: { name: string } } | null };
  };
}

describe('live courier tracking through the gateway', () => {
  let sg: Supergraph;
  let a: MerchantSetup;
  let b: MerchantSetup;

  beforeAll(async () => {
    sg = await startCouriersSupergraph();
    a = await merchantWithCourier(sg, 'Kurir Andi');
    b = await merchantWithCourier(sg, 'Kurir Budi');
  });
  afterAll(async () => {
    await sg?.close();
  });

  it('a dispatcher receives all 20 positions in order, with users fields resolved per event', async () => {
    const deliveryId = await createDelivery(sg, a);
    expect(
      (await deliveryMutation(sg, a.courierToken, 'startDelivery(deliveryId: $id)', { id: deliveryId }))
        .status,
    ).toBe('DELIVERING');
    const client = liveClient(sg, a.ownerToken);
    const sub = collect<PositionEvent>(client, BRANCH_POSITIONS, { branchId: a.branchId });
    await settle();
    for (let i = 0; i < 20; i++) {
      const { body } = await sg.request(
        REPORT_POSITION,
        { input: { deliveryId, lat: -6.9 + i / 1000, lng: 107.6, accuracy: 5, heading: 90, speed: 8 } },
        { token: a.courierToken },
      );
      expectNoErrors(body);
    }
    const events = await sub.waitFor(20);
    expect(sub.errors).toEqual([]);
    expect(events.map((e) => e.branchCourierPositions.lat)).toEqual(
      Array.from({ length: 20 }, (_, i) => -6.9 + i / 1000),
    );
    const first = events[0]?.branchCourierPositions;
    expect(first?.courier.user.name).toBe('Kurir Andi');
    expect(first?.courier.branch.name).toBe('Pusat');
    expect(first?.delivery).toMatchObject({ id: deliveryId, status: 'DELIVERING' });
    sub.stop();
    await client.dispose();

    const { body } = await sg.request<{ delivery: { trail: unknown[] } }>(
      'query($id: ID!) { delivery(id: $id) { trail(last: 100) { lat } } }',
      { id: deliveryId },
      { token: a.ownerToken },
    );
    expect(expectNoErrors(body).delivery.trail).toHaveLength(20);
  });

  it('repairs a delivery whose change was logged but never projected (a crash in between)', async () => {
    const id = await createDelivery(sg, a);
    const conn = await mongoose
      .createConnection(inject('mongodbUri'), { dbName: sg.subgraphs.couriers?.dbName as string })
      .asPromise();
    try {
      const models = registerModels(conn);
      const before = await models.deliveries.findOne({ _id: id }).setOptions({ crossTenant: true }).lean();
      const merchantId = before?.merchantId as string;
      const startedAt = new Date();
      // What a writer that won the start and died before projecting it leaves behind.
      await models.changes.create({
        _id: `crashed-${id}`,
        merchantId,
        deliveryId: id,
        seq: (before?.seq ?? 0) + 1,
        kind: 'STARTED',
        from: 'READY',
        to: 'DELIVERING',
        courierId: before?.courierId ?? null,
        byUserId: 'crashed-writer',
        at: startedAt,
        set: { startedAt },
      });
      const status = async () => (await models.deliveries.findOne({ _id: id, merchantId }).lean())?.status;
      expect(await status()).toBe('READY');

      // The next change loses the insert to the logged one, repairs the projection and says so.
      const first = await deliveryMutation(sg, a.courierToken, 'startDelivery(deliveryId: $id)', { id });
      expect(first).toMatchObject({ code: 'DELIVERY_CHANGED_CONCURRENTLY' });
      expect(await status()).toBe('DELIVERING');
      // The retry sees the repaired state and goes on from it.
      const done = await deliveryMutation(sg, a.courierToken, 'completeDelivery(input: $input)', {
        input: { deliveryId: id, recipientName: 'Dewi' },
      });
      expect(done).toMatchObject({ __typename: 'Delivery', status: 'DONE' });
    } finally {
      await conn.close();
    }
  });

  it('completes a delivery without cash on delivery when no cash amount is sent (the SDL default)', async () => {
    const id = await createDelivery(sg, a);
    await deliveryMutation(sg, a.courierToken, 'startDelivery(deliveryId: $id)', { id });
    const done = await deliveryMutation(sg, a.courierToken, 'completeDelivery(input: $input)', {
      input: { deliveryId: id, recipientName: 'Dewi' },
    });
    expect(done).toMatchObject({ __typename: 'Delivery', status: 'DONE' });
  });

  it('status changes arrive on the branch subscription, and a late delivery is reported late', async () => {
    const client = liveClient(sg, a.ownerToken);
    const sub = collect<StatusEvent>(client, STATUS_CHANGES, { branchId: a.branchId });
    await settle();
    // Promised a minute ago: late while open and late once done.
    const id = await createDelivery(sg, a, {
      promisedAt: new Date(Date.now() - 60_000),
      cashOnDelivery: 25_000,
    });
    await deliveryMutation(sg, a.courierToken, 'startDelivery(deliveryId: $id)', { id });
    const wrongCash = await deliveryMutation(sg, a.courierToken, 'completeDelivery(input: $input)', {
      input: { deliveryId: id, recipientName: 'Rina', cashCollected: '20000' },
    });
    expect(wrongCash).toMatchObject({
      __typename: 'CashOnDeliveryMismatch',
      code: 'CASH_ON_DELIVERY_MISMATCH',
    });
    const done = await deliveryMutation(sg, a.courierToken, 'completeDelivery(input: $input)', {
      input: {
        deliveryId: id,
        recipientName: 'Rina',
        cashCollected: '25000',
        photoUrl: 'https://cdn.example/p.jpg',
      },
    });
    expect(done).toMatchObject({ __typename: 'Delivery', status: 'DONE', late: true });
    const events = (await sub.waitFor(4)).map((e) => e.deliveryStatusChanges);
    expect(events.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['CREATED', null, 'READY'],
      ['ASSIGNED', 'READY', 'READY'],
      ['STARTED', 'READY', 'DELIVERING'],
      ['COMPLETED', 'DELIVERING', 'DONE'],
    ]);
    expect(events.every((e) => e.delivery.id === id)).toBe(true);
    expect(events[3]?.late).toBe(true);
    expect(events[3]?.delivery.courier?.user.name).toBe('Kurir Andi');
    sub.stop();
    await client.dispose();
  });

  it("merchant B's dispatcher receives none of 100 events published for merchant A", async () => {
    const spyB = liveClient(sg, b.ownerToken);
    const bSub = collect<PositionEvent>(spyB, BRANCH_POSITIONS, { branchId: a.branchId });
    const bOwn = collect<PositionEvent>(spyB, BRANCH_POSITIONS, { branchId: b.branchId });
    const aClient = liveClient(sg, a.ownerToken);
    const aSub = collect<PositionEvent>(aClient, BRANCH_POSITIONS, { branchId: a.branchId });
    await settle();
    for (let i = 0; i < 100; i++) {
      const { body } = await sg.request(
        REPORT_POSITION,
        { input: { lat: -6.2, lng: 106.8 + i / 1e4 } },
        { token: a.courierToken },
      );
      expectNoErrors(body);
    }
    await aSub.waitFor(100);
    await settle(200);
    expect(bSub.events).toHaveLength(0);
    expect(bOwn.events).toHaveLength(0);
    for (const s of [aSub, bSub, bOwn]) s.stop();
    await Promise.all([spyB.dispose(), aClient.dispose()]);
  });

  it("a courier cannot subscribe to another courier's delivery", async () => {
    const other = await merchantWithCourierInSameMerchant(sg, a);
    const theirs = await createDelivery(sg, { ...a, courierId: other.courierId });
    const client = liveClient(sg, a.courierToken);
    const sub = collect(client, 'subscription($id: ID!) { deliveryPositions(deliveryId: $id) { lat } }', {
      id: theirs,
    });
    await sub.waitFor(1, 5_000);
    expect(sub.completed).toBe(true);
    expect(sub.events).toHaveLength(0);
    expect(JSON.stringify(sub.errors)).toContain('FORBIDDEN');
    // And the branch map is for dispatchers only.
    const map = collect(client, BRANCH_POSITIONS, { branchId: a.branchId });
    await map.waitFor(1, 5_000);
    expect(JSON.stringify(map.errors)).toContain('FORBIDDEN');
    await client.dispose();
  });

  it('an unauthenticated connection is refused', async () => {
    for (const token of [null, 'not-a-token']) {
      const client = liveClient(sg, token);
      const sub = collect(client, BRANCH_POSITIONS, { branchId: a.branchId });
      await sub.waitFor(1, 5_000);
      expect(sub.events).toHaveLength(0);
      expect((sub.errors[0] as { code?: number }).code).toBe(4403);
      await client.dispose();
    }
  });

  it('two dispatchers starting the same delivery at once: one wins, the other is told', async () => {
    const id = await createDelivery(sg, a);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        deliveryMutation(sg, a.ownerToken, 'startDelivery(deliveryId: $id)', { id }),
      ),
    );
    const names = results.map((r) => r.__typename).sort();
    expect(names.filter((n) => n === 'Delivery')).toHaveLength(1);
    expect(
      names
        .filter((n) => n !== 'Delivery')
        .every((n) => n === 'DeliveryChangedConcurrently' || n === 'InvalidDeliveryTransition'),
    ).toBe(true);
  });
});

/** A second courier of the same merchant and branch. */
async function merchantWithCourierInSameMerchant(sg: Supergraph, m: MerchantSetup) {
  const { createStaff } = await import('../../users/test/helpers');
  const { createCourier } = await import('./helpers');
  const staff = await createStaff(sg, m.ownerToken, {
    name: 'Kurir Citra',
    role: 'COURIER',
    branchIds: [m.branchId],
  });
  return { courierId: await createCourier(sg, m.ownerToken, staff.id, m.branchId) };
}
