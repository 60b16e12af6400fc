/** What the back-office browser test asks the server directly, and how a person signs in at the till. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoErrors, type Supergraph } from '../../gateway/test/harness';
import type { Shop } from './seed';

/** Polls what the page shows; a shared 2-core machine may take seconds for an answer. */
export function poll<T>(read: () => Promise<T> | T, timeout = 20_000) {
  return expect.poll(read, { timeout, interval: 100 });
}

export interface ServerProduct {
  id: string;
  units: Array<{ name: string; factor: number; price: string; barcode: string | null }>;
}

export async function productBySku(sg: Supergraph, shop: Shop, sku: string): Promise<ServerProduct | null> {
  const { body } = await sg.request<{ productBySku: ServerProduct | null }>(
    'query ($sku: String!) { productBySku(sku: $sku) { id units { name factor price barcode } } }',
    { sku },
    { token: shop.ownerToken },
  );
  return expectNoErrors(body).productBySku;
}

export async function stockOf(
  sg: Supergraph,
  shop: Shop,
  productId: string,
): Promise<{ balance: number; lowStockThreshold: number | null }> {
  const { body } = await sg.request<{ stockLevel: { balance: number; lowStockThreshold: number | null } }>(
    'query ($p: ID!, $b: ID!) { stockLevel(productId: $p, branchId: $b) { balance lowStockThreshold } }',
    { p: productId, b: shop.branchId },
    { token: shop.ownerToken },
  );
  return expectNoErrors(body).stockLevel;
}

/** Registers the browser as a till of the shop's branch (the owner signs in once for it). */
export async function registerDevice(page: Page, gatewayUrl: string, shop: Shop) {
  await page.goto(`${gatewayUrl}/`);
  await page.waitForURL('**/device');
  await page.getByLabel('E-mail').fill(shop.ownerEmail);
  await page.getByLabel('Kata sandi').fill(shop.ownerPassword);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('button', { name: 'Pusat (MAIN)' }).click();
  await page.waitForURL('**/signin');
}

/** The owner signs in on the registered device with e-mail and password. */
export async function signInOwner(page: Page, shop: Shop) {
  await page.getByRole('button', { name: 'Masuk sebagai pemilik (e-mail)' }).click();
  await page.getByLabel('E-mail atau nama pengguna').fill(shop.ownerEmail);
  await page.getByLabel('Kata sandi').fill(shop.ownerPassword);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(/\/till/);
}

/** A cashier signs in by username and PIN. */
export async function signInCashier(page: Page, username: string, pin: string) {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(/\/till/);
}
