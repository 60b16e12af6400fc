import type { Connection } from 'mongoose';

/** A command that the embedded engine (FerretDB 1.24 on SQLite) answers by reading a whole collection. */
export interface ScanRecord {
  db: string;
  collection: string;
  command: string;
  filter: unknown;
}

export interface ScanWatch {
  /** Commands seen since the last reset, and those among them that scan. */
  commands(): number;
  scans(): ScanRecord[];
  reset(): void;
  stop(): void;
}

type Doc = Record<string, unknown>;

const isScalarKey = (v: unknown) =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && (v as Doc)._bsontype === 'ObjectId');

/** A filter that is exactly `{ _id: <string or ObjectId> }`: the one filter the engine answers from an index. */
export function isExactIdFilter(filter: unknown): boolean {
  if (!filter || typeof filter !== 'object') return false;
  const keys = Object.keys(filter as Doc);
  return keys.length === 1 && keys[0] === '_id' && isScalarKey((filter as Doc)._id);
}

const isEmpty = (v: unknown) => !v || (typeof v === 'object' && Object.keys(v as Doc).length === 0);

/** The filters a command reads by, and whether reading them is bounded without an index. */
function readsOf(cmd: Doc): { collection: string; filters: unknown[]; boundedHead?: boolean } | null {
  if (typeof cmd.find === 'string') {
    // A filterless, unsorted read with a limit reads just that many rows (the engine pushes LIMIT down).
    const boundedHead =
      isEmpty(cmd.filter) && isEmpty(cmd.sort) && typeof cmd.limit === 'number' && !cmd.skip;
    return { collection: cmd.find, filters: [cmd.filter ?? {}], boundedHead };
  }
  if (typeof cmd.update === 'string')
    return { collection: cmd.update, filters: ((cmd.updates as Doc[]) ?? []).map((u) => u.q) };
  if (typeof cmd.delete === 'string')
    return { collection: cmd.delete, filters: ((cmd.deletes as Doc[]) ?? []).map((d) => d.q) };
  if (typeof cmd.findAndModify === 'string') return { collection: cmd.findAndModify, filters: [cmd.query] };
  for (const name of ['count', 'distinct', 'aggregate'] as const)
    if (typeof cmd[name] === 'string') return { collection: cmd[name] as string, filters: [null] };
  return null;
}

/**
 * Watches every command a connection sends and records those that would scan a collection on
 * the embedded engine: any find, update, delete or findAndModify whose filter is not exactly
 * `{ _id: X }` (a filterless head read with a limit excepted), and every count, distinct and
 * aggregate. Hot-path tests run a request under watch and fail on any scan of a growing collection.
 * The connection must be opened with `monitorCommands: true` (as `connectDatabase` does when
 * POS_WATCH_COMMANDS=1, which the test run sets).
 */
export function watchScans(conns: readonly Connection[]): ScanWatch {
  let seen = 0;
  let found: ScanRecord[] = [];
  // Connections never opened (mongoose's default one) have no client to watch.
  const open = conns.filter((conn) => conn.readyState === 1);
  const listeners = open.map((conn) => {
    const client = conn.getClient();
    // A client that does not monitor commands would report no command and no scan: a watch that
    // cannot fail. Refuse it instead.
    if (!client.options.monitorCommands)
      throw new Error(
        `watchScans: the connection to ${conn.name} was opened without command monitoring (set POS_WATCH_COMMANDS=1)`,
      );
    const listener = (ev: { command: Doc; commandName: string; databaseName: string }) => {
      const reads = readsOf(ev.command);
      if (!reads) return;
      seen++;
      if (reads.boundedHead) return;
      for (const filter of reads.filters) {
        if (!isExactIdFilter(filter))
          found.push({ db: ev.databaseName, collection: reads.collection, command: ev.commandName, filter });
      }
    };
    client.on('commandStarted', listener);
    return { client, listener };
  });
  return {
    commands: () => seen,
    scans: () => [...found],
    reset: () => {
      seen = 0;
      found = [];
    },
    stop: () => {
      for (const { client, listener } of listeners) client.off('commandStarted', listener);
    },
  };
}
