import { type BaseContext, requireViewer, type SubgraphClient } from '@pos/kit';
import type { LinkSigner } from './exports/link';
import type { ReportSources } from './exports/tables';
import type { ReportsModels } from './models';
import { ExportService } from './services/export.service';
import { FinanceService } from './services/finance.service';
import { LowStockService } from './services/low-stock.service';
import { OperationsReportService } from './services/operations.service';
import { SalesReportService } from './services/sales.service';
import { scopeOf } from './services/scope';

export interface ReportsContext extends BaseContext {
  /** Services bound to the signed-in viewer; each throws UNAUTHENTICATED without one. */
  sales(): SalesReportService;
  operations(): OperationsReportService;
  finance(): FinanceService;
  lowStock(): LowStockService;
  exports(): ExportService;
}

export interface ReportsServices {
  models: ReportsModels;
  signer: LinkSigner;
  users: SubgraphClient;
  /** Current stock and thresholds (internal `lowStockLines`). */
  products: SubgraphClient;
}

export function createContext(base: BaseContext, s: ReportsServices): ReportsContext {
  const scope = () => scopeOf(requireViewer(base));
  // Forwards the viewer's token: products checks merchant and branches against it again.
  const call = { logger: base.logger, token: base.token, requestId: base.requestId };
  const sources: ReportSources = {
    models: s.models,
    lowStock: (sc) => new LowStockService(s.products, sc, call),
  };
  return {
    ...base,
    sales: () => new SalesReportService(s.models, scope()),
    operations: () => new OperationsReportService(s.models, scope()),
    finance: () => new FinanceService(s.models, scope()),
    lowStock: () => sources.lowStock(scope()),
    exports: () =>
      new ExportService(sources, requireViewer(base), {
        signer: s.signer,
        users: s.users,
        token: base.token,
        requestId: base.requestId,
        logger: base.logger,
      }),
  };
}
