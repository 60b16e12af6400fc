import type { Collection } from 'mongoose';
import { isDuplicateKey } from '../errors';

/**
 * A small append-only set of strings per key, read and written by exact `_id` only: member `n`
 * of list `L` is the document `L#n` (n = 1, 2, ...). It answers "which entries belong to this
 * order" without a query on a growing collection; reading costs one get per member plus one.
 * Adding is a claim of the first free slot (the insert that wins owns it), so concurrent adders
 * never lose a member; adding a member already present changes nothing (so a retried or
 * replayed write can always re-add what a crash may have left out). Lists stay small (the
 * entries of one order), which is what makes probing them cheap.
 */
export async function readList(coll: Collection, listId: string): Promise<string[]> {
  const out: string[] = [];
  for (let n = 1; ; n++) {
    const doc = (await coll.findOne({ _id: `${listId}#${n}` as never })) as { value?: string } | null;
    if (!doc) return [...new Set(out)];
    if (typeof doc.value === 'string') out.push(doc.value);
  }
}

/** Adds `value` to the list unless it is there already. */
export async function addToList(coll: Collection, listId: string, value: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    let n = 1;
    for (; ; n++) {
      const doc = (await coll.findOne({ _id: `${listId}#${n}` as never })) as { value?: string } | null;
      if (!doc) break;
      if (doc.value === value) return;
    }
    try {
      await coll.insertOne({ _id: `${listId}#${n}`, value } as never);
      return;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new Error(`List ${listId} is too busy; try again`);
}
