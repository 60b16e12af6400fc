import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createLogger, OutboxRelay, RedisEventBus, STAGED_COLLECTION } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteKeys } from '../../kit/src/events/test-support';
import {
  checkout,
  createProduct,
  key,
  type OrdersHarness,
  seedShop,
  startOrdersHarness,
  waitFor,
} from './helpers';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `test:orders-events:${randomBytes(4).toString('hex')}`;
const logger = createLogger('orders-events-test', 'silent');
const bus = new RedisEventBus({ url: REDIS_URL, prefix, logger, claimIdleMs: 500, blockMs: 100 });

let h: OrdersHarness;
let consumer: ChildProcess;
const received: { id: string; orderId: string }[] = [];

/** A relay that dies between publishing and unstaging: the worst moment for losing or repeating events. */
class KilledRelay extends OutboxRelay {
  protected override async unstage(): Promise<void> {
    throw new Error('relay killed before it unstaged the event');
  }
}

beforeAll(async () => {
  h = await startOrdersHarness({ bus, relayIntervalMs: 100 });
  const script = fileURLToPath(new URL('./fixtures/redis-consumer.ts', import.meta.url));
  consumer = spawn(process.execPath, ['--import', 'tsx', script, REDIS_URL, prefix, 'reports'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: consumer.stdout! });
  let ready = false;
  lines.on('line', (line) => {
    if (line === 'ready') ready = true;
    else received.push(JSON.parse(line) as { id: string; orderId: string });
  });
  await waitFor(() => ready, 'the consumer process', 30_000);
});

afterAll(async () => {
  consumer?.kill('SIGTERM');
  await h?.close();
  await bus.close();
  await deleteKeys(prefix);
});

describe('orders events through Redis', () => {
  it('reach a consumer in another process, and a relay killed mid-publish loses none', async () => {
    const { sg, orders } = h;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 1_000, stock: 100 });
    const sell = async () => {
      const r = await checkout(sg, shop.token, {
        idempotencyKey: key(),
        deviceId: 'till-e',
        branchId: shop.branchId,
        lines: [{ productId: p.id, quantity: 1 }],
        payments: [{ method: 'QRIS', amount: '1000', reference: 'QR' }],
      });
      expect(r.__typename).toBe('Order');
      return r.id as string;
    };

    const live = [await sell(), await sell()];
    await waitFor(
      () => live.every((id) => received.some((e) => e.orderId === id)),
      'live events in the other process',
    );

    // The relay stops; sales go on and their events wait in the orders' outbox.
    await orders.relay.stop();
    const queued: string[] = [];
    for (let i = 0; i < 5; i++) queued.push(await sell());
    const killed = new KilledRelay({ bus, logger }).register(orders.models.orders);
    await expect(killed.drain(1)).rejects.toThrow(/killed/);
    // A fresh relay (a restarted process) publishes everything still in the outbox, some twice.
    orders.relay.start();
    await waitFor(
      () => queued.every((id) => received.some((e) => e.orderId === id)),
      'every queued event',
      30_000,
    );

    const ids = new Set(received.map((e) => e.id));
    for (const id of [...live, ...queued]) expect(ids).toContain(`${id}:completed`);
    await waitFor(
      async () => (await orders.models.orders.db.collection(STAGED_COLLECTION).countDocuments({})) === 0,
      'an empty outbox',
    );
  });
});
