import { canUseBranch, forbidden, type Viewer } from '@pos/kit';
import type { ProductsModels } from '../models';
import type { StockLedger } from './stock-ledger';
import { lowStockLevels } from './stock-levels';

/** A product below its threshold at a branch, flattened for another subgraph. */
export interface LowStockLineView {
  productId: string;
  sku: string;
  name: string;
  categoryId: string | null;
  branchId: string;
  balance: number;
  threshold: number;
  baseUnit: string;
}

/**
 * Low stock for the reports subgraph, for the merchant its internal call names (downloads run
 * without a user). When a user's token does come along, only branches that user works in.
 */
export class LowStockService {
  constructor(
    private readonly models: ProductsModels,
    private readonly ledger: StockLedger,
    private readonly viewer: Viewer | null,
  ) {}

  async lines(input: {
    branchIds?: readonly string[] | null;
    categoryId?: string | null;
  }): Promise<LowStockLineView[]> {
    const asked = input.branchIds ?? [];
    const { viewer } = this;
    if (viewer && asked.some((b) => !canUseBranch(viewer, b))) throw forbidden('You may not see this branch');
    const branchIds = asked.length > 0 ? asked : (viewer?.branchIds ?? []);
    const levels = await lowStockLevels(this.models, this.ledger, {
      branchIds,
      categoryId: input.categoryId ?? null,
    });
    return levels.map((l) => ({
      productId: l.productId,
      sku: l.product.sku,
      name: l.product.name,
      categoryId: l.product.categoryId ?? null,
      branchId: l.branchId,
      balance: l.balance,
      threshold: l.threshold,
      baseUnit: l.product.units[0]?.name ?? '',
    }));
  }
}
