import { BroadcastChannel } from 'node:worker_threads';
import type { RevocationStore } from '../auth/revocation';
import { MemoryRevocationStore } from '../auth/revocation';
import type { Logger } from '../logger';
import { decodeEvent, encodeEvent } from './codec';
import { MemoryEventBus, MemoryPubSub } from './memory';
import type { EventTransport } from './transport';
import type { DomainEvent, EventBus, EventHandler, PubSub } from './types';

/**
 * The in-memory transport stretched over the threads of one process. `npm start` runs some
 * subgraphs in a worker thread so that a busy supergraph can use a second core without Redis;
 * each thread keeps its own memory bus, pub/sub and revocation list, and a BroadcastChannel per
 * concern copies what one thread publishes to every other thread of the process.
 *
 * Consumer groups stay "one member handles each event": every subgraph, and so every group, lives
 * in exactly one thread, and an event reaches each thread once. The channel is the process, so a
 * second `npm start` never hears this one.
 */
const CHANNELS = { events: 'pos:events', live: 'pos:live', revocations: 'pos:revocations' } as const;

interface LiveMessage {
  topic: string;
  json: string;
}

interface RevocationMessage {
  kind: 'jti' | 'sid';
  id: string;
  until: number;
}

/** Channels this thread opened; closed with the transport so the thread can exit. */
function open<T>(name: string, onMessage: (data: T) => void): BroadcastChannel {
  const ch = new BroadcastChannel(name);
  ch.onmessage = (msg) => onMessage((msg as { data: T }).data);
  // A thread with nothing else to do must still be able to exit.
  ch.unref();
  return ch;
}

class ThreadBridgedBus implements EventBus {
  private readonly channel: BroadcastChannel;

  constructor(
    private readonly local: MemoryEventBus,
    logger: Logger,
  ) {
    this.channel = open<string>(CHANNELS.events, (encoded) => {
      let event: DomainEvent;
      try {
        event = decodeEvent(encoded);
      } catch (err) {
        logger.error({ err }, 'dropped a malformed event from another thread');
        return;
      }
      this.local.publish(event).catch((err: unknown) => logger.warn({ err }, 'event delivery failed'));
    });
  }

  async publish(event: DomainEvent): Promise<void> {
    await this.local.publish(event);
    this.channel.postMessage(encodeEvent(event));
  }

  subscribe(group: string, types: readonly string[], handler: EventHandler) {
    return this.local.subscribe(group, types, handler);
  }

  async close(): Promise<void> {
    this.channel.close();
    await this.local.close();
  }
}

class ThreadBridgedPubSub implements PubSub {
  private readonly channel: BroadcastChannel;

  constructor(private readonly local: MemoryPubSub) {
    this.channel = open<LiveMessage>(CHANNELS.live, ({ topic, json }) => {
      void this.local.publish(topic, json === undefined ? undefined : JSON.parse(json));
    });
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.local.publish(topic, payload);
    this.channel.postMessage({ topic, json: JSON.stringify(payload) } satisfies LiveMessage);
  }

  subscribe<T = unknown>(topic: string): AsyncIterableIterator<T> {
    return this.local.subscribe<T>(topic);
  }

  async close(): Promise<void> {
    this.channel.close();
    await this.local.close();
  }
}

/** The event bus and pub/sub of one thread, bridged to the other threads of the process. */
export function createThreadBridgedTransport(logger: Logger): EventTransport {
  const bus = new ThreadBridgedBus(
    new MemoryEventBus((err, event) =>
      logger.warn({ err, eventId: event.id, type: event.type }, 'event handler failed; will be retried'),
    ),
    logger,
  );
  const pubsub = new ThreadBridgedPubSub(new MemoryPubSub());
  return {
    bus,
    pubsub,
    kind: 'memory',
    async close() {
      await Promise.all([bus.close(), pubsub.close()]);
    },
  };
}

/**
 * Revocations of one thread, copied to every other thread of the process. A sign-out revokes in
 * the users subgraph's thread (and the gateway's, which checks every request first); the copy
 * reaches the other threads within the same turn of their event loops.
 */
export class ThreadBridgedRevocationStore implements RevocationStore {
  private readonly local = new MemoryRevocationStore();
  private readonly channel = open<RevocationMessage>(CHANNELS.revocations, ({ kind, id, until }) => {
    void this.local.revoke(kind, id, until);
  });

  async revoke(kind: 'jti' | 'sid', id: string, untilEpochSeconds: number): Promise<void> {
    await this.local.revoke(kind, id, untilEpochSeconds);
    this.channel.postMessage({ kind, id, until: untilEpochSeconds } satisfies RevocationMessage);
  }

  isRevoked(jti: string, sid: string): Promise<boolean> {
    return this.local.isRevoked(jti, sid);
  }

  close(): void {
    this.channel.close();
  }
}
