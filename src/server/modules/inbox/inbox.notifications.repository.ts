import type { Db } from '../../db/database.js';
import type { NotificationTable } from '../../db/schema.js';

export async function insertNotifications(db: Db, rows: NotificationTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('notification').values(rows).execute();
}

/** Newest first; keyset on (created_at, id). */
export async function listNotifications(
  db: Db,
  personId: string,
  f: { unreadOnly: boolean },
  after: { c: string; id: string } | undefined,
  limit: number,
): Promise<NotificationTable[]> {
  let q = db.selectFrom('notification').selectAll().where('person_id', '=', personId);
  if (f.unreadOnly) q = q.where('read_at', 'is', null);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('created_at', '<', after.c), eb.and([eb('created_at', '=', after.c), eb('id', '<', after.id)])]),
    );
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function countUnread(db: Db, personId: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one (or, without id, every) unread notification of the person read; returns how many. */
export async function markRead(db: Db, personId: string, id: string | null, at: string): Promise<number> {
  let q = db
    .updateTable('notification')
    .set({ read_at: at })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null);
  if (id) q = q.where('id', '=', id);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function findNotification(db: Db, id: string): Promise<NotificationTable | undefined> {
  return db.selectFrom('notification').selectAll().where('id', '=', id).executeTakeFirst();
}
