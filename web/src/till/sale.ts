/**
 * Completing a sale: online, `checkout` with an idempotency key made once per sale (a retry
 * after a lost answer records it once); offline, the sale goes into the outbox with its client
 * id and is synced by `syncOfflineSales` when the connection returns.
 */

import type { OrderFieldsFragment } from '../__generated__/operations';
import { CheckoutDocument } from '../__generated__/operations';
import type { Api } from '../api/client';
import { type Failure, unwrapResult } from '../api/results';
import type { TillDatabase } from '../offline/db';
import { enqueueSale, type QueuedPayment, type QueuedSale } from '../offline/outbox';
import { type Cart, estimateTotal, saleLines } from './cart';

export type SaleOutcome =
  | { kind: 'order'; order: OrderFieldsFragment }
  | { kind: 'queued'; sale: QueuedSale }
  | { kind: 'failed'; error: Failure; unanswered?: Record<string, unknown> };

export interface SaleContext {
  api: Api;
  db: TillDatabase;
  deviceId: string;
  branchId: string;
  cashierId: string;
}

export async function completeSale(
  ctx: SaleContext,
  cart: Cart,
  payments: QueuedPayment[],
  opts: {
    online: boolean;
    idempotencyKey: string;
    /** The checkout sent earlier with this key whose answer never came. */
    unanswered?: Record<string, unknown> | null;
  },
): Promise<SaleOutcome> {
  if (opts.online) {
    const input = {
      idempotencyKey: opts.idempotencyKey,
      deviceId: ctx.deviceId,
      branchId: ctx.branchId,
      lines: saleLines(cart),
      ...(cart.orderDiscount ? { orderDiscount: cart.orderDiscount } : {}),
      ...(cart.customer ? { customerId: cart.customer.id } : {}),
      payments: payments.map(paymentInput),
    };
    const r = await ctx.api.mutate(CheckoutDocument, { input });
    // No answer: the sale may or may not be recorded. Its input is kept so that the same key
    // and body can be replayed, which returns the order if it was.
    if (!r.ok) return { kind: 'failed', error: r.error, ...(r.error.network ? { unanswered: input } : {}) };
    const order = unwrapResult(r.value.checkout, 'Order');
    return order.ok ? { kind: 'order', order: order.value } : { kind: 'failed', error: order.error };
  }
  const sale = await enqueueSale(ctx.db, {
    // The idempotency key made for this sale doubles as its permanent offline id.
    clientId: opts.idempotencyKey,
    deviceId: ctx.deviceId,
    branchId: ctx.branchId,
    cashierId: ctx.cashierId,
    occurredAt: new Date().toISOString(),
    lines: saleLines(cart),
    orderDiscount: cart.orderDiscount,
    customerId: cart.customer?.id ?? null,
    payments: payments.map(paymentInput),
    estimate: estimateTotal(cart),
    checkoutReplay: opts.unanswered ?? null,
  });
  return { kind: 'queued', sale };
}

function paymentInput(p: QueuedPayment) {
  return {
    method: p.method,
    ...(p.amount ? { amount: p.amount } : {}),
    ...(p.tendered ? { tendered: p.tendered } : {}),
    ...(p.reference ? { reference: p.reference } : {}),
    ...(p.points ? { points: p.points } : {}),
    ...(p.charge ? { charge: true } : {}),
  };
}
