import { badInput, errorResult, forbidden, getOwned, hasScope, notFound, type Viewer } from '@pos/kit';
import type { ExportFormat, LinkSigner, OrderDocumentLayout, ReportKind } from '../exports/link';
import { NameRequests } from '../exports/names';
import { type ReportSources, reportTable } from '../exports/tables';
import type { OrderDocRow, ReportsModels } from '../models';
import { orderDocId } from '../projections/sales.projection';
import type { DirectoryService } from './directory.service';
import { OperationsReportService } from './operations.service';
import { type ReportFilter, type ReportScope, scopeOf } from './scope';

/** Signed download links; stores what the file will print from other subgraphs on the way. */
export class ExportService {
  private readonly models: ReportsModels;

  constructor(
    private readonly sources: ReportSources,
    private readonly viewer: Viewer,
    private readonly deps: {
      signer: LinkSigner;
      directory: DirectoryService;
      /** The gateway's public base URL, which serves the links. */
      publicUrl: () => string | undefined;
    },
  ) {
    this.models = sources.models;
  }

  async reportLink(kind: ReportKind, format: ExportFormat, filter: ReportFilter) {
    const scope = scopeOf(this.viewer);
    if (kind === 'LOW_STOCK') {
      // The merchant's time zone decides what "today" is; the letterhead carries it.
      await this.deps.directory.refresh(null);
      await this.requireToday(scope, filter);
    }
    // Builds the table once now: a filter the report refuses fails here, not mid-download, and
    // the names the file will print are noted, to be fetched while there is a token to ask with.
    const wanted = new NameRequests();
    await reportTable(this.sources, scope, kind, filter, wanted);
    // LOW_STOCK prints branch names from the letterhead, refreshed above.
    if (kind !== 'LOW_STOCK') await this.deps.directory.refresh(wanted);
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
    const merchantId = this.viewer.merchantId;
    const order = await getOwned<OrderDocRow>(
      this.models.orderDocs,
      orderDocId(merchantId, orderId),
      merchantId,
    );
    if (!order) throw notFound('Order');
    const mayReadAll = hasScope(this.viewer, 'reports:read') || hasScope(this.viewer, 'sales:read-all');
    if (!mayReadAll && (order.payload as { cashierId?: string }).cashierId !== this.viewer.userId)
      throw forbidden('You may print only your own orders');
    if (layout === 'DELIVERY_ORDER_A4' && !(order.payload as { delivery?: unknown }).delivery)
      return errorResult('OrderHasNoDelivery', 'This order has no delivery to print a delivery order for');
    await this.deps.directory.refresh(null);
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
    const base = this.deps.publicUrl();
    // A relative link works only where the client happens to resolve it against the gateway.
    if (!base) throw new Error('Export links need the public URL of the gateway (PUBLIC_URL)');
    return { url: `${base}${path}`, expiresAt };
  }
}
