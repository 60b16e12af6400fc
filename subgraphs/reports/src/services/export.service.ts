import { forbidden, hasScope, notFound, type Viewer } from '@pos/kit';
import type { ExportFormat, LinkSigner, OrderDocumentLayout, ReportKind } from '../exports/link';
import { NameRequests } from '../exports/names';
import { reportTable } from '../exports/tables';
import type { OrderDocRow, ReportsModels } from '../models';
import type { DirectoryService } from './directory.service';
import { type ReportFilter, scopeOf } from './scope';

/** Signed download links; stores what the file will print from other subgraphs on the way. */
export class ExportService {
  constructor(
    private readonly models: ReportsModels,
    private readonly viewer: Viewer,
    private readonly deps: { signer: LinkSigner; directory: DirectoryService },
  ) {}

  async reportLink(kind: ReportKind, format: ExportFormat, filter: ReportFilter) {
    const scope = scopeOf(this.viewer);
    // Builds the table once now: a filter the report refuses fails here, not mid-download, and
    // the names the file will print are noted, to be fetched while there is a token to ask with.
    const wanted = new NameRequests();
    await reportTable(this.models, scope, kind, filter, wanted);
    await this.deps.directory.refresh(wanted);
    return this.sign({ kind, format, filter });
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
    return { url: path, expiresAt };
  }
}
