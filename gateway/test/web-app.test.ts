/**
 * The web app at `/`: its files with the right caching, its page for client-side routes a
 * browser navigates to, and nothing of it where the gateway answers itself.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HttpRoute, listen } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webAppRoute } from '../src/web/static';

const HTML = { accept: 'text/html,application/xhtml+xml' };

function serve(route: HttpRoute): Server {
  return createServer((req, res) => {
    void route(req, res, new URL(req.url ?? '/', 'http://localhost'));
  });
}

describe('web app route', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
    server = serve(webAppRoute(dir));
    base = (await listen(server, 0, '127.0.0.1')).url;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('says the app is not built to a browser, and 404 to anything else, while web/dist is missing', async () => {
    const page = await fetch(`${base}/`, { headers: HTML });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build -w web');
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(404);
  });

  it('serves the build: hashed assets for a year, the page and the worker revalidated, a CSP on the page', async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kasir</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');

    const page = await fetch(`${base}/`, { headers: HTML });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Kasir</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");

    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');

    const worker = await fetch(`${base}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it("answers a browser's navigation to a client-side route with the app's page", async () => {
    for (const path of ['/till', '/till/shift', '/owner/reports']) {
      const res = await fetch(`${base}${path}`, { headers: HTML });
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('<title>Kasir</title>');
    }
  });

  it('keeps 404 for unknown files and for paths the gateway owns', async () => {
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/till`)).status).toBe(404);
    for (const path of ['/graphiql', '/graphql/x', '/exports/abc', '/metrics']) {
      expect((await fetch(`${base}${path}`, { headers: HTML })).status, path).toBe(404);
    }
    expect((await fetch(`${base}/.env`, { headers: HTML })).status).not.toBe(200);
  });

  it('refuses other methods', async () => {
    const res = await fetch(`${base}/`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
  });

  it('serves a rebuild without a restart', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kasir 2</title>');
    writeFileSync(join(dir, 'assets', 'index-def456.js'), 'console.log(2)');
    // A new build writes a new index.html; its time is what the route watches.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'index.html'), later, later);
    expect(await (await fetch(`${base}/`, { headers: HTML })).text()).toContain('Kasir 2');
    expect((await fetch(`${base}/assets/index-def456.js`)).status).toBe(200);
  });
});
