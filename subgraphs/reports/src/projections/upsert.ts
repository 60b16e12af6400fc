import type { Model } from 'mongoose';

/**
 * Writes rows keyed by deterministic ids (`<eventId>:<part>`), replacing any earlier copy: a
 * redelivered or replayed event rewrites the same rows instead of adding new ones.
 */
export async function upsertAll<T extends { _id: string; merchantId: string }>(
  model: Model<T>,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  await model.bulkWrite(
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
