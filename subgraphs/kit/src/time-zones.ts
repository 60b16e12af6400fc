import { businessDate } from './dates';
import type { SubgraphClient } from './http/subgraph-client';
import { TtlCache } from './ttl-cache';

/** The zone of a merchant the users subgraph does not know (and the default of a new merchant). */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/**
 * A merchant's IANA time zone, for code that dates things without a signed-in user to ask with
 * (event consumers, projections): the business date of a delivery, of cash collected on delivery.
 */
export interface TimeZones {
  of(merchantId: string): Promise<string>;
}

/** Every merchant in one zone: for tests and tools that have no users subgraph to ask. */
export const fixedTimeZone = (timeZone: string = DEFAULT_TIME_ZONE): TimeZones => ({
  of: async () => timeZone,
});

/** The business date (`YYYY-MM-DD`) of an instant for a merchant. */
export async function merchantDate(zones: TimeZones, merchantId: string, at: Date): Promise<string> {
  return businessDate(await zones.of(merchantId), at);
}

const QUERY = 'query ($m: ID!) { merchantTimeZone(merchantId: $m) }';

/**
 * Asks the users subgraph's internal `merchantTimeZone` (with the internal secret), cached per
 * merchant for a minute: a consumer dating a burst of events asks once, and a changed zone shows
 * within the minute. A merchant users does not know gets `DEFAULT_TIME_ZONE`. When users cannot be
 * reached, `fallback` answers (a zone stored earlier) or the call fails and the event is retried.
 */
export class MerchantTimeZones implements TimeZones {
  private readonly cache: TtlCache<string>;

  constructor(
    private readonly users: SubgraphClient,
    private readonly opts: { ttlMs?: number; fallback?: (merchantId: string) => Promise<string | null> } = {},
  ) {
    this.cache = new TtlCache(opts.ttlMs ?? 60_000);
  }

  /** A failure is not cached: the next event asks again. */
  of(merchantId: string): Promise<string> {
    return this.cache.get(merchantId, () => this.ask(merchantId));
  }

  private async ask(merchantId: string): Promise<string> {
    try {
      const data = await this.users.request<{ merchantTimeZone: string | null }>(QUERY, { m: merchantId });
      return data.merchantTimeZone ?? DEFAULT_TIME_ZONE;
    } catch (err) {
      const stored = await this.opts.fallback?.(merchantId);
      if (stored) return stored;
      throw err;
    }
  }
}
