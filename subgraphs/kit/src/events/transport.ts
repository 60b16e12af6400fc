import type { Logger } from '../logger';
import { MemoryEventBus, MemoryPubSub } from './memory';
import { RedisEventBus, type RedisEventBusOptions } from './redis';
import { RedisPubSub } from './redis-pubsub';
import type { EventBus, PubSub } from './types';

export interface EventTransportOptions {
  /** Set when services run as separate processes or replicas; otherwise everything stays in memory. */
  redisUrl?: string | undefined;
  logger: Logger;
  /** Key prefix in Redis; lets environments (and test runs) share one server. */
  prefix?: string;
  /** Tuning of the Redis bus (claim idle time, trimming, ...). */
  bus?: Omit<RedisEventBusOptions, 'url' | 'logger' | 'prefix'>;
}

export interface EventTransport {
  bus: EventBus;
  pubsub: PubSub;
  kind: 'redis' | 'memory';
  close(): Promise<void>;
}

/** The event bus and pub/sub for this process: Redis when `redisUrl` is set, else in memory. */
export function createEventTransport(opts: EventTransportOptions): EventTransport {
  const { redisUrl, logger, prefix } = opts;
  const transport = redisUrl
    ? {
        kind: 'redis' as const,
        bus: new RedisEventBus({ ...opts.bus, url: redisUrl, logger, ...(prefix ? { prefix } : {}) }),
        pubsub: new RedisPubSub({ url: redisUrl, logger, ...(prefix ? { prefix } : {}) }),
      }
    : {
        kind: 'memory' as const,
        bus: new MemoryEventBus((err, event) =>
          logger.warn({ err, eventId: event.id, type: event.type }, 'event handler failed; will be retried'),
        ),
        pubsub: new MemoryPubSub(),
      };
  return {
    ...transport,
    async close() {
      await Promise.all([transport.bus.close(), transport.pubsub.close()]);
    },
  };
}
