import type { Db } from '../../db/database.js';

/** Stores a file's bytes under their SHA-256 unless the same content is already there. */
export async function putBlob(db: Db, row: { sha256: string; size: number; data: Buffer; created_at: string }) {
  await db
    .insertInto('blob')
    .values(row)
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function readBlob(db: Db, sha256: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('blob').select('data').where('sha256', '=', sha256).executeTakeFirst();
  return row ? Buffer.from(row.data) : undefined;
}
