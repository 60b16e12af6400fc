import { badInput, hasScope, type Viewer } from '@pos/kit';
import type { OrderDoc, PaymentAccountDoc } from '../models';
import { type CheckPaymentFailure, failures, type PaymentFailure } from '../services/failures';
import type { OrderQueryService } from '../services/order-query.service';
import type { ProviderEnvironment } from './accounts';
import type { Payments } from './setup';

/** Midtrans server keys: `Mid-server-...`, or `SB-Mid-server-...` in the sandbox. */
const SERVER_KEY = /^(SB-)?Mid-server-[A-Za-z0-9_-]{8,100}$/;
const MERCHANT_CODE = /^[A-Za-z0-9]{1,32}$/;

export interface PaymentProviderSettings {
  chargingAvailable: boolean;
  chargingAccount: 'PLATFORM' | 'MERCHANT' | null;
  ownAccount: PaymentAccountDoc | null;
}

/**
 * The payment API for the signed-in staff member (scopes are checked by the schema): the till's
 * status check and cancel of a waiting payment, on the orders the caller may read; the owner's
 * provider account.
 */
export class PaymentApiService {
  constructor(
    private readonly payments: Payments,
    private readonly orders: OrderQueryService,
    private readonly viewer: Viewer,
  ) {}

  async check(orderId: string): Promise<OrderDoc | CheckPaymentFailure> {
    if (!(await this.orders.byId(orderId))) return failures.notFound('Order');
    return this.payments.charges.check(orderId, this.viewer.merchantId);
  }

  async cancel(orderId: string): Promise<OrderDoc | PaymentFailure> {
    if (!(await this.orders.byId(orderId))) return failures.notFound('Order');
    return this.payments.charges.cancelWaiting(orderId, this.viewer.merchantId);
  }

  async settings(): Promise<PaymentProviderSettings> {
    const { merchantId } = this.viewer;
    const chargingAccount = await this.payments.charging.accountFor(merchantId);
    return {
      chargingAvailable: chargingAccount !== null,
      chargingAccount,
      // The own account's details are the owner's business only.
      ownAccount: hasScope(this.viewer, 'merchant:manage')
        ? await this.payments.accounts.view(merchantId)
        : null,
    };
  }

  async setAccount(input: {
    serverKey: string;
    merchantCode?: string | null;
    environment: ProviderEnvironment;
  }) {
    const serverKey = input.serverKey.trim();
    if (!SERVER_KEY.test(serverKey))
      throw badInput('Not a Midtrans server key (Mid-server-... or SB-Mid-server-...)', 'serverKey');
    const merchantCode = input.merchantCode?.trim() || null;
    if (merchantCode && !MERCHANT_CODE.test(merchantCode))
      throw badInput('Not a Midtrans merchant id', 'merchantCode');
    if (serverKey.startsWith('SB-') !== (input.environment === 'SANDBOX'))
      throw badInput('Sandbox keys start with SB-; production keys do not', 'environment');
    const result = await this.payments.accounts.set(this.viewer.merchantId, this.viewer.userId, {
      serverKey,
      merchantCode,
      environment: input.environment,
    });
    if (result.ok) return result.account;
    return result.reason === 'UNAVAILABLE'
      ? failures.providerUnavailable()
      : failures.providerRejected(result.message);
  }

  async removeAccount(): Promise<PaymentProviderSettings> {
    await this.payments.accounts.remove(this.viewer.merchantId);
    return this.settings();
  }
}
