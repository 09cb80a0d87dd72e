import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { EMPLOYEE_ROLE } from './data/role-catalogue.js';

type Eb = ExpressionBuilder<Database, 'assignment'>;

/** valid_from <= at < coalesce(valid_to, ∞) on the assignment table (or an alias of it). */
const currentAt =
  (at: string, t = 'assignment') =>
  (eb: Eb) =>
    eb.and([
      eb(sql.ref(`${t}.valid_from`), '<=', at),
      eb.or([eb(sql.ref(`${t}.valid_to`), 'is', null), eb(sql.ref(`${t}.valid_to`), '>', at)]),
    ]);

export async function activeRoles(
  db: Db,
): Promise<{ key: string; name: string; text_version: number; scope_types: string }[]> {
  return db
    .selectFrom('role')
    .select(['key', 'name', 'text_version', 'scope_types'])
    .where('retired_at', 'is', null)
    .where('key', '!=', EMPLOYEE_ROLE)
    .orderBy('position')
    .execute();
}

export async function rolesWithHolders(db: Db, at: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('assignment')
    .select('role_key')
    .distinct()
    .where('kind', '=', 'holder')
    .where(currentAt(at))
    .execute();
  return new Set(rows.map((r) => r.role_key));
}

/**
 * Key holder assignments (whole ISMS or an org unit) nobody can stand in for: no current deputy,
 * and no other current holder of the same role and scope (several system administrators of the
 * whole ISMS cover each other; a one-holder role needs a deputy).
 */
function withoutDeputyQuery(db: Db, at: string) {
  return db
    .selectFrom('assignment')
    .where('assignment.kind', '=', 'holder')
    .where('assignment.role_key', '!=', EMPLOYEE_ROLE)
    .where('assignment.scope_type', 'in', ['isms', 'org_unit'])
    .where(currentAt(at))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('assignment as d')
            .select(sql<number>`1`.as('one'))
            .whereRef('d.role_key', '=', 'assignment.role_key')
            .whereRef('d.scope_key', '=', 'assignment.scope_key')
            .whereRef('d.person_id', '!=', 'assignment.person_id')
            .where('d.valid_from', '<=', at)
            .where((e2) => e2.or([e2('d.valid_to', 'is', null), e2('d.valid_to', '>', at)])),
        ),
      ),
    );
}

function keyHoldersQuery(db: Db, at: string) {
  return db
    .selectFrom('assignment')
    .where('assignment.kind', '=', 'holder')
    .where('assignment.role_key', '!=', EMPLOYEE_ROLE)
    .where('assignment.scope_type', 'in', ['isms', 'org_unit'])
    .where(currentAt(at));
}

/** Current assignments whose acknowledgement is missing or older than the role's text. */
function unacknowledgedQuery(db: Db, at: string, employee: boolean) {
  return db
    .selectFrom('assignment')
    .innerJoin('role', 'role.key', 'assignment.role_key')
    .where('assignment.role_key', employee ? '=' : '!=', EMPLOYEE_ROLE)
    .where(currentAt(at))
    .where((eb) =>
      eb.or([
        eb('assignment.acknowledged_version', 'is', null),
        eb('assignment.acknowledged_version', '<', eb.ref('role.text_version')),
      ]),
    );
}

function currentQuery(db: Db, at: string, employee: boolean) {
  return db
    .selectFrom('assignment')
    .where('assignment.role_key', employee ? '=' : '!=', EMPLOYEE_ROLE)
    .where(currentAt(at));
}

function leaversHoldingQuery(db: Db, at: string) {
  return db
    .selectFrom('assignment')
    .innerJoin('person', 'person.id', 'assignment.person_id')
    .where('person.status', '=', 'leaver')
    .where(currentAt(at));
}

async function count<DB, TB extends keyof DB>(q: SelectQueryBuilder<DB, TB, object>): Promise<number> {
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number((row as { n: number | string }).n);
}

export type CoverageCounts = {
  noDeputy: number;
  keyHolders: number;
  unackRoles: number;
  currentRoles: number;
  unackEmployees: number;
  currentEmployees: number;
  leaversHolding: number;
  leavers: number;
  openHandovers: number;
};

export async function coverageCounts(db: Db, at: string): Promise<CoverageCounts> {
  const [
    noDeputy,
    keyHolders,
    unackRoles,
    currentRoles,
    unackEmployees,
    currentEmployees,
    leaversHolding,
    leavers,
    openHandovers,
  ] = await Promise.all([
    count(withoutDeputyQuery(db, at)),
    count(keyHoldersQuery(db, at)),
    count(unacknowledgedQuery(db, at, false)),
    count(currentQuery(db, at, false)),
    count(unacknowledgedQuery(db, at, true)),
    count(currentQuery(db, at, true)),
    leaversHoldingQuery(db, at)
      .select((eb) => eb.fn.count<number>('person.id').distinct().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n)),
    db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'leaver')
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n)),
    db
      .selectFrom('handover')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n)),
  ]);
  return {
    noDeputy,
    keyHolders,
    unackRoles,
    currentRoles,
    unackEmployees,
    currentEmployees,
    leaversHolding,
    leavers,
    openHandovers,
  };
}

/** People holding more ISMS assignments (holder or deputy, not Employee) than the threshold. */
export async function overloaded(db: Db, at: string, threshold: number): Promise<{ person_id: string; n: number }[]> {
  const rows = await db
    .selectFrom('assignment')
    .select(['person_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('role_key', '!=', EMPLOYEE_ROLE)
    .where(currentAt(at))
    .groupBy('person_id')
    .having((eb) => eb.fn.countAll(), '>', threshold)
    .orderBy('person_id')
    .execute();
  return rows.map((r) => ({ person_id: r.person_id, n: Number(r.n) }));
}

export async function countRoleHoldersPeople(db: Db, at: string): Promise<number> {
  const row = await db
    .selectFrom('assignment')
    .select((eb) => eb.fn.count<number>('person_id').distinct().as('n'))
    .where('role_key', '!=', EMPLOYEE_ROLE)
    .where(currentAt(at))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Assignment ids for an assignment-based check, keyset by id. */
export async function assignmentIdsFor(
  db: Db,
  check: 'roles_without_deputy' | 'unacknowledged' | 'unacknowledged_employee' | 'leavers_holding',
  at: string,
  afterId: string | undefined,
  limit: number,
): Promise<string[]> {
  const page = async <DB, TB extends keyof DB>(q: SelectQueryBuilder<DB, TB, object>) => {
    const rows = await q
      .select(sql<string>`assignment.id`.as('id'))
      .$if(afterId !== undefined, (b) => b.where(sql<string>`assignment.id`, '>', afterId ?? ''))
      .orderBy(sql`assignment.id`)
      .limit(limit)
      .execute();
    return rows.map((r) => (r as { id: string }).id);
  };
  if (check === 'roles_without_deputy') return page(withoutDeputyQuery(db, at));
  if (check === 'leavers_holding') return page(leaversHoldingQuery(db, at));
  return page(unacknowledgedQuery(db, at, check === 'unacknowledged_employee'));
}

export async function openHandoverIds(db: Db, afterId: string | undefined, limit: number): Promise<string[]> {
  let q = db.selectFrom('handover').select('id').where('status', '=', 'open');
  if (afterId) q = q.where('id', '>', afterId);
  return (await q.orderBy('id').limit(limit).execute()).map((r) => r.id);
}
