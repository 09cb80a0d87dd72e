import type { Db } from '../../db/database.js';
import type { NotificationPrefTable } from '../../db/schema.js';

export type PrefRow = NotificationPrefTable;
type EmailMode = NotificationPrefTable['email_mode'];

export const findPref = (db: Db, personId: string) =>
  db.selectFrom('notification_pref').selectAll().where('person_id', '=', personId).executeTakeFirst();

/** Inserts a person's first preference; false when one appeared meanwhile (a concurrent first save). */
export async function insertPref(db: Db, row: PrefRow): Promise<boolean> {
  const r = await db
    .insertInto('notification_pref')
    .values(row)
    .onConflict((oc) => oc.column('person_id').doNothing())
    .returning('person_id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Writes a preference if `version` is current; false on a stale write. */
export async function updatePref(db: Db, personId: string, version: number, mode: EmailMode, at: string) {
  const r = await db
    .updateTable('notification_pref')
    .set({ email_mode: mode, updated_at: at, version: version + 1 })
    .where('person_id', '=', personId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Stored modes of some people (people without a row use the default). */
export async function modesOf(db: Db, personIds: string[]): Promise<Map<string, EmailMode>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('notification_pref')
    .select(['person_id', 'email_mode'])
    .where('person_id', 'in', personIds)
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.email_mode]));
}
