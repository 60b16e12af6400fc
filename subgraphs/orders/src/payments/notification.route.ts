import type { ServerResponse } from 'node:http';
import { type HttpRoute, type Logger, readSmallBody } from '@pos/kit';
import type { ChargeService } from './charge.service';

/** Where the provider's notifications arrive, on the gateway (public) and on this subgraph. */
export const NOTIFICATION_PATH = '/webhooks/midtrans';

/** A Midtrans notification is a few hundred bytes; anything far larger is not one. */
const MAX_BODY = 64 * 1024;

function reply(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ status: message }));
}

/**
 * `POST /webhooks/midtrans`: the provider's HTTP notification. No token can come with it, so it
 * is trusted only as far as its signature, checked against the key of the account its charge was
 * made with (see `ChargeService.receive`). The answer tells the provider whether to retry: 2xx
 * when handled (replays included), 4xx when it never will be, 5xx when a retry may succeed.
 */
export function notificationRoute(charges: ChargeService, logger: Logger): HttpRoute {
  return async (req, res, url) => {
    if (url.pathname !== NOTIFICATION_PATH) return reply(res, 404, 'not found');
    if (req.method !== 'POST') return reply(res, 405, 'method not allowed');
    const raw = await readSmallBody(req, MAX_BODY);
    if (raw === null) return reply(res, 413, 'too large');
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return reply(res, 400, 'not JSON');
    }
    const { status, message } = await charges.receive(body);
    if (status >= 400) logger.info({ status }, 'payment notification refused');
    return reply(res, status, message);
  };
}
