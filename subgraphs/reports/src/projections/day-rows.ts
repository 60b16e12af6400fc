import { getByKey, isDuplicateKey, updateByKey } from '@pos/kit';
import type { Model, mongo } from 'mongoose';

/**
 * A day row lists the ids added to it since they were last settled; once it lists this many, the
 * oldest are settled (their facts marked as counted) and dropped from the list, keeping `KEEP`.
 */
export const PENDING_LIMIT = 16;
const KEEP = 4;

export interface DayRowAdd {
  // biome-ignore lint/suspicious/noExplicitAny: rows of several schemas go through here
  model: Model<any>;
  _id: string;
  merchantId: string;
  /** The row's list of ids added but not yet settled (`events`, `entries`). */
  list: string;
  /** The id of the fact being added (an event of a sales day, an entry of a cash book day). */
  item: string;
  $inc: Record<string, number>;
  /** The row's fields when this fact is its first (the sums are `$inc`, the list `[item]`). */
  fields: Record<string, unknown>;
  /** True when the fact was counted into the row earlier and has since been settled out of its list. */
  settled(): boolean | Promise<boolean>;
  /** Marks facts as counted into the row, for good; called before they leave the list. */
  settle(items: readonly string[]): Promise<void>;
  /**
   * The fact was written just now, not found written: its first delivery, which no row can have
   * counted yet, so the row is added to (or created) in one write without being read first.
   */
  fresh?: boolean;
}

/**
 * Adds one fact's sums to its day row exactly once, with the row's size bounded whatever the
 * day's volume. The caller holds the row's lock (one writer at a time).
 *
 * A fact is counted in the row when its id is on the row's list or it is marked settled. The sums
 * and the id land in one update, so a crash never leaves one without the other; a redelivery finds
 * the id and adds nothing. Ids leave the list only after their facts are marked (a crash between
 * the two leaves both, which still reads as counted), so a fact is never counted twice. Before,
 * the list kept every id of the day: each sale read and rewrote a row that grew with the day's
 * sales, the cost this project's database rules forbid.
 */
export async function addToDayRow(a: DayRowAdd): Promise<void> {
  if (a.fresh && (await addFresh(a))) return;
  for (let attempt = 0; attempt < 2; attempt++) {
    const day = await getByKey<{ merchantId: string } & Record<string, unknown>>(a.model, a._id, {
      merchantId: 1,
      [a.list]: 1,
    });
    if (day) {
      if (day.merchantId !== a.merchantId) throw new Error(`day row ${a._id} belongs to another merchant`);
      const pending = (day[a.list] as string[] | undefined) ?? [];
      if (pending.includes(a.item) || (await a.settled())) return;
      if (pending.length >= PENDING_LIMIT) {
        const leaving = pending.slice(0, pending.length - KEEP);
        await a.settle(leaving);
        await updateByKey(a.model, a._id, { $pullAll: { [a.list]: leaving } });
      }
      await updateByKey(a.model, a._id, { $inc: a.$inc, $push: { [a.list]: a.item } });
      return;
    }
    try {
      await a.model.create({
        _id: a._id,
        merchantId: a.merchantId,
        ...a.fields,
        ...a.$inc,
        [a.list]: [a.item],
      });
      return;
    } catch (err) {
      // Another process without the shared lock created it first: add to it as an update.
      if (!isDuplicateKey(err)) throw err;
    }
  }
}

/**
 * A first delivery: the sums and the id in one upsert that answers the row's list, settled when
 * long. False when a concurrent first write of the row refused the upsert (E11000; FerretDB does
 * not retry upserts): then the caller reads the row and adds to it.
 */
async function addFresh(a: DayRowAdd): Promise<boolean> {
  let row: ({ merchantId: string } & Record<string, unknown>) | null;
  try {
    // The driver's collection: every value is already as stored (numbers, strings), and the row's
    // schema has no timestamps nor defaults the update leaves out, so mongoose would add nothing.
    const rows = a.model.collection as unknown as mongo.Collection<{ _id: string }>;
    row = (await rows.findOneAndUpdate(
      { _id: a._id },
      {
        $inc: a.$inc,
        $push: { [a.list]: a.item },
        $setOnInsert: { merchantId: a.merchantId, ...a.fields },
      },
      // The whole row comes back: FerretDB 1.24 has no projection on findAndModify (it is small).
      { upsert: true, returnDocument: 'after', includeResultMetadata: false },
    )) as unknown as ({ merchantId: string } & Record<string, unknown>) | null;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
  // Row keys lead with their merchant, so another's row cannot be hit; checked all the same.
  if (row?.merchantId !== a.merchantId) throw new Error(`day row ${a._id} belongs to another merchant`);
  const pending = (row[a.list] as string[] | undefined) ?? [];
  if (pending.length > PENDING_LIMIT) {
    const leaving = pending.slice(0, pending.length - KEEP);
    await a.settle(leaving);
    await updateByKey(a.model, a._id, { $pullAll: { [a.list]: leaving } });
  }
  return true;
}

/** Inserts documents by `_id`, those already there left as they are. */
export async function insertMissing<T extends { _id: string }>(
  model: Model<T>,
  docs: readonly T[],
): Promise<void> {
  if (docs.length === 0) return;
  try {
    await model.collection.insertMany(docs as never[], { ordered: false });
  } catch (err) {
    const writeErrors = (err as { writeErrors?: { code?: number }[] }).writeErrors;
    const allDuplicates = Array.isArray(writeErrors)
      ? writeErrors.every((e) => e.code === 11000)
      : isDuplicateKey(err);
    if (!allDuplicates) throw err;
  }
}
