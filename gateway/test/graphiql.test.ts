/**
 * The offline explorer: /graphiql and everything it loads come from the gateway itself, so it
 * works on a machine without internet. When Chromium is installed, it is loaded for real and
 * runs a query.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouriersSupergraph } from '../../subgraphs/couriers/test/helpers';
import { CHROMIUM, CHROMIUM_ARGS } from '../../web/test/chromium';
import type { Supergraph } from './harness';

/** The URLs of the page's scripts and stylesheets. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('GraphiQL at /graphiql (development)', () => {
  let sg: Supergraph;

  beforeAll(async () => {
    sg = await startCouriersSupergraph();
  });
  afterAll(async () => {
    await sg?.close();
  });

  it('serves the page and every script and style it references, with no outside URL', async () => {
    const page = await fetch(`${sg.gatewayUrl}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html.match(/https?:\/\/[^\s"'<>]+/g) ?? []).toEqual([]);
    const assets = assetsOf(html);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const url = new URL(asset, `${sg.gatewayUrl}/graphiql`);
      expect(url.origin).toBe(new URL(sg.gatewayUrl).origin);
      const res = await fetch(url);
      expect(res.status, asset).toBe(200);
      const body = await res.text();
      expect(body.length).toBeGreaterThan(1000);
      // A stylesheet that imported fonts or styles from elsewhere would fail offline.
      if (asset.endsWith('.css')) expect(body).not.toMatch(/@import|url\(\s*["']?https?:/);
      // The bundle is self-contained: no module is fetched from a CDN at run time.
      if (asset.endsWith('.js')) expect(body).not.toMatch(/import\s*\(?\s*["']https?:/);
    }
  }, 60_000);

  it.skipIf(!existsSync(CHROMIUM))(
    'renders in headless Chromium with no network but the gateway, and runs { __typename }',
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [...CHROMIUM_ARGS],
      });
      try {
        const page = await browser.newPage();
        const origin = new URL(sg.gatewayUrl).origin;
        const outside: string[] = [];
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
          outside.push(url);
          return route.abort();
        });
        const problems: string[] = [];
        page.on('pageerror', (e) => problems.push(e.message));
        await page.goto(`${sg.gatewayUrl}/graphiql`);
        await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
        // Type the query into the editor and run it.
        await page.locator('.graphiql-query-editor .CodeMirror').first().click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('{ __typename }');
        await page.locator('.graphiql-execute-button').click();
        await page
          .locator('.graphiql-response')
          .filter({ hasText: '"__typename": "Query"' })
          .waitFor({ timeout: 15_000 })
          .catch(async (err: unknown) => {
            await page.screenshot({ path: '/tmp/graphiql-failure.png' });
            throw err;
          });
        expect(outside).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    90_000,
  );
});

describe('GraphiQL in production', () => {
  it('is not served', async () => {
    const sg = await startCouriersSupergraph({ production: true });
    try {
      expect((await fetch(`${sg.gatewayUrl}/graphiql`)).status).toBe(404);
    } finally {
      await sg.close();
    }
  }, 60_000);
});
