/**
 * The gateway never meets a subgraph's per-connection subscription limit with its own fan-in: the
 * couriers subgraph here takes 5 subscriptions per connection, announces it in its
 * `connection_ack`, and the gateway spreads 23 distinct subscriptions of one client over as many
 * upstream connections as that takes. Every one is live and gets its event.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import {
  type Collected,
  collect,
  liveClient,
  type MerchantSetup,
  merchantWithCourier,
  REPORT_POSITION,
  startCouriersSupergraph,
} from './helpers';

const LIMIT = 5;
const SUBSCRIPTIONS = 23;

describe('a subgraph with a small per-connection limit', () => {
  let sg: Supergraph;
  let m: MerchantSetup;

  beforeAll(async () => {
    sg = await startCouriersSupergraph({ couriers: { maxSubscriptionsPerConnection: LIMIT } });
    m = await merchantWithCourier(sg, 'Kurir Lima');
  });
  afterAll(async () => {
    await sg?.close();
  });

  it(`${SUBSCRIPTIONS} distinct subscriptions ride ${Math.ceil(SUBSCRIPTIONS / LIMIT)} upstream connections, none refused`, async () => {
    // Distinct: the branch map and the courier, each with one of many selections.
    const fields = ['lat', 'lng', 'lat lng', 'recordedAt', 'lat recordedAt', 'lng recordedAt'];
    const queries = fields.flatMap((f) => [
      [`subscription($b: ID!) { branchCourierPositions(branchId: $b) { ${f} } }`, { b: m.branchId }],
      [`subscription($c: ID!) { courierPositions(courierId: $c) { ${f} } }`, { c: m.courierId }],
      [
        `subscription($b: ID!) { branchCourierPositions(branchId: $b) { ${f} courier { id } } }`,
        { b: m.branchId },
      ],
      [
        `subscription($c: ID!) { courierPositions(courierId: $c) { ${f} courier { id } } }`,
        { c: m.courierId },
      ],
    ]) as Array<[string, Record<string, unknown>]>;
    const client = liveClient(sg, m.ownerToken);
    const subs: Array<Collected<Record<string, unknown>>> = queries
      .slice(0, SUBSCRIPTIONS)
      .map(([q, v]) => collect(client, q, v));
    const gw = sg.gateway.subscriptions;
    const until = Date.now() + 20_000;
    while ((gw.upstreamSubscriptions() < SUBSCRIPTIONS || gw.upstreamRetrying() > 0) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    expect(gw.upstreamSubscriptions()).toBe(SUBSCRIPTIONS);
    expect(gw.upstreamRetrying()).toBe(0);
    expect(gw.upstreamSockets()).toBe(Math.ceil(SUBSCRIPTIONS / LIMIT));
    await new Promise((r) => setTimeout(r, 200));
    expectNoErrors(
      (await sg.request(REPORT_POSITION, { input: { lat: -6.5, lng: 107.5 } }, { token: m.courierToken }))
        .body,
    );
    for (const s of subs) await s.waitFor(1);
    for (const s of subs) {
      expect(s.errors).toEqual([]);
      expect(s.events).toHaveLength(1);
    }
    await client.dispose();
  });
});
