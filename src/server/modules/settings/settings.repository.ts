import type { Db } from '../../db/database.js';

export const getSetting = (db: Db, key: string) =>
  db.selectFrom('setting').selectAll().where('key', '=', key).executeTakeFirst();

export async function insertSetting(db: Db, key: string, value: string, at: string): Promise<void> {
  await db.insertInto('setting').values({ key, value, updated_at: at, version: 1 }).execute();
}

/** Writes a setting if `version` is current; false on a stale write. */
export async function updateSetting(db: Db, key: string, version: number, value: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('setting')
    .set({ value, updated_at: at, version: version + 1 })
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteSettingsLike(db: Db, prefix: string): Promise<void> {
  await db.deleteFrom('setting').where('key', 'like', `${prefix}%`).execute();
}
