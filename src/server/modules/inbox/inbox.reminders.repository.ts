import type { Db } from '../../db/database.js';

export type PersonContact = {
  id: string;
  full_name: string;
  email: string;
  status: 'active' | 'leaver';
  manager_id: string | null;
};

/** Names, addresses and managers of some people, by id. */
export async function contactsOf(db: Db, ids: string[]): Promise<Map<string, PersonContact>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('person')
    .select(['id', 'full_name', 'email', 'status', 'manager_id'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Which of these reminder keys were already recorded. */
export async function sentKeys(db: Db, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom('reminder_sent').select('key').where('key', 'in', keys).execute();
  return new Set(rows.map((r) => r.key));
}

/** Records a reminder; false when it was recorded before (then the caller sends nothing). */
export async function recordReminder(
  db: Db,
  row: { key: string; person_id: string; duty_key: string; stage: string; sent_at: string },
): Promise<boolean> {
  const r = await db
    .insertInto('reminder_sent')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return r !== undefined;
}

/** People with unread notifications created since `since` (digest candidates). */
export async function peopleWithUnreadSince(db: Db, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('notification')
    .select('person_id')
    .distinct()
    .where('read_at', 'is', null)
    .where('created_at', '>=', since)
    .execute();
  return rows.map((r) => r.person_id);
}

/** Unread notifications of one person created since `since`, newest first. */
export async function unreadSince(db: Db, personId: string, since: string, limit: number) {
  return db
    .selectFrom('notification')
    .select(['id', 'title', 'body', 'link', 'created_at'])
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnreadSince(db: Db, personId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Notifications by id, for mailing them. */
export async function notificationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('notification')
    .select(['id', 'person_id', 'kind', 'title', 'body', 'link', 'read_at'])
    .where('id', 'in', ids)
    .execute();
}
