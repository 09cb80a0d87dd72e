import { createPdf, PDF_COLORS, pdfDate, pdfDateTime, type PdfColumn, type PdfWriter } from '../../core/pdf.js';

/**
 * The printed documents of clause 5.3: a role description (one role, like a job description)
 * and "Roles and responsibilities" (every role, the RACI matrix, acknowledgements, vacancies).
 * Pure rendering: the service gathers the data.
 */

export type AckState = 'acknowledged' | 'outdated' | 'pending' | 'partial';

export type HolderLine = {
  personName: string;
  jobTitle: string | null;
  leaver: boolean;
  kind: 'holder' | 'deputy';
  scope: string;
  since: string;
  ack: {
    state: AckState;
    at: string | null;
    /** The text version acknowledged, if any. */
    version: number | null;
    /** The role's current text version. */
    current: number;
    /** Grouped object scopes: how many of the assignments are acknowledged. */
    partial?: { acknowledged: number; of: number };
  };
};

export type RaciLine = { processId: string; process: string; position: number; isoRefs: string[]; value: string };

export type RoleSection = {
  key: string;
  name: string;
  summary: string;
  responsibilities: string[];
  decisions: string[];
  /** What the role lets its holders do in Remit (enforced). */
  rights: string[];
  scopeTypes: string[];
  exclusive: boolean;
  textVersion: number;
  textUpdatedAt: string;
  retiredAt: string | null;
  holders: HolderLine[];
  /** The Employee role: held by everyone, so counted rather than listed. */
  everyone: { assigned: number; acknowledged: number } | null;
  raci: RaciLine[];
};

export const ISO_CLAUSE = 'ISO/IEC 27001:2022 clause 5.3';

const RACI_WORDS: Record<string, string> = {
  A: 'Accountable',
  R: 'Responsible',
  'A/R': 'Accountable and responsible',
  C: 'Consulted',
  I: 'Informed',
};

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

function ackText(a: HolderLine['ack']): string {
  switch (a.state) {
    case 'acknowledged':
      return `Acknowledged v${a.version ?? a.current}${a.at ? ` · ${pdfDate(a.at, 'short')}` : ''}`;
    case 'outdated':
      return `Acknowledged v${a.version} only; v${a.current} pending`;
    case 'partial':
      return `${a.partial?.acknowledged ?? 0} of ${a.partial?.of ?? 0} acknowledged (v${a.current})`;
    case 'pending':
      return a.partial ? `None of ${a.partial.of} acknowledged` : 'Not yet acknowledged';
  }
}

const ackColor = (a: HolderLine['ack']) =>
  a.state === 'acknowledged' ? PDF_COLORS.ok : a.state === 'pending' ? PDF_COLORS.bad : PDF_COLORS.warn;

const HOLDER_COLUMNS: PdfColumn<HolderLine>[] = [
  {
    header: 'Person',
    width: 2.5,
    value: (h) => `${h.personName}${h.leaver ? ' (leaver)' : ''}${h.jobTitle ? `\n${h.jobTitle}` : ''}`,
  },
  { header: 'As', width: 0.9, value: (h) => (h.kind === 'holder' ? 'Holder' : 'Deputy') },
  { header: 'Scope', width: 2.2, value: (h) => h.scope },
  { header: 'Since', width: 1.3, value: (h) => pdfDate(h.since, 'short') },
  { header: 'Acknowledgement', width: 3, value: (h) => ackText(h.ack), color: (h) => ackColor(h.ack) },
];

function holdersBlock(w: PdfWriter, role: RoleSection, at: string) {
  if (role.everyone) {
    const e = role.everyone;
    w.paragraph(
      `Applies to everyone in the organisation. On ${pdfDate(at)} ${e.assigned} ${e.assigned === 1 ? 'person holds' : 'people hold'} ` +
        `this role; ${e.acknowledged} (${percent(e.acknowledged, e.assigned)}) have acknowledged the current text ` +
        `(version ${role.textVersion}) and ${e.assigned - e.acknowledged} have not yet.`,
    );
    return;
  }
  const holders = role.holders.filter((h) => h.kind === 'holder').length;
  const deputies = role.holders.length - holders;
  w.paragraph(
    holders === 0
      ? `Vacant: nobody holds this role on ${pdfDate(at)}${deputies > 0 ? `; ${deputies} ${deputies === 1 ? 'deputy is' : 'deputies are'} named` : ''}.`
      : `${holders} ${holders === 1 ? 'holder' : 'holders'} and ${deputies} ${deputies === 1 ? 'deputy' : 'deputies'} on ${pdfDate(at)}.`,
    { muted: true },
  );
  w.table(HOLDER_COLUMNS, role.holders);
}

function roleBody(w: PdfWriter, role: RoleSection, at: string, level: 2 | 3) {
  w.heading('Purpose', level);
  w.paragraph(role.summary);
  w.heading('Responsibilities', level);
  w.list(role.responsibilities, { numbered: true });
  w.heading('Authorities and decisions', level);
  if (role.decisions.length > 0) w.list(role.decisions);
  else w.paragraph('This role takes no decisions of its own.', { muted: true, italic: true });
  if (role.rights.length > 0) {
    w.paragraph('In Remit, holders of this role may:', { muted: true });
    w.list(role.rights);
  }
  w.keyValues([
    ['Applies to', role.scopeTypes.join(', ') || '—'],
    ['Holders per scope', role.exclusive ? 'One at a time' : 'Any number'],
    ['Text version', `${role.textVersion} (last changed ${pdfDate(role.textUpdatedAt)})`],
    ...(role.retiredAt ? ([['Retired', pdfDate(role.retiredAt)]] as [string, string][]) : []),
  ]);
  // The heading, its sentence, the table's header and first row stay together.
  w.heading('Holders and deputies', level, { keepWithNext: 110 });
  holdersBlock(w, role, at);
}

/** One role as a job description. */
export async function renderRoleDocument(input: {
  organisation: string;
  printedAt: string;
  /** Set when the reader asked for a past date. */
  asOf: string | null;
  role: RoleSection;
}): Promise<Buffer> {
  const { role } = input;
  const at = input.asOf ?? input.printedAt;
  const w = await createPdf({
    title: `Role description: ${role.name}`,
    organisation: input.organisation,
    subject: `${role.name} (${ISO_CLAUSE})`,
    printedAt: new Date(input.printedAt),
  });
  w.title(role.name, `Role description · ${input.organisation} · ${ISO_CLAUSE}`);
  w.keyValues([
    ['Text version', `${role.textVersion}, printed ${pdfDateTime(input.printedAt)}`],
    ['Holders as of', input.asOf ? pdfDateTime(input.asOf) : 'the time of printing'],
    [
      'Acknowledgement',
      `Holders and deputies acknowledge version ${role.textVersion} of this text in Remit ("My responsibilities"); ` +
        'a change to the text asks them again.',
    ],
    ...(role.retiredAt ? ([['Status', `Retired on ${pdfDate(role.retiredAt)}`]] as [string, string][]) : []),
  ]);
  roleBody(w, role, at, 2);

  const involved = role.raci.filter((r) => r.value === 'A' || r.value === 'R' || r.value === 'A/R');
  w.heading('Processes this role is accountable or responsible for', 2);
  w.table(
    [
      { header: 'Process', width: 4, value: (r: RaciLine) => r.process },
      { header: 'ISO/IEC 27001 references', width: 2.2, value: (r: RaciLine) => r.isoRefs.join(', ') },
      { header: 'Role in it', width: 2.3, value: (r: RaciLine) => RACI_WORDS[r.value] ?? r.value, bold: true },
    ],
    involved,
    { empty: 'The RACI matrix makes this role accountable or responsible for no process.' },
  );
  const consulted = role.raci.filter((r) => r.value === 'C' || r.value === 'I');
  if (consulted.length > 0) {
    w.paragraph(
      `Also consulted on ${consulted.filter((r) => r.value === 'C').length} and informed of ` +
        `${consulted.filter((r) => r.value === 'I').length} processes (see the RACI matrix).`,
      { muted: true },
    );
  }
  return w.finish();
}

export type RaciMatrix = {
  processes: { id: string; name: string; isoRefs: string[] }[];
  cells: { processId: string; roleKey: string; value: string }[];
};

/** "Roles and responsibilities": the evidence an auditor asks for under clause 5.3. */
export async function renderResponsibilitiesDocument(input: {
  organisation: string;
  printedAt: string;
  asOf: string;
  roles: RoleSection[];
  raci: RaciMatrix;
}): Promise<Buffer> {
  const { roles, asOf } = input;
  const summary = roles.map((r) => {
    const counted = r.everyone ?? {
      assigned: r.holders.reduce((n, h) => n + (h.ack.partial?.of ?? 1), 0),
      acknowledged: r.holders.reduce(
        (n, h) => n + (h.ack.partial ? h.ack.partial.acknowledged : h.ack.state === 'acknowledged' ? 1 : 0),
        0,
      ),
    };
    return {
      role: r,
      holders: r.everyone ? r.everyone.assigned : r.holders.filter((h) => h.kind === 'holder').length,
      deputies: r.holders.filter((h) => h.kind === 'deputy').length,
      ...counted,
    };
  });
  const vacant = summary.filter((s) => !s.role.everyone && s.holders === 0);
  const listed = summary.filter((s) => !s.role.everyone);
  const assigned = listed.reduce((n, s) => n + s.assigned, 0);
  const acknowledged = listed.reduce((n, s) => n + s.acknowledged, 0);
  const everyone = summary.find((s) => s.role.everyone);

  const w = await createPdf({
    title: 'Roles and responsibilities',
    organisation: input.organisation,
    subject: `Roles and responsibilities (${ISO_CLAUSE})`,
    printedAt: new Date(input.printedAt),
  });
  w.cover({
    title: 'Roles and responsibilities',
    subtitle: `${ISO_CLAUSE}: organizational roles, responsibilities and authorities`,
    facts: [
      ['Organisation', input.organisation],
      ['As of', pdfDateTime(asOf)],
      ['Printed', pdfDateTime(input.printedAt)],
      ['Roles', String(roles.length)],
      ['ISMS role assignments', `${assigned} (holders and deputies, Employee role not counted)`],
      ['Acknowledged current text', `${acknowledged} of ${assigned} (${percent(acknowledged, assigned)})`],
      ...(everyone
        ? ([
            [
              'Employee role',
              `${everyone.acknowledged} of ${everyone.assigned} people acknowledged (${percent(everyone.acknowledged, everyone.assigned)})`,
            ],
          ] as [string, string][])
        : []),
      ['Vacant roles', vacant.length === 0 ? 'None' : vacant.map((v) => v.role.name).join(', ')],
    ],
    note:
      'Top management assigns the responsibilities and authorities for roles relevant to information security ' +
      'and makes sure they are communicated (ISO/IEC 27001:2022, 5.3). This document is produced by Remit from ' +
      'its responsibility ledger: the role texts in force, who held each role on the date above, whether they ' +
      'acknowledged the current text, and the RACI matrix. Every change behind it is on the audit trail.',
  });

  w.title('Roles', 'What each role is responsible for, the decisions it takes, and who holds it');
  w.paragraph(
    `The ${roles.length} roles follow, in the order of the role catalogue. Holders carry the role; deputies stand ` +
      'in for them when the holder says so. Acknowledgement shows whether each person confirmed the current ' +
      'text of the role.',
  );
  roles.forEach((role, i) => {
    if (i > 0) w.newPage();
    w.heading(`${i + 1}. ${role.name}`, 1);
    roleBody(w, role, asOf, 3);
  });

  const columns = roles.filter((r) => input.raci.cells.some((c) => c.roleKey === r.key));
  w.newPage('landscape');
  w.heading('RACI matrix', 1);
  w.paragraph(
    'R: responsible (does the work) · A: accountable (answers for the outcome; exactly one per process) · ' +
      'A/R: both · C: consulted · I: informed.',
    { muted: true, size: 9 },
  );
  const value = new Map(input.raci.cells.map((c) => [`${c.processId}|${c.roleKey}`, c.value]));
  type Row = RaciMatrix['processes'][number];
  w.table<Row>(
    [
      { header: 'Process', width: 3.2, value: (p) => p.name, bold: true },
      { header: 'ISO/IEC 27001', width: 1.3, value: (p) => p.isoRefs.join(', ') },
      ...columns.map((r): PdfColumn<Row> => ({
        header: r.name,
        width: 1.15,
        align: 'center',
        value: (p) => value.get(`${p.id}|${r.key}`) ?? '',
        color: (p) => (value.get(`${p.id}|${r.key}`)?.startsWith('A') ? PDF_COLORS.accent : undefined),
      })),
    ],
    input.raci.processes,
    { empty: 'No RACI matrix has been recorded.', fontSize: 8.5 },
  );

  w.newPage('portrait');
  w.heading('Acknowledgement summary', 1);
  w.paragraph(
    'Per role: the assignments valid on the as-of date (holders and deputies), how many of them acknowledged the ' +
      'current text of the role, and how many have not yet.',
    { muted: true },
  );
  type Sum = (typeof summary)[number];
  w.table<Sum>(
    [
      { header: 'Role', width: 2.8, value: (s) => s.role.name, bold: true },
      { header: 'Text', width: 0.7, align: 'center', value: (s) => `v${s.role.textVersion}` },
      { header: 'Holders', width: 1, align: 'right', value: (s) => s.holders },
      { header: 'Deputies', width: 1.05, align: 'right', value: (s) => (s.role.everyone ? '—' : s.deputies) },
      { header: 'Assigned', width: 1.1, align: 'right', value: (s) => s.assigned },
      { header: 'Acknowledged', width: 1.55, align: 'right', value: (s) => s.acknowledged },
      {
        header: 'Pending',
        width: 1,
        align: 'right',
        value: (s) => s.assigned - s.acknowledged,
        color: (s) => (s.assigned - s.acknowledged > 0 ? PDF_COLORS.bad : PDF_COLORS.ok),
      },
      { header: 'Rate', width: 0.8, align: 'right', value: (s) => percent(s.acknowledged, s.assigned) },
    ],
    summary,
  );

  w.heading('Vacant roles', 1);
  w.paragraph(`Roles nobody held on ${pdfDateTime(asOf)}.`, { muted: true });
  w.table<Sum>(
    [
      { header: 'Role', width: 2.5, value: (s) => s.role.name, bold: true },
      { header: 'Applies to', width: 2, value: (s) => s.role.scopeTypes.join(', ') },
      {
        header: 'Deputies named',
        width: 1.3,
        align: 'right',
        value: (s) => s.deputies,
      },
      { header: 'Purpose', width: 4.5, value: (s) => s.role.summary },
    ],
    vacant,
    { empty: 'No role is vacant: every role has at least one holder.' },
  );
  return w.finish();
}
