import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { GATEWAY_SECRET_HEADER, type HttpRoute, REQUEST_ID_HEADER } from '@pos/kit';

const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control'];

/**
 * Streams `GET /exports/<signed link>` from the reports subgraph, whose own port clients never
 * reach. The gateway adds only its secret; the subgraph verifies the link (merchant, report,
 * filters, expiry), so the gateway needs no knowledge of reports.
 */
export function exportsProxy(reportsGraphqlUrl: () => string | undefined, gatewaySecret: string): HttpRoute {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const target = reportsGraphqlUrl();
    if (req.method !== 'GET' || !target) {
      res.writeHead(req.method !== 'GET' ? 405 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'not found' }));
      return;
    }
    const upstream = await fetch(new URL(url.pathname + url.search, target), {
      headers: {
        [GATEWAY_SECRET_HEADER]: gatewaySecret,
        [REQUEST_ID_HEADER]: String(res.getHeader(REQUEST_ID_HEADER) ?? ''),
        // Lets the subgraph refuse a caller of another merchant even while the link is valid.
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      },
    });
    const headers: Record<string, string> = {};
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    res.writeHead(upstream.status, headers);
    if (!upstream.body) return void res.end();
    // Piped, never buffered: an export of a million lines passes through in constant memory.
    await pipeline(Readable.fromWeb(upstream.body as WebReadableStream<Uint8Array>), res);
  };
}
