import {
  type DomainEvent,
  EventTypes,
  type Logger,
  type OrderCompletedPayload,
  type OrderRefundedPayload,
  type OrderVoidedPayload,
  type PaymentRecord,
} from '@pos/kit';
import type { CustomersModels } from '../models';
import type { Actor } from '../services/actor';
import { CreditService } from '../services/credit.service';
import { findCustomer } from '../services/lookup';
import { LoyaltyService } from '../services/loyalty.service';
import { PurchaseStatsService } from '../services/purchases.service';
import type { SettingsService } from '../services/settings.service';

export const ORDER_EVENTS = [
  EventTypes.OrderCompleted,
  EventTypes.OrderRefunded,
  EventTypes.OrderVoided,
] as const;

export interface OrderEventDeps {
  models: CustomersModels;
  settings: SettingsService;
  logger: Logger;
  onCreditEvents: () => void;
}

const paidWith = (payments: readonly PaymentRecord[], method: PaymentRecord['method']) =>
  payments.filter((p) => p.method === method);
const sum = (payments: readonly PaymentRecord[]) => payments.reduce((s, p) => s + p.amount, 0);

/**
 * Purchase stats and points from the orders' events. Every effect is keyed by the order,
 * refund or payment, so a redelivered event (or one re-run after a crash half-way) changes
 * nothing twice; the kit's idempotent consumer in front of this skips completed ones cheaply.
 */
/** A completed sale without a customer earns nothing and records no purchase: no claim needed. */
export function concernsCustomers(event: DomainEvent): boolean {
  if (event.type !== EventTypes.OrderCompleted) return true;
  return Boolean((event.payload as unknown as OrderCompletedPayload).customerId);
}

export function orderEventsHandler(deps: OrderEventDeps) {
  return async (event: DomainEvent): Promise<void> => {
    const actor: Actor = { merchantId: event.merchantId, userId: null };
    const s = {
      purchases: new PurchaseStatsService(deps.models, actor),
      loyalty: new LoyaltyService(deps.models, actor, deps.settings),
      credit: new CreditService(deps.models, actor, deps.settings, deps.onCreditEvents),
      customer: (id: string | null | undefined) =>
        id ? findCustomer(deps.models, actor.merchantId, id) : null,
    };
    if (event.type === EventTypes.OrderCompleted) {
      const p = event.payload as unknown as OrderCompletedPayload;
      const customer = await s.customer(p.customerId);
      if (!customer) return;
      await s.purchases.record(customer._id, `order:${p.orderId}`, {
        kind: 'ORDER',
        spent: p.totals.total,
        visits: 1,
        orderId: p.orderId,
        visitAt: new Date(p.completedAt),
      });
      // Spending points earns none; the delivery fee is not a purchase of goods.
      const earnable = p.totals.total - p.totals.deliveryFee - sum(paidWith(p.payments, 'POINTS'));
      await s.loyalty.earn(customer._id, p.orderId, p.branchId, earnable);
    } else if (event.type === EventTypes.OrderRefunded) {
      const p = event.payload as unknown as OrderRefundedPayload;
      const customer = await s.customer(p.customerId);
      if (customer) {
        await s.purchases.record(customer._id, `refund:${p.refundId}`, {
          kind: 'REFUND',
          spent: -p.amount,
          visits: 0,
          orderId: p.orderId,
        });
      }
      const earnable = p.amount - sum(paidWith(p.payments, 'POINTS'));
      await s.loyalty.reverseEarn(p.orderId, `earn-reversal:refund:${p.refundId}`, earnable);
      for (const pay of paidWith(p.payments, 'POINTS')) {
        const who = pay.customerId ?? p.customerId;
        if (who)
          await s.loyalty.returnPoints(
            who,
            `refund:${p.refundId}:points:${pay.paymentId}`,
            p.orderId,
            pay.points ?? 0,
          );
      }
      for (const pay of paidWith(p.payments, 'CUSTOMER_CREDIT')) {
        const who = pay.customerId ?? p.customerId;
        if (who)
          await s.credit.refundToCredit(
            who,
            `refund:${p.refundId}:credit:${pay.paymentId}`,
            p.orderId,
            pay.amount,
          );
      }
    } else if (event.type === EventTypes.OrderVoided) {
      const p = event.payload as unknown as OrderVoidedPayload;
      const customer = await s.customer(p.customerId);
      if (customer) {
        const spent = await s.purchases.spentOn(p.orderId);
        await s.purchases.record(customer._id, `void:${p.orderId}`, {
          kind: 'VOID',
          spent: -spent,
          visits: -1,
          orderId: p.orderId,
        });
      }
      await s.loyalty.reverseEarn(p.orderId, `earn-reversal:void:${p.orderId}`, 'ALL');
      await s.loyalty.giveBackOrder(p.orderId);
      await s.credit.reverseOrder(p.orderId);
    }
  };
}
