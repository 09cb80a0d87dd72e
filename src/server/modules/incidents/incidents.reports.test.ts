import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TIncident } from '../../../contracts/incidents.js';
import { readPdf } from '../../testing/pdf-text.js';
import { renderIncidentRegister, renderIncidentReport, type IncidentExportRow } from './incidents.reports.js';

const NOW = '2026-03-10T12:00:00.000Z';
const ism = { id: 'p-ism', fullName: 'Ida Ism' };
const handler = { id: 'p-handler', fullName: 'Hal Handler' };
const reporter = { id: 'p-reporter', fullName: 'Rita Reporter' };

/** A high phishing incident being contained, reported openly by Rita and handled by Hal. */
function buildIncident(over: Partial<TIncident> = {}): TIncident {
  return {
    id: 'inc-1',
    reference: 'INC-0001',
    title: 'Phishing mail with credential form',
    status: 'open',
    classification: 'incident',
    severity: 'high',
    category: 'phishing',
    phase: 'contain',
    confidential: false,
    reporter,
    handler,
    occurredAt: '2026-03-01T08:00:00.000Z',
    reportedAt: '2026-03-01T09:00:00.000Z',
    triagedAt: '2026-03-01T10:00:00.000Z',
    resolvedAt: null,
    closedAt: null,
    nextDeadline: { kind: 'contain', dueAt: '2026-03-02T09:00:00.000Z', metAt: null, overdue: true },
    description: 'A mail asked staff to sign in on a look-alike page.',
    affected: 'Mailboxes of the finance team',
    reportedAsset: { id: 'a-1', reference: 'AST-0007', name: 'Mail service' },
    triageNote: 'Credentials may have been entered.',
    triagedBy: ism,
    handlerAssignmentId: 'as-1',
    deadlines: [
      { kind: 'triage', dueAt: '2026-03-02T09:00:00.000Z', metAt: '2026-03-01T10:00:00.000Z', overdue: false },
      { kind: 'contain', dueAt: '2026-03-02T09:00:00.000Z', metAt: null, overdue: true },
    ],
    links: [{ type: 'asset', id: 'a-1', reference: 'AST-0007', title: 'Mail service', status: 'Active' }],
    // Out of order on purpose: the report sorts by time.
    timeline: [
      {
        id: 't-2',
        kind: 'action',
        phase: 'contain',
        text: 'Blocked the sender domain',
        occurredAt: '2026-03-01T11:00:00.000Z',
        by: handler,
        recordedAt: '2026-03-01T11:05:00.000Z',
      },
      {
        id: 't-1',
        kind: 'report',
        phase: null,
        text: 'Reported',
        occurredAt: '2026-03-01T09:00:00.000Z',
        by: reporter,
        recordedAt: '2026-03-01T09:00:00.000Z',
      },
    ],
    communications: [
      {
        id: 'c-1',
        partyKind: 'authority',
        party: 'Data protection authority',
        channel: 'Portal',
        summary: 'Initial breach notification',
        reference: 'DPA-2026-77',
        communicatedAt: '2026-03-02T08:00:00.000Z',
        by: ism,
        recordedAt: '2026-03-02T08:10:00.000Z',
      },
    ],
    attachments: [
      {
        id: 'f-1',
        fileName: 'headers.eml',
        contentType: 'message/rfc822',
        size: 2048,
        sha256: 'ab'.repeat(32),
        addedBy: handler,
        addedAt: '2026-03-01T12:00:00.000Z',
      },
    ],
    lessonsLearned: '',
    outcome: '',
    closedBy: null,
    version: 3,
    can: { manage: true, respond: true, seeReporter: true },
    ...over,
  };
}

/** The confidential report as seen by someone other than the ISM: no reporter anywhere. */
const hiddenReporter = (i: TIncident): Partial<TIncident> => ({
  confidential: true,
  reporter: null,
  timeline: i.timeline.map((e) => (e.kind === 'report' ? { ...e, by: null } : e)),
});

function exportRow(i: TIncident, over: Partial<IncidentExportRow> = {}): IncidentExportRow {
  return { ...i, affected: i.affected, lessonsLearned: i.lessonsLearned, links: ['AST-0007', 'RSK-0003'], ...over };
}

describe('[INCIDENTS] register export', () => {
  const open = buildIncident();
  const secret = buildIncident({ id: 'inc-2', reference: 'INC-0002', title: '=cmd', ...hiddenReporter(open) });
  const closed = buildIncident({
    id: 'inc-3',
    reference: 'INC-0003',
    status: 'closed',
    phase: null,
    closedAt: '2026-03-05T16:30:00.000Z',
    nextDeadline: null,
    lessonsLearned: 'Train the finance team',
  });
  const rows = [exportRow(open), exportRow(secret), exportRow(closed, { links: [] })];

  it('writes CSV with UTC date-times, labels and a hidden confidential reporter', async () => {
    const out = await renderIncidentRegister('csv', rows, NOW);
    expect(out.contentType).toBe('text/csv; charset=utf-8');
    expect(out.fileName).toMatch(/^incident-register-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, first, second, third] = parse(out.body.toString('utf8').replace(/^\uFEFF/, ''));
    expect(header).toEqual([
      'Incident',
      'Title',
      'Status',
      'Classification',
      'Severity',
      'Category',
      'Phase',
      'Reporter',
      'Handler',
      'Occurred (UTC)',
      'Reported (UTC)',
      'Triaged (UTC)',
      'Resolved (UTC)',
      'Closed (UTC)',
      'Next deadline (UTC)',
      'Overdue',
      'Affected',
      'Linked',
      'Lessons learned',
    ]);
    expect(first).toEqual([
      'INC-0001',
      'Phishing mail with credential form',
      'Being handled',
      'Incident',
      'High',
      'Phishing or social engineering',
      'Contain',
      'Rita Reporter',
      'Hal Handler',
      '2026-03-01 08:00',
      '2026-03-01 09:00',
      '2026-03-01 10:00',
      '',
      '',
      'Contain 2026-03-02 09:00',
      'Yes',
      'Mailboxes of the finance team',
      'AST-0007, RSK-0003',
      '',
    ]);
    // A title starting with "=" stays text (CSV injection), and the reporter stays confidential.
    expect(second!.slice(0, 2)).toEqual(['INC-0002', "'=cmd"]);
    expect(second![7]).toBe('Confidential');
    expect(third).toMatchObject({
      2: 'Closed',
      13: '2026-03-05 16:30',
      14: '',
      15: 'No',
      17: '',
      18: 'Train the finance team',
    });
  });

  it('writes an XLSX workbook with a header row and one row per incident', async () => {
    const out = await renderIncidentRegister('xlsx', rows, NOW);
    expect(out.fileName).toMatch(/^incident-register-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(out.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Incidents');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).text).toBe('Incident');
    expect(sheet.getRow(2).getCell(1).text).toBe('INC-0001');
    expect(sheet.getRow(3).getCell(8).text).toBe('Confidential');
    expect(sheet.getRow(4).getCell(19).text).toBe('Train the finance team');
  });
});

describe('[INCIDENTS] incident report PDF', () => {
  const printedAt = new Date(NOW);

  it('prints the record of an open incident, marked as not final', async () => {
    const pdf = readPdf(await renderIncidentReport(buildIncident(), { organisation: 'Acme', printedAt }));
    expect(pdf.lines).toContain('Incident report INC-0001');
    expect(pdf.lines).toContain('Phishing mail with credential form');
    expect(pdf.text).toContain('this report is not final');
    expect(pdf.lines).toContain('Rita Reporter');
    expect(pdf.lines).toContain('Blocked the sender domain');
    // Time order: the report comes before the action taken after it.
    expect(pdf.lines.indexOf('Reported')).toBeLessThan(pdf.lines.indexOf('Blocked the sender domain'));
    expect(pdf.lines).toContain('Initial breach notification');
    expect(pdf.lines).toContain('DPA-2026-77');
    // A table cell wraps over several drawn lines.
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('Supervisory authority or regulator: Data protection authority');
    expect(pdf.lines).toContain('Open, overdue');
    expect(pdf.lines).toContain('On time');
    expect(pdf.lines).toContain('headers.eml');
    expect(pdf.lines).toContain('Credentials may have been entered.');
    // Nothing learned yet, nothing told: a short line instead of a blank.
    expect(pdf.lines.filter((l) => l === 'None recorded.')).toHaveLength(2);
    expect(pdf.lines).toContain('Printed 10 March 2026, 12:00 UTC');
  });

  it('prints a closed incident as final, with its lessons learned and outcome', async () => {
    const i = buildIncident({
      status: 'closed',
      phase: null,
      resolvedAt: '2026-03-04T10:00:00.000Z',
      closedAt: '2026-03-05T16:30:00.000Z',
      closedBy: ism,
      nextDeadline: null,
      lessonsLearned: 'Train the finance team on look-alike domains',
      outcome: 'Thank you: the mail was blocked',
      communications: [],
      links: [],
      attachments: [],
    });
    const pdf = readPdf(await renderIncidentReport(i, { organisation: 'Acme', printedAt }));
    expect(pdf.text).not.toContain('not final');
    expect(pdf.lines).toContain('Train the finance team on look-alike domains');
    expect(pdf.lines).toContain('Thank you: the mail was blocked');
    expect(pdf.lines).toContain('5 March 2026, 16:30 UTC by Ida Ism');
    expect(pdf.lines.filter((l) => l === 'None recorded.')).toHaveLength(3);
  });

  it('names no one for a confidential report the reader may not see', async () => {
    const open = buildIncident();
    const i = buildIncident(hiddenReporter(open));
    const pdf = readPdf(await renderIncidentReport(i, { organisation: 'Acme', printedAt }));
    expect(pdf.lines).toContain('Confidential');
    expect(pdf.text).not.toContain('Rita Reporter');
    // The ISM's copy names the reporter and says the report was confidential.
    const own = readPdf(await renderIncidentReport(buildIncident({ confidential: true }), { organisation: 'Acme' }));
    expect(own.lines).toContain('Rita Reporter (confidential report)');
  });
});
