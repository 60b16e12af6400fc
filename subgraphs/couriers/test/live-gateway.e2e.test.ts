/**
 * The gateway's subscription plumbing (deduplication, per-connection limit) and the couriers
 * rules around positions (validation, bounded trail, `myCourier`), through the gateway. One
 * supergraph for the file, its couriers subgraph with a short trail so the bound shows quickly.
 */
import type { MemoryPubSub } from '@pos/kit';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { errorCodes, expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { createStaff, login } from '../../users/test/helpers';
import {
  type Collected,
  collect,
  createDelivery,
  deliveryMutation,
  liveClient,
  type MerchantSetup,
  merchantWithCourier,
  REPORT_POSITION,
  startCouriersSupergraph,
} from './helpers';

const MAX_TRAIL = 10;
/** The gateway's default (`maxSubscriptionsPerConnection`). */
const GATEWAY_MAX_PER_CONNECTION = 25;

const POSITIONS = /* GraphQL */ `
  subscription($b: ID!) { branchCourierPositions(branchId: $b) { lat courier { id user { name } } } }
`;
interface PositionEvent {
  branchCourierPositions: { lat: number; courier: { id: string; user: { name: string } } };
}

/** Polls until `read()` returns `want`; teardown crosses two sockets, so it is not instant. */
async function eventually<T>(read: () => T, want: T, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (read() !== want && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return read();
}

describe('couriers through the gateway', () => {
  let sg: Supergraph;
  let m: MerchantSetup;
  let pubsub: MemoryPubSub;

  beforeAll(async () => {
    sg = await startCouriersSupergraph({ couriers: { maxTrail: MAX_TRAIL } });
    m = await merchantWithCourier(sg, 'Kurir Eka');
    pubsub = sg.pubsub as MemoryPubSub;
  });
  afterAll(async () => {
    await sg?.close();
  });

  const report = async (input: Record<string, unknown>) =>
    (await sg.request(REPORT_POSITION, { input }, { token: m.courierToken })).body;

  describe('subscription deduplication', () => {
    it('identical subscriptions of two merchants are never shared: each sees only its own events', async () => {
      const gw = sg.gateway.subscriptions;
      const other = await merchantWithCourier(sg, 'Kurir Tetangga');
      // Same text and variables; the subgraph already shapes this one, so the gateway passes its events on.
      const QUERY = 'subscription($b: ID!) { branchCourierPositions(branchId: $b) { lat courier { id } } }';
      type Event = { branchCourierPositions: { lat: number; courier: { id: string } } };
      const [a, b] = [liveClient(sg, m.ownerToken), liveClient(sg, other.ownerToken)];
      const mine = collect<Event>(a, QUERY, { b: m.branchId });
      const theirsOnMyBranch = collect<Event>(b, QUERY, { b: m.branchId });
      const theirs = collect<Event>(b, QUERY, { b: other.branchId });
      expect(await eventually(() => gw.upstreamSubscriptions(), 3)).toBe(3);
      expect(await eventually(() => pubsub.listenerCount(), 3)).toBe(3);
      expectNoErrors(await report({ lat: -6.81, lng: 107.6 }));
      const body = await sg.request(
        REPORT_POSITION,
        { input: { lat: -6.82, lng: 107.6 } },
        { token: other.courierToken },
      );
      expectNoErrors(body.body);
      await mine.waitFor(1);
      await theirs.waitFor(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(mine.events.map((e) => e.branchCourierPositions)).toEqual([
        { lat: -6.81, courier: { id: m.courierId } },
      ]);
      expect(theirs.events.map((e) => e.branchCourierPositions)).toEqual([
        { lat: -6.82, courier: { id: other.courierId } },
      ]);
      expect(theirsOnMyBranch.events).toEqual([]);
      for (const s of [mine, theirsOnMyBranch, theirs]) s.stop();
      await Promise.all([a.dispose(), b.dispose()]);
      expect(await eventually(() => pubsub.listenerCount(), 0)).toBe(0);
    });

    it('50 identical subscriptions share one upstream subscription and one resolution per event', async () => {
      const gw = sg.gateway.subscriptions;
      // 10 connections of the same session, 5 subscriptions each.
      const clients = Array.from({ length: 10 }, () => liveClient(sg, m.ownerToken));
      const subs: Array<Collected<PositionEvent>> = clients.flatMap((c) =>
        Array.from({ length: 5 }, () => collect<PositionEvent>(c, POSITIONS, { b: m.branchId })),
      );
      expect(await eventually(() => gw.upstreamSubscriptions(), 1)).toBe(1);
      expect(await eventually(() => pubsub.listenerCount(), 1)).toBe(1);
      // Give any (wrong) second upstream subscription time to appear before counting.
      await new Promise((r) => setTimeout(r, 200));
      expect(gw.upstreamSubscriptions()).toBe(1);
      expect(pubsub.listenerCount()).toBe(1);
      expect(gw.upstreamSockets()).toBe(1);

      const requests = sg.countSubgraphRequests();
      const lats = [-6.91, -6.92, -6.93];
      for (const lat of lats) expectNoErrors(await report({ lat, lng: 107.6 }));
      for (const s of subs) await s.waitFor(lats.length);
      requests.stop();
      for (const s of subs) {
        expect(s.errors).toEqual([]);
        expect(s.events.map((e) => e.branchCourierPositions.lat)).toEqual(lats);
        expect(s.events[0]?.branchCourierPositions.courier.user.name).toBe('Kurir Eka');
      }
      // Per event: the mutation itself plus one users fetch for `user { name }`, not fifty.
      expect(requests.total()).toBe(lats.length * 2);

      // Subscribers leaving one by one keep the stream; the last one closes it upstream.
      for (const s of subs.slice(1)) s.stop();
      await new Promise((r) => setTimeout(r, 100));
      expect(gw.upstreamSubscriptions()).toBe(1);
      const last = subs[0] as Collected<PositionEvent>;
      expectNoErrors(await report({ lat: -6.94, lng: 107.6 }));
      await last.waitFor(lats.length + 1);
      last.stop();
      expect(await eventually(() => gw.upstreamSubscriptions(), 0)).toBe(0);
      expect(await eventually(() => pubsub.listenerCount(), 0)).toBe(0);
      expect(await eventually(() => gw.upstreamSockets(), 0)).toBe(0);
      await Promise.all(clients.map((c) => c.dispose()));
    });

    it('different variables, operation text or user are not shared; sessions of one user are', async () => {
      const gw = sg.gateway.subscriptions;
      // A second session of the same owner: same viewer, another token.
      const again = await login(sg, m.ownerEmail, undefined, m.merchantSlug);
      const otherSession = again.accessToken as string;
      expect(otherSession).not.toBe(m.ownerToken);
      // Another dispatcher of the same merchant and branch: same tenant, another user.
      const staff = await createStaff(sg, m.ownerToken, { role: 'SUPERVISOR', branchIds: [m.branchId] });
      const supervisor = await login(sg, staff.username, undefined, m.merchantSlug);
      const a = liveClient(sg, m.ownerToken);
      const b = liveClient(sg, otherSession);
      const c = liveClient(sg, supervisor.accessToken as string);
      const subs = [
        collect(a, POSITIONS, { b: m.branchId }),
        collect(a, POSITIONS, { b: m.branchId }), // shares with the first
        collect(a, `${POSITIONS} `, { b: m.branchId }), // other text
        collect(a, 'subscription($b: ID!) { deliveryStatusChanges(branchId: $b) { kind } }', {
          b: m.branchId,
        }),
        collect(b, POSITIONS, { b: m.branchId }), // other session of the same user: shares
        collect(c, POSITIONS, { b: m.branchId }), // other user
      ];
      expect(await eventually(() => gw.upstreamSubscriptions(), 4)).toBe(4);
      expect(await eventually(() => pubsub.listenerCount(), 4)).toBe(4);
      await new Promise((r) => setTimeout(r, 200));
      expect(gw.upstreamSubscriptions()).toBe(4);
      // Each gets every event, the shared ones included.
      expectNoErrors(await report({ lat: -6.81, lng: 107.6 }));
      for (const s of [subs[0], subs[1], subs[2], subs[4], subs[5]]) await s?.waitFor(1);
      for (const s of subs) expect(s.errors).toEqual([]);
      for (const s of subs) s.stop();
      await Promise.all([a.dispose(), b.dispose(), c.dispose()]);
      expect(await eventually(() => gw.upstreamSubscriptions(), 0)).toBe(0);
      expect(await eventually(() => pubsub.listenerCount(), 0)).toBe(0);
    });
  });

  describe('the multiplexed protocol between gateway and subgraph', () => {
    /** A connection to the couriers subgraph as the gateway opens it: the secret, no user token. */
    function upstream(params: Record<string, unknown>) {
      let ack: Record<string, unknown> | undefined;
      const client = createClient({
        url: String(sg.subgraphs.couriers?.graphqlUrl).replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        connectionParams: params,
        on: {
          connected: (_s, payload) => {
            ack = payload as Record<string, unknown>;
          },
        },
      });
      return { client, ack: () => ack };
    }
    const withToken = (token: string) => ({ authorization: `Bearer ${token}` });
    const subscribe = (client: Client, extensions: Record<string, unknown>, branchId = m.branchId) => {
      const out = { events: [] as number[], errors: [] as unknown[], done: false };
      client.subscribe<{ branchCourierPositions: { lat: number } }>(
        {
          query: 'subscription($b: ID!) { branchCourierPositions(branchId: $b) { lat } }',
          variables: { b: branchId },
          extensions,
        },
        {
          next: (r) => {
            if (r.data) out.events.push(r.data.branchCourierPositions.lat);
            if (r.errors) out.errors.push(...r.errors);
          },
          error: (e) => {
            out.errors.push(e);
            out.done = true;
          },
          complete: () => {
            out.done = true;
          },
        },
      );
      return out;
    };

    it('verifies the token of each subscription: users of one connection see only their own', async () => {
      const other = await merchantWithCourier(sg, 'Kurir Lain');
      const { client, ack } = upstream({ gatewaySecret: sg.gatewaySecret });
      const mine = subscribe(client, withToken(m.ownerToken));
      const theirs = subscribe(client, withToken(other.ownerToken), other.branchId);
      // Another merchant's token on this merchant's branch: its topic is that merchant's, so it stays empty.
      const crossing = subscribe(client, withToken(other.ownerToken));
      const missing = subscribe(client, {});
      // A malformed one is refused on its own; the connection and its other subscriptions go on.
      const broken = { errors: [] as unknown[] };
      client.subscribe(
        { query: 'subscription {', extensions: withToken(m.ownerToken) },
        { next: () => {}, error: (e) => void broken.errors.push(e), complete: () => {} },
      );
      const forged = subscribe(client, withToken(`${m.ownerToken.slice(0, -4)}AAAA`));
      await eventually(() => pubsub.listenerCount(), 3);
      expect(ack()).toEqual({ maxSubscriptions: 1000 });
      await new Promise((r) => setTimeout(r, 200));
      expectNoErrors(await report({ lat: -6.71, lng: 107.6 }));
      const body = await sg.request(
        REPORT_POSITION,
        { input: { lat: -6.72, lng: 107.6 } },
        { token: other.courierToken },
      );
      expectNoErrors(body.body);
      await new Promise((r) => setTimeout(r, 300));
      expect(mine.events).toEqual([-6.71]);
      expect(theirs.events).toEqual([-6.72]);
      expect(crossing.events).toEqual([]);
      expect(JSON.stringify(broken.errors)).toContain('Syntax Error');
      for (const refused of [missing, forged]) {
        expect(refused.done).toBe(true);
        expect(JSON.stringify(refused.errors)).toContain('UNAUTHENTICATED');
        expect(refused.events).toEqual([]);
      }
      await client.dispose();
      expect(await eventually(() => pubsub.listenerCount(), 0)).toBe(0);
    });

    it('refuses a connection without the gateway secret, whatever token it brings', async () => {
      const { client } = upstream({ gatewaySecret: 'not-the-secret', ...withToken(m.ownerToken) });
      const sub = subscribe(client, withToken(m.ownerToken));
      await eventually(() => (sub.done ? 1 : 0), 1);
      expect(sub.done).toBe(true);
      expect((sub.errors[0] as { code?: number }).code).toBe(4403);
      await client.dispose();
    });
  });

  it(`refuses more than ${GATEWAY_MAX_PER_CONNECTION} subscriptions on one connection`, async () => {
    const client: Client = liveClient(sg, m.ownerToken);
    const open = Array.from({ length: GATEWAY_MAX_PER_CONNECTION }, () =>
      collect(client, POSITIONS, { b: m.branchId }),
    );
    const extra = collect(client, POSITIONS, { b: m.branchId });
    await extra.waitFor(1, 5_000);
    expect(extra.completed).toBe(true);
    expect(JSON.stringify(extra.errors)).toContain('TOO_MANY_REQUESTS');
    // The ones within the limit are unaffected, and a freed slot can be used again.
    expect(open.every((s) => !s.completed && s.errors.length === 0)).toBe(true);
    open[0]?.stop();
    await new Promise((r) => setTimeout(r, 100));
    const reused = collect<PositionEvent>(client, POSITIONS, { b: m.branchId });
    expect(await eventually(() => pubsub.listenerCount(), 1)).toBe(1);
    expectNoErrors(await report({ lat: -6.95, lng: 107.6 }));
    await reused.waitFor(1, 5_000);
    expect(reused.errors).toEqual([]);
    await client.dispose();
  });

  it('myCourier returns the signed-in courier, and null for staff who are not couriers', async () => {
    const q = '{ myCourier { id active user { id name } } }';
    const mine = await sg.request<{ myCourier: { id: string; user: { id: string; name: string } } | null }>(
      q,
      {},
      { token: m.courierToken },
    );
    expect(expectNoErrors(mine.body).myCourier).toMatchObject({
      id: m.courierId,
      user: { id: m.courierUserId, name: 'Kurir Eka' },
    });
    const owner = await sg.request<{ myCourier: null }>(q, {}, { token: m.ownerToken });
    expect(expectNoErrors(owner.body).myCourier).toBeNull();
  });

  it.each([
    ['lat above 90', { lat: 90.5, lng: 107 }, 'lat'],
    ['lat below -90', { lat: -91, lng: 107 }, 'lat'],
    ['lng above 180', { lat: -6.9, lng: 180.01 }, 'lng'],
    ['lng below -180', { lat: -6.9, lng: -200 }, 'lng'],
    ['negative accuracy', { lat: -6.9, lng: 107, accuracy: -1 }, 'accuracy'],
    ['accuracy beyond 10 km', { lat: -6.9, lng: 107, accuracy: 10_001 }, 'accuracy'],
    ['heading of 360', { lat: -6.9, lng: 107, heading: 360 }, 'heading'],
    ['negative speed', { lat: -6.9, lng: 107, speed: -0.1 }, 'speed'],
  ])(
    'refuses a position with %s (BAD_USER_INPUT), storing and publishing nothing',
    async (_, input, field) => {
      const before = await sg.request<{ myCourier: { lastPosition: { lat: number } | null } }>(
        '{ myCourier { lastPosition { lat } } }',
        {},
        { token: m.courierToken },
      );
      const client = liveClient(sg, m.ownerToken);
      const sub = collect(client, POSITIONS, { b: m.branchId });
      await eventually(() => pubsub.listenerCount(), 1);
      const body = await report(input);
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(body.errors)).toContain(field);
      await new Promise((r) => setTimeout(r, 100));
      expect(sub.events).toHaveLength(0);
      const after = await sg.request('{ myCourier { lastPosition { lat } } }', {}, { token: m.courierToken });
      expect(after.body.data).toEqual(before.body.data);
      sub.stop();
      await client.dispose();
    },
  );

  it(`keeps a delivery's trail bounded to maxTrail (${MAX_TRAIL}), newest positions kept`, async () => {
    const deliveryId = await createDelivery(sg, m);
    await deliveryMutation(sg, m.courierToken, 'startDelivery(deliveryId: $id)', { id: deliveryId });
    const sent = 3 * MAX_TRAIL + 5;
    const start = Date.now() - sent * 1000;
    const lats = Array.from({ length: sent }, (_, i) => -6.9 + i / 1000);
    for (const [i, lat] of lats.entries()) {
      const recordedAt = new Date(start + i * 1000).toISOString();
      expectNoErrors(await report({ deliveryId, lat, lng: 107.6, recordedAt }));
    }
    const { body } = await sg.request<{ delivery: { trail: Array<{ lat: number }> } }>(
      'query($id: ID!) { delivery(id: $id) { trail(last: 500) { lat } } }',
      { id: deliveryId },
      { token: m.ownerToken },
    );
    const trail = expectNoErrors(body).delivery.trail.map((p) => p.lat);
    // Pruned in batches of a tenth: never more than maxTrail + 10 %, never fewer than maxTrail.
    expect(trail.length).toBeGreaterThanOrEqual(MAX_TRAIL);
    expect(trail.length).toBeLessThanOrEqual(MAX_TRAIL + Math.ceil(MAX_TRAIL / 10));
    expect(trail).toEqual(lats.slice(-trail.length));
  });
});
