/**
 * One couriers-subgraph replica as its own process, for multi-process.e2e.test.ts. Unlike the
 * production entry (`src/index.ts`), it takes a database name and a Redis key prefix, so a test
 * run shares the servers with other runs without seeing their data or their live messages.
 *
 * Env: MONGODB_URI, DB_NAME, REDIS_URL, REDIS_PREFIX, GATEWAY_SECRET, INTERNAL_SECRET,
 * JWT_PUBLIC_KEY, SUBGRAPH_USERS_URL; PORT (default 0: any free port).
 */
import { createEventTransport, createLogger, MemoryRevocationStore } from '@pos/kit';
import { JWT_AUDIENCE, JWT_ISSUER } from '../../../../gateway/src/dev/boot';
import { announce, closeOnSigterm, need } from '../../../../gateway/test/process-env';
import { startCouriersSubgraph } from '../../src/server';

const logger = createLogger('couriers', process.env.LOG_LEVEL ?? 'silent');
const events = createEventTransport({
  redisUrl: need('REDIS_URL'),
  prefix: need('REDIS_PREFIX'),
  logger,
});
const couriers = await startCouriersSubgraph({
  mongodbUri: need('MONGODB_URI'),
  dbName: need('DB_NAME'),
  // A restart test starts the replica again where the gateway expects it.
  port: Number(process.env.PORT ?? 0),
  host: '127.0.0.1',
  gatewaySecret: need('GATEWAY_SECRET'),
  internalSecret: need('INTERNAL_SECRET'),
  subgraphUrls: { users: need('SUBGRAPH_USERS_URL') },
  jwt: { publicKey: need('JWT_PUBLIC_KEY'), issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
  // Nobody logs out in this test; a shared store would only matter for revocations.
  revocations: new MemoryRevocationStore(),
  bus: events.bus,
  pubsub: events.pubsub,
  logger,
  production: false,
  maxBodyBytes: 1_000_000,
  redisUrl: need('REDIS_URL'),
});
closeOnSigterm(async () => {
  await couriers.close();
  await events.close();
});
announce(`${couriers.url}/graphql`);
