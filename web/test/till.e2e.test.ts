/**
 * The till in headless Chromium against the real supergraph: a cashier's whole shift. Register
 * the device, sign in by PIN, open a shift, sell by keyboard-wedge scanner, camera and touch,
 * pay cash, print the receipt, go offline for three sales, close and reopen the tab, come back
 * online and see them synced exactly once, close the shift. Screenshots at tablet and phone size
 * go to test-artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../gateway/src/web/build';
import { expectNoErrors, type Supergraph, startSupergraph } from '../../gateway/test/harness';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { writeBarcodeVideo } from './fake-camera';
import { type Shop, seedShop } from './seed';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const TABLET = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };

/** Polls what the page shows; a shared 2-core machine may take seconds for a checkout. */
function poll<T>(read: () => Promise<T> | T, timeout = 20_000) {
  return expect.poll(read, { timeout, interval: 100 });
}

/**
 * A USB/Bluetooth scanner in keyboard-wedge mode: the code's keys and Enter in one burst, as a
 * scanner sends them (a key every few milliseconds), to whatever has the focus. Keys sent one by
 * one from here each take a round trip to the browser, which on a busy machine spaces them wider
 * than any scanner (and than the till's 40 ms average), so the burst is dispatched in the page.
 */
function wedgeScan(p: Page, code: string) {
  return p.evaluate(`(() => {
    const target = document.activeElement ?? document.body;
    for (const key of [...${JSON.stringify(code)}, 'Enter']) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
  })()`);
}

interface OrderRow {
  id: string;
  number: string | null;
  offline: boolean;
  clientId: string | null;
  status: string;
}

describe.skipIf(!existsSync(CHROMIUM))('the web till (headless Chromium, whole supergraph)', () => {
  let sg: Supergraph;
  let shop: Shop;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  const shot = async (p: Page, name: string) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await p.screenshot({ path: join(ARTIFACTS, `till-${name}.png`) });
  };

  const ordersOnServer = async (): Promise<OrderRow[]> => {
    const { body } = await sg.request<{ orders: { nodes: OrderRow[] } }>(
      `query ($branchId: ID) { orders(filter: { branchId: $branchId }, first: 50) {
        nodes { id number offline clientId status } } }`,
      { branchId: shop.branchId },
      { token: shop.ownerToken },
    );
    return expectNoErrors(body).orders.nodes;
  };

  const watch = (p: Page) => {
    p.setDefaultTimeout(15_000);
    p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  };

  beforeAll(async () => {
    await ensureWebBuild((msg) => console.log(msg));
    sg = await startSupergraph();
    shop = await seedShop(sg);
    const video = join(mkdtempSync(join(tmpdir(), 'till-camera-')), 'box-barcode.y4m');
    writeBarcodeVideo(video, shop.water.boxBarcode);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        ...CHROMIUM_ARGS,
        // The camera is a video of the box's barcode; permission prompts answer yes.
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    context = await browser.newContext({ viewport: TABLET, serviceWorkers: 'allow', locale: 'id-ID' });
    await context.grantPermissions(['camera'], { origin: sg.gatewayUrl });
    // Only the gateway: nothing the app loads may come from elsewhere on the network (the
    // browser's own PDF viewer, which shows the printed receipt, loads from chrome:// URLs).
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(sg.gatewayUrl) || !/^(https?|wss?):/.test(url)) return route.continue();
      problems.push(`outside request: ${url}`);
      return route.abort();
    });
    // Headless Chromium has no print dialog: a real print() ends the renderer. Every frame's
    // print() is counted instead, so the test sees that the receipt was sent to print.
    await context.addInitScript(`window.print = () => {
      window.top.__printCalls = (window.top.__printCalls || 0) + 1;
    };`);
    page = await context.newPage();
    watch(page);
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

  it('registers the device, signs the cashier in by PIN and opens the shift', async () => {
    await page.goto(`${sg.gatewayUrl}/`);
    await page.waitForURL('**/device');
    await page.getByLabel('E-mail').fill(shop.ownerEmail);
    await page.getByLabel('Kata sandi').fill(shop.ownerPassword);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Pusat (MAIN)' }).click();

    await page.waitForURL('**/signin');
    await page.getByLabel('Nama pengguna').fill('budi');
    await page.getByLabel('PIN').fill('1111');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await poll(() => page.getByRole('alert').textContent()).toContain('salah');
    await page.getByLabel('PIN').fill('4321');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();

    await page.waitForURL('**/till/shift');
    await shot(page, 'tablet-open-shift');
    await page.getByLabel('Modal awal').fill('200.000');
    await page.getByRole('button', { name: 'Buka shift' }).click();
    await page.waitForURL(/\/till$/);
    await poll(() => page.getByTestId('cashier').textContent()).toBe('Budi');
  }, 60_000);

  it('sells by scanner, camera and touch, priced by the server, paid in cash, with a live low-stock alert', async () => {
    await page.getByTestId('product-tile').first().waitFor();
    // A USB/Bluetooth scanner types the code and Enter, fast, with nothing focused.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await wedgeScan(page, shop.water.pcsBarcode);
    await poll(() => page.getByTestId('cart-lines').textContent()).toContain('Air Mineral 600ml');

    // The camera sees the box's barcode: the box unit is picked.
    await page.getByRole('button', { name: 'Kamera' }).click();
    await poll(() => page.getByTestId('cart-lines').textContent(), 20_000).toContain('dus');

    await page.getByTestId('product-tile').filter({ hasText: 'Kopi Susu' }).click();
    // 4.000 + 85.000 + 12.000, as the server's quote says.
    await poll(() => page.getByTestId('pay').isEnabled()).toBe(true);
    await poll(() => page.locator('section[aria-label="Keranjang"]').textContent()).toMatch(/Rp\s101\.000/);
    await shot(page, 'tablet-cart');

    await page.getByTestId('pay').click();
    await page
      .getByTestId('quick-tender')
      .getByRole('button', { name: /105\.000/ })
      .click();
    await poll(() => page.getByTestId('change-estimate').textContent()).toMatch(/4\.000/);
    await page.getByTestId('complete-sale').click();
    await poll(() => page.getByTestId('order-number').textContent()).toMatch(/^INV\//);
    expect(await page.getByTestId('change').textContent()).toMatch(/Rp\s4\.000/);
    await shot(page, 'tablet-receipt');

    // One coffee left 9 of 10: the alert arrives over the subscription.
    await poll(() => page.getByTestId('low-stock-alert').first().textContent(), 15_000).toContain(
      'Kopi Susu',
    );

    const orders = await ordersOnServer();
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ status: 'COMPLETED', offline: false });
  }, 90_000);

  it("prints the server's 58 mm receipt PDF", async () => {
    const number = (await page.getByTestId('order-number').textContent()) as string;
    const pdf = page.waitForResponse((r) => r.url().includes('/exports/') && r.request().method() === 'GET');
    await page.getByRole('button', { name: 'Cetak 58 mm' }).click();
    const res = await pdf;
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'till-receipt-'));
    // The same signed link, read again here (the browser's copy went to its print frame).
    const again = await fetch(res.url());
    expect(again.status).toBe(200);
    writeFileSync(join(dir, 'receipt.pdf'), Buffer.from(await again.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'receipt.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(number);
    expect(text).toContain('Kopi Susu');
    const size = execFileSync('pdfinfo', [join(dir, 'receipt.pdf')], { encoding: 'utf8' });
    // 58 mm is 164 pt wide.
    expect(size).toMatch(/Page size:\s+164(\.\d+)? x/);
    // The document was loaded into the print frame and printed from there.
    await poll(() => page.evaluate<number>('window.__printCalls || 0')).toBe(1);
    await page.getByTestId('next-sale').click();
  }, 60_000);

  it('sells three times offline, survives a closed tab, and syncs each sale exactly once', async () => {
    // The service worker must have the app precached before the network goes.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await context.setOffline(true);
    await poll(() => page.getByTestId('connection').getAttribute('data-online')).toBe('false');

    for (let sale = 1; sale <= 3; sale++) {
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await wedgeScan(page, shop.water.pcsBarcode);
      await poll(() => page.getByTestId('pay').isEnabled()).toBe(true);
      await page.getByTestId('pay').click();
      await page.getByTestId('quick-tender').getByRole('button').first().click();
      await page.getByRole('button', { name: 'Simpan penjualan offline' }).click();
      await page.getByTestId('queued-sale').waitFor();
      if (sale === 3) await shot(page, 'tablet-offline-sale');
      await page.getByTestId('next-sale').click();
      await poll(() => page.getByTestId('queued-count').textContent()).toContain(String(sale));
    }
    expect((await ordersOnServer()).filter((o) => o.offline)).toHaveLength(0);

    // The tab is closed while offline, and the till opened again from the service worker.
    await page.close();
    page = await context.newPage();
    watch(page);
    await page.goto(`${sg.gatewayUrl}/till/sync`);
    await poll(() => page.getByTestId('outbox-sale').count()).toBe(3);
    expect(await page.locator('[data-testid="outbox-sale"][data-status="queued"]').count()).toBe(3);
    await page.setViewportSize(PHONE);
    await shot(page, 'phone-offline-queue');
    await page.setViewportSize(TABLET);

    await context.setOffline(false);
    await poll(() => page.locator('[data-testid="outbox-sale"][data-status="synced"]').count(), 40_000).toBe(
      3,
    );
    const numbers = await page.getByTestId('outbox-number').allTextContents();
    expect(numbers.every((n) => n.startsWith('INV/'))).toBe(true);
    expect(new Set(numbers).size).toBe(3);
    // What the tab's IndexedDB holds: the ids the sales were queued (and synced) with.
    const clientIds = await page.evaluate<string[]>(`(async () => {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('pos-till');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = await new Promise((resolve) => {
        const req = db.transaction('outbox').objectStore('outbox').getAll();
        req.onsuccess = () => resolve(req.result);
      });
      return all.map((s) => s.clientId).sort();
    })()`);

    // Exactly once: a reload (which syncs on start) and a manual sync add nothing.
    await page.reload();
    await poll(() => page.getByTestId('outbox-sale').count()).toBe(3);
    const offline = (await ordersOnServer()).filter((o) => o.offline);
    expect(offline).toHaveLength(3);
    expect(offline.map((o) => o.clientId).sort()).toEqual(clientIds);
    expect(offline.every((o) => o.status === 'COMPLETED')).toBe(true);
    expect((await ordersOnServer()).length).toBe(4);
    await shot(page, 'tablet-synced');
  }, 120_000);

  it('refunds and voids for a cashier allowed to', async () => {
    await page.setViewportSize(TABLET);
    await page.getByRole('link', { name: 'Transaksi' }).click();
    await poll(() => page.getByTestId('order-row').count()).toBe(4);
    const rows = page.getByTestId('order-row');
    const online = rows.filter({ hasText: '101.000' });
    const firstOffline = rows.filter({ hasText: 'offline' }).first();
    const offlineNumber = (await firstOffline.locator('span span').first().textContent()) as string;

    page.once('dialog', (d) => void d.accept('barang rusak'));
    await online.click();
    await page.getByRole('button', { name: 'Refund penuh' }).click();
    await poll(() => online.textContent()).toContain('direfund');

    page.once('dialog', (d) => void d.accept('salah input'));
    await page.getByTestId('order-row').filter({ hasText: offlineNumber }).click();
    await page.getByRole('button', { name: 'Batalkan (void)' }).click();
    await poll(() =>
      page.getByTestId('order-row').filter({ hasText: offlineNumber }).textContent(),
    ).toContain('dibatalkan');
    const statuses = (await ordersOnServer()).map((o) => o.status).sort();
    expect(statuses).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'VOIDED']);
  }, 60_000);

  it('takes a split payment at phone size and closes the shift with its variance', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${sg.gatewayUrl}/till`);
    await page.getByTestId('product-tile').first().waitFor();
    await shot(page, 'phone-sell');
    await page.getByTestId('product-tile').filter({ hasText: 'Kopi Susu' }).click();
    await page.getByTestId('cart-bar').click();
    await poll(() => page.getByTestId('pay').isEnabled()).toBe(true);
    await shot(page, 'phone-cart');
    // Split: 5.000 by QRIS, the rest in cash.
    await page.getByTestId('pay').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'QRIS', exact: true }).click();
    await dialog.getByLabel('Jumlah').fill('5000');
    await dialog.getByLabel('Referensi (opsional)').fill('QR-88121');
    await dialog.getByRole('button', { name: 'Tambah pembayaran' }).click();
    await dialog.getByRole('button', { name: 'Tunai', exact: true }).click();
    await dialog
      .getByTestId('quick-tender')
      .getByRole('button', { name: /10\.000/ })
      .click();
    await shot(page, 'phone-split-payment');
    await page.getByTestId('complete-sale').click();
    await poll(() => page.getByTestId('change').textContent()).toMatch(/Rp\s3\.000/);
    expect(await page.getByTestId('receipt').textContent()).toContain('QRIS');
    await page.getByTestId('next-sale').click();

    await page.setViewportSize(TABLET);
    await page.getByRole('link', { name: 'Shift' }).click();
    // Expected: 200.000 float + 101.000 + 3 x 4.000 + 7.000 in cash, less the 101.000 refunded
    // and the 4.000 voided; one thousand is missing.
    await poll(() => page.getByText('Kas seharusnya').locator('..').textContent()).toMatch(/215\.000/);
    await page.getByLabel('Jumlah').fill('214000');
    await page.getByRole('button', { name: 'Tutup shift dengan jumlah ini' }).click();
    await poll(() => page.getByTestId('variance').textContent()).toMatch(/-\s?Rp\s1\.000/);
    await shot(page, 'tablet-shift-closed');
    expect(problems).toEqual([]);
  }, 60_000);
});
