import { badInput, checkOptionalAmount, getOwned, notFound, type PaymentMethod, type Viewer } from '@pos/kit';
import type { AdjustmentDoc, OrderDoc, OrderPaymentDoc, OrdersModels, RefundDoc, ShiftDoc } from '../models';
import { type AdjustmentService, refundView } from './adjustment.service';
import { type AdjustmentDraft, type AppendResult, appendAdjustment } from './adjustment-ledger';
import { businessDate, canonicalJson } from './calendar';
import { orderRefundedEvent, orderVoidedEvent } from './events';
import { failures, type RefundFailure, type VoidFailure } from './failures';
import { providerPayment } from './payments';
import type { CallContext, UsersPort } from './ports';
import type { ShiftService } from './shift.service';

export interface RefundInput {
  orderId: string;
  idempotencyKey: string;
  reason: string;
  lines?: { lineId: string; quantity: number; restock?: boolean | null }[] | null;
  amount?: number | null;
  method?: PaymentMethod | null;
  deviceId?: string | null;
}

export interface RefundServiceDeps {
  models: OrdersModels;
  users: UsersPort;
  adjustments: AdjustmentService;
  shifts: ShiftService;
  /** How long a void or refund belongs to its request before the recovery job finishes it. */
  leaseMs: number;
}

const { voidNotAllowed, refundNotAllowed } = failures;

/**
 * Voids and refunds for the signed-in staff member (scopes are checked by the schema). Both are
 * entries of the order's money-out ledger, so their limits hold under concurrency: a void only
 * on an untouched order, refunds never above what was paid minus earlier refunds.
 */
export class RefundService {
  constructor(
    private readonly deps: RefundServiceDeps,
    private readonly viewer: Viewer,
    private readonly call: CallContext,
  ) {}

  async void(input: { orderId: string; reason: string }): Promise<OrderDoc | VoidFailure> {
    const reason = input.reason.trim();
    if (!reason) throw badInput('A void needs a reason', 'reason');
    const order = await this.load(input.orderId);
    // Voiding twice is refused with its own code, so a client that retried sees it was done.
    if (order.status === 'VOIDED') return failures.alreadyVoided();
    if (order.status !== 'COMPLETED') return voidNotAllowed('Only completed orders can be voided');
    if (providerPayment(order.payments))
      return voidNotAllowed('A sale paid through the payment provider is refunded, not voided');
    const settings = await this.deps.users.merchantSettings(this.call);
    const now = new Date();
    if (order.shiftId) {
      const shift = await getOwned<ShiftDoc>(this.deps.models.shifts, order.shiftId, order.merchantId);
      if (shift?.status !== 'OPEN')
        return voidNotAllowed('The shift of this sale is closed; refund it instead');
    } else if (businessDate(now, settings.timeZone) !== order.businessDate) {
      return voidNotAllowed('Only sales of today can be voided; refund it instead');
    }
    const voidDate = businessDate(now, settings.timeZone);
    const result = await appendAdjustment<VoidFailure>(
      this.deps.models,
      { merchantId: order.merchantId, orderId: order._id, key: 'void', requestHash: 'void' },
      new Date(now.getTime() + this.deps.leaseMs),
      (head) =>
        head
          ? { refuse: voidNotAllowed('The order was already refunded; refund the rest instead') }
          : {
              draft: {
                kind: 'VOID',
                amount: order.totals.paid,
                balance: order.totals.paid,
                refunded: [],
                lines: order.lines.map((l) => ({
                  lineId: l.lineId,
                  quantity: l.quantity,
                  amount: l.total,
                  restocked: true,
                })),
                method: refundMethod(order),
                reason,
                by: this.viewer.userId,
                shiftId: order.shiftId,
                at: now,
              },
            },
      (entry) => orderVoidedEvent(order, entry, voidDate),
    );
    if ('refuse' in result) return result.refuse;
    // Another request's void that is finished: this one changes nothing. An unfinished one
    // (its request died) is finished here.
    if ('replay' in result && result.replay.applied) return failures.alreadyVoided();
    const entry = 'created' in result ? result.created : result.replay;
    return (await this.deps.adjustments.apply(entry, this.call)).order;
  }

  async refund(input: RefundInput): Promise<RefundDoc | RefundFailure> {
    const reason = input.reason.trim();
    if (!reason) throw badInput('A refund needs a reason', 'reason');
    checkOptionalAmount(input.amount, 'amount', 'positiveMoney');
    const order = await this.load(input.orderId);
    if (order.status !== 'COMPLETED') return refundNotAllowed('Only completed orders can be refunded');
    const requested = this.requestedLines(order, input);
    const { idempotencyKey, ...body } = input;
    const settings = await this.deps.users.merchantSettings(this.call);
    const now = new Date();
    const shift = await this.deps.shifts.openShiftFor(this.viewer.userId, input.deviceId ?? order.deviceId);
    const method = input.method ?? refundMethod(order);
    const today = businessDate(now, settings.timeZone);
    // Money paid through the provider goes back the same way when refunded with its method.
    const charged = providerPayment(order.payments);
    const viaProvider =
      charged?.provider && charged.method === method && charged.status !== 'PENDING' ? charged : null;
    const result: AppendResult<RefundFailure> = await appendAdjustment(
      this.deps.models,
      {
        merchantId: order.merchantId,
        orderId: order._id,
        key: `refund:${idempotencyKey}`,
        requestHash: canonicalJson(body),
      },
      new Date(now.getTime() + this.deps.leaseMs),
      (head) =>
        decideRefund(
          order,
          head,
          requested,
          input.amount ?? null,
          {
            method,
            reason,
            by: this.viewer.userId,
            shiftId: shift?._id ?? null,
            at: now,
          },
          viaProvider ? { payment: viaProvider, businessDate: today } : null,
        ),
      // A refund through the provider is announced once the provider confirmed it.
      (entry) => (entry.provider ? null : orderRefundedEvent(order, entry, today)),
    );
    if ('refuse' in result) return result.refuse;
    if ('replay' in result && result.replay.requestHash !== canonicalJson(body)) return failures.keyReused();
    let entry = 'created' in result ? result.created : result.replay;
    if (!entry.applied) entry = (await this.deps.adjustments.apply(entry, this.call)).entry;
    if (entry.provider?.status === 'FAILED')
      return failures.providerRefundRefused(
        entry.provider.message ?? 'The payment provider refused the refund',
      );
    return refundView(entry);
  }

  private requestedLines(order: OrderDoc, input: RefundInput) {
    if (!input.lines || input.lines.length === 0)
      return order.lines
        .map((l) => ({ lineId: l.lineId, quantity: l.quantity - l.refundedQuantity, restock: true }))
        .filter((l) => l.quantity > 0);
    const ids = new Set(order.lines.map((l) => l.lineId));
    for (const l of input.lines) {
      if (!ids.has(l.lineId)) throw notFound('OrderLine');
      if (!Number.isInteger(l.quantity) || l.quantity <= 0)
        throw badInput('Quantities must be positive', 'lines');
    }
    return input.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity, restock: l.restock ?? true }));
  }

  private async load(id: string): Promise<OrderDoc> {
    const order = await getOwned<OrderDoc>(this.deps.models.orders, id, this.viewer.merchantId);
    if (!order) throw notFound('Order');
    return order;
  }
}

/** Cash goes back as cash; otherwise the first method the customer paid with. */
function refundMethod(order: OrderDoc): PaymentMethod {
  if (order.payments.some((p) => p.method === 'CASH')) return 'CASH';
  return order.payments[0]?.method ?? 'CASH';
}

/**
 * Prices a refund on the ledger head: each line's share of its total in proportion to the
 * quantity, the last units of a line taking exactly what is left of it, and a refund that
 * completes the order returning exactly what was paid (cash rounding included).
 */
function decideRefund(
  order: OrderDoc,
  head: AdjustmentDoc | null,
  requested: { lineId: string; quantity: number; restock: boolean }[],
  override: number | null,
  meta: { method: PaymentMethod; reason: string; by: string; shiftId: string | null; at: Date },
  provider: { payment: OrderPaymentDoc; businessDate: string } | null,
): { draft: AdjustmentDraft } | { refuse: RefundFailure } {
  if (head?.kind === 'VOID') return { refuse: refundNotAllowed('The order was voided') };
  const paidBack = head?.balance ?? 0;
  const providerBefore = head?.providerRefunded ?? 0;
  // Through the provider, no more than that payment minus what went back through it before.
  const refundable = Math.min(
    order.totals.paid - paidBack,
    provider ? provider.payment.amount - providerBefore : Number.MAX_SAFE_INTEGER,
  );
  const so = new Map((head?.refunded ?? []).map((r) => [r.lineId, r]));
  const lines = [];
  for (const r of requested) {
    const line = order.lines.find((l) => l.lineId === r.lineId);
    if (!line) continue;
    const before = so.get(r.lineId) ?? { lineId: r.lineId, quantity: 0, amount: 0 };
    const left = line.quantity - before.quantity;
    if (r.quantity > left) return { refuse: failures.refundQuantityExceeded(r.lineId, left) };
    const amount =
      r.quantity === left
        ? line.total - before.amount
        : Math.round((line.total * r.quantity) / line.quantity);
    so.set(r.lineId, {
      lineId: r.lineId,
      quantity: before.quantity + r.quantity,
      amount: before.amount + amount,
    });
    lines.push({ lineId: r.lineId, quantity: r.quantity, amount, restocked: r.restock });
  }
  if (lines.length === 0) return { refuse: refundNotAllowed('Nothing is left to refund') };
  const computed = lines.reduce((s, l) => s + l.amount, 0);
  const completes = order.lines.every((l) => (so.get(l.lineId)?.quantity ?? 0) >= l.quantity);
  const amount = override ?? (completes ? refundable : Math.min(computed, refundable));
  const ref = provider?.payment.provider;
  // A provider refunds nothing of nothing: a zero refund through it is refused like an excess.
  if (amount > refundable || (ref && amount <= 0)) return { refuse: failures.refundExceedsPaid(refundable) };
  return {
    draft: {
      kind: 'REFUND',
      amount,
      balance: paidBack + amount,
      refunded: [...so.values()],
      lines,
      ...meta,
      providerRefunded: providerBefore + (ref ? amount : 0),
      provider:
        provider && ref
          ? {
              paymentId: provider.payment.paymentId,
              chargeId: ref.chargeId,
              status: 'PENDING',
              message: null,
              confirmedAt: null,
              businessDate: provider.businessDate,
            }
          : null,
    },
  };
}
