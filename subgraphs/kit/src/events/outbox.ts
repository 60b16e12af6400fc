import { randomUUID } from 'node:crypto';
import mongoose, { Schema, type UpdateQuery } from 'mongoose';
import type { DomainEvent } from './types';

/**
 * The transactional outbox without transactions: the events of a state change are stored in
 * the very document whose write makes the change, so both land or neither does. A relay
 * publishes them afterwards (see `OutboxRelay`).
 */
export interface OutboxFields {
  outbox: DomainEvent[];
  /** True while `outbox` holds events not yet published; what the relay polls for. */
  outboxPending: boolean;
  /**
   * New on every write that adds events. The relay clears the outbox only if the token is the
   * one it read, so events added after its read are never cleared unpublished.
   */
  outboxToken?: string | null;
  /** When events were last added; the relay publishes the oldest first. */
  outboxAt?: Date | null;
}

const outboxEventSchema = new Schema<DomainEvent>(
  {
    id: { type: String, required: true },
    type: { type: String, required: true },
    merchantId: { type: String, required: true },
    branchId: { type: String },
    occurredAt: { type: Date, required: true },
    payload: { type: Schema.Types.Mixed, default: {} },
  },
  // `id` is a field here, not mongoose's virtual; `minimize: false` keeps an empty payload.
  { _id: false, id: false, minimize: false },
);

/** The outbox paths, to spread into a schema definition; `outboxPlugin` also adds the index. */
export const outboxFields = {
  outbox: { type: [outboxEventSchema], default: [] },
  outboxPending: { type: Boolean, default: false },
  outboxToken: { type: String },
  outboxAt: { type: Date },
};

/** Adds the outbox to a schema, indexed for the relay's `{ outboxPending: true }` oldest-first scan. */
export function outboxPlugin(schema: Schema): void {
  schema.add(outboxFields);
  schema.index({ outboxPending: 1, outboxAt: 1 });
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
  };
}

function outboxMarks() {
  return { outboxPending: true, outboxToken: randomUUID(), outboxAt: new Date() };
}

/**
 * Puts events into the document about to be written: a mongoose document (then `save()` it) or
 * a plain object for `create`/`insertMany`. For `updateOne`/`findOneAndUpdate` use `withOutboxUpdate`.
 */
export function withOutbox<T extends object>(doc: T, events: readonly DomainEvent[]): T {
  if (events.length === 0) return doc;
  const marks = outboxMarks();
  if (doc instanceof mongoose.Document) {
    if (!doc.schema.path('outbox'))
      throw new Error(`${doc.constructor.name} has no outbox; add outboxPlugin`);
    // A push, not a reassignment: mongoose then writes `$push`, which keeps events another
    // writer added since this document was read.
    (doc.get('outbox') as DomainEvent[]).push(...events);
    doc.set(marks);
    // A stale copy may still say `true` after the relay cleared it; the flag must be written anyway.
    doc.markModified('outboxPending');
    return doc;
  }
  const plain = doc as T & Partial<OutboxFields>;
  Object.assign(plain, marks, { outbox: [...(plain.outbox ?? []), ...events] });
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
    $set: { ...u.$set, ...outboxMarks() },
    $push: { ...u.$push, outbox: { $each: [...events] } },
  } as UpdateQuery<T>;
}
