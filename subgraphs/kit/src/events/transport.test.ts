import { describe, expect, it } from 'vitest';
import { MemoryEventBus, MemoryPubSub } from './memory';
import { RedisEventBus } from './redis';
import { RedisPubSub } from './redis-pubsub';
import { deleteKeys, redisUrl, silent, testEvent, uniquePrefix, waitFor } from './test-support';
import { createEventTransport } from './transport';

describe('createEventTransport', () => {
  it('stays in memory without a Redis URL', async () => {
    const t = createEventTransport({ logger: silent });
    expect(t.kind).toBe('memory');
    expect(t.bus).toBeInstanceOf(MemoryEventBus);
    expect(t.pubsub).toBeInstanceOf(MemoryPubSub);
    await t.close();
  });

  it('uses Redis streams and pub/sub with a Redis URL, and closes both', async () => {
    const prefix = uniquePrefix('transport');
    const t = createEventTransport({ redisUrl, logger: silent, prefix, bus: { blockMs: 100 } });
    expect(t.bus).toBeInstanceOf(RedisEventBus);
    expect(t.pubsub).toBeInstanceOf(RedisPubSub);
    const got: string[] = [];
    await t.bus.subscribe('reports', ['orders.done'], async (e) => {
      got.push(e.id);
    });
    const event = testEvent('orders.done');
    await t.bus.publish(event);
    await waitFor(() => got.length === 1, 'the event');
    expect(got).toEqual([event.id]);
    await t.close();
    await expect(t.bus.publish(event)).rejects.toThrow(/closed/);
    await deleteKeys(prefix);
  });
});
