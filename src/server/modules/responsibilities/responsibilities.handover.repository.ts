import type { Db } from '../../db/database.js';
import type { HandoverRow } from '../../db/schema.js';

export async function findOpenHandover(db: Db, personId: string): Promise<HandoverRow | undefined> {
  return db
    .selectFrom('handover')
    .selectAll()
    .where('person_id', '=', personId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function insertHandover(db: Db, row: HandoverRow): Promise<void> {
  await db.insertInto('handover').values(row).execute();
}
