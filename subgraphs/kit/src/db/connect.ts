import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';

// Client input is never allowed to become a query operator, and unknown filter paths are bugs.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');
mongoose.set('autoIndex', false);

export interface DatabaseOptions {
  uri: string;
  /** One database per subgraph: pos_users, pos_products, ... */
  dbName: string;
  logger: Logger;
}

/**
 * Opens the subgraph's own connection and builds every model's indexes before serving:
 * unique indexes are the concurrency guards, so they must exist before the first write.
 */
export async function connectDatabase(
  opts: DatabaseOptions,
  register: (conn: Connection) => void,
): Promise<Connection> {
  const conn = mongoose.createConnection(opts.uri, {
    dbName: opts.dbName,
    maxPoolSize: 20,
    serverSelectionTimeoutMS: 10_000,
    // Lets tests and the bench see every command (`watchScans`); the driver does nothing extra
    // unless someone listens.
    monitorCommands: true,
  });
  await conn.asPromise();
  register(conn);
  await Promise.all(Object.values(conn.models).map((m) => m.createIndexes()));
  opts.logger.info({ db: opts.dbName }, 'database connected');
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
