import { baseEnvSchema, parseEnv } from '@pos/kit';
import { z } from 'zod';

export const couriersEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  /** Positions kept per delivery trail. */
  MAX_TRAIL_POINTS: z.coerce.number().int().min(10).max(10_000).default(500),
  /**
   * Open subscriptions one gateway connection may hold on this subgraph. The gateway multiplexes
   * every user's subscriptions over a few connections and reads this limit from the connection
   * ack, opening another connection before one would be refused.
   */
  MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(10_000).default(1000),
});

export type CouriersEnv = z.infer<typeof couriersEnvSchema>;
export const loadCouriersEnv = (env: NodeJS.ProcessEnv = process.env) => parseEnv(couriersEnvSchema, env);
