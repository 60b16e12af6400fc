import { randomUUID } from 'node:crypto';
import mongoose, { type Model, Schema, type UpdateQuery } from 'mongoose';
import { isDuplicateKey } from '../errors';
import { traceCarrier } from '../tracing';
import type { DomainEvent } from './types';

/**
 * The transactional outbox without transactions, in two writes ordered so that a crash between
 * them is harmless:
 * 1. `stageOutbox` records each event in the database's small `outbox_staged` collection,
 *    pointing at the document whose write will commit it (nothing is published yet);
 * 2. the state change writes the same events into that document's `outbox` array.
 * The relay (`OutboxRelay`) drains `outbox_staged`: it publishes a staged event only once the
 * document it points at holds it (committed), and drops a staged event whose document never
 * got it (the write failed, or lost to a concurrent rewrite) after a grace period. So the relay
 * finds its work without scanning a growing collection, publishes nothing that was not
 * committed, and loses nothing that was. The `outbox` array stays on the document as the
 * record of what its writes announced.
 */
export interface OutboxFields {
  outbox: DomainEvent[];
}

const outboxEventSchema = new Schema<DomainEvent>(
  {
    id: { type: String, required: true },
    type: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String },
    occurredAt: { type: Date, required: true },
    payload: { type: Schema.Types.Mixed, default: {} },
    trace: { type: Schema.Types.Mixed },
  },
  // `id` is a field here, not mongoose's virtual; `minimize: false` keeps an empty payload.
  { _id: false, id: false, minimize: false },
);

/** The outbox path, to spread into a schema definition. */
export const outboxFields = {
  outbox: { type: [outboxEventSchema], default: [] },
};

/** Adds the outbox to a schema (no index: the relay finds work in `outbox_staged`, not here). */
export function outboxPlugin(schema: Schema): void {
  schema.add(outboxFields);
}

export interface NewEventInput<P> {
  type: string;
  merchantId: string;
  branchId?: string | undefined;
  payload: P;
  /** A deterministic id (e.g. `<orderId>:completed`) makes a retried request produce the same event. */
  id?: string;
  occurredAt?: Date;
}

/** A new event with a fresh id; the id is stored with it and never changes on republish. */
export function newEvent<P extends Record<string, unknown>>(input: NewEventInput<P>): DomainEvent<P> {
  return {
    id: input.id ?? randomUUID(),
    type: input.type,
    merchantId: input.merchantId,
    ...(input.branchId ? { branchId: input.branchId } : {}),
    occurredAt: input.occurredAt ?? new Date(),
    payload: input.payload,
    ...traceOf(),
  };
}

/** The active trace context, when there is one to carry. */
function traceOf(): { trace?: Record<string, string> } {
  const trace = traceCarrier();
  return Object.keys(trace).length > 0 ? { trace } : {};
}

/**
 * Puts events into the document about to be written: a mongoose document (then `save()` it) or
 * a plain object for `create`/`insertMany`. For `updateOne`/`findOneAndUpdate` use `withOutboxUpdate`.
 */
export function withOutbox<T extends object>(doc: T, events: readonly DomainEvent[]): T {
  if (events.length === 0) return doc;
  if (doc instanceof mongoose.Document) {
    if (!doc.schema.path('outbox'))
      throw new Error(`${doc.constructor.name} has no outbox; add outboxPlugin`);
    // A push, not a reassignment: mongoose then writes `$push`, which keeps events another
    // writer added since this document was read.
    (doc.get('outbox') as DomainEvent[]).push(...events);
    return doc;
  }
  const plain = doc as T & Partial<OutboxFields>;
  Object.assign(plain, { outbox: [...(plain.outbox ?? []), ...events] });
  return plain;
}

/** The update operators that add events, merged into an update for `updateOne`/`findOneAndUpdate`. */
export function withOutboxUpdate<T>(
  update: UpdateQuery<NoInfer<T>>,
  events: readonly DomainEvent[],
): UpdateQuery<T> {
  if (events.length === 0) return update;
  const u = update as { $set?: object; $push?: object };
  return {
    ...update,
    ...(u.$set ? { $set: u.$set } : {}),
    $push: { ...u.$push, outbox: { $each: [...events] } },
  } as UpdateQuery<T>;
}

/** The staged-events collection of a database: small, drained by the relay as it publishes. */
export const STAGED_COLLECTION = 'outbox_staged';

export interface StagedEvent {
  /** The event id. */
  _id: string;
  /** The model whose document commits the event, and that document's `_id`. */
  model: string;
  doc: string;
  stagedAt: Date;
}

/**
 * Step 1 of an outbox write: call before the write that puts `events` into the document
 * `docId` of `model`. Staging again (a retry, or a retried sequence number) repoints the event.
 */
export async function stageOutbox(
  model: Pick<Model<unknown>, 'modelName' | 'db'>,
  docId: string,
  events: readonly DomainEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const staged = model.db.collection<StagedEvent>(STAGED_COLLECTION);
  const stagedAt = new Date();
  await Promise.all(
    events.map(async (e) => {
      const put = (upsert: boolean) =>
        staged.updateOne(
          { _id: e.id },
          { $set: { model: model.modelName, doc: docId, stagedAt } },
          { upsert },
        );
      try {
        await put(true);
      } catch (err) {
        // Two stagings of one new id raced to insert it; the loser's write lands as an update.
        if (!isDuplicateKey(err)) throw err;
        await put(false);
      }
    }),
  );
}
