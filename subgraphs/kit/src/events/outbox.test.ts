import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { watchScans } from '../db/scan-watch';
import { tenancyPlugin } from '../db/tenancy';
import { idempotentHandler, processedEventModel } from './consumer';
import { MemoryEventBus } from './memory';
import {
  newEvent,
  type OutboxFields,
  outboxPlugin,
  STAGED_COLLECTION,
  stageOutbox,
  withOutbox,
  withOutboxUpdate,
} from './outbox';
import { OutboxRelay } from './outbox-relay';
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

/** A relay that "dies" after publishing and before removing the staged event. */
class KilledRelay extends OutboxRelay {
  protected override async unstage(): Promise<void> {
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
    await conn.collection(STAGED_COLLECTION).deleteMany({});
  });

  const relay = (R: typeof OutboxRelay = OutboxRelay, opts: { uncommittedAfterMs?: number } = {}) =>
    new R({ bus, logger: silent, ...opts }).register(orders);
  const stored = (id: string) => orders.findOne({ _id: id, merchantId: 'm-1' }).lean<Order>();
  const staged = () => conn.collection(STAGED_COLLECTION).countDocuments({});
  /** Both steps of an outbox write: stage, then the state change carrying the events. */
  const write = async (id: string, events: DomainEvent[], merchantId = 'm-1') => {
    await stageOutbox(orders, id, events);
    await orders.create(withOutbox({ _id: id, merchantId, status: 'COMPLETED' }, events));
  };

  it('publishes an event written with its state change exactly once, and drains the staging', async () => {
    const id = orderId();
    const event = completed(id);
    await write(id, [event]);
    expect(await staged()).toBe(1);

    const r = relay();
    expect(await r.drain()).toBe(1);
    expect(await r.drain()).toBe(0);
    await waitFor(() => received.length === 1, 'the event');
    await sleep(100);
    expect(received).toEqual([event]);
    expect(await staged()).toBe(0);
    // The document keeps the record of what its write announced.
    expect((await stored(id))?.outbox.map((e) => e.id)).toEqual([event.id]);
  });

  it('publishes events added through save() and updateOne, in the order they were staged', async () => {
    const [a, b] = [orderId(), orderId()];
    await orders.create({ _id: a, merchantId: 'm-1', status: 'OPEN' });
    await orders.create({ _id: b, merchantId: 'm-1', status: 'OPEN' });
    const doc = await orders.findOne({ _id: a, merchantId: 'm-1' }).orFail();
    doc.status = 'COMPLETED';
    const e1 = completed(a);
    await stageOutbox(orders, a, [e1]);
    await withOutbox(doc, [e1]).save();
    const e2 = completed(b);
    await stageOutbox(orders, b, [e2]);
    await orders.updateOne(
      { _id: b, merchantId: 'm-1' },
      withOutboxUpdate({ $set: { status: 'COMPLETED' } }, [e2]),
    );
    // A second state change before the relay ran: both events of b are published.
    const e3 = completed(b);
    await stageOutbox(orders, b, [e3]);
    await orders.updateOne({ _id: b, merchantId: 'm-1' }, withOutboxUpdate({}, [e3]));

    expect(await relay().drain()).toBe(3);
    await waitFor(() => received.length === 3, 'the events');
    expect(received.map((e) => e.id)).toEqual([e1.id, e2.id, e3.id]);
    expect(await stored(b)).toMatchObject({ status: 'COMPLETED' });
  });

  it('republishes after a relay died before unstaging; the idempotent consumer acts once', async () => {
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
    await write(id, [event]);

    await expect(relay(KilledRelay).drain()).rejects.toThrow('killed');
    expect(await staged()).toBe(1);
    expect(await relay().drain()).toBe(1);

    await waitFor(() => received.length === 2, 'both deliveries');
    await sleep(200);
    expect(received.map((e) => e.id)).toEqual([event.id, event.id]);
    expect(handled).toEqual([event.id]);
  });

  it('waits for a write still in flight, and never publishes one that was not committed', async () => {
    const inFlight = orderId();
    const late = completed(inFlight);
    await stageOutbox(orders, inFlight, [late]);
    const failed = orderId();
    const never = completed(failed);
    await stageOutbox(orders, failed, [never]);

    const r = relay(OutboxRelay, { uncommittedAfterMs: 300 });
    expect(await r.drain()).toBe(0);
    await orders.create(withOutbox({ _id: inFlight, merchantId: 'm-1', status: 'COMPLETED' }, [late]));
    expect(await r.drain()).toBe(1);
    expect(await staged()).toBe(1);
    await sleep(400);
    expect(await r.drain()).toBe(0);
    expect(await staged()).toBe(0);
    await sleep(100);
    expect(received.map((e) => e.id)).toEqual([late.id]);
  });

  it('does not publish an event whose document was rewritten without it (a lost update)', async () => {
    const id = orderId();
    await orders.create({ _id: id, merchantId: 'm-1', status: 'OPEN' });
    const stale = await orders.findOne({ _id: id, merchantId: 'm-1' }).orFail();
    const e = completed(id);
    await stageOutbox(orders, id, [e]);
    await orders.updateOne(
      { _id: id, merchantId: 'm-1' },
      withOutboxUpdate({ $set: { status: 'COMPLETED' } }, [e]),
    );
    // A writer holding an old copy replaces the whole document, as FerretDB's read-modify-write can.
    await orders.replaceOne(
      { _id: id, merchantId: 'm-1' },
      { ...stale.toObject(), status: 'OPEN', outbox: [] },
    );

    const r = relay(OutboxRelay, { uncommittedAfterMs: 100 });
    expect(await r.drain()).toBe(0);
    await sleep(150);
    expect(await r.drain()).toBe(0);
    expect(await staged()).toBe(0);
    expect(received).toEqual([]);
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
        await write(id, [e], e.merchantId);
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
    expect(await staged()).toBe(0);
  });

  it('finds its work without reading the documents already published', async () => {
    for (let i = 0; i < 300; i++) await write(orderId(), [completed(`old-${i}`)]);
    const r = relay();
    await r.drain();
    const id = orderId();
    await write(id, [completed(id)]);
    const watch = watchScans([conn]);
    try {
      expect(await r.drain()).toBe(1);
      expect(await r.drain()).toBe(0);
      expect(watch.commands()).toBeGreaterThan(0);
      expect(watch.scans()).toEqual([]);
    } finally {
      watch.stop();
    }
  });

  it('polls on its own and publishes promptly when kicked', async () => {
    const r = new OutboxRelay({ bus, logger: silent, intervalMs: 60_000 }).register(orders);
    r.start();
    const id = orderId();
    await write(id, [completed(id)]);
    r.kick();
    await waitFor(() => received.length === 1, 'the kicked event');
    await r.stop();
  });

  it('publishes events the writer saw commit at once, reading neither the staging nor the document', async () => {
    const r = new OutboxRelay({ bus, logger: silent, intervalMs: 60_000 }).register(orders);
    r.start();
    await sleep(100); // its first poll
    const reads: string[] = [];
    const client = conn.getClient();
    const listener = (ev: { commandName: string; command: Record<string, unknown> }) => {
      if (ev.commandName === 'find') reads.push(String(ev.command.find));
    };
    client.on('commandStarted', listener);
    try {
      const id = orderId();
      const event = completed(id);
      await write(id, [event]);
      r.committed(orders, [event]);
      await waitFor(() => received.length === 1, 'the committed event');
      await r.drain();
      // drain() read the (now empty) staging once; before it, nothing was read.
      expect(reads).toEqual([STAGED_COLLECTION]);
      expect(received).toEqual([event]);
      expect(await staged()).toBe(0);
    } finally {
      client.off('commandStarted', listener);
      await r.stop();
    }
  });

  it('leaves a committed event that failed to publish to the relay, which publishes it from the document', async () => {
    let failing = true;
    const flaky = new MemoryEventBus();
    const got: string[] = [];
    await flaky.subscribe('reports', ['orders.order-completed'], async (e) => {
      got.push(e.id);
    });
    const publish = flaky.publish.bind(flaky);
    flaky.publish = async (e) => {
      if (failing) throw new Error('bus down');
      await publish(e);
    };
    const r = new OutboxRelay({ bus: flaky, logger: silent, intervalMs: 60_000 }).register(orders);
    r.start();
    try {
      const id = orderId();
      const event = completed(id);
      await write(id, [event]);
      r.committed(orders, [event]);
      await expect(r.drain()).rejects.toThrow('bus down');
      expect(await staged()).toBe(1);
      failing = false;
      expect(await r.drain()).toBe(1);
      await waitFor(() => got.length === 1, 'the event, from the document');
      expect(got).toEqual([event.id]);
      expect(await staged()).toBe(0);
    } finally {
      await r.stop();
      await flaky.close();
    }
  });

  it('refuses to add events to a document whose schema has no outbox', async () => {
    const plain = conn.model('Plain', new Schema({ merchantId: String }), 'plain');
    expect(() => withOutbox(new plain({ merchantId: 'm-1' }), [completed('x')])).toThrow(/outboxPlugin/);
  });
});
