import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tenancyPlugin } from '../db/tenancy';
import { idempotentHandler, processedEventModel } from './consumer';
import { MemoryEventBus } from './memory';
import { newEvent, type OutboxFields, outboxPlugin, withOutbox, withOutboxUpdate } from './outbox';
import { OutboxRelay, type PendingOutbox } from './outbox-relay';
import { openTestDatabase, silent, sleep, tally, waitFor } from './test-support';
import type { DomainEvent } from './types';

interface Order extends OutboxFields {
  _id: string;
  merchantId: string;
  status: string;
}

const orderSchema = new Schema<Order>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    status: { type: String, required: true },
  },
  { versionKey: false },
);
orderSchema.plugin(outboxPlugin);
orderSchema.plugin(tenancyPlugin);

const completed = (orderId: string, merchantId = 'm-1') =>
  newEvent({ type: 'orders.order-completed', merchantId, payload: { orderId, total: 15_500 } });

/** A relay that "dies" after publishing and before clearing. */
class KilledRelay extends OutboxRelay {
  protected override async markPublished(): Promise<boolean> {
    throw new Error('killed');
  }
}

describe('transactional outbox', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let conn: Connection;
  let orders: Model<Order>;
  let bus: MemoryEventBus;
  let received: DomainEvent[];
  let n = 0;
  const orderId = () => `order-${++n}`;

  beforeAll(async () => {
    db = await openTestDatabase('kit_outbox');
    conn = db.conn;
    orders = conn.model<Order>('Order', orderSchema, 'orders');
    await orders.createIndexes();
    await processedEventModel(conn).createIndexes();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    bus = new MemoryEventBus();
    received = [];
    await bus.subscribe('reports', ['orders.order-completed'], async (e) => {
      received.push(e);
    });
  });
  afterEach(async () => {
    await bus.close();
    await orders.deleteMany({}).setOptions({ crossTenant: true });
  });

  const relay = (R: typeof OutboxRelay = OutboxRelay) => new R({ bus, logger: silent }).register(orders);
  const stored = (id: string) => orders.findOne({ _id: id, merchantId: 'm-1' }).lean<Order>();

  it('publishes an event written with its state change exactly once', async () => {
    const id = orderId();
    const event = completed(id);
    await orders.create(withOutbox({ _id: id, merchantId: 'm-1', status: 'COMPLETED' }, [event]));
    expect((await stored(id))?.outboxPending).toBe(true);

    const r = relay();
    expect(await r.drain()).toBe(1);
    expect(await r.drain()).toBe(0);
    await waitFor(() => received.length === 1, 'the event');
    await sleep(100);
    expect(received).toEqual([event]);
    expect(await stored(id)).toMatchObject({ status: 'COMPLETED', outbox: [], outboxPending: false });
  });

  it('publishes events added through save() and updateOne, oldest document first', async () => {
    const [a, b] = [orderId(), orderId()];
    await orders.create({ _id: a, merchantId: 'm-1', status: 'OPEN' });
    await orders.create({ _id: b, merchantId: 'm-1', status: 'OPEN' });
    const doc = await orders.findOne({ _id: a, merchantId: 'm-1' }).orFail();
    doc.status = 'COMPLETED';
    const e1 = completed(a);
    await withOutbox(doc, [e1]).save();
    const e2 = completed(b);
    await orders.updateOne(
      { _id: b, merchantId: 'm-1' },
      withOutboxUpdate({ $set: { status: 'COMPLETED' } }, [e2]),
    );
    // A second state change before the relay ran: both events stay queued.
    const e3 = completed(b);
    await orders.updateOne({ _id: b, merchantId: 'm-1' }, withOutboxUpdate({}, [e3]));

    expect(await relay().drain()).toBe(3);
    await waitFor(() => received.length === 3, 'the events');
    expect(received.map((e) => e.id)).toEqual([e1.id, e2.id, e3.id]);
    expect(await stored(b)).toMatchObject({ status: 'COMPLETED', outboxPending: false });
  });

  it('republishes after a relay died before clearing; the idempotent consumer acts once', async () => {
    const handled: string[] = [];
    const processed = processedEventModel(conn);
    await bus.subscribe(
      'customers',
      ['orders.order-completed'],
      idempotentHandler(processed, 'customers.earn-points', async (e) => {
        handled.push(e.id);
      }),
    );
    const id = orderId();
    const event = completed(id);
    await orders.create(withOutbox({ _id: id, merchantId: 'm-1', status: 'COMPLETED' }, [event]));

    await expect(relay(KilledRelay).drain()).rejects.toThrow('killed');
    expect((await stored(id))?.outboxPending).toBe(true);
    expect(await relay().drain()).toBe(1);

    await waitFor(() => received.length === 2, 'both deliveries');
    await sleep(200);
    expect(received.map((e) => e.id)).toEqual([event.id, event.id]);
    expect(handled).toEqual([event.id]);
  });

  it('keeps an event added between the relay reading and clearing the document', async () => {
    const id = orderId();
    const first = completed(id);
    const late = completed(id);
    class RacedRelay extends OutboxRelay {
      protected override async markPublished(model: Model<OutboxFields>, doc: PendingOutbox) {
        if (doc.outbox.some((e) => e.id === first.id) && doc.outbox.length === 1)
          await orders.updateOne({ _id: id, merchantId: 'm-1' }, withOutboxUpdate({}, [late]));
        return super.markPublished(model, doc);
      }
    }
    await orders.create(withOutbox({ _id: id, merchantId: 'm-1', status: 'COMPLETED' }, [first]));
    await relay(RacedRelay).drain();

    await waitFor(() => received.some((e) => e.id === late.id), 'the late event');
    expect(received.filter((e) => e.id === first.id).length).toBeGreaterThanOrEqual(1);
    expect(await stored(id)).toMatchObject({ outbox: [], outboxPending: false });
  });

  it('loses nothing with two relays running while documents are written', async () => {
    const handled: string[] = [];
    await bus.subscribe(
      'customers',
      ['orders.order-completed'],
      idempotentHandler(processedEventModel(conn), 'customers.dedupe', async (e) => {
        handled.push(e.id);
      }),
    );
    const [r1, r2] = [relay(), relay()];
    const written: string[] = [];
    const writes = (async () => {
      for (let i = 0; i < 60; i++) {
        const id = orderId();
        const e = completed(id, `m-${i % 3}`);
        written.push(e.id);
        await orders.create(withOutbox({ _id: id, merchantId: e.merchantId, status: 'COMPLETED' }, [e]));
      }
    })();
    const relays = Promise.all(
      [r1, r2].map(async (r) => {
        for (let i = 0; i < 40; i++) {
          await r.drain();
          await sleep(5);
        }
      }),
    );
    await writes;
    await relays;
    await r1.drain();

    await waitFor(() => new Set(handled).size === 60, 'every event handled');
    expect(new Set(received.map((e) => e.id))).toEqual(new Set(written));
    expect([...tally(handled).values()].every((c) => c === 1)).toBe(true);
    const left = await orders.countDocuments({ outboxPending: true }).setOptions({ crossTenant: true });
    expect(left).toBe(0);
  });

  it('polls on its own and publishes promptly when kicked', async () => {
    const r = new OutboxRelay({ bus, logger: silent, intervalMs: 60_000 }).register(orders);
    r.start();
    const id = orderId();
    await orders.create(withOutbox({ _id: id, merchantId: 'm-1', status: 'COMPLETED' }, [completed(id)]));
    r.kick();
    await waitFor(() => received.length === 1, 'the kicked event');
    await r.stop();
  });

  it('refuses to add events to a document whose schema has no outbox', async () => {
    const plain = conn.model('Plain', new Schema({ merchantId: String }), 'plain');
    expect(() => withOutbox(new plain({ merchantId: 'm-1' }), [completed('x')])).toThrow(/outboxPlugin/);
  });
});
