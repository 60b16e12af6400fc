import { parseEnv } from '@pos/kit';
import { z } from 'zod';
import type { PaymentsOptions } from './payments/setup';

/**
 * Orders' own settings; the common ones (database, secrets, Redis, peers' URLs as
 * `SUBGRAPH_<NAME>_URL`) are read by the kit's `runSubgraphFromEnv`.
 */
export const ordersEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** How often the recovery job looks for stale pending orders. */
  RECOVERY_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
  /** A pending order untouched this long is presumed abandoned (crash, outage) and recovered. */
  PENDING_LEASE_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** The platform's Midtrans account: its server key. Unset: only merchants with their own account can charge. */
  MIDTRANS_SERVER_KEY: z.string().min(8).optional(),
  /** That account's Midtrans merchant id (`G123456789`); notifications naming another are refused. */
  MIDTRANS_MERCHANT_ID: z.string().min(1).optional(),
  /** Which Midtrans the platform account lives in. */
  MIDTRANS_ENVIRONMENT: z.enum(['sandbox', 'production']).default('sandbox'),
  /** Replaces Midtrans' API host for every account (a local simulator, a proxy). */
  MIDTRANS_API_URL: z.string().url().optional(),
  /** The public URL of the gateway's `/webhooks/midtrans`, sent with every charge. */
  PAYMENTS_NOTIFICATION_URL: z.string().url().optional(),
  /** How long a customer has to pay a QRIS or e-wallet charge. */
  PAYMENTS_EXPIRY_SECONDS: z.coerce.number().int().min(1).max(604_800).default(900),
  /** How long after a charge's expiry its notification is awaited before the provider is asked. */
  PAYMENTS_GRACE_SECONDS: z.coerce.number().int().min(0).max(3_600).default(30),
  /** 32 bytes, base64: encrypts merchants' own provider keys at rest (`npm run keys` writes one). */
  PAYMENTS_ENCRYPTION_KEY: z.string().min(1).optional(),
});

export type OrdersEnv = z.infer<typeof ordersEnvSchema>;
export const loadOrdersEnv = (env: NodeJS.ProcessEnv = process.env) => parseEnv(ordersEnvSchema, env);

/** The payment settings of the environment, as `startOrdersSubgraph` takes them. */
export function paymentsFromEnv(e: OrdersEnv): PaymentsOptions {
  return {
    platform: e.MIDTRANS_SERVER_KEY
      ? {
          serverKey: e.MIDTRANS_SERVER_KEY,
          merchantCode: e.MIDTRANS_MERCHANT_ID ?? null,
          environment: e.MIDTRANS_ENVIRONMENT === 'production' ? 'PRODUCTION' : 'SANDBOX',
        }
      : null,
    apiUrl: e.MIDTRANS_API_URL ?? null,
    notificationUrl: e.PAYMENTS_NOTIFICATION_URL ?? null,
    expirySeconds: e.PAYMENTS_EXPIRY_SECONDS,
    graceMs: e.PAYMENTS_GRACE_SECONDS * 1000,
    encryptionKey: e.PAYMENTS_ENCRYPTION_KEY ?? null,
  };
}
