import type { Db } from '../../db/database.js';

export const getSettingRow = (db: Db, key: string) =>
  db.selectFrom('setting').selectAll().where('key', '=', key).executeTakeFirst();

/** Inserts a setting; false when another writer created it first. */
export async function insertSettingRow(db: Db, key: string, value: string, at: string): Promise<boolean> {
  const r = await db
    .insertInto('setting')
    .values({ key, value, updated_at: at, version: 1 })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return r !== undefined;
}

/** Writes a setting if `version` is current; false on a stale write. */
export async function updateSettingRow(db: Db, key: string, version: number, value: string, at: string) {
  const r = await db
    .updateTable('setting')
    .set({ value, updated_at: at, version: version + 1 })
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
