import { isDuplicateKey } from '@pos/kit';
import type { Model, mongo } from 'mongoose';

/**
 * Writes rows keyed by deterministic ids (`<eventId>:<part>`), replacing any earlier copy: a
 * redelivered or replayed event rewrites the same rows instead of adding new ones. Two copies of
 * one event handled at once can both try to insert a row (E11000 for the slower one; FerretDB
 * does not retry such upserts as MongoDB does): the rows then exist, so one retry replaces them.
 *
 * Each row is written by its exact `_id` alone (a second field would make the engine scan the
 * collection per row). `fresh` when every row was inserted, none replaced: the event's first
 * delivery. Every key names its tenant: either the merchant leads it, or it starts
 * with an event id, which belongs to the merchant whose event the log recorded first
 * (`consumeEvent` refuses the same id from another merchant).
 */
export async function upsertAll<T extends { _id: string; merchantId: string }>(
  model: Model<T>,
  rows: readonly T[],
): Promise<{ fresh: boolean }> {
  if (rows.length === 0) return { fresh: false };
  try {
    const res = await replaceAll(model, rows);
    return { fresh: res.upsertedCount === rows.length };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await replaceAll(model, rows);
    return { fresh: false };
  }
}

function replaceAll<T extends { _id: string; merchantId: string }>(model: Model<T>, rows: readonly T[]) {
  // The driver's collection, not the model: the tenancy hook would insist on a merchant in the filter.
  const collection = model.collection as unknown as mongo.Collection<{ _id: string }>;
  return collection.bulkWrite(
    rows.map((row) => ({ replaceOne: { filter: { _id: row._id }, replacement: row, upsert: true } })),
    { ordered: false },
  );
}
