/**
 * The back office in headless Chromium against the real supergraph. The owner creates a product
 * sold by the bottle and by the box of 12, each with its barcode; the server's typed errors
 * (a barcode or SKU already taken) show next to their fields; the owner receives two boxes and
 * sees them in the ledger; a cashier sells a box and a bottle at the till and the server's stock
 * is what is left; the cashier cannot reach the back office. Every screen is photographed at
 * phone and desktop size into test-artifacts/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../gateway/src/web/build';
import { type Supergraph, startSupergraph } from '../../gateway/test/harness';
import { backOfficeNav } from '../src/backoffice/nav';
import {
  poll,
  productBySku,
  registerDevice,
  signInCashier,
  signInOwner,
  stockOf,
} from './backoffice-helpers';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { type Shop, seedShop } from './seed';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** The owner's frame's navigation, by its Indonesian label. */
const OWNER_NAV = 'Menu pemilik';

const TEA = {
  sku: 'TB-350',
  name: 'Teh Botol 350ml',
  bottleBarcode: '8991002101234',
  boxBarcode: '8991002101241',
};

describe.skipIf(!existsSync(CHROMIUM))('the web back office (headless Chromium, whole supergraph)', () => {
  let sg: Supergraph;
  let shop: Shop;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let teaId = '';
  const problems: string[] = [];

  const shot = async (name: string) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `backoffice-${name}.png`), fullPage: true });
  };
  const field = (name: string) => page.locator(`[name="${name}"]`);
  const fieldError = (name: string) => page.getByTestId(`field-error-${name}`);

  beforeAll(async () => {
    await ensureWebBuild((msg) => console.log(msg));
    sg = await startSupergraph();
    shop = await seedShop(sg);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block', locale: 'id-ID' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(sg.gatewayUrl) || !/^(https?|wss?):/.test(url)) return route.continue();
      problems.push(`outside request: ${url}`);
      return route.abort();
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  }, 300_000);

  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(async () => {
      await shot(`failed-${task.name.slice(0, 30).replace(/\W+/g, '-')}`).catch(() => undefined);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await sg?.close();
  });

  it('lets the owner into every section of the back office', async () => {
    await registerDevice(page, sg.gatewayUrl, shop);
    await signInOwner(page, shop);
    await page.goto(`${sg.gatewayUrl}/owner/products`);
    // The owner's frame lists every back-office section beside the dashboard and the reports.
    const nav = page.getByRole('navigation', { name: OWNER_NAV });
    for (const item of backOfficeNav)
      await poll(() => nav.locator(`a[href="/owner/${item.path}"]`).count()).toBe(1);
    await poll(() => page.getByTestId('product-list').textContent()).toContain('Air Mineral 600ml');
  }, 60_000);

  it('creates a product sold by the bottle and by the box of 12, each with its barcode', async () => {
    await page.getByRole('link', { name: 'Produk baru' }).click();
    await page.waitForURL('**/owner/products/new');
    await field('sku').fill(TEA.sku);
    await field('name').fill(TEA.name);
    await field('baseUnit.name').fill('botol');
    await field('baseUnit.price').fill('5.000');
    await field('baseUnit.barcode').fill(TEA.bottleBarcode);
    await page.getByRole('button', { name: '+ Satuan besar' }).click();
    await field('units.0.name').fill('box');
    await field('units.0.factor').fill('1');
    await field('units.0.price').fill('55.000');
    await field('units.0.barcode').fill(TEA.boxBarcode);
    // The browser applies the server's rule first: an extra unit holds at least 2 base units.
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => fieldError('units.0.factor').getAttribute('data-code')).toBe('INVALID_RANGE');
    expect(await field('units.0.factor').getAttribute('aria-invalid')).toBe('true');
    expect(await productBySku(sg, shop, TEA.sku)).toBeNull();

    await field('units.0.factor').fill('12');
    await shot('desktop-product-new');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.waitForURL(/\/owner\/products\/(?!new)[^/]+$/);
    const created = await productBySku(sg, shop, TEA.sku);
    expect(created?.units).toEqual([
      { name: 'botol', factor: 1, price: '5000', barcode: TEA.bottleBarcode },
      { name: 'box', factor: 12, price: '55000', barcode: TEA.boxBarcode },
    ]);
    teaId = created?.id as string;
    expect(page.url()).toContain(teaId);

    // A low-stock level for the branch, set on the product's page.
    const row = page.getByTestId('stock-MAIN');
    await row.getByLabel('Batas stok menipis').fill('6');
    await row.getByRole('button', { name: 'Simpan' }).click();
    await poll(async () => (await stockOf(sg, shop, teaId)).lowStockThreshold).toBe(6);
  }, 60_000);

  it('nests categories, keeps a category with products, and adds a special price for the box', async () => {
    await page.goto(`${sg.gatewayUrl}/owner/categories`);
    await field('name').fill('Minuman');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => page.locator('[name="parentId"] option').allTextContents()).toContain('Minuman');
    await field('name').fill('Teh');
    await field('parentId').selectOption({ label: 'Minuman' });
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => page.locator('[name="parentId"] option').allTextContents()).toContain('Minuman > Teh');

    await page.goto(`${sg.gatewayUrl}/owner/products/${teaId}`);
    await poll(() => field('categoryId').locator('option').allTextContents()).toContain('Minuman > Teh');
    await field('categoryId').selectOption({ label: 'Minuman > Teh' });
    await page.getByRole('button', { name: 'Simpan', exact: true }).first().click();
    await poll(() => page.getByRole('status').first().textContent()).toBe('Tersimpan.');

    const rules = page.getByTestId('price-rules');
    await rules.locator('[name="unit"]').selectOption('box');
    await rules.locator('[name="price"]').fill('52.000');
    await rules.locator('[name="name"]').fill('Promo Gajian');
    await rules.getByRole('button', { name: 'Tambah harga khusus' }).click();
    await poll(() => rules.locator('tbody').textContent()).toMatch(
      /box[\s\S]*Rp\s52\.000[\s\S]*Promo Gajian/,
    );

    // A category that holds a product (through its subcategory) is not deleted.
    await page.goto(`${sg.gatewayUrl}/owner/categories`);
    const minuman = page
      .getByTestId('category-list')
      .locator('tr')
      .filter({ hasText: /^Minuman\d/ });
    await minuman.getByRole('button', { name: 'Hapus' }).click();
    await poll(() => page.locator('[role="alert"][data-code]').getAttribute('data-code')).toBe(
      'CATEGORY_NOT_EMPTY',
    );
    await poll(() => page.getByTestId('category-list').textContent()).toContain('Teh');
  }, 60_000);

  it("shows the server's typed errors next to the field they belong to", async () => {
    await page.goto(`${sg.gatewayUrl}/owner/products/new`);
    await field('sku').fill('TB-DUP');
    await field('name').fill('Teh Kembar');
    await field('baseUnit.price').fill('4000');
    // The seeded water bottle already has this barcode.
    await field('baseUnit.barcode').fill(shop.water.pcsBarcode);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => fieldError('baseUnit.barcode').getAttribute('data-code')).toBe('BARCODE_TAKEN');
    expect(await fieldError('baseUnit.barcode').textContent()).toBe('Barcode ini sudah dipakai produk lain.');
    expect(await field('baseUnit.barcode').getAttribute('aria-invalid')).toBe('true');
    await shot('desktop-product-error');
    await page.setViewportSize(PHONE);
    await shot('phone-product-error');
    await page.setViewportSize(DESKTOP);

    // Another product's SKU is refused by the server too, next to the SKU.
    await field('baseUnit.barcode').fill('');
    await field('sku').fill('AQ-600');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => fieldError('sku').getAttribute('data-code')).toBe('SKU_TAKEN');
    expect(await fieldError('baseUnit.barcode').count()).toBe(0);
    expect(await productBySku(sg, shop, 'TB-DUP')).toBeNull();
  }, 60_000);

  it('receives two boxes and shows them in the ledger as 24 bottles', async () => {
    await page.goto(`${sg.gatewayUrl}/owner/stock`);
    const receive = page.getByTestId('stock-receive');
    await receive.getByLabel('Produk').fill('Teh Bot');
    await receive.getByRole('button', { name: /Teh Botol 350ml/ }).click();
    const line = receive.getByTestId('stock-line');
    await line.locator('[name="lines.0.quantity"]').fill('2');
    await line.locator('[name="lines.0.unit"]').selectOption('box');
    await receive.getByLabel('Referensi (surat jalan, dll.)').fill('SJ-0077');
    await receive.getByRole('button', { name: 'Catat penerimaan' }).click();
    await poll(() => receive.getByRole('status').textContent()).toBe('Tersimpan.');

    const entry = page.getByTestId('ledger-row').filter({ hasText: TEA.name }).first();
    await poll(() => entry.textContent()).toContain('SJ-0077');
    const cells = await entry.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual([TEA.name, '+24', '24', 'Terima']);
    expect((await stockOf(sg, shop, teaId)).balance).toBe(24);
  }, 60_000);

  it('exports the catalog as CSV and imports one, listing the row that failed', async () => {
    await page.goto(`${sg.gatewayUrl}/owner/products`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor CSV' }).click();
    const file = await (await download).path();
    const exported = readFileSync(file, 'utf8');
    expect(exported.split('\n')[0]).toMatch(/^sku,name,/);
    expect(exported).toContain(`${TEA.sku},${TEA.name}`);
    expect(exported).toContain('box:12:55000:8991002101241');

    const csv = [
      'sku,name,price,base_unit,units',
      'KR-01,Kerupuk Udang,2000,bungkus,bal:20:38000:8992000000011',
      'KR-02,Kerupuk Rusak,harga,bungkus,',
    ].join('\n');
    await page.getByTestId('import-csv').setInputFiles({
      name: 'produk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const report = page.getByTestId('import-report');
    await poll(() => report.textContent()).toContain('2 baris: 1 baru, 0 diperbarui, 1 gagal.');
    expect(await report.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^3KR-02price/),
    ]);
    await poll(() => page.getByTestId('product-list').textContent()).toContain('Kerupuk Udang');
    const imported = await productBySku(sg, shop, 'KR-01');
    expect(imported?.units.map((u) => [u.name, u.factor])).toEqual([
      ['bungkus', 1],
      ['bal', 20],
    ]);
    expect(await productBySku(sg, shop, 'KR-02')).toBeNull();
  }, 60_000);

  it('keeps the newest product list when an older answer arrives after it', async () => {
    // The list's first answer is held back until after the import has reloaded the list: shown
    // late, it would put the catalog from before the import back on screen.
    const graphql = `${sg.gatewayUrl}/graphql`;
    let held = 0;
    let release = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    await page.route(graphql, async (route) => {
      if (held > 0 || !route.request().postData()?.includes('AdminProducts')) return route.continue();
      held++;
      const response = await route.fetch();
      await released;
      await route.fulfill({ response });
    });
    try {
      await page.goto(`${sg.gatewayUrl}/owner/products`);
      await poll(() => held).toBe(1);
      await page.getByTestId('import-csv').setInputFiles({
        name: 'produk.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('sku,name,price,base_unit,units\nKR-03,Kerupuk Ikan,2500,bungkus,'),
      });
      await poll(() => page.getByTestId('import-report').textContent()).toContain('1 baru');
      await poll(() => page.getByTestId('product-list').textContent()).toContain('Kerupuk Ikan');
      release();
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.getByTestId('product-list').textContent()).toContain('Kerupuk Ikan');
    } finally {
      release();
      await page.unroute(graphql);
    }
  }, 60_000);

  it("refuses to adjust below zero with the server's typed error, and leaves the stock as it was", async () => {
    await page.goto(`${sg.gatewayUrl}/owner/stock`);
    await page.getByRole('tab', { name: 'Koreksi' }).click();
    const adjust = page.getByTestId('stock-adjust');
    await adjust.getByLabel('Produk').fill('Teh Bot');
    await adjust.getByRole('button', { name: /Teh Botol 350ml/ }).click();
    await adjust.locator('[name="change"]').fill('-1000');
    await adjust.getByRole('button', { name: 'Catat koreksi' }).click();
    // The reason is required, as the server requires it.
    await poll(() => adjust.getByTestId('field-error-note').getAttribute('data-code')).toBe(
      'INVALID_REQUIRED',
    );
    await adjust.getByLabel('Alasan').fill('pecah');
    await adjust.getByRole('button', { name: 'Catat koreksi' }).click();
    await poll(() => adjust.locator('[data-code="OUT_OF_STOCK"]').count()).toBe(1);
    expect((await stockOf(sg, shop, teaId)).balance).toBe(24);
  }, 60_000);

  it('adds staff, a branch and settings, with taken names shown next to their fields', async () => {
    await page.goto(`${sg.gatewayUrl}/owner/staff`);
    await poll(() => page.getByTestId('staff-list').textContent()).toContain('Budi');
    await field('name').fill('Siti');
    await field('username').fill('budi');
    await field('password').fill('Sembilan-Teh-88');
    await field('pin').fill('5678');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => fieldError('username').getAttribute('data-code')).toBe('USERNAME_TAKEN');
    await field('username').fill('siti');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => page.getByTestId('staff-list').textContent()).toContain('siti');
    const { body: staff } = await sg.request<{ staff: { nodes: Array<{ username: string; role: string }> } }>(
      '{ staff(filter: { search: "Siti" }) { nodes { username role } } }',
      {},
      { token: shop.ownerToken },
    );
    expect(staff.data?.staff.nodes).toEqual([{ username: 'siti', role: 'CASHIER' }]);

    await page.goto(`${sg.gatewayUrl}/owner/branches`);
    await poll(() => page.getByTestId('branch-list').textContent()).toContain('Pusat');
    await field('name').fill('Kemang');
    await field('code').fill('MAIN');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => fieldError('code').getAttribute('data-code')).toBe('BRANCH_CODE_TAKEN');
    await field('code').fill('KMG');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => page.getByTestId('branch-list').textContent()).toContain('KMG');

    await page.goto(`${sg.gatewayUrl}/owner/settings`);
    const settings = page.getByTestId('merchant-settings');
    await poll(() => field('name').inputValue()).toBe('Warung Sari');
    await field('logoUrl').fill('ftp://example.com/logo.png');
    await field('receiptFooter').fill('Terima kasih, datang lagi!');
    await settings.getByRole('button', { name: 'Simpan' }).click();
    await poll(() => fieldError('logoUrl').getAttribute('data-code')).toBe('INVALID_URL');
    await field('logoUrl').fill(`${sg.gatewayUrl}/icon.svg`);
    await field('timeZone').selectOption('Asia/Makassar');
    await settings.getByRole('button', { name: 'Simpan' }).click();
    await poll(() => settings.getByRole('status').count()).toBe(1);
    const { body: merchant } = await sg.request<{
      merchant: { receiptFooter: string; timeZone: string; logoUrl: string };
    }>('{ merchant { receiptFooter timeZone logoUrl } }', {}, { token: shop.ownerToken });
    expect(merchant.data?.merchant).toEqual({
      receiptFooter: 'Terima kasih, datang lagi!',
      timeZone: 'Asia/Makassar',
      logoUrl: `${sg.gatewayUrl}/icon.svg`,
    });
  }, 90_000);

  it('keeps customers, expenses and staff advances, with amounts over what is owed refused by field', async () => {
    await page.goto(`${sg.gatewayUrl}/owner/customers`);
    await field('name').fill('Bu Rina');
    await field('phone').fill('0812-3456-7890');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    // Stored in E.164; the form is emptied for the next customer.
    await poll(() => page.getByTestId('customer-list').textContent()).toContain('+6281234567890');
    await poll(() => field('name').inputValue()).toBe('');
    await field('name').fill('Rina Lagi');
    await field('phone').fill('+62 812 3456 7890');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await poll(() => fieldError('phone').getAttribute('data-code')).toBe('DUPLICATE_PHONE');
    await page.getByTestId('customer-list').getByRole('button', { name: 'Bu Rina' }).click();
    const credit = page.locator('section[aria-label="Kasbon"]');
    await credit.locator('[name="limit"]').fill('250.000');
    await credit.getByRole('button', { name: 'Atur limit' }).click();
    await poll(() => page.getByTestId('customer-summary').textContent()).toMatch(/Rp\s250\.000/);
    // Nothing is owed yet: the server refuses a repayment, next to the amount.
    await credit.locator('[name="amount"]').fill('10.000');
    await credit.getByRole('button', { name: 'Catat pembayaran' }).click();
    await poll(() => fieldError('amount').getAttribute('data-code')).toBe('REPAYMENT_EXCEEDS_BALANCE');

    await page.goto(`${sg.gatewayUrl}/owner/expenses`);
    const newCategory = page.locator('section[aria-label="Kategori pengeluaran baru"]');
    await newCategory.locator('[name="name"]').fill('Listrik');
    await newCategory.getByRole('button', { name: 'Tambah' }).click();
    const record = page.locator('section[aria-label="Catat pengeluaran"]');
    await poll(() => record.locator('[name="categoryId"] option').allTextContents()).toContain('Listrik');
    await record.locator('[name="categoryId"]').selectOption({ label: 'Listrik' });
    await record.locator('[name="amount"]').fill('150.000');
    await record.getByRole('button', { name: 'Catat pengeluaran' }).click();
    await poll(() => page.getByTestId('expense-list').textContent()).toMatch(/Listrik[\s\S]*Rp\s150\.000/);

    await page.goto(`${sg.gatewayUrl}/owner/advances`);
    const give = page.locator('section[aria-label="Beri kasbon"]');
    await poll(() => give.locator('[name="userId"] option').allTextContents()).toContain('Budi');
    await give.locator('[name="userId"]').selectOption({ label: 'Budi' });
    await give.locator('[name="amount"]').fill('50.000');
    await give.getByRole('button', { name: 'Beri kasbon' }).click();
    await poll(() => page.getByTestId('advance-balances').textContent()).toMatch(/Budi[\s\S]*Rp\s50\.000/);
    const repay = page.locator('section[aria-label="Terima pembayaran"]');
    await repay.locator('[name="userId"]').selectOption({ label: 'Budi' });
    await repay.locator('[name="amount"]').fill('60.000');
    await repay.getByRole('button', { name: 'Terima pembayaran' }).click();
    await poll(() => repay.getByTestId('field-error-amount').getAttribute('data-code')).toBe(
      'REPAYMENT_EXCEEDS_BALANCE',
    );
    await repay.locator('[name="amount"]').fill('20.000');
    await repay.getByRole('button', { name: 'Terima pembayaran' }).click();
    await poll(() => page.getByTestId('advance-balances').textContent()).toMatch(/Budi[\s\S]*Rp\s30\.000/);
    const { body } = await sg.request<{
      staffAdvanceBalances: Array<{ balance: string; user: { name: string } }>;
    }>('{ staffAdvanceBalances { balance user { name } } }', {}, { token: shop.ownerToken });
    expect(body.data?.staffAdvanceBalances).toEqual([{ balance: '30000', user: { name: 'Budi' } }]);
  }, 90_000);

  it('photographs every screen at phone and desktop size', async () => {
    const screens = [...backOfficeNav.map((n) => n.path), `products/${teaId}`];
    for (const path of screens) {
      await page.goto(`${sg.gatewayUrl}/owner/${path}`);
      await page.locator('main, section').first().waitFor();
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Lists load after the first paint: wait for the network to settle.
      await page.waitForLoadState('networkidle');
      // Every screen loads what it shows without a failure (a refused query shows as an alert).
      expect(await page.getByRole('alert').allTextContents(), path).toEqual([]);
      const name = path.replace(/\//g, '-').replace(teaId, 'edit');
      await shot(`desktop-${name}`);
      await page.setViewportSize(PHONE);
      await shot(`phone-${name}`);
      await page.setViewportSize(DESKTOP);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('sells a box at its special price and a bottle at the till, and the server has 11 bottles left', async () => {
    await page.goto(`${sg.gatewayUrl}/till`);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL('**/signin');
    await signInCashier(page, 'budi', '4321');
    await page.waitForURL('**/till/shift');
    await page.getByLabel('Modal awal').fill('100.000');
    await page.getByRole('button', { name: 'Buka shift' }).click();
    await page.waitForURL(/\/till$/);
    await page.getByTestId('product-tile').filter({ hasText: TEA.name }).waitFor();

    // Scanned into the search box (a scanner types the code and Enter): each barcode picks its unit.
    const search = page.getByLabel('Cari produk atau scan barcode');
    await search.fill(TEA.boxBarcode);
    await search.press('Enter');
    await poll(() => page.getByTestId('cart-lines').textContent()).toContain('box');
    await search.fill(TEA.bottleBarcode);
    await search.press('Enter');
    await poll(() => page.getByTestId('cart-lines').textContent()).toContain('botol');
    await poll(() => page.getByTestId('pay').isEnabled()).toBe(true);
    // The box at its special price (52.000, set in the back office) and a bottle at its list price.
    await poll(() => page.locator('section[aria-label="Keranjang"]').textContent()).toMatch(/Rp\s57\.000/);
    await page.getByTestId('pay').click();
    await page.getByTestId('quick-tender').getByRole('button').first().click();
    await page.getByTestId('complete-sale').click();
    await poll(() => page.getByTestId('order-number').textContent()).toMatch(/^INV\//);

    // 24 received, 12 in the box and 1 bottle sold.
    expect((await stockOf(sg, shop, teaId)).balance).toBe(11);
  }, 90_000);

  it('keeps a cashier out of the back office', async () => {
    // The owner's frame opens for none of a cashier's permissions: every path goes back to the till.
    for (const path of ['', 'products', `products/${teaId}`, 'stock', 'settings']) {
      await page.goto(`${sg.gatewayUrl}/owner/${path}`);
      await page.waitForURL(/\/till(\/|$)/);
      expect(await page.getByRole('navigation', { name: OWNER_NAV }).count()).toBe(0);
      expect(await page.locator('input[name="sku"], [data-testid="stock-ledger"]').count()).toBe(0);
    }
    await page.setViewportSize(PHONE);
    await shot('phone-cashier-no-access');
    await page.setViewportSize(DESKTOP);
    await shot('desktop-cashier-no-access');
    expect(problems).toEqual([]);
  }, 60_000);
});
