import { parseEnv } from '@pos/kit';
import { z } from 'zod';

/**
 * Orders' own settings; the common ones (database, secrets, Redis, peers' URLs as
 * `SUBGRAPH_<NAME>_URL`) are read by the kit's `runSubgraphFromEnv`.
 */
export const ordersEnvSchema = z.object({
  /** How often the recovery job looks for stale pending orders. */
  RECOVERY_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
  /** A pending order untouched this long is presumed abandoned (crash, outage) and recovered. */
  PENDING_LEASE_MS: z.coerce.number().int().min(1_000).default(30_000),
});

export type OrdersEnv = z.infer<typeof ordersEnvSchema>;
export const loadOrdersEnv = (env: NodeJS.ProcessEnv = process.env) => parseEnv(ordersEnvSchema, env);
