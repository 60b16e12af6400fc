/**
 * A registered device: a till set up once by the owner or a supervisor (e-mail and password),
 * bound to one branch. PIN sign-in needs what only a registered device knows: the merchant,
 * the branch, its device id and the branch's staff (so a cashier types a username, not an id).
 */
import { readKv, type TillDatabase, writeKv } from '../offline/db';

export interface RosterEntry {
  id: string;
  name: string;
  username: string | null;
  role: string;
}

export interface Device {
  deviceId: string;
  merchantSlug: string;
  merchantName: string;
  currency: string;
  branchId: string;
  branchName: string;
  roster: RosterEntry[];
  registeredAt: string;
}

const KEY = 'device';

export const loadDevice = (db: TillDatabase) => readKv<Device>(db, KEY);
export const saveDevice = (db: TillDatabase, device: Device | undefined) => writeKv(db, KEY, device);

/** A device id stays with the device across registrations (shifts and offline sales name it). */
export async function deviceIdOf(db: TillDatabase): Promise<string> {
  const existing = await readKv<string>(db, 'deviceId');
  if (existing) return existing;
  const id = `till-${crypto.randomUUID().slice(0, 8)}`;
  await writeKv(db, 'deviceId', id);
  return id;
}
