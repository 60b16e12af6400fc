import { claimKey, getByKey, getOwned, type KeyedRunner, type Logger, updateByKey } from '@pos/kit';
import type { ChargeDoc, OrderDoc, OrderPaymentDoc, OrdersModels } from '../models';
import { type CheckPaymentFailure, failures, type PaymentFailure } from '../services/failures';
import { providerPayment } from '../services/payments';
import type { CallContext, OrderSettler } from '../services/ports';
import type { ChargesPort, StepOutcome } from '../services/saga-steps';
import { PLATFORM_ACCOUNT, type ProviderAccounts } from './accounts';
import { ChargeOutcomes, type ProviderWord, paidLike, TERMINAL } from './charge-outcomes';
import { ChargeNotFound, type PaymentProvider, ProviderRefused, ProviderUnavailable } from './provider';

export interface ChargeSettings {
  /** How long the customer has to pay a charge. */
  expirySeconds: number;
  /** How long past a charge's expiry the provider's notification is awaited before asking it. */
  graceMs: number;
  /** Where the provider posts notifications: the gateway's public `/webhooks/midtrans`. */
  notificationUrl: string | null;
  /** When to ask the provider again after it could not be reached. */
  retryMs: number;
}

export interface ChargeServiceDeps {
  models: OrdersModels;
  provider: PaymentProvider;
  accounts: ProviderAccounts;
  settler: OrderSettler;
  /** One writer per charge at a time: in process, or in Redis across replicas. */
  lock: KeyedRunner;
  logger: Logger;
  settings: ChargeSettings;
}

const lockKey = (chargeId: string) => `charge:${chargeId}`;

/**
 * The life of a provider charge and of the order waiting for it. Every change of one charge runs
 * under its lock, and its outcome (PAID, EXPIRED or FAILED) is decided once by inserting
 * `charge:<id>` into `decisions`: the provider's notification, the till's status check, the
 * cashier's cancel and the expiry job may race, and all of them follow whichever outcome was
 * inserted first. A paid charge completes its order (and only then is the sale published); an
 * ended one cancels it, which gives back its stock, points and credit.
 */
export class ChargeService implements ChargesPort {
  private readonly outcomes: ChargeOutcomes;

  constructor(private readonly deps: ChargeServiceDeps) {
    this.outcomes = new ChargeOutcomes(deps);
  }

  // --- the saga step ---------------------------------------------------------------------------

  /** Creates the charge and leaves the order waiting for the customer, its stock held. */
  async execute(order: OrderDoc, _call: CallContext): Promise<StepOutcome> {
    const payment = providerPayment(order.payments);
    if (!payment?.provider) return { ok: true };
    const ref = payment.provider;
    const { models, settings } = this.deps;
    return this.deps.lock.run(lockKey(ref.chargeId), async () => {
      const existing = await getByKey<ChargeDoc>(models.charges, ref.chargeId);
      if (existing && existing.state !== 'CREATED') return { ok: true };
      const account = await this.deps.accounts.forMerchant(order.merchantId);
      const kind = account?.id === PLATFORM_ACCOUNT ? 'PLATFORM' : 'MERCHANT';
      if (!account || kind !== ref.account)
        return { ok: false, failure: failures.methodUnavailable(payment.method) };
      const charge: ChargeDoc = {
        _id: ref.chargeId,
        merchantId: order.merchantId,
        orderId: order._id,
        paymentId: payment.paymentId,
        provider: this.deps.provider.name,
        accountId: account.id,
        method: payment.method,
        channel: ref.channel as ChargeDoc['channel'],
        amount: payment.amount,
        state: 'CREATED',
        providerStatus: null,
        transactionId: null,
        qrString: null,
        qrImageUrl: null,
        deeplinkUrl: null,
        expiresAt: null,
        paidAt: null,
        refunded: 0,
        alerts: [],
      };
      // Recorded before the provider is asked: whoever cancels the order later finds it.
      if (!existing) await claimKey(models.charges, { ...charge });
      let created: Awaited<ReturnType<PaymentProvider['charge']>>;
      try {
        created = await this.deps.provider.charge(account, {
          chargeId: ref.chargeId,
          amount: payment.amount,
          channel: charge.channel,
          expirySeconds: settings.expirySeconds,
          notificationUrl: settings.notificationUrl,
          description: `Sale ${order._id} at ${order.branchCode}`,
        });
      } catch (err) {
        if (!(err instanceof ProviderRefused)) throw err;
        await updateByKey(models.charges, ref.chargeId, {
          $set: { state: 'FAILED', providerStatus: err.code },
        });
        this.deps.logger.warn(
          { orderId: order._id, code: err.code },
          'the payment provider refused a charge',
        );
        return { ok: false, failure: failures.paymentRefused(order._id, err.message) };
      }
      await updateByKey(models.charges, ref.chargeId, {
        $set: {
          state: 'PENDING',
          providerStatus: 'pending',
          transactionId: created.transactionId,
          qrString: created.qrString,
          qrImageUrl: created.qrImageUrl,
          deeplinkUrl: created.deeplinkUrl,
          expiresAt: created.expiresAt,
        },
      });
      const payments = order.payments.map(
        (p): OrderPaymentDoc =>
          p.paymentId === payment.paymentId
            ? {
                ...p,
                provider: { ...ref, transactionId: created.transactionId },
                display: {
                  qrString: created.qrString,
                  qrImageUrl: created.qrImageUrl,
                  deeplinkUrl: created.deeplinkUrl,
                  expiresAt: created.expiresAt,
                },
              }
            : p,
      );
      // The order moves from the lease-long recovery queue to the one due at the charge's expiry;
      // queued there before it is marked waiting, so a crash between leaves it found.
      const due = new Date(created.expiresAt.getTime() + settings.graceMs);
      await models.pendingPayments.add(
        order._id,
        { merchantId: order.merchantId, chargeId: ref.chargeId },
        due,
      );
      await updateByKey(models.orders, order._id, {
        $set: { payments, awaitingPaymentUntil: created.expiresAt },
      });
      await models.pendingOrders.remove(order._id);
      return { ok: true };
    });
  }

  /** Ends an unpaid charge of a sale being cancelled; a charge the customer paid anyway is refunded. */
  async compensate(order: OrderDoc, _call: CallContext): Promise<void> {
    const payment = providerPayment(order.payments);
    if (!payment?.provider) return;
    const id = payment.provider.chargeId;
    const charge = await getByKey<ChargeDoc>(this.deps.models.charges, id);
    // Never created, or already ended (the path that cancelled the sale ended it first).
    if (!charge || TERMINAL.has(charge.state)) return;
    await this.deps.lock.run(lockKey(id), async () => {
      const current = await getByKey<ChargeDoc>(this.deps.models.charges, id);
      if (!current || TERMINAL.has(current.state)) return;
      const account = await this.deps.accounts.forCharge(current);
      if (!account) {
        this.deps.logger.warn({ chargeId: id }, 'the account of a charge is gone; the provider expires it');
        await this.outcomes.mark(current, 'FAILED', 'account-removed');
        return;
      }
      let word: ProviderWord;
      try {
        word = await this.deps.provider.cancel(account, id);
      } catch (err) {
        if (!(err instanceof ChargeNotFound)) throw err;
        await this.outcomes.decide(current, 'FAILED');
        await this.outcomes.mark(current, 'FAILED', 'not-found');
        return;
      }
      const outcome = await this.outcomes.decide(
        current,
        paidLike(word.state) ? 'PAID' : word.state === 'EXPIRED' ? 'EXPIRED' : 'FAILED',
      );
      if (outcome === 'PAID')
        await this.outcomes.giveBack(current, 'The sale was cancelled after the customer paid');
      else await this.outcomes.mark(current, outcome, word.providerStatus);
    });
  }

  // --- what moves a waiting order on -----------------------------------------------------------

  /**
   * A notification posted to the webhook. The charge is found by the id the body names (one exact
   * read), the signature checked with the key of the account that charge was made with, and the
   * amount compared with the charge on record: a mismatch is kept as an alert for the merchant
   * and changes nothing. What it claims is then confirmed by asking the provider (its signature
   * does not cover the status word or the refunds), so the charge moves on the provider's own
   * answer. Replays find the charge already decided and change nothing either.
   */
  async receive(body: unknown): Promise<{ status: number; message: string }> {
    const { provider, models, logger } = this.deps;
    const id = provider.chargeIdOf(body);
    if (!id) return { status: 400, message: 'not a notification' };
    const charge = await getByKey<ChargeDoc>(models.charges, id);
    const account = charge ? await this.deps.accounts.forCharge(charge) : null;
    if (!charge || !account) return { status: 404, message: 'unknown charge' };
    const note = provider.verifyNotification(account, body);
    if (!note || (account.merchantCode && note.merchantCode && note.merchantCode !== account.merchantCode)) {
      logger.warn(
        { chargeId: id, merchantId: charge.merchantId },
        'a payment notification failed verification',
      );
      return { status: 401, message: 'invalid signature' };
    }
    try {
      await this.deps.lock.run(lockKey(id), async () => {
        const current = await getByKey<ChargeDoc>(models.charges, id);
        if (!current) return;
        if (note.amount !== current.amount) return this.outcomes.alert(current, note, 'notification');
        if (note.state === 'PENDING' || (await this.outcomes.followDecision(current))) return;
        await this.outcomes.consider(current, await this.askStatus(account, id), 'notification');
      });
    } catch (err) {
      // The provider retries a notification we could not confirm.
      if (err instanceof ProviderUnavailable) return { status: 503, message: 'try again' };
      throw err;
    }
    return { status: 200, message: 'ok' };
  }

  /** The till asks where a waiting order's payment stands; the provider's answer is applied. */
  async check(orderId: string, merchantId: string): Promise<OrderDoc | CheckPaymentFailure> {
    const order = await getOwned<OrderDoc>(this.deps.models.orders, orderId, merchantId);
    if (!order) return failures.notFound('Order');
    const payment = providerPayment(order.payments);
    if (order.status !== 'PENDING' || !payment?.provider) return order;
    const id = payment.provider.chargeId;
    try {
      await this.deps.lock.run(lockKey(id), async () => {
        const charge = await getByKey<ChargeDoc>(this.deps.models.charges, id);
        if (!charge || charge.state === 'CREATED') return;
        if (await this.outcomes.followDecision(charge)) return;
        const account = await this.deps.accounts.forCharge(charge);
        if (!account) return;
        await this.outcomes.consider(charge, await this.askStatus(account, id), 'status');
      });
    } catch (err) {
      if (err instanceof ProviderUnavailable) return failures.providerUnavailable();
      throw err;
    }
    return (await getOwned<OrderDoc>(this.deps.models.orders, orderId, merchantId)) ?? order;
  }

  /** The cashier gives up on an unpaid charge: it is cancelled at the provider and the sale with it. */
  async cancelWaiting(orderId: string, merchantId: string): Promise<OrderDoc | PaymentFailure> {
    const order = await getOwned<OrderDoc>(this.deps.models.orders, orderId, merchantId);
    if (!order) return failures.notFound('Order');
    const payment = providerPayment(order.payments);
    if (order.status !== 'PENDING' || !order.awaitingPaymentUntil || !payment?.provider)
      return failures.paymentNotPending();
    const id = payment.provider.chargeId;
    try {
      await this.deps.lock.run(lockKey(id), async () => {
        const charge = await getByKey<ChargeDoc>(this.deps.models.charges, id);
        if (!charge || (await this.outcomes.followDecision(charge))) return;
        const account = await this.deps.accounts.forCharge(charge);
        let word: ProviderWord;
        try {
          if (!account) throw new ChargeNotFound(id);
          word = await this.deps.provider.cancel(account, id);
        } catch (err) {
          if (!(err instanceof ChargeNotFound)) throw err;
          word = { ...this.outcomes.recorded(charge), state: 'FAILED', providerStatus: 'not-found' };
        }
        await this.outcomes.consider(charge, word, 'cancel');
      });
    } catch (err) {
      if (err instanceof ProviderUnavailable) return failures.providerUnavailable();
      throw err;
    }
    return (await getOwned<OrderDoc>(this.deps.models.orders, orderId, merchantId)) ?? order;
  }

  /**
   * The expiry job: orders whose charge's time (plus the grace) ran out. The provider is asked
   * first, since a notification may have been lost: paid completes the sale; still pending is
   * expired at the provider now, and the sale cancelled once the provider confirms. While the
   * provider cannot be reached the stock stays held and the order is asked about again later.
   * Reads the head of the queue only (every charge has the same window, so the head is due first).
   */
  async expireDue(now = new Date()): Promise<number> {
    const { models, logger, settings } = this.deps;
    let handled = 0;
    for (const item of await models.pendingPayments.due(500, now)) {
      try {
        const order = await getByKey<OrderDoc>(models.orders, item._id);
        const charge = await getByKey<ChargeDoc>(models.charges, item.data.chargeId);
        if (order?.status !== 'PENDING' || !charge || charge.merchantId !== order.merchantId) {
          await models.pendingPayments.remove(item._id);
          continue;
        }
        await this.deps.lock.run(lockKey(charge._id), () => this.expireOne(charge._id, now));
        handled++;
      } catch (err) {
        logger.warn({ err, orderId: item._id }, 'a waiting payment could not be settled; will retry');
        await models.pendingPayments.postpone(item._id, new Date(now.getTime() + settings.retryMs));
      }
    }
    return handled;
  }

  /**
   * The recovery job found an order with a provider payment in its lease queue: its request died,
   * or a decided charge was being applied when the process stopped. A decided charge is applied
   * again; a waiting one is left to the expiry job; anything else is the lifecycle's to recover.
   */
  async resume(order: OrderDoc): Promise<void> {
    const payment = providerPayment(order.payments);
    const id = payment?.provider?.chargeId;
    const charge = id ? await getByKey<ChargeDoc>(this.deps.models.charges, id) : null;
    if (!charge || charge.state === 'CREATED') return this.deps.settler.recover(order);
    const followed = await this.deps.lock.run(lockKey(charge._id), async () => {
      const current = await getByKey<ChargeDoc>(this.deps.models.charges, charge._id);
      if (current && (await this.outcomes.followDecision(current))) return true;
      const fresh = await getByKey<OrderDoc>(this.deps.models.orders, order._id);
      if (fresh?.status === 'PENDING' && fresh.awaitingPaymentUntil) {
        await this.deps.models.pendingOrders.remove(order._id);
        return true;
      }
      return false;
    });
    if (!followed) await this.deps.settler.recover(order);
  }

  isOutage(err: unknown): boolean {
    return err instanceof ProviderUnavailable;
  }

  /** Refunds part of a paid charge through the provider; `ok: false` when the provider refuses it for good. */
  async refund(
    order: OrderDoc,
    request: { refundKey: string; amount: number; reason: string },
  ): Promise<{ ok: true; at: Date } | { ok: false; message: string }> {
    const payment = providerPayment(order.payments);
    const id = payment?.provider?.chargeId;
    const charge = id ? await getByKey<ChargeDoc>(this.deps.models.charges, id) : null;
    if (!charge) return { ok: false, message: 'The order has no payment taken through the provider' };
    const account = await this.deps.accounts.forCharge(charge);
    if (!account)
      return { ok: false, message: 'The provider account this payment was taken with is no longer set' };
    return this.deps.lock.run(lockKey(charge._id), async () => {
      try {
        const word = await this.deps.provider.refund(account, { chargeId: charge._id, ...request });
        await this.outcomes.recordRefunds(charge._id, word.refunds);
        return { ok: true as const, at: new Date() };
      } catch (err) {
        if (err instanceof ProviderRefused) return { ok: false as const, message: err.message };
        throw err;
      }
    });
  }

  // --- decisions -------------------------------------------------------------------------------

  private async expireOne(id: string, now: Date): Promise<void> {
    const charge = await getByKey<ChargeDoc>(this.deps.models.charges, id);
    if (!charge || (await this.outcomes.followDecision(charge))) return;
    const account = await this.deps.accounts.forCharge(charge);
    if (!account) {
      // Nobody can ask the provider any more; past its expiry the charge cannot be paid.
      await this.outcomes.consider(
        charge,
        { ...this.outcomes.recorded(charge), state: 'EXPIRED', providerStatus: 'account-removed' },
        'expiry',
      );
      return;
    }
    let word = await this.askStatus(account, id);
    if (word.state === 'PENDING') {
      if (charge.expiresAt && charge.expiresAt.getTime() > now.getTime()) {
        await this.deps.models.pendingPayments.postpone(
          charge.orderId,
          new Date(charge.expiresAt.getTime() + this.deps.settings.graceMs),
        );
        return;
      }
      word = await this.deps.provider.expire(account, id);
    }
    await this.outcomes.consider(charge, word, 'expiry');
  }

  /** The provider's status; a charge it does not know reads as FAILED (it can never be paid). */
  private async askStatus(
    account: Parameters<PaymentProvider['status']>[0],
    id: string,
  ): Promise<ProviderWord> {
    try {
      return await this.deps.provider.status(account, id);
    } catch (err) {
      if (!(err instanceof ChargeNotFound)) throw err;
      const charge = await getByKey<ChargeDoc>(this.deps.models.charges, id);
      if (!charge) throw err;
      return { ...this.outcomes.recorded(charge), state: 'FAILED', providerStatus: 'not-found' };
    }
  }
}
