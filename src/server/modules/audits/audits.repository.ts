import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type {
  AuditEvidenceRow,
  AuditEvidenceTable,
  AuditItemRow,
  AuditItemTable,
  AuditProgrammeRow,
  AuditProgrammeTable,
  AuditRow,
  AuditTable,
} from '../../db/schema.js';

/** Queries of the audit programme, audits, their scope, checklist items and evidence. */

const PROGRAMME_ID = 'programme';
const chunks = <T>(xs: T[], n = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

// Programme ---------------------------------------------------------------------------------------

export async function findProgramme(db: Db): Promise<AuditProgrammeRow | undefined> {
  return db.selectFrom('audit_programme').selectAll().where('id', '=', PROGRAMME_ID).executeTakeFirst();
}

export async function insertProgramme(db: Db, row: Omit<AuditProgrammeTable, 'id' | 'version'>): Promise<void> {
  await db
    .insertInto('audit_programme')
    .values({ ...row, id: PROGRAMME_ID, version: 1 })
    .execute();
}

/** Updates the programme if it is still at `version`; false when someone saved it meanwhile. */
export async function updateProgramme(
  db: Db,
  version: number,
  patch: Partial<Omit<AuditProgrammeTable, 'id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('audit_programme')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', PROGRAMME_ID)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function frequencies(db: Db): Promise<{ item_type: string; item_id: string; frequency_months: number }[]> {
  return db
    .selectFrom('audit_programme_frequency')
    .select(['item_type', 'item_id', 'frequency_months'])
    .orderBy('item_type')
    .orderBy('item_id')
    .execute();
}

export async function setFrequency(
  db: Db,
  row: {
    item_type: string;
    item_id: string;
    frequency_months: number | null;
    updated_by: string | null;
    updated_at: string;
  },
): Promise<void> {
  await db
    .deleteFrom('audit_programme_frequency')
    .where('item_type', '=', row.item_type)
    .where('item_id', '=', row.item_id)
    .execute();
  if (row.frequency_months === null) return;
  await db
    .insertInto('audit_programme_frequency')
    .values({ ...row, frequency_months: row.frequency_months })
    .execute();
}

/** Every recorded result of a clause or control in audits that ran (for programme coverage). */
export async function recordedResults(
  db: Db,
): Promise<
  { item_type: string; item_id: string; result: string; recorded_at: string; audit_id: string; reference: string }[]
> {
  return db
    .selectFrom('audit_item as i')
    .innerJoin('audit as a', 'a.id', 'i.audit_id')
    .select(['i.item_type', 'i.item_id', 'i.result', 'i.recorded_at', 'a.id as audit_id', 'a.reference'])
    .where('i.item_type', 'in', ['clause', 'control'])
    .where('i.result', 'is not', null)
    .where('a.status', 'in', ['in_progress', 'completed'])
    .$narrowType<{ result: string; recorded_at: string }>()
    .execute();
}

/** Scope entries and unrecorded checklist items of audits not yet completed: what is planned. */
export async function plannedScope(
  db: Db,
): Promise<
  { audit_id: string; reference: string; planned_start: string; status: string; item_type: string; item_id: string }[]
> {
  const scope = db
    .selectFrom('audit_scope as s')
    .innerJoin('audit as a', 'a.id', 's.audit_id')
    .select(['a.id as audit_id', 'a.reference', 'a.planned_start', 'a.status', 's.item_type', 's.item_id'])
    .where('a.status', '=', 'planned')
    .where('s.item_type', 'in', ['clause', 'control']);
  const items = db
    .selectFrom('audit_item as i')
    .innerJoin('audit as a', 'a.id', 'i.audit_id')
    .select(['a.id as audit_id', 'a.reference', 'a.planned_start', 'a.status', 'i.item_type', 'i.item_id'])
    .where('a.status', '=', 'in_progress')
    .where('i.result', 'is', null)
    .where('i.item_type', 'in', ['clause', 'control']);
  return scope.unionAll(items).execute();
}

// Audits ------------------------------------------------------------------------------------------

export async function nextAuditNumber(db: Db): Promise<number> {
  const r = await db
    .selectFrom('audit')
    .select((eb) => eb.fn.max<number>('number').as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0) + 1;
}

export async function insertAudit(db: Db, row: Omit<AuditTable, 'version' | 'conclusion'>): Promise<void> {
  await db.insertInto('audit').values(row).execute();
}

export async function findAudit(db: Db, id: string): Promise<AuditRow | undefined> {
  return db.selectFrom('audit').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAuditByReference(db: Db, reference: string): Promise<AuditRow | undefined> {
  return db.selectFrom('audit').selectAll().where('reference', '=', reference).executeTakeFirst();
}

export async function auditLabels(db: Db, ids: string[]): Promise<{ id: string; reference: string; title: string }[]> {
  const out: { id: string; reference: string; title: string }[] = [];
  for (const part of chunks(ids))
    if (part.length)
      out.push(
        ...(await db.selectFrom('audit').select(['id', 'reference', 'title']).where('id', 'in', part).execute()),
      );
  return out;
}

export async function updateAudit(
  db: Db,
  id: string,
  version: number,
  patch: Omit<Updateable<AuditTable>, 'id' | 'number' | 'reference' | 'version' | 'created_at'>,
): Promise<boolean> {
  const r = await db
    .updateTable('audit')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type AuditFilter = { status?: string; q?: string; ids?: string[] };

/** A keyset page of audits, latest planned start first. */
export async function listAudits(
  db: Db,
  f: AuditFilter,
  after: { s: string; id: string } | undefined,
  limit: number,
): Promise<AuditRow[]> {
  if (f.ids && f.ids.length === 0) return [];
  let q = db.selectFrom('audit').selectAll();
  if (f.status) q = q.where('status', '=', f.status);
  if (f.ids) q = q.where('id', 'in', f.ids.slice(0, 1000));
  if (f.q) {
    const like = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['title']), 'like', like), eb(eb.fn('lower', ['reference']), 'like', like)]),
    );
  }
  if (after)
    q = q.where((eb) =>
      eb.or([eb('planned_start', '<', after.s), eb.and([eb('planned_start', '=', after.s), eb('id', '<', after.id)])]),
    );
  return q.orderBy('planned_start', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function scopeOf(
  db: Db,
  auditIds: string[],
): Promise<{ audit_id: string; item_type: string; item_id: string }[]> {
  const out: { audit_id: string; item_type: string; item_id: string }[] = [];
  for (const part of chunks(auditIds))
    if (part.length)
      out.push(...(await db.selectFrom('audit_scope').selectAll().where('audit_id', 'in', part).execute()));
  return out;
}

export async function replaceScope(db: Db, auditId: string, items: { item_type: string; item_id: string }[]) {
  await db.deleteFrom('audit_scope').where('audit_id', '=', auditId).execute();
  for (const part of chunks(items, 200))
    if (part.length)
      await db
        .insertInto('audit_scope')
        .values(part.map((i) => ({ audit_id: auditId, ...i })))
        .execute();
}

// Checklist ---------------------------------------------------------------------------------------

export async function insertItems(db: Db, rows: Omit<AuditItemTable, 'version' | 'notes'>[]): Promise<void> {
  for (const part of chunks(rows, 100)) if (part.length) await db.insertInto('audit_item').values(part).execute();
}

export async function findItem(db: Db, auditId: string, id: string): Promise<AuditItemRow | undefined> {
  return db
    .selectFrom('audit_item')
    .selectAll()
    .where('audit_id', '=', auditId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listItems(
  db: Db,
  auditId: string,
  result: string | undefined,
  after: { s: string; id: string } | undefined,
  limit: number,
): Promise<AuditItemRow[]> {
  let q = db.selectFrom('audit_item').selectAll().where('audit_id', '=', auditId);
  if (result === 'open') q = q.where('result', 'is', null);
  else if (result) q = q.where('result', '=', result);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('sort_key', '>', after.s), eb.and([eb('sort_key', '=', after.s), eb('id', '>', after.id)])]),
    );
  return q.orderBy('sort_key').orderBy('id').limit(limit).execute();
}

/** Every item of an audit in checklist order (the report; an audit has at most a few hundred). */
export async function allItems(db: Db, auditId: string): Promise<AuditItemRow[]> {
  return db
    .selectFrom('audit_item')
    .selectAll()
    .where('audit_id', '=', auditId)
    .orderBy('sort_key')
    .orderBy('id')
    .execute();
}

export async function updateItem(
  db: Db,
  id: string,
  version: number,
  patch: Omit<Updateable<AuditItemTable>, 'id' | 'audit_id' | 'version'>,
): Promise<boolean> {
  const r = await db
    .updateTable('audit_item')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Checklist counts per audit and result ('' for items without a result). */
export async function resultCounts(
  db: Db,
  auditIds: string[],
): Promise<{ audit_id: string; result: string | null; n: number }[]> {
  const out: { audit_id: string; result: string | null; n: number }[] = [];
  for (const part of chunks(auditIds))
    if (part.length)
      out.push(
        ...(
          await db
            .selectFrom('audit_item')
            .select(['audit_id', 'result', (eb) => eb.fn.countAll<number>().as('n')])
            .where('audit_id', 'in', part)
            .groupBy(['audit_id', 'result'])
            .execute()
        ).map((r) => ({ ...r, n: Number(r.n) })),
      );
  return out;
}

// Evidence ----------------------------------------------------------------------------------------

export async function insertEvidence(db: Db, row: AuditEvidenceTable): Promise<void> {
  await db.insertInto('audit_evidence').values(row).execute();
}

export async function evidenceOfItems(db: Db, itemIds: string[]): Promise<AuditEvidenceRow[]> {
  const out: AuditEvidenceRow[] = [];
  for (const part of chunks(itemIds))
    if (part.length)
      out.push(
        ...(await db
          .selectFrom('audit_evidence')
          .selectAll()
          .where('item_id', 'in', part)
          .orderBy('created_at')
          .orderBy('id')
          .execute()),
      );
  return out;
}

export async function findEvidence(db: Db, auditId: string, id: string): Promise<AuditEvidenceRow | undefined> {
  return db
    .selectFrom('audit_evidence')
    .selectAll()
    .where('audit_id', '=', auditId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function personNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(ids)]))
    if (part.length)
      for (const p of await db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', part).execute())
        out.set(p.id, p.full_name);
  return out;
}

/** Audits in one status (planned or running ones: a handful at a time). */
export async function auditsWithStatus(db: Db, status: string): Promise<AuditRow[]> {
  return db
    .selectFrom('audit')
    .selectAll()
    .where('status', '=', status)
    .orderBy('planned_start')
    .orderBy('id')
    .execute();
}
