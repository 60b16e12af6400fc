import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CourierDatabase,
  enqueuePosition,
  flushPositions,
  openCourierDb,
  type PositionFix,
  type QueuedPosition,
  queuedPositions,
  type SendPositions,
} from './position-queue';

let name: string;
let db: CourierDatabase;
const NOW = Date.parse('2026-12-05T03:00:00Z');

beforeEach(async () => {
  name = `courier-test-${crypto.randomUUID()}`;
  db = await openCourierDb(name);
});
afterEach(() => {
  db.close();
  indexedDB.deleteDatabase(name);
});

function fix(i: number, overrides: Partial<PositionFix> = {}): PositionFix {
  return {
    userId: 'u1',
    deliveryId: 'd1',
    lat: -6.9 + i / 1000,
    lng: 107.6,
    accuracy: 5,
    heading: null,
    speed: null,
    recordedAt: new Date(NOW - 60_000 + i * 1000).toISOString(),
    ...overrides,
  };
}

/** A server that records what it is sent, and can be unreachable. */
function server() {
  const received: QueuedPosition[][] = [];
  let reachable = true;
  const send: SendPositions = async (batch) => {
    if (!reachable) return 'unreachable';
    received.push(batch);
    return batch.map((p) => (p.lat > 0 ? 'refused' : 'recorded'));
  };
  return {
    send,
    received,
    setReachable: (v: boolean) => {
      reachable = v;
    },
  };
}

describe('the courier position queue', () => {
  it('sends oldest first in batches and empties the queue', async () => {
    for (let i = 0; i < 23; i++) await enqueuePosition(db, fix(i));
    const s = server();
    const summary = await flushPositions(db, 'u1', s.send, { batchSize: 10, now: () => NOW });
    expect(summary).toEqual({ recorded: 23, refused: 0, left: 0 });
    expect(s.received.map((b) => b.length)).toEqual([10, 10, 3]);
    const order = s.received.flat().map((p) => p.recordedAt);
    expect(order).toEqual([...order].sort());
  });

  it('keeps everything while the server cannot be reached, and sends it once it can', async () => {
    for (let i = 0; i < 4; i++) await enqueuePosition(db, fix(i));
    const s = server();
    s.setReachable(false);
    expect(await flushPositions(db, 'u1', s.send, { now: () => NOW })).toEqual({
      recorded: 0,
      refused: 0,
      left: 4,
    });
    await enqueuePosition(db, fix(4));
    s.setReachable(true);
    expect(await flushPositions(db, 'u1', s.send, { now: () => NOW })).toEqual({
      recorded: 5,
      refused: 0,
      left: 0,
    });
    expect(s.received.flat()).toHaveLength(5);
  });

  it('drops refused fixes, other users’ fixes and fixes older than a day without sending the last two', async () => {
    await enqueuePosition(db, fix(0));
    await enqueuePosition(db, fix(1, { lat: 95 }));
    await enqueuePosition(db, fix(2, { userId: 'u2' }));
    await enqueuePosition(db, fix(3, { recordedAt: new Date(NOW - 25 * 3600_000).toISOString() }));
    const s = server();
    const summary = await flushPositions(db, 'u1', s.send, { now: () => NOW });
    expect(summary).toEqual({ recorded: 1, refused: 3, left: 0 });
    expect(s.received.flat().map((p) => p.userId)).toEqual(['u1', 'u1']);
    expect(await queuedPositions(db)).toBe(0);
  });

  it('keeps the unanswered rest of a batch the server answered only in part', async () => {
    for (let i = 0; i < 5; i++) await enqueuePosition(db, fix(i));
    const partial: SendPositions = async (batch) => batch.slice(0, 2).map(() => 'recorded' as const);
    expect(await flushPositions(db, 'u1', partial, { now: () => NOW })).toEqual({
      recorded: 2,
      refused: 0,
      left: 3,
    });
  });
});
