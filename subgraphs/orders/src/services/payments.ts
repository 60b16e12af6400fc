import {
  badInput,
  checkOptionalAmount,
  type PaymentMethod,
  type ProviderPaymentRef,
  sumAmounts,
} from '@pos/kit';
import { Types } from 'mongoose';
import type { OrderPaymentDoc } from '../models';

export interface PaymentSpec {
  method: PaymentMethod;
  amount?: number | null;
  tendered?: number | null;
  reference?: string | null;
  points?: number | null;
  /** QRIS and EWALLET: charge it through the payment provider. */
  charge?: boolean | null;
  /** EWALLET with `charge`: which wallet. */
  wallet?: 'GOPAY' | 'SHOPEEPAY' | null;
}

/** Who charges payments with `charge` for this sale; absent where no provider account is available. */
export interface ChargingProvider {
  provider: string;
  account: ProviderPaymentRef['account'];
}

export interface SettledPayments {
  payments: OrderPaymentDoc[];
  rounding: number;
  payable: number;
  paid: number;
  change: number;
}

export type Settlement = { ok: true; value: SettledPayments } | { ok: false; payable: number; paid: number };

/** Rounds a non-negative amount to the unit, half-up (Rp 1.250 -> 1.300 with unit 100). */
export function roundHalfUp(amount: number, unit: number): number {
  if (unit <= 1) return amount;
  return Math.floor((amount + unit / 2) / unit) * unit;
}

const newPaymentId = () => new Types.ObjectId().toHexString();

/** The payment of an order charged through the provider, if any (at most one per order). */
export const providerPayment = (payments: readonly OrderPaymentDoc[]) => payments.find((p) => p.provider);

/**
 * Refuses what a provider charge cannot be: a method other than QRIS or EWALLET, a typed
 * reference (the provider gives it), a second charge in one sale, or any charge where none can
 * be made (offline sales).
 */
export function checkCharges(specs: readonly PaymentSpec[], allowed: boolean): void {
  const charged = specs.filter((p) => p.charge);
  if (charged.length === 0) return;
  if (!allowed)
    throw badInput('A sale recorded offline cannot charge through the payment provider', 'payments');
  if (charged.length > 1)
    throw badInput('Charge at most one payment through the provider per sale', 'payments');
  for (const p of charged) {
    if (p.method !== 'QRIS' && p.method !== 'EWALLET')
      throw badInput('Only QRIS and EWALLET payments are charged through the provider', 'payments');
    if (p.reference) throw badInput('A charged payment gets its reference from the provider', 'payments');
  }
  for (const p of specs)
    if (p.wallet && !(p.charge && p.method === 'EWALLET'))
      throw badInput('A wallet is chosen only for a charged EWALLET payment', 'payments');
}

const channelOf = (p: PaymentSpec) => (p.method === 'QRIS' ? 'QRIS' : (p.wallet ?? 'GOPAY'));

/**
 * The one rule set for money in a payment: every amount, tendered sum and point count given is a
 * positive whole number within the kit's bounds, whatever the method (cash included: a negative
 * cash amount used to slip through when the tendered sum was given).
 */
export function checkPaymentAmounts(specs: readonly PaymentSpec[]): void {
  specs.forEach((p, i) => {
    checkOptionalAmount(p.amount, `payments.${i}.amount`, 'positiveMoney');
    checkOptionalAmount(p.tendered, `payments.${i}.tendered`, 'positiveMoney');
    checkOptionalAmount(p.points, `payments.${i}.points`, 'positivePoints');
  });
}

/**
 * Applies the payments to a total. Digital methods, customer credit and points are exact; only
 * the cash part is rounded (its difference becomes the rounding line) and may be over-tendered
 * (the rest is change). `cashOnDelivery` leaves what is not paid now for the courier.
 * `acceptShort` (offline sales, which already happened) records the payments even when short.
 */
export function settlePayments(
  total: number,
  specs: readonly PaymentSpec[],
  roundingUnit: number,
  opts: {
    cashOnDelivery?: boolean;
    acceptShort?: boolean;
    /** When the payments taken at the till were handed over. */
    paidAt?: Date;
    /** Who charges a payment given with `charge` (checked by `checkCharges` before). */
    charging?: ChargingProvider | null;
  } = {},
): Settlement {
  checkPaymentAmounts(specs);
  checkCharges(specs, Boolean(opts.charging));
  const paidAt = (opts.paidAt ?? new Date()).toISOString();
  const cash = specs.filter((p) => p.method === 'CASH');
  if (cash.length > 1) throw badInput('Give cash as one payment', 'payments');
  const exact: OrderPaymentDoc[] = [];
  for (const p of specs) {
    if (p.method === 'CASH') continue;
    if (p.amount == null || p.amount <= 0) throw badInput(`${p.method} needs a positive amount`, 'payments');
    if (p.method === 'POINTS' && (p.points == null || p.points <= 0))
      throw badInput('POINTS needs the number of points', 'payments');
    const paymentId = newPaymentId();
    const charging = p.charge ? opts.charging : null;
    exact.push({
      paymentId,
      method: p.method,
      amount: p.amount,
      ...(p.reference ? { reference: p.reference } : {}),
      ...(p.points != null ? { points: p.points } : {}),
      ...(charging
        ? {
            status: 'PENDING' as const,
            provider: {
              provider: charging.provider,
              chargeId: paymentId,
              account: charging.account,
              channel: channelOf(p),
              transactionId: null,
            },
          }
        : { status: 'PAID' as const, paidAt }),
    });
  }
  const exactSum = sumAmounts(
    exact.map((p) => p.amount),
    'payments',
  );
  if (exactSum > total) throw badInput('Non-cash payments exceed the total', 'payments');
  const due = total - exactSum;
  const cashSpec = cash[0];
  if (!cashSpec) {
    if (due > 0 && !opts.cashOnDelivery && !opts.acceptShort)
      return { ok: false, payable: total, paid: exactSum };
    return { ok: true, value: { payments: exact, rounding: 0, payable: total, paid: exactSum, change: 0 } };
  }
  const tendered = cashSpec.tendered ?? cashSpec.amount;
  if (tendered == null || tendered < 0) throw badInput('Cash needs the amount tendered', 'payments');
  const cashDue = roundHalfUp(due, roundingUnit);
  const rounding = cashDue - due;
  if (tendered < cashDue && !opts.acceptShort)
    return { ok: false, payable: total + rounding, paid: exactSum + tendered };
  const applied = Math.min(tendered, cashDue);
  const change = tendered - applied;
  const cashRecord: OrderPaymentDoc = {
    paymentId: newPaymentId(),
    method: 'CASH',
    amount: applied,
    tendered,
    change,
    status: 'PAID',
    paidAt,
  };
  return {
    ok: true,
    value: {
      payments: [cashRecord, ...exact],
      rounding,
      payable: total + rounding,
      paid: exactSum + applied,
      change,
    },
  };
}
