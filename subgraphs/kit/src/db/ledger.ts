import type { Collection, Document, Model } from 'mongoose';
import { isDuplicateKey } from '../errors';
import { stageOutbox } from '../events/outbox';
import type { DomainEvent } from '../events/types';
import { getByKey, insertDocument } from './store';

/** The latest entry of a ledger stream, or null before the first. */
export interface LedgerHead {
  seq: number;
  balance: number;
}

export interface LedgerEntryBase {
  seq: number;
  balance: number;
}

// Mongoose model generics are invariant in ways that reject every concrete schema type; the
// entry shape is still checked through `E`. This is the one place such a cast lives.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type LedgerModel = Model<any>;

export class LedgerContention extends Error {
  constructor(stream: string) {
    super(`Ledger ${stream} is too busy; try again`);
    this.name = 'LedgerContention';
  }
}

/**
 * A stream's identity as one string: the values of its key fields in order
 * (`{ merchantId, productId, branchId }` -> `m|p|b`).
 */
export const streamIdOf = (stream: Record<string, unknown>) => Object.values(stream).map(String).join('|');

/** The `_id` of entry `seq` of a stream: entries are found by exact key, never by a query. */
export const entryIdOf = (streamId: string, seq: number) => `${streamId}#${seq}`;

interface HintDoc {
  _id: string;
  seq: number;
  entry: Document;
}

/**
 * The side collection of a ledger (`<collection>_keys`): one hint per stream naming its latest
 * entry (`h|<stream>`), and for keyed ledgers one document per idempotency key (`k|<scope>|<key>`).
 * Both are written after the entry, so they may lag; readers correct for that (see `readHead`).
 */
export function ledgerKeys(model: LedgerModel): Collection<Document> {
  return model.db.collection(`${model.collection.collectionName}_keys`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The latest entry of a stream in two exact-`_id` reads, whatever the ledger's size: the hint
 * names the latest entry it knows, and probing `seq + 1` onwards finds any written since (the
 * hint is updated after the insert, last writer wins, so it can lag but never invents).
 */
export async function readHead<E extends LedgerEntryBase>(
  model: LedgerModel,
  streamId: string,
): Promise<E | null> {
  const hint = (await ledgerKeys(model).findOne({ _id: `h|${streamId}` as never })) as HintDoc | null;
  let head = (hint?.entry as unknown as E | undefined) ?? null;
  let seq = hint?.seq ?? 0;
  for (;;) {
    const next = await getByKey<E>(model, entryIdOf(streamId, seq + 1));
    if (!next) return head;
    head = next;
    seq = next.seq;
  }
}

/** Heads of many streams, each read by key (in parallel), keyed by stream id. */
export async function readHeads<E extends LedgerEntryBase>(
  model: LedgerModel,
  streamIds: readonly string[],
): Promise<Map<string, E>> {
  const unique = [...new Set(streamIds)];
  const heads = await Promise.all(unique.map((id) => readHead<E>(model, id)));
  const out = new Map<string, E>();
  unique.forEach((id, i) => {
    const h = heads[i];
    if (h) out.set(id, h);
  });
  return out;
}

/** Records the stream's new head; a late writer may regress it, which `readHead` corrects. */
export async function writeHint(model: LedgerModel, streamId: string, entry: LedgerEntryBase): Promise<void> {
  await ledgerKeys(model)
    .updateOne(
      { _id: `h|${streamId}` as never },
      { $set: { seq: entry.seq, entry: entry as unknown as Document } },
      { upsert: true },
    )
    .catch((err: unknown) => {
      // Two first entries raced to create the hint; either is fine, the probe finds the rest.
      if (!isDuplicateKey(err)) throw err;
    });
}

/**
 * Tries to insert entry `seq` of a stream. The stored entry when it landed; null when a unique
 * index refused it (E11000: usually another writer took that sequence number first).
 */
export async function insertEntry<E>(
  model: LedgerModel,
  entry: Record<string, unknown> & { _id: string },
): Promise<E | null> {
  try {
    return await insertDocument<E>(model, entry);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return null;
  }
}

/** A short randomised back-off after losing a sequence race. */
export const backOff = (attempt: number) => sleep(Math.random() * Math.min(50, 2 + attempt * 2));

/**
 * Appends to an append-only ledger stream (stock of a product at a branch, a customer's
 * points, a staff member's advances). Entry `seq` of a stream has `_id` `<stream>#<seq>`: whoever
 * inserts `head + 1` first owns the change, the loser gets E11000, re-reads the head and
 * decides again. This keeps check-then-act (never below zero, never above a limit) correct
 * where conditional updates are not atomic (FerretDB), with a bounded number of exact-key
 * reads however long the ledger grows.
 *
 * `decide` sees the current head and returns the entry to write (with its change applied to
 * `balance`) or a refusal, which is returned unchanged. Events in the entry's `outbox` are staged
 * for the relay before the insert (see `stageOutbox`); give them an id fixed before the first
 * attempt, so a retry on the next sequence number repoints the same event.
 */
export async function appendLedgerEntry<E extends LedgerEntryBase, R>(
  model: LedgerModel,
  stream: Record<string, unknown>,
  decide: (head: LedgerHead | null) => { entry: Omit<E, 'seq'> } | { refuse: R },
  maxAttempts = 200,
): Promise<{ entry: E } | { refuse: R }> {
  const streamId = streamIdOf(stream);
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const last = await readHead<E>(model, streamId);
    const head = last ? { seq: last.seq, balance: last.balance } : null;
    const decision = decide(head);
    if ('refuse' in decision) return decision;
    const seq = (head?.seq ?? 0) + 1;
    const entry = { ...decision.entry, ...stream, seq, _id: entryIdOf(streamId, seq) } as unknown as E & {
      _id: string;
      outbox?: DomainEvent[];
    };
    if (entry.outbox?.length) await stageOutbox(model, entry._id, entry.outbox);
    const stored = await insertEntry<E>(model, entry as unknown as Record<string, unknown> & { _id: string });
    if (stored) {
      await writeHint(model, streamId, stored);
      return { entry: stored };
    }
    await backOff(attempt);
  }
  throw new LedgerContention(streamId);
}

/** Reads the current balance of a stream: the balance of its latest entry, 0 before any. */
export async function ledgerBalance(model: LedgerModel, stream: Record<string, unknown>) {
  return (await readHead(model, streamIdOf(stream)))?.balance ?? 0;
}
