import { existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { HttpRoute } from '@pos/kit';
import sirv, { type RequestHandler } from 'sirv';

/** Paths that belong to the gateway itself: never answered with the app's page. */
const GATEWAY_PATHS = /^\/(graphql|graphiql|exports|ping|health|metrics)(\/|$)/;

/**
 * The app's Content-Security-Policy: everything from this origin (the API included, over HTTP
 * and WebSocket), camera frames as blobs, product images from anywhere over HTTPS.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function setHeaders(res: ServerResponse, pathname: string) {
  // Vite names built assets by content hash; everything else (the page, the service worker,
  // the manifest) must be revalidated so a new release reaches the tills.
  res.setHeader(
    'cache-control',
    pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  // Set on every file: the page may be served for any path (client-side routes), and it is harmless elsewhere.
  res.setHeader('content-security-policy', CSP);
}

function wantsPage(accept: string | undefined, pathname: string): boolean {
  return (
    (accept ?? '').includes('text/html') && !/\.[a-z0-9]+$/i.test(pathname) && !GATEWAY_PATHS.test(pathname)
  );
}

/**
 * Serves the built web app (`web/dist`) at `/`: its files, and its page for any other path a
 * browser navigates to (client-side routes such as `/till`). Other requests for unknown paths
 * stay 404. The folder is looked at on every request, so a rebuild is served without a restart.
 */
export function webAppRoute(dir: string): HttpRoute {
  let served: { builtAt: number; files: RequestHandler; page: RequestHandler } | undefined;
  const notFound = (res: ServerResponse): void => {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
  };

  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const index = join(dir, 'index.html');
    if (!existsSync(index)) {
      if (!wantsPage(req.headers.accept, url.pathname)) return notFound(res);
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' });
      res.end('The web app is not built yet: run `npm run build -w web` (npm start builds it).');
      return;
    }
    const builtAt = statSync(index).mtimeMs;
    if (served?.builtAt !== builtAt) {
      const options = { etag: true, dotfiles: false, setHeaders } as const;
      served = { builtAt, files: sirv(dir, options), page: sirv(dir, { ...options, single: true }) };
    }
    const handler = wantsPage(req.headers.accept, url.pathname) ? served.page : served.files;
    await new Promise<void>((resolve) => {
      res.once('close', resolve);
      handler(req, res, () => {
        notFound(res);
        resolve();
      });
    });
  };
}
