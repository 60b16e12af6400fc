import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { acceptDelegatedSecurityFeatures, readSupergraphSdl } from '../supergraph';
import { SubscriptionPlanner } from './plan';

const planner = new SubscriptionPlanner(acceptDelegatedSecurityFeatures(readSupergraphSdl()));
const plan = (query: string) => planner.plan(query, parse(query));
const context = { requestId: 'r', logger: undefined as never, viewer: null, token: 't' };

describe('SubscriptionPlanner', () => {
  it('passes an event on as it is when the subgraph answers exactly what the client asked', async () => {
    const planned = plan(
      'subscription($c: ID!) { courierPositions(courierId: $c) { lat x: lng courier { id vehicle } delivery { id status } } }',
    );
    expect(planned.passthrough).toBe(true);
    const data = {
      courierPositions: { lat: 1, x: 2, courier: { id: 'c1', vehicle: 'MOTORBIKE' }, delivery: null },
    };
    const result = await planner.resolveEvent(planned, { data }, {}, context, { c: 'c1' });
    // The very object the subgraph sent: no executor built another one.
    expect(result).toEqual({ data });
    expect(result.data).toBe(data);
  });

  it('shapes the event with the executor when the subgraph operation differs from the client one', async () => {
    // Fragments are expanded in the subgraph operation; entity fields of another subgraph add keys.
    expect(
      plan('subscription($b: ID!) { branchCourierPositions(branchId: $b) { lat courier { user { name } } } }')
        .passthrough,
    ).toBe(false);
    const planned = plan(
      'subscription($b: ID!, $s: Boolean!) { branchCourierPositions(branchId: $b) { lat @include(if: $s) ... on CourierPosition { lng } } }',
    );
    expect(planned.passthrough).toBe(false);
    // The executor's shaping (here: dropping a field the client did not ask for) is still applied.
    const event = { data: { branchCourierPositions: { lat: 1, lng: 2, heading: 90 } } };
    const result = await planner.resolveEvent(planned, event, {}, context, { b: 'b1', s: true });
    expect(result.data).toEqual({ branchCourierPositions: { lat: 1, lng: 2 } });
  });
});
