import type { Connection, Model } from 'mongoose';
import type { Logger } from '../logger';
import type { OutboxFields } from './outbox';
import type { DomainEvent, EventBus } from './types';

export interface OutboxRelayOptions {
  bus: EventBus;
  logger: Logger;
  /** Poll period; `kick()` after a write publishes sooner. */
  intervalMs?: number;
  /** Documents read per model per pass. */
  batchSize?: number;
}

/** Any model whose schema has `outboxPlugin`; only its name and connection are needed. */
export interface OutboxSource {
  readonly modelName: string;
  readonly db: Connection;
}

/** A document with pending events, as the relay reads it. */
export interface PendingOutbox {
  _id: unknown;
  outbox: DomainEvent[];
  outboxToken?: string | null;
}

interface PassResult {
  documents: number;
  events: number;
}

const MAX_BACKOFF_MS = 5_000;

/**
 * Publishes outbox events of registered models to the bus, then clears them.
 *
 * At least once: events are cleared only after `publish` returned, so a relay that dies in
 * between publishes them again on restart, with the same ids. Two relays at once may both
 * publish a document's events (consumers dedupe by id) but cannot lose one: clearing is
 * conditional on the `outboxToken` read, which every write that adds events replaces.
 */
export class OutboxRelay {
  private readonly models: Model<OutboxFields>[] = [];
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private failures = 0;
  private inFlight: Promise<PassResult> | null = null;
  private queued: Promise<PassResult> | null = null;

  constructor(private readonly opts: OutboxRelayOptions) {
    this.intervalMs = opts.intervalMs ?? 100;
    this.batchSize = opts.batchSize ?? 100;
  }

  register(source: OutboxSource): this {
    // Looked up by name so any concrete model type is accepted without a cast.
    this.models.push(source.db.model<OutboxFields>(source.modelName));
    return this;
  }

  /** Starts polling. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await Promise.allSettled([this.inFlight, this.queued]);
  }

  /** Publishes soon, without waiting for the next poll; call after a write that added events. */
  kick(): void {
    // A stopped relay stays stopped: writes during shutdown must not publish on a closing bus.
    if (!this.running) return;
    this.pass().catch((err: unknown) => this.opts.logger.warn({ err }, 'outbox relay pass failed'));
  }

  /** Publishes until nothing is pending (tests, shutdown). Returns the number of events published. */
  async drain(maxPasses = 1_000): Promise<number> {
    let events = 0;
    for (let i = 0; i < maxPasses; i++) {
      const r = await this.pass();
      if (r.documents === 0) return events;
      events += r.events;
    }
    throw new Error(`outbox did not drain in ${maxPasses} passes`);
  }

  /**
   * Clears the events just published, unless events were added since they were read (the token
   * changed): then they stay pending and the next pass publishes all of them, some twice.
   * Protected so a test can simulate a relay killed between publish and clear.
   */
  protected async markPublished(model: Model<OutboxFields>, doc: PendingOutbox): Promise<boolean> {
    const res = await model
      .updateOne(
        { _id: doc._id, outboxToken: doc.outboxToken ?? null },
        { $set: { outbox: [], outboxPending: false }, $unset: { outboxToken: 1, outboxAt: 1 } },
      )
      .setOptions({ crossTenant: true });
    return res.matchedCount === 1;
  }

  /** One pass at a time per relay; concurrent callers share the next one. */
  private pass(): Promise<PassResult> {
    if (!this.inFlight) {
      this.inFlight = this.publishPending().finally(() => {
        this.inFlight = null;
      });
      return this.inFlight;
    }
    this.queued ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.pass();
      });
    return this.queued;
  }

  private async publishPending(): Promise<PassResult> {
    const result: PassResult = { documents: 0, events: 0 };
    for (const model of this.models) {
      // A relay job serves every merchant, so it reads across tenants on purpose.
      const docs = await model
        .find({ outboxPending: true })
        .sort({ outboxAt: 1, _id: 1 })
        .limit(this.batchSize)
        .select({ outbox: 1, outboxToken: 1 })
        .setOptions({ crossTenant: true })
        .lean<PendingOutbox[]>();
      for (const doc of docs) {
        for (const event of doc.outbox) await this.opts.bus.publish(event);
        await this.markPublished(model, doc);
        result.documents++;
        result.events += doc.outbox.length;
      }
    }
    if (result.events > 0) this.opts.logger.debug(result, 'outbox events published');
    return result;
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.pass().then(
        () => {
          this.failures = 0;
          this.schedule(this.intervalMs);
        },
        (err: unknown) => {
          this.failures++;
          this.opts.logger.warn({ err, failures: this.failures }, 'outbox relay pass failed; retrying');
          this.schedule(Math.min(MAX_BACKOFF_MS, this.intervalMs * 2 ** this.failures));
        },
      );
    }, delayMs);
    // Polling alone must not keep a process alive that is otherwise done.
    this.timer.unref();
  }
}
