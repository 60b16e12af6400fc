/** Boots the gateway from the environment: `npm start -w @pos/gateway` or the Docker image. */
import {
  createLogger,
  MemoryRevocationStore,
  RedisRevocationStore,
  type RevocationStore,
  startTracingFromEnv,
} from '@pos/kit';
import { Redis } from 'ioredis';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';
import { readWarmupManifest } from './query-plan-warmup';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const tracing = startTracingFromEnv('gateway');
  const logger = createLogger('gateway', config.logLevel);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: true }) : undefined;
  await redis?.connect();
  const revocations: RevocationStore = redis ? new RedisRevocationStore(redis) : new MemoryRevocationStore();
  if (!redis)
    logger.warn('REDIS_URL is unset: logouts done by the users subgraph are not seen by this gateway');

  const gateway = await startGateway({
    port: config.port,
    host: config.host,
    gatewaySecret: config.gatewaySecret,
    jwt: config.jwt,
    revocations,
    logger,
    production: config.production,
    maxBodyBytes: config.maxBodyBytes,
    limits: config.limits,
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    warmupOperations: config.warmupFile ? readWarmupManifest(config.warmupFile) : [],
  });

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await gateway.close();
    redis?.disconnect();
    await tracing?.shutdown();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      shutdown(signal).then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((err: unknown) => {
  // Configuration errors are already readable; print them without a stack trace.
  console.error(err instanceof Error && err.message.startsWith('Invalid configuration') ? err.message : err);
  process.exit(1);
});
