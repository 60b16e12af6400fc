import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { MerchantProfileRow } from '../models';
import type { Cell, ReportTable } from './tables';

/** PDFs are for reading: past this many rows the table stops and says so (use CSV/XLSX). */
export const PDF_ROW_LIMIT = 5000;
const LOGO_TIMEOUT_MS = 3000;
const LOGO_MAX_BYTES = 1_000_000;

export type PdfDoc = InstanceType<typeof PDFDocument>;

/**
 * The merchant's logo, or null. Only https, small, and quick: a slow or broken logo host must
 * never break an export or an invoice, so every failure is swallowed here.
 */
export async function fetchLogo(url: string | null | undefined): Promise<Buffer | null> {
  if (!url?.startsWith('https://')) return null;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(LOGO_TIMEOUT_MS), redirect: 'error' });
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok || !/image\/(png|jpe?g)/.test(type)) return null;
    const body = Buffer.from(await res.arrayBuffer());
    return body.length <= LOGO_MAX_BYTES ? body : null;
  } catch {
    return null;
  }
}

export function drawHeader(
  doc: PdfDoc,
  merchant: MerchantProfileRow | null,
  logo: Buffer | null,
  title: string,
) {
  const top = doc.y;
  if (logo) {
    try {
      doc.image(logo, doc.page.margins.left, top, { fit: [60, 60] });
    } catch {
      // An image pdfkit cannot decode is treated like a missing logo.
    }
  }
  const x = doc.page.margins.left + (logo ? 70 : 0);
  doc.fontSize(16).text(merchant?.name ?? '', x, top);
  if (merchant?.address) doc.fontSize(9).text(merchant.address, x);
  doc.fontSize(13).text(title, x);
  doc.moveDown();
  doc.x = doc.page.margins.left;
}

const fmt = (v: Cell) =>
  v === null || v === undefined ? '' : typeof v === 'number' ? v.toLocaleString('id-ID') : String(v);

/** A plain bar chart of the series, drawn with pdfkit primitives. */
function drawChart(doc: PdfDoc, series: NonNullable<ReportTable['series']>) {
  const points = series.slice(-31);
  if (points.length === 0) return;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const height = 120;
  const top = doc.y;
  const max = Math.max(1, ...points.map((p) => p.value));
  const slot = width / points.length;
  doc
    .save()
    .strokeColor('#999')
    .moveTo(left, top + height)
    .lineTo(left + width, top + height)
    .stroke();
  points.forEach((p, i) => {
    const h = (Math.max(p.value, 0) / max) * (height - 12);
    doc.rect(left + i * slot + slot * 0.15, top + height - h, slot * 0.7, h).fill('#3b82f6');
  });
  doc.restore().fillColor('black');
  doc.fontSize(6);
  points.forEach((p, i) => {
    // Days print as MM-DD; names (products, cashiers, categories) are cut to the bar's width.
    const label = /^\d{4}-\d{2}-\d{2}$/.test(p.label) ? p.label.slice(5) : p.label;
    doc.text(label, left + i * slot, top + height + 2, {
      width: slot,
      height: 8,
      align: 'center',
      ellipsis: true,
      lineBreak: false,
    });
  });
  doc.x = left;
  doc.y = top + height + 16;
}

export async function writePdf(
  table: ReportTable,
  merchant: MerchantProfileRow | null,
  logo: Buffer | null,
  out: Writable,
): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: table.landscape ? 'landscape' : 'portrait',
    margin: 36,
    bufferPages: false,
  });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  doc.pipe(out);
  drawHeader(doc, merchant, logo, table.title);
  if (table.series) drawChart(doc, table.series);
  const left = doc.page.margins.left;
  const columns = table.columns.filter((c) => !c.id);
  // Columns share the width by weight (1 unless a column asks for more, like a description).
  const unit =
    (doc.page.width - left - doc.page.margins.right) / columns.reduce((t, c) => t + (c.weight ?? 1), 0);
  const lefts = columns.map(
    (_, i) => left + columns.slice(0, i).reduce((t, c) => t + (c.weight ?? 1) * unit, 0),
  );
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 14) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    cells.forEach((c, i) => {
      doc.text(c, lefts[i] ?? left, y, {
        width: (columns[i]?.weight ?? 1) * unit - 4,
        height: 10,
        ellipsis: true,
        lineBreak: false,
      });
    });
    doc.x = left;
    doc.y = y + 12;
  };
  row(
    columns.map((c) => c.header),
    true,
  );
  let n = 0;
  for await (const r of table.rows) {
    if (n++ >= PDF_ROW_LIMIT) {
      row([`… more rows: export as CSV or XLSX for the full report`]);
      break;
    }
    row(columns.map((c) => fmt(r[c.key] ?? null)));
  }
  doc.end();
  await finished;
}
