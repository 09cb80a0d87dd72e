import { describe, expect, it } from 'vitest';
import { readPdf } from '../testing/pdf-text.js';
import { createPdf, pdfDate, pdfSafeText } from './pdf.js';

describe('[CORE] PDF layout', () => {
  it('keeps text within what the standard fonts can show', () => {
    expect(pdfSafeText('Zoë Łukasz – “ok” € ő')).toBe('Zoë Lukasz – “ok” € o');
    expect(pdfSafeText('東京 a\u0007b\tc ≥ 3')).toBe('?? ab c >= 3');
    expect(pdfSafeText('line\r\nbreak')).toBe('line\nbreak');
  });

  it('prints dates the same on every machine', () => {
    expect(pdfDate('2026-03-01T23:30:00Z')).toBe('1 March 2026');
  });

  it('breaks a long table across pages, repeating its header, with header and footer on every page', async () => {
    const w = await createPdf({ title: 'Register', organisation: 'Acme', printedAt: new Date('2026-03-01T10:00:00Z') });
    w.title('Register', 'All of it');
    w.heading('Entries');
    const rows = Array.from({ length: 150 }, (_, i) => ({
      n: `Entry ${i + 1}`,
      d: 'A description long enough to wrap '.repeat(2),
    }));
    w.table(
      [
        { header: 'Name', width: 1, value: (r: (typeof rows)[number]) => r.n, bold: true },
        { header: 'Description', width: 3, value: (r: (typeof rows)[number]) => r.d },
      ],
      rows,
    );
    w.newPage('landscape');
    w.paragraph('Wide page');
    const buf = await w.finish();
    expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = readPdf(buf);
    expect(pdf.pages).toBeGreaterThan(3);
    for (let p = 1; p <= pdf.pages; p++) expect(pdf.lines).toContain(`Page ${p} of ${pdf.pages}`);
    expect(pdf.lines.filter((l) => l === 'Printed 1 March 2026, 10:00 UTC')).toHaveLength(pdf.pages);
    expect(pdf.lines.filter((l) => l === 'Acme')).toHaveLength(pdf.pages);
    // The header row is drawn once on every page the table runs over (not on the landscape page).
    expect(pdf.lines.filter((l) => l === 'Description')).toHaveLength(pdf.pages - 1);
    expect(pdf.lines).toContain('Entry 1');
    expect(pdf.lines).toContain('Entry 150');
    expect(buf.toString('latin1')).toContain('/MediaBox [0 0 841.89 595.28]');
  });

  it('says so instead of drawing an empty table', async () => {
    const w = await createPdf({ title: 'Empty', organisation: 'Acme' });
    w.table([{ header: 'Name', width: 1, value: (r: { n: string }) => r.n }], [], { empty: 'Nothing recorded.' });
    const pdf = readPdf(await w.finish());
    expect(pdf.lines).toContain('Nothing recorded.');
    expect(pdf.lines).not.toContain('Name');
  });
});
