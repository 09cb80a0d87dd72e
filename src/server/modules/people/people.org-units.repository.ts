import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { OrgUnitRow, OrgUnitTable } from '../../db/schema.js';

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Org units with their parent and the counts a list or detail shows. */
const orgUnitWithCounts = (db: Db) =>
  db
    .selectFrom('org_unit as u')
    .leftJoin('org_unit as p', 'p.id', 'u.parent_id')
    .selectAll('u')
    .select(['p.code as parent_code', 'p.name as parent_name'])
    .select((eb) => [
      eb
        .selectFrom('person')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('person.org_unit_id', '=', 'u.id')
        .where('person.status', '=', 'active')
        .as('people_count'),
      eb
        .selectFrom('org_unit as c')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('c.parent_id', '=', 'u.id')
        .as('child_count'),
    ]);

export type OrgUnitWithCounts = OrgUnitRow & {
  parent_code: string | null;
  parent_name: string | null;
  people_count: number | null;
  child_count: number | null;
};

export async function listOrgUnits(
  db: Db,
  f: { q?: string; parentId?: string; after?: { name: string; id: string } },
  limit: number,
): Promise<OrgUnitWithCounts[]> {
  let q = orgUnitWithCounts(db);
  if (f.q) {
    const like = likePattern(f.q);
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['u.code']), 'like', sql<string>`${like} escape '\\'`),
        eb(eb.fn('lower', ['u.name']), 'like', sql<string>`${like} escape '\\'`),
      ]),
    );
  }
  if (f.parentId === 'root') q = q.where('u.parent_id', 'is', null);
  else if (f.parentId) q = q.where('u.parent_id', '=', f.parentId);
  if (f.after) {
    const { name, id } = f.after;
    q = q.where((eb) => eb.or([eb('u.name', '>', name), eb.and([eb('u.name', '=', name), eb('u.id', '>', id)])]));
  }
  return q.orderBy('u.name', 'asc').orderBy('u.id', 'asc').limit(limit).execute();
}

export const findOrgUnitWithCounts = (db: Db, id: string) =>
  orgUnitWithCounts(db).where('u.id', '=', id).executeTakeFirst();

export const findOrgUnit = (db: Db, id: string) =>
  db.selectFrom('org_unit').selectAll().where('id', '=', id).executeTakeFirst();

export const findOrgUnitByCode = (db: Db, code: string) =>
  db.selectFrom('org_unit').selectAll().where('code', '=', code).executeTakeFirst();

/** Every unit with its active head count; the tree is bounded (units number in hundreds). */
export async function orgUnitTree(db: Db, limit: number) {
  return db
    .selectFrom('org_unit as u')
    .select(['u.id', 'u.code', 'u.name', 'u.parent_id', 'u.version'])
    .select((eb) =>
      eb
        .selectFrom('person')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('person.org_unit_id', '=', 'u.id')
        .where('person.status', '=', 'active')
        .as('people_count'),
    )
    .orderBy('u.name')
    .orderBy('u.id')
    .limit(limit)
    .execute();
}

/** id, code, parent of every unit: the tree walks (ancestors, descendants) run on this. */
export const allOrgUnitLinks = (db: Db) =>
  db.selectFrom('org_unit').select(['id', 'code', 'name', 'parent_id']).execute();

export async function insertOrgUnit(db: Db, row: OrgUnitTable): Promise<void> {
  await db.insertInto('org_unit').values(row).execute();
}

export async function insertOrgUnits(db: Db, rows: OrgUnitTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('org_unit')
      .values(rows.slice(i, i + 200))
      .execute();
}

/** Updates a unit if `version` is current; false on a stale write. */
export async function updateOrgUnit(
  db: Db,
  id: string,
  version: number,
  set: Partial<Pick<OrgUnitRow, 'code' | 'name' | 'parent_id' | 'updated_at'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('org_unit')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteOrgUnit(db: Db, id: string): Promise<boolean> {
  const r = await db.deleteFrom('org_unit').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Everyone in the unit, leavers included (they still point at it). */
export async function countPeopleIn(db: Db, orgUnitId: string): Promise<number> {
  const r = await db
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_unit_id', '=', orgUnitId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countChildren(db: Db, orgUnitId: string): Promise<number> {
  const r = await db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', orgUnitId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
