import {
  badInput,
  canUseBranch,
  checkAmount,
  deleteByKey,
  forbidden,
  notFound,
  op,
  putByKey,
  type Viewer,
} from '@pos/kit';
import { type ProductsModels, type StockEntryDoc, type StockReason, thresholdId } from '../models';
import type { DirectoryCall, MerchantDirectory } from './merchant-directory';
import { productById } from './product-reads';
import { forgetThreshold } from './sale-reads';
import type { StockLedger } from './stock-ledger';
import { lowStockLevels, type StockLevelView, stockLevel } from './stock-levels';

export interface StockLedgerFilter {
  productId?: string | null;
  branchId?: string | null;
  reasons?: StockReason[] | null;
  orderId?: string | null;
  reference?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface StockEntryPage {
  nodes: StockEntryDoc[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Stock levels, the ledger and low-stock thresholds, limited to the branches the viewer may use. */
export class StockQueryService {
  constructor(
    private readonly models: ProductsModels,
    private readonly viewer: Viewer,
    private readonly ledger: StockLedger,
    private readonly directory: MerchantDirectory,
    private readonly call: DirectoryCall,
  ) {}

  private get merchantId() {
    return this.viewer.merchantId;
  }

  async level(productId: string, branchId: string): Promise<StockLevelView> {
    this.requireBranchAccess(branchId);
    const [, head, threshold] = await Promise.all([
      this.requireProduct(productId),
      this.ledger.head(productId, branchId),
      this.ledger.threshold(productId, branchId),
    ]);
    return stockLevel(this.merchantId, productId, branchId, head, threshold);
  }

  async levelsOfProduct(productId: string): Promise<StockLevelView[]> {
    const [heads, thresholds] = await Promise.all([
      this.ledger.heads({ productIds: [productId] }),
      this.models.stockThresholds
        .find({ merchantId: this.merchantId, productId })
        .lean<{ branchId: string; threshold: number }[]>(),
    ]);
    const branches = new Set([
      ...[...heads.values()].map((h) => h.branchId),
      ...thresholds.map((t) => t.branchId),
    ]);
    return [...branches]
      .filter((b) => canUseBranch(this.viewer, b))
      .sort()
      .map((b) =>
        stockLevel(
          this.merchantId,
          productId,
          b,
          heads.get(`${productId}|${b}`),
          thresholds.find((t) => t.branchId === b)?.threshold ?? null,
        ),
      );
  }

  /** Below their threshold at `branchId`, or at every branch the viewer may see; most short first. */
  async lowStockItems(branchId: string | null | undefined): Promise<StockLevelView[]> {
    if (branchId) this.requireBranchAccess(branchId);
    return lowStockLevels(this.models, this.ledger, {
      branchIds: branchId ? [branchId] : this.viewer.branchIds,
    });
  }

  async setThreshold(input: {
    productId: string;
    branchId: string;
    threshold?: number | null;
  }): Promise<StockLevelView> {
    this.requireBranchAccess(input.branchId);
    const settings = await this.directory.settings(this.call);
    if (!settings.branchIds.has(input.branchId)) throw notFound('Branch');
    await this.requireProduct(input.productId);
    const _id = thresholdId(this.merchantId, input.productId, input.branchId);
    // The key embeds the merchant, so writing by key stays within the tenant.
    if (input.threshold == null) {
      await deleteByKey(this.models.stockThresholds, _id);
    } else {
      const threshold = checkAmount(input.threshold, 'threshold', 'baseQuantity');
      await putByKey(this.models.stockThresholds, _id, {
        merchantId: this.merchantId,
        productId: input.productId,
        branchId: input.branchId,
        threshold,
      });
    }
    forgetThreshold(this.models, this.merchantId, input.productId, input.branchId);
    return this.level(input.productId, input.branchId);
  }

  /** Entries newest first (ids grow with time), with a cursor on the id. */
  async entries(
    filter: StockLedgerFilter,
    first: number,
    after: string | null | undefined,
  ): Promise<StockEntryPage> {
    if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput('first must be 1..500', 'first');
    if (filter.branchId) this.requireBranchAccess(filter.branchId);
    const query: Record<string, unknown> = { merchantId: this.merchantId };
    if (filter.productId) query.productId = filter.productId;
    if (filter.branchId) query.branchId = filter.branchId;
    else if (this.viewer.branchIds.length > 0) query.branchId = op({ $in: [...this.viewer.branchIds] });
    if (filter.reasons?.length) query.reason = op({ $in: filter.reasons });
    if (filter.orderId) query.orderId = filter.orderId;
    if (filter.reference) query.reference = filter.reference;
    if (filter.from || filter.to)
      query.at = op({
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lt: filter.to } : {}),
      });
    if (after) query._id = op({ $lt: after });
    const rows = await this.models.stockEntries
      .find(query)
      .sort({ _id: -1 })
      .limit(first + 1)
      .lean<StockEntryDoc[]>();
    const nodes = rows.slice(0, first);
    return { nodes, hasNextPage: rows.length > first, endCursor: nodes.at(-1)?._id ?? null };
  }

  private requireBranchAccess(branchId: string) {
    if (!canUseBranch(this.viewer, branchId)) throw forbidden('You may not see this branch');
  }

  private async requireProduct(productId: string) {
    if (!(await productById(this.models, this.merchantId, productId))) throw notFound('Product');
  }
}
