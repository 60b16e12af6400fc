import { createLogger, MemoryRevocationStore, RedisRevocationStore, requireInProduction } from '@pos/kit';
import { createEventTransport } from '@pos/kit/events/transport';
import { Redis } from 'ioredis';
import { loadCustomersEnv } from './config';
import { startCustomersSubgraph } from './server';

const env = loadCustomersEnv();
const logger = createLogger('customers', env.LOG_LEVEL);
const required = <T>(name: string, value: T | undefined) =>
  requireInProduction(env.NODE_ENV, name, value, () => {
    throw new Error(`Invalid configuration:\n  ${name}: required`);
  });

// Alone in its process, the subgraph hears orders' events only through Redis.
const transport = createEventTransport({ redisUrl: env.REDIS_URL, logger });
const running = await startCustomersSubgraph({
  mongodbUri: required('MONGODB_URI', env.MONGODB_URI),
  port: env.PORT,
  host: env.HOST,
  gatewaySecret: required('GATEWAY_SECRET', env.GATEWAY_SECRET),
  internalSecret: required('INTERNAL_SECRET', env.INTERNAL_SECRET),
  subgraphUrls: {},
  jwt: {
    publicKey: required('JWT_PUBLIC_KEY', env.JWT_PUBLIC_KEY),
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  },
  revocations: env.REDIS_URL
    ? new RedisRevocationStore(new Redis(env.REDIS_URL))
    : new MemoryRevocationStore(),
  bus: transport.bus,
  pubsub: transport.pubsub,
  logger,
  production: env.NODE_ENV === 'production',
  maxBodyBytes: env.MAX_BODY_BYTES,
  ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    void running
      .close()
      .then(() => transport.close())
      .then(() => process.exit(0));
  });
}
