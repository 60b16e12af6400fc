/**
 * Thermal receipt printers over Web Bluetooth or WebUSB (Chromium on Android and desktop), in
 * ESC/POS, encoded by @point-of-sale/receipt-printer-encoder from the order as the server
 * returned it: every figure printed is the server's.
 */
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { OrderFieldsFragment } from '../__generated__/operations';
import { formatMoney } from '../lib/money';
import type { PrinterLink } from './printers';

export function encodeReceipt(
  order: OrderFieldsFragment,
  shop: { name: string; branch: string },
  labels: { total: string; paid: string; change: string },
  columns: 32 | 48 = 32,
): Uint8Array {
  const money = (v: string) => formatMoney(v).replace(/\s/g, ' ');
  const encoder = new ReceiptPrinterEncoder({ language: 'esc-pos', columns });
  encoder.initialize().align('center').bold(true).line(shop.name).bold(false).line(shop.branch);
  encoder
    .line(order.number ?? order.id)
    .line(new Date(order.occurredAt).toLocaleString('id-ID'))
    .rule();
  encoder.align('left');
  const rows: string[][] = [];
  for (const l of order.lines) {
    rows.push([l.name, '']);
    rows.push([`  ${l.quantity} ${l.unitName} x ${money(l.unitPrice)}`, money(l.total)]);
  }
  encoder.table(
    [
      { width: columns - 13, align: 'left' },
      { width: 12, align: 'right', marginLeft: 1 },
    ],
    rows,
  );
  encoder.rule();
  const totals: string[][] = [[labels.total, money(order.totals.payable)]];
  for (const p of order.payments) totals.push([p.method, money(p.tendered ?? p.amount)]);
  totals.push([labels.change, money(order.totals.change)]);
  encoder.table(
    [
      { width: columns - 15, align: 'left' },
      { width: 14, align: 'right', marginLeft: 1 },
    ],
    totals,
  );
  return encoder.newline().newline().cut().encode();
}

export async function printEscPos(link: PrinterLink, data: Uint8Array): Promise<void> {
  const Printer =
    link === 'bluetooth'
      ? (await import('@point-of-sale/webbluetooth-receipt-printer')).default
      : (await import('@point-of-sale/webusb-receipt-printer')).default;
  const printer = new Printer();
  const connected = new Promise<void>((resolve) => printer.addEventListener('connected', () => resolve()));
  await printer.connect();
  await connected;
  await printer.print(data);
}
