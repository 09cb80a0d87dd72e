import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { PersonInsert, PersonRow } from '../../db/schema.js';

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A person with their org unit and manager, in one indexed read. */
const personJoined = (db: Db) =>
  db
    .selectFrom('person as p')
    .leftJoin('org_unit as ou', 'ou.id', 'p.org_unit_id')
    .leftJoin('person as m', 'm.id', 'p.manager_id')
    .selectAll('p')
    .select([
      'ou.code as ou_code',
      'ou.name as ou_name',
      'm.full_name as m_full_name',
      'm.email as m_email',
      'm.status as m_status',
      'm.job_title as m_job_title',
      'm.org_unit_id as m_org_unit_id',
    ]);

export type PersonJoined = PersonRow & {
  ou_code: string | null;
  ou_name: string | null;
  m_full_name: string | null;
  m_email: string | null;
  m_status: 'active' | 'leaver' | null;
  m_job_title: string | null;
  m_org_unit_id: string | null;
};

export type PersonFilter = {
  q?: string;
  /** Any of these units (the unit and, when asked, its descendants). */
  orgUnitIds?: string[];
  status?: 'active' | 'leaver';
  managerId?: string;
  after?: { fullName: string; id: string };
};

/** Keyset on (full_name, id), which the person_name_idx index serves. */
export async function listPeople(db: Db, f: PersonFilter, limit: number): Promise<PersonJoined[]> {
  let q = personJoined(db);
  if (f.q) {
    const like = likePattern(f.q);
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['p.full_name']), 'like', sql<string>`${like} escape '\\'`),
        eb(eb.fn('lower', ['p.email']), 'like', sql<string>`${like} escape '\\'`),
        eb(eb.fn('lower', ['p.employee_id']), 'like', sql<string>`${like} escape '\\'`),
      ]),
    );
  }
  if (f.orgUnitIds) {
    const ids = f.orgUnitIds;
    q = ids.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('p.org_unit_id', 'in', ids);
  }
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.managerId) q = q.where('p.manager_id', '=', f.managerId);
  if (f.after) {
    const { fullName, id } = f.after;
    q = q.where((eb) =>
      eb.or([eb('p.full_name', '>', fullName), eb.and([eb('p.full_name', '=', fullName), eb('p.id', '>', id)])]),
    );
  }
  return q.orderBy('p.full_name', 'asc').orderBy('p.id', 'asc').limit(limit).execute();
}

export const findPersonJoined = (db: Db, id: string) => personJoined(db).where('p.id', '=', id).executeTakeFirst();

export const findPerson = (db: Db, id: string) =>
  db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();

export const findPersonByEmail = (db: Db, email: string) =>
  db.selectFrom('person').selectAll().where('email', '=', email).executeTakeFirst();

export const findPersonByEmployeeId = (db: Db, employeeId: string) =>
  db.selectFrom('person').selectAll().where('employee_id', '=', employeeId).executeTakeFirst();

export async function countDirectReports(db: Db, id: string): Promise<number> {
  const r = await db
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('manager_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The manager of a person (one hop of a reporting-line walk). */
export async function managerOf(db: Db, id: string): Promise<string | null | undefined> {
  const r = await db.selectFrom('person').select('manager_id').where('id', '=', id).executeTakeFirst();
  return r?.manager_id;
}

export async function insertPerson(db: Db, row: PersonInsert): Promise<void> {
  await db.insertInto('person').values(row).execute();
}

/** Multi-row inserts; 16 columns × 200 rows stays far below every dialect's parameter limit. */
export async function insertPeople(db: Db, rows: PersonInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('person')
      .values(rows.slice(i, i + 200))
      .execute();
}

export type PersonSet = Partial<
  Pick<
    PersonRow,
    | 'employee_id'
    | 'full_name'
    | 'email'
    | 'job_title'
    | 'org_unit_id'
    | 'manager_id'
    | 'status'
    | 'start_date'
    | 'leave_date'
    | 'absent_from'
    | 'absent_until'
    | 'updated_at'
  >
> & { source?: PersonRow['source'] };

/** Updates a person if `version` is current; false on a stale write. */
export async function updatePerson(db: Db, id: string, version: number, set: PersonSet): Promise<boolean> {
  const r = await db
    .updateTable('person')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const CHUNK = 500;

/** People by employee id, read in chunks of 500 so the parameter list stays small. */
export async function findPeopleByEmployeeIds(db: Db, ids: string[]): Promise<PersonRow[]> {
  const out: PersonRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    out.push(...(await db.selectFrom('person').selectAll().where('employee_id', 'in', part).execute()));
  }
  return out;
}

/** Id, employee id and email of people by email, in chunks. */
export async function findPeopleByEmails(db: Db, emails: string[]) {
  const out: { id: string; employee_id: string | null; email: string }[] = [];
  for (let i = 0; i < emails.length; i += CHUNK) {
    const part = emails.slice(i, i + CHUNK);
    out.push(
      ...(await db.selectFrom('person').select(['id', 'employee_id', 'email']).where('email', 'in', part).execute()),
    );
  }
  return out;
}

export async function findPeopleByIds(db: Db, ids: string[]): Promise<PersonRow[]> {
  const out: PersonRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    out.push(...(await db.selectFrom('person').selectAll().where('id', 'in', part).execute()));
  }
  return out;
}

/** Every reporting line (person → manager) the database holds; two short columns per person. */
export const managerEdges = (db: Db) =>
  db.selectFrom('person').select(['id', 'manager_id']).where('manager_id', 'is not', null).execute();

/** Active people of one source, keyset by id, for "absent from the HR file" checks. */
export const activeBySource = (db: Db, source: PersonRow['source'], afterId: string, limit: number) =>
  db
    .selectFrom('person')
    .selectAll()
    .where('source', '=', source)
    .where('status', '=', 'active')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();

/** People for an export, with the codes the import format needs, keyset on (full_name, id). */
export async function exportPage(db: Db, f: PersonFilter, limit: number) {
  const rows = await listPeople(db, f, limit);
  const ids = [...new Set(rows.map((r) => r.manager_id).filter((v): v is string => v !== null))];
  const managers = ids.length
    ? await db.selectFrom('person').select(['id', 'employee_id', 'email']).where('id', 'in', ids).execute()
    : [];
  const unitIds = [...new Set(rows.map((r) => r.org_unit_id).filter((v): v is string => v !== null))];
  const parents = unitIds.length
    ? await db
        .selectFrom('org_unit as u')
        .leftJoin('org_unit as p', 'p.id', 'u.parent_id')
        .select(['u.id', 'p.code as parent_code'])
        .where('u.id', 'in', unitIds)
        .execute()
    : [];
  return { rows, managers, parents };
}

/** How the import's diff names people: employee id, else email. */
export async function labelsOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows = await db.selectFrom('person').select(['id', 'employee_id', 'email']).where('id', 'in', part).execute();
    for (const r of rows) out.set(r.id, r.employee_id ?? r.email);
  }
  return out;
}
