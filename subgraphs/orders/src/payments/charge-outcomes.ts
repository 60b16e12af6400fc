import { claimKey, getByKey, getOwned, type Logger, updateByKey } from '@pos/kit';
import type {
  ChargeAlertDoc,
  ChargeDoc,
  DecisionDoc,
  FailureDoc,
  OrderDoc,
  OrderPaymentDoc,
  OrdersModels,
} from '../models';
import { failures } from '../services/failures';
import { decisionOf } from '../services/lifecycle';
import type { OrderSettler } from '../services/ports';
import type { ProviderAccounts } from './accounts';
import {
  type PaymentProvider,
  type ProviderChargeState,
  type ProviderRefund,
  ProviderRefused,
} from './provider';

/** The part of a provider answer (status, cancel, notification) a decision is taken on. */
export interface ProviderWord {
  state: ProviderChargeState;
  providerStatus: string;
  amount: number;
  transactionId: string | null;
  paidAt: Date | null;
  refunds: ProviderRefund[];
}

export type Ended = 'EXPIRED' | 'FAILED';
/** States a charge never leaves. */
export const TERMINAL = new Set(['EXPIRED', 'FAILED', 'REFUNDED']);
export const paidLike = (s: ProviderChargeState) =>
  s === 'PAID' || s === 'PARTIALLY_REFUNDED' || s === 'REFUNDED';

/** A recovery item added while a decided charge is applied: due only if this process dies meanwhile. */
const APPLY_LEASE_MS = 30_000;
const MAX_ALERTS = 20;
const decisionKey = (chargeId: string) => `charge:${chargeId}`;

export interface ChargeOutcomesDeps {
  models: OrdersModels;
  provider: PaymentProvider;
  accounts: ProviderAccounts;
  settler: OrderSettler;
  logger: Logger;
}

/**
 * Decides a charge's outcome and applies it to its order, always under the charge's lock (the
 * caller holds it). The outcome (PAID, EXPIRED or FAILED) is decided once by inserting
 * `charge:<id>` into `decisions`; whoever loses the insert follows the winner. PAID completes the
 * waiting order; an ended charge cancels it, giving back what its steps took. Money that arrives
 * for a sale that did not happen goes back through the provider.
 */
export class ChargeOutcomes {
  constructor(private readonly deps: ChargeOutcomesDeps) {}

  /** Acts on what the provider said, unless its amount is not the charge's. Under the charge's lock. */
  async consider(charge: ChargeDoc, word: ProviderWord, source: string): Promise<void> {
    if (word.amount !== charge.amount) return this.alert(charge, word, source);
    if (word.refunds.length > 0) await this.recordRefunds(charge._id, word.refunds);
    if (word.state === 'PENDING') return;
    if (paidLike(word.state)) return this.paid(charge, word);
    const failure = source === 'cancel' && word.state === 'FAILED' ? 'CANCELLED' : undefined;
    return this.ended(charge, word.state === 'EXPIRED' ? 'EXPIRED' : 'FAILED', word.providerStatus, failure);
  }

  /** Applies an outcome decided earlier; false when the charge is undecided. Under the charge's lock. */
  async followDecision(charge: ChargeDoc): Promise<boolean> {
    const decided = await this.decisionOf(charge);
    if (!decided) return false;
    if (decided === 'PAID') await this.paid(charge, this.recorded(charge));
    else await this.ended(charge, decided, charge.providerStatus ?? decided.toLowerCase());
    return true;
  }

  private async paid(charge: ChargeDoc, word: ProviderWord): Promise<void> {
    const { models } = this.deps;
    const outcome = await this.decide(charge, 'PAID');
    const order = await getByKey<OrderDoc>(models.orders, charge.orderId);
    const orderOutcome = order && (await decisionOf(models, order._id, order.merchantId))?.outcome;
    if (outcome !== 'PAID' || order?.status === 'CANCELLED' || orderOutcome === 'CANCELLED') {
      // The sale was ended first (expired, cancelled), yet the customer's money arrived.
      await this.giveBack(charge, 'Paid after the sale was cancelled');
      await models.pendingPayments.remove(charge.orderId);
      return;
    }
    const paidAt = word.paidAt ?? charge.paidAt ?? new Date();
    if (charge.state === 'CREATED' || charge.state === 'PENDING')
      await updateByKey(models.charges, charge._id, {
        $set: {
          state: 'PAID',
          providerStatus: word.providerStatus,
          transactionId: word.transactionId ?? charge.transactionId,
          paidAt,
        },
      });
    if (order?.status === 'PENDING') {
      const payments = this.withPayment(order, charge, (p) => ({
        ...p,
        status: 'PAID',
        paidAt: p.paidAt ?? paidAt.toISOString(),
        ...(p.provider
          ? { provider: { ...p.provider, transactionId: word.transactionId ?? p.provider.transactionId } }
          : {}),
      }));
      await this.applyToOrder(order, payments);
      await this.deps.settler.complete({ ...order, payments, awaitingPaymentUntil: null });
    }
    await models.pendingPayments.remove(charge.orderId);
  }

  private async ended(
    charge: ChargeDoc,
    wanted: Ended,
    providerStatus: string,
    reason?: 'CANCELLED',
  ): Promise<void> {
    const { models } = this.deps;
    const outcome = await this.decide(charge, wanted);
    if (outcome === 'PAID') return this.paid(charge, this.recorded(charge));
    await this.mark(charge, outcome, providerStatus);
    const order = await getByKey<OrderDoc>(models.orders, charge.orderId);
    if (order?.status === 'PENDING') {
      const payments = this.withPayment(order, charge, (p) => ({ ...p, status: outcome }));
      await this.applyToOrder(order, payments);
      const failure: FailureDoc =
        outcome === 'EXPIRED'
          ? failures.paymentExpired(order._id)
          : reason === 'CANCELLED'
            ? failures.paymentCancelled(order._id)
            : failures.paymentFailed(order._id);
      await this.deps.settler.cancel({ ...order, payments, awaitingPaymentUntil: null }, failure);
    }
    await models.pendingPayments.remove(charge.orderId);
  }

  /**
   * Writes the decided payment onto the waiting order. The order is queued for recovery first,
   * so a process that stops before the sale is completed or cancelled leaves it found.
   */
  private async applyToOrder(order: OrderDoc, payments: OrderPaymentDoc[]): Promise<void> {
    const { models } = this.deps;
    await models.pendingOrders.add(
      order._id,
      { merchantId: order.merchantId },
      new Date(Date.now() + APPLY_LEASE_MS),
    );
    await updateByKey(models.orders, order._id, { $set: { payments, awaitingPaymentUntil: null } });
  }

  private withPayment(order: OrderDoc, charge: ChargeDoc, change: (p: OrderPaymentDoc) => OrderPaymentDoc) {
    return order.payments.map((p) => (p.paymentId === charge.paymentId ? change(p) : p));
  }

  /** Returns what was paid on a charge whose sale did not happen. */
  async giveBack(charge: ChargeDoc, reason: string): Promise<void> {
    const { models, logger } = this.deps;
    const current = (await getByKey<ChargeDoc>(models.charges, charge._id)) ?? charge;
    if (current.state === 'REFUNDED') return;
    const account = await this.deps.accounts.forCharge(current);
    const left = current.amount - current.refunded;
    if (!account || left <= 0) return;
    try {
      const word = await this.deps.provider.refund(account, {
        chargeId: current._id,
        refundKey: `return-${current._id}`,
        amount: left,
        reason,
      });
      await this.recordRefunds(
        current._id,
        word.refunds.length ? word.refunds : [{ refundKey: 'return', amount: left }],
      );
      logger.warn({ chargeId: current._id, merchantId: current.merchantId }, 'a late payment was refunded');
    } catch (err) {
      if (!(err instanceof ProviderRefused)) throw err;
      logger.error(
        { chargeId: current._id, merchantId: current.merchantId, err },
        'a late payment could not be refunded',
      );
      await this.pushAlert(current, {
        kind: 'LATE_PAYMENT_NOT_REFUNDED',
        at: new Date(),
        reportedAmount: left,
        providerStatus: 'refund-refused',
        message: `Paid after the sale was cancelled; the provider refused the refund (${err.message}). Refund the customer by hand.`,
      });
    }
  }

  async recordRefunds(id: string, refunds: readonly ProviderRefund[]): Promise<void> {
    const current = await getByKey<ChargeDoc>(this.deps.models.charges, id);
    if (!current || refunds.length === 0) return;
    const refunded = refunds.reduce((s, r) => s + r.amount, 0);
    if (refunded <= current.refunded) return;
    await updateByKey(this.deps.models.charges, id, {
      $set: { refunded, ...(refunded >= current.amount ? { state: 'REFUNDED' } : {}) },
    });
  }

  async alert(charge: ChargeDoc, word: ProviderWord, source: string): Promise<void> {
    this.deps.logger.warn(
      {
        chargeId: charge._id,
        merchantId: charge.merchantId,
        expected: charge.amount,
        reported: word.amount,
        source,
      },
      'a payment provider answer names another amount than the charge; not applied',
    );
    await this.pushAlert(charge, {
      kind: 'AMOUNT_MISMATCH',
      at: new Date(),
      reportedAmount: word.amount,
      providerStatus: word.providerStatus,
      message: `The provider's ${source} reported ${word.amount} (${word.providerStatus}) for a charge of ${charge.amount}; it was not applied.`,
    });
  }

  /** Keeps one alert per distinct report (replays add nothing), the latest few only. */
  private async pushAlert(charge: ChargeDoc, alert: ChargeAlertDoc): Promise<void> {
    const current = (await getByKey<ChargeDoc>(this.deps.models.charges, charge._id)) ?? charge;
    const same = (a: ChargeAlertDoc) =>
      a.kind === alert.kind &&
      a.reportedAmount === alert.reportedAmount &&
      a.providerStatus === alert.providerStatus;
    if (current.alerts.some(same)) return;
    const alerts = [...current.alerts, alert].slice(-MAX_ALERTS);
    await updateByKey(this.deps.models.charges, charge._id, { $set: { alerts } });
  }

  async mark(charge: ChargeDoc, state: Ended, providerStatus: string): Promise<void> {
    const current = await getByKey<ChargeDoc>(this.deps.models.charges, charge._id);
    if (current && TERMINAL.has(current.state)) return;
    await updateByKey(this.deps.models.charges, charge._id, { $set: { state, providerStatus } });
  }

  /** What the charge on record says, as a provider answer (to re-apply a decision). */
  recorded(charge: ChargeDoc): ProviderWord {
    return {
      state: charge.state === 'CREATED' ? 'PENDING' : (charge.state as ProviderChargeState),
      providerStatus: charge.providerStatus ?? '',
      amount: charge.amount,
      transactionId: charge.transactionId,
      paidAt: charge.paidAt,
      refunds: [],
    };
  }

  /** Inserts the charge's outcome; on E11000 someone decided first, and theirs stands. */
  async decide(charge: ChargeDoc, outcome: 'PAID' | Ended): Promise<'PAID' | Ended> {
    const doc: DecisionDoc = {
      _id: decisionKey(charge._id),
      merchantId: charge.merchantId,
      outcome,
      failure: null,
      at: new Date(),
    };
    if (await claimKey(this.deps.models.decisions, { ...doc })) return outcome;
    const existing = await this.decisionOf(charge);
    if (!existing) throw new Error(`decision for charge ${charge._id} vanished`);
    return existing;
  }

  private async decisionOf(charge: ChargeDoc): Promise<'PAID' | Ended | null> {
    const d = await getOwned<DecisionDoc>(
      this.deps.models.decisions,
      decisionKey(charge._id),
      charge.merchantId,
    );
    return (d?.outcome as 'PAID' | Ended | undefined) ?? null;
  }
}
