import { type BaseContext, requireViewer } from '@pos/kit';
import type { LinkSigner } from './exports/link';
import type { ReportsModels } from './models';
import { type DirectoryClients, DirectoryService } from './services/directory.service';
import { ExportService } from './services/export.service';
import { FinanceService } from './services/finance.service';
import { OperationsReportService } from './services/operations.service';
import { SalesReportService } from './services/sales.service';
import { scopeOf } from './services/scope';

export interface ReportsContext extends BaseContext {
  /** Services bound to the signed-in viewer; each throws UNAUTHENTICATED without one. */
  sales(): SalesReportService;
  operations(): OperationsReportService;
  finance(): FinanceService;
  exports(): ExportService;
}

export interface ReportsServices {
  models: ReportsModels;
  signer: LinkSigner;
  /** Where export links fetch the letterhead and names from. */
  clients: DirectoryClients;
}

export function createContext(base: BaseContext, s: ReportsServices): ReportsContext {
  const scope = () => scopeOf(requireViewer(base));
  return {
    ...base,
    sales: () => new SalesReportService(s.models, scope()),
    operations: () => new OperationsReportService(s.models, scope()),
    finance: () => new FinanceService(s.models, scope()),
    exports: () => {
      const viewer = requireViewer(base);
      const directory = new DirectoryService(s.models, s.clients, {
        merchantId: viewer.merchantId,
        token: base.token,
        requestId: base.requestId,
        logger: base.logger,
      });
      return new ExportService(s.models, viewer, { signer: s.signer, directory });
    },
  };
}
