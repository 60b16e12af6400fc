import { Redis } from 'ioredis';
import { z } from 'zod';
import { MemoryRevocationStore, RedisRevocationStore } from './auth/revocation';
import { baseEnvSchema, parseEnv } from './config';
import { createEventTransport } from './events/transport';
import type { RunningService } from './http/server';
import { createLogger } from './logger';
import type { ServiceOptions } from './service';
import { startTracingFromEnv } from './tracing';

const SUBGRAPH_URL_VAR = /^SUBGRAPH_([A-Z][A-Z0-9_]*)_URL$/;

/** `SUBGRAPH_PRODUCTS_URL=http://products:4002/graphql` tells a subgraph where to call products. */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const name = SUBGRAPH_URL_VAR.exec(key)?.[1];
    if (name && value) urls[name.toLowerCase()] = value;
  }
  return urls;
}

const required = <T>(name: string, value: T | undefined): T => {
  if (value === undefined) throw new Error(`Invalid configuration:\n  ${name}: required`);
  return value;
};

/**
 * Boots one subgraph as its own process from the environment (docker-compose, a replica):
 * every secret is required, Redis carries events, subscriptions and revocations when
 * `REDIS_URL` is set, and SIGINT/SIGTERM shut it down cleanly. Each subgraph's `index.ts`
 * calls this with its own start function and extra options.
 */
export async function runSubgraphFromEnv<O extends ServiceOptions>(
  name: string,
  defaultPort: number,
  start: (opts: O) => Promise<RunningService>,
  extra: (env: NodeJS.ProcessEnv) => Omit<O, keyof ServiceOptions> = () =>
    ({}) as Omit<O, keyof ServiceOptions>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningService> {
  const e = parseEnv(
    baseEnvSchema.extend({ PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort) }),
    env,
  );
  const tracing = startTracingFromEnv(name, env);
  const logger = createLogger(name, e.LOG_LEVEL);
  const redis = e.REDIS_URL ? new Redis(e.REDIS_URL) : null;
  const transport = createEventTransport({ redisUrl: e.REDIS_URL, logger });
  const running = await start({
    mongodbUri: required('MONGODB_URI', e.MONGODB_URI),
    port: e.PORT,
    host: e.HOST,
    gatewaySecret: required('GATEWAY_SECRET', e.GATEWAY_SECRET),
    internalSecret: required('INTERNAL_SECRET', e.INTERNAL_SECRET),
    subgraphUrls: subgraphUrlsFromEnv(env),
    jwt: {
      publicKey: required('JWT_PUBLIC_KEY', e.JWT_PUBLIC_KEY),
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
    },
    revocations: redis ? new RedisRevocationStore(redis) : new MemoryRevocationStore(),
    bus: transport.bus,
    pubsub: transport.pubsub,
    logger,
    production: e.NODE_ENV === 'production',
    maxBodyBytes: e.MAX_BODY_BYTES,
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    ...extra(env),
  } as unknown as O);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void running
        .close()
        .then(() => transport.close())
        .then(() => redis?.quit())
        .then(() => tracing?.shutdown())
        .finally(() => process.exit(0));
    });
  }
  return running;
}
