import {
  createLogger,
  MemoryEventBus,
  MemoryPubSub,
  MemoryRevocationStore,
  RedisRevocationStore,
  requireInProduction,
} from '@pos/kit';
import { Redis } from 'ioredis';
import { loadUsersEnv } from './config';
import { startUsersSubgraph } from './server';

const env = loadUsersEnv();
const logger = createLogger('users', env.LOG_LEVEL);
const required = <T>(name: string, value: T | undefined) =>
  requireInProduction(env.NODE_ENV, name, value, () => {
    throw new Error(`Invalid configuration:\n  ${name}: required`);
  });

const running = await startUsersSubgraph({
  mongodbUri: required('MONGODB_URI', env.MONGODB_URI),
  port: env.PORT,
  host: env.HOST,
  gatewaySecret: required('GATEWAY_SECRET', env.GATEWAY_SECRET),
  internalSecret: required('INTERNAL_SECRET', env.INTERNAL_SECRET),
  subgraphUrls: {},
  jwt: {
    publicKey: required('JWT_PUBLIC_KEY', env.JWT_PUBLIC_KEY),
    privateKey: required('JWT_PRIVATE_KEY', env.JWT_PRIVATE_KEY),
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  },
  revocations: env.REDIS_URL
    ? new RedisRevocationStore(new Redis(env.REDIS_URL))
    : new MemoryRevocationStore(),
  bus: new MemoryEventBus(),
  pubsub: new MemoryPubSub(),
  logger,
  production: env.NODE_ENV === 'production',
  maxBodyBytes: env.MAX_BODY_BYTES,
  accessTokenSeconds: env.ACCESS_TOKEN_SECONDS,
  refreshTokenSeconds: env.REFRESH_TOKEN_DAYS * 24 * 3600,
  ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    void running.close().then(() => process.exit(0));
  });
}
