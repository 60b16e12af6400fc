/**
 * The owner's dashboard and reports in headless Chromium against the real supergraph. The owner
 * signs in on a phone with no till registered and keeps the dashboard open while, in a second
 * browser at tablet size, a cashier registers the till, signs in by PIN, opens the shift and
 * rings a sale (a box of water scanned into the search box, a coffee touched, part on a customer's
 * credit found by phone, the rest in cash). The sale arrives on the phone without a reload, equal
 * to the server's figures, with its box unit among the best sellers and the coffee it took below
 * the threshold (the live low-stock alert), the kasbon and both branches; then the owner reads the
 * reports at desktop size, a chart and a table by day and by month, and downloads exports whose
 * contents are checked. A cashier who signs in at a till cannot reach `/owner` and the API
 * refuses them the reports. Screenshots at phone, tablet and desktop size go to
 * test-artifacts/owner-*.png.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../gateway/src/web/build';
import { type Supergraph, startSupergraph } from '../../gateway/test/harness';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import {
  addBranch,
  businessToday,
  cashierToken,
  creditCustomer,
  orderOnServer,
  recordExpense,
  type TodayFigures,
  todayOnServer,
} from './owner-helpers';
import { type Shop, seedShop } from './seed';
import { openTill, sellAtTill } from './till-steps';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const TABLET = { width: 1024, height: 768 };
const CUSTOMER_PHONE = '+6281234567001';

function poll<T>(read: () => Promise<T> | T, timeout = 20_000) {
  return expect.poll(read, { timeout, interval: 200 });
}

const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

describe.skipIf(!existsSync(CHROMIUM))(
  "the owner's dashboard and reports (headless Chromium, whole supergraph)",
  () => {
    let sg: Supergraph;
    let shop: Shop;
    let browser: Browser;
    let page: Page;
    let sold: TodayFigures;
    let customerId: string;
    const problems: string[] = [];

    const shot = async (p: Page, name: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await p.screenshot({ path: join(ARTIFACTS, `owner-${name}.png`), fullPage: true });
    };

    const newContext = async (viewport: { width: number; height: number }) => {
      const c = await browser.newContext({
        viewport,
        serviceWorkers: 'block',
        locale: 'id-ID',
        acceptDownloads: true,
      });
      // Only the gateway: the app loads nothing from elsewhere (no map tiles, fonts or CDNs here).
      await c.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(sg.gatewayUrl) || !/^(https?|wss?):/.test(url)) return route.continue();
        problems.push(`outside request: ${url}`);
        return route.abort();
      });
      const p = await c.newPage();
      p.setDefaultTimeout(15_000);
      p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      return { context: c, page: p };
    };

    const readDownload = async (d: Download) => readFileSync((await d.path()) as string, 'utf8');

    beforeAll(async () => {
      await ensureWebBuild((msg) => console.log(msg));
      sg = await startSupergraph();
      shop = await seedShop(sg);
      await addBranch(sg, shop, 'Cabang Timur', 'TMR');
      customerId = await creditCustomer(sg, shop, 'Pak Joko', CUSTOMER_PHONE, '100000');
      await recordExpense(sg, shop, {
        category: 'Listrik',
        amount: '15000',
        businessDate: await businessToday(sg, shop),
      });
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [...CHROMIUM_ARGS],
      });
      page = (await newContext(PHONE)).page;
    }, 300_000);

    beforeEach(({ onTestFailed, task }) => {
      onTestFailed(async () => {
        await shot(page, `failed-${task.name.slice(0, 30).replace(/\W+/g, '-')}`).catch(() => undefined);
      });
    });

    afterAll(async () => {
      await browser?.close();
      await sg?.close();
    });

    it('signs the owner in on a phone and shows a till sale, best sellers and low stock without a reload', async () => {
      await page.goto(`${sg.gatewayUrl}/owner`);
      await page.waitForURL('**/owner/signin');
      await shot(page, 'signin-phone');
      await page.getByLabel('E-mail atau nama pengguna').fill(shop.ownerEmail);
      await page.getByLabel('Kata sandi').fill('salah-sekali-123');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await poll(() => page.getByRole('alert').textContent()).toContain('salah');
      await page.getByLabel('Kata sandi').fill(shop.ownerPassword);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForURL(/\/owner$/);

      // Nothing sold yet: zero today, and both branches listed side by side.
      await poll(() => page.getByTestId('today-orders').textContent()).toBe('0');
      expect(digits(await page.getByTestId('today-net').textContent())).toBe('0');
      await poll(() => page.getByTestId('branch-row').count()).toBe(2);
      await expect.poll(() => page.getByTestId('low-stock').locator('li').count()).toBe(0);
      await page.evaluate(() => {
        (globalThis as unknown as { sameDocument: boolean }).sameDocument = true;
      });

      expect(digits(await page.getByTestId('kasbon-total').textContent())).toBe('0');

      // A sale at the till, rung by the cashier on a tablet while the phone stays on the dashboard:
      // a box of water (its 'dus' unit, by its barcode) and a coffee, which takes the coffee below
      // its threshold of 10; Rp 20.000 of it on the customer's credit (kasbon), the rest in cash.
      const till = await newContext(TABLET);
      let number: string;
      try {
        await openTill(till.page, sg.gatewayUrl, shop, { username: 'budi', pin: '4321' });
        number = await sellAtTill(till.page, {
          scan: [shop.water.boxBarcode],
          tiles: ['Kopi Susu'],
          total: '97.000',
          credit: { phone: '081234567001', name: 'Pak Joko', amount: '20000' },
        });
        await shot(till.page, 'till-sale-tablet');
      } catch (e) {
        await shot(till.page, 'failed-till-tablet').catch(() => undefined);
        throw e;
      } finally {
        await till.context.close();
      }
      // The order the till showed is the server's: the customer's, part on credit, rest in cash.
      const order = await orderOnServer(sg, shop, number);
      expect(order).toMatchObject({ status: 'COMPLETED', customer: { id: customerId } });
      expect(order?.lines.map((l) => [l.name, l.unit, l.quantity])).toEqual([
        ['Air Mineral 600ml', 'dus', 1],
        ['Kopi Susu', 'gelas', 1],
      ]);
      expect(order?.payments.map((p) => [p.method, p.amount])).toEqual([
        ['CASH', '77000'],
        ['CUSTOMER_CREDIT', '20000'],
      ]);
      await poll(async () => (await todayOnServer(sg, shop)).orders).toBe(1);
      sold = await todayOnServer(sg, shop);
      expect(BigInt(sold.net)).toBeGreaterThan(0n);

      await poll(() => page.getByTestId('today-orders').textContent()).toBe('1');
      expect(digits(await page.getByTestId('today-net').textContent())).toBe(sold.net);
      expect(digits(await page.getByTestId('today-profit').textContent())).toBe(sold.grossProfit);
      await poll(() => page.getByTestId('top-products').textContent()).toContain('Air Mineral 600ml');
      expect(await page.getByTestId('top-products').textContent()).toContain('1 dus');
      // Low stock comes by the subscription: the list is read again at once (its own poll is a minute).
      await poll(() => page.getByTestId('low-stock').textContent(), 15_000).toContain('Kopi Susu');
      // The main branch has the sale, the new one nothing.
      const rows = page.getByTestId('branch-row');
      await poll(() => rows.filter({ hasText: 'Pusat' }).textContent()).toContain(
        new Intl.NumberFormat('id-ID').format(Number(sold.net)),
      );
      expect(await rows.filter({ hasText: 'Cabang Timur' }).locator('td').nth(2).textContent()).toBe('0');
      await poll(async () => digits(await page.getByTestId('kasbon-total').textContent()), 30_000).toBe(
        '20000',
      );
      expect(
        await page.evaluate(() => (globalThis as unknown as { sameDocument?: boolean }).sameDocument),
      ).toBe(true);
      await shot(page, 'dashboard-phone');

      // One branch at a time: the new branch has sold nothing today.
      await page.getByLabel('Cabang').selectOption({ label: 'Cabang Timur' });
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Cabang Timur');
      await poll(() => page.getByTestId('today-orders').textContent()).toBe('0');
      await page.getByLabel('Cabang').selectOption({ label: 'Semua cabang' });
      await poll(() => page.getByTestId('today-orders').textContent()).toBe('1');
      expect(problems).toEqual([]);
    }, 120_000);

    it('charts sales by day and by month at desktop size, with P&L, and downloads exports', async () => {
      await page.setViewportSize(DESKTOP);
      await shot(page, 'dashboard-desktop');
      await page.getByRole('link', { name: 'Laporan' }).click();
      await page.waitForURL('**/owner/reports');
      const table = page.getByTestId('sales-table');
      const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
      await poll(() => table.locator('tbody tr').count()).toBe(1);
      const row = await table.locator('tbody tr').first().textContent();
      // The business date is the merchant's (Asia/Jakarta by default): today or tomorrow in UTC.
      expect(row).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect([today, addDay(today)]).toContain(row?.slice(0, 10));
      expect(digits(await page.getByTestId('sales-totals').textContent())).toContain(sold.net);
      // The chart is drawn (SVG): one bar for the day.
      await poll(() => page.getByTestId('sales-chart').locator('svg path').count()).toBeGreaterThan(1);
      // Profit and loss: the day's gross profit less the electricity bill recorded for today.
      const pnl = page.getByTestId('pnl');
      await poll(() => pnl.textContent()).toContain('Listrik');
      const rupiah = (minor: bigint) => new Intl.NumberFormat('id-ID').format(minor);
      expect(await pnl.locator('tr', { hasText: 'Laba kotor' }).textContent()).toContain(
        rupiah(BigInt(sold.grossProfit)),
      );
      expect(await pnl.locator('tr', { hasText: 'Laba bersih' }).textContent()).toContain(
        rupiah(BigInt(sold.grossProfit) - 15000n),
      );
      await poll(() => page.getByTestId('report-top-products').textContent()).toContain('Kopi Susu');
      await shot(page, 'reports-desktop');

      const businessDate = row?.slice(0, 10) as string;
      const [summary] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-export="SALES_SUMMARY-CSV"]').click(),
      ]);
      expect(summary.suggestedFilename()).toMatch(/\.csv$/);
      const summaryCsv = await readDownload(summary);
      const summaryLine = summaryCsv.split(/\r?\n/).find((l) => l.includes(businessDate));
      expect(summaryLine, summaryCsv).toBeDefined();
      expect(summaryLine?.split(',')).toContain(sold.net);

      const [top] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-export="TOP_PRODUCTS-CSV"]').first().click(),
      ]);
      const topCsv = await readDownload(top);
      expect(topCsv).toContain('Air Mineral 600ml');
      expect(topCsv).toContain('1 dus');
      expect(topCsv).toContain('Kopi Susu');

      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-export="PROFIT_AND_LOSS-PDF"]').click(),
      ]);
      expect(
        readFileSync((await pdf.path()) as string)
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      // By month: one bucket named YYYY-MM holding the same sale.
      await page.getByRole('button', { name: 'Bulanan' }).click();
      await poll(() => table.locator('tbody tr').first().textContent()).toMatch(/^\d{4}-\d{2}(?!-)/);
      expect(digits(await page.getByTestId('sales-totals').textContent())).toContain(sold.net);
      await page.setViewportSize(PHONE);
      await shot(page, 'reports-phone');
      expect(problems).toEqual([]);
    }, 120_000);

    it('keeps a cashier out of the owner screens, and the API refuses them the reports', async () => {
      const cashier = await newContext(PHONE);
      const p = cashier.page;
      try {
        // The till is registered by the owner, then the cashier signs in by PIN.
        await p.goto(`${sg.gatewayUrl}/`);
        await p.waitForURL('**/device');
        await p.getByLabel('E-mail').fill(shop.ownerEmail);
        await p.getByLabel('Kata sandi').fill(shop.ownerPassword);
        await p.getByRole('button', { name: 'Masuk', exact: true }).click();
        await p.getByRole('button', { name: 'Pusat (MAIN)' }).click();
        await p.waitForURL('**/signin');
        await p.getByLabel('Nama pengguna').fill('budi');
        await p.getByLabel('PIN').fill('4321');
        await p.getByRole('button', { name: 'Masuk', exact: true }).click();
        await p.waitForURL(/\/till(\/|$)/);

        for (const path of ['/owner', '/owner/reports', '/owner/anything']) {
          await p.goto(`${sg.gatewayUrl}${path}`);
          await p.waitForURL(/\/till(\/|$)/);
          expect(new URL(p.url()).pathname).toMatch(/^\/till/);
          expect(await p.getByTestId('today-net').count()).toBe(0);
          expect(await p.getByRole('link', { name: 'Laporan' }).count()).toBe(0);
        }
        await shot(p, 'cashier-redirected-phone');

        const token = await cashierToken(sg, shop);
        const today = await sg.request(`{ ownerDashboard { today { net grossProfit } } }`, {}, { token });
        expect(today.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const link = await sg.request(
          `mutation ($f: ReportFilter!) { createReportExport(report: SALES_SUMMARY, format: CSV, filter: $f) {
          __typename } }`,
          { f: { from: '2026-01-01', to: '2026-01-31' } },
          { token },
        );
        expect(link.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(problems).toEqual([]);
      } finally {
        await cashier.context.close();
      }
    }, 90_000);
  },
);

function addDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
