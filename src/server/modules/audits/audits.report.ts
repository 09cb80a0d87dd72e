import { AUDIT_RESULT_LABELS, AUDIT_STATUS_LABELS, type TAudit, type TAuditItem } from '../../../contracts/audits.js';
import { createPdf, pdfDateTime } from '../../core/pdf.js';

export type ReportNc = {
  reference: string;
  title: string;
  severity: string;
  status: string;
  correctiveActions: { reference: string; title: string; status: string; dueDate: string }[];
};

const FINDINGS = ['major_nc', 'minor_nc', 'observation', 'improvement'] as const;

/**
 * The internal audit report (9.2.2 c-e): what was audited against which criteria, by whom, every
 * checklist result, the findings with their notes and evidence, the nonconformities raised and
 * their corrective actions, the conclusion and the lead auditor's sign-off. A draft until signed off.
 */
export async function renderAuditReport(
  a: TAudit,
  items: TAuditItem[],
  ncs: ReportNc[],
  meta: { organisation: string },
): Promise<Buffer> {
  const signed = a.signedOff !== null;
  const w = await createPdf({
    title: `Internal audit report ${a.reference}`,
    organisation: meta.organisation,
    subject: 'Internal audit report (ISO/IEC 27001:2022 9.2)',
  });
  w.title(
    `${a.reference} ${a.title}`,
    signed ? 'Internal audit report' : `Draft — ${AUDIT_STATUS_LABELS[a.status]}, not signed off`,
  );
  const lead = a.team.find((t) => t.lead);
  w.keyValues([
    ['Status', AUDIT_STATUS_LABELS[a.status]],
    ['Planned', `${a.plannedStart} to ${a.plannedEnd}`],
    ['Started', a.startedAt ? pdfDateTime(a.startedAt) : '—'],
    ['Lead auditor', lead?.person.fullName ?? a.lead?.fullName ?? '—'],
    ['Audit team', a.team.map((t) => t.person.fullName).join(', ') || '—'],
    ['Criteria', a.criteria || '—'],
  ]);
  if (a.objective) {
    w.heading('Objective', 2);
    w.paragraph(a.objective);
  }
  w.heading('Scope', 2);
  w.list(a.scope.map((s) => `${s.type.replace('_', ' ')}: ${s.label}`));

  w.heading('Summary of results', 2);
  const count = (r: string) => items.filter((i) => i.result === r).length;
  w.keyValues([
    ['Checklist items', String(items.length)],
    ...(['conforming', ...FINDINGS] as const).map((r): [string, string] => [AUDIT_RESULT_LABELS[r], String(count(r))]),
    ['Without a result', String(items.filter((i) => i.result === null).length)],
  ]);

  w.heading('Findings', 2);
  const findings = items.filter((i) => i.result !== null && i.result !== 'conforming');
  if (findings.length === 0)
    w.paragraph('No nonconformities, observations or opportunities for improvement.', { muted: true });
  for (const r of FINDINGS)
    for (const i of findings.filter((f) => f.result === r)) {
      w.heading(`${AUDIT_RESULT_LABELS[r]}: ${i.code ? `${i.code} ` : ''}${i.title}`, 3);
      if (i.notes) w.paragraph(i.notes);
      const facts: [string, string][] = [];
      if (i.recordedBy)
        facts.push(['Recorded', `${i.recordedBy.fullName}, ${i.recordedAt ? pdfDateTime(i.recordedAt) : ''}`]);
      if (i.nonconformity) facts.push(['Nonconformity', i.nonconformity.reference]);
      if (i.evidence.length > 0)
        facts.push([
          'Evidence',
          i.evidence
            .map((e) =>
              e.kind === 'file' ? `${e.title} (SHA-256 ${e.sha256?.slice(0, 16)}…)` : `${e.title} <${e.url}>`,
            )
            .join('; '),
        ]);
      if (facts.length) w.keyValues(facts);
    }

  w.heading('Nonconformities raised', 2);
  w.table(
    [
      { header: 'NC', width: 0.8, value: (n: ReportNc) => n.reference, bold: true },
      { header: 'Title', width: 2.6, value: (n) => n.title },
      { header: 'Severity', width: 0.8, value: (n) => n.severity },
      { header: 'Status', width: 1, value: (n) => n.status },
      {
        header: 'Corrective actions',
        width: 2.6,
        value: (n) =>
          n.correctiveActions.map((c) => `${c.reference} ${c.title} (${c.status}, due ${c.dueDate})`).join('; ') || '—',
      },
    ],
    ncs,
    { empty: 'No nonconformities were raised.' },
  );

  w.heading('Checklist', 2);
  w.table(
    [
      { header: 'Item', width: 0.8, value: (i: TAuditItem) => i.code || i.type.replace('_', ' '), bold: true },
      { header: 'Title', width: 2.4, value: (i) => i.title },
      { header: 'Result', width: 1.3, value: (i) => (i.result ? AUDIT_RESULT_LABELS[i.result] : 'No result') },
      { header: 'Notes', width: 3, value: (i) => i.notes },
    ],
    items,
  );

  w.heading('Conclusion and sign-off', 2);
  if (a.signedOff) {
    w.paragraph(a.conclusion);
    w.keyValues([
      ['Signed off by', `${a.signedOff.by.fullName} (lead auditor)`],
      ['Signed off at', pdfDateTime(a.signedOff.at)],
      ['Authority', `role:${a.signedOff.roleKey} for ${a.reference}`],
    ]);
  } else w.paragraph('Not signed off yet: this report is a draft and its results may still change.', { italic: true });
  return w.finish();
}
