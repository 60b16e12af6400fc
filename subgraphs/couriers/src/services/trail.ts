import {
  backOff,
  deleteByKey,
  entryIdOf,
  getOwnedMany,
  insertEntry,
  LedgerContention,
  readHead,
  streamIdOf,
  writeHint,
} from '@pos/kit';
import type { CouriersModels, DeliveryDoc, TrailPointDoc } from '../models';

/**
 * A delivery's trail as a kit ledger stream (`<merchantId>|<deliveryId>`): point `seq` is
 * `<stream>#<seq>`, the head is found in two exact gets, so appending, pruning and reading the
 * latest points never query the trail collection, however many trails it holds.
 */
const streamOf = (d: Pick<DeliveryDoc, '_id' | 'merchantId'>) =>
  streamIdOf({ merchantId: d.merchantId, deliveryId: d._id });

export type TrailFix = Pick<TrailPointDoc, 'lat' | 'lng' | 'recordedAt'> & Partial<TrailPointDoc>;

/**
 * Appends a fix and drops the one that falls out of the last `maxTrail`. Two fixes at once race
 * for the next `seq`; the loser reads the head again.
 */
export async function appendTrail(
  models: CouriersModels,
  delivery: Pick<DeliveryDoc, '_id' | 'merchantId'>,
  courierId: string,
  fix: TrailFix,
  maxTrail: number,
): Promise<void> {
  const { trail } = models;
  const streamId = streamOf(delivery);
  for (let attempt = 0; attempt < 50; attempt++) {
    const seq = ((await readHead<{ seq: number; balance: number }>(trail, streamId))?.seq ?? 0) + 1;
    const stored = await insertEntry<TrailPointDoc>(trail, {
      ...fix,
      _id: entryIdOf(streamId, seq),
      merchantId: delivery.merchantId,
      deliveryId: delivery._id,
      courierId,
      seq,
    });
    if (stored) {
      await writeHint(trail, streamId, { seq, balance: 0 });
      if (seq > maxTrail) await deleteByKey(trail, entryIdOf(streamId, seq - maxTrail));
      return;
    }
    await backOff(attempt);
  }
  throw new LedgerContention(streamId);
}

/** The last `last` points of a delivery's trail (at most `maxTrail`), oldest first. */
export async function readTrail(
  models: CouriersModels,
  delivery: Pick<DeliveryDoc, '_id' | 'merchantId'>,
  last: number,
): Promise<TrailPointDoc[]> {
  const streamId = streamOf(delivery);
  const head = (await readHead<{ seq: number; balance: number }>(models.trail, streamId))?.seq ?? 0;
  const from = Math.max(1, head - last + 1);
  const ids = Array.from({ length: head - from + 1 }, (_, i) => entryIdOf(streamId, from + i));
  const points = await getOwnedMany<TrailPointDoc>(models.trail, ids, delivery.merchantId);
  return points.filter((p): p is TrailPointDoc => p !== null);
}
