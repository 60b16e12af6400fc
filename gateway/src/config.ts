import { baseEnvSchema, parseEnv } from '@pos/kit';
import { z } from 'zod';

/** Operation guards enforced before any subgraph is called. */
export interface GatewayLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: GatewayLimits = { maxDepth: 12, maxAliases: 15, maxTokens: 2000, maxCost: 5000 };

const positiveInt = z.coerce.number().int().positive();

// PEM keys are multi-line; many deployment tools only pass one-line values, so `\n` escapes are accepted.
const pem = z
  .string()
  .min(1)
  .transform((v) => v.replace(/\\n/g, '\n'))
  .refine((v) => v.includes('-----BEGIN PUBLIC KEY-----'), 'must be an SPKI PEM public key');

const envSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  GATEWAY_SECRET: z.string().min(16, 'GATEWAY_SECRET must be at least 16 characters'),
  JWT_PUBLIC_KEY: pem,
  MAX_DEPTH: positiveInt.default(DEFAULT_LIMITS.maxDepth),
  MAX_ALIASES: positiveInt.default(DEFAULT_LIMITS.maxAliases),
  MAX_TOKENS: positiveInt.default(DEFAULT_LIMITS.maxTokens),
  MAX_COST: positiveInt.default(DEFAULT_LIMITS.maxCost),
  SUBGRAPH_TIMEOUT_MS: positiveInt.default(15_000),
  /** A persisted-query manifest (Apollo's JSON format) whose operations are planned at boot. */
  QUERY_PLAN_WARMUP_FILE: z.string().min(1).optional(),
});

const SUBGRAPH_URL_VAR = /^SUBGRAPH_([A-Z][A-Z0-9_]*)_URL$/;

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  gatewaySecret: string;
  jwt: { publicKey: string; issuer: string; audience: string };
  limits: GatewayLimits;
  /** Subgraph name -> GraphQL endpoint, replacing the routing URL composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  maxBodyBytes: number;
  redisUrl?: string;
  warmupFile?: string;
}

/** `SUBGRAPH_USERS_URL=http://users:4001/graphql` overrides the `users` routing URL. */
export function subgraphUrlOverrides(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(env)) {
    const match = SUBGRAPH_URL_VAR.exec(key);
    if (!match?.[1] || value === undefined) continue;
    if (!z.string().url().safeParse(value).success) problems.push(`  ${key}: must be a URL`);
    else urls[match[1].toLowerCase()] = value;
  }
  if (problems.length) throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  return urls;
}

/** The only place the gateway reads its environment; throws with every problem listed. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const e = parseEnv(envSchema, env);
  const production = e.NODE_ENV === 'production';
  // Outside one process a memory store cannot see a logout done by the users subgraph.
  if (production && !e.REDIS_URL) {
    throw new Error('Invalid configuration:\n  REDIS_URL: required in production (shared token revocations)');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    production,
    logLevel: e.LOG_LEVEL,
    gatewaySecret: e.GATEWAY_SECRET,
    jwt: { publicKey: e.JWT_PUBLIC_KEY, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE },
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
    },
    subgraphUrls: subgraphUrlOverrides(env),
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    ...(e.QUERY_PLAN_WARMUP_FILE ? { warmupFile: e.QUERY_PLAN_WARMUP_FILE } : {}),
  };
}
