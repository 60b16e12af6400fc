import type { Logger } from '@pos/kit';
import type { ProductsModels, StockOpDoc } from '../models';
import { productsByIds } from './product-reads';
import type { StockLedger } from './stock-ledger';
import { StockOps } from './stock-ops';

/**
 * Finishes transfers a crash left half done, so each ends with both sides written or neither:
 * one that took every line gets its TRANSFER_IN entries; one that did not is refused and what
 * it took goes back. Every step is keyed, so running this next to a slow original is harmless.
 */
export async function recoverTransfers(
  models: ProductsModels,
  ledgerFor: (merchantId: string) => StockLedger,
  logger: Logger,
  olderThanMs = 60_000,
): Promise<number> {
  const stale = await StockOps.stale(models, olderThanMs);
  for (const op of stale) {
    await finish(models, new StockOps(models, ledgerFor(op.merchantId)), op);
    logger.warn({ opId: op._id, merchantId: op.merchantId }, 'finished an interrupted stock transfer');
  }
  return stale.length;
}

async function finish(models: ProductsModels, ops: StockOps, op: StockOpDoc) {
  const at = new Date();
  const byId = new Map(
    (
      await productsByIds(
        models,
        op.merchantId,
        op.lines.map((l) => l.productId),
      )
    ).map((p) => [p._id, p]),
  );
  const lines = op.lines.flatMap((l) => {
    const product = byId.get(l.productId);
    return product ? [{ product, quantity: l.quantity }] : [];
  });
  let outcome = (await ops.outcome(op._id))?.outcome;
  if (!outcome) {
    const taken = new Set(
      (
        await ops.taken(
          op._id,
          op.lines.map((l) => l.productId),
        )
      ).map((e) => e.productId),
    );
    const all = op.lines.every((l) => taken.has(l.productId));
    outcome = (await ops.finalize(op._id, all ? 'APPLIED' : 'REFUSED')).outcome;
  }
  if (outcome === 'APPLIED' && op.toBranchId) {
    await ops.give(op._id, lines, {
      branchId: op.toBranchId,
      meta: { reason: 'TRANSFER_IN', at, note: 'completed by recovery' },
    });
  } else {
    await ops.compensate(op._id, { at, note: 'transfer refused by recovery' }, lines);
  }
  await ops.markCompleted(op._id);
}
