import {
  badInput,
  forbidden,
  hasScope,
  type Logger,
  notFound,
  type SubgraphClient,
  type Viewer,
} from '@pos/kit';
import type { ExportFormat, LinkSigner, OrderDocumentLayout, ReportKind } from '../exports/link';
import { type ReportSources, reportTable } from '../exports/tables';
import type { MerchantProfileRow, OrderDocRow, ReportsModels } from '../models';
import { upsertAll } from '../projections/upsert';
import { OperationsReportService } from './operations.service';
import { type ReportFilter, type ReportScope, scopeOf } from './scope';

const MERCHANT_QUERY = `query ReportsMerchantProfile {
  merchant { id name address taxNumber receiptFooter logoUrl timeZone branches { id name } }
}`;

type MerchantAnswer = { merchant: (Omit<MerchantProfileRow, '_id' | 'merchantId'> & { id: string }) | null };

/** Signed download links; refreshes the merchant's letterhead from the users subgraph on the way. */
export class ExportService {
  private readonly models: ReportsModels;

  constructor(
    private readonly sources: ReportSources,
    private readonly viewer: Viewer,
    private readonly deps: {
      signer: LinkSigner;
      users: SubgraphClient;
      token: string | null;
      requestId: string;
      logger: Logger;
    },
  ) {
    this.models = sources.models;
  }

  async reportLink(kind: ReportKind, format: ExportFormat, filter: ReportFilter) {
    const scope = scopeOf(this.viewer);
    // First: the merchant's time zone decides what "today" is for LOW_STOCK.
    await this.refreshMerchant();
    if (kind === 'LOW_STOCK') await this.requireToday(scope, filter);
    // Builds the table once now: a filter the report refuses fails here, not mid-download.
    await reportTable(this.sources, scope, kind, filter);
    return this.sign({ kind, format, filter });
  }

  /**
   * Stock has no history in reports: a LOW_STOCK file holds the stock when it is downloaded. A
   * range that does not include today would ask for a past (or future) stock list it cannot be.
   */
  private async requireToday(scope: ReportScope, filter: ReportFilter) {
    const today = await new OperationsReportService(this.models, scope).today();
    if (filter.from > today || filter.to < today)
      throw badInput(`LOW_STOCK is the stock of now: the range must include today (${today})`, 'from');
  }

  /** Reports readers and `sales:read-all` see every order; a cashier only their own. */
  async orderDocumentLink(orderId: string, layout: OrderDocumentLayout) {
    const order = await this.models.orderDocs
      .findOne({ merchantId: this.viewer.merchantId, orderId })
      .lean<OrderDocRow>();
    if (!order) throw notFound('Order');
    const mayReadAll = hasScope(this.viewer, 'reports:read') || hasScope(this.viewer, 'sales:read-all');
    if (!mayReadAll && (order.payload as { cashierId?: string }).cashierId !== this.viewer.userId)
      throw forbidden('You may print only your own orders');
    await this.refreshMerchant();
    return this.sign({ orderId, layout });
  }

  private sign(r: Parameters<LinkSigner['sign']>[0]['r']) {
    const scope = scopeOf(this.viewer);
    const { path, expiresAt } = this.deps.signer.sign({
      m: scope.merchantId,
      u: scope.userId,
      b: [...scope.branchIds],
      s: scope.seeAllShifts,
      r,
    });
    return { url: path, expiresAt };
  }

  /** Best effort: without the users subgraph the last stored letterhead is used. */
  private async refreshMerchant(): Promise<void> {
    try {
      const { merchant } = await this.deps.users.request<MerchantAnswer>(
        MERCHANT_QUERY,
        {},
        {
          token: this.deps.token,
          requestId: this.deps.requestId,
        },
      );
      if (!merchant || merchant.id !== this.viewer.merchantId) return;
      const { id, ...rest } = merchant;
      await upsertAll(this.models.merchants, [{ _id: id, merchantId: id, ...rest }]);
    } catch (err) {
      this.deps.logger.warn({ err }, 'merchant profile not refreshed');
    }
  }
}
