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

export async function findHandover(db: Db, id: string): Promise<HandoverRow | undefined> {
  return db.selectFrom('handover').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listHandovers(
  db: Db,
  f: { status?: 'open' | 'confirmed' },
  afterId: string | undefined,
  limit: number,
): Promise<
  (HandoverRow & {
    person_name: string;
    person_email: string;
    person_status: 'active' | 'leaver';
    confirmed_by_name: string | null;
  })[]
> {
  let q = db
    .selectFrom('handover')
    .innerJoin('person', 'person.id', 'handover.person_id')
    .leftJoin('person as confirmer', 'confirmer.id', 'handover.confirmed_by')
    .selectAll('handover')
    .select([
      'person.full_name as person_name',
      'person.email as person_email',
      'person.status as person_status',
      'confirmer.full_name as confirmed_by_name',
    ]);
  if (f.status) q = q.where('handover.status', '=', f.status);
  if (afterId) q = q.where('handover.id', '<', afterId);
  return q.orderBy('handover.id', 'desc').limit(limit).execute();
}

export async function confirmHandover(
  db: Db,
  id: string,
  version: number,
  set: { confirmed_at: string; confirmed_by: string | null; result: string },
): Promise<boolean> {
  const res = await db
    .updateTable('handover')
    .set({ ...set, status: 'confirmed', version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
