/**
 * One reports-subgraph process on the Redis bus, for redis-bus.e2e.test.ts. Unlike the
 * production entry (`src/index.ts`) it takes a database name, a Redis key prefix and a short
 * claim-idle time, so a test run shares the servers with other runs and sees the messages of a
 * killed consumer (or of a failed handler) again within seconds instead of 30.
 *
 * Env: MONGODB_URI, DB_NAME, REDIS_URL, REDIS_PREFIX, GATEWAY_SECRET, INTERNAL_SECRET,
 * JWT_PUBLIC_KEY, CLAIM_IDLE_MS; optional HANDLER_PAUSE_MS, how long each handled event waits
 * before it is acked (a slow consumer), so a SIGKILL lands between projection and ack.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createEventTransport, createLogger, type EventBus, MemoryRevocationStore } from '@pos/kit';
import { JWT_AUDIENCE, JWT_ISSUER } from '../../../../gateway/src/dev/boot';
import { announce, closeOnSigterm, need } from '../../../../gateway/test/process-env';
import { startReportsSubgraph } from '../../src/server';

const claimIdleMs = Number(need('CLAIM_IDLE_MS'));
const pauseMs = Number(process.env.HANDLER_PAUSE_MS ?? 0);
const logger = createLogger('reports', process.env.LOG_LEVEL ?? 'silent');
const events = createEventTransport({
  redisUrl: need('REDIS_URL'),
  prefix: need('REDIS_PREFIX'),
  logger,
  // The loop looks for idle messages between blocking reads: block no longer than that.
  bus: { claimIdleMs, blockMs: Math.max(50, Math.floor(claimIdleMs / 2)) },
});
const bus: EventBus =
  pauseMs > 0
    ? {
        publish: (event) => events.bus.publish(event),
        subscribe: (group, types, handler) =>
          events.bus.subscribe(group, types, async (event) => {
            await handler(event);
            await sleep(pauseMs);
          }),
        close: () => events.bus.close(),
      }
    : events.bus;
const reports = await startReportsSubgraph({
  mongodbUri: need('MONGODB_URI'),
  dbName: need('DB_NAME'),
  port: 0,
  host: '127.0.0.1',
  gatewaySecret: need('GATEWAY_SECRET'),
  internalSecret: need('INTERNAL_SECRET'),
  // Letterheads for exports come from users; this test exports nothing.
  subgraphUrls: {},
  jwt: { publicKey: need('JWT_PUBLIC_KEY'), issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
  revocations: new MemoryRevocationStore(),
  bus,
  pubsub: events.pubsub,
  logger,
  production: false,
  maxBodyBytes: 1_000_000,
  redisUrl: need('REDIS_URL'),
});
closeOnSigterm(async () => {
  await reports.close();
  await events.close();
});
announce(`${reports.url}/graphql`);
