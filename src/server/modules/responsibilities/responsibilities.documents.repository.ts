import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { OrgUnitRow, RaciCellTable, RaciProcessRow, RoleRow } from '../../db/schema.js';

/**
 * Read-only queries behind the org chart and the printable documents. Lists of ids are sent in
 * chunks so neither dialect meets its bound-parameter limit on a large organisation.
 */

const CHUNK = 500;

async function inChunks<T>(ids: readonly string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(ids.slice(i, i + CHUNK))));
  return out;
}

/**
 * Who is on the chart: active people (or, as of a past day, those who had started and not yet
 * left), optionally only in some org units. Reporting lines are as recorded now.
 */
export type PeopleSelection = { unitIds?: string[]; day?: string };

/** The selection as a condition on the person table under alias `a`. */
function selected<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, s: PeopleSelection, a: 'p' | 'm') {
  const col = (name: string) => sql.ref<string | null>(`${a}.${name}`);
  const present = s.day
    ? eb.and([
        eb.or([eb(col('start_date'), 'is', null), eb(col('start_date'), '<=', s.day)]),
        eb.or([
          eb(col('status'), '=', 'active'),
          eb.and([eb(col('leave_date'), 'is not', null), eb(col('leave_date'), '>', s.day)]),
        ]),
      ])
    : eb(col('status'), '=', 'active');
  if (s.unitIds === undefined) return present;
  if (s.unitIds.length === 0) return eb.lit(false);
  return eb.and([present, eb(col('org_unit_id'), 'in', s.unitIds)]);
}

export type ChartPersonRow = {
  id: string;
  full_name: string;
  job_title: string | null;
  org_unit_id: string | null;
  manager_id: string | null;
};

const PERSON_COLUMNS = ['p.id', 'p.full_name', 'p.job_title', 'p.org_unit_id', 'p.manager_id'] as const;

export async function listOrgUnits(db: Db): Promise<OrgUnitRow[]> {
  return db.selectFrom('org_unit').selectAll().orderBy('name').orderBy('id').execute();
}

function rootsQuery(db: Db, s: PeopleSelection) {
  return db
    .selectFrom('person as p')
    .where((eb) => selected(eb, s, 'p'))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('person as m')
            .select(sql<number>`1`.as('one'))
            .whereRef('m.id', '=', 'p.manager_id')
            .where((e2) => selected(e2, s, 'm')),
        ),
      ),
    );
}

/** Selected people whose manager is not selected (or who have none): the top of the chart. */
export async function chartRoots(db: Db, s: PeopleSelection, limit: number): Promise<ChartPersonRow[]> {
  return rootsQuery(db, s).select(PERSON_COLUMNS).orderBy('p.full_name').orderBy('p.id').limit(limit).execute();
}

export async function countChartRoots(db: Db, s: PeopleSelection): Promise<number> {
  const row = await rootsQuery(db, s)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One selected person, if they are selected. */
export async function findChartPerson(db: Db, s: PeopleSelection, id: string): Promise<ChartPersonRow | undefined> {
  return db
    .selectFrom('person as p')
    .select(PERSON_COLUMNS)
    .where('p.id', '=', id)
    .where((eb) => selected(eb, s, 'p'))
    .executeTakeFirst();
}

/** How many selected direct reports each of these managers has. */
export async function reportCounts(db: Db, s: PeopleSelection, managerIds: string[]): Promise<Map<string, number>> {
  const rows = await inChunks(managerIds, (chunk) =>
    db
      .selectFrom('person as p')
      .select(['p.manager_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('p.manager_id', 'in', chunk)
      .where((eb) => selected(eb, s, 'p'))
      .groupBy('p.manager_id')
      .execute(),
  );
  return new Map(rows.map((r) => [r.manager_id!, Number(r.n)]));
}

/** The selected direct reports of these managers, by name; at most `limit` per call. */
export async function reportsOf(
  db: Db,
  s: PeopleSelection,
  managerIds: string[],
  limit: number,
): Promise<ChartPersonRow[]> {
  const rows = await inChunks(managerIds, (chunk) =>
    db
      .selectFrom('person as p')
      .select(PERSON_COLUMNS)
      .where('p.manager_id', 'in', chunk)
      .where((eb) => selected(eb, s, 'p'))
      .orderBy('p.full_name')
      .orderBy('p.id')
      .limit(limit)
      .execute(),
  );
  return rows.slice(0, limit);
}

export type BadgeRow = {
  person_id: string;
  role_key: string;
  role_name: string;
  role_position: number;
  kind: 'holder' | 'deputy';
  scope_type: string;
  scope_id: string | null;
};

/** Assignments of these people valid at `at`, except the given role (Employee), for badges. */
export async function assignmentsOfPeople(
  db: Db,
  personIds: string[],
  at: string,
  exceptRole: string,
): Promise<BadgeRow[]> {
  return inChunks(personIds, (chunk) =>
    db
      .selectFrom('assignment as a')
      .innerJoin('role as r', 'r.key', 'a.role_key')
      .select([
        'a.person_id',
        'a.role_key',
        'r.name as role_name',
        'r.position as role_position',
        'a.kind',
        'a.scope_type',
        'a.scope_id',
      ])
      .where('a.person_id', 'in', chunk)
      .where('a.role_key', '!=', exceptRole)
      .where('a.valid_from', '<=', at)
      .where((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>', at)]))
      .execute(),
  );
}

/** Roles in catalogue order, without those retired at or before `at`. */
export async function rolesAt(db: Db, at: string): Promise<RoleRow[]> {
  return db
    .selectFrom('role')
    .selectAll()
    .where((eb) => eb.or([eb('retired_at', 'is', null), eb('retired_at', '>', at)]))
    .orderBy('position')
    .orderBy('name')
    .execute();
}

export async function findRole(db: Db, key: string): Promise<RoleRow | undefined> {
  return db.selectFrom('role').selectAll().where('key', '=', key).executeTakeFirst();
}

export type HolderRow = {
  id: string;
  role_key: string;
  person_id: string;
  full_name: string;
  job_title: string | null;
  person_status: 'active' | 'leaver';
  kind: 'holder' | 'deputy';
  scope_type: string;
  scope_id: string | null;
  valid_from: string;
  acknowledged_at: string | null;
  acknowledged_version: number | null;
};

/** Assignments valid at `at` for these roles, with the person; by role, kind, name. */
export async function assignmentsOfRoles(db: Db, roleKeys: string[], at: string): Promise<HolderRow[]> {
  if (roleKeys.length === 0) return [];
  return db
    .selectFrom('assignment as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select([
      'a.id',
      'a.role_key',
      'a.person_id',
      'p.full_name',
      'p.job_title',
      'p.status as person_status',
      'a.kind',
      'a.scope_type',
      'a.scope_id',
      'a.valid_from',
      'a.acknowledged_at',
      'a.acknowledged_version',
    ])
    .where('a.role_key', 'in', roleKeys)
    .where('a.valid_from', '<=', at)
    .where((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>', at)]))
    .orderBy('a.role_key')
    .orderBy('a.kind')
    .orderBy('p.full_name')
    .orderBy('a.scope_type')
    .orderBy('a.valid_from')
    .execute();
}

/**
 * Acknowledgement of one role at `at`, counted in the database (the Employee role has a row per
 * person): assignments valid then, and how many of them had acknowledged text version
 * `textVersion` or later by then, from the assignment row or its acknowledgement history.
 */
export async function acknowledgementCounts(
  db: Db,
  roleKey: string,
  textVersion: number,
  at: string,
): Promise<{ assigned: number; acknowledged: number }> {
  const row = await db
    .selectFrom('assignment as a')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('assigned'),
      eb.fn
        .count<number | string>(
          eb
            .case()
            .when(
              eb.or([
                eb.and([
                  eb('a.acknowledged_version', '>=', textVersion),
                  eb('a.acknowledged_at', 'is not', null),
                  eb('a.acknowledged_at', '<=', at),
                ]),
                eb.exists(
                  eb
                    .selectFrom('assignment_ack as k')
                    .select(sql<number>`1`.as('one'))
                    .whereRef('k.assignment_id', '=', 'a.id')
                    .where('k.text_version', '>=', textVersion)
                    .where('k.acknowledged_at', '<=', at),
                ),
              ]),
            )
            .then(1)
            .end(),
        )
        .as('acknowledged'),
    ])
    .where('a.role_key', '=', roleKey)
    .where('a.valid_from', '<=', at)
    .where((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>', at)]))
    .executeTakeFirstOrThrow();
  return { assigned: Number(row.assigned), acknowledged: Number(row.acknowledged) };
}

/** The latest acknowledged text version of each assignment at `at`, from its history. */
export async function acknowledgedVersions(
  db: Db,
  assignmentIds: string[],
  at: string,
): Promise<Map<string, { version: number; at: string }>> {
  const rows = await inChunks(assignmentIds, (chunk) =>
    db
      .selectFrom('assignment_ack')
      .select(['assignment_id', 'text_version', 'acknowledged_at'])
      .where('assignment_id', 'in', chunk)
      .where('acknowledged_at', '<=', at)
      .execute(),
  );
  const out = new Map<string, { version: number; at: string }>();
  for (const r of rows) {
    const seen = out.get(r.assignment_id);
    if (!seen || r.text_version > seen.version)
      out.set(r.assignment_id, { version: r.text_version, at: r.acknowledged_at });
  }
  return out;
}

export async function raciProcesses(db: Db): Promise<RaciProcessRow[]> {
  return db.selectFrom('raci_process').selectAll().orderBy('position').orderBy('name').execute();
}

export async function raciCells(db: Db, roleKey?: string): Promise<RaciCellTable[]> {
  let q = db.selectFrom('raci_cell').selectAll();
  if (roleKey) q = q.where('role_key', '=', roleKey);
  return q.execute();
}

export async function orgUnitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await inChunks(ids, (chunk) =>
    db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', chunk).execute(),
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
