import { type Logger, notFound, SubgraphCallError, type SubgraphClient, serviceUnavailable } from '@pos/kit';
import { type ReportScope, visibleBranches } from './scope';

const LOW_STOCK_LINES = /* GraphQL */ `
  query ReportsLowStock($merchantId: ID!, $branchIds: [ID!], $categoryId: ID) {
    lowStockLines(merchantId: $merchantId, branchIds: $branchIds, categoryId: $categoryId) {
      productId sku name categoryId branchId balance threshold baseUnit
    }
  }
`;

export interface LowStockRow {
  productId: string;
  sku: string;
  name: string;
  categoryId: string | null;
  branchId: string;
  baseUnit: string;
  balance: number;
  threshold: number;
  shortBy: number;
}

export interface LowStockCall {
  logger: Logger;
  /** The viewer's token for GraphQL requests (products checks it again); none for downloads. */
  token?: string | null;
  requestId?: string;
}

/**
 * Low stock now. Stock is not a read model here: the products subgraph owns the ledger and the
 * thresholds, so each request (or download) asks it, for the merchant and branches of the scope.
 */
export class LowStockService {
  constructor(
    private readonly products: SubgraphClient,
    private readonly scope: ReportScope,
    private readonly call: LowStockCall,
  ) {}

  /** Most short first, ties by SKU then branch (the order products answers in). */
  async rows(filter: { branchId?: string | null; categoryId?: string | null }): Promise<LowStockRow[]> {
    const branchIds = visibleBranches(this.scope, filter.branchId);
    let lines: Omit<LowStockRow, 'shortBy'>[];
    try {
      ({ lowStockLines: lines } = await this.products.request<{ lowStockLines: typeof lines }>(
        LOW_STOCK_LINES,
        { merchantId: this.scope.merchantId, branchIds, categoryId: filter.categoryId ?? null },
        {
          ...(this.call.token ? { token: this.call.token } : {}),
          ...(this.call.requestId ? { requestId: this.call.requestId } : {}),
        },
      ));
    } catch (err) {
      throw this.failure(err);
    }
    return lines.map((l) => ({ ...l, shortBy: l.threshold - l.balance }));
  }

  /**
   * An unknown category is the client's own mistake. Anything else (products down, slow, failing,
   * or refusing us: branches were checked above, so that is a deployment fault) is logged and
   * told as SERVICE_UNAVAILABLE, without products' own message.
   */
  private failure(err: unknown): Error {
    if (err instanceof SubgraphCallError && err.codes.includes('NOT_FOUND')) return notFound('Category');
    this.call.logger.warn({ err, merchantId: this.scope.merchantId }, 'low stock: products did not answer');
    return serviceUnavailable('Stock levels cannot be read right now; try again in a moment');
  }
}
