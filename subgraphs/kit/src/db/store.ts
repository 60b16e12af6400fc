import type { Model, ProjectionType, UpdateQuery } from 'mongoose';
import { isDuplicateKey } from '../errors';

/**
 * The storage layer's names for what a request may ask of a growing collection. Each one sends
 * a filter of exactly `{ _id: <string> }`: the only filter FerretDB 1.24 on SQLite answers from
 * an index (every other filter, `$in` on `_id` included, reads and decodes the whole
 * collection), and on MongoDB the primary key. Domain code keys its documents by natural keys
 * (`<merchant>|<device>|<key>`), so what it needs is a get, a claim or an update by key.
 *
 * Tenancy: the filter names no merchant (a second field would force a scan), so reads check the
 * document's merchant in code and answer `null` for another tenant's key, exactly like a
 * missing document. Writes by key are for documents the caller has just read as its own or
 * whose key embeds its merchant.
 */

// Mongoose model generics are invariant in ways that reject concrete schema types; the shapes
// are checked by the caller's type parameter. This is the storage layer's one such cast.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyModel = Model<any>;

const CROSS = { crossTenant: true } as const;

export interface GetOptions {
  /** The field naming the tenant; `_id` for the merchant document itself. */
  tenantField?: string;
  select?: ProjectionType<unknown>;
}

/** Whether a model's `_id` is a string: a read by it needs no cast, so the driver reads it as mongoose would. */
const stringKeyed = new WeakMap<object, boolean>();
function isStringKeyed(model: AnyModel): boolean {
  let known = stringKeyed.get(model.schema);
  if (known === undefined) {
    known = model.schema.path('_id')?.instance === 'String' && !model.discriminators;
    stringKeyed.set(model.schema, known);
  }
  return known;
}

/** A projection as the driver takes it, or undefined when only mongoose can read it (a string). */
function driverProjection(select: ProjectionType<unknown> | undefined): Record<string, unknown> | undefined {
  if (!select || typeof select !== 'object' || Array.isArray(select)) return undefined;
  const values = Object.values(select as Record<string, unknown>);
  return values.every((v) => v === 0 || v === 1 || v === true || v === false)
    ? (select as Record<string, unknown>)
    : undefined;
}

/**
 * One document by `_id`, as `findOne(...).lean()` answers it. For string-keyed models (every
 * keyed document here) the driver reads it directly: a lean read by a string key is exactly the
 * driver's answer, and mongoose's query building, casting and hooks were a tenth of a read's CPU.
 */
async function findByKey(
  model: AnyModel,
  id: string,
  select?: ProjectionType<unknown>,
): Promise<Record<string, unknown> | null> {
  const projection = driverProjection(select);
  if (typeof id === 'string' && isStringKeyed(model) && (!select || projection)) {
    const found = await model.collection.findOne({ _id: id } as never, projection ? { projection } : {});
    return found as Record<string, unknown> | null;
  }
  const q = model.findOne({ _id: id }).setOptions(CROSS);
  if (select) q.select(select);
  return (await q.lean()) as Record<string, unknown> | null;
}

/** The document with this `_id` if it belongs to `merchantId`; another tenant's reads as missing. */
export async function getOwned<T>(
  model: AnyModel,
  id: string,
  merchantId: string,
  opts: GetOptions = {},
): Promise<T | null> {
  if (typeof id !== 'string' || id.length === 0) return null;
  const field = opts.tenantField ?? 'merchantId';
  const select = opts.select ? withField(opts.select, field) : undefined;
  const doc = await findByKey(model, id, select);
  if (!doc || doc[field] !== merchantId) return null;
  return doc as T;
}

/**
 * Many documents by `_id`, each with its own exact get (never `$in`), in the order of `ids`,
 * `null` where missing or another tenant's: the shape a DataLoader batch returns.
 */
export function getOwnedMany<T>(
  model: AnyModel,
  ids: readonly string[],
  merchantId: string,
  opts: GetOptions = {},
): Promise<(T | null)[]> {
  const unique = [...new Set(ids)];
  return Promise.all(unique.map((id) => getOwned<T>(model, id, merchantId, opts))).then((docs) => {
    const byId = new Map(unique.map((id, i) => [id, docs[i] ?? null]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A document by `_id` whatever its tenant: for jobs and keys that embed their tenant. */
export async function getByKey<T>(
  model: AnyModel,
  id: string,
  select?: ProjectionType<unknown>,
): Promise<T | null> {
  return (await findByKey(model, id, select)) as T | null;
}

/** Updates the document with this `_id`; the caller has read it as its tenant's, or its key names the tenant. */
export async function updateByKey(
  model: AnyModel,
  id: string,
  update: UpdateQuery<unknown>,
  opts: { upsert?: boolean } = {},
): Promise<{ matched: boolean }> {
  const res = await model.updateOne({ _id: id }, update, opts).setOptions(CROSS);
  return { matched: res.matchedCount === 1 || res.upsertedCount === 1 };
}

/** Deletes the document with this `_id` (same rule as `updateByKey`). */
export async function deleteByKey(model: AnyModel, id: string): Promise<boolean> {
  const res = await model.deleteOne({ _id: id }).setOptions(CROSS);
  return res.deletedCount === 1;
}

/** How `save` turns a new document into what it sends (mongoose's own options for that). */
const AS_STORED = {
  transform: false,
  virtuals: false,
  getters: false,
  depopulate: true,
  flattenDecimals: false,
  useProjection: false,
  versionKey: true,
  flattenObjectIds: false,
  bson: true,
} as const;

/**
 * Inserts one new document and returns it as stored: what `Model.create` writes (defaults,
 * casting, validation with its `validate` hooks, the tenant check among them, and timestamps),
 * without the rest of `save`'s machinery (change tracking, the parallel-save guard, save hooks),
 * which a document that is inserted once and never saved again does not need: that machinery was
 * a twentieth of a checkout's CPU. Models written through it define no `save` hooks (none here
 * does). A duplicate `_id` or unique key rejects with E11000, as `create` does.
 */
export async function insertDocument<T>(model: AnyModel, input: Record<string, unknown>): Promise<T> {
  const doc = new model(input);
  await doc.validate();
  if (model.schema.options.timestamps) doc.initializeTimestamps();
  const stored = doc.toObject(AS_STORED) as Record<string, unknown>;
  await model.collection.insertOne(stored);
  return stored as T;
}

/**
 * A claim: inserts the document whose `_id` names the thing claimed. The insert that wins owns
 * it (true); every other gets false. The one check-then-act that stays correct where a
 * conditional update is not atomic (FerretDB rewrites whole documents).
 */
export async function claimKey(model: AnyModel, doc: { _id: string } & Record<string, unknown>) {
  try {
    await insertDocument(model, doc);
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/** Inserts or, when the key exists, overwrites the fields given: a keyed cache or hint, last writer wins. */
export async function putByKey(model: AnyModel, id: string, fields: Record<string, unknown>) {
  try {
    await model.updateOne({ _id: id }, { $set: fields }, { upsert: true }).setOptions(CROSS);
  } catch (err) {
    // Two upserts of a new key race to insert it; the loser's write lands as an update.
    if (!isDuplicateKey(err)) throw err;
    await model.updateOne({ _id: id }, { $set: fields }).setOptions(CROSS);
  }
}

function withField(select: ProjectionType<unknown>, field: string): ProjectionType<unknown> {
  if (typeof select === 'string') return `${select} ${field}`;
  const s = select as Record<string, unknown>;
  const inclusive = Object.values(s).some((v) => v === 1 || v === true);
  return inclusive ? { ...s, [field]: 1 } : s;
}
