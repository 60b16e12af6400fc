import type { MemoryPubSub, RunningSubgraph } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Supergraph } from '../../../gateway/test/harness';
import type { CouriersContext } from '../src/context';
import {
  collect,
  liveClient,
  type MerchantSetup,
  merchantWithCourier,
  settle,
  startCouriersSupergraph,
} from './helpers';

const QUERY =
  'subscription($b: ID!) { branchCourierPositions(branchId: $b) { lat courier { user { name } } } }';

/** Polls until `read()` returns `want`; teardown crosses two sockets, so it is not instant. */
async function eventually(read: () => number, want: number, timeoutMs = 10_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (read() !== want && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return read();
}

describe('subscription teardown', () => {
  let sg: Supergraph;
  let m: MerchantSetup;
  let couriers: RunningSubgraph<CouriersContext>;
  let pubsub: MemoryPubSub;
  let gatewayLive: { connections(): number; upstreamSockets(): number; trackedTokens(): number };

  beforeAll(async () => {
    // A subgraph that went away is retried briefly here, so giving up shows within the test.
    sg = await startCouriersSupergraph({
      subscriptions: { retry: { initialMs: 50, maxMs: 200, attempts: 3 } },
    });
    m = await merchantWithCourier(sg);
    couriers = sg.subgraphs.couriers?.service as RunningSubgraph<CouriersContext>;
    pubsub = sg.pubsub as MemoryPubSub;
    gatewayLive = sg.gateway.subscriptions;
  });
  afterAll(async () => {
    await sg?.close();
  });

  it('closing the client closes the upstream subscription: no leak after 1,000 open/close cycles', async () => {
    const before = { listeners: pubsub.listenerCount(), upstream: gatewayLive.upstreamSockets() };
    // One connection per cycle, 50 at a time: each opens a subscription, proves it is live, then closes.
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          const client = liveClient(sg, m.ownerToken);
          const sub = collect(client, QUERY, { b: m.branchId });
          await eventually(() => ((couriers.live?.connections() ?? 0) > 0 ? 1 : 0), 1);
          sub.stop();
          await client.dispose();
        }),
      );
    }
    expect(await eventually(() => pubsub.listenerCount(), before.listeners)).toBe(before.listeners);
    expect(await eventually(() => gatewayLive.upstreamSockets(), before.upstream)).toBe(before.upstream);
    expect(await eventually(() => couriers.live?.connections() ?? -1, 0)).toBe(0);
    expect(await eventually(() => gatewayLive.connections(), 0)).toBe(0);
    // A client that left while its token was being verified leaves no token behind either.
    expect(await eventually(() => gatewayLive.trackedTokens(), 0)).toBe(0);
  });

  it('a subgraph that stays away ends the client with SERVICE_UNAVAILABLE, then completes it', async () => {
    const client = liveClient(sg, m.ownerToken);
    const sub = collect(client, QUERY, { b: m.branchId });
    await eventually(() => pubsub.listenerCount(), 1);
    // The subgraph stops serving subscriptions for good (its sockets close with 1001 Going away).
    await couriers.live?.close();
    await sub.waitFor(1, 10_000);
    expect(sub.completed).toBe(true);
    expect(sub.events).toEqual([]);
    expect(JSON.stringify(sub.errors)).toContain('SERVICE_UNAVAILABLE');
    expect(await eventually(() => gatewayLive.upstreamSockets(), 0)).toBe(0);
    const metrics = await (await fetch(`${sg.gatewayUrl}/metrics`)).text();
    expect(metrics).toMatch(/gateway_subscription_upstream_lost_total\{[^}]*subgraph="couriers"[^}]*\} 1/);
    expect(metrics).toMatch(/gateway_subscription_upstream_retries_total\{[^}]*subgraph="couriers"[^}]*\} 3/);
    await client.dispose();
    await settle(50);
  });
});
