import { sql } from 'kysely';
import type { HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { AssignmentRow, AssignmentTable } from '../../db/schema.js';

/**
 * The roles a person exercises at `at`: the assignments they hold, plus those they stand in for
 * as a deputy while the holder's assignment says the deputies stand in.
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
            .select(sql<number>`1`.as('one'))
            .whereRef('h.role_key', '=', 'a.role_key')
            .whereRef('h.scope_key', '=', 'a.scope_key')
            .where('h.kind', '=', 'holder')
            .where('h.valid_from', '<=', at)
            .where((e2) => e2.or([e2('h.valid_to', 'is', null), e2('h.valid_to', '>', at)]))
            .where('h.stand_in_from', '<=', at)
            .where('h.stand_in_until', '>', at),
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
