import { DEFAULT_TIME_ZONE, getOwned, KeyedLock, type KeyedRunner, type TimeZones } from '@pos/kit';
import type { MerchantProfileRow, ReportsModels } from '../models';

/** What projectors need besides the models. */
export interface ProjectionDeps {
  /**
   * Serialises writers of one read-model row that must read before they write (the day roll-up, a
   * delivery's latest status, a branch's cash book). Within one process by default; replicas pass
   * a `RedisKeyedLock`.
   */
  lock: KeyedRunner;
  /** Merchants' time zones, for facts whose event carries an instant but no business date. */
  zones: TimeZones;
}

const IN_PROCESS = new KeyedLock();

/** The zone stored with the merchant's letterhead (refreshed from users), else the default. */
export const storedTimeZones = (models: ReportsModels): TimeZones => ({
  of: async (merchantId) =>
    (
      await getOwned<MerchantProfileRow>(models.merchants, merchantId, merchantId, {
        select: { timeZone: 1 },
      })
    )?.timeZone ?? DEFAULT_TIME_ZONE,
});

/** The deps given, completed with the in-process lock and the stored zones. */
export function projectionDeps(models: ReportsModels, given: Partial<ProjectionDeps> = {}): ProjectionDeps {
  return { lock: given.lock ?? IN_PROCESS, zones: given.zones ?? storedTimeZones(models) };
}
