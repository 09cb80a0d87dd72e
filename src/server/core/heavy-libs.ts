import type ExcelJSModule from 'exceljs';
import type PDFDocumentModule from 'pdfkit';

// exceljs and pdfkit take most of a second to load and only exports, imports and printable
// documents need them: they are loaded on first use, so starting the server or a CLI command
// that never writes a spreadsheet or a PDF does not pay for them.

let excel: Promise<typeof ExcelJSModule> | undefined;
let pdfkit: Promise<typeof PDFDocumentModule> | undefined;

/** The exceljs module, loaded once. */
export function loadExcel(): Promise<typeof ExcelJSModule> {
  excel ??= import('exceljs').then((m) => m.default);
  return excel;
}

/** pdfkit's PDFDocument class, loaded once. */
export function loadPdfKit(): Promise<typeof PDFDocumentModule> {
  pdfkit ??= import('pdfkit').then((m) => m.default);
  return pdfkit;
}
