import type { Db } from '../../db/database.js';
import type { RaciCellTable, RaciProcessRow, RaciProcessTable } from '../../db/schema.js';

export type MatrixRole = { key: string; name: string; builtin: number; retired_at: string | null };

export async function countProcesses(db: Db): Promise<number> {
  const r = await db
    .selectFrom('raci_process')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Seeding: a process another instance inserted first (same key) is left alone. */
export async function insertProcessIfMissing(db: Db, row: RaciProcessTable): Promise<void> {
  await db
    .insertInto('raci_process')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

export async function insertProcess(db: Db, row: RaciProcessTable): Promise<void> {
  await db.insertInto('raci_process').values(row).execute();
}

export async function processIdsByKey(db: Db, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('raci_process').select(['id', 'key']).where('key', 'in', keys).execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}

export async function insertCellsIfMissing(db: Db, cells: RaciCellTable[]): Promise<void> {
  if (cells.length === 0) return;
  await db
    .insertInto('raci_cell')
    .values(cells)
    .onConflict((oc) => oc.columns(['process_id', 'role_key']).doNothing())
    .execute();
}

export async function listProcesses(db: Db): Promise<RaciProcessRow[]> {
  return db.selectFrom('raci_process').selectAll().orderBy('position').orderBy('name').orderBy('id').execute();
}

export async function findProcess(db: Db, id: string): Promise<RaciProcessRow | undefined> {
  return db.selectFrom('raci_process').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Cells of the given processes, or of every process. */
export async function listCells(db: Db, processIds?: string[]): Promise<RaciCellTable[]> {
  let q = db.selectFrom('raci_cell').selectAll();
  if (processIds) {
    if (processIds.length === 0) return [];
    q = q.where('process_id', 'in', processIds);
  }
  return q.execute();
}

/** The matrix's columns: live roles, and retired ones some process still names. */
export async function listMatrixRoles(db: Db): Promise<MatrixRole[]> {
  return db
    .selectFrom('role')
    .select(['key', 'name', 'builtin', 'retired_at'])
    .where((eb) =>
      eb.or([
        eb('retired_at', 'is', null),
        eb.exists(
          eb.selectFrom('raci_cell').select('raci_cell.role_key').whereRef('raci_cell.role_key', '=', 'role.key'),
        ),
      ]),
    )
    .orderBy('position')
    .orderBy('name')
    .execute();
}

export async function roleKeysIn(db: Db, keys: string[]): Promise<MatrixRole[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('role').select(['key', 'name', 'builtin', 'retired_at']).where('key', 'in', keys).execute();
}

export async function keysStartingWith(db: Db, prefix: string): Promise<string[]> {
  // Keys are slugs ([a-z0-9_]); '_' is a LIKE wildcard, so the match is narrowed again below.
  const rows = await db.selectFrom('raci_process').select('key').where('key', 'like', `${prefix}%`).execute();
  return rows.map((r) => r.key).filter((k) => k.startsWith(prefix));
}

export async function maxPosition(db: Db): Promise<number> {
  const r = await db
    .selectFrom('raci_process')
    .select((eb) => eb.fn.max('position').as('p'))
    .executeTakeFirst();
  return Number(r?.p ?? 0);
}

/** Updates a process if `version` is current; returns false on a stale write. */
export async function updateProcess(
  db: Db,
  id: string,
  version: number,
  set: Partial<Pick<RaciProcessTable, 'name' | 'iso_refs' | 'rationale' | 'updated_at'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('raci_process')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceCells(db: Db, processId: string, cells: RaciCellTable[]): Promise<void> {
  await db.deleteFrom('raci_cell').where('process_id', '=', processId).execute();
  if (cells.length > 0) await db.insertInto('raci_cell').values(cells).execute();
}

/** Deletes a process and its cells if `version` is current; returns false on a stale write. */
export async function deleteProcess(db: Db, id: string, version: number): Promise<boolean> {
  const current = await db
    .selectFrom('raci_process')
    .select('id')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!current) return false;
  await db.deleteFrom('raci_cell').where('process_id', '=', id).execute();
  const r = await db.deleteFrom('raci_process').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
