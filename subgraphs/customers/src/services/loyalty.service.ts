import { randomUUID } from 'node:crypto';
import {
  badInput,
  checkAmount,
  checkBalance,
  checkId,
  checkText,
  MAX_AMOUNT,
  MAX_POINTS,
  notFound,
  TEXT_MAX,
} from '@pos/kit';
import type { CustomersModels, PointsEntryDoc } from '../models';
import type { Actor } from './actor';
import { findCustomer } from './lookup';
import { insufficientPoints, PointsLedger } from './points.service';
import { pointsFor, type SettingsService } from './settings.service';

export interface RedeemInput {
  orderId: string;
  step: string;
  customerId: string;
  branchId: string;
  points: number;
}

/** Earning, spending and adjusting points under the merchant's rules. */
export class LoyaltyService {
  readonly ledger: PointsLedger;

  constructor(
    private readonly models: CustomersModels,
    private readonly actor: Actor,
    private readonly settings: SettingsService,
  ) {
    this.ledger = new PointsLedger(models, actor);
  }

  /** Checkout step: points as payment, worth `redeemValuePerPoint` each. */
  async redeem(input: RedeemInput) {
    positivePoints(input.points);
    const key = redeemKey(input.orderId, input.step);
    const replay = await this.ledger.byKey(key);
    if (replay) return redeemResult(replay);
    const customer = await this.requireCustomer(input.customerId);
    const rules = await this.settings.get(this.actor.merchantId);
    if (rules.redeemValuePerPoint <= 0)
      throw badInput('This merchant does not accept points as payment', 'points');
    const value = input.points * rules.redeemValuePerPoint;
    if (value > MAX_AMOUNT)
      throw badInput(`The points are worth more than ${MAX_AMOUNT} minor units`, 'points');
    const entry = await this.ledger.spend(
      customer._id,
      key,
      input.points,
      { orderId: input.orderId, branchId: input.branchId, value },
      'REDEEM',
    );
    return redeemResult(entry);
  }

  /** Compensation: gives the step's points back, or takes its key so a late redemption is refused. */
  async reverseRedemption(orderId: string, step: string): Promise<boolean> {
    const key = redeemKey(orderId, step);
    const entry = (await this.ledger.byKey(key)) ?? (await this.ledger.cancelKey(key, 'REDEEM_CANCELLED'));
    await this.ledger.giveBack(entry);
    return true;
  }

  /** A manual change with a reason; taking points never goes below zero. */
  async adjust(customerId: string, points: number, reason: string) {
    checkAmount(points, 'points', 'pointsChange');
    const why = checkText(reason, 'reason', TEXT_MAX.note);
    const customer = await this.requireCustomer(checkId(customerId, 'customerId'));
    const key = `adjust:${randomUUID()}`;
    const fields = { reason: why, recordedBy: this.actor.userId };
    if (points < 0) {
      const entry = await this.ledger.spend(customer._id, key, -points, fields, 'ADJUSTMENT');
      if (entry.kind !== 'ADJUSTMENT') return insufficientPoints(entry.balance);
      return { __typename: 'PointsEntry' as const, ...entry };
    }
    const { entry } = await this.ledger.append(customer._id, key, (balance) => ({
      ...fields,
      kind: 'ADJUSTMENT',
      change: points,
      balance: checkBalance(balance, points, 'points', { min: 0, max: MAX_POINTS }),
      at: new Date(),
    }));
    return { __typename: 'PointsEntry' as const, ...entry };
  }

  /** Points for a completed order; keyed by the order, so a redelivered event earns nothing more. */
  async earn(customerId: string, orderId: string, branchId: string, earnable: number) {
    const earned = pointsFor(await this.settings.get(this.actor.merchantId), earnable);
    if (earned <= 0) return;
    await this.ledger.append(customerId, earnKey(orderId), (balance) => {
      // A sale is never refused for points: the balance stops at the bound.
      const points = Math.max(0, Math.min(earned, MAX_POINTS - balance));
      return {
        kind: 'EARN',
        change: points,
        balance: balance + points,
        base: earnable,
        orderId,
        branchId,
        at: new Date(),
      };
    });
  }

  /**
   * Takes back earned points pro rata to the earnable amount refunded (rounded down, so the
   * last refund of an order takes back exactly what is left); `refunded: 'ALL'` for a void.
   */
  async reverseEarn(orderId: string, key: string, refunded: number | 'ALL') {
    const earned = await this.ledger.byKey(earnKey(orderId));
    if (earned?.kind !== 'EARN') return;
    const earlier = (await this.ledger.byOrder(orderId, ['EARN_REVERSAL'])).filter((e) => e.key !== key);
    const taken = earlier.reduce((s, e) => s - e.change, 0);
    const base = earned.base ?? 0;
    const refundedBase =
      refunded === 'ALL' ? base : Math.min(base, earlier.reduce((s, e) => s + (e.base ?? 0), 0) + refunded);
    const target = base > 0 ? Math.floor((earned.change * refundedBase) / base) : earned.change;
    const points = Math.max(0, target - taken);
    await this.ledger.append(await this.ledger.owner(earned.customerId), key, (balance) => ({
      kind: 'EARN_REVERSAL',
      change: -points,
      balance: balance - points,
      base: refunded === 'ALL' ? base : refunded,
      orderId,
      at: new Date(),
    }));
  }

  /** Points paid back by a refund (payment method POINTS). */
  async returnPoints(customerId: string, key: string, orderId: string, points: number) {
    if (points <= 0) return;
    const customer = await findCustomer(this.models, this.actor.merchantId, customerId);
    if (!customer) return;
    await this.ledger.append(customer._id, key, (balance) => ({
      kind: 'REDEEM_REVERSAL',
      change: points,
      balance: balance + points,
      orderId,
      at: new Date(),
    }));
  }

  /** A void gives back every redemption of the order (less what refunds already returned). */
  async giveBackOrder(orderId: string) {
    for (const redemption of await this.ledger.byOrder(orderId, ['REDEEM']))
      await this.ledger.giveBack(redemption);
  }

  private async requireCustomer(id: string) {
    const customer = await findCustomer(this.models, this.actor.merchantId, id);
    if (!customer) throw notFound('Customer');
    return customer;
  }
}

const redeemKey = (orderId: string, step: string) => `redeem:${orderId}:${step}`;
const earnKey = (orderId: string) => `earn:${orderId}`;

function positivePoints(points: number) {
  checkAmount(points, 'points', 'positivePoints');
}

function redeemResult(entry: PointsEntryDoc) {
  if (entry.kind === 'REDEEM') {
    return {
      __typename: 'PointsRedeemed' as const,
      points: -entry.change,
      value: entry.value ?? 0,
      balance: entry.balance,
    };
  }
  if (entry.kind === 'REDEEM_CANCELLED') {
    return insufficientPoints(0, 'This redemption step was already compensated');
  }
  return insufficientPoints(entry.balance);
}
