import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOwned, type HttpRoute, type Logger, TokenVerifier } from '@pos/kit';
import { businessDate } from '@pos/kit/dates';
import { GraphQLError } from 'graphql';
import type { MerchantProfileRow, OrderDocRow } from '../models';
import { orderDocId, orderStatus } from '../projections/sales.projection';
import type { ReportScope } from '../services/scope';
import { writeOrderDocument } from './invoice';
import { EXPORT_PATH, type LinkClaims, type LinkSigner } from './link';
import { NameDirectory } from './names';
import { fetchLogo, writePdf } from './pdf';
import { type ReportSources, reportTable } from './tables';
import { writeCsv, writeXlsx } from './writers';

const CONTENT: Record<string, { type: string; ext: string }> = {
  CSV: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  XLSX: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
  PDF: { type: 'application/pdf', ext: 'pdf' },
};

function refuse(res: ServerResponse, status: number, error: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error }));
}

export interface ExportRouteDeps {
  sources: ReportSources;
  signer: LinkSigner;
  verifier: TokenVerifier;
  logger: Logger;
}

/**
 * `GET /exports/<signed link>`: the link alone proves what may be downloaded (browsers cannot
 * add headers to a plain download). A caller who does send a bearer token must belong to the
 * link's merchant, so another tenant's link is refused even while it is still valid.
 */
export function exportRoute(deps: ExportRouteDeps): HttpRoute {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET') return refuse(res, 405, 'method not allowed');
    const claims = deps.signer.verify(url.pathname.slice(EXPORT_PATH.length));
    if (!claims) return refuse(res, 403, 'This link is invalid or has expired');
    const bearer = TokenVerifier.bearer(req.headers.authorization);
    if (bearer) {
      const viewer = await deps.verifier.verify(bearer).catch(() => null);
      if (!viewer || viewer.merchantId !== claims.m)
        return refuse(res, 403, 'This link belongs to another merchant');
    }
    const merchant = await getOwned<MerchantProfileRow>(deps.sources.models.merchants, claims.m, claims.m);
    try {
      await serve(deps, claims, merchant, res);
    } catch (err) {
      // Already logged where it happened; its message is written for clients.
      if (!res.headersSent && unavailable(err)) return refuse(res, 503, err.message);
      deps.logger.error({ err, merchantId: claims.m }, 'export failed');
      if (!res.headersSent) refuse(res, 500, 'export failed');
      else res.destroy();
    }
  };
}

async function serve(
  deps: ExportRouteDeps,
  claims: LinkClaims,
  merchant: MerchantProfileRow | null,
  res: ServerResponse,
) {
  const scope: ReportScope = {
    merchantId: claims.m,
    userId: claims.u,
    branchIds: claims.b,
    seeAllShifts: claims.s,
  };
  if ('orderId' in claims.r) {
    const { orderId, layout } = claims.r;
    const order = await getOwned<OrderDocRow>(
      deps.sources.models.orderDocs,
      orderDocId(claims.m, orderId),
      claims.m,
    );
    if (!order) return refuse(res, 404, 'not found');
    const logo = layout.endsWith('_A4') ? await fetchLogo(merchant?.logoUrl) : null;
    res.writeHead(200, headers('PDF', `${layout.toLowerCase()}-${orderId}`));
    const status = await orderStatus(deps.sources.models, claims.m, orderId);
    return writeOrderDocument(order, status, layout, merchant, logo, res);
  }
  const { kind, format, filter } = claims.r;
  const names = await NameDirectory.load(deps.sources.models, claims.m);
  const table = await reportTable(deps.sources, scope, kind, filter, names);
  const logo = format === 'PDF' ? await fetchLogo(merchant?.logoUrl) : null;
  // Low stock is as of the download, whatever range the link was made with.
  const period =
    kind === 'LOW_STOCK' ? businessDate(merchant?.timeZone ?? 'Asia/Jakarta') : `${filter.from}-${filter.to}`;
  res.writeHead(200, headers(format, `${kind.toLowerCase()}-${period}`));
  if (format === 'CSV') return writeCsv(table, res);
  if (format === 'XLSX') return writeXlsx(table, res);
  return writePdf(table, merchant, logo, res);
}

/** A source the table needs is down (products, for LOW_STOCK): the client may retry. */
const unavailable = (err: unknown): err is GraphQLError =>
  err instanceof GraphQLError && err.extensions.code === 'SERVICE_UNAVAILABLE';

function headers(format: string, name: string): Record<string, string> {
  const c = CONTENT[format] ?? { type: 'application/octet-stream', ext: 'bin' };
  return {
    'content-type': c.type,
    'content-disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.${c.ext}"`,
    'cache-control': 'private, no-store',
  };
}
