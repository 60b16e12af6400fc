/**
 * The dispatcher's map and the courier's app in headless Chromium against the real supergraph:
 * a dispatcher (one browser) assigns a cash-on-delivery order to a courier (a second browser,
 * its position fed through geolocation); the courier starts, moves along a route (seen moving on
 * the map and in the server's trail), loses the connection for a stretch (those positions arrive
 * when it is back), and completes with the cash collected, which the server records on the order.
 * A cashier reaches neither screen; a courier sees only their own deliveries. Screenshots at
 * phone and desktop size go to test-artifacts/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../gateway/src/web/build';
import { type Supergraph, startSupergraph } from '../../gateway/test/harness';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import {
  assignByApi,
  deliveryOnServer,
  merchantSlug,
  type SeededCourier,
  type SeededDelivery,
  seedCodDelivery,
  seedCourier,
} from './dispatch-seed';
import { type Shop, seedShop } from './seed';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

function poll<T>(read: () => Promise<T> | T, timeout = 20_000) {
  return expect.poll(read, { timeout, interval: 100 });
}

/** A ride through Bandung, about 90 m a step. */
const ROUTE = Array.from({ length: 7 }, (_, i) => ({
  latitude: -6.9147 + i * 0.0006,
  longitude: 107.6098 + i * 0.0006,
}));
const ONLINE_STEPS = ROUTE.slice(0, 4);
const OFFLINE_STEPS = ROUTE.slice(4, 6);
const LAST_STEP = ROUTE[6] as (typeof ROUTE)[number];

describe.skipIf(!existsSync(CHROMIUM))(
  'the dispatcher map and the courier app (headless Chromium, whole supergraph)',
  () => {
    let sg: Supergraph;
    let shop: Shop;
    let slug: string;
    let andi: SeededCourier;
    let dodi: SeededCourier;
    let cod: SeededDelivery;
    let late: SeededDelivery;
    let browser: Browser;
    let dispatcherCtx: BrowserContext;
    let courierCtx: BrowserContext;
    let dispatcher: Page;
    let courier: Page;
    const problems: string[] = [];

    const shot = async (p: Page, name: string, size?: { width: number; height: number }) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const before = p.viewportSize();
      if (size) await p.setViewportSize(size);
      // Leaflet redraws for the new size on the next frame.
      if (size) await p.waitForTimeout(300);
      await p.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
      if (size && before) await p.setViewportSize(before);
    };

    const newContext = async (viewport: { width: number; height: number }) => {
      const ctx = await browser.newContext({ viewport, locale: 'id-ID', serviceWorkers: 'block' });
      // Only the gateway: no map tiles or anything else from the network (the shop has no internet).
      await ctx.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(sg.gatewayUrl) || !/^(https?|wss?):/.test(url)) return route.continue();
        problems.push(`outside request: ${url}`);
        return route.abort();
      });
      return ctx;
    };

    const watch = (p: Page) => {
      p.setDefaultTimeout(15_000);
      p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    };

    /** The owner registers the browser as a device of the branch (as for a till). */
    const registerDevice = async (p: Page) => {
      await p.goto(`${sg.gatewayUrl}/`);
      await p.waitForURL('**/device');
      await p.getByLabel('E-mail').fill(shop.ownerEmail);
      await p.getByLabel('Kata sandi').fill(shop.ownerPassword);
      await p.getByRole('button', { name: 'Masuk', exact: true }).click();
      await p.getByRole('button', { name: 'Pusat (MAIN)' }).click();
      await p.waitForURL('**/signin');
    };

    const delivery = (p: Page, id: string, testId: string) =>
      p.locator(`[data-testid="${testId}"][data-delivery-id="${id}"]`);
    const marker = (id: string) =>
      dispatcher.locator(`[data-testid="courier-marker"][data-courier-id="${id}"]`);
    const trailOf = (id: string) =>
      dispatcher.locator(`[data-testid="courier-trail"][data-courier-id="${id}"]`);

    beforeAll(async () => {
      await ensureWebBuild((msg) => console.log(msg));
      sg = await startSupergraph();
      shop = await seedShop(sg);
      slug = await merchantSlug(sg, shop);
      andi = await seedCourier(sg, shop, 'Andi');
      dodi = await seedCourier(sg, shop, 'Dodi');
      cod = await seedCodDelivery(sg, shop, { address: 'Jl. Melati 5, Bandung' });
      // Promised ten minutes ago and still on its way: late.
      late = await seedCodDelivery(sg, shop, {
        address: 'Jl. Dago 101, Bandung',
        promisedAt: new Date(Date.now() - 10 * 60_000),
      });
      await assignByApi(sg, shop, late.id, dodi.id);
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [...CHROMIUM_ARGS],
      });
      dispatcherCtx = await newContext(DESKTOP);
      dispatcher = await dispatcherCtx.newPage();
      watch(dispatcher);
      courierCtx = await newContext(PHONE);
      await courierCtx.grantPermissions(['geolocation'], { origin: sg.gatewayUrl });
      await courierCtx.setGeolocation({ ...(ROUTE[0] as (typeof ROUTE)[number]), accuracy: 8 });
      courier = await courierCtx.newPage();
      watch(courier);
    }, 300_000);

    beforeEach(({ onTestFailed, task }) => {
      onTestFailed(async () => {
        const name = task.name.slice(0, 30).replace(/\W+/g, '-');
        await shot(dispatcher, `dispatch-failed-${name}`).catch(() => undefined);
        await shot(courier, `courier-failed-${name}`).catch(() => undefined);
      });
    });

    afterAll(async () => {
      await browser?.close();
      await sg?.close();
    });

    it('keeps a cashier out of the dispatcher map and the courier app', async () => {
      const ctx = await newContext(PHONE);
      const p = await ctx.newPage();
      watch(p);
      await registerDevice(p);
      await p.getByLabel('Nama pengguna').fill('budi');
      await p.getByLabel('PIN').fill('4321');
      await p.getByRole('button', { name: 'Masuk', exact: true }).click();
      await p.waitForURL('**/till/**');
      for (const path of ['/dispatch', '/courier']) {
        await p.goto(`${sg.gatewayUrl}${path}`);
        await poll(() => p.getByTestId('forbidden').textContent()).toContain('Budi');
        expect(await p.getByTestId('dispatch-map').count()).toBe(0);
        expect(await p.getByTestId('courier-delivery').count()).toBe(0);
      }
      await shot(p, 'dispatch-phone-cashier-forbidden');
      await ctx.close();
    }, 90_000);

    it('shows the branch to the dispatcher: couriers, the ready delivery, the late one highlighted', async () => {
      await registerDevice(dispatcher);
      await dispatcher.getByRole('button', { name: 'Masuk sebagai pemilik (e-mail)' }).click();
      await dispatcher.getByLabel('E-mail atau nama pengguna').fill(shop.ownerEmail);
      await dispatcher.getByLabel('Kata sandi').fill(shop.ownerPassword);
      await dispatcher.getByRole('button', { name: 'Masuk', exact: true }).click();
      await dispatcher.waitForURL('**/till/**');
      await dispatcher.goto(`${sg.gatewayUrl}/dispatch`);
      await dispatcher.getByTestId('dispatch-map').waitFor();

      const ready = delivery(dispatcher, cod.id, 'dispatch-delivery');
      await poll(() => ready.getAttribute('data-status')).toBe('READY');
      expect(await ready.getAttribute('data-late')).toBe('false');
      const lateCard = delivery(dispatcher, late.id, 'dispatch-delivery');
      await poll(() => lateCard.getAttribute('data-late')).toBe('true');
      expect(await lateCard.getByTestId('late-badge').textContent()).toBe('Terlambat');
      expect(await lateCard.getByTestId('assigned-courier').textContent()).toContain('Dodi');
      expect(await dispatcher.getByTestId('late-count').textContent()).toContain('1 terlambat');
      await poll(() => dispatcher.getByTestId('courier-row').count()).toBe(2);
      // Late deliveries come first.
      expect(await dispatcher.getByTestId('dispatch-delivery').first().getAttribute('data-delivery-id')).toBe(
        late.id,
      );
      await shot(dispatcher, 'dispatch-desktop-board');
      await shot(dispatcher, 'dispatch-phone-board', PHONE);
    }, 90_000);

    it('signs the courier in on their phone, showing only their own deliveries', async () => {
      await courier.goto(`${sg.gatewayUrl}/courier`);
      await courier.waitForURL('**/courier/signin');
      await courier.getByLabel('Kode toko').fill(slug);
      await courier.getByLabel('Nama pengguna').fill(andi.username);
      await courier.getByLabel('Kata sandi').fill(andi.password);
      await courier.getByRole('button', { name: 'Masuk', exact: true }).click();
      await courier.waitForURL(/\/courier$/);
      await poll(() => courier.getByTestId('courier-name').textContent()).toBe('Andi');
      await courier.getByTestId('courier-empty').waitFor();
      // Dodi's late delivery is not Andi's to see.
      expect(await courier.getByTestId('courier-delivery').count()).toBe(0);
      // Nor is the dispatcher's map.
      const other = await courierCtx.newPage();
      await other.goto(`${sg.gatewayUrl}/dispatch`);
      await poll(() => other.getByTestId('forbidden').textContent()).toContain('Andi');
      await other.close();
      await shot(courier, 'courier-phone-empty');
    }, 60_000);

    it('assigns the delivery: it reaches the courier live, who starts it', async () => {
      const card = delivery(dispatcher, cod.id, 'dispatch-delivery');
      await card.getByLabel('Kurir').selectOption({ label: 'Andi' });
      await card.getByRole('button', { name: 'Tugaskan' }).click();
      await poll(() => card.getByTestId('assigned-courier').textContent()).toContain('Andi');

      const mine = delivery(courier, cod.id, 'courier-delivery');
      await poll(() => mine.getAttribute('data-status'), 15_000).toBe('READY');
      expect(await courier.getByTestId('courier-delivery').count()).toBe(1);
      expect(await mine.getByTestId('cod-due').textContent()).toMatch(/Rp\s14\.000/);
      await shot(courier, 'courier-phone-assigned');

      await mine.getByRole('button', { name: 'Mulai antar' }).click();
      await poll(() => mine.getAttribute('data-status')).toBe('DELIVERING');
      await poll(() => courier.getByTestId('tracking').getAttribute('data-tracking')).toBe('true');
      await poll(() => card.getAttribute('data-status')).toBe('DELIVERING');
      expect((await deliveryOnServer(sg, shop, cod.id)).courier?.id).toBe(andi.id);
    }, 60_000);

    it("follows the courier's phone on the map and in the server's trail", async () => {
      await dispatcher.locator(`[data-testid="courier-row"][data-courier-id="${andi.id}"]`).click();
      const first = ONLINE_STEPS[0] as (typeof ROUTE)[number];
      await poll(() => marker(andi.id).getAttribute('data-lat')).toBe(String(first.latitude));
      const startBox = await marker(andi.id).boundingBox();
      for (const step of ONLINE_STEPS.slice(1)) {
        await courierCtx.setGeolocation({ ...step, accuracy: 8 });
        await poll(() => marker(andi.id).getAttribute('data-lat')).toBe(String(step.latitude));
        expect(await marker(andi.id).getAttribute('data-lng')).toBe(String(step.longitude));
      }
      const endBox = await marker(andi.id).boundingBox();
      expect(startBox && endBox).toBeTruthy();
      // North-east on the screen: right and up.
      expect((endBox?.x ?? 0) - (startBox?.x ?? 0)).toBeGreaterThan(20);
      expect((startBox?.y ?? 0) - (endBox?.y ?? 0)).toBeGreaterThan(20);
      expect(Number(await trailOf(andi.id).getAttribute('data-points'))).toBeGreaterThanOrEqual(
        ONLINE_STEPS.length,
      );
      // The delivery's own feed counts what arrived while the dispatcher followed it.
      await poll(() =>
        dispatcher.getByTestId('follow-delivery').getAttribute('data-count').then(Number),
      ).toBeGreaterThanOrEqual(ONLINE_STEPS.length - 1);

      const trail = (await deliveryOnServer(sg, shop, cod.id)).trail;
      for (const step of ONLINE_STEPS) {
        expect(
          trail.some((p) => p.lat === step.latitude && p.lng === step.longitude),
          JSON.stringify(step),
        ).toBe(true);
      }
      await shot(dispatcher, 'dispatch-desktop-following');
      await shot(dispatcher, 'dispatch-phone-following', PHONE);
      await shot(courier, 'courier-phone-delivering');
      await shot(courier, 'courier-desktop-delivering', DESKTOP);
    }, 90_000);

    it('keeps the positions taken offline and sends them when the connection is back', async () => {
      const before = ONLINE_STEPS.at(-1) as (typeof ROUTE)[number];
      await courierCtx.setOffline(true);
      await poll(() => courier.getByTestId('connection').getAttribute('data-online')).toBe('false');
      const offlineFrom = Date.now();
      for (const step of OFFLINE_STEPS) {
        await courierCtx.setGeolocation({ ...step, accuracy: 8 });
        await poll(() =>
          courier.getByTestId('tracking').getAttribute('data-queued').then(Number),
        ).toBeGreaterThanOrEqual(OFFLINE_STEPS.indexOf(step) + 1);
      }
      await shot(courier, 'courier-phone-offline');
      // Nothing of it reached the server or the map meanwhile.
      expect(await marker(andi.id).getAttribute('data-lat')).toBe(String(before.latitude));
      const during = (await deliveryOnServer(sg, shop, cod.id)).trail;
      expect(during.some((p) => OFFLINE_STEPS.some((s) => s.latitude === p.lat))).toBe(false);

      await courierCtx.setOffline(false);
      const last = OFFLINE_STEPS.at(-1) as (typeof ROUTE)[number];
      await poll(() => marker(andi.id).getAttribute('data-lat'), 30_000).toBe(String(last.latitude));
      await poll(() => courier.getByTestId('tracking').getAttribute('data-queued')).toBe('0');
      const trail = (await deliveryOnServer(sg, shop, cod.id)).trail;
      for (const step of OFFLINE_STEPS) {
        const p = trail.find((x) => x.lat === step.latitude && x.lng === step.longitude);
        expect(p, JSON.stringify(step)).toBeDefined();
        // Recorded when the phone took the fix (while offline), not when it arrived.
        expect(Date.parse(p?.recordedAt ?? '')).toBeGreaterThanOrEqual(offlineFrom - 1_000);
      }
      await courierCtx.setGeolocation({ ...LAST_STEP, accuracy: 8 });
      await poll(() => marker(andi.id).getAttribute('data-lat')).toBe(String(LAST_STEP.latitude));
    }, 90_000);

    it('completes with the cash collected: the server records it on the order, the map shows it done', async () => {
      const mine = delivery(courier, cod.id, 'courier-delivery');
      await mine.getByRole('button', { name: 'Selesai' }).click();
      expect(await mine.getByLabel('Nama penerima').inputValue()).toBe('Ibu Rina');
      // A wrong amount is refused with the server's typed error, next to the form.
      await mine.getByLabel('Uang diterima (COD)').fill('10.000');
      await mine.getByRole('button', { name: 'Konfirmasi selesai' }).click();
      await poll(() => mine.getByRole('alert').getAttribute('data-code')).toBe('CASH_ON_DELIVERY_MISMATCH');
      await poll(() => mine.getByRole('alert').textContent()).toMatch(/14\.000/);
      expect(await mine.getAttribute('data-status')).toBe('DELIVERING');
      await mine.getByLabel('Uang diterima (COD)').fill('14.000');
      await mine.getByRole('button', { name: 'Konfirmasi selesai' }).click();
      await poll(() => mine.getAttribute('data-status')).toBe('DONE');
      await poll(() => courier.getByTestId('tracking').getAttribute('data-tracking')).toBe('false');
      await shot(courier, 'courier-phone-done');

      const card = delivery(dispatcher, cod.id, 'dispatch-delivery');
      await poll(() => card.getAttribute('data-status')).toBe('DONE');
      await poll(() => card.getByTestId('cash-collected').textContent()).toMatch(/Rp\s14\.000/);
      await shot(dispatcher, 'dispatch-desktop-done');

      const server = await deliveryOnServer(sg, shop, cod.id);
      expect(server.status).toBe('DONE');
      expect(server.cashCollected).toBe(cod.cashOnDelivery);
      expect(cod.cashOnDelivery).toBe('14000');
      expect(server.order?.payments).toContainEqual({ method: 'CASH', amount: '14000', deliveryId: cod.id });
      expect(server.trail.some((p) => p.lat === LAST_STEP.latitude)).toBe(true);
      expect(problems).toEqual([]);
    }, 90_000);
  },
);
