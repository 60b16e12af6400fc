import { AmountOverflowError } from '@pos/kit';
import type { Model, PipelineStage } from 'mongoose';

export type GroupedRow = { _id: unknown } & Record<string, number>;

/**
 * `$group` with one `$sum` per aggregation, run in parallel and merged by key. FerretDB 1.24
 * computes only the first accumulator of a `$group` correctly (the others come back 0), so a
 * multi-accumulator group is not portable; one accumulator per pipeline behaves the same on
 * MongoDB and FerretDB. Sorting and limits happen on the merged (already grouped, small) rows.
 */
export async function groupSums<T>(
  model: Model<T>,
  match: Record<string, unknown>,
  key: unknown,
  fields: readonly string[],
): Promise<GroupedRow[]> {
  const results = await Promise.all(
    fields.map((field) =>
      model
        .aggregate<{ _id: unknown; v: number }>([
          { $match: match },
          { $group: { _id: key, v: { $sum: `$${field}` } } } as PipelineStage.Group,
        ])
        .exec(),
    ),
  );
  const rows = new Map<string, GroupedRow>();
  results.forEach((result, i) => {
    const field = fields[i] as string;
    for (const r of result) {
      const id = JSON.stringify(r._id ?? null);
      const row = rows.get(id) ?? ({ _id: r._id ?? null } as GroupedRow);
      const v = Number(r.v ?? 0);
      // A sum past 2^53 - 1 has lost precision: an error, never a rounded figure.
      if (Math.abs(v) > Number.MAX_SAFE_INTEGER) throw new AmountOverflowError(field);
      row[field] = v;
      rows.set(id, row);
    }
  });
  return [...rows.values()].map((row) => {
    for (const f of fields) row[f] ??= 0;
    return row;
  });
}

/** Descending by `field`, ties broken by key, for stable report order. */
export const byDesc = (field: string) => (a: GroupedRow, b: GroupedRow) =>
  (b[field] ?? 0) - (a[field] ?? 0) || JSON.stringify(a._id).localeCompare(JSON.stringify(b._id));
