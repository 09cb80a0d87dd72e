import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.js';
import type {
  Database,
  IncidentAttachmentRow,
  IncidentAttachmentTable,
  IncidentCommunicationRow,
  IncidentCommunicationTable,
  IncidentEntryRow,
  IncidentEntryTable,
  IncidentLinkRow,
  IncidentRow,
  IncidentSettingsTable,
  IncidentTable,
} from '../../db/schema.js';

// Incidents, their timeline, communications, attachments and links, and the deadline settings.
// The handler is not a column: it is the ledger's Incident Handler for the incident, read here
// only as a subquery so that lists filter and page in SQL.

export const HANDLER = 'incident_handler';
const SETTINGS_ID = 'settings';

const chunks = <T>(xs: T[], n = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

// Settings ---------------------------------------------------------------------------------------

export async function findSettings(db: Db) {
  return db.selectFrom('incident_settings').selectAll().where('id', '=', SETTINGS_ID).executeTakeFirst();
}

export async function insertSettings(db: Db, row: Omit<Insertable<IncidentSettingsTable>, 'id'>): Promise<void> {
  await db
    .insertInto('incident_settings')
    .values({ ...row, id: SETTINGS_ID })
    .execute();
}

export async function updateSettings(
  db: Db,
  version: number,
  patch: Pick<IncidentSettingsTable, 'triage_hours' | 'close_days' | 'severities' | 'updated_by' | 'updated_at'>,
): Promise<boolean> {
  const r = await db
    .updateTable('incident_settings')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', SETTINGS_ID)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// Incidents --------------------------------------------------------------------------------------

export async function nextNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('incident')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertIncident(db: Db, row: Insertable<IncidentTable>): Promise<void> {
  await db.insertInto('incident').values(row).execute();
}

export async function findIncident(db: Db, id: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incident').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findIncidentByReference(db: Db, reference: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incident').selectAll().where('reference', '=', reference).executeTakeFirst();
}

export async function updateIncident(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Omit<IncidentRow, 'id' | 'number' | 'reference' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('incident')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type IncidentStatusFilter = 'reported' | 'open' | 'resolved' | 'closed' | 'unclosed';

/** A list filter with the handler resolved: a person id, or 'none' for incidents nobody handles. */
export type IncidentFilter = {
  now: string;
  status?: IncidentStatusFilter;
  classification?: string;
  severity?: string;
  category?: string;
  handler?: string;
  overdue?: boolean;
  q?: string;
  /** Only these incidents (a handler without the register's read right sees theirs). */
  ids?: string[];
  reporterId?: string;
  /** Reported at or after this instant, or not closed (the metrics window). */
  reportedSinceOrOpen?: string;
};
export type IncidentSort = 'reported' | 'reference' | 'severity' | 'deadline';
/** Keyset position: `n` a rank or the number, `v` the time the sort orders by, `i` the id. */
export type IncidentCursor = { n: number; v: string; i: string };

type Eb = ExpressionBuilder<Database & { n: Database['incident'] }, 'n'>;

/** Ids of incidents with a current Incident Handler (optionally one person). */
const handled = (eb: Eb, now: string, personId?: string) => {
  let q = eb
    .selectFrom('assignment as x')
    .select('x.scope_id')
    .where('x.role_key', '=', HANDLER)
    .where('x.scope_type', '=', 'incident')
    .where('x.kind', '=', 'holder')
    .where('x.scope_id', 'is not', null)
    .where('x.valid_from', '<=', now)
    .where((w) => w.or([w('x.valid_to', 'is', null), w('x.valid_to', '>', now)]));
  if (personId !== undefined) q = q.where('x.person_id', '=', personId);
  return q;
};

function where(eb: Eb, f: IncidentFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.status === 'unclosed') all.push(eb('n.status', '!=', 'closed'));
  else if (f.status) all.push(eb('n.status', '=', f.status));
  if (f.classification) all.push(eb('n.classification', '=', f.classification));
  if (f.severity) all.push(eb('n.severity', '=', f.severity));
  if (f.category) all.push(eb('n.category', '=', f.category));
  if (f.reporterId) all.push(eb('n.reporter_person_id', '=', f.reporterId));
  if (f.ids) all.push(f.ids.length > 0 ? eb('n.id', 'in', f.ids) : sql<SqlBool>`1 = 0`);
  if (f.handler === 'none') all.push(eb('n.id', 'not in', handled(eb, f.now)));
  else if (f.handler !== undefined) all.push(eb('n.id', 'in', handled(eb, f.now, f.handler)));
  if (f.overdue === true) all.push(eb.and([eb('n.next_due_at', 'is not', null), eb('n.next_due_at', '<', f.now)]));
  if (f.overdue === false) all.push(eb.or([eb('n.next_due_at', 'is', null), eb('n.next_due_at', '>=', f.now)]));
  if (f.reportedSinceOrOpen)
    all.push(eb.or([eb('n.reported_at', '>=', f.reportedSinceOrOpen), eb('n.status', '!=', 'closed')]));
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    all.push(
      eb.or(['n.reference', 'n.title'].map((c) => eb(sql`lower(${sql.ref(c)})`, 'like', sql`${like} escape '\\'`))),
    );
  }
  return all.length > 0 ? eb.and(all) : sql<SqlBool>`1 = 1`;
}

/** Critical first; untriaged (no severity yet) before low, since nobody has looked at them. */
const severityRank = () =>
  sql<number>`case ${sql.ref('n.severity')} when 'critical' then 0 when 'high' then 1 when 'medium' then 2 when 'low' then 4 else 3 end`;
/** Closed incidents have no deadline; they sort last. */
const dueKey = () => sql<string>`coalesce(${sql.ref('n.next_due_at')}, '9999')`;

function after(eb: Eb, sort: IncidentSort, c: IncidentCursor): Expression<SqlBool> {
  if (sort === 'reference') return eb('n.number', '>', c.n);
  if (sort === 'deadline')
    return eb.or([eb(dueKey(), '>', c.v), eb.and([eb(dueKey(), '=', c.v), eb('n.id', '>', c.i)])]);
  const tail = eb.or([eb('n.reported_at', '<', c.v), eb.and([eb('n.reported_at', '=', c.v), eb('n.id', '<', c.i)])]);
  if (sort === 'reported') return tail;
  const rank = severityRank();
  return eb.or([eb(rank, '>', c.n), eb.and([eb(rank, '=', c.n), tail])]);
}

/** One keyset page of incidents (limit + 1 rows tells the caller there are more). */
export async function listIncidents(
  db: Db,
  f: IncidentFilter,
  sort: IncidentSort,
  cursor: IncidentCursor | undefined,
  limit: number,
): Promise<IncidentRow[]> {
  let q = db
    .selectFrom('incident as n')
    .selectAll('n')
    .where((eb) => where(eb as unknown as Eb, f));
  if (cursor) q = q.where((eb) => after(eb as unknown as Eb, sort, cursor));
  if (sort === 'reference') q = q.orderBy('n.number');
  else if (sort === 'deadline') q = q.orderBy(dueKey()).orderBy('n.id');
  else {
    if (sort === 'severity') q = q.orderBy(severityRank());
    q = q.orderBy('n.reported_at', 'desc').orderBy('n.id', 'desc');
  }
  return q.limit(limit).execute();
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 4 };

/** The cursor that continues after `r` in `sort`. */
export function cursorOf(r: IncidentRow, sort: IncidentSort): IncidentCursor {
  if (sort === 'reference') return { n: r.number, v: '', i: r.id };
  if (sort === 'deadline') return { n: 0, v: r.next_due_at ?? '9999', i: r.id };
  return { n: sort === 'severity' ? (SEVERITY_RANK[r.severity ?? ''] ?? 3) : 0, v: r.reported_at, i: r.id };
}

/** Every incident matching the filter, in reference order (exports, duties, metrics). */
export async function allIncidents(db: Db, f: IncidentFilter): Promise<IncidentRow[]> {
  return db
    .selectFrom('incident as n')
    .selectAll('n')
    .where((eb) => where(eb as unknown as Eb, f))
    .orderBy('n.number')
    .execute();
}

/** Incidents not closed whose current deadline falls before `before` (reminders). */
export async function dueBefore(db: Db, before: string): Promise<IncidentRow[]> {
  return db
    .selectFrom('incident')
    .selectAll()
    .where('next_due_at', 'is not', null)
    .where('next_due_at', '<', before)
    .orderBy('next_due_at')
    .execute();
}

/** A reporter's own reports, newest first, one keyset page. */
export async function reportsOf(
  db: Db,
  reporterId: string,
  cursor: { v: string; i: string } | undefined,
  limit: number,
): Promise<IncidentRow[]> {
  let q = db.selectFrom('incident').selectAll().where('reporter_person_id', '=', reporterId);
  if (cursor)
    q = q.where((eb) =>
      eb.or([eb('reported_at', '<', cursor.v), eb.and([eb('reported_at', '=', cursor.v), eb('id', '<', cursor.i)])]),
    );
  return q.orderBy('reported_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function incidentLabels(
  db: Db,
  ids: string[],
): Promise<{ id: string; reference: string; title: string }[]> {
  const out: { id: string; reference: string; title: string }[] = [];
  for (const part of chunks([...new Set(ids)]))
    out.push(
      ...(await db.selectFrom('incident').select(['id', 'reference', 'title']).where('id', 'in', part).execute()),
    );
  return out;
}

// Timeline, communications, attachments, links ---------------------------------------------------

export async function insertEntry(db: Db, row: IncidentEntryTable): Promise<void> {
  await db.insertInto('incident_entry').values(row).execute();
}

export async function entriesOf(db: Db, incidentId: string): Promise<IncidentEntryRow[]> {
  return db
    .selectFrom('incident_entry')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('occurred_at')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertCommunication(db: Db, row: IncidentCommunicationTable): Promise<void> {
  await db.insertInto('incident_communication').values(row).execute();
}

export async function communicationsOf(db: Db, incidentId: string): Promise<IncidentCommunicationRow[]> {
  return db
    .selectFrom('incident_communication')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('communicated_at')
    .orderBy('id')
    .execute();
}

export async function insertAttachment(db: Db, row: IncidentAttachmentTable): Promise<void> {
  await db.insertInto('incident_attachment').values(row).execute();
}

export async function attachmentsOf(db: Db, incidentIds: string[]): Promise<IncidentAttachmentRow[]> {
  const out: IncidentAttachmentRow[] = [];
  for (const part of chunks(incidentIds))
    out.push(
      ...(await db
        .selectFrom('incident_attachment')
        .selectAll()
        .where('incident_id', 'in', part)
        .orderBy('created_at')
        .orderBy('id')
        .execute()),
    );
  return out;
}

export async function findAttachment(
  db: Db,
  incidentId: string,
  attachmentId: string,
): Promise<IncidentAttachmentRow | undefined> {
  return db
    .selectFrom('incident_attachment')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

export async function insertLink(db: Db, row: IncidentLinkRow): Promise<boolean> {
  const r = await db
    .insertInto('incident_link')
    .values(row)
    .onConflict((oc) => oc.columns(['incident_id', 'target_type', 'target_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function deleteLink(db: Db, incidentId: string, type: string, targetId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('incident_link')
    .where('incident_id', '=', incidentId)
    .where('target_type', '=', type)
    .where('target_id', '=', targetId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function linksOf(db: Db, incidentIds: string[]): Promise<IncidentLinkRow[]> {
  const out: IncidentLinkRow[] = [];
  for (const part of chunks(incidentIds))
    out.push(
      ...(await db
        .selectFrom('incident_link')
        .selectAll()
        .where('incident_id', 'in', part)
        .orderBy('created_at')
        .execute()),
    );
  return out;
}

export type LinkBrief = { id: string; reference: string; title: string; status: string };

/**
 * The linked assets, risks and nonconformities as the incident page shows them (read from their
 * tables: a link is a pointer, and this module never changes them).
 */
export async function linkBriefs(db: Db, type: string, ids: string[]): Promise<LinkBrief[]> {
  const out: LinkBrief[] = [];
  for (const part of chunks([...new Set(ids)])) {
    if (type === 'asset')
      out.push(
        ...(await db
          .selectFrom('asset')
          .select(['id', 'reference', 'name as title', 'status'])
          .where('id', 'in', part)
          .execute()),
      );
    else if (type === 'risk')
      out.push(
        ...(
          await db
            .selectFrom('risk')
            .select(['id', 'reference', 'title', 'closed_at'])
            .where('id', 'in', part)
            .execute()
        ).map((r) => ({ id: r.id, reference: r.reference, title: r.title, status: r.closed_at ? 'closed' : 'open' })),
      );
    else if (type === 'nonconformity')
      out.push(
        ...(await db
          .selectFrom('nonconformity')
          .select(['id', 'reference', 'title', 'status'])
          .where('id', 'in', part)
          .execute()),
      );
  }
  return out;
}

/** Incidents linked to objects of one type (e.g. the nonconformities an incident revealed), by object id. */
export async function incidentsLinking(
  db: Db,
  type: string,
  targetIds: string[],
): Promise<{ target_id: string; id: string; reference: string; title: string; status: string }[]> {
  const out: { target_id: string; id: string; reference: string; title: string; status: string }[] = [];
  for (const part of chunks([...new Set(targetIds)]))
    out.push(
      ...(await db
        .selectFrom('incident_link as l')
        .innerJoin('incident as i', 'i.id', 'l.incident_id')
        .select(['l.target_id', 'i.id', 'i.reference', 'i.title', 'i.status'])
        .where('l.target_type', '=', type)
        .where('l.target_id', 'in', part)
        .orderBy('i.number')
        .execute()),
    );
  return out;
}

/** The asset an incident was reported against, with its unit (to find its administrators). */
export async function assetsOf(
  db: Db,
  ids: string[],
): Promise<{ id: string; reference: string; name: string; org_unit_id: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('asset')
    .select(['id', 'reference', 'name', 'org_unit_id'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/**
 * The last Incident Handler of each incident, ended or not: a closed incident shows who handled
 * it (the role ends at closure; the ledger keeps the row).
 */
export async function lastHandlers(db: Db, incidentIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(incidentIds)]))
    for (const r of await db
      .selectFrom('assignment')
      .select(['scope_id', 'person_id'])
      .where('role_key', '=', HANDLER)
      .where('scope_type', '=', 'incident')
      .where('kind', '=', 'holder')
      .where('scope_id', 'in', part)
      .orderBy('valid_from')
      .orderBy('id')
      .execute())
      if (r.scope_id) out.set(r.scope_id, r.person_id);
  return out;
}

export async function personNames(db: Db, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wanted = [...new Set(ids.filter((x): x is string => typeof x === 'string'))];
  for (const part of chunks(wanted))
    for (const r of await db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', part).execute())
      out.set(r.id, r.full_name);
  return out;
}

/** Active people whose name or email matches (the handler picker beyond the administrators). */
export async function searchPeople(db: Db, q: string, limit: number): Promise<{ id: string; full_name: string }[]> {
  const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('person')
    .select(['id', 'full_name'])
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb(sql`lower(full_name)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(email)`, 'like', sql`${like} escape '\\'`),
      ]),
    )
    .orderBy('full_name')
    .limit(limit)
    .execute();
}

export async function activePerson(db: Db, id: string): Promise<{ id: string; full_name: string } | undefined> {
  return db
    .selectFrom('person')
    .select(['id', 'full_name'])
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
}
