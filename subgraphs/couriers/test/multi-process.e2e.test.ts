/**
 * Issue 5, "several processes": two gateway processes and two couriers-subgraph processes share
 * Redis (live messages) and the database; every subscriber, whichever gateway it is connected to,
 * receives every position once and in order, whichever replica (through whichever gateway) the
 * courier's phone reached.
 *
 *   gateway A ──> couriers 1 ──┐
 *                              ├── Redis pub/sub (this run's prefix) + the run's database
 *   gateway B ──> couriers 2 ──┘
 *   users runs in this process (both replicas and both gateways call it over HTTP).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createEventTransport,
  createLogger,
  type EventTransport,
  generateSigningKeys,
  MemoryRevocationStore,
  type RunningService,
} from '@pos/kit';
import { deleteKeys, redisUrl, uniquePrefix, waitFor } from '@pos/kit/events/test-support';
import { startUsersSubgraph } from '@pos/users';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { JWT_AUDIENCE, JWT_ISSUER } from '../../../gateway/src/dev/boot';
import { expectNoErrors, postGraphQL, type Supergraph } from '../../../gateway/test/harness';
import { ChildProcesses, type Launched } from '../../../gateway/test/processes';
import {
  type Collected,
  collect,
  composeCouriersSupergraph,
  type MerchantSetup,
  merchantWithCourier,
  REPORT_POSITION,
} from './helpers';

const launcher = (name: string) => fileURLToPath(new URL(`./processes/${name}.ts`, import.meta.url));
const children = new ChildProcesses();

const POSITIONS = /* GraphQL */ `
  subscription($branchId: ID!) {
    branchCourierPositions(branchId: $branchId) { lat lng courier { id user { name } } }
  }
`;
interface PositionEvent {
  branchCourierPositions: { lat: number; lng: number; courier: { id: string; user: { name: string } } };
}

/** Positions of the measured run carry this longitude; warm-up probes another. */
const MEASURED_LNG = 107.6;
const PROBE_LNG = 100;
const EVENTS = 20;

/**
 * The couriers test helpers speak to "the supergraph" through `request` and `execute` only;
 * here that is one gateway process, so only those two are provided.
 */
function viaGateway(url: string): Supergraph {
  const client: Pick<Supergraph, 'url' | 'request' | 'execute'> = {
    url,
    request: (query, variables, opts) => postGraphQL(url, query, variables, opts),
    execute: (document, variables, opts) => postGraphQL(url, print(document), variables, opts),
  };
  return client as Supergraph;
}

function liveClientOf(gatewayUrl: string, token: string): Client {
  return createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: { authorization: `Bearer ${token}` },
  });
}

describe('two gateway processes and two couriers processes on Redis', () => {
  const prefix = uniquePrefix('couriers-multi');
  const suffix = randomBytes(4).toString('hex');
  const dbNames = [`pos_users_mp_${suffix}`, `pos_couriers_mp_${suffix}`];
  const mongodbUri = inject('mongodbUri');
  const tmp = mkdtempSync(join(tmpdir(), 'pos-couriers-mp-'));
  let usersEvents: EventTransport | undefined;
  let users: RunningService | undefined;
  let gateways: [Supergraph, Supergraph];
  let m: MerchantSetup;

  beforeAll(async () => {
    const keys = await generateSigningKeys();
    const gatewaySecret = randomBytes(24).toString('base64url');
    const internalSecret = randomBytes(24).toString('base64url');
    const logger = createLogger('users', process.env.LOG_LEVEL ?? 'silent');
    usersEvents = createEventTransport({ redisUrl, prefix, logger });
    users = await startUsersSubgraph({
      mongodbUri,
      dbName: dbNames[0],
      port: 0,
      host: '127.0.0.1',
      gatewaySecret,
      internalSecret,
      subgraphUrls: {},
      jwt: { ...keys, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      revocations: new MemoryRevocationStore(),
      bus: usersEvents.bus,
      pubsub: usersEvents.pubsub,
      logger,
      production: false,
      maxBodyBytes: 1_000_000,
    });
    const supergraphFile = join(tmp, 'supergraph.graphql');
    writeFileSync(supergraphFile, composeCouriersSupergraph(['users', 'couriers']));
    const shared = {
      GATEWAY_SECRET: gatewaySecret,
      JWT_PUBLIC_KEY: keys.publicKey,
      SUBGRAPH_USERS_URL: `${users.url}/graphql`,
    };
    const couriers = await Promise.all(
      [1, 2].map(() =>
        children.launch(launcher('couriers'), {
          ...shared,
          MONGODB_URI: mongodbUri,
          DB_NAME: dbNames[1] as string,
          REDIS_URL: redisUrl,
          REDIS_PREFIX: prefix,
          INTERNAL_SECRET: internalSecret,
        }),
      ),
    );
    const [a, b] = await Promise.all(
      couriers.map((c) =>
        children.launch(launcher('gateway'), {
          ...shared,
          SUPERGRAPH_FILE: supergraphFile,
          SUBGRAPH_COURIERS_URL: c.url,
        }),
      ),
    );
    gateways = [viaGateway((a as Launched).url), viaGateway((b as Launched).url)];
    m = await merchantWithCourier(gateways[0], 'Kurir Dua Proses');
  });

  afterAll(async () => {
    await children.stopAll();
    await users?.close();
    await usersEvents?.close();
    await deleteKeys(prefix);
    const conn = await mongoose.createConnection(mongodbUri).asPromise();
    for (const name of dbNames) await conn.useDb(name, { useCache: false }).dropDatabase();
    await conn.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const report = async (sg: Supergraph, lat: number, lng: number) => {
    const { body } = await sg.request(REPORT_POSITION, { input: { lat, lng } }, { token: m.courierToken });
    expectNoErrors(body);
  };

  it('every subscriber on either gateway receives every event once, in order', async () => {
    const [a, b] = gateways;
    const clients = [a, a, b, b].map((g) => liveClientOf(g.url, m.ownerToken));
    const subs: Array<Collected<PositionEvent>> = clients.map((c) =>
      collect<PositionEvent>(c, POSITIONS, { branchId: m.branchId }),
    );
    const lngs = (s: Collected<PositionEvent>) => s.events.map((e) => e.branchCourierPositions.lng);
    // graphql-ws has no "subscribed" acknowledgement: probe until every subscriber has seen one
    // event, so the measured run starts with every upstream subscription open on both replicas.
    let probe = 0;
    await waitFor(
      async () => {
        if (subs.every((s) => lngs(s).includes(PROBE_LNG))) return true;
        await report(probe % 2 ? b : a, 10 + ++probe / 1000, PROBE_LNG);
        await new Promise((r) => setTimeout(r, 100));
        return false;
      },
      'every subscription to be open upstream',
      20_000,
    );
    // Each replica holds one Redis subscription for the branch topic, whatever its local fan-out.
    const redis = new Redis(redisUrl);
    const channels = await redis.pubsub('CHANNELS', `${prefix}:live:*`);
    expect(channels).toHaveLength(1);
    const numsub = (await redis.pubsub('NUMSUB', channels[0] as string)) as [string, number];
    expect(Number(numsub[1])).toBe(2);

    // Alternating gateways: even positions reach couriers replica 1, odd ones replica 2.
    const expected = Array.from({ length: EVENTS }, (_, i) => -6.9 + i / 1000);
    for (const [i, lat] of expected.entries()) await report(i % 2 ? b : a, lat, MEASURED_LNG);
    const measured = (s: Collected<PositionEvent>) =>
      s.events.filter((e) => e.branchCourierPositions.lng === MEASURED_LNG);
    await waitFor(() => subs.every((s) => measured(s).length >= EVENTS), 'all events everywhere', 15_000);
    // A duplicate would arrive after the last original: give it time to show up.
    await new Promise((r) => setTimeout(r, 500));
    for (const s of subs) {
      expect(s.errors).toEqual([]);
      expect(measured(s).map((e) => e.branchCourierPositions.lat)).toEqual(expected);
      expect(measured(s)[0]?.branchCourierPositions.courier).toEqual({
        id: m.courierId,
        user: { name: 'Kurir Dua Proses' },
      });
    }

    for (const s of subs) s.stop();
    await Promise.all(clients.map((c) => c.dispose()));
    // The last subscriber gone on both gateways, both replicas leave the Redis channel.
    await waitFor(
      async () => (await redis.pubsub('CHANNELS', `${prefix}:live:*`)).length === 0,
      'both replicas to unsubscribe',
      10_000,
    );
    await redis.quit();
  });
});
