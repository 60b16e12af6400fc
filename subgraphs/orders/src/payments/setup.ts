import { KeyedLock, type KeyedRunner, type Logger, RedisKeyedLock } from '@pos/kit';
import type { OrdersModels } from '../models';
import type { ChargingPort, OrderSettler } from '../services/ports';
import { accountKindFor, ProviderAccounts } from './accounts';
import { ChargeService } from './charge.service';
import { MIDTRANS_PRODUCTION_URL, MIDTRANS_SANDBOX_URL, MidtransClient } from './midtrans/client';
import { SecretBox } from './secret-box';

/** How orders reaches the payment provider (config.ts reads them from the environment). */
export interface PaymentsOptions {
  /** The platform's own provider account; null when the deployment has none. */
  platform: { serverKey: string; merchantCode: string | null; environment: 'SANDBOX' | 'PRODUCTION' } | null;
  /** Replaces the provider's API host for every account (the local simulator); null for the real hosts. */
  apiUrl: string | null;
  /** The gateway's public webhook URL, sent with every charge. */
  notificationUrl: string | null;
  expirySeconds: number;
  graceMs: number;
  /** Base64 32-byte key sealing merchants' own keys; derived from the internal secret outside production when null. */
  encryptionKey: string | null;
  /** When to ask the provider again after it could not be reached (default 30 s). */
  retryMs?: number;
}

export const DEFAULT_PAYMENTS: PaymentsOptions = {
  platform: null,
  apiUrl: null,
  notificationUrl: null,
  expirySeconds: 900,
  graceMs: 30_000,
  encryptionKey: null,
};

export interface Payments {
  charges: ChargeService;
  accounts: ProviderAccounts;
  charging: ChargingPort;
  close(): Promise<void>;
}

/** Builds the payment side of orders: the Midtrans adapter, the accounts and the charge service. */
export function setUpPayments(deps: {
  options: PaymentsOptions | undefined;
  models: OrdersModels;
  settler: OrderSettler;
  logger: Logger;
  internalSecret: string;
  production: boolean;
  redisUrl?: string | undefined;
  /** The longest one provider call may take (a saga step's budget). */
  timeoutMs: number;
}): Payments {
  const options = deps.options ?? DEFAULT_PAYMENTS;
  const provider = new MidtransClient(deps.timeoutMs);
  const box = options.encryptionKey
    ? SecretBox.fromKey(options.encryptionKey)
    : deps.production
      ? null
      : SecretBox.derivedFrom(deps.internalSecret);
  if (!box)
    deps.logger.warn('PAYMENTS_ENCRYPTION_KEY is unset: merchants cannot set their own provider account');
  const platform = options.platform
    ? {
        serverKey: options.platform.serverKey,
        merchantCode: options.platform.merchantCode,
        apiUrl:
          options.apiUrl ??
          (options.platform.environment === 'PRODUCTION' ? MIDTRANS_PRODUCTION_URL : MIDTRANS_SANDBOX_URL),
      }
    : null;
  const accounts = new ProviderAccounts({
    models: deps.models,
    provider,
    platform,
    apiUrlOverride: options.apiUrl,
    box,
  });
  // Replicas share Redis (REDIS_URL): a charge's notification and its expiry may reach two of them.
  const redisLock = deps.redisUrl ? new RedisKeyedLock({ url: deps.redisUrl, prefix: 'pos:orders' }) : null;
  const lock: KeyedRunner = redisLock ?? new KeyedLock();
  const charges = new ChargeService({
    models: deps.models,
    provider,
    accounts,
    settler: deps.settler,
    lock,
    logger: deps.logger.child({ component: 'payments' }),
    settings: {
      expirySeconds: options.expirySeconds,
      graceMs: options.graceMs,
      notificationUrl: options.notificationUrl,
      retryMs: options.retryMs ?? 30_000,
    },
  });
  return {
    charges,
    accounts,
    charging: {
      providerName: provider.name,
      accountFor: (merchantId) => accountKindFor(accounts, merchantId),
    },
    close: async () => {
      await redisLock?.close();
    },
  };
}
