import { getByKey, getOwned, type Logger, updateByKey } from '@pos/kit';
import type { AdjustmentDoc, OrderDoc, OrdersModels, RefundDoc } from '../models';
import type { CallContext, ProductsPort, StockLine } from './ports';

export interface AdjustmentDeps {
  models: OrdersModels;
  products: ProductsPort;
  logger: Logger;
  published: () => void;
}

/**
 * The follow-up of a void or refund entry: stock goes back (lines marked restocked) and the
 * order's refund fields are derived again from all its entries. Idempotent, so the recovery
 * job can repeat it for an entry whose request died before finishing.
 */
export class AdjustmentService {
  constructor(private readonly deps: AdjustmentDeps) {}

  async apply(adj: AdjustmentDoc, call: CallContext): Promise<OrderDoc> {
    const { models } = this.deps;
    const order = await getOwned<OrderDoc>(models.orders, adj.orderId, adj.merchantId);
    if (!order) throw new Error(`order ${adj.orderId} of adjustment ${adj._id} is missing`);
    const lines = restockLines(order, adj);
    if (lines.length > 0) {
      await this.deps.products.restock(call, {
        branchId: order.branchId,
        orderId: order._id,
        step: adj.kind === 'VOID' ? 'void' : `refund:${adj._id}`,
        reason: adj.kind,
        lines,
        actorId: adj.by,
        reference: adj._id,
      });
    }
    const synced = await this.syncOrder(order);
    await updateByKey(models.adjustments, adj._id, { $set: { applied: true } });
    await models.pendingAdjustments.remove(adj._id);
    this.deps.published();
    return synced;
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
        await this.apply(adj, { merchantId: adj.merchantId, token: null });
        done++;
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
  const head = refundEntries.at(-1);
  const refundedQty = new Map((head?.refunded ?? []).map((r) => [r.lineId, r.quantity]));
  const lines = order.lines.map((l) => ({ ...l, refundedQuantity: refundedQty.get(l.lineId) ?? 0 }));
  const refundedAmount = head?.balance ?? 0;
  const allLines = lines.every((l) => l.refundedQuantity >= l.quantity);
  const refunds = refundEntries.map(refundView);
  return {
    lines,
    refunds,
    refundedAmount,
    refundStatus:
      refundedAmount === 0 && !head
        ? 'NONE'
        : allLines || refundedAmount >= order.totals.paid
          ? 'FULL'
          : 'PARTIAL',
    ...(voided
      ? { status: 'VOIDED', voidedAt: voided.at, voidedBy: voided.by, voidReason: voided.reason }
      : {}),
  };
}
