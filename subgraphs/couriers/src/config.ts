import { baseEnvSchema, parseEnv } from '@pos/kit';
import { z } from 'zod';

export const couriersEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  /** Positions kept per delivery trail. */
  MAX_TRAIL_POINTS: z.coerce.number().int().min(10).max(10_000).default(500),
  /** Open subscriptions one gateway connection (one user's socket) may hold on this subgraph. */
  MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(10_000).default(100),
});

export type CouriersEnv = z.infer<typeof couriersEnvSchema>;
export const loadCouriersEnv = (env: NodeJS.ProcessEnv = process.env) => parseEnv(couriersEnvSchema, env);
