import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { Logger } from 'pino';
import type { ServiceMetrics } from '../metrics';
import { inRequestSpan } from '../tracing';

export const REQUEST_ID_HEADER = 'x-request-id';
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

export interface HealthReport {
  ok: boolean;
  checks: Record<string, 'ok' | 'down'>;
}

export interface HttpServiceOptions<Ctx extends BaseContext> {
  name: string;
  apollo: ApolloServer<Ctx>;
  logger: Logger;
  metrics: ServiceMetrics;
  maxBodyBytes: number;
  health: () => Promise<HealthReport>;
  /** `body` is the request body as parsed JSON (or raw text), before Apollo reads it. */
  context: (req: IncomingMessage, requestId: string, body: unknown) => Promise<Ctx>;
  /** Runs before GraphQL; returns an error message to refuse the request with 403. */
  guard?: (req: IncomingMessage) => string | null;
  /**
   * Extra non-GraphQL routes by path prefix (`/exports/`), e.g. file downloads that a GraphQL
   * response cannot carry. Each handler answers the request itself.
   */
  routes?: Readonly<Record<string, HttpRoute>>;
}

export type HttpRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export interface RunningService {
  name: string;
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** `drained`: the whole body was read, so the connection can carry the next request. */
class BodyTooLarge extends Error {
  constructor(readonly drained: boolean) {
    super('Request body is too large');
  }
}

/**
 * Reads the body up to `limit` bytes. A longer one is still read to its end, up to `limit` more
 * bytes, and dropped: a keep-alive client then gets its 413 and the socket serves the next request.
 * Bodies beyond that are not read; the 413 closes the connection instead.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > 2 * limit) throw new BodyTooLarge(false);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 2 * limit) throw new BodyTooLarge(false);
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) throw new BodyTooLarge(true);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The whole body of a small request (a webhook), or null past `limit` bytes; the rest of a larger
 * body is not read. For routes outside GraphQL, which have no Apollo to read for them.
 */
export async function readSmallBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function graphqlRefusal(res: ServerResponse, status: number, code: string, message: string) {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** Constant-time check that a request carries a shared secret in the given header. */
export function secretMatcher(secret: string, header: string) {
  const expected = Buffer.from(secret);
  return (req: IncomingMessage): boolean => {
    const given = req.headers[header];
    const actual = Buffer.from(typeof given === 'string' ? given : '');
    return expected.length > 0 && actual.length === expected.length && timingSafeEqual(actual, expected);
  };
}

/** Refuses any request without the gateway's shared secret, so `_entities` and `_service` stay private. */
export function gatewaySecretGuard(secret: string) {
  const matches = secretMatcher(secret, GATEWAY_SECRET_HEADER);
  return (req: IncomingMessage): string | null =>
    matches(req) ? null : 'This service only accepts requests from the gateway';
}

const SERVED_PATHS = new Set(['/ping', '/health', '/metrics', '/graphql']);

/** Serves `/graphql` through Apollo Server plus `/ping`, `/health` and `/metrics`. */
export function createHttpService<Ctx extends BaseContext>(opts: HttpServiceOptions<Ctx>) {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const stop = opts.metrics.httpDuration.startTimer({ route: routeLabel(url.pathname) });
    res.on('finish', () => stop({ status: String(res.statusCode) }));

    switch (url.pathname) {
      case '/ping':
        return sendJson(res, 200, { status: 'ok', service: opts.name });
      case '/health': {
        const report = await opts.health();
        return sendJson(res, report.ok ? 200 : 503, {
          status: report.ok ? 'ok' : 'down',
          checks: report.checks,
        });
      }
      case '/metrics':
        res.writeHead(200, { 'content-type': opts.metrics.contentType });
        return res.end(await opts.metrics.metrics());
      case '/graphql':
        // The server span: continues the caller's trace (`traceparent`), parents everything below.
        return inRequestSpan(opts.name, req, url.pathname, async (span) => {
          span.setAttribute('pos.request_id', requestId);
          await serveGraphql(req, res, url, requestId);
          span.setAttribute('http.response.status_code', res.statusCode);
        });
      default: {
        const prefix = Object.keys(opts.routes ?? {}).find((p) => url.pathname.startsWith(p));
        const route = prefix ? opts.routes?.[prefix] : undefined;
        if (route) return route(req, res, url);
        return sendJson(res, 404, { error: 'not found' });
      }
    }
  };

  // Clients choose paths; a label per path would grow /metrics with every probe for a 404.
  const routeLabel = (path: string) =>
    SERVED_PATHS.has(path)
      ? path
      : (Object.keys(opts.routes ?? {}).find((p) => path.startsWith(p)) ?? 'other');

  const serveGraphql = async (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) => {
    const refused = opts.guard?.(req);
    if (refused) return graphqlRefusal(res, 403, 'FORBIDDEN', refused);
    let body: unknown;
    try {
      const raw = req.method === 'POST' ? await readBody(req, opts.maxBodyBytes) : '';
      body = raw && (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw) : raw;
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        // Unread body bytes would be parsed as the next request, which then never gets an answer.
        if (!err.drained) res.setHeader('connection', 'close');
        return graphqlRefusal(res, 413, 'BAD_REQUEST', 'Request body is too large');
      }
      return graphqlRefusal(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const result = await opts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => opts.context(req, requestId, body),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      opts.logger.error({ err }, 'http handler failed');
      if (!res.headersSent) graphqlRefusal(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  return server;
}

export async function listen(
  server: Server,
  port: number,
  host: string,
): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  return { port: addr.port, url: `http://${host}:${addr.port}` };
}

export async function closeServer(server: Server): Promise<void> {
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
