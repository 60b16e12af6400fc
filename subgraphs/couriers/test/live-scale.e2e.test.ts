/**
 * The dispatcher's case at test scale: a few hundred distinct subscriptions (each screen follows
 * its own branch map) over a dozen gateway connections, every event counted, and the couriers
 * subgraph killed and started again in the middle. The gateway multiplexes all of them over one
 * upstream connection, resubscribes each after the restart and the clients never notice: no
 * error, no completion, every event published while the subgraph was up arrives exactly once,
 * in order.
 *
 *   clients ──(12 connections, 300 subscriptions)──> gateway (this process)
 *   gateway ──(multiplexed)──> couriers (child process, killed with SIGKILL, started again)
 *   this process ──(Redis pub/sub, this run's prefix)──> couriers
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  createEventTransport,
  createLogger,
  type EventTransport,
  generateSigningKeys,
  MemoryRevocationStore,
  ROLE_DEFAULT_SCOPES,
  TokenSigner,
} from '@pos/kit';
import { deleteKeys, redisUrl, uniquePrefix, waitFor } from '@pos/kit/events/test-support';
import type { Client } from 'graphql-ws';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { JWT_AUDIENCE, JWT_ISSUER } from '../../../gateway/src/dev/boot';
import { type RunningGateway, startGateway } from '../../../gateway/src/gateway';
import { ChildProcesses, type Launched } from '../../../gateway/test/processes';
import { publishPosition } from '../src/services/position.service';
import { type Collected, collect, composeCouriersSupergraph } from './helpers';

const SUBSCRIPTIONS = 300;
const PER_CONNECTION = 25;
const ROUNDS_BEFORE = 4;
const ROUNDS_AFTER = 4;

const QUERY = 'subscription($b: ID!) { branchCourierPositions(branchId: $b) { lat lng } }';
interface PositionEvent {
  branchCourierPositions: { lat: number; lng: number };
}

const launcher = fileURLToPath(new URL('./processes/couriers.ts', import.meta.url));

describe('distinct subscriptions at dispatcher scale, through a couriers restart', () => {
  const children = new ChildProcesses();
  const prefix = uniquePrefix('couriers-scale');
  const dbName = `pos_couriers_scale_${randomBytes(4).toString('hex')}`;
  const mongodbUri = inject('mongodbUri');
  const merchantId = `m-${randomUUID()}`;
  const branches = Array.from({ length: SUBSCRIPTIONS }, (_, i) => `branch-${i}`);
  let couriersEnv: Record<string, string>;
  let couriers: Launched;
  let gateway: RunningGateway;
  let events: EventTransport;
  let token: string;

  beforeAll(async () => {
    const keys = await generateSigningKeys();
    const gatewaySecret = randomBytes(24).toString('base64url');
    couriersEnv = {
      GATEWAY_SECRET: gatewaySecret,
      JWT_PUBLIC_KEY: keys.publicKey,
      // Nothing here resolves a users field.
      SUBGRAPH_USERS_URL: 'http://127.0.0.1:1/graphql',
      MONGODB_URI: mongodbUri,
      DB_NAME: dbName,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      INTERNAL_SECRET: randomBytes(24).toString('base64url'),
    };
    couriers = await children.launch(launcher, couriersEnv);
    gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      gatewaySecret,
      jwt: { publicKey: keys.publicKey, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      revocations: new MemoryRevocationStore(),
      logger: createLogger('gateway', process.env.LOG_LEVEL ?? 'silent'),
      production: false,
      maxBodyBytes: 1_000_000,
      supergraphSdl: composeCouriersSupergraph(['users', 'couriers']),
      subgraphUrls: { users: 'http://127.0.0.1:1/graphql', couriers: couriers.url },
      // At least a minute of tries: a restart on a loaded machine takes a while.
      subscriptions: { retry: { initialMs: 100, maxMs: 1_000, attempts: 150 } },
    });
    events = createEventTransport({
      redisUrl,
      prefix,
      logger: createLogger('events', process.env.LOG_LEVEL ?? 'silent'),
    });
    // A dispatcher (owner: every branch of the merchant) whose screens follow a branch each.
    const signer = await TokenSigner.fromPem(keys.privateKey, {
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ttlSeconds: 600,
    });
    ({ token } = await signer.sign({
      userId: 'dispatcher-1',
      merchantId,
      role: 'OWNER',
      branchIds: [],
      scopes: [...ROLE_DEFAULT_SCOPES.OWNER],
      sessionId: randomUUID(),
    }));
  }, 90_000);

  afterAll(async () => {
    await gateway?.close();
    await events?.close();
    await children.stopAll();
    await deleteKeys(prefix);
    const conn = await mongoose.createConnection(mongodbUri).asPromise();
    await conn.useDb(dbName, { useCache: false }).dropDatabase();
    await conn.close();
  });

  /** One position per branch: lat says the round, lng the branch. */
  async function publishRound(round: number): Promise<void> {
    await Promise.all(
      branches.map((branchId, i) =>
        publishPosition(events.pubsub, {
          merchantId,
          branchId,
          courierId: `courier-${i}`,
          courierUserId: `user-${i}`,
          deliveryId: null,
          lat: round,
          lng: i,
          accuracy: null,
          heading: null,
          speed: null,
          recordedAt: new Date().toISOString(),
        }),
      ),
    );
  }

  /** Branch channels the couriers replica listens on in Redis: all of them once it has registered them. */
  async function channelsListened(redis: Redis): Promise<number> {
    const channels = await redis.pubsub('CHANNELS', `${prefix}:live:couriers.positions.branch.*`);
    return channels.length;
  }

  it(`${SUBSCRIPTIONS} distinct subscriptions get every event exactly once, across a subgraph restart`, async () => {
    const redis = new Redis(redisUrl);
    const connections = SUBSCRIPTIONS / PER_CONNECTION;
    const clients: Client[] = Array.from({ length: connections }, () =>
      createClient({
        url: `${gateway.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        connectionParams: { authorization: `Bearer ${token}` },
      }),
    );
    const subs: Array<Collected<PositionEvent>> = branches.map((b, i) =>
      collect<PositionEvent>(clients[Math.floor(i / PER_CONNECTION)] as Client, QUERY, { b }),
    );
    const live = gateway.subscriptions;
    await waitFor(
      () => live.upstreamSubscriptions() === SUBSCRIPTIONS,
      'every upstream subscription',
      20_000,
    );
    await waitFor(async () => (await channelsListened(redis)) === SUBSCRIPTIONS, 'registered', 20_000);
    // Distinct subscriptions of many clients ride one upstream connection.
    expect(live.upstreamSockets()).toBe(1);

    const received = (s: Collected<PositionEvent>) => s.events.length;
    const want = (rounds: number) => subs.every((s) => received(s) >= rounds);
    for (let round = 1; round <= ROUNDS_BEFORE; round++) await publishRound(round);
    await waitFor(() => want(ROUNDS_BEFORE), 'every event before the restart', 20_000);

    // The subgraph dies where it stands, and comes back on the same address.
    const port = new URL(couriers.url).port;
    await children.kill(couriers.proc);
    await waitFor(() => live.upstreamRetrying() === SUBSCRIPTIONS, 'the drop to be noticed', 10_000);
    couriers = await children.launch(launcher, { ...couriersEnv, PORT: port });
    await waitFor(() => live.upstreamRetrying() === 0, 'every subscription to be resumed', 90_000);
    await waitFor(async () => (await channelsListened(redis)) === SUBSCRIPTIONS, 're-registered', 20_000);

    for (let round = ROUNDS_BEFORE + 1; round <= ROUNDS_BEFORE + ROUNDS_AFTER; round++)
      await publishRound(round);
    const total = ROUNDS_BEFORE + ROUNDS_AFTER;
    await waitFor(() => want(total), 'every event after the restart', 20_000);
    // A duplicate would arrive after the last original: give it time to show up.
    await new Promise((r) => setTimeout(r, 300));

    const rounds = Array.from({ length: total }, (_, i) => i + 1);
    for (const [i, s] of subs.entries()) {
      expect(s.errors).toEqual([]);
      expect(s.completed).toBe(false);
      expect(s.events.map((e) => e.branchCourierPositions.lat)).toEqual(rounds);
      expect(s.events.every((e) => e.branchCourierPositions.lng === i)).toBe(true);
    }
    expect(subs.reduce((n, s) => n + received(s), 0)).toBe(SUBSCRIPTIONS * total);

    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    const value = (name: string) =>
      Number(new RegExp(`^${name}\\{[^}]*subgraph="couriers"[^}]*\\} (\\d+)`, 'm').exec(metrics)?.[1] ?? 0);
    expect(value('gateway_subscription_upstream_resumed_total')).toBe(SUBSCRIPTIONS);
    expect(value('gateway_subscription_upstream_retries_total')).toBeGreaterThanOrEqual(SUBSCRIPTIONS);
    expect(value('gateway_subscription_upstream_lost_total')).toBe(0);
    expect(metrics).toMatch(new RegExp(`^gateway_subscriptions_active\\{[^}]*\\} ${SUBSCRIPTIONS}$`, 'm'));

    for (const s of subs) s.stop();
    await Promise.all(clients.map((c) => c.dispose()));
    await waitFor(() => live.upstreamSubscriptions() === 0, 'every upstream subscription closed', 10_000);
    await waitFor(async () => (await channelsListened(redis)) === 0, 'the replica to unsubscribe', 10_000);
    await redis.quit();
  }, 240_000);
});
