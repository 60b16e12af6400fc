import type { FilterQuery, Model } from 'mongoose';
import { isDuplicateKey } from '../errors';
import { op } from './connect';
import { LedgerContention } from './ledger';

/**
 * An entry of a keyed ledger: like `appendLedgerEntry`'s streams (unique stream key + `seq`),
 * plus an idempotency `key` unique per tenant, and a `latest` flag on the stream's head so the
 * heads of many streams are read with one query.
 */
export interface KeyedLedgerEntry {
  seq: number;
  balance: number;
  key: string;
  latest: boolean;
}

export type NewKeyedEntry<E extends KeyedLedgerEntry> = Omit<E, 'seq' | 'key' | 'latest'>;

export interface KeyedAppend<E extends KeyedLedgerEntry> {
  /** The stream the entry extends, tenant included: `{ merchantId, customerId }`. */
  stream: Record<string, unknown>;
  /** Where `key` is unique: `{ merchantId }`. */
  scope: Record<string, unknown>;
  /** The operation's identity (`redeem:<orderId>:<step>`): one entry per key, ever. */
  key: string;
  /**
   * Builds the entry from the current head. May read other data (async): if the head moved
   * meanwhile, the insert loses the sequence race and `decide` runs again on the new head.
   * A refusal that must replay as a refusal is an entry too (with no change).
   */
  decide: (head: E | null) => NewKeyedEntry<E> | Promise<NewKeyedEntry<E>>;
  maxAttempts?: number;
}

/**
 * Appends once per key: the first call writes the entry, every later call with the same key
 * (a retry, a redelivered event, a concurrent duplicate) gets that entry back with
 * `replayed: true` and changes nothing. Safe without transactions: both the sequence and the
 * key are guarded by unique indexes, so exactly one insert wins either race.
 */
export async function appendKeyedEntry<T, E extends KeyedLedgerEntry>(
  model: Model<T>,
  a: KeyedAppend<E>,
): Promise<{ entry: E; replayed: boolean }> {
  const byKey = { ...a.scope, key: a.key } as FilterQuery<T>;
  const stream = a.stream as FilterQuery<T>;
  const maxAttempts = a.maxAttempts ?? 200;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const existing = await model.findOne(byKey).lean<E | null>();
    if (existing) return { entry: existing, replayed: true };
    const head = await model.findOne(stream).sort({ seq: -1 }).lean<E | null>();
    const fields = await a.decide(head);
    const seq = (head?.seq ?? 0) + 1;
    const entry = { ...fields, ...a.stream, key: a.key, latest: true, seq } as unknown as E;
    let created: E;
    try {
      created = (await model.create(entry)).toObject() as unknown as E;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Lost a race (for the sequence or the key): back off a little, then look again.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 + attempt * 2)));
      continue;
    }
    // Only the writer of the next entry clears older heads, so the true head always keeps the
    // flag; one left behind by a crash here is cleared by the next append.
    if (head) {
      await model.updateMany({ ...a.stream, seq: op({ $lt: seq }), latest: true } as FilterQuery<T>, {
        $set: { latest: false },
      });
    }
    return { entry: created, replayed: false };
  }
  throw new LedgerContention(JSON.stringify(a.stream));
}

/**
 * The heads of many streams in one query, by the stream field's value. `filter` names the tenant
 * and the streams (`{ merchantId, customerId: op({ $in: ids }) }`). Where a crash left the flag
 * on an older entry too, the highest `seq` wins.
 */
export async function latestEntries<T, E extends KeyedLedgerEntry>(
  model: Model<T>,
  filter: Record<string, unknown>,
  streamField: keyof E & string,
): Promise<Map<string, E>> {
  const rows = await model.find({ ...filter, latest: true } as FilterQuery<T>).lean<E[]>();
  const heads = new Map<string, E>();
  for (const row of rows) {
    const id = String(row[streamField]);
    const seen = heads.get(id);
    if (!seen || seen.seq < row.seq) heads.set(id, row);
  }
  return heads;
}
