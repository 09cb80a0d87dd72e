import type { z } from 'zod';
import {
  CONTROL_THEME_LABELS,
  IMPLEMENTATION_STATUS_LABELS,
  SOA_REASON_LABELS,
  type TApplicability,
  type TSoaRow,
  type ZSoaVersionSummary,
} from '../../../contracts/controls.js';
import { createPdf, pdfDateTime, type PdfColumn } from '../../core/pdf.js';
import { CONTENT_TYPES, downloadName, renderTabular, type Column } from '../../core/tabular.js';

export type SoaFormat = 'csv' | 'xlsx' | 'pdf';

export const SOA_CONTENT_TYPES: Record<SoaFormat, string> = { ...CONTENT_TYPES, pdf: 'application/pdf' };

const APPLICABLE: Record<TApplicability, string> = {
  applicable: 'Yes',
  not_applicable: 'No',
  undecided: 'Undecided',
};

/** The columns of the SoA as auditors expect them, one row per control. */
const COLUMNS: { header: string; width: number; pdfWidth: number; value: (r: TSoaRow) => string }[] = [
  { header: 'Control', width: 10, pdfWidth: 0.75, value: (r) => r.reference },
  { header: 'Title', width: 44, pdfWidth: 2.3, value: (r) => r.title },
  { header: 'Theme', width: 18, pdfWidth: 1.05, value: (r) => CONTROL_THEME_LABELS[r.theme] },
  { header: 'Applicable', width: 12, pdfWidth: 0.85, value: (r) => APPLICABLE[r.applicability] },
  {
    header: 'Reasons for inclusion',
    width: 28,
    pdfWidth: 1.35,
    value: (r) => r.reasons.map((x) => SOA_REASON_LABELS[x]).join('; '),
  },
  { header: 'Justification', width: 44, pdfWidth: 2.1, value: (r) => r.justification },
  {
    header: 'Implementation status',
    width: 22,
    pdfWidth: 1.15,
    value: (r) => IMPLEMENTATION_STATUS_LABELS[r.status],
  },
  { header: 'Owner', width: 22, pdfWidth: 1.15, value: (r) => r.owner ?? '' },
  { header: 'Implementers', width: 28, pdfWidth: 1.25, value: (r) => r.implementers.join(', ') },
  { header: 'Linked risks', width: 22, pdfWidth: 1.05, value: (r) => r.risks.join(', ') },
  { header: 'Evidence', width: 22, pdfWidth: 1.05, value: (r) => r.evidence.join(', ') },
];

export type SoaDocumentMeta = {
  organisation: string;
  /** The approved version shown, or null for the current working draft. */
  version: z.infer<typeof ZSoaVersionSummary> | null;
};

async function renderPdf(rows: TSoaRow[], meta: SoaDocumentMeta): Promise<Buffer> {
  const v = meta.version;
  const w = await createPdf({
    title: v ? `Statement of Applicability v${v.number}` : 'Statement of Applicability (draft)',
    organisation: meta.organisation,
    subject: 'Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d)',
    layout: 'landscape',
  });
  w.title(
    'Statement of Applicability',
    `${meta.organisation} · ${v ? `Version ${v.number}` : 'Working draft — not approved'}`,
  );
  const count = (a: TApplicability) => rows.filter((r) => r.applicability === a).length;
  const totals = `${rows.length} controls: ${count('applicable')} applicable, ${count('not_applicable')} excluded${
    count('undecided') > 0 ? `, ${count('undecided')} undecided` : ''
  }`;
  w.keyValues(
    v
      ? [
          ['Version', String(v.number)],
          ['Approved by', `${v.approvedBy.fullName}, as ${v.approvedAs}`],
          ['Approved at', pdfDateTime(v.approvedAt)],
          ['SHA-256 of the snapshot', v.sha256],
          ['Controls', totals],
          ...(v.note ? ([['Note', v.note]] as [string, string][]) : []),
        ]
      : [
          ['Status', 'Working draft — not approved'],
          ['Controls', totals],
        ],
  );
  const columns: PdfColumn<TSoaRow>[] = COLUMNS.map((c, i) => ({
    header: c.header,
    width: c.pdfWidth,
    value: c.value,
    bold: i === 0,
  }));
  w.table(columns, rows, { fontSize: 7, empty: 'No controls.' });
  return w.finish();
}

/** The SoA as CSV, XLSX (one header row, one row per control) or a landscape PDF with a title block. */
export async function renderSoa(
  format: SoaFormat,
  rows: TSoaRow[],
  meta: SoaDocumentMeta,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const base = `statement-of-applicability-${meta.version ? `v${meta.version.number}` : 'draft'}`;
  const body =
    format === 'pdf'
      ? await renderPdf(rows, meta)
      : await renderTabular(
          format,
          'Statement of Applicability',
          COLUMNS.map((c): Column<TSoaRow> => ({ header: c.header, width: c.width, value: c.value })),
          rows,
        );
  return { body, fileName: downloadName(base, format), contentType: SOA_CONTENT_TYPES[format] };
}
