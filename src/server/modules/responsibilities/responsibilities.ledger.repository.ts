import { sql } from 'kysely';
import type { HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { AssignmentRow, AssignmentTable } from '../../db/schema.js';

/**
 * The roles a person exercises at `at`: the assignments they hold, plus those they stand in for
 * as a deputy while the holder's assignment says the deputies stand in or the holder is absent.
 */
export async function currentRolesOf(db: Db, personId: string, at: string): Promise<HeldRole[]> {
  const rows = await db
    .selectFrom('assignment as a')
    .innerJoin('role as r', 'r.key', 'a.role_key')
    .select(['a.id', 'a.role_key', 'a.scope_type', 'a.scope_id', 'a.scope_key', 'a.kind', 'r.grants'])
    .where('a.person_id', '=', personId)
    .where('a.valid_from', '<=', at)
    .where((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>', at)]))
    .where((eb) =>
      eb.or([
        eb('a.kind', '=', 'holder'),
        eb.exists(
          eb
            .selectFrom('assignment as h')
            .innerJoin('person as hp', 'hp.id', 'h.person_id')
            .select(sql<number>`1`.as('one'))
            .whereRef('h.role_key', '=', 'a.role_key')
            .whereRef('h.scope_key', '=', 'a.scope_key')
            .where('h.kind', '=', 'holder')
            .where('h.valid_from', '<=', at)
            .where((e2) => e2.or([e2('h.valid_to', 'is', null), e2('h.valid_to', '>', at)]))
            // The holder says the deputies stand in, or the holder is away.
            .where((e2) =>
              e2.or([
                e2.and([e2('h.stand_in_from', '<=', at), e2('h.stand_in_until', '>', at)]),
                e2.and([e2('hp.absent_from', '<=', at), e2('hp.absent_until', '>', at)]),
              ]),
            ),
        ),
      ]),
    )
    .orderBy('a.valid_from')
    .execute();
  return rows.map((r) => ({
    assignmentId: r.id,
    roleKey: r.role_key,
    scopeType: r.scope_type,
    scopeId: r.scope_id,
    kind: r.kind,
    authorities: fromJson<string[]>(r.grants, []),
  }));
}

export async function insertAssignment(db: Db, row: AssignmentTable): Promise<void> {
  await db.insertInto('assignment').values(row).execute();
}

export async function findAssignment(db: Db, id: string): Promise<AssignmentRow | undefined> {
  return db.selectFrom('assignment').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An assignment with what a presenter needs: person, role name and text version, who assigned and ended it. */
export type AssignmentView = AssignmentRow & {
  person_name: string;
  person_email: string;
  person_status: 'active' | 'leaver';
  role_name: string;
  text_version: number;
  assigned_by_name: string | null;
  ended_by_name: string | null;
};

function viewQuery(db: Db) {
  return db
    .selectFrom('assignment')
    .innerJoin('person', 'person.id', 'assignment.person_id')
    .innerJoin('role', 'role.key', 'assignment.role_key')
    .leftJoin('person as assigner', 'assigner.id', 'assignment.assigned_by')
    .leftJoin('person as ender', 'ender.id', 'assignment.ended_by')
    .selectAll('assignment')
    .select([
      'person.full_name as person_name',
      'person.email as person_email',
      'person.status as person_status',
      'role.name as role_name',
      'role.text_version as text_version',
      'assigner.full_name as assigned_by_name',
      'ender.full_name as ended_by_name',
    ]);
}

export type AssignmentFilter = {
  personId?: string;
  roleKey?: string;
  scopeType?: string;
  scopeId?: string;
  kind?: 'holder' | 'deputy';
  /** Only rows valid at this instant; omit with `history` for every row. */
  at?: string;
};

/** Newest first by valid_from, then id; keyset cursor on both. */
export async function listAssignments(
  db: Db,
  f: AssignmentFilter,
  after: { f: string; id: string } | undefined,
  limit: number,
): Promise<AssignmentView[]> {
  let q = viewQuery(db);
  if (f.personId) q = q.where('assignment.person_id', '=', f.personId);
  if (f.roleKey) q = q.where('assignment.role_key', '=', f.roleKey);
  if (f.scopeType) q = q.where('assignment.scope_type', '=', f.scopeType);
  if (f.scopeId) q = q.where('assignment.scope_id', '=', f.scopeId);
  if (f.kind) q = q.where('assignment.kind', '=', f.kind);
  if (f.at) {
    const at = f.at;
    q = q
      .where('assignment.valid_from', '<=', at)
      .where((eb) => eb.or([eb('assignment.valid_to', 'is', null), eb('assignment.valid_to', '>', at)]));
  }
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('assignment.valid_from', '<', after.f),
        eb.and([eb('assignment.valid_from', '=', after.f), eb('assignment.id', '<', after.id)]),
      ]),
    );
  }
  return q.orderBy('assignment.valid_from', 'desc').orderBy('assignment.id', 'desc').limit(limit).execute();
}

export async function findAssignmentView(db: Db, id: string): Promise<AssignmentView | undefined> {
  return viewQuery(db).where('assignment.id', '=', id).executeTakeFirst();
}

/** A person's assignments that are current or start later than `at` (for "my responsibilities"). */
export async function currentAndUpcomingOf(db: Db, personId: string, at: string): Promise<AssignmentView[]> {
  return viewQuery(db)
    .where('assignment.person_id', '=', personId)
    .where((eb) => eb.or([eb('assignment.valid_to', 'is', null), eb('assignment.valid_to', '>', at)]))
    .orderBy('role.position')
    .orderBy('assignment.valid_from')
    .execute();
}

/** Rows for one role and scope that have not ended by `at` (current and upcoming). */
export async function openRowsForScope(
  db: Db,
  roleKey: string,
  scopeKey: string,
  at: string,
): Promise<AssignmentView[]> {
  return viewQuery(db)
    .where('assignment.role_key', '=', roleKey)
    .where('assignment.scope_key', '=', scopeKey)
    .where((eb) => eb.or([eb('assignment.valid_to', 'is', null), eb('assignment.valid_to', '>', at)]))
    .orderBy('assignment.valid_from')
    .execute();
}

export async function countCurrentHolders(db: Db, roleKey: string, at: string): Promise<number> {
  const row = await db
    .selectFrom('assignment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role_key', '=', roleKey)
    .where('kind', '=', 'holder')
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Current holders and deputies per role, all scopes. */
export async function countsByRole(db: Db, at: string): Promise<{ role_key: string; kind: string; n: number }[]> {
  const rows = await db
    .selectFrom('assignment')
    .select(['role_key', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .groupBy(['role_key', 'kind'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Updates one assignment if it still has `version` (optimistic locking); false when it changed. */
export async function updateAssignment(
  db: Db,
  id: string,
  version: number,
  set: Partial<Pick<AssignmentTable, 'valid_to' | 'ended_by' | 'end_reason' | 'stand_in_from' | 'stand_in_until'>> & {
    updated_at: string;
  },
): Promise<boolean> {
  const res = await db
    .updateTable('assignment')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function recordAcknowledgement(
  db: Db,
  row: { id: string; assignment_id: string; person_id: string; role_key: string; text_version: number; at: string },
): Promise<void> {
  await db
    .insertInto('assignment_ack')
    .values({
      id: row.id,
      assignment_id: row.assignment_id,
      person_id: row.person_id,
      role_key: row.role_key,
      text_version: row.text_version,
      acknowledged_at: row.at,
    })
    .execute();
  await db
    .updateTable('assignment')
    .set((eb) => ({
      acknowledged_at: row.at,
      acknowledged_version: row.text_version,
      updated_at: row.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', row.assignment_id)
    .execute();
}

export async function findPersonBrief(
  db: Db,
  id: string,
): Promise<
  { id: string; full_name: string; email: string; status: 'active' | 'leaver'; manager_id: string | null } | undefined
> {
  return db
    .selectFrom('person')
    .select(['id', 'full_name', 'email', 'status', 'manager_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findPeopleBrief(
  db: Db,
  ids: string[],
): Promise<{ id: string; full_name: string; email: string; status: 'active' | 'leaver' }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('person').select(['id', 'full_name', 'email', 'status']).where('id', 'in', ids).execute();
}

/** Current deputies (still active people) for one role and scope. */
export async function currentDeputies(
  db: Db,
  roleKey: string,
  scopeKey: string,
  at: string,
): Promise<{ id: string; person_id: string; status: 'active' | 'leaver'; version: number }[]> {
  return db
    .selectFrom('assignment')
    .innerJoin('person', 'person.id', 'assignment.person_id')
    .select(['assignment.id', 'assignment.person_id', 'person.status', 'assignment.version'])
    .where('assignment.role_key', '=', roleKey)
    .where('assignment.scope_key', '=', scopeKey)
    .where('assignment.kind', '=', 'deputy')
    .where('assignment.valid_from', '<=', at)
    .where((eb) => eb.or([eb('assignment.valid_to', 'is', null), eb('assignment.valid_to', '>', at)]))
    .orderBy('assignment.valid_from')
    .execute();
}

export async function findPersonByEmail(db: Db, email: string): Promise<{ id: string; full_name: string } | undefined> {
  return db.selectFrom('person').select(['id', 'full_name']).where('email', '=', email).executeTakeFirst();
}

/** Current whole-ISMS holders of a role (who a role duty is for when no one asks for themselves). */
export async function currentHolders(
  db: Db,
  roleKey: string,
  at: string,
): Promise<{ id: string; person_id: string }[]> {
  return db
    .selectFrom('assignment')
    .select(['id', 'person_id'])
    .where('role_key', '=', roleKey)
    .where('kind', '=', 'holder')
    .where('scope_type', '=', 'isms')
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .execute();
}

/** Current holders of a role for each of the given object scopes. */
export async function holdersOfScopes(
  db: Db,
  roleKey: string,
  scopeType: string,
  scopeIds: string[],
  at: string,
): Promise<{ scope_id: string; person_id: string }[]> {
  const rows = await db
    .selectFrom('assignment')
    .select(['scope_id', 'person_id'])
    .where('role_key', '=', roleKey)
    .where('scope_type', '=', scopeType)
    .where('scope_id', 'in', scopeIds)
    .where('kind', '=', 'holder')
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .execute();
  return rows.flatMap((r) => (r.scope_id === null ? [] : [{ scope_id: r.scope_id, person_id: r.person_id }]));
}

/** Distinct people holding (or deputising for) any of the roles at `at`, in any scope. */
export async function personIdsHoldingAny(db: Db, roleKeys: string[], at: string): Promise<string[]> {
  const rows = await db
    .selectFrom('assignment')
    .select('person_id')
    .distinct()
    .where('role_key', 'in', roleKeys)
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .execute();
  return rows.map((r) => r.person_id);
}

export async function roleKeysHeldBy(db: Db, personId: string, at: string): Promise<string[]> {
  const rows = await db
    .selectFrom('assignment')
    .select('role_key')
    .distinct()
    .where('person_id', '=', personId)
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .execute();
  return rows.map((r) => r.role_key);
}

export async function currentHoldersOfRole(
  db: Db,
  roleKey: string,
  at: string,
): Promise<{ id: string; person_id: string; scope_type: string; scope_id: string | null }[]> {
  return db
    .selectFrom('assignment')
    .select(['id', 'person_id', 'scope_type', 'scope_id'])
    .where('role_key', '=', roleKey)
    .where('kind', '=', 'holder')
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .execute();
}

/** Every row ever held for one role and scope, oldest first (an audit's team, as it was). */
export async function scopeHistory(db: Db, roleKey: string, scopeKey: string): Promise<AssignmentView[]> {
  return viewQuery(db)
    .where('assignment.role_key', '=', roleKey)
    .where('assignment.scope_key', '=', scopeKey)
    .orderBy('assignment.valid_from')
    .orderBy('assignment.id')
    .execute();
}
