import { loadExcel } from './heavy-libs.js';
import { stringify } from 'csv-stringify/sync';

/** One column of a register export: its heading and how to read it from a row. */
export type Column<T> = {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
  width?: number;
};

export type TabularFormat = 'csv' | 'xlsx';

export const CONTENT_TYPES: Record<TabularFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// Spreadsheet programs run cells starting with these as formulas (CSV injection); a leading
// apostrophe keeps them text.
const FORMULA_START = /^[=+\-@\t\r]/;
const safeText = (v: string): string => (FORMULA_START.test(v) ? `'${v}` : v);

function cell(v: string | number | boolean | null | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return v;
  return safeText(v);
}

/** Renders rows as CSV (UTF-8 with BOM so spreadsheet programs read accents) or XLSX. */
export async function renderTabular<T>(
  format: TabularFormat,
  sheetName: string,
  columns: Column<T>[],
  rows: Iterable<T>,
): Promise<Buffer> {
  if (format === 'csv') {
    const records: (string | number)[][] = [columns.map((c) => c.header)];
    for (const row of rows) records.push(columns.map((c) => cell(c.value(row))));
    return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(stringify(records))]);
  }
  const ExcelJS = await loadExcel();
  const book = new ExcelJS.Workbook();
  book.creator = 'Remit';
  book.created = new Date();
  const sheet = book.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => cell(c.value(row))));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A file name safe for Content-Disposition: letters, digits, dot, dash and underscore. */
export function downloadName(base: string, ext: string): string {
  const day = new Date().toISOString().slice(0, 10);
  return `${base.replace(/[^A-Za-z0-9._-]+/g, '-')}-${day}.${ext}`;
}
