/**
 * How a client connects to the gateway's subscriptions: the token in any letter case and shape,
 * refusals that say what to fix, and the `ping` barrier that tells a client its subscription is live.
 */
import { createPrivateKey } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startCouriersSupergraph } from '../../subgraphs/couriers/test/helpers';
import { registerMerchant } from '../../subgraphs/users/test/helpers';
import { JWT_AUDIENCE, JWT_ISSUER } from '../src/dev/boot';
import { ackingClient } from '../src/subscriptions/live-ack';
import { type Supergraph, signAccessToken } from './harness';

const POSITIONS = /* GraphQL */ `
  subscription($b: ID!) { branchCourierPositions(branchId: $b) { lat lng } }
`;

describe('gateway subscriptions: connecting and going live', () => {
  let sg: Supergraph;
  let token: string;
  let branchId: string;
  let merchantId: string;

  beforeAll(async () => {
    sg = await startCouriersSupergraph();
    const m = await registerMerchant(sg);
    token = m.session.accessToken;
    branchId = m.branchId;
    merchantId = decodeJwt(token).mid as string;
  });
  afterAll(async () => {
    await sg?.close();
  });

  const wsUrl = () => sg.url.replace(/^http/, 'ws');
  const topic = () => `couriers.positions.branch.${merchantId}.${branchId}`;
  const publish = (lat: number) =>
    sg.pubsub.publish(topic(), {
      merchantId,
      branchId,
      courierId: 'c1',
      courierUserId: 'u1',
      deliveryId: null,
      lat,
      lng: 107.6,
      accuracy: null,
      heading: null,
      speed: null,
      recordedAt: new Date().toISOString(),
    });

  /** Subscribes, waits until live, publishes once and returns what arrived. */
  async function liveRound(connectionParams: Record<string, unknown>, lat: number) {
    const { client, subscribe } = ackingClient({
      url: wsUrl(),
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams,
    });
    const events: unknown[] = [];
    const errors: unknown[] = [];
    let got: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      got = resolve;
    });
    const sub = subscribe<{ branchCourierPositions: { lat: number } }>(
      { query: POSITIONS, variables: { b: branchId } },
      {
        next: (v) => {
          if (v.errors) errors.push(...v.errors);
          if (v.data) events.push(v.data.branchCourierPositions.lat);
          got();
        },
        error: (e) => {
          errors.push(e);
          got();
        },
        complete: () => got(),
      },
    );
    await sub.live;
    // Published at once, with no settling delay: the pong promised the subscription is registered.
    await publish(lat);
    await Promise.race([first, new Promise((r) => setTimeout(r, 3_000))]);
    sub.dispose();
    await client.dispose();
    return { events, errors };
  }

  it('accepts the token under any letter case of `authorization`, with or without "Bearer "', async () => {
    const shapes = [
      { authorization: `Bearer ${token}` },
      { Authorization: `Bearer ${token}` },
      { AUTHORIZATION: token },
      { authorization: `bearer ${token}` },
    ];
    for (const [i, params] of shapes.entries()) {
      const { events, errors } = await liveRound(params, -6.9 - i / 100);
      expect(errors).toEqual([]);
      expect(events).toEqual([-6.9 - i / 100]);
    }
  });

  it('an event published right after the subscription went live is delivered, every time', async () => {
    for (let i = 0; i < 15; i++) {
      const { events, errors } = await liveRound({ authorization: `Bearer ${token}` }, i);
      expect(errors).toEqual([]);
      expect(events).toEqual([i]);
    }
    // Every upstream subscription was closed again.
    const until = Date.now() + 5_000;
    while (sg.gateway.subscriptions.upstreamSubscriptions() > 0 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 20));
    expect(sg.gateway.subscriptions.upstreamSubscriptions()).toBe(0);
  });

  /** Connects with `params` and returns the close code and reason. */
  async function refusal(params: Record<string, unknown>): Promise<{ code: number; reason: string }> {
    const client = createClient({
      url: wsUrl(),
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: params,
    });
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      client.on('closed', (e) => {
        const { code, reason } = e as { code: number; reason: string };
        resolve({ code, reason: String(reason) });
      });
    });
    const result = await closed;
    await client.dispose();
    return result;
  }

  it('a refused connection is closed with 4403 and a reason saying what is wrong', async () => {
    expect(await refusal({})).toEqual({ code: 4403, reason: expect.stringMatching(/^Missing token/) });
    expect(await refusal({ authorization: 'Bearer ' })).toMatchObject({ reason: /^Malformed token/ });
    expect(await refusal({ authorization: 'Token abc.def' })).toMatchObject({
      code: 4403,
      reason: expect.stringMatching(/^Malformed token/),
    });
    expect(await refusal({ authorization: 42 })).toMatchObject({
      reason: expect.stringMatching(/^Malformed/),
    });

    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new SignJWT({ mid: merchantId, role: 'OWNER', bids: [], scope: '', sid: 's1' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('u1')
      .setJti('j1')
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt(past - 60)
      .setExpirationTime(past)
      .sign(createPrivateKey(sg.keys.privateKey));
    expect(await refusal({ authorization: `Bearer ${expired}` })).toEqual({
      code: 4403,
      reason: expect.stringMatching(/^Token expired/),
    });

    const revoked = await signAccessToken(sg);
    await sg.revocations.revoke('sid', revoked.sessionId, Math.floor(Date.now() / 1000) + 600);
    expect(await refusal({ authorization: revoked.token })).toEqual({
      code: 4403,
      reason: expect.stringMatching(/^Token revoked/),
    });

    const forged = `${token.slice(0, token.lastIndexOf('.'))}.AAAA`;
    const bad = await refusal({ authorization: forged });
    expect(bad).toEqual({ code: 4403, reason: expect.stringMatching(/^Invalid token/) });
  });
});
