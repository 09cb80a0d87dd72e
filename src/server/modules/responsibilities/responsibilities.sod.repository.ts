import type { Db } from '../../db/database.js';
import type { SodExceptionRow, SodExceptionTable } from '../../db/schema.js';

/** An approved exception for this person and rule that is in force at `at`. */
export async function findCoveringException(
  db: Db,
  personId: string,
  ruleId: string,
  at: string,
): Promise<SodExceptionRow | undefined> {
  return db
    .selectFrom('sod_exception')
    .selectAll()
    .where('person_id', '=', personId)
    .where('rule_id', '=', ruleId)
    .where('status', '=', 'approved')
    .where('valid_from', '<=', at)
    .where('valid_to', '>', at)
    .orderBy('valid_to', 'desc')
    .executeTakeFirst();
}

export type StandingRow = {
  id: string;
  person_id: string;
  role_key: string;
  role_name: string;
  scope_type: string;
  scope_id: string | null;
  kind: 'holder' | 'deputy';
  valid_from: string;
  valid_to: string | null;
  full_name: string;
  email: string;
  status: 'active' | 'leaver';
};

/**
 * Assignments current at `at` in the given roles, of people who also hold one of `anchorRoles`
 * then (auditors, developers): the only people a standing rule can catch.
 */
export async function standingAssignments(
  db: Db,
  at: string,
  roleKeys: string[],
  anchorRoles: string[],
  personId?: string,
): Promise<StandingRow[]> {
  let q = db
    .selectFrom('assignment as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .innerJoin('role as r', 'r.key', 'a.role_key')
    .select([
      'a.id',
      'a.person_id',
      'a.role_key',
      'r.name as role_name',
      'a.scope_type',
      'a.scope_id',
      'a.kind',
      'a.valid_from',
      'a.valid_to',
      'p.full_name',
      'p.email',
      'p.status',
    ])
    .where('a.role_key', 'in', roleKeys)
    .where('a.valid_from', '<=', at)
    .where((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>', at)]))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('assignment as b')
          .select('b.id')
          .whereRef('b.person_id', '=', 'a.person_id')
          .where('b.role_key', 'in', anchorRoles)
          .where('b.valid_from', '<=', at)
          .where((e2) => e2.or([e2('b.valid_to', 'is', null), e2('b.valid_to', '>', at)])),
      ),
    );
  if (personId) q = q.where('a.person_id', '=', personId);
  return q.execute();
}

export async function orgUnitParents(db: Db): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom('org_unit').select(['id', 'parent_id']).execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** Approved exceptions in force at `at` for these people (any rule). */
export async function exceptionsInForce(db: Db, personIds: string[], at: string): Promise<SodExceptionRow[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('sod_exception')
    .selectAll()
    .where('person_id', 'in', personIds)
    .where('status', '=', 'approved')
    .where('valid_from', '<=', at)
    .where('valid_to', '>', at)
    .orderBy('valid_to', 'desc')
    .execute();
}

export async function findPersonSummary(
  db: Db,
  id: string,
): Promise<{ id: string; full_name: string; email: string; status: 'active' | 'leaver' } | undefined> {
  return db.selectFrom('person').select(['id', 'full_name', 'email', 'status']).where('id', '=', id).executeTakeFirst();
}

export async function countExceptions(db: Db): Promise<number> {
  const r = await db
    .selectFrom('sod_exception')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertException(db: Db, row: SodExceptionTable): Promise<void> {
  await db.insertInto('sod_exception').values(row).execute();
}

export type ExceptionWithNames = SodExceptionRow & {
  person_name: string;
  person_email: string;
  person_status: 'active' | 'leaver';
  requested_by_name: string | null;
  decided_by_name: string | null;
};

const withNames = (db: Db) =>
  db
    .selectFrom('sod_exception as x')
    .innerJoin('person as p', 'p.id', 'x.person_id')
    .leftJoin('person as rq', 'rq.id', 'x.requested_by')
    .leftJoin('person as dc', 'dc.id', 'x.decided_by')
    .selectAll('x')
    .select([
      'p.full_name as person_name',
      'p.email as person_email',
      'p.status as person_status',
      'rq.full_name as requested_by_name',
      'dc.full_name as decided_by_name',
    ]);

export async function findException(db: Db, id: string): Promise<ExceptionWithNames | undefined> {
  return withNames(db).where('x.id', '=', id).executeTakeFirst();
}

export type ExceptionFilter = {
  status?: 'requested' | 'approved' | 'rejected' | 'revoked' | 'expired';
  personId?: string;
  ruleId?: string;
  after?: { at: string; id: string };
};

/** Newest request first; `expired` and the live states are told apart by `now`. */
export async function listExceptions(
  db: Db,
  f: ExceptionFilter,
  now: string,
  limit: number,
): Promise<ExceptionWithNames[]> {
  let q = withNames(db);
  if (f.status === 'expired') {
    q = q.where('x.status', 'in', ['requested', 'approved']).where('x.valid_to', '<=', now);
  } else if (f.status === 'requested' || f.status === 'approved') {
    q = q.where('x.status', '=', f.status).where('x.valid_to', '>', now);
  } else if (f.status) {
    q = q.where('x.status', '=', f.status);
  }
  if (f.personId) q = q.where('x.person_id', '=', f.personId);
  if (f.ruleId) q = q.where('x.rule_id', '=', f.ruleId);
  if (f.after) {
    const { at, id } = f.after;
    q = q.where((eb) =>
      eb.or([eb('x.requested_at', '<', at), eb.and([eb('x.requested_at', '=', at), eb('x.id', '<', id)])]),
    );
  }
  return q.orderBy('x.requested_at', 'desc').orderBy('x.id', 'desc').limit(limit).execute();
}

/** Moves an exception from one status to another if `version` is current; false on a stale write. */
export async function decideException(
  db: Db,
  id: string,
  version: number,
  from: SodExceptionRow['status'][],
  set: Pick<SodExceptionTable, 'status' | 'decided_by' | 'decided_at' | 'decision_note'>,
): Promise<boolean> {
  const r = await db
    .updateTable('sod_exception')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
