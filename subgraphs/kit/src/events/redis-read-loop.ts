import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { decodeEvent } from './codec';
import type { EventHandler } from './types';

export interface ReadLoopSettings {
  /** Shared connection for non-blocking commands (XACK, XAUTOCLAIM, ...). */
  commands: Redis;
  logger: Logger;
  group: string;
  consumer: string;
  keys: readonly string[];
  handler: EventHandler;
  claimIdleMs: number;
  blockMs: number;
  batchSize: number;
  maxDeliveries: number;
  deadLetterKey: string;
}

interface Entry {
  id: string;
  /** Null when the message was trimmed away while pending. */
  fields: string[] | null;
}

/** Pages of idle messages claimed per round, so a large backlog does not starve new reads. */
const MAX_CLAIM_PAGES = 10;

/** One consumer of a consumer group: a blocking connection and the loop that reads with it. */
export class ReadLoop {
  private readonly conn: Redis;
  private clientId: number | undefined;
  private stopped = false;
  private done: Promise<void> = Promise.resolve();
  private nextClaimAt = 0;
  private wake: (() => void) | undefined;

  constructor(private readonly s: ReadLoopSettings) {
    // XREADGROUP BLOCK holds its connection; sharing one would stall every other command.
    this.conn = s.commands.duplicate({ connectionName: `${s.group}:${s.consumer}` });
    this.conn.on('error', (err: Error) =>
      s.logger.warn({ err, group: s.group }, 'redis consumer connection error'),
    );
    // The id changes on reconnect; stop() needs the current one to CLIENT UNBLOCK it.
    this.conn.on('ready', () => {
      this.conn.client('ID').then(
        (id) => {
          this.clientId = id;
        },
        () => {},
      );
    });
  }

  async start(): Promise<void> {
    await Promise.all(this.s.keys.map((k) => this.ensureGroup(k)));
    this.clientId = await this.conn.client('ID');
    this.done = this.run();
  }

  /** Lets the batch in hand finish (so it is acked), then disconnects. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    // Unblock until the loop notices: it may be just about to block again when the first one lands.
    while (!(await settlesWithin(this.done, 50))) {
      if (this.clientId !== undefined) await this.s.commands.client('UNBLOCK', this.clientId).catch(() => 0);
    }
    await this.forgetConsumerIfIdle().catch((err: unknown) =>
      this.s.logger.warn({ err, group: this.s.group }, 'could not remove idle consumer'),
    );
    await this.conn.quit().catch(() => this.conn.disconnect());
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        if (Date.now() >= this.nextClaimAt) {
          await this.reclaim();
          this.nextClaimAt = Date.now() + Math.max(50, this.s.claimIdleMs / 2);
        }
        if (this.stopped) break;
        const { group, consumer, keys, batchSize, blockMs } = this.s;
        const raw = await this.conn.call(
          'XREADGROUP',
          ...['GROUP', group, consumer, 'COUNT', batchSize, 'BLOCK', blockMs, 'STREAMS', ...keys],
          ...keys.map(() => '>'),
        );
        for (const [key, entries] of parseStreams(raw)) for (const e of entries) await this.handle(key, e);
        failures = 0;
      } catch (err) {
        if (this.stopped) break;
        // The stream (and with it the group) was deleted under us: recreate and read on.
        if (String(err).includes('NOGROUP')) await Promise.all(this.s.keys.map((k) => this.ensureGroup(k)));
        else this.s.logger.error({ err, group: this.s.group }, 'event read loop failed; retrying');
        await this.pause(Math.min(5_000, 100 * 2 ** failures++));
      }
    }
  }

  /** A backoff that stop() cuts short. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async handle(key: string, entry: Entry): Promise<void> {
    const { commands, group, logger } = this.s;
    const json = fieldValue(entry.fields, 'event');
    if (json === undefined) {
      await commands.xack(key, group, entry.id);
      return;
    }
    let event: ReturnType<typeof decodeEvent>;
    try {
      event = decodeEvent(json);
    } catch (err) {
      await this.deadLetter(key, entry.id, json, String(err));
      return;
    }
    try {
      await this.s.handler(event);
    } catch (err) {
      logger.warn(
        { err, group, eventId: event.id, type: event.type },
        'event handler failed; will be redelivered',
      );
      return;
    }
    await commands.xack(key, group, entry.id);
  }

  /** Takes over messages left pending past `claimIdleMs`: a dead member's, or a failed handler's. */
  private async reclaim(): Promise<void> {
    const { commands, group, consumer, claimIdleMs, batchSize, maxDeliveries } = this.s;
    for (const key of this.s.keys) {
      let start = '0-0';
      for (let page = 0; page < MAX_CLAIM_PAGES && !this.stopped; page++) {
        const raw = await commands.xautoclaim(key, group, consumer, claimIdleMs, start, 'COUNT', batchSize);
        const [next, entriesRaw] = raw as [unknown, unknown];
        const entries = parseEntries(entriesRaw);
        const counts =
          maxDeliveries > 0 && entries.length > 0 ? await this.deliveryCounts(key, entries) : null;
        for (const e of entries) {
          const json = fieldValue(e.fields, 'event');
          if (counts && json !== undefined && (counts.get(e.id) ?? 0) > maxDeliveries)
            await this.deadLetter(key, e.id, json, `delivered ${counts.get(e.id)} times`);
          else await this.handle(key, e);
        }
        start = String(next);
        if (start === '0-0') break;
      }
    }
  }

  private async deliveryCounts(key: string, entries: Entry[]): Promise<Map<string, number>> {
    const first = entries[0]?.id ?? '-';
    const last = entries[entries.length - 1]?.id ?? '+';
    const rows = await this.s.commands.xpending(
      key,
      this.s.group,
      first,
      last,
      entries.length,
      this.s.consumer,
    );
    return new Map(rows.map((r) => [String((r as unknown[])[0]), Number((r as unknown[])[3])]));
  }

  /** Parks a message no handler can process, so it stops being retried but is not lost. */
  private async deadLetter(key: string, id: string, json: string, reason: string): Promise<void> {
    const { commands, group, logger, deadLetterKey } = this.s;
    logger.error({ stream: key, id, group, reason }, 'event moved to dead letter');
    await commands.xadd(
      deadLetterKey,
      'MAXLEN',
      '~',
      10_000,
      '*',
      'stream',
      key,
      'id',
      id,
      'group',
      group,
      'reason',
      reason,
      'event',
      json,
    );
    await commands.xack(key, group, id);
  }

  private async ensureGroup(key: string): Promise<void> {
    try {
      // From the start of the retained stream: events published before this group first existed
      // (a service deployed after its publisher) are still delivered; consumers dedupe by id.
      await this.s.commands.xgroup('CREATE', key, this.s.group, '0', 'MKSTREAM');
    } catch (err) {
      if (!String(err).includes('BUSYGROUP')) throw err;
    }
  }

  /** Consumer names are per process; drop ours when it owns nothing, or groups collect dead names. */
  private async forgetConsumerIfIdle(): Promise<void> {
    const { commands, group, consumer } = this.s;
    for (const key of this.s.keys) {
      const pending = await commands.xpending(key, group, '-', '+', 1, consumer);
      // Deleting a consumer drops its pending messages: keep it so they can still be claimed.
      if (pending.length === 0) await commands.xgroup('DELCONSUMER', key, group, consumer);
    }
  }
}

function parseEntries(raw: unknown): Entry[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((e: unknown) => {
    const [id, fields] = e as [unknown, unknown];
    return { id: String(id), fields: Array.isArray(fields) ? fields.map(String) : null };
  });
}

function parseStreams(raw: unknown): [string, Entry[]][] {
  if (!Array.isArray(raw)) return [];
  return raw.map((s: unknown) => {
    const [key, entries] = s as [unknown, unknown];
    return [String(key), parseEntries(entries)];
  });
}

function fieldValue(fields: string[] | null, name: string): string | undefined {
  if (!fields) return undefined;
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
  return undefined;
}

async function settlesWithin(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((r) => {
    timer = setTimeout(() => r(false), ms);
  });
  const result = await Promise.race([p.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}
