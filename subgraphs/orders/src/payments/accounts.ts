import { randomBytes } from 'node:crypto';
import { deleteByKey, getOwned, putByKey } from '@pos/kit';
import type { ChargeDoc, OrdersModels, PaymentAccountDoc } from '../models';
import { MIDTRANS_PRODUCTION_URL, MIDTRANS_SANDBOX_URL } from './midtrans/client';
import { ChargeNotFound, type PaymentProvider, type ProviderAccount, ProviderRefused } from './provider';
import type { SecretBox } from './secret-box';

export type ProviderEnvironment = 'SANDBOX' | 'PRODUCTION';

export interface PlatformAccount {
  serverKey: string;
  merchantCode: string | null;
  apiUrl: string;
}

export interface AccountsDeps {
  models: OrdersModels;
  provider: PaymentProvider;
  /** The platform's own account (environment variables); null when the deployment has none. */
  platform: PlatformAccount | null;
  /** Replaces every account's API URL (the local simulator); null for the real hosts. */
  apiUrlOverride: string | null;
  /** Seals merchants' keys; null where no encryption key is configured (then merchants cannot set one). */
  box: SecretBox | null;
}

export const PLATFORM_ACCOUNT = 'platform';
const merchantAccountId = (merchantId: string) => `merchant:${merchantId}`;

/**
 * Whose provider account a charge is made with. A merchant with its own account (set by its
 * owner) charges with it, so the money settles to the merchant directly and its QRIS shows its
 * own name; without one, the platform's account charges on the merchant's behalf, when the
 * deployment has one. A charge records the account it was made with, and its notifications are
 * verified with that account's key only: a merchant that knows its own key can sign notifications
 * for its own charges, never for anyone else's.
 */
export class ProviderAccounts {
  constructor(private readonly deps: AccountsDeps) {}

  /** The account a new charge of this merchant is made with, or null when none can be. */
  async forMerchant(merchantId: string): Promise<ProviderAccount | null> {
    const own = await this.own(merchantId);
    if (own) return own;
    return this.platform();
  }

  /** The account a recorded charge was made with (null when the merchant's was removed since). */
  async forCharge(charge: Pick<ChargeDoc, 'accountId' | 'merchantId'>): Promise<ProviderAccount | null> {
    if (charge.accountId === PLATFORM_ACCOUNT) return this.platform();
    if (charge.accountId !== merchantAccountId(charge.merchantId)) return null;
    return this.own(charge.merchantId);
  }

  /** The merchant's own account as stored (the key stays sealed). */
  view(merchantId: string): Promise<PaymentAccountDoc | null> {
    return getOwned<PaymentAccountDoc>(this.deps.models.paymentAccounts, merchantId, merchantId);
  }

  get hasPlatform(): boolean {
    return this.deps.platform !== null;
  }

  /**
   * Sets the merchant's own account after the provider accepted its key (a status query of a
   * charge that cannot exist answers "not found" to a valid key and "unauthorized" to any other).
   */
  async set(
    merchantId: string,
    userId: string,
    input: { serverKey: string; merchantCode: string | null; environment: ProviderEnvironment },
  ): Promise<
    | { ok: true; account: PaymentAccountDoc }
    | { ok: false; reason: 'REJECTED' | 'UNAVAILABLE'; message: string }
  > {
    const box = this.deps.box;
    if (!box)
      return {
        ok: false,
        reason: 'REJECTED',
        message: 'This deployment cannot store provider keys (PAYMENTS_ENCRYPTION_KEY is unset)',
      };
    const candidate: ProviderAccount = {
      id: merchantAccountId(merchantId),
      apiUrl: this.apiUrl(input.environment),
      serverKey: input.serverKey,
      merchantCode: input.merchantCode,
    };
    try {
      await this.deps.provider.status(candidate, `pos-key-check-${randomBytes(8).toString('hex')}`);
    } catch (err) {
      if (!(err instanceof ChargeNotFound)) {
        if (err instanceof ProviderRefused) return { ok: false, reason: 'REJECTED', message: err.message };
        return {
          ok: false,
          reason: 'UNAVAILABLE',
          message: 'The payment provider cannot be reached; try again',
        };
      }
    }
    const fields = {
      merchantId,
      provider: this.deps.provider.name,
      environment: input.environment,
      serverKeyEncrypted: box.seal(merchantId, input.serverKey),
      serverKeyHint: input.serverKey.slice(-4),
      merchantCode: input.merchantCode,
      updatedBy: userId,
      updatedAt: new Date(),
    };
    await putByKey(this.deps.models.paymentAccounts, merchantId, fields);
    const stored = await this.view(merchantId);
    if (!stored) throw new Error(`payment account of ${merchantId} vanished`);
    return { ok: true, account: stored };
  }

  /**
   * Removes the merchant's own account. Charges still waiting on it can no longer be verified or
   * asked about: their notifications are refused and the expiry job expires them.
   */
  async remove(merchantId: string): Promise<void> {
    const own = await this.view(merchantId);
    if (own) await deleteByKey(this.deps.models.paymentAccounts, merchantId);
  }

  private platform(): ProviderAccount | null {
    const p = this.deps.platform;
    if (!p) return null;
    return { id: PLATFORM_ACCOUNT, apiUrl: p.apiUrl, serverKey: p.serverKey, merchantCode: p.merchantCode };
  }

  private async own(merchantId: string): Promise<ProviderAccount | null> {
    const doc = await this.view(merchantId);
    if (!doc) return null;
    const serverKey = this.deps.box?.open(merchantId, doc.serverKeyEncrypted);
    // Sealed with another key (PAYMENTS_ENCRYPTION_KEY changed): unusable until set again.
    if (!serverKey) return null;
    return {
      id: merchantAccountId(merchantId),
      apiUrl: this.apiUrl(doc.environment),
      serverKey,
      merchantCode: doc.merchantCode,
    };
  }

  private apiUrl(environment: ProviderEnvironment): string {
    if (this.deps.apiUrlOverride) return this.deps.apiUrlOverride;
    return environment === 'PRODUCTION' ? MIDTRANS_PRODUCTION_URL : MIDTRANS_SANDBOX_URL;
  }
}

/** Which account kind a merchant's next charge uses, for payments recorded before the charge. */
export async function accountKindFor(accounts: ProviderAccounts, merchantId: string) {
  const account = await accounts.forMerchant(merchantId);
  if (!account) return null;
  return account.id === PLATFORM_ACCOUNT ? ('PLATFORM' as const) : ('MERCHANT' as const);
}
