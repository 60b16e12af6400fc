import type { Writable } from 'node:stream';
import type { OrderCompletedPayload } from '@pos/kit';
import PDFDocument from 'pdfkit';
import type { MerchantProfileRow, OrderDocRow, OrderStatus } from '../models';
import type { OrderDocumentLayout } from './link';
import { drawHeader, type PdfDoc } from './pdf';

const MM = 72 / 25.4;
const money = (n: number) => `Rp${n.toLocaleString('id-ID')}`;
/** `2026-03-02 13:00` in the merchant's time zone: what a courier and a customer read. */
const localTime = (iso: string, timeZone = 'Asia/Jakarta') =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** A4 invoice: merchant header, tax number, lines table, totals, payments and footer. */
function invoice(
  doc: PdfDoc,
  order: OrderCompletedPayload,
  status: string,
  merchant: MerchantProfileRow | null,
  logo: Buffer | null,
) {
  drawHeader(doc, merchant, logo, status === 'VOIDED' ? 'INVOICE (VOID)' : 'INVOICE');
  doc.fontSize(9);
  if (merchant?.taxNumber) doc.text(`NPWP: ${merchant.taxNumber}`);
  doc.text(`No: ${order.number}`).text(`Date: ${order.businessDate}`);
  if (order.delivery) doc.text(`Deliver to: ${order.delivery.contactName}, ${order.delivery.address}`);
  doc.moveDown();
  const left = doc.page.margins.left;
  const widths = [250, 50, 90, 110];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    let x = left;
    cells.forEach((c, i) => {
      doc.text(c, x, y, {
        width: (widths[i] ?? 80) - 4,
        align: i === 0 ? 'left' : 'right',
        lineBreak: false,
      });
      x += widths[i] ?? 80;
    });
    doc.x = left;
    doc.y = y + 14;
  };
  row(['Item', 'Qty', 'Price', 'Total'], true);
  for (const l of order.lines)
    row([`${l.name} (${l.unitName})`, String(l.quantity), money(l.unitPrice), money(l.total)]);
  doc.moveDown();
  const t = order.totals;
  row(['Subtotal', '', '', money(t.gross)]);
  if (t.lineDiscount + t.orderDiscount)
    row(['Discount', '', '', `-${money(t.lineDiscount + t.orderDiscount)}`]);
  if (t.tax) row(['Tax (PPN)', '', '', money(t.tax)]);
  if (t.deliveryFee) row(['Delivery', '', '', money(t.deliveryFee)]);
  if (t.rounding) row(['Rounding', '', '', money(t.rounding)]);
  row(['Total', '', '', money(t.total)], true);
  for (const p of order.payments) row([`Paid ${p.method}`, '', '', money(p.amount)]);
  if (merchant?.receiptFooter)
    doc.moveDown().font('Helvetica').text(merchant.receiptFooter, { align: 'center' });
}

/**
 * A4 delivery order (surat jalan): what goes in the parcel and where, without prices, with cash
 * to collect on delivery and lines for the sender's and the recipient's signatures.
 */
function deliveryOrder(
  doc: PdfDoc,
  order: OrderCompletedPayload,
  merchant: MerchantProfileRow | null,
  logo: Buffer | null,
) {
  const delivery = order.delivery;
  drawHeader(doc, merchant, logo, 'DELIVERY ORDER');
  doc.fontSize(9).font('Helvetica');
  doc.text(`No: ${order.number}`).text(`Date: ${order.businessDate}`);
  if (delivery) {
    doc.moveDown(0.5).font('Helvetica-Bold').text('Deliver to').font('Helvetica');
    doc.text(delivery.contactName).text(delivery.contactPhone).text(delivery.address);
    if (delivery.promisedAt) doc.text(`Promised by: ${localTime(delivery.promisedAt, merchant?.timeZone)}`);
    if (delivery.note) doc.text(`Note: ${delivery.note}`);
  }
  doc.moveDown();
  const left = doc.page.margins.left;
  const row = (cells: [string, string, string], bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    doc.text(cells[0], left, y, { width: 300, lineBreak: false });
    doc.text(cells[1], left + 300, y, { width: 80, align: 'right', lineBreak: false });
    doc.text(cells[2], left + 396, y, { width: 80, lineBreak: false });
    doc.x = left;
    doc.y = y + 14;
  };
  row(['Item', 'Qty', 'Unit'], true);
  for (const l of order.lines) row([l.name, String(l.quantity), l.unitName]);
  doc.moveDown();
  if (delivery?.cashOnDelivery)
    doc.font('Helvetica-Bold').text(`Collect on delivery: ${money(delivery.cashOnDelivery)}`);
  doc.moveDown(3).font('Helvetica');
  const y = doc.y;
  doc.text('Sent by', left, y, { width: 200 }).text('Received by', left + 260, y, { width: 200 });
  doc.moveDown(3);
  const line = doc.y;
  doc
    .text('(________________)', left, line, { width: 200 })
    .text('(________________)', left + 260, line, { width: 200 });
}

/** A narrow thermal receipt (58 or 80 mm wide), one page as long as the order needs. */
function receipt(doc: PdfDoc, order: OrderCompletedPayload, merchant: MerchantProfileRow | null) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .text(merchant?.name ?? '', { align: 'center', width });
  doc.font('Helvetica').fontSize(7);
  if (merchant?.address) doc.text(merchant.address, { align: 'center', width });
  if (merchant?.taxNumber) doc.text(`NPWP ${merchant.taxNumber}`, { align: 'center', width });
  doc.text(`${order.number}  ${order.businessDate}`, { align: 'center', width }).moveDown(0.5);
  const pair = (a: string, b: string) => {
    const y = doc.y;
    doc.text(a, doc.page.margins.left, y, { width: width * 0.6 });
    const after = doc.y;
    doc.text(b, doc.page.margins.left, y, { width, align: 'right' });
    doc.y = Math.max(after, doc.y);
  };
  for (const l of order.lines) pair(`${l.quantity} x ${l.name}`, money(l.total));
  doc.moveDown(0.5);
  pair('TOTAL', money(order.totals.total));
  for (const p of order.payments) {
    pair(p.method, money(p.amount));
    if (p.change) pair('Change', money(p.change));
  }
  if (merchant?.receiptFooter) doc.moveDown(0.5).text(merchant.receiptFooter, { align: 'center', width });
}

export async function writeOrderDocument(
  row: OrderDocRow,
  status: OrderStatus,
  layout: OrderDocumentLayout,
  merchant: MerchantProfileRow | null,
  logo: Buffer | null,
  out: Writable,
): Promise<void> {
  const order = row.payload as unknown as OrderCompletedPayload;
  const narrow = layout === 'RECEIPT_58MM' || layout === 'RECEIPT_80MM';
  const width = (layout === 'RECEIPT_58MM' ? 58 : 80) * MM;
  // Receipt length: header + a line per item and payment, so it prints as one strip.
  const height =
    (120 + (order.lines.length + order.payments.length) * 22) * (layout === 'RECEIPT_58MM' ? 1.2 : 1);
  const doc = new PDFDocument(narrow ? { size: [width, height], margin: 8 } : { size: 'A4', margin: 40 });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  doc.pipe(out);
  if (narrow) receipt(doc, order, merchant);
  else if (layout === 'DELIVERY_ORDER_A4') deliveryOrder(doc, order, merchant, logo);
  else invoice(doc, order, status, merchant, logo);
  doc.end();
  await finished;
}
