import { type Connection, type Model, Schema } from 'mongoose';
import { op } from '../db/connect';
import { insertDocument } from '../db/store';
import { tenancyPlugin } from '../db/tenancy';
import { isDuplicateKey } from '../errors';
import type { DomainEvent, EventHandler } from './types';

/** One consumer's claim on one event: `_id` is `<consumer>:<eventId>`, unique, so one insert wins. */
export interface ProcessedEventFields {
  _id: string;
  consumer: string;
  eventId: string;
  type: string;
  merchantId: string;
  state: 'processing' | 'done';
  claimedAt: Date;
  doneAt?: Date | null;
}

const processedEventSchema = new Schema<ProcessedEventFields>(
  {
    _id: { type: String, required: true },
    consumer: { type: String, required: true },
    eventId: { type: String, required: true },
    type: { type: String, required: true },
    merchantId: { type: String, required: true },
    state: { type: String, enum: ['processing', 'done'], required: true },
    claimedAt: { type: Date, required: true },
    doneAt: { type: Date },
  },
  { versionKey: false },
);
// No TTL indexes on FerretDB: `pruneProcessedEvents` expires records from a cleanup job.
processedEventSchema.plugin(tenancyPlugin);

/** The processed-events collection of a subgraph's database (one per database, shared by its consumers). */
export function processedEventModel(
  conn: Connection,
  collection = 'processed_events',
): Model<ProcessedEventFields> {
  if (conn.modelNames().includes('ProcessedEvent')) return conn.model<ProcessedEventFields>('ProcessedEvent');
  return conn.model<ProcessedEventFields>('ProcessedEvent', processedEventSchema, collection);
}

/** Another delivery of the event is being handled right now; the bus retries this one later. */
export class EventInProgress extends Error {
  constructor(key: string) {
    super(`Event ${key} is being processed by another delivery`);
    this.name = 'EventInProgress';
  }
}

export interface IdempotencyOptions {
  /**
   * How long a claim protects a handler that has not finished. Past it the claim is presumed
   * dead (its process crashed mid-handler) and a redelivery takes over. Must exceed the
   * slowest handler, or a slow one and its successor both run.
   */
  leaseMs?: number;
  /**
   * Events the handler would do nothing with (a sale without a customer, for the customers
   * consumer): they are skipped before the claim, which would otherwise cost two writes per
   * event for nothing. Must depend on the event alone.
   */
  relevant?: (event: DomainEvent) => boolean;
}

/**
 * Wraps a handler so each event is handled once per consumer, although the bus delivers it at
 * least once (republished by a restarted relay, reclaimed after a crash, sent by two relays).
 *
 * Claim first: the insert of `<consumer>:<eventId>` decides which delivery runs the handler,
 * so concurrent duplicates never run it twice. If the handler throws, the claim is deleted
 * and the redelivery runs it again. If the process dies mid-handler, the claim stays
 * `processing` until its lease expires, then a redelivery takes over; the handler must
 * therefore tolerate re-running after a partial first run (write its effects keyed by the
 * event id), which is the one case where it may see an event twice.
 */
export function idempotentHandler(
  model: Model<ProcessedEventFields>,
  consumer: string,
  handler: EventHandler,
  opts: IdempotencyOptions = {},
): EventHandler {
  const leaseMs = opts.leaseMs ?? 60_000;
  return async (event) => {
    if (opts.relevant && !opts.relevant(event)) return;
    const key = `${consumer}:${event.id}`;
    const claimedAt = await claim(model, key, consumer, event, leaseMs);
    if (!claimedAt) return;
    // Only our own claim: a successor may have taken over if we outlived the lease. Checked by a
    // read of the exact key, then written by key (a filter on the claim time would scan).
    const stillMine = async () => {
      const now = await model.findOne({ _id: key }).setOptions({ crossTenant: true }).lean();
      return now?.claimedAt.getTime() === claimedAt.getTime();
    };
    try {
      await handler(event);
    } catch (err) {
      // Should the delete itself fail, the claim still expires with its lease; the handler's error matters more.
      if (await stillMine().catch(() => false))
        await model
          .deleteOne({ _id: key })
          .setOptions({ crossTenant: true })
          .catch(() => undefined);
      throw err;
    }
    await model
      .updateOne({ _id: key }, { $set: { state: 'done', doneAt: new Date() } })
      .setOptions({ crossTenant: true });
  };
}

/** The time of the claim won, or null when the event was already handled. */
async function claim(
  model: Model<ProcessedEventFields>,
  key: string,
  consumer: string,
  event: DomainEvent,
  leaseMs: number,
): Promise<Date | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const claimedAt = new Date();
    try {
      await insertDocument(model, {
        _id: key,
        consumer,
        eventId: event.id,
        type: event.type,
        merchantId: event.merchantId,
        state: 'processing',
        claimedAt,
      });
      return claimedAt;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    // By exact key only (a second field would make FerretDB scan every processed event).
    const existing = await model.findOne({ _id: key }).setOptions({ crossTenant: true }).lean();
    if (!existing) continue; // released by a failed attempt in between: compete again
    if (existing.state === 'done') return null;
    if (existing.claimedAt.getTime() > Date.now() - leaseMs) throw new EventInProgress(key);
    // A stale claim: delete exactly that one, then compete for a fresh claim by insert again.
    await model.deleteOne({ _id: key }).setOptions({ crossTenant: true });
  }
  throw new EventInProgress(key);
}

/**
 * Deletes records of events handled before `olderThan`. Run from a cleanup job; keep them
 * longer than any event can still be redelivered (stream retention, a relay's downtime).
 */
export async function pruneProcessedEvents(
  model: Model<ProcessedEventFields>,
  olderThan: Date,
): Promise<number> {
  const res = await model
    .deleteMany({ state: 'done', claimedAt: op({ $lt: olderThan }) })
    .setOptions({ crossTenant: true });
  return res.deletedCount;
}
