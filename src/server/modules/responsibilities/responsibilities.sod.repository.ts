import type { Db } from '../../db/database.js';
import type { SodExceptionRow } from '../../db/schema.js';

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
