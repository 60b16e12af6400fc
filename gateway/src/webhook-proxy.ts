import type { ServerResponse } from 'node:http';
import { GATEWAY_SECRET_HEADER, type HttpRoute, REQUEST_ID_HEADER, readSmallBody } from '@pos/kit';

/** Payment notifications are small; the orders subgraph refuses larger ones too. */
const MAX_BODY = 64 * 1024;

function reply(res: ServerResponse, status: number, error: string) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error }));
}

/**
 * Passes `POST /webhooks/<provider>` (a payment provider's notification) to the orders subgraph,
 * whose own port clients never reach. The provider sends no token: the gateway adds only its
 * secret, and the subgraph trusts a notification only once its signature checks out against
 * the charge it names. The subgraph's status goes back unchanged, so the provider retries what
 * was not handled; an orders subgraph that cannot be reached is a 502, retried too.
 */
export function webhookProxy(ordersGraphqlUrl: () => string | undefined, gatewaySecret: string): HttpRoute {
  return async (req, res, url) => {
    const target = ordersGraphqlUrl();
    if (req.method !== 'POST') return reply(res, 405, 'method not allowed');
    if (!target) return reply(res, 404, 'not found');
    const body = await readSmallBody(req, MAX_BODY);
    if (body === null) return reply(res, 413, 'too large');
    let upstream: Response;
    try {
      upstream = await fetch(new URL(url.pathname, target), {
        method: 'POST',
        headers: {
          'content-type': req.headers['content-type'] ?? 'application/json',
          [GATEWAY_SECRET_HEADER]: gatewaySecret,
          [REQUEST_ID_HEADER]: String(res.getHeader(REQUEST_ID_HEADER) ?? ''),
        },
        body,
        signal: AbortSignal.timeout(30_000),
      });
    } catch {
      return reply(res, 502, 'the payments service is unavailable');
    }
    const text = await upstream.text();
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
    });
    res.end(text);
  };
}
