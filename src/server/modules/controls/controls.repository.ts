import { sql, type Expression, type Insertable, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.js';
import type {
  CatalogueTable,
  ControlLinkTable,
  ControlRow,
  ControlTable,
  IsmsClauseTable,
  SoaVersionTable,
} from '../../db/schema.js';

// The catalogue, controls, their links and SoA versions. Tasks and evidence have their own
// repositories beside this one (controls.tasks.repository.ts, controls.evidence.repository.ts);
// the SoA only reads evidence references here.

const chunks = <T>(xs: T[], n = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

// Catalogue seed ---------------------------------------------------------------------------------

export async function catalogues(db: Db): Promise<CatalogueTable[]> {
  return db.selectFrom('catalogue').selectAll().execute();
}

/** Inserts the catalogue row or refreshes its name, version, source and count. */
export async function upsertCatalogue(db: Db, row: CatalogueTable): Promise<void> {
  await db
    .insertInto('catalogue')
    .values(row)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        kind: row.kind,
        name: row.name,
        version: row.version,
        source: row.source,
        item_count: row.item_count,
        loaded_at: row.loaded_at,
      }),
    )
    .execute();
}

/** Inserts controls whose reference is not there yet (another instance may be seeding too). */
export async function insertControlsIfMissing(db: Db, rows: Insertable<ControlTable>[]): Promise<void> {
  for (const part of chunks(rows, 100))
    if (part.length)
      await db
        .insertInto('control')
        .values(part)
        .onConflict((oc) => oc.doNothing())
        .execute();
}

export async function controlsOfCatalogue(
  db: Db,
  catalogueId: string,
): Promise<{ id: string; code: string; title: string; theme: string; sort_key: string }[]> {
  return db
    .selectFrom('control')
    .select(['id', 'code', 'title', 'theme', 'sort_key'])
    .where('catalogue_id', '=', catalogueId)
    .execute();
}

/** Catalogue data changed a control's title or theme (never its SoA decision). */
export async function refreshControlDefinition(
  db: Db,
  id: string,
  patch: { title: string; theme: string; sort_key: string; updated_at: string },
): Promise<void> {
  await db.updateTable('control').set(patch).where('id', '=', id).execute();
}

export async function upsertClauses(db: Db, rows: IsmsClauseTable[]): Promise<void> {
  for (const part of chunks(rows, 100))
    if (part.length)
      await db
        .insertInto('isms_clause')
        .values(part)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            catalogue_id: eb.ref('excluded.catalogue_id'),
            parent_id: eb.ref('excluded.parent_id'),
            title: eb.ref('excluded.title'),
            mandatory_documented_information: eb.ref('excluded.mandatory_documented_information'),
            evidence: eb.ref('excluded.evidence'),
            sort_key: eb.ref('excluded.sort_key'),
          })),
        )
        .execute();
}

export async function clauses(db: Db): Promise<IsmsClauseTable[]> {
  return db.selectFrom('isms_clause').selectAll().execute();
}

// Controls ----------------------------------------------------------------------------------------

/** What SQL filters before the service works out owners and health in memory. */
export type ControlFilter = {
  q?: string;
  theme?: string;
  applicable?: 0 | 1 | null;
  status?: string;
  custom?: boolean;
};

/** Every control in use (not retired) matching the filter; the catalogue is small (≤ a few hundred). */
export async function liveControls(db: Db, f: ControlFilter = {}): Promise<ControlRow[]> {
  return db
    .selectFrom('control as c')
    .selectAll('c')
    .where('c.retired_at', 'is', null)
    .where((eb) => {
      const all: Expression<SqlBool>[] = [];
      if (f.q) {
        const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
        all.push(
          eb.or(
            ['c.reference', 'c.title'].map((col) => eb(sql`lower(${sql.ref(col)})`, 'like', sql`${like} escape '\\'`)),
          ),
        );
      }
      if (f.theme) all.push(eb('c.theme', '=', f.theme));
      if (f.status) all.push(eb('c.status', '=', f.status));
      if (f.applicable === null) all.push(eb('c.applicable', 'is', null));
      else if (f.applicable !== undefined) all.push(eb('c.applicable', '=', f.applicable));
      if (f.custom !== undefined) all.push(eb('c.custom', '=', f.custom ? 1 : 0));
      return all.length > 0 ? eb.and(all) : sql<SqlBool>`1 = 1`;
    })
    .execute();
}

export async function findControl(db: Db, id: string): Promise<ControlRow | undefined> {
  return db.selectFrom('control').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function controlIdByReference(db: Db, reference: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('control')
    .select('id')
    .where(sql`upper(reference)`, '=', reference.toUpperCase())
    .executeTakeFirst();
  return row?.id;
}

export async function insertControl(db: Db, row: Insertable<ControlTable>): Promise<void> {
  await db.insertInto('control').values(row).execute();
}

/** Optimistic update: false when the version moved on. */
export async function updateControl(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Omit<ControlRow, 'id' | 'version' | 'catalogue_id' | 'reference' | 'code' | 'custom'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('control')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function bumpCatalogueCount(db: Db, catalogueId: string): Promise<void> {
  await db
    .updateTable('catalogue')
    .set((eb) => ({ item_count: eb('item_count', '+', 1) }))
    .where('id', '=', catalogueId)
    .execute();
}

/** Labels for the ledger: "A.5.1 Policies for information security". */
export async function controlLabels(
  db: Db,
  ids: string[],
): Promise<{ id: string; reference: string; title: string }[]> {
  const out: { id: string; reference: string; title: string }[] = [];
  for (const part of chunks(ids))
    if (part.length)
      out.push(
        ...(await db.selectFrom('control').select(['id', 'reference', 'title']).where('id', 'in', part).execute()),
      );
  return out;
}

/** Applicable controls in use: those that must have an owner. */
export async function applicableControlLabels(db: Db): Promise<{ id: string; reference: string; title: string }[]> {
  return db
    .selectFrom('control')
    .select(['id', 'reference', 'title'])
    .where('retired_at', 'is', null)
    .where('applicable', '=', 1)
    .execute();
}

export async function countUndecided(db: Db): Promise<number> {
  const row = await db
    .selectFrom('control')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('retired_at', 'is', null)
    .where('applicable', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

// Links -------------------------------------------------------------------------------------------

export const RISK = 'risk';
export const RISK_ACTION = 'risk_action';

export async function linksOf(db: Db, controlId: string): Promise<{ target_type: string; target_id: string }[]> {
  return db
    .selectFrom('control_link')
    .select(['target_type', 'target_id'])
    .where('control_id', '=', controlId)
    .execute();
}

export async function linkedRisks(
  db: Db,
  controlId: string,
): Promise<{ id: string; reference: string; title: string }[]> {
  return db
    .selectFrom('control_link as l')
    .innerJoin('risk as r', 'r.id', 'l.target_id')
    .select(['r.id', 'r.reference', 'r.title'])
    .where('l.control_id', '=', controlId)
    .where('l.target_type', '=', RISK)
    .orderBy('r.number')
    .execute();
}

export async function linkedRiskActions(
  db: Db,
  controlId: string,
): Promise<{ id: string; title: string; status: string; risk_id: string; risk_reference: string }[]> {
  return db
    .selectFrom('control_link as l')
    .innerJoin('risk_action as a', 'a.id', 'l.target_id')
    .innerJoin('risk as r', 'r.id', 'a.risk_id')
    .select(['a.id', 'a.title', 'a.status', 'a.risk_id', 'r.reference as risk_reference'])
    .where('l.control_id', '=', controlId)
    .where('l.target_type', '=', RISK_ACTION)
    .orderBy('r.number')
    .orderBy('a.created_at')
    .execute();
}

/** Controls linked to a risk, directly or through one of its treatment actions. */
export async function controlsOfRisk(
  db: Db,
  riskId: string,
): Promise<
  {
    id: string;
    reference: string;
    title: string;
    applicable: number | null;
    status: string;
    sort_key: string;
    via: string;
  }[]
> {
  const direct = db
    .selectFrom('control_link as l')
    .innerJoin('control as c', 'c.id', 'l.control_id')
    .select(['c.id', 'c.reference', 'c.title', 'c.applicable', 'c.status', 'c.sort_key', 'l.target_type as via'])
    .where('l.target_type', '=', RISK)
    .where('l.target_id', '=', riskId);
  const viaActions = db
    .selectFrom('control_link as l')
    .innerJoin('control as c', 'c.id', 'l.control_id')
    .innerJoin('risk_action as a', 'a.id', 'l.target_id')
    .select(['c.id', 'c.reference', 'c.title', 'c.applicable', 'c.status', 'c.sort_key', 'l.target_type as via'])
    .where('l.target_type', '=', RISK_ACTION)
    .where('a.risk_id', '=', riskId);
  return direct.unionAll(viaActions).execute();
}

/** Every control's linked risk references (for the SoA). */
export async function allRiskReferences(db: Db): Promise<{ control_id: string; reference: string; number: number }[]> {
  return db
    .selectFrom('control_link as l')
    .innerJoin('risk as r', 'r.id', 'l.target_id')
    .select(['l.control_id', 'r.reference', 'r.number'])
    .where('l.target_type', '=', RISK)
    .execute();
}

export async function existingRiskIds(db: Db, ids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunks(ids))
    if (part.length)
      for (const r of await db.selectFrom('risk').select('id').where('id', 'in', part).execute()) out.add(r.id);
  return out;
}

export async function existingRiskActionIds(db: Db, ids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunks(ids))
    if (part.length)
      for (const r of await db.selectFrom('risk_action').select('id').where('id', 'in', part).execute()) out.add(r.id);
  return out;
}

export async function deleteLinks(db: Db, controlId: string, type: string, ids: string[]): Promise<void> {
  for (const part of chunks(ids))
    if (part.length)
      await db
        .deleteFrom('control_link')
        .where('control_id', '=', controlId)
        .where('target_type', '=', type)
        .where('target_id', 'in', part)
        .execute();
}

export async function insertLinks(db: Db, rows: ControlLinkTable[]): Promise<void> {
  for (const part of chunks(rows, 200)) if (part.length) await db.insertInto('control_link').values(part).execute();
}

// Evidence (read only) ------------------------------------------------------------------------

/** References of evidence valid on `today` (not archived, not expired), per control. */
export async function validEvidenceReferences(
  db: Db,
  today: string,
): Promise<{ control_id: string; reference: string; number: number }[]> {
  return db
    .selectFrom('control_evidence')
    .select(['control_id', 'reference', 'number'])
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
    .execute();
}

// People and roles ------------------------------------------------------------------------------

export async function personNames(db: Db, ids: string[]): Promise<{ id: string; full_name: string }[]> {
  const out: { id: string; full_name: string }[] = [];
  for (const part of chunks([...new Set(ids)]))
    if (part.length)
      out.push(...(await db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', part).execute()));
  return out;
}

export async function roleNames(db: Db, keys: string[]): Promise<{ key: string; name: string }[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  return db.selectFrom('role').select(['key', 'name']).where('key', 'in', unique).execute();
}

// SoA versions ----------------------------------------------------------------------------------

export type SoaVersionRow = SoaVersionTable;
type SoaSummaryRow = Omit<SoaVersionTable, 'snapshot'>;

const SUMMARY_COLUMNS = [
  'number',
  'note',
  'sha256',
  'control_count',
  'applicable_count',
  'approved_by',
  'approved_role_key',
  'approved_assignment_id',
  'approved_at',
] as const;

export async function latestSoaVersion(db: Db): Promise<SoaVersionRow | undefined> {
  return db.selectFrom('soa_version').selectAll().orderBy('number', 'desc').limit(1).executeTakeFirst();
}

export async function soaVersion(db: Db, number: number): Promise<SoaVersionRow | undefined> {
  return db.selectFrom('soa_version').selectAll().where('number', '=', number).executeTakeFirst();
}

/** Newest first; `before` is the number of the last version on the previous page. */
export async function listSoaVersions(db: Db, before: number | undefined, limit: number): Promise<SoaSummaryRow[]> {
  let q = db.selectFrom('soa_version').select(SUMMARY_COLUMNS);
  if (before !== undefined) q = q.where('number', '<', before);
  return q.orderBy('number', 'desc').limit(limit).execute();
}

export async function nextSoaNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('soa_version')
    .select((eb) => eb.fn.max<number | null>('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertSoaVersion(db: Db, row: SoaVersionTable): Promise<void> {
  await db.insertInto('soa_version').values(row).execute();
}
