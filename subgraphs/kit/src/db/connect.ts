import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';

// Client input is never allowed to become a query operator, and unknown filter paths are bugs.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');
mongoose.set('autoIndex', false);
// Mongoose otherwise captures and formats a stack trace on every query it runs, only to decorate
// a "query was already executed" error: a measurable share of a sale's CPU for nothing.
mongoose.set('skipOriginalStackTraces', true);

/**
 * Command monitoring makes the driver build two event objects per command and deserialize every
 * reply a second time, listened to or not. It is on only where something listens: database spans
 * when traces are exported (`OTEL_EXPORTER_OTLP_ENDPOINT`), and the test run's scan watch
 * (`POS_WATCH_COMMANDS=1`).
 */
export function wantsCommandMonitoring(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    env.POS_WATCH_COMMANDS === '1' ||
    Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)
  );
}

export interface DatabaseOptions {
  uri: string;
  /** One database per subgraph: pos_users, pos_products, ... */
  dbName: string;
  logger: Logger;
}

/**
 * Opens the subgraph's own connection and builds every model's indexes before serving:
 * unique indexes are the concurrency guards, so they must exist before the first write.
 * On FerretDB 1.x only the guards are built (see `indexesFor`).
 */
export async function connectDatabase(
  opts: DatabaseOptions,
  register: (conn: Connection) => void,
): Promise<Connection> {
  const conn = mongoose.createConnection(opts.uri, {
    dbName: opts.dbName,
    maxPoolSize: 20,
    serverSelectionTimeoutMS: 10_000,
    monitorCommands: wantsCommandMonitoring(),
  });
  await conn.asPromise();
  register(conn);
  const guardsOnly = await isFerretDB(conn);
  await Promise.all(
    Object.values(conn.models).map((m) => (guardsOnly ? buildGuardIndexes(m) : m.createIndexes())),
  );
  opts.logger.info({ db: opts.dbName, indexes: guardsOnly ? 'unique only' : 'all' }, 'database connected');
  return conn;
}

/** True when the database answers a ping; used by `/health`. */
export async function pingDatabase(conn: Connection): Promise<boolean> {
  try {
    await conn.db?.admin().ping();
    return true;
  } catch {
    return false;
  }
}

/**
 * Marks a query operator written by our own code as trusted. With `sanitizeFilter` on,
 * any `$`-object in a filter is otherwise neutralised, which is what stops client input from
 * becoming an operator.
 */
export const op = <T extends object>(operator: T): T => mongoose.trusted(operator) as T;

/** FerretDB names itself in `buildInfo`; MongoDB does not. */
export async function isFerretDB(conn: Connection): Promise<boolean> {
  const info = await conn.db?.admin().command({ buildInfo: 1 });
  return typeof info?.ferretdbVersion === 'string';
}

type IndexedModel = Pick<Connection['models'][string], 'schema' | 'collection' | 'createCollection'>;

/** The model's declared indexes, split into guards (unique) and read paths (the rest). */
export function indexesFor(model: Pick<IndexedModel, 'schema'>): {
  guards: [Record<string, 1 | -1>, Record<string, unknown>][];
  readPaths: [Record<string, 1 | -1>, Record<string, unknown>][];
} {
  const all = model.schema.indexes() as [Record<string, 1 | -1>, Record<string, unknown>][];
  return {
    guards: all.filter(([, o]) => o.unique === true),
    readPaths: all.filter(([, o]) => o.unique !== true),
  };
}

/**
 * The unique indexes of a model, and no other, dropping read-path indexes an older version built.
 *
 * Why: FerretDB 1.x answers a query from an index only for `{ _id: X }` (both its backends); every
 * other index is never read, yet each insert and each update of a document re-evaluates and rewrites
 * every index of its collection, a cost that grows with the collection. So on FerretDB the read
 * paths stay declared for MongoDB, and only the guards, which decide races, are built.
 */
async function buildGuardIndexes(model: IndexedModel): Promise<void> {
  await model.createCollection().catch(() => undefined);
  const { guards } = indexesFor(model);
  const existing = await model.collection.indexes();
  for (const index of existing) {
    if (index.name === '_id_' || index.unique === true || !index.name) continue;
    // Another process starting the same subgraph may have dropped it first.
    await model.collection.dropIndex(index.name).catch((err: { codeName?: string }) => {
      if (err.codeName !== 'IndexNotFound') throw err;
    });
  }
  for (const [fields, options] of guards) await model.collection.createIndex(fields, options);
}
