import type { Model } from 'mongoose';
import { isDuplicateKey } from '../errors';

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
type LedgerModel = Model<any>;

export class LedgerContention extends Error {
  constructor(stream: string) {
    super(`Ledger ${stream} is too busy; try again`);
    this.name = 'LedgerContention';
  }
}

/**
 * Appends to an append-only ledger stream (stock of a product at a branch, a customer's
 * points, a staff member's advances). The stream's model must have a unique index on its
 * stream key plus `seq`: whoever inserts `seq = head + 1` first owns the change, the loser
 * gets E11000, re-reads the head and decides again. This keeps check-then-act (never below
 * zero, never above a limit) correct where conditional updates are not atomic (FerretDB).
 *
 * `decide` sees the current head and returns the entry to write (with its change applied to
 * `balance`) or a refusal, which is returned unchanged.
 */
export async function appendLedgerEntry<E extends LedgerEntryBase, R>(
  model: LedgerModel,
  stream: Record<string, unknown>,
  decide: (head: LedgerHead | null) => { entry: Omit<E, 'seq'> } | { refuse: R },
  maxAttempts = 200,
): Promise<{ entry: E } | { refuse: R }> {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const last = await model
      .findOne(stream)
      .sort({ seq: -1 })
      .select({ seq: 1, balance: 1 })
      .lean<LedgerHead | null>();
    const head = last ? { seq: last.seq, balance: last.balance } : null;
    const decision = decide(head);
    if ('refuse' in decision) return decision;
    const entry = { ...decision.entry, ...stream, seq: (head?.seq ?? 0) + 1 } as unknown as E;
    try {
      await model.create(entry);
      return { entry };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Lost the race for this sequence number: back off a little, then decide again on the new head.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 + attempt * 2)));
    }
  }
  throw new LedgerContention(JSON.stringify(stream));
}

/** Reads the current balance of a stream: the balance of its latest entry, 0 before any. */
export async function ledgerBalance(model: LedgerModel, stream: Record<string, unknown>) {
  const last = await model
    .findOne(stream)
    .sort({ seq: -1 })
    .select({ balance: 1 })
    .lean<{ balance: number } | null>();
  return last?.balance ?? 0;
}
