/**
 * A sale rung at the web till the way a cashier does it, for browser tests that need one beside
 * what they watch: the device registered, the cashier signed in by PIN, the shift opened,
 * barcodes scanned into the search box, tiles touched, an optional customer paying part
 * on credit (kasbon), the rest in cash with the exact quick-tender button, and the order number
 * read off the receipt.
 */
import type { Page } from 'playwright-core';
import { poll, registerDevice, signInCashier } from './backoffice-helpers';
import type { Shop } from './seed';

/** Registers the page as a new till of the shop's main branch, signs the cashier in, opens the shift. */
export async function openTill(
  page: Page,
  gatewayUrl: string,
  shop: Shop,
  cashier: { username: string; pin: string },
  openingFloat = '200.000',
): Promise<void> {
  await registerDevice(page, gatewayUrl, shop);
  await signInCashier(page, cashier.username, cashier.pin);
  // A till just registered has no shift: it asks for the opening float before it sells.
  await page.waitForURL('**/till/shift');
  await page.getByLabel('Modal awal').fill(openingFloat);
  await page.getByRole('button', { name: 'Buka shift' }).click();
  await page.waitForURL(/\/till$/);
  await page.getByTestId('product-tile').first().waitFor();
}

export interface TillSale {
  /** Barcodes typed into the search box, each followed by Enter (as a scanner does). */
  scan?: string[];
  /** Product tiles touched, by the product's name; each must have a single unit. */
  tiles?: string[];
  /** The total the cart must show before paying, in rupiah as the till prints it (`97.000`). */
  total: string;
  /** A customer found by phone, paying `amount` (plain digits) on their credit. */
  credit?: { phone: string; name: string; amount: string };
}

const rupiah = (digits: string) => new Intl.NumberFormat('id-ID').format(BigInt(digits));
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rings the sale at the till already open on `page`; returns the order number it shows. */
export async function sellAtTill(page: Page, sale: TillSale): Promise<string> {
  const cart = page.locator('section[aria-label="Keranjang"]');
  const lines = page.getByTestId('cart-lines');
  const search = page.getByLabel('Cari produk atau scan barcode');
  let count = 0;
  for (const code of sale.scan ?? []) {
    await search.fill(code);
    await search.press('Enter');
    count += 1;
    await poll(() => lines.getByTestId('line-qty').count()).toBe(count);
  }
  for (const name of sale.tiles ?? []) {
    await page.getByTestId('product-tile').filter({ hasText: name }).click();
    count += 1;
    await poll(() => lines.getByTestId('line-qty').count()).toBe(count);
  }

  if (sale.credit) {
    await cart.getByRole('button', { name: '+ Pelanggan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nomor HP').fill(sale.credit.phone);
    await dialog.getByRole('button', { name: 'Cari' }).click();
    await poll(() => dialog.textContent()).toContain(sale.credit.name);
    await dialog.getByRole('button', { name: 'Pakai pelanggan ini' }).click();
    // The customer's button now carries their name, their credit left shown below it.
    await cart.getByRole('button', { name: sale.credit.name, exact: true }).waitFor();
    await poll(() => page.getByTestId('cart-customer').textContent()).toMatch(/kasbon\s*Rp\s[\d.]+/);
  }

  // The server's quote is the total charged.
  await poll(() => cart.textContent()).toMatch(new RegExp(`Total\\s*Rp\\s${literal(sale.total)}`));
  await poll(() => page.getByTestId('pay').isEnabled()).toBe(true);
  await page.getByTestId('pay').click();
  const dialog = page.getByRole('dialog');
  let cash = BigInt(sale.total.replace(/\D/g, ''));
  if (sale.credit) {
    await dialog.getByRole('button', { name: 'Kasbon', exact: true }).click();
    await dialog.getByLabel('Jumlah').fill(sale.credit.amount);
    await dialog.getByRole('button', { name: 'Tambah pembayaran' }).click();
    cash -= BigInt(sale.credit.amount);
    await poll(() => dialog.textContent()).toMatch(
      new RegExp(`Sisa\\s*Rp\\s${literal(rupiah(cash.toString()))}`),
    );
  }
  // The rest in cash, exactly: the quick-tender button of the amount still due.
  await dialog
    .getByTestId('quick-tender')
    .getByRole('button', { name: new RegExp(`Rp\\s${literal(rupiah(cash.toString()))}$`) })
    .first()
    .click();
  await page.getByTestId('complete-sale').click();
  const number = page.getByTestId('order-number');
  await poll(() => number.textContent()).toMatch(/^INV\//);
  return (await number.textContent()) as string;
}
