import { loadPdfKit } from './heavy-libs.js';

/**
 * A small layout layer over pdfkit for Remit's printable documents (role descriptions, the roles
 * and responsibilities document, later audit and review reports): A4 pages with the organisation
 * and document title in the header, the print time and "Page n of N" in the footer, headings,
 * paragraphs, lists, key/value blocks and tables that wrap their cells and continue on the next
 * page with the header row repeated. Text uses the PDF standard fonts, so documents are small and
 * need no font files; `pdfSafeText` keeps text inside the characters those fonts can show.
 */

export type PdfMeta = {
  /** Document title: the PDF's title, and the right side of every page header. */
  title: string;
  /** Organisation name: the left side of every page header and the PDF's author. */
  organisation: string;
  subject?: string;
  /** Printed in the footer of every page; default now. */
  printedAt?: Date;
  /** First page orientation; default portrait. */
  layout?: PdfLayout;
};

export type PdfLayout = 'portrait' | 'landscape';

export type PdfColumn<T> = {
  header: string;
  /** Relative width; the columns share the text width in proportion. */
  width: number;
  value: (row: T) => string | number | null | undefined;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  /** Text colour for one cell (e.g. a status); default the body colour. */
  color?: (row: T) => string | undefined;
};

export type PdfTableOptions = {
  /** Shown in place of the table when there are no rows. */
  empty?: string;
  fontSize?: number;
};

export type PdfWriter = {
  /** The underlying pdfkit document, for drawing the helper does not cover. */
  doc: PDFKit.PDFDocument;
  /** A cover page: title, subtitle and a block of facts, then a fresh page for the body. */
  cover: (input: { title: string; subtitle?: string; facts?: [string, string][]; note?: string }) => void;
  /** A document title at the top of the body (documents without a cover page). */
  title: (text: string, subtitle?: string) => void;
  /** A heading kept with at least `keepWithNext` points of what follows (default a few lines). */
  heading: (text: string, level?: 1 | 2 | 3, opts?: { keepWithNext?: number }) => void;
  paragraph: (text: string, opts?: { muted?: boolean; size?: number; italic?: boolean }) => void;
  list: (items: string[], opts?: { numbered?: boolean }) => void;
  keyValues: (pairs: [string, string][]) => void;
  table: <T>(columns: PdfColumn<T>[], rows: readonly T[], opts?: PdfTableOptions) => void;
  space: (points: number) => void;
  /** Starts a new page; a different layout applies to it (and to pages text flows onto from it). */
  newPage: (layout?: PdfLayout) => void;
  /** Starts a new page unless `points` of vertical space are left on this one. */
  ensureSpace: (points: number) => void;
  /** Adds headers and footers to every page and returns the finished file. */
  finish: () => Promise<Buffer>;
};

export const PDF_COLORS = {
  text: '#1f2328',
  muted: '#5c636a',
  accent: '#364fc7',
  rule: '#ced4da',
  headerFill: '#edf0f7',
  zebra: '#f8f9fb',
  ok: '#2b8a3e',
  warn: '#c2410c',
  bad: '#c92a2a',
} as const;

const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
const MARGIN = { top: 64, bottom: 60, left: 54, right: 54 };
const BODY_SIZE = 10;
const CELL_PAD = 4;

// The standard fonts use WinAnsi: Latin-1 plus these typographic characters.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u2260': '!=',
  // Letters NFKD does not decompose.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

/** Text the standard PDF fonts can show: accents are kept where Latin-1 has them, others decomposed. */
export function pdfSafeText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 10 || (code >= 32 && code < 127) || (code >= 160 && code <= 255)) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (code === 9) out += ' ';
    else if (code < 32 || (code >= 127 && code < 160)) continue;
    else {
      // "ł" has no decomposition; "ő" decomposes to "o" + accent: keep the base letter.
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...base].every((c) => (c.codePointAt(0) ?? 0) < 256) && base !== '' ? base : '?';
    }
  }
  return out;
}

/** "1 March 2026" (or "1 Mar 2026" for tables) in printed documents; UTC, so the same everywhere. */
export function pdfDate(iso: string | Date, month: 'long' | 'short' = 'long'): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
}

/** "1 March 2026, 14:05 UTC". */
export function pdfDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${pdfDate(d)}, ${time} UTC`;
}

/** Starts a document; call `finish()` once the body is written. */
export async function createPdf(meta: PdfMeta): Promise<PdfWriter> {
  const PDFDocument = await loadPdfKit();
  const printedAt = meta.printedAt ?? new Date();
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.layout ?? 'portrait',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: pdfSafeText(meta.title),
      Author: pdfSafeText(meta.organisation),
      Subject: pdfSafeText(meta.subject ?? meta.title),
      Creator: 'Remit',
      Producer: 'Remit (pdfkit)',
      CreationDate: printedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = () => doc.page.margins.left;
  const textWidth = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const spaceLeft = () => bottom() - doc.y;
  const body = (size = BODY_SIZE, font: string = FONT.regular, color: string = PDF_COLORS.text) =>
    doc.font(font).fontSize(size).fillColor(color);

  function newPage(layout?: PdfLayout) {
    doc.addPage({
      size: 'A4',
      layout: layout ?? (doc.page.width > doc.page.height ? 'landscape' : 'portrait'),
      margins: MARGIN,
    });
  }

  function ensureSpace(points: number) {
    // A page that is still empty gets no fresh page: the content is simply taller than a page.
    if (spaceLeft() < points && doc.y > doc.page.margins.top + 1) newPage();
  }

  function heading(text: string, level: 1 | 2 | 3 = 1, opts: { keepWithNext?: number } = {}) {
    const size = level === 1 ? 16 : level === 2 ? 12.5 : 10.5;
    const safe = pdfSafeText(text);
    body(size, FONT.bold, level === 1 ? PDF_COLORS.accent : PDF_COLORS.text);
    const h = doc.heightOfString(safe, { width: textWidth() });
    // Keep a heading with at least a few lines of what follows it.
    ensureSpace(h + (opts.keepWithNext ?? (level === 1 ? 70 : 50)));
    if (doc.y > doc.page.margins.top + 1) doc.y += level === 1 ? 10 : 6;
    body(size, FONT.bold, level === 1 ? PDF_COLORS.accent : PDF_COLORS.text);
    doc.text(safe, left(), doc.y, { width: textWidth() });
    if (level === 1) {
      const y = doc.y + 2;
      doc
        .moveTo(left(), y)
        .lineTo(left() + textWidth(), y)
        .lineWidth(0.8)
        .strokeColor(PDF_COLORS.accent)
        .stroke();
      doc.y = y + 6;
    } else {
      doc.y += 3;
    }
    body();
  }

  function paragraph(text: string, opts: { muted?: boolean; size?: number; italic?: boolean } = {}) {
    body(
      opts.size ?? BODY_SIZE,
      opts.italic ? FONT.italic : FONT.regular,
      opts.muted ? PDF_COLORS.muted : PDF_COLORS.text,
    );
    doc.text(pdfSafeText(text), left(), doc.y, { width: textWidth(), lineGap: 1.5 });
    doc.y += 5;
    body();
  }

  function list(items: string[], opts: { numbered?: boolean } = {}) {
    const indent = opts.numbered ? 22 : 14;
    items.forEach((item, i) => {
      const safe = pdfSafeText(item);
      body();
      const h = doc.heightOfString(safe, { width: textWidth() - indent, lineGap: 1.5 });
      ensureSpace(Math.min(h, 3 * 14));
      const y = doc.y;
      body(BODY_SIZE, opts.numbered ? FONT.bold : FONT.regular, PDF_COLORS.muted);
      doc.text(opts.numbered ? `${i + 1}.` : '\u2022', left(), y, { width: indent - 4, lineBreak: false });
      body();
      doc.text(safe, left() + indent, y, { width: textWidth() - indent, lineGap: 1.5 });
      doc.y += 3;
    });
    doc.x = left();
    doc.y += 3;
  }

  function keyValues(pairs: [string, string][]) {
    const labelWidth = Math.min(150, textWidth() * 0.3);
    for (const [k, v] of pairs) {
      const key = pdfSafeText(k);
      const value = pdfSafeText(v);
      body();
      const h = Math.max(
        doc.heightOfString(value, { width: textWidth() - labelWidth }),
        doc.font(FONT.bold).heightOfString(key, { width: labelWidth - 8 }),
      );
      ensureSpace(h + 4);
      const y = doc.y;
      body(BODY_SIZE, FONT.bold, PDF_COLORS.muted);
      doc.text(key, left(), y, { width: labelWidth - 8 });
      body();
      doc.text(value, left() + labelWidth, y, { width: textWidth() - labelWidth });
      doc.y = y + h + 4;
    }
    doc.x = left();
    doc.y += 4;
  }

  function table<T>(columns: PdfColumn<T>[], rows: readonly T[], opts: PdfTableOptions = {}) {
    if (rows.length === 0) {
      if (opts.empty) paragraph(opts.empty, { muted: true, italic: true });
      return;
    }
    const size = opts.fontSize ?? 9;
    const total = columns.reduce((n, c) => n + c.width, 0);
    const widthsFor = () => columns.map((c) => (c.width / total) * textWidth());
    const cellText = (v: string | number | null | undefined) =>
      pdfSafeText(v === null || v === undefined ? '' : String(v));
    const heightOf = (texts: string[], widths: number[], bold: (i: number) => boolean) =>
      Math.max(
        ...texts.map((t, i) => {
          doc.font(bold(i) ? FONT.bold : FONT.regular).fontSize(size);
          return doc.heightOfString(t === '' ? ' ' : t, { width: widths[i]! - 2 * CELL_PAD });
        }),
      ) +
      2 * CELL_PAD;

    const drawRow = (
      texts: string[],
      widths: number[],
      y: number,
      h: number,
      kind: 'header' | 'odd' | 'even',
      row?: T,
    ) => {
      const x0 = left();
      const w = widths.reduce((a, b) => a + b, 0);
      if (kind !== 'even') {
        doc.rect(x0, y, w, h).fill(kind === 'header' ? PDF_COLORS.headerFill : PDF_COLORS.zebra);
      }
      let x = x0;
      texts.forEach((t, i) => {
        const col = columns[i]!;
        const color = kind === 'header' ? PDF_COLORS.text : (row !== undefined && col.color?.(row)) || PDF_COLORS.text;
        doc
          .font(kind === 'header' || col.bold ? FONT.bold : FONT.regular)
          .fontSize(size)
          .fillColor(color);
        doc.text(t, x + CELL_PAD, y + CELL_PAD, {
          width: widths[i]! - 2 * CELL_PAD,
          align: col.align ?? 'left',
          // A row taller than a whole page is cut rather than spilling into the footer.
          height: Math.max(h - 2 * CELL_PAD, size + 2),
          ellipsis: true,
        });
        x += widths[i]!;
      });
      doc
        .moveTo(x0, y + h)
        .lineTo(x0 + w, y + h)
        .lineWidth(kind === 'header' ? 0.9 : 0.4)
        .strokeColor(kind === 'header' ? PDF_COLORS.accent : PDF_COLORS.rule)
        .stroke();
    };

    const headerTexts = columns.map((c) => pdfSafeText(c.header));
    const drawHeader = () => {
      const widths = widthsFor();
      const h = heightOf(headerTexts, widths, () => true);
      const y = doc.y;
      drawRow(headerTexts, widths, y, h, 'header');
      // Drawing text moves doc.y; the row's own height decides where the next one starts.
      doc.y = y + h;
    };

    let widths = widthsFor();
    const headerHeight = heightOf(headerTexts, widths, () => true);
    const firstRow = rows[0]!;
    ensureSpace(
      headerHeight +
        heightOf(
          columns.map((c) => cellText(c.value(firstRow))),
          widths,
          (i) => columns[i]!.bold === true,
        ),
    );
    drawHeader();
    rows.forEach((row, n) => {
      widths = widthsFor();
      const texts = columns.map((c) => cellText(c.value(row)));
      const maxHeight = bottom() - doc.page.margins.top - headerHeight;
      const h = Math.min(
        heightOf(texts, widths, (i) => columns[i]!.bold === true),
        maxHeight,
      );
      if (doc.y + h > bottom()) {
        newPage();
        drawHeader();
      }
      const y = doc.y;
      drawRow(texts, widths, y, h, n % 2 === 0 ? 'even' : 'odd', row);
      doc.y = y + h;
    });
    doc.x = left();
    doc.y += 10;
    body();
  }

  const coverPages = new Set<number>();

  function cover(input: { title: string; subtitle?: string; facts?: [string, string][]; note?: string }) {
    const range = doc.bufferedPageRange();
    coverPages.add(range.start + range.count - 1);
    doc.y = doc.page.height * 0.28;
    body(11, FONT.bold, PDF_COLORS.muted);
    doc.text(pdfSafeText(meta.organisation).toUpperCase(), left(), doc.y, { width: textWidth(), characterSpacing: 1 });
    doc.y += 10;
    body(28, FONT.bold, PDF_COLORS.accent);
    doc.text(pdfSafeText(input.title), left(), doc.y, { width: textWidth() });
    if (input.subtitle) {
      doc.y += 6;
      body(14, FONT.regular, PDF_COLORS.text);
      doc.text(pdfSafeText(input.subtitle), left(), doc.y, { width: textWidth() });
    }
    doc.y += 14;
    const y = doc.y;
    doc
      .moveTo(left(), y)
      .lineTo(left() + 120, y)
      .lineWidth(2)
      .strokeColor(PDF_COLORS.accent)
      .stroke();
    doc.y = y + 24;
    if (input.facts?.length) keyValues(input.facts);
    if (input.note) {
      doc.y += 10;
      paragraph(input.note, { muted: true, size: 9 });
    }
    newPage();
  }

  function title(text: string, subtitle?: string) {
    body(22, FONT.bold, PDF_COLORS.accent);
    doc.text(pdfSafeText(text), left(), doc.y, { width: textWidth() });
    if (subtitle) {
      doc.y += 2;
      body(11, FONT.regular, PDF_COLORS.muted);
      doc.text(pdfSafeText(subtitle), left(), doc.y, { width: textWidth() });
    }
    const y = doc.y + 8;
    doc
      .moveTo(left(), y)
      .lineTo(left() + 90, y)
      .lineWidth(2)
      .strokeColor(PDF_COLORS.accent)
      .stroke();
    doc.y = y + 14;
    body();
  }

  function decorate() {
    const range = doc.bufferedPageRange();
    const org = pdfSafeText(meta.organisation);
    const title = pdfSafeText(meta.title);
    const printed = `Printed ${pdfDateTime(printedAt)}`;
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const { width, height } = doc.page;
      // Header and footer sit in the margins; pdfkit would start a new page for text below the
      // bottom margin, so the margin is lifted while they are drawn.
      const saved = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const inner = width - MARGIN.left - MARGIN.right;
      const headY = 30;
      // A cover page names the organisation and title itself.
      if (!coverPages.has(i)) {
        doc.font(FONT.bold).fontSize(8.5).fillColor(PDF_COLORS.text);
        doc.text(org, MARGIN.left, headY, { width: inner / 2, lineBreak: false, ellipsis: true });
        doc.font(FONT.regular).fillColor(PDF_COLORS.muted);
        doc.text(title, MARGIN.left + inner / 2, headY, {
          width: inner / 2,
          align: 'right',
          lineBreak: false,
          ellipsis: true,
        });
        doc
          .moveTo(MARGIN.left, headY + 14)
          .lineTo(width - MARGIN.right, headY + 14)
          .lineWidth(0.5)
          .strokeColor(PDF_COLORS.rule)
          .stroke();
      }
      const footY = height - 38;
      doc
        .moveTo(MARGIN.left, footY - 6)
        .lineTo(width - MARGIN.right, footY - 6)
        .lineWidth(0.5)
        .strokeColor(PDF_COLORS.rule)
        .stroke();
      doc.font(FONT.regular).fontSize(8).fillColor(PDF_COLORS.muted);
      doc.text(printed, MARGIN.left, footY, { width: inner / 2, lineBreak: false });
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN.left + inner / 2, footY, {
        width: inner / 2,
        align: 'right',
        lineBreak: false,
      });
      doc.page.margins.bottom = saved;
    }
  }

  body();
  return {
    doc,
    cover,
    title,
    heading,
    paragraph,
    list,
    keyValues,
    table,
    space: (points) => {
      doc.y += points;
    },
    newPage,
    ensureSpace,
    finish: () => {
      decorate();
      doc.end();
      return done;
    },
  };
}
