import { getByKey, getOwned, type Logger, stageOutbox, updateByKey, withOutboxUpdate } from '@pos/kit';
import type { AdjustmentDoc, OrderDoc, OrdersModels, ProviderRefundDoc, RefundDoc } from '../models';
import { appendAdjustment } from './adjustment-ledger';
import { orderRefundedEvent } from './events';
import type { CallContext, ProductsPort, StockLine } from './ports';

/** Pays a refund back through the payment provider; throws when the provider cannot be reached. */
export interface ProviderRefunds {
  refund(
    order: OrderDoc,
    request: { refundKey: string; amount: number; reason: string },
  ): Promise<{ ok: true; at: Date } | { ok: false; message: string }>;
  /** True for an error that means "try again later" (the provider is down). */
  isOutage(err: unknown): boolean;
}

export interface AdjustmentDeps {
  models: OrdersModels;
  products: ProductsPort;
  refunds: ProviderRefunds;
  logger: Logger;
  published: () => void;
}

/** How long a reversal entry may wait before the recovery job finishes it. */
const REVERSAL_LEASE_MS = 30_000;

/**
 * The follow-up of a void or refund entry: stock goes back (lines marked restocked) and the
 * order's refund fields are derived again from all its entries. Idempotent, so the recovery
 * job can repeat it for an entry whose request died before finishing.
 */
export class AdjustmentService {
  constructor(private readonly deps: AdjustmentDeps) {}

  /**
   * Finishes an entry. A refund through the provider is paid back first: until the provider
   * answers, the entry waits (no stock returns, nothing is published); refused for good, it is
   * reversed out of the ledger instead.
   */
  async apply(adj: AdjustmentDoc, call: CallContext): Promise<{ order: OrderDoc; entry: AdjustmentDoc }> {
    const { models } = this.deps;
    const order = await getOwned<OrderDoc>(models.orders, adj.orderId, adj.merchantId);
    if (!order) throw new Error(`order ${adj.orderId} of adjustment ${adj._id} is missing`);
    if (adj.provider?.status === 'PENDING') {
      const settled = await this.payBack(order, adj, adj.provider);
      if (!settled) return { order, entry: adj };
      if (settled.provider?.status === 'FAILED')
        return { order: await this.syncOrder(order), entry: settled };
      adj = settled;
    }
    const lines = adj.kind === 'REFUND_REVERSAL' ? [] : restockLines(order, adj);
    if (lines.length > 0) {
      await this.deps.products.restock(call, {
        branchId: order.branchId,
        orderId: order._id,
        step: adj.kind === 'VOID' ? 'void' : `refund:${adj._id}`,
        reason: adj.kind === 'VOID' ? 'VOID' : 'REFUND',
        lines,
        actorId: adj.by,
        reference: adj._id,
      });
    }
    const synced = await this.syncOrder(order);
    await updateByKey(models.adjustments, adj._id, { $set: { applied: true } });
    await models.pendingAdjustments.remove(adj._id);
    this.deps.published();
    return { order: synced, entry: { ...adj, applied: true } };
  }

  /** The provider's answer to a refund entry: the updated entry, or null while it cannot be reached. */
  private async payBack(
    order: OrderDoc,
    adj: AdjustmentDoc,
    pending: ProviderRefundDoc,
  ): Promise<AdjustmentDoc | null> {
    const { models, logger } = this.deps;
    let answer: Awaited<ReturnType<ProviderRefunds['refund']>>;
    try {
      answer = await this.deps.refunds.refund(order, {
        refundKey: adj._id,
        amount: adj.amount,
        reason: adj.reason,
      });
    } catch (err) {
      if (!this.deps.refunds.isOutage(err)) throw err;
      logger.warn(
        { adjustmentId: adj._id, orderId: order._id },
        'the payment provider is unreachable; the refund waits',
      );
      return null;
    }
    if (answer.ok) {
      const provider: ProviderRefundDoc = { ...pending, status: 'REFUNDED', confirmedAt: answer.at };
      const entry = { ...adj, provider };
      const events = [orderRefundedEvent(order, entry, pending.businessDate)];
      await stageOutbox(models.adjustments, adj._id, events);
      await updateByKey(models.adjustments, adj._id, withOutboxUpdate({ $set: { provider } }, events));
      this.deps.published();
      return entry;
    }
    const provider: ProviderRefundDoc = {
      ...pending,
      status: 'FAILED',
      message: answer.message.slice(0, 500),
    };
    await updateByKey(models.adjustments, adj._id, { $set: { provider } });
    await this.reverse({ ...adj, provider });
    await updateByKey(models.adjustments, adj._id, { $set: { applied: true } });
    await models.pendingAdjustments.remove(adj._id);
    logger.warn(
      { adjustmentId: adj._id, orderId: order._id },
      'the payment provider refused a refund; reversed',
    );
    return { ...adj, provider, applied: true };
  }

  /** Takes a refused refund back out of the order's money-out ledger: its amount and quantities. */
  private async reverse(refused: AdjustmentDoc): Promise<void> {
    const { models } = this.deps;
    const result = await appendAdjustment<never>(
      models,
      {
        merchantId: refused.merchantId,
        orderId: refused.orderId,
        key: `reversal:${refused._id}`,
        requestHash: 'reversal',
      },
      new Date(Date.now() + REVERSAL_LEASE_MS),
      (head) => {
        const left = new Map((head?.refunded ?? []).map((r) => [r.lineId, { ...r }]));
        for (const l of refused.lines) {
          const r = left.get(l.lineId);
          if (r) left.set(l.lineId, { ...r, quantity: r.quantity - l.quantity, amount: r.amount - l.amount });
        }
        return {
          draft: {
            kind: 'REFUND_REVERSAL',
            amount: refused.amount,
            balance: (head?.balance ?? 0) - refused.amount,
            refunded: [...left.values()],
            lines: refused.lines.map((l) => ({ ...l, restocked: false })),
            method: refused.method,
            reason: `Refused by the payment provider: ${refused.provider?.message ?? ''}`.slice(0, 500),
            by: refused.by,
            shiftId: refused.shiftId,
            at: new Date(),
            providerRefunded: (head?.providerRefunded ?? 0) - refused.amount,
            provider: null,
          },
        };
      },
      () => null,
    );
    const entry = 'created' in result ? result.created : 'replay' in result ? result.replay : null;
    if (!entry) return;
    await updateByKey(models.adjustments, entry._id, { $set: { applied: true } });
    await models.pendingAdjustments.remove(entry._id);
  }

  /**
   * Finishes entries whose stock return did not happen (crash, products down): the due items of
   * the queue every entry joins before it is written, so a pass costs O(pending).
   */
  async applyStale(retryAt: Date): Promise<number> {
    const { models } = this.deps;
    let done = 0;
    for (const item of await models.pendingAdjustments.due(100)) {
      const adj = await getByKey<AdjustmentDoc>(models.adjustments, item._id);
      // Never written (its insert lost a race or its request died), or already finished.
      if (!adj || adj.applied) {
        await models.pendingAdjustments.remove(item._id);
        continue;
      }
      try {
        const { entry } = await this.apply(adj, { merchantId: adj.merchantId, token: null });
        if (entry.applied) done++;
        else await models.pendingAdjustments.postpone(item._id, retryAt);
      } catch (err) {
        this.deps.logger.warn({ err, adjustmentId: adj._id }, 'finishing a void/refund failed; will retry');
        await models.pendingAdjustments.postpone(item._id, retryAt);
      }
    }
    return done;
  }

  /**
   * Writes the order's refund fields as derived from every entry. Two refunds applied at once
   * may each write what they read; re-reading until the entry count is stable makes the last
   * write include both (FerretDB rewrites whole documents, so field-wise merges are not safe).
   */
  private async syncOrder(order: OrderDoc): Promise<OrderDoc> {
    const { models } = this.deps;
    let seen = -1;
    for (let i = 0; i < 5; i++) {
      const entries = await models.adjustments
        .find({ merchantId: order.merchantId, orderId: order._id })
        .sort({ seq: 1 })
        .lean<AdjustmentDoc[]>();
      if (entries.length === seen) break;
      seen = entries.length;
      await updateByKey(models.orders, order._id, { $set: derive(order, entries) });
    }
    const fresh = await getOwned<OrderDoc>(models.orders, order._id, order.merchantId);
    return fresh ?? order;
  }
}

/** A refund entry as the order shows it. */
export const refundView = (e: AdjustmentDoc): RefundDoc => ({
  id: e._id,
  amount: e.amount,
  status: e.provider?.status ?? 'REFUNDED',
  method: e.method,
  reason: e.reason,
  refundedBy: e.by,
  createdAt: e.at,
  lines: e.lines,
});

function restockLines(order: OrderDoc, adj: AdjustmentDoc): StockLine[] {
  const byId = new Map(order.lines.map((l) => [l.lineId, l]));
  const byProduct = new Map<string, number>();
  for (const r of adj.lines) {
    const line = byId.get(r.lineId);
    if (!line || !r.restocked || r.quantity === 0) continue;
    const base = (line.baseQuantity / line.quantity) * r.quantity;
    byProduct.set(line.productId, (byProduct.get(line.productId) ?? 0) + base);
  }
  return [...byProduct].map(([productId, baseQuantity]) => ({ productId, baseQuantity }));
}

function derive(order: OrderDoc, entries: readonly AdjustmentDoc[]) {
  const voided = entries.find((e) => e.kind === 'VOID');
  const refundEntries = entries.filter((e) => e.kind === 'REFUND');
  // The latest refund or reversal holds the running totals.
  const head = entries.filter((e) => e.kind !== 'VOID').at(-1);
  const refundedQty = new Map((head?.refunded ?? []).map((r) => [r.lineId, r.quantity]));
  const lines = order.lines.map((l) => ({ ...l, refundedQuantity: refundedQty.get(l.lineId) ?? 0 }));
  const refundedAmount = head?.balance ?? 0;
  const allLines = lines.every((l) => l.refundedQuantity >= l.quantity);
  const refunds = refundEntries.map(refundView);
  // A provider payment is REFUNDED once the provider confirmed all of it back.
  const confirmed = refundEntries
    .filter((e) => e.provider?.status === 'REFUNDED')
    .reduce((sum, e) => sum + e.amount, 0);
  const payments = order.payments.map((p) =>
    p.provider && p.status === 'PAID' && confirmed >= p.amount ? { ...p, status: 'REFUNDED' as const } : p,
  );
  return {
    lines,
    refunds,
    refundedAmount,
    payments,
    refundStatus:
      refundedAmount === 0 && lines.every((l) => l.refundedQuantity === 0)
        ? 'NONE'
        : allLines || refundedAmount >= order.totals.paid
          ? 'FULL'
          : 'PARTIAL',
    ...(voided
      ? { status: 'VOIDED', voidedAt: voided.at, voidedBy: voided.by, voidReason: voided.reason }
      : {}),
  };
}
