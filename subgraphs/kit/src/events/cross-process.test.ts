import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Schema } from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { tenancyPlugin } from '../db/tenancy';
import { newEvent, type OutboxFields, outboxPlugin, stageOutbox, withOutbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { RedisEventBus } from './redis';
import { deleteKeys, openTestDatabase, redisUrl, silent, tally, uniquePrefix, waitFor } from './test-support';

interface Received {
  id: string;
  type: string;
  dated: boolean;
}

interface Child {
  proc: ChildProcess;
  received: Received[];
  ready: Promise<void>;
}

const script = fileURLToPath(new URL('./cross-process.child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Another process, started with tsx, that subscribes `group` through Redis. */
function startChild(prefix: string, group: string, types: string[]): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, redisUrl, prefix, group, ...types], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const received: Received[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    proc.once('exit', (code) => reject(new Error(`child exited early with ${code}`)));
  });
  createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    if (line === 'ready') markReady();
    else received.push(JSON.parse(line) as Received);
  });
  return { proc, received, ready };
}

interface Delivery extends OutboxFields {
  _id: string;
  merchantId: string;
  status: string;
}

describe('events across processes', () => {
  const prefix = uniquePrefix('xproc');
  const children: Child[] = [];
  afterAll(async () => {
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
    await deleteKeys(prefix);
  });

  it('delivers what an outbox relay publishes to subscribers in other processes, once per group', async () => {
    const types = ['couriers.delivery-status-changed'];
    const reports = startChild(prefix, 'reports', types);
    const couriers = [startChild(prefix, 'customers', types), startChild(prefix, 'customers', types)];
    children.push(reports, ...couriers);
    await Promise.all(children.map((c) => c.ready));

    const db = await openTestDatabase('kit_xproc');
    const schema = new Schema<Delivery>(
      {
        _id: { type: String, required: true },
        merchantId: { type: String, required: true },
        status: { type: String, required: true },
      },
      { versionKey: false },
    );
    schema.plugin(outboxPlugin);
    schema.plugin(tenancyPlugin);
    const deliveries = db.conn.model<Delivery>('Delivery', schema, 'deliveries');
    await deliveries.createIndexes();
    const bus = new RedisEventBus({ url: redisUrl, logger: silent, prefix });
    const relay = new OutboxRelay({ bus, logger: silent, intervalMs: 50 }).register(deliveries);
    relay.start();

    const written: string[] = [];
    for (let i = 0; i < 30; i++) {
      const event = newEvent({
        type: types[0] as string,
        merchantId: `m-${i % 2}`,
        payload: { deliveryId: `d-${i}`, status: 'DELIVERING' },
      });
      written.push(event.id);
      await stageOutbox(deliveries, `d-${i}`, [event]);
      await deliveries.create(
        withOutbox({ _id: `d-${i}`, merchantId: event.merchantId, status: 'DELIVERING' }, [event]),
      );
      if (i % 5 === 0) relay.kick();
    }

    const shared = () => couriers.flatMap((c) => c.received);
    await waitFor(
      () => reports.received.length >= 30 && shared().length >= 30,
      'every event in the children',
    );
    await relay.stop();
    await bus.close();
    await db.close();
    // Stop the children cleanly: anything they had not acked would show up as a duplicate elsewhere.
    for (const c of children) c.proc.kill('SIGTERM');
    const codes = await Promise.all(
      children.map(async (c) => c.proc.exitCode ?? (await once(c.proc, 'exit'))[0]),
    );
    expect(codes).toEqual([0, 0, 0]);

    expect(reports.received.map((r) => r.id).sort()).toEqual([...written].sort());
    expect(
      shared()
        .map((r) => r.id)
        .sort(),
    ).toEqual([...written].sort());
    expect([...tally(shared().map((r) => r.id)).values()].every((n) => n === 1)).toBe(true);
    expect(reports.received.every((r) => r.dated && r.type === types[0])).toBe(true);
  });
});
