import { z } from 'zod';

// PEM keys are multi-line; many deployment tools only pass one-line values, so `\n` escapes are accepted.
export const pemText = z
  .string()
  .min(1)
  .transform((v) => v.replace(/\\n/g, '\n'));

/** Environment variables every service understands. Each service extends this in its own config.ts. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  MONGODB_URI: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  GATEWAY_SECRET: z.string().min(16, 'GATEWAY_SECRET must be at least 16 characters').optional(),
  INTERNAL_SECRET: z.string().min(16, 'INTERNAL_SECRET must be at least 16 characters').optional(),
  JWT_PUBLIC_KEY: pemText.optional(),
  JWT_ISSUER: z.string().default('pos-users'),
  JWT_AUDIENCE: z.string().default('pos-supergraph'),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;

/** Parses the environment against a schema and fails fast with every problem listed. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return result.data;
}

/** In production a missing secret is a deployment error, never a silent default. */
export function requireInProduction<T>(
  nodeEnv: string,
  name: string,
  value: T | undefined,
  fallback: () => T,
): T {
  if (value !== undefined) return value;
  if (nodeEnv === 'production') throw new Error(`Invalid configuration:\n  ${name}: required in production`);
  return fallback();
}
