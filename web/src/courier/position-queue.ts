/**
 * Positions the courier's phone took while delivering, kept in IndexedDB until the server has
 * them: a lost connection (a tunnel, a dead zone) or a closed tab loses no part of the trail.
 * Sent oldest first in batches; a batch the server never answered stays queued for the next try.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export interface PositionFix {
  /** The courier's user id: a queue left by someone else on this phone is not sent with this token. */
  userId: string;
  deliveryId: string | null;
  lat: number;
  lng: number;
  accuracy: number | null;
  heading: number | null;
  speed: number | null;
  recordedAt: string;
}

export interface QueuedPosition extends PositionFix {
  seq: number;
}

interface CourierDB extends DBSchema {
  positions: { key: number; value: QueuedPosition };
}

export type CourierDatabase = IDBPDatabase<CourierDB>;

export function openCourierDb(name = 'pos-courier'): Promise<CourierDatabase> {
  return openDB<CourierDB>(name, 1, {
    upgrade(db) {
      db.createObjectStore('positions', { keyPath: 'seq', autoIncrement: true });
    },
  });
}

let shared: Promise<CourierDatabase> | undefined;

export function courierDb(): Promise<CourierDatabase> {
  shared ??= openCourierDb();
  return shared;
}

export async function enqueuePosition(db: CourierDatabase, fix: PositionFix): Promise<void> {
  await db.add('positions', fix as QueuedPosition);
}

export async function queuedPositions(db: CourierDatabase): Promise<number> {
  return db.count('positions');
}

/** What the server said about each position of a batch, in order; `unreachable` when it never answered. */
export type PositionVerdict = 'recorded' | 'refused';
export type SendPositions = (batch: QueuedPosition[]) => Promise<PositionVerdict[] | 'unreachable'>;

export interface FlushSummary {
  recorded: number;
  refused: number;
  left: number;
}

/** The server refuses fixes older than a day; they are dropped rather than sent. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000 - 60_000;

/**
 * Sends `userId`'s queued positions, oldest first, `batchSize` at a time, until the queue is empty
 * or the server cannot be reached. Answered positions (recorded or refused) leave the queue;
 * other users' and too old ones are dropped.
 */
export async function flushPositions(
  db: CourierDatabase,
  userId: string,
  send: SendPositions,
  { batchSize = 10, now = () => Date.now() } = {},
): Promise<FlushSummary> {
  const summary: FlushSummary = { recorded: 0, refused: 0, left: 0 };
  for (;;) {
    const all = await db.getAll('positions', undefined, batchSize * 4);
    const stale = all.filter((p) => p.userId !== userId || now() - Date.parse(p.recordedAt) > MAX_AGE_MS);
    for (const p of stale) await db.delete('positions', p.seq);
    summary.refused += stale.length;
    const batch = all.filter((p) => !stale.includes(p)).slice(0, batchSize);
    if (batch.length === 0) {
      if (stale.length > 0) continue;
      break;
    }
    const verdicts = await send(batch);
    if (verdicts === 'unreachable') break;
    const tx = db.transaction('positions', 'readwrite');
    batch.forEach((p, i) => {
      if (verdicts[i] === undefined) return;
      if (verdicts[i] === 'recorded') summary.recorded++;
      else summary.refused++;
      void tx.store.delete(p.seq);
    });
    await tx.done;
    if (verdicts.length < batch.length) break;
  }
  summary.left = await db.count('positions');
  return summary;
}
