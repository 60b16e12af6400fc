import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { ReportTable } from './tables';

/** Header row, then one line per row; written with backpressure, so memory stays constant. */
export async function writeCsv(table: ReportTable, out: Writable): Promise<void> {
  const csv = stringify({
    header: true,
    columns: table.columns.map((c) => ({ key: c.key, header: c.header })),
  });
  const piped = new Promise<void>((resolve, reject) => {
    csv.on('error', reject);
    csv.on('end', resolve);
  });
  csv.on('data', (chunk: Buffer) => {
    if (!out.write(chunk)) {
      csv.pause();
      out.once('drain', () => csv.resume());
    }
  });
  for await (const row of table.rows) {
    if (!csv.write(row)) await once(csv, 'drain');
  }
  csv.end();
  await piped;
  out.end();
}

/**
 * ExcelJS' streaming writer: each committed row is zipped out and forgotten. Its zip stream does
 * not report backpressure to us, so we wait for the destination's `drain` every few rows.
 */
export async function writeXlsx(table: ReportTable, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: 16 }));
  let n = 0;
  for await (const row of table.rows) {
    sheet.addRow(row).commit();
    if (++n % 1000 === 0 && out.writableNeedDrain) await once(out, 'drain');
  }
  sheet.commit();
  await workbook.commit();
}
