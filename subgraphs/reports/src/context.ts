import { type BaseContext, requireViewer } from '@pos/kit';
import type { LinkSigner } from './exports/link';
import type { ReportSources } from './exports/tables';
import type { ReportsModels } from './models';
import type { ProjectionDeps } from './projections';
import { CashBookReader } from './services/cashbook.service';
import { CashBookWriter } from './services/cashbook-writer.service';
import { type DirectoryClients, DirectoryService } from './services/directory.service';
import { ExportService } from './services/export.service';
import { FinanceService } from './services/finance.service';
import { LowStockService } from './services/low-stock.service';
import { OperationsReportService } from './services/operations.service';
import { SalesReportService } from './services/sales.service';
import { scopeOf } from './services/scope';
import { StaffKasbonService } from './services/staff-kasbon.service';

export interface ReportsContext extends BaseContext {
  /** Services bound to the signed-in viewer; each throws UNAUTHENTICATED without one. */
  sales(): SalesReportService;
  operations(): OperationsReportService;
  finance(): FinanceService;
  lowStock(): LowStockService;
  /** Staff advances, asked from users with the viewer's token. */
  staffKasbon(): StaffKasbonService;
  exports(): ExportService;
  cashBook(): CashBookReader;
  /** Closings and corrections: under the lock the consumer's projections take. */
  cashBookWriter(): CashBookWriter;
}

export interface ReportsServices {
  models: ReportsModels;
  signer: LinkSigner;
  /** Other subgraphs: current stock (products), and the letterhead and names exports print. */
  clients: DirectoryClients;
  /** Where clients reach the gateway; download links start with it. */
  publicUrl: () => string | undefined;
  /** The consumer's lock and time zones: facts recorded here are projected exactly like events. */
  projection: ProjectionDeps;
}

export function createContext(base: BaseContext, s: ReportsServices): ReportsContext {
  const scope = () => scopeOf(requireViewer(base));
  // Forwards the viewer's token: products checks merchant and branches against it again.
  const call = { logger: base.logger, token: base.token, requestId: base.requestId };
  // The viewer's letterhead and the names exports print, fetched from other subgraphs as the viewer.
  const directory = () =>
    new DirectoryService(s.models, s.clients, { merchantId: requireViewer(base).merchantId, ...call });
  const sources: ReportSources = {
    models: s.models,
    lowStock: (sc) => new LowStockService(s.clients.products, sc, call),
  };
  return {
    ...base,
    sales: () => new SalesReportService(s.models, scope()),
    operations: () => new OperationsReportService(s.models, scope()),
    finance: () => {
      const letterhead = directory();
      return new FinanceService(s.models, scope(), () => letterhead.refresh(null), s.projection);
    },
    lowStock: () => sources.lowStock(scope()),
    staffKasbon: () => {
      requireViewer(base);
      return new StaffKasbonService(s.clients.users, call);
    },
    cashBook: () => new CashBookReader(s.models, scope()),
    cashBookWriter: () => {
      const letterhead = directory();
      return new CashBookWriter(s.models, scope(), s.projection, () => letterhead.refresh(null));
    },
    exports: () =>
      new ExportService(sources, requireViewer(base), {
        signer: s.signer,
        directory: directory(),
        publicUrl: s.publicUrl,
      }),
  };
}
