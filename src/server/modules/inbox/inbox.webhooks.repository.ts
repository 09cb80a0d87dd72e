import type { Db } from '../../db/database.js';
import type { WebhookDeliveryTable, WebhookTable } from '../../db/schema.js';

export async function listWebhooks(db: Db): Promise<WebhookTable[]> {
  return db.selectFrom('webhook').selectAll().orderBy('name').orderBy('id').limit(500).execute();
}

export async function activeWebhooks(db: Db): Promise<Pick<WebhookTable, 'id' | 'events'>[]> {
  return db.selectFrom('webhook').select(['id', 'events']).where('active', '=', 1).execute();
}

export async function findWebhook(db: Db, id: string): Promise<WebhookTable | undefined> {
  return db.selectFrom('webhook').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertWebhook(db: Db, row: WebhookTable): Promise<void> {
  await db.insertInto('webhook').values(row).execute();
}

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

export async function updateDelivery(
  db: Db,
  id: string,
  set: Partial<Omit<WebhookDeliveryTable, 'id' | 'webhook_id' | 'event_id'>>,
): Promise<void> {
  await db.updateTable('webhook_delivery').set(set).where('id', '=', id).execute();
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

export async function lastDeliveries(
  db: Db,
  ids: string[],
): Promise<{ webhook_id: string; status: WebhookDeliveryTable['status']; created_at: string }[]> {
  if (ids.length === 0) return [];
  const out = [];
  for (const id of ids) {
    const row = await db
      .selectFrom('webhook_delivery')
      .select(['webhook_id', 'status', 'created_at'])
      .where('webhook_id', '=', id)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (row) out.push(row);
  }
  return out;
}
