import { baseEnvSchema, parseEnv, requireInProduction } from '@pos/kit';
import { z } from 'zod';

export const reportsEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4006),
  /** Signs download links; defaults to a key derived from the gateway secret. */
  REPORTS_LINK_SECRET: z.string().min(32).optional(),
  REPORTS_LINK_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  /** Where clients reach the gateway; export links start with it. Required in production. */
  PUBLIC_URL: z.string().url().optional(),
});

export const loadReportsEnv = (env: NodeJS.ProcessEnv = process.env) => parseEnv(reportsEnvSchema, env);

/** In development the gateway listens on its default address. */
export const DEVELOPMENT_PUBLIC_URL = 'http://127.0.0.1:4000';

/** The reports-only options of a reports process started from its environment. */
export function reportsOptionsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const e = loadReportsEnv(env);
  const publicUrl = requireInProduction(e.NODE_ENV, 'PUBLIC_URL', e.PUBLIC_URL, () => DEVELOPMENT_PUBLIC_URL);
  return {
    linkTtlSeconds: e.REPORTS_LINK_TTL_SECONDS,
    ...(e.REPORTS_LINK_SECRET ? { linkSecret: e.REPORTS_LINK_SECRET } : {}),
    publicUrl: () => publicUrl,
  };
}
