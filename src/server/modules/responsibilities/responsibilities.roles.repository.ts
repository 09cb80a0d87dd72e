import type { Db } from '../../db/database.js';
import type { RoleRow, RoleTable } from '../../db/schema.js';

export async function listRoleKeys(db: Db): Promise<string[]> {
  return (await db.selectFrom('role').select('key').execute()).map((r) => r.key);
}

/** Scope types of the built-in roles, as stored. */
export async function builtinScopeTypes(db: Db): Promise<{ key: string; scope_types: string }[]> {
  return db.selectFrom('role').select(['key', 'scope_types']).where('builtin', '=', 1).execute();
}

export async function setScopeTypes(db: Db, key: string, scopeTypes: string): Promise<void> {
  await db.updateTable('role').set({ scope_types: scopeTypes }).where('key', '=', key).execute();
}

export async function insertRole(db: Db, row: RoleTable): Promise<void> {
  await db.insertInto('role').values(row).execute();
}

/** Seeding: a role another instance inserted first is left alone (several instances may start at once). */
export async function insertRoleIfMissing(db: Db, row: RoleTable): Promise<void> {
  await db
    .insertInto('role')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

export async function findRole(db: Db, key: string): Promise<RoleRow | undefined> {
  return db.selectFrom('role').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function listRoles(db: Db): Promise<RoleRow[]> {
  return db.selectFrom('role').selectAll().orderBy('position').orderBy('name').execute();
}

export async function updateRole(
  db: Db,
  key: string,
  version: number,
  set: Partial<Omit<RoleTable, 'key' | 'version' | 'created_at' | 'builtin'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('role')
    .set({ ...set, version: version + 1 })
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
