import type { Db } from '../../db/database.js';
import type { WebhookDeliveryTable, WebhookTable } from '../../db/schema.js';

/** By name, keyset on (name, id). */
export async function listWebhooks(
  db: Db,
  after: { n: string; id: string } | undefined,
  limit: number,
): Promise<WebhookTable[]> {
  let q = db.selectFrom('webhook').selectAll();
  if (after)
    q = q.where((eb) => eb.or([eb('name', '>', after.n), eb.and([eb('name', '=', after.n), eb('id', '>', after.id)])]));
  return q.orderBy('name').orderBy('id').limit(limit).execute();
}

export async function activeWebhooks(db: Db): Promise<Pick<WebhookTable, 'id' | 'events'>[]> {
  return db.selectFrom('webhook').select(['id', 'events']).where('active', '=', 1).execute();
}

export async function countWebhooks(db: Db): Promise<number> {
  const row = await db
    .selectFrom('webhook')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findWebhook(db: Db, id: string): Promise<WebhookTable | undefined> {
  return db.selectFrom('webhook').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertWebhook(db: Db, row: WebhookTable): Promise<void> {
  await db.insertInto('webhook').values(row).execute();
}

/** Writes `set` when the row is still at `version`; false when it moved on (or is gone). */
export async function updateWebhook(
  db: Db,
  id: string,
  version: number,
  set: Partial<Omit<WebhookTable, 'id' | 'version' | 'created_at' | 'created_by'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('webhook')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Deletes a webhook with its delivery log (their queued jobs find nothing and end as skipped). */
export async function deleteWebhook(db: Db, id: string): Promise<void> {
  await db.deleteFrom('webhook_delivery').where('webhook_id', '=', id).execute();
  await db.deleteFrom('webhook').where('id', '=', id).execute();
}

/** Inserts a delivery unless this webhook already has one for the event; true when inserted. */
export async function insertDelivery(db: Db, row: WebhookDeliveryTable): Promise<boolean> {
  const res = await db
    .insertInto('webhook_delivery')
    .values(row)
    .onConflict((oc) => oc.columns(['webhook_id', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findDelivery(db: Db, id: string): Promise<WebhookDeliveryTable | undefined> {
  return db.selectFrom('webhook_delivery').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Records the outcome of an attempt on a pending delivery that still has `attemptsBefore`
 * attempts; false when another worker recorded this attempt first.
 */
export async function recordAttempt(
  db: Db,
  id: string,
  attemptsBefore: number,
  set: Partial<Omit<WebhookDeliveryTable, 'id' | 'webhook_id' | 'event_id' | 'payload' | 'created_at'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('webhook_delivery')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('attempts', '=', attemptsBefore)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Newest first, keyset on (created_at, id). */
export async function listDeliveries(
  db: Db,
  webhookId: string,
  after: { c: string; id: string } | undefined,
  limit: number,
): Promise<WebhookDeliveryTable[]> {
  let q = db.selectFrom('webhook_delivery').selectAll().where('webhook_id', '=', webhookId);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('created_at', '<', after.c), eb.and([eb('created_at', '=', after.c), eb('id', '<', after.id)])]),
    );
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** The newest delivery of each of these webhooks, in one query on the (webhook, created) index. */
export async function lastDeliveries(
  db: Db,
  ids: string[],
): Promise<Pick<WebhookDeliveryTable, 'webhook_id' | 'status' | 'created_at'>[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('webhook_delivery as d')
    .select(['d.webhook_id', 'd.status', 'd.created_at'])
    .where('d.webhook_id', 'in', ids)
    .where('d.id', '=', (eb) =>
      eb
        .selectFrom('webhook_delivery as l')
        .select('l.id')
        .whereRef('l.webhook_id', '=', 'd.webhook_id')
        .orderBy('l.created_at', 'desc')
        .orderBy('l.id', 'desc')
        .limit(1),
    )
    .execute();
}
