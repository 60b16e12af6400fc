import { isDuplicateKey } from '@pos/kit';
import type { Model } from 'mongoose';

/**
 * Writes rows keyed by deterministic ids (`<eventId>:<part>`), replacing any earlier copy: a
 * redelivered or replayed event rewrites the same rows instead of adding new ones. Two copies of
 * one event handled at once can both try to insert a row (E11000 for the slower one; FerretDB
 * does not retry such upserts as MongoDB does): the rows then exist, so one retry replaces them.
 */
export async function upsertAll<T extends { _id: string; merchantId: string }>(
  model: Model<T>,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  try {
    await replaceAll(model, rows);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await replaceAll(model, rows);
  }
}

function replaceAll<T extends { _id: string; merchantId: string }>(model: Model<T>, rows: readonly T[]) {
  return model.bulkWrite(
    rows.map((row) => ({
      replaceOne: {
        filter: { _id: row._id, merchantId: row.merchantId },
        replacement: row,
        upsert: true,
      },
    })) as Parameters<Model<T>['bulkWrite']>[0],
    { ordered: false },
  );
}
