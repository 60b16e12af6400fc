/**
 * Lighthouse on the till, with Debian's Chromium against the real supergraph: the device set-up
 * page a new tablet opens on, and the sell screen of a signed-in cashier with an open shift.
 * Prints the accessibility and best-practices scores and requires accessibility of at least 0.9.
 * Lighthouse 12 dropped its PWA category; what it used to check (a manifest and a service worker
 * that make the app installable) is asked of Chromium itself (`Page.getInstallabilityErrors`).
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../gateway/src/web/build';
import type { Supergraph } from '../../gateway/test/harness';
import { startSupergraph } from '../../gateway/test/harness';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { type Shop, seedShop } from './seed';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });
}

describe.skipIf(!existsSync(CHROMIUM))('Lighthouse on the till (headless Chromium)', () => {
  let sg: Supergraph;
  let shop: Shop;
  let context: BrowserContext;
  let page: Page;
  let port: number;

  /** Audits a page in the signed-in browser (storage kept) and prints its scores. */
  const audit = async (path: string, name: string) => {
    const { default: lighthouse } = await import('lighthouse');
    const result = await lighthouse(`${sg.gatewayUrl}${path}`, {
      port,
      hostname: '127.0.0.1',
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['accessibility', 'best-practices'],
      // The till's session and device live in IndexedDB: a reset would sign it out.
      disableStorageReset: true,
      formFactor: 'mobile',
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const scores = {
      url: result.lhr.finalDisplayedUrl,
      accessibility: categories.accessibility?.score ?? null,
      bestPractices: categories['best-practices']?.score ?? null,
    };
    console.log(
      `[lighthouse] ${name} (${scores.url}): accessibility ${scores.accessibility}, best practices ${scores.bestPractices}`,
    );
    const failing = Object.values(audits)
      .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
      .map((a) => `${a.id}: ${a.title}`);
    if (failing.length) console.log(`[lighthouse] ${name} failing audits:\n  ${failing.join('\n  ')}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `lighthouse-${name}.json`), result.report as string);
    return scores;
  };

  beforeAll(async () => {
    await ensureWebBuild((msg) => console.log(msg));
    sg = await startSupergraph();
    shop = await seedShop(sg);
    port = await freePort();
    const { chromium } = await import('playwright-core');
    // A persistent context is the browser's default one, which Lighthouse's tabs open in too.
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'till-lighthouse-')), {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'id-ID',
      viewport: { width: 412, height: 823 },
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await sg?.close();
  });

  it('scores the device set-up page a new tablet opens on', async () => {
    const scores = await audit('/device', 'device-setup');
    expect(scores.url).toBe(`${sg.gatewayUrl}/device`);
    expect(scores.accessibility).toBeGreaterThanOrEqual(0.9);
  }, 180_000);

  it('scores the sell screen of a signed-in cashier, and Chromium finds the app installable', async () => {
    await page.goto(`${sg.gatewayUrl}/`);
    await page.waitForURL('**/device');
    await page.getByLabel('E-mail').fill(shop.ownerEmail);
    await page.getByLabel('Kata sandi').fill(shop.ownerPassword);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Pusat (MAIN)' }).click();
    await page.waitForURL('**/signin');
    await page.getByLabel('Nama pengguna').fill('budi');
    await page.getByLabel('PIN').fill('4321');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL('**/till/shift');
    await page.getByLabel('Modal awal').fill('100.000');
    await page.getByRole('button', { name: 'Buka shift' }).click();
    await page.waitForURL(/\/till$/);
    await page.getByTestId('product-tile').first().waitFor();

    // Installable: a manifest with icons and a service worker controlling the page.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: Array<{ errorId: string }>;
    };
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    console.log(
      `[lighthouse] PWA: manifest ${manifest.url}, ${manifest.errors.length} manifest errors, installability errors: ${JSON.stringify(installabilityErrors.map((e) => e.errorId))}`,
    );
    expect(manifest.errors).toEqual([]);
    expect(installabilityErrors).toEqual([]);

    const scores = await audit('/till', 'sell-screen');
    // Still signed in: the audited page is the sell screen, not a redirect to the sign-in.
    expect(scores.url).toBe(`${sg.gatewayUrl}/till`);
    expect(scores.accessibility).toBeGreaterThanOrEqual(0.9);
  }, 240_000);
});
