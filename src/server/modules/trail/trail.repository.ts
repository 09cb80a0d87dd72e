import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { TrailEventRow } from '../../db/schema.js';

export type TrailFilter = {
  actorPersonId?: string;
  objectType?: string;
  objectId?: string;
  action?: string;
  from?: string;
  to?: string;
  beforeSeq?: number;
};

/** Claims the next sequence number; the row update serialises concurrent appends on both dialects. */
export async function claimHead(trx: Db): Promise<{ seq: number; prevHash: string }> {
  const row = await trx
    .updateTable('trail_head')
    .set({ last_seq: sql`last_seq + 1` })
    .where('id', '=', 1)
    .returning(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  return { seq: Number(row.last_seq), prevHash: row.last_hash };
}

export async function insertEvent(trx: Db, event: TrailEventRow): Promise<void> {
  await trx.insertInto('trail_event').values(event).execute();
  await trx.updateTable('trail_head').set({ last_hash: event.hash }).where('id', '=', 1).execute();
}

export async function readHead(db: Db): Promise<{ lastSeq: number; lastHash: string }> {
  const row = await db
    .selectFrom('trail_head')
    .select(['last_seq', 'last_hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { lastSeq: Number(row.last_seq), lastHash: row.last_hash };
}

/** Newest first, keyset on seq. */
export async function listEvents(db: Db, f: TrailFilter, limit: number) {
  let q = db
    .selectFrom('trail_event')
    .leftJoin('person', 'person.id', 'trail_event.actor_person_id')
    .selectAll('trail_event')
    .select('person.full_name as actor_name');
  if (f.actorPersonId) q = q.where('trail_event.actor_person_id', '=', f.actorPersonId);
  if (f.objectType) q = q.where('trail_event.object_type', '=', f.objectType);
  if (f.objectId) q = q.where('trail_event.object_id', '=', f.objectId);
  if (f.action) q = q.where('trail_event.action', '=', f.action);
  if (f.from) q = q.where('trail_event.occurred_at', '>=', f.from);
  if (f.to) q = q.where('trail_event.occurred_at', '<', f.to);
  if (f.beforeSeq !== undefined) q = q.where('trail_event.seq', '<', f.beforeSeq);
  return q.orderBy('trail_event.seq', 'desc').limit(limit).execute();
}

/** Oldest first from a sequence number, for verification in batches. */
export async function eventsFrom(db: Db, afterSeq: number, limit: number): Promise<TrailEventRow[]> {
  return db
    .selectFrom('trail_event')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute();
}
