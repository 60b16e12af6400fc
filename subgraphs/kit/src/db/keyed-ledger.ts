import type { FilterQuery, Model } from 'mongoose';
import { isDuplicateKey } from '../errors';
import { stageOutbox } from '../events/outbox';
import type { DomainEvent } from '../events/types';
import {
  backOff,
  entryIdOf,
  insertEntry,
  LedgerContention,
  type LedgerModel,
  ledgerKeys,
  readHead,
  readHeads,
  streamIdOf,
  writeHint,
} from './ledger';
import { getByKey } from './store';

/**
 * An entry of a keyed ledger: like `appendLedgerEntry`'s streams (`_id` `<stream>#<seq>`), plus
 * an idempotency `key` unique per tenant (a unique index is the guard; a key document in the
 * ledger's side collection is how it is found by exact `_id`).
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
   * A refusal that must replay as a refusal is an entry too (with no change). Events in the
   * entry's `outbox` are staged for the relay before the insert (see `stageOutbox`).
   */
  decide: (head: E | null) => NewKeyedEntry<E> | Promise<NewKeyedEntry<E>>;
  maxAttempts?: number;
}

const keyDocId = (scope: Record<string, unknown>, key: string) => `k|${streamIdOf(scope)}|${key}`;

/**
 * The entry written under `key`, found through its key document (two exact-`_id` reads). The key
 * document is written after the entry, so a writer killed in between leaves an entry only its
 * stream knows: given the stream, the last `depth` entries are looked through by key and the key
 * document is repaired.
 */
export async function entryByKey<E extends KeyedLedgerEntry>(
  model: LedgerModel,
  scope: Record<string, unknown>,
  key: string,
  near?: { stream: Record<string, unknown>; depth?: number },
): Promise<E | null> {
  const ref = (await ledgerKeys(model).findOne({ _id: keyDocId(scope, key) as never })) as {
    entryId?: string;
  } | null;
  if (ref?.entryId) return getByKey<E>(model, ref.entryId);
  if (!near) return null;
  const streamId = streamIdOf(near.stream);
  const head = await readHead<E>(model, streamId);
  for (let seq = head?.seq ?? 0, n = 0; seq > 0 && n < (near.depth ?? 8); seq--, n++) {
    const entry = seq === head?.seq ? head : await getByKey<E>(model, entryIdOf(streamId, seq));
    if (entry?.key === key) {
      await recordKey(model, scope, key, entryIdOf(streamId, seq));
      return entry;
    }
  }
  return null;
}

async function recordKey(model: LedgerModel, scope: Record<string, unknown>, key: string, entryId: string) {
  await ledgerKeys(model)
    .insertOne({ _id: keyDocId(scope, key), entryId } as never)
    .catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
    });
}

/** How often a keyed ledger's head hint is written: every this many entries of a stream. */
const HINT_EVERY = 4;

/** Heads of the streams this process wrote last, per ledger: at most this many streams each. */
const HEAD_CACHE_LIMIT = 5_000;
const headCaches = new WeakMap<object, Map<string, unknown>>();

function headCache(model: LedgerModel): Map<string, unknown> {
  let cache = headCaches.get(model);
  if (!cache) {
    cache = new Map();
    headCaches.set(model, cache);
  }
  return cache;
}

function remember(cache: Map<string, unknown>, streamId: string, head: unknown): void {
  cache.delete(streamId);
  cache.set(streamId, head);
  if (cache.size > HEAD_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
}

/**
 * Appends once per key: the first call writes the entry, every later call with the same key
 * (a retry, a redelivered event, a concurrent duplicate) gets that entry back with
 * `replayed: true` and changes nothing. Safe without transactions: both the sequence (`_id`)
 * and the key (a unique index) are guarded, so exactly one insert wins either race. Reads are
 * by exact `_id` only, so the cost does not grow with the ledger.
 *
 * The head this process wrote last is remembered, so a stream's next entry needs no head read:
 * entries are contiguous and never deleted, so if another process wrote since, the insert of
 * `seq + 1` is refused and the head is read afresh. A `decide` that throws on a remembered head
 * (a shortage, say) is asked again on the head read afresh, so no refusal rests on a stale one.
 * On a remembered head the key is not looked up before the insert either: the key's unique index
 * refuses a replay's insert, and the attempt after it looks the key up and answers the replay.
 */
export async function appendKeyedEntry<T, E extends KeyedLedgerEntry>(
  model: Model<T>,
  a: KeyedAppend<E>,
): Promise<{ entry: E; replayed: boolean }> {
  const m = model as LedgerModel;
  const streamId = streamIdOf(a.stream);
  const heads = headCache(m);
  const maxAttempts = a.maxAttempts ?? 200;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const remembered = heads.get(streamId) as E | undefined;
    // On a remembered head the key is not looked up first: a key used before makes the insert
    // (or `decide`) fail, and the next attempt looks it up. Keys are new far more often than not.
    const keyChecked = !(attempt === 0 && remembered);
    if (keyChecked) {
      const existing = await entryByKey<E>(m, a.scope, a.key);
      if (existing) return { entry: existing, replayed: true };
    }
    const head = remembered ?? (await readHead<E>(m, streamId));
    let fields: NewKeyedEntry<E>;
    try {
      fields = await a.decide(head);
    } catch (err) {
      if (!remembered) throw err;
      heads.delete(streamId);
      continue;
    }
    const seq = (head?.seq ?? 0) + 1;
    const _id = entryIdOf(streamId, seq);
    const entry = { ...fields, ...a.stream, _id, key: a.key, latest: true, seq } as unknown as E & {
      _id: string;
      outbox?: DomainEvent[];
    };
    if (entry.outbox?.length) await stageOutbox(m, _id, entry.outbox);
    const created = await insertEntry<E>(m, entry as unknown as Record<string, unknown> & { _id: string });
    if (created) {
      await recordKey(m, a.scope, a.key, _id);
      // The hint only shortens a cold reader's probe (see `readHead`), so it is written for a
      // stream's first entry and every HINT_EVERY-th: a reader probes at most that many entries.
      if (!head || created.seq % HINT_EVERY === 0) await writeHint(m, streamId, created);
      // Lists read stream heads by the `latest` flag; only the writer of the next entry clears
      // the one before (by key), so a crash here leaves two flagged and lists keep the higher seq.
      if (head)
        await m.collection.updateOne({ _id: entryIdOf(streamId, head.seq) } as never, {
          $set: { latest: false },
        });
      remember(heads, streamId, structuredClone(created));
      return { entry: created, replayed: false };
    }
    heads.delete(streamId);
    if (!keyChecked) continue;
    // Refused by a unique index: a writer took this sequence number, or this key already has an
    // entry whose key document is not written yet (its writer is in flight, or crashed).
    const taken = await getByKey<E>(m, _id);
    if (taken && taken.key === a.key) {
      await recordKey(m, a.scope, a.key, _id);
      return { entry: taken, replayed: true };
    }
    if (!taken) {
      // Not the sequence: the key. Found by a query only here, after a crash left no key document.
      const orphan = await m
        .findOne({ ...a.scope, key: a.key } as FilterQuery<T>)
        .lean<(E & { _id: string }) | null>();
      if (orphan) {
        await recordKey(m, a.scope, a.key, orphan._id);
        return { entry: orphan, replayed: true };
      }
    }
    // A stale remembered head lost the race to another process: read it afresh at once.
    if (remembered) continue;
    await backOff(attempt);
  }
  throw new LedgerContention(streamId);
}

/** The heads of many streams, each read by key; keyed by the value of `streamField` in each stream. */
export async function latestEntries<E extends KeyedLedgerEntry>(
  model: Model<unknown> | LedgerModel,
  streams: readonly Record<string, unknown>[],
  streamField: string,
): Promise<Map<string, E>> {
  const ids = streams.map(streamIdOf);
  const heads = await readHeads<E>(model as LedgerModel, ids);
  const out = new Map<string, E>();
  streams.forEach((s, i) => {
    const h = heads.get(ids[i] as string);
    if (h) out.set(String(s[streamField]), h);
  });
  return out;
}
