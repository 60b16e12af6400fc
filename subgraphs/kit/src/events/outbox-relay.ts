import type { Connection } from 'mongoose';
import type { Logger } from '../logger';
import { STAGED_COLLECTION, type StagedEvent } from './outbox';
import type { DomainEvent, EventBus } from './types';

export interface OutboxRelayOptions {
  bus: EventBus;
  logger: Logger;
  /** Safety-net poll period; writes `kick()` the relay, so this only matters after a lost kick. */
  intervalMs?: number;
  /** Staged events read per database per pass. */
  batchSize?: number;
  /** A staged event whose document does not hold it after this long was never committed: dropped. */
  uncommittedAfterMs?: number;
}

/** Events a write put into a document of `source`, which the writer saw commit. */
export interface CommittedEvents {
  source: OutboxSource;
  events: readonly DomainEvent[];
}

/** Any model whose schema has `outboxPlugin`; only its name and connection are needed. */
export interface OutboxSource {
  readonly modelName: string;
  readonly db: Connection;
}

interface PassResult {
  staged: number;
  events: number;
}

const MAX_BACKOFF_MS = 5_000;

/**
 * Publishes staged outbox events (see `stageOutbox`) once their write has committed.
 *
 * Cost is O(pending): a pass reads the head of the drained `outbox_staged` collection (a
 * filterless read with a limit, which every engine answers without a scan) and each committing
 * document by exact `_id`. At least once: a staged event is deleted only after `publish`
 * returned, so a relay that dies in between publishes it again on restart, with the same id.
 * Two relays at once may both publish an event (consumers dedupe by id) but cannot lose one.
 */
export class OutboxRelay {
  private readonly connections = new Set<Connection>();
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly graceMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private failures = 0;
  private inFlight: Promise<PassResult> | null = null;
  private queued: Promise<PassResult> | null = null;
  /** Events being published by `committed`, which a pass meanwhile leaves to it. */
  private readonly direct = new Set<string>();
  private readonly directRuns = new Set<Promise<void>>();

  constructor(private readonly opts: OutboxRelayOptions) {
    this.intervalMs = opts.intervalMs ?? 2_000;
    this.batchSize = opts.batchSize ?? 500;
    this.graceMs = opts.uncommittedAfterMs ?? 120_000;
  }

  /** Adds the database of a model with an outbox (one staged collection per database). */
  register(source: OutboxSource): this {
    this.connections.add(source.db);
    return this;
  }

  /** Starts the safety-net poll. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await Promise.allSettled([this.inFlight, this.queued, ...this.directRuns]);
  }

  /** Publishes soon, without waiting for the next poll; call after a write that added events. */
  kick(): void {
    // A stopped relay stays stopped: writes during shutdown must not publish on a closing bus.
    if (!this.running) return;
    this.pass().catch((err: unknown) => this.opts.logger.warn({ err }, 'outbox relay pass failed'));
  }

  /**
   * Publishes events whose write the caller saw commit, at once and without reading them back:
   * call it after the write that put `events` into a document of `source` returned. What fails
   * here stays staged, and a pass publishes it from the document as usual. An event that a pass
   * publishes meanwhile may go out twice (consumers dedupe by id), never zero times.
   */
  committed(source: OutboxSource, events: readonly DomainEvent[]): void {
    if (events.length === 0) return;
    if (!this.running || !this.connections.has(source.db)) {
      this.kick();
      return;
    }
    for (const e of events) this.direct.add(e.id);
    const run = this.publishDirect(source.db, events).finally(() => {
      for (const e of events) this.direct.delete(e.id);
      this.directRuns.delete(run);
    });
    this.directRuns.add(run);
  }

  private async publishDirect(conn: Connection, events: readonly DomainEvent[]): Promise<void> {
    try {
      for (const event of events) {
        await this.opts.bus.publish(event);
        await this.unstage(conn, event.id);
      }
    } catch (err) {
      this.opts.logger.warn({ err }, 'publishing committed events failed; the relay retries');
      this.kick();
    }
  }

  /**
   * Publishes until nothing committed is pending (tests, shutdown). Returns the number of events
   * published. Events staged for writes still in flight are left for a later pass.
   */
  async drain(maxPasses = 1_000): Promise<number> {
    let events = 0;
    for (let i = 0; i < maxPasses; i++) {
      await Promise.allSettled([...this.directRuns]);
      const r = await this.pass();
      events += r.events;
      if (r.events === 0) return events;
    }
    throw new Error(`outbox did not drain in ${maxPasses} passes`);
  }

  /**
   * Removes a published (or never committed) staged event. Protected so a test can simulate a
   * relay killed between publish and removal.
   */
  protected async unstage(conn: Connection, eventId: string): Promise<void> {
    await conn.collection<StagedEvent>(STAGED_COLLECTION).deleteOne({ _id: eventId });
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
    const result: PassResult = { staged: 0, events: 0 };
    for (const conn of this.connections) {
      // Filterless with a limit: read in insertion order from the head, never a scan.
      const staged = await conn
        .collection<StagedEvent>(STAGED_COLLECTION)
        .find({})
        .limit(this.batchSize)
        .toArray();
      result.staged += staged.length;
      const outboxes = new Map<string, Promise<DomainEvent[] | null>>();
      for (const row of staged) {
        if (this.direct.has(row._id)) continue;
        const docKey = `${row.model}\u0000${row.doc}`;
        let outbox = outboxes.get(docKey);
        if (!outbox) {
          outbox = this.committedEvents(conn, row);
          outboxes.set(docKey, outbox);
        }
        const event = (await outbox)?.find((e) => e.id === row._id);
        if (this.direct.has(row._id)) continue;
        if (event) {
          await this.opts.bus.publish(event);
          await this.unstage(conn, row._id);
          result.events++;
        } else if (Date.now() - new Date(row.stagedAt).getTime() > this.graceMs) {
          this.opts.logger.warn(
            { eventId: row._id, model: row.model, doc: row.doc },
            'staged event was never committed; dropped',
          );
          await this.unstage(conn, row._id);
        }
      }
    }
    if (result.events > 0) this.opts.logger.debug(result, 'outbox events published');
    return result;
  }

  private async committedEvents(conn: Connection, row: StagedEvent): Promise<DomainEvent[] | null> {
    const model = conn.models[row.model];
    if (!model) return null;
    // A relay serves every merchant, so it reads across tenants on purpose, by exact `_id`.
    const doc = await model
      .findOne({ _id: row.doc })
      .select({ outbox: 1 })
      .setOptions({ crossTenant: true })
      .lean<{ outbox?: DomainEvent[] } | null>();
    return doc?.outbox ?? null;
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
