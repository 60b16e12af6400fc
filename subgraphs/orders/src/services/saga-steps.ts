import type { FailureDoc, OrderDoc } from '../models';
import { failures } from './failures';
import type { CallContext, CustomersPort, ProductsPort } from './ports';

/** A step either succeeded or was refused with a typed failure; an outage throws. */
export type StepOutcome = { ok: true } | { ok: false; failure: FailureDoc };

/**
 * One synchronous step of the checkout saga. Both methods are idempotent by (order id, step
 * name) on the callee's side, and `compensate` is a no-op when `execute` took nothing, so the
 * recovery job may compensate every step of a cancelled order without knowing how far it got.
 */
export interface SagaStep {
  readonly name: string;
  execute(order: OrderDoc, call: CallContext): Promise<StepOutcome>;
  compensate(order: OrderDoc, call: CallContext): Promise<void>;
}

/** Takes the sold base units from stock at the branch (below zero only for offline sales). */
export class ReserveStockStep implements SagaStep {
  readonly name = 'stock';
  constructor(private readonly products: ProductsPort) {}

  async execute(order: OrderDoc, call: CallContext): Promise<StepOutcome> {
    const result = await this.products.reserve(call, {
      branchId: order.branchId,
      orderId: order._id,
      step: this.name,
      lines: stockLines(order),
      allowNegative: order.offline,
      ...(order.offline ? { at: order.occurredAt } : {}),
      actorId: order.cashierId,
      deviceId: order.deviceId,
      reference: order._id,
    });
    if (result.ok) return { ok: true };
    if ('released' in result)
      return {
        ok: false,
        failure: failures.checkoutFailed('CHECKOUT_ABANDONED', 'The checkout was cancelled', order._id),
      };
    return { ok: false, failure: failures.outOfStock(result.short) };
  }

  compensate(order: OrderDoc, call: CallContext): Promise<void> {
    return this.products.release(call, { orderId: order._id, step: this.name });
  }
}

/** Base units per product, merged: one ledger entry per product even when it is on two lines. */
export function stockLines(order: Pick<OrderDoc, 'lines'>) {
  const byProduct = new Map<string, number>();
  for (const l of order.lines) byProduct.set(l.productId, (byProduct.get(l.productId) ?? 0) + l.baseQuantity);
  return [...byProduct].map(([productId, baseQuantity]) => ({ productId, baseQuantity }));
}

/** Redeems the points of the POINTS payment; their value must be what the cashier applied. */
export class RedeemPointsStep implements SagaStep {
  readonly name = 'points';
  constructor(private readonly customers: CustomersPort) {}

  async execute(order: OrderDoc, call: CallContext): Promise<StepOutcome> {
    const payment = order.payments.find((p) => p.method === 'POINTS');
    if (!payment || !order.customerId) return { ok: true };
    const result = await this.customers.redeemPoints(call, {
      orderId: order._id,
      step: this.name,
      customerId: order.customerId,
      branchId: order.branchId,
      points: payment.points ?? 0,
    });
    if (!result.ok) return { ok: false, failure: failures.insufficientPoints(result.balance) };
    if (result.value !== payment.amount) {
      await this.compensate(order, call);
      return {
        ok: false,
        failure: failures.paymentInsufficient(
          order.totals.payable,
          order.totals.paid - payment.amount + result.value,
        ),
      };
    }
    return { ok: true };
  }

  compensate(order: OrderDoc, call: CallContext): Promise<void> {
    return this.customers.reversePointsRedemption(call, { orderId: order._id, step: this.name });
  }
}

/** Charges the CUSTOMER_CREDIT payment to the customer's kasbon, within their limit. */
export class ChargeCreditStep implements SagaStep {
  readonly name = 'credit';
  constructor(private readonly customers: CustomersPort) {}

  async execute(order: OrderDoc, call: CallContext): Promise<StepOutcome> {
    const payment = order.payments.find((p) => p.method === 'CUSTOMER_CREDIT');
    if (!payment || !order.customerId) return { ok: true };
    const result = await this.customers.chargeCustomerCredit(call, {
      orderId: order._id,
      step: this.name,
      customerId: order.customerId,
      branchId: order.branchId,
      amount: payment.amount,
    });
    if (result.ok) return { ok: true };
    return { ok: false, failure: failures.creditLimitExceeded(result.available) };
  }

  compensate(order: OrderDoc, call: CallContext): Promise<void> {
    return this.customers.reverseCustomerCredit(call, { orderId: order._id, step: this.name });
  }
}

/**
 * The payment provider's side of an order with a charged payment. `execute` creates the charge
 * and leaves the order waiting for the customer (its stock held); `compensate` ends an unpaid
 * charge at the provider, or gives the money back when the customer paid a sale being cancelled.
 * Both are idempotent by the payment id, which is the charge's id.
 */
export interface ChargesPort {
  execute(order: OrderDoc, call: CallContext): Promise<StepOutcome>;
  compensate(order: OrderDoc, call: CallContext): Promise<void>;
}

/** Charges the provider payment last, once stock, points and credit are secured. */
export class ChargeProviderStep implements SagaStep {
  readonly name = 'charge';
  constructor(private readonly charges: ChargesPort) {}

  execute(order: OrderDoc, call: CallContext): Promise<StepOutcome> {
    return this.charges.execute(order, call);
  }

  compensate(order: OrderDoc, call: CallContext): Promise<void> {
    return this.charges.compensate(order, call);
  }
}

/** The steps an order needs, in execution order; compensation runs them backwards. */
export function sagaPlan(
  order: Pick<OrderDoc, 'payments'>,
  ports: { products: ProductsPort; customers: CustomersPort; charges: ChargesPort },
): SagaStep[] {
  const steps: SagaStep[] = [new ReserveStockStep(ports.products)];
  if (order.payments.some((p) => p.method === 'POINTS')) steps.push(new RedeemPointsStep(ports.customers));
  if (order.payments.some((p) => p.method === 'CUSTOMER_CREDIT'))
    steps.push(new ChargeCreditStep(ports.customers));
  if (order.payments.some((p) => p.provider)) steps.push(new ChargeProviderStep(ports.charges));
  return steps;
}
