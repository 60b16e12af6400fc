/**
 * The till's IndexedDB: what must survive a closed tab or a lost connection. `kv` holds single
 * records (the device, the session, the open shift, the catalog, the cart being rung up);
 * `outbox` holds sales made offline until the server has recorded them.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { QueuedSale } from './outbox';

export interface TillDB extends DBSchema {
  kv: { key: string; value: unknown };
  outbox: { key: string; value: QueuedSale; indexes: { byStatus: string } };
}

export type TillDatabase = IDBPDatabase<TillDB>;

export const DB_NAME = 'pos-till';

export function openTillDb(name = DB_NAME): Promise<TillDatabase> {
  return openDB<TillDB>(name, 1, {
    upgrade(db) {
      db.createObjectStore('kv');
      const outbox = db.createObjectStore('outbox', { keyPath: 'clientId' });
      outbox.createIndex('byStatus', 'status');
    },
  });
}

let shared: Promise<TillDatabase> | undefined;

/** The app's one connection. */
export function tillDb(): Promise<TillDatabase> {
  shared ??= openTillDb();
  return shared;
}

export async function readKv<T>(db: TillDatabase, key: string): Promise<T | undefined> {
  return (await db.get('kv', key)) as T | undefined;
}

export async function writeKv<T>(db: TillDatabase, key: string, value: T | undefined): Promise<void> {
  if (value === undefined) await db.delete('kv', key);
  else await db.put('kv', value, key);
}
