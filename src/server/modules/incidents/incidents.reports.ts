import {
  COMMUNICATION_PARTY_LABELS,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_PHASE_LABELS,
  INCIDENT_STATUS_LABELS,
  type TIncident,
  type TIncidentAttachment,
  type TIncidentCommunication,
  type TIncidentDeadline,
  type TIncidentLink,
  type TIncidentPersonRef,
  type TIncidentSummary,
  type TIncidentTimelineEntry,
} from '../../../contracts/incidents.js';
import { createPdf, pdfDate, pdfDateTime, PDF_COLORS, type PdfWriter } from '../../core/pdf.js';
import { CONTENT_TYPES, downloadName, renderTabular, type Column, type TabularFormat } from '../../core/tabular.js';

/** A register row: the summary plus what the register shows that the list does not. */
export type IncidentExportRow = TIncidentSummary & { affected: string; lessonsLearned: string; links: string[] };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "2026-03-01 14:05" in UTC; the headers say UTC so a spreadsheet reader need not guess. */
const stamp = (iso: string | null | undefined) =>
  iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '';
const ms = (iso: string) => new Date(iso).getTime();

/** Who reported it, as far as the caller may know: a confidential reporter hidden from them stays hidden. */
function reporterName(i: { reporter: TIncidentPersonRef | null; confidential: boolean }, none: string): string {
  if (i.reporter) return i.reporter.fullName;
  return i.confidential ? 'Confidential' : none;
}

function registerColumns(now: string): Column<IncidentExportRow>[] {
  return [
    { header: 'Incident', width: 11, value: (r) => r.reference },
    { header: 'Title', width: 40, value: (r) => r.title },
    { header: 'Status', width: 22, value: (r) => INCIDENT_STATUS_LABELS[r.status] },
    { header: 'Classification', width: 14, value: (r) => (r.classification ? capital(r.classification) : '') },
    { header: 'Severity', width: 10, value: (r) => (r.severity ? capital(r.severity) : '') },
    { header: 'Category', width: 28, value: (r) => (r.category ? INCIDENT_CATEGORY_LABELS[r.category] : '') },
    { header: 'Phase', width: 10, value: (r) => (r.phase ? INCIDENT_PHASE_LABELS[r.phase] : '') },
    { header: 'Reporter', width: 20, value: (r) => reporterName(r, '') },
    { header: 'Handler', width: 20, value: (r) => r.handler?.fullName ?? '' },
    { header: 'Occurred (UTC)', width: 17, value: (r) => stamp(r.occurredAt) },
    { header: 'Reported (UTC)', width: 17, value: (r) => stamp(r.reportedAt) },
    { header: 'Triaged (UTC)', width: 17, value: (r) => stamp(r.triagedAt) },
    { header: 'Resolved (UTC)', width: 17, value: (r) => stamp(r.resolvedAt) },
    { header: 'Closed (UTC)', width: 17, value: (r) => stamp(r.closedAt) },
    {
      header: 'Next deadline (UTC)',
      width: 24,
      value: (r) => (r.nextDeadline ? `${capital(r.nextDeadline.kind)} ${stamp(r.nextDeadline.dueAt)}` : ''),
    },
    // As of the moment of export, so the column agrees with the file's own date.
    {
      header: 'Overdue',
      width: 9,
      value: (r) =>
        r.status !== 'closed' && r.nextDeadline !== null && ms(r.nextDeadline.dueAt) < ms(now) ? 'Yes' : 'No',
    },
    { header: 'Affected', width: 30, value: (r) => r.affected },
    { header: 'Linked', width: 24, value: (r) => r.links.join(', ') },
    { header: 'Lessons learned', width: 40, value: (r) => r.lessonsLearned },
  ];
}

/** The incident register (A.5.24-5.28 records) as CSV or XLSX, one row per incident. */
export async function renderIncidentRegister(
  format: TabularFormat,
  rows: IncidentExportRow[],
  now: string,
): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  const body = await renderTabular(format, 'Incidents', registerColumns(now), rows);
  return { body, contentType: CONTENT_TYPES[format], fileName: downloadName('incident-register', format) };
}

// The PDF report ----------------------------------------------------------------------------------

const NONE = 'None recorded.';
/** "1 Mar 2026 14:05": tables are narrow; the column header says UTC. */
const when = (iso: string) => `${pdfDate(iso, 'short')} ${new Date(iso).toISOString().slice(11, 16)}`;
const byAt = (by: TIncidentPersonRef | null, at: string | null) =>
  at ? `${pdfDateTime(at)}${by ? ` by ${by.fullName}` : ''}` : '—';
const byName = (p: TIncidentPersonRef | null) => p?.fullName ?? 'Confidential';

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function deadlineState(d: TIncidentDeadline): string {
  // `overdue` is the contract's: not met and past due, or met after it was due.
  if (d.metAt) return d.overdue ? 'Late' : 'On time';
  return d.overdue ? 'Open, overdue' : 'Open';
}

/** Free text, or a short line saying there is none. */
function textOrNone(w: PdfWriter, text: string) {
  if (text.trim() === '') w.paragraph(NONE, { muted: true, italic: true });
  else w.paragraph(text);
}

function summary(i: TIncident): [string, string][] {
  const reporter = reporterName(i, '—');
  return [
    ['Status', INCIDENT_STATUS_LABELS[i.status]],
    ['Classification', i.classification ? capital(i.classification) : 'Not triaged yet'],
    ['Severity', i.severity ? capital(i.severity) : '—'],
    ['Category', i.category ? INCIDENT_CATEGORY_LABELS[i.category] : '—'],
    ['Phase', i.phase ? INCIDENT_PHASE_LABELS[i.phase] : '—'],
    // The ISM sees who made a confidential report; the report says it was confidential.
    ['Reporter', i.reporter && i.confidential ? `${reporter} (confidential report)` : reporter],
    ['Handler', i.handler?.fullName ?? '—'],
    ['Occurred', pdfDateTime(i.occurredAt)],
    ['Reported', pdfDateTime(i.reportedAt)],
    ['Triaged', byAt(i.triagedBy, i.triagedAt)],
    ['Resolved', i.resolvedAt ? pdfDateTime(i.resolvedAt) : '—'],
    ['Closed', byAt(i.closedBy, i.closedAt)],
  ];
}

function tables(w: PdfWriter, i: TIncident) {
  const empty = { empty: NONE };
  w.heading('Deadlines', 2);
  w.table(
    [
      { header: 'Deadline', width: 1, value: (d: TIncidentDeadline) => capital(d.kind), bold: true },
      { header: 'Due (UTC)', width: 1.4, value: (d) => when(d.dueAt) },
      { header: 'Met (UTC)', width: 1.4, value: (d) => (d.metAt ? when(d.metAt) : '') },
      {
        header: 'State',
        width: 1.2,
        value: deadlineState,
        color: (d) => (d.overdue ? PDF_COLORS.bad : d.metAt ? PDF_COLORS.ok : undefined),
      },
    ],
    i.deadlines,
    empty,
  );

  w.heading('Timeline', 2);
  const timeline = [...i.timeline].sort(
    (a, b) => ms(a.occurredAt) - ms(b.occurredAt) || ms(a.recordedAt) - ms(b.recordedAt),
  );
  w.table(
    [
      { header: 'When (UTC)', width: 1.6, value: (e: TIncidentTimelineEntry) => when(e.occurredAt) },
      { header: 'Kind', width: 1.1, value: (e) => capital(e.kind) },
      { header: 'Phase', width: 0.9, value: (e) => (e.phase ? INCIDENT_PHASE_LABELS[e.phase] : '') },
      { header: 'By', width: 1.4, value: (e) => byName(e.by) },
      { header: 'Entry', width: 4, value: (e) => e.text },
    ],
    timeline,
    empty,
  );

  w.heading('Communications', 2);
  const communications = [...i.communications].sort((a, b) => ms(a.communicatedAt) - ms(b.communicatedAt));
  w.table(
    [
      { header: 'When (UTC)', width: 1.6, value: (c: TIncidentCommunication) => when(c.communicatedAt) },
      { header: 'Party', width: 2, value: (c) => `${COMMUNICATION_PARTY_LABELS[c.partyKind]}: ${c.party}` },
      { header: 'Channel', width: 1, value: (c) => c.channel },
      { header: 'Reference', width: 1.4, value: (c) => c.reference },
      { header: 'Summary', width: 2.6, value: (c) => c.summary },
      { header: 'By', width: 1.3, value: (c) => c.by.fullName },
    ],
    communications,
    empty,
  );

  w.heading('Linked records', 2);
  w.table(
    [
      { header: 'Type', width: 1.2, value: (l: TIncidentLink) => capital(l.type) },
      { header: 'Reference', width: 1, value: (l) => l.reference, bold: true },
      { header: 'Title', width: 3.5, value: (l) => l.title },
      { header: 'Status', width: 1.3, value: (l) => l.status },
    ],
    i.links,
    empty,
  );

  w.heading('Attachments', 2);
  w.table(
    [
      { header: 'File', width: 1.8, value: (a: TIncidentAttachment) => a.fileName },
      { header: 'Size', width: 0.8, value: (a) => fileSize(a.size), align: 'right' },
      { header: 'SHA-256', width: 3, value: (a) => a.sha256 },
      { header: 'Added by', width: 1.3, value: (a) => byName(a.addedBy) },
      { header: 'Added (UTC)', width: 1.6, value: (a) => when(a.addedAt) },
    ],
    i.attachments,
    empty,
  );
}

/**
 * The incident report (A.5.26-5.28: the record of an incident, its response and the evidence):
 * summary, the report itself, deadlines, timeline, communications, links, attachments, triage
 * note, lessons learned and the outcome told to the reporter. Marked as not final until closed.
 */
export async function renderIncidentReport(
  incident: TIncident,
  opts: { organisation: string; printedAt?: Date },
): Promise<Buffer> {
  const i = incident;
  const w = await createPdf({
    title: `Incident report ${i.reference}`,
    organisation: opts.organisation,
    subject: 'Information security incident report (ISO/IEC 27001:2022 A.5.24-5.28)',
    ...(opts.printedAt ? { printedAt: opts.printedAt } : {}),
  });
  w.title(`Incident report ${i.reference}`, i.title);
  if (i.status !== 'closed') {
    w.paragraph('Open — this report is not final.', { italic: true });
    w.paragraph(`The incident is ${INCIDENT_STATUS_LABELS[i.status].toLowerCase()}; its record may still change.`, {
      muted: true,
    });
  }
  w.keyValues(summary(i));

  w.heading('The report', 2);
  w.heading('Description', 3);
  textOrNone(w, i.description);
  w.heading('Affected', 3);
  textOrNone(w, i.affected);
  w.keyValues([['Reported asset', i.reportedAsset ? `${i.reportedAsset.reference} ${i.reportedAsset.name}` : '—']]);

  tables(w, i);

  for (const [title, text] of [
    ['Triage note', i.triageNote],
    ['Lessons learned', i.lessonsLearned],
    ['Outcome told to the reporter', i.outcome],
  ] as const) {
    w.heading(title, 2);
    textOrNone(w, text);
  }
  return w.finish();
}
