/**
 * Issue #16's newcomer, in headless Chromium against a fresh supergraph: opens `/`, registers a
 * shop in the set-up page's form (a weak password refused at its field first), makes this browser
 * the shop's first till, goes to the back office through the till's link, creates a product with
 * a price and a barcode, receives stock for it, opens the shift, scans the barcode into the till's
 * search and sells it for cash. The server then holds the order with the right total and one
 * less in stock. The whole walk is timed; the registration form is photographed at phone size.
 * A cashier of the new shop, signed in by PIN at a second till, gets no link to the owner's area
 * and is sent back from `/owner`; a second registration with the same e-mail is refused at the
 * e-mail field.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../gateway/src/web/build';
import { expectNoErrors, type Supergraph, startSupergraph } from '../../gateway/test/harness';
import { poll } from './backoffice-helpers';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { sellAtTill } from './till-steps';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const NEWCOMER = {
  shop: 'Toko Bu Ani',
  branch: 'Toko Depan',
  owner: 'Ani Lestari',
  email: `ani-${Date.now()}@example.co.id`,
  password: 'Kue-Lapis-2026',
};
const BISCUIT = { sku: 'BSK-01', name: 'Biskuit Kelapa', price: '7.500', barcode: '8990001112223' };

describe.skipIf(!existsSync(CHROMIUM))('a newcomer registers a shop and sells (headless Chromium)', () => {
  let sg: Supergraph;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  const field = (name: string) => page.locator(`[name="${name}"]`);
  const fieldError = (name: string) => page.getByTestId(`field-error-${name}`);

  beforeAll(async () => {
    await ensureWebBuild((msg) => console.log(msg));
    sg = await startSupergraph();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block', locale: 'id-ID' });
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

  beforeEach(({ onTestFailed }) => {
    onTestFailed(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'newcomer-failed.png'), fullPage: true }).catch(() => {});
    });
  });

  afterAll(async () => {
    await browser?.close();
    await sg?.close();
  });

  /** The owner's token, got as any API client gets it, for looking at the server's side. */
  const ownerToken = async (): Promise<string> => {
    const { body } = await sg.request<{ login: { __typename: string; accessToken: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) {
        __typename ... on AuthPayload { accessToken } ... on ErrorResult { code message } } }`,
      { input: { identifier: NEWCOMER.email, password: NEWCOMER.password } },
    );
    const login = expectNoErrors(body).login;
    expect(login.__typename).toBe('AuthPayload');
    return login.accessToken;
  };

  it('registers a shop, adds a product with stock and sells it at the till', async () => {
    const started = performance.now();
    await page.goto(`${sg.gatewayUrl}/`);
    await page.waitForURL('**/device');
    await page.getByRole('button', { name: 'Daftarkan toko baru' }).click();

    await field('merchantName').fill(NEWCOMER.shop);
    await field('branchName').fill(NEWCOMER.branch);
    await field('ownerName').fill(NEWCOMER.owner);
    await field('ownerEmail').fill(NEWCOMER.email);
    // Long enough, letters and digits: the browser lets it through, the server finds it too common.
    await field('password').fill('indonesia123');
    await field('confirm').fill('indonesia123');
    await page.getByRole('button', { name: 'Daftarkan toko', exact: true }).click();
    await poll(() => fieldError('password').getAttribute('data-code')).toBe('WEAK_PASSWORD');
    expect(await fieldError('password').textContent()).toBe('Kata sandi terlalu lemah.');
    expect(await field('password').getAttribute('aria-invalid')).toBe('true');
    // The form at phone size, with the refusal at its field.
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'newcomer-register-phone.png'), fullPage: true });
    const refused = await sg.request(
      `mutation ($input: LoginInput!) { login(input: $input) { __typename } }`,
      { input: { identifier: NEWCOMER.email, password: 'indonesia123' } },
    );
    expect(expectNoErrors(refused.body)).toEqual({ login: { __typename: 'InvalidCredentials' } });

    // Two passwords that differ are caught in the browser, at the confirmation.
    await field('password').fill(NEWCOMER.password);
    await field('confirm').fill(`${NEWCOMER.password}!`);
    await page.getByRole('button', { name: 'Daftarkan toko', exact: true }).click();
    await poll(() => fieldError('confirm').getAttribute('data-code')).toBe('INVALID_PASSWORDSDIFFER');
    await field('confirm').fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Daftarkan toko', exact: true }).click();

    // Signed in as the new owner: the shop's only branch makes this device its first till.
    await page.getByRole('button', { name: `${NEWCOMER.branch} (MAIN)` }).click();
    await page.waitForURL('**/signin');
    await poll(() => page.locator('h1').textContent()).toBe(NEWCOMER.shop);

    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: 'Masuk sebagai pemilik (e-mail)' }).click();
    await page.getByLabel('E-mail atau nama pengguna').fill(NEWCOMER.email);
    await page.getByLabel('Kata sandi').fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    // A new till has no shift yet; its frame links to the owner's area for the owner.
    await page.waitForURL('**/till/shift');
    await page.getByTestId('owner-link').click();
    await page.waitForURL(/\/owner$/);

    const nav = page.getByRole('navigation', { name: 'Menu pemilik' });
    await nav.getByRole('link', { name: 'Produk', exact: true }).click();
    await page.getByRole('link', { name: 'Produk baru' }).click();
    await page.waitForURL('**/owner/products/new');
    await field('sku').fill(BISCUIT.sku);
    await field('name').fill(BISCUIT.name);
    await field('baseUnit.name').fill('bungkus');
    await field('baseUnit.price').fill(BISCUIT.price);
    await field('baseUnit.barcode').fill(BISCUIT.barcode);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.waitForURL(/\/owner\/products\/(?!new)[^/]+$/);

    await nav.getByRole('link', { name: 'Stok', exact: true }).click();
    const receive = page.getByTestId('stock-receive');
    await receive.getByLabel('Produk').fill('Biskuit');
    await receive.getByRole('button', { name: new RegExp(BISCUIT.name) }).click();
    await receive.getByTestId('stock-line').locator('[name="lines.0.quantity"]').fill('12');
    await receive.getByLabel('Referensi (surat jalan, dll.)').fill('SJ-0001');
    await receive.getByRole('button', { name: 'Catat penerimaan' }).click();
    await poll(() => receive.getByRole('status').textContent()).toBe('Tersimpan.');

    // Back at the till (the owner frame's link): open the shift and sell by scanning the barcode.
    await nav.getByRole('link', { name: 'Kasir', exact: true }).click();
    await page.waitForURL('**/till/shift');
    await page.getByLabel('Modal awal').fill('100.000');
    await page.getByRole('button', { name: 'Buka shift' }).click();
    await page.waitForURL(/\/till$/);
    // The catalog is fetched afresh on entering the till: the new product is among the tiles.
    await poll(() => page.getByTestId('product-tile').filter({ hasText: BISCUIT.name }).count()).toBe(1);
    const number = await sellAtTill(page, { scan: [BISCUIT.barcode], total: BISCUIT.price });
    const seconds = (performance.now() - started) / 1000;
    console.log(`newcomer walk: registered, stocked and sold in ${seconds.toFixed(1)} s`);

    const token = await ownerToken();
    const { body } = await sg.request<{
      orderByNumber: { status: string; totals: { total: string }; lines: Array<{ quantity: number }> } | null;
      me: { merchant: { branches: Array<{ id: string }> } };
    }>(
      `query ($n: String!) {
        orderByNumber(number: $n) { status totals { total } lines { quantity } }
        me { merchant { branches { id } } } }`,
      { n: number },
      { token },
    );
    const data = expectNoErrors(body);
    expect(data.orderByNumber).toEqual({
      status: 'COMPLETED',
      totals: { total: '7500' },
      lines: [{ quantity: 1 }],
    });
    const { body: products } = await sg.request<{ productBySku: { id: string } | null }>(
      'query ($sku: String!) { productBySku(sku: $sku) { id } }',
      { sku: BISCUIT.sku },
      { token },
    );
    const productId = expectNoErrors(products).productBySku?.id as string;
    const stock = async () => {
      const { body: level } = await sg.request<{ stockLevel: { balance: number } }>(
        'query ($p: ID!, $b: ID!) { stockLevel(productId: $p, branchId: $b) { balance } }',
        { p: productId, b: data.me.merchant.branches[0]?.id },
        { token },
      );
      return expectNoErrors(level).stockLevel.balance;
    };
    // Stock follows the sale through the outbox of events: polled, not read once.
    await poll(stock).toBe(11);
    expect(problems).toEqual([]);
  }, 240_000);

  it("shows a cashier no owner link, and refuses a second shop for the owner's e-mail", async () => {
    const token = await ownerToken();
    const { body: me } = await sg.request<{ me: { merchant: { branches: Array<{ id: string }> } } }>(
      '{ me { merchant { branches { id } } } }',
      {},
      { token },
    );
    const branchId = expectNoErrors(me).me.merchant.branches[0]?.id;
    const { body: staff } = await sg.request<{ createStaff: { __typename: string } }>(
      `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { __typename } }`,
      {
        input: {
          name: 'Dodi',
          role: 'CASHIER',
          username: 'dodi',
          password: 'Sembilan-Teh-55',
          pin: '2468',
          branchIds: [branchId],
        },
      },
      { token },
    );
    expect(expectNoErrors(staff).createStaff.__typename).toBe('User');

    const second = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block', locale: 'id-ID' });
    const p = await second.newPage();
    p.setDefaultTimeout(15_000);
    p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    try {
      await p.goto(`${sg.gatewayUrl}/`);
      await p.waitForURL('**/device');
      // The same e-mail cannot register another shop: refused at the e-mail field.
      await p.getByRole('button', { name: 'Daftarkan toko baru' }).click();
      await p.locator('[name="merchantName"]').fill('Toko Kembar');
      await p.locator('[name="branchName"]').fill('Pusat');
      await p.locator('[name="ownerName"]').fill('Ani Kembar');
      await p.locator('[name="ownerEmail"]').fill(NEWCOMER.email);
      await p.locator('[name="password"]').fill('Gula-Aren-3030');
      await p.locator('[name="confirm"]').fill('Gula-Aren-3030');
      await p.getByRole('button', { name: 'Daftarkan toko', exact: true }).click();
      await poll(() => p.getByTestId('field-error-ownerEmail').getAttribute('data-code')).toBe('EMAIL_TAKEN');
      expect(await p.getByRole('button', { name: /\(MAIN\)/ }).count()).toBe(0);

      // Back to the owner's sign-in: the owner registers this second till, the cashier uses it.
      await p.getByRole('button', { name: 'Kembali ke masuk' }).click();
      await p.getByLabel('E-mail').fill(NEWCOMER.email);
      await p.getByLabel('Kata sandi').fill(NEWCOMER.password);
      await p.getByRole('button', { name: 'Masuk', exact: true }).click();
      await p.getByRole('button', { name: `${NEWCOMER.branch} (MAIN)` }).click();
      await p.waitForURL('**/signin');
      await p.getByLabel('Nama pengguna').fill('dodi');
      await p.getByLabel('PIN').fill('2468');
      await p.getByRole('button', { name: 'Masuk', exact: true }).click();
      await p.waitForURL(/\/till(\/|$)/);
      await poll(() => p.getByTestId('cashier').textContent()).toBe('Dodi');
      await p.getByRole('link', { name: 'Transaksi' }).waitFor();
      expect(await p.getByTestId('owner-link').count()).toBe(0);
      await p.goto(`${sg.gatewayUrl}/owner/products`);
      await p.waitForURL(/\/till(\/|$)/);
      expect(await p.getByTestId('owner-link').count()).toBe(0);
    } finally {
      await second.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
