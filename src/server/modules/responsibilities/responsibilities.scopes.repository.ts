import type { Db } from '../../db/database.js';

export async function orgUnitLabels(db: Db, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  const out: { id: string; name: string }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom('org_unit')
        .select(['id', 'name'])
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  }
  return out;
}

export async function allOrgUnits(db: Db): Promise<{ id: string; name: string; parent_id: string | null }[]> {
  return db.selectFrom('org_unit').select(['id', 'name', 'parent_id']).execute();
}

/** Scope ids of one type that have a current holder of the role at `at`. */
export async function heldScopeIds(db: Db, roleKey: string, scopeType: string, at: string): Promise<string[]> {
  const rows = await db
    .selectFrom('assignment')
    .select('scope_id')
    .distinct()
    .where('role_key', '=', roleKey)
    .where('scope_type', '=', scopeType)
    .where('kind', '=', 'holder')
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .execute();
  return rows.flatMap((r) => (r.scope_id === null ? [] : [r.scope_id]));
}

export async function hasIsmsHolder(db: Db, roleKey: string, at: string): Promise<boolean> {
  const row = await db
    .selectFrom('assignment')
    .select('id')
    .where('role_key', '=', roleKey)
    .where('scope_type', '=', 'isms')
    .where('kind', '=', 'holder')
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .executeTakeFirst();
  return row !== undefined;
}
