import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/database.js';
import type { AccessRequestRow, AccessRequestTable } from '../../db/schema.js';

// Queries of access requests, and the account and entitlement a provisioned request creates.

export async function nextRequestNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('access_request')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertRequest(db: Db, row: Omit<AccessRequestTable, 'version'>): Promise<void> {
  await db.insertInto('access_request').values(row).execute();
}

export async function findRequest(db: Db, id: string): Promise<AccessRequestRow | undefined> {
  return db.selectFrom('access_request').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Writes a change only when the row still has the version and status the caller saw. */
export async function updateRequest(
  db: Db,
  id: string,
  expected: { version: number; status: string },
  patch: Partial<Omit<AccessRequestTable, 'id' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('access_request')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('status', '=', expected.status)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type RequestFilter = {
  /** Requested by or for this person. */
  personId?: string;
  status?: string;
  statuses?: string[];
  assetId?: string;
  /** Only assets with one of these ids, or in one of these org units (coarse: the service refines by ownership). */
  within?: { assetIds: string[]; unitIds: string[] } | 'all';
  /** Provisioned access whose last day is before this day. */
  untilBefore?: string;
};

/** Newest first, after `beforeNumber`. */
export async function listRequests(
  db: Db,
  f: RequestFilter,
  beforeNumber: number | undefined,
  limit: number,
): Promise<(AccessRequestRow & { asset_org_unit_id: string | null })[]> {
  let q = db
    .selectFrom('access_request as r')
    .innerJoin('asset as a', 'a.id', 'r.asset_id')
    .selectAll('r')
    .select('a.org_unit_id as asset_org_unit_id');
  if (f.personId)
    q = q.where((eb) => eb.or([eb('r.requester_id', '=', f.personId!), eb('r.beneficiary_id', '=', f.personId!)]));
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.statuses) q = q.where('r.status', 'in', f.statuses);
  if (f.assetId) q = q.where('r.asset_id', '=', f.assetId);
  if (f.untilBefore) q = q.where('r.until', '<', f.untilBefore);
  const within = f.within;
  if (within && within !== 'all') {
    if (within.assetIds.length === 0 && within.unitIds.length === 0) return [];
    q = q.where((eb) =>
      eb.or([
        ...(within.assetIds.length ? [eb('r.asset_id', 'in', within.assetIds)] : []),
        ...(within.unitIds.length ? [eb('a.org_unit_id', 'in', within.unitIds)] : []),
      ]),
    );
  }
  if (beforeNumber !== undefined) q = q.where('r.number', '<', beforeNumber);
  return q.orderBy('r.number', 'desc').limit(limit).execute();
}

/** Every open request in a status (for duty scans), by id after `afterId`. */
export async function requestsInStatus(
  db: Db,
  statuses: string[],
  opts: { untilBefore?: string; afterId?: string; limit: number },
): Promise<(AccessRequestRow & { asset_org_unit_id: string | null; asset_reference: string; asset_name: string })[]> {
  let q = db
    .selectFrom('access_request as r')
    .innerJoin('asset as a', 'a.id', 'r.asset_id')
    .selectAll('r')
    .select(['a.org_unit_id as asset_org_unit_id', 'a.reference as asset_reference', 'a.name as asset_name'])
    .where('r.status', 'in', statuses);
  if (opts.untilBefore) q = q.where('r.until', '<', opts.untilBefore);
  if (opts.afterId) q = q.where('r.id', '>', opts.afterId);
  return q.orderBy('r.id').limit(opts.limit).execute();
}

export async function personNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

export async function personById(
  db: Db,
  id: string,
): Promise<{ id: string; email: string; full_name: string; status: string } | undefined> {
  return db.selectFrom('person').select(['id', 'email', 'full_name', 'status']).where('id', '=', id).executeTakeFirst();
}

/**
 * The account (named after the person's email) and entitlement a provisioned request gives, so
 * the next access review sees it; an entitlement already there is brought back if removed.
 */
export async function grantEntitlement(
  db: Db,
  input: {
    assetId: string;
    personId: string;
    accountName: string;
    entitlement: string;
    privileged: boolean;
    at: string;
  },
): Promise<string> {
  await db
    .insertInto('system_account')
    .values({
      id: uuidv7(),
      asset_id: input.assetId,
      name: input.accountName,
      person_id: input.personId,
      matched_by: 'request',
      first_seen_at: input.at,
      last_seen_at: input.at,
    })
    .onConflict((oc) => oc.columns(['asset_id', 'name']).doNothing())
    .execute();
  const account = await db
    .selectFrom('system_account')
    .select('id')
    .where('asset_id', '=', input.assetId)
    .where('name', '=', input.accountName)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('entitlement')
    .values({
      id: uuidv7(),
      asset_id: input.assetId,
      account_id: account.id,
      person_id: input.personId,
      name: input.entitlement,
      privileged: input.privileged ? 1 : 0,
      source: 'request',
      first_seen_at: input.at,
      changed_at: input.at,
      last_import_id: null,
      removed_at: null,
      last_certified_at: null,
    })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'name'])
        .doUpdateSet({ removed_at: null, changed_at: input.at, privileged: input.privileged ? 1 : 0 }),
    )
    .execute();
  const row = await db
    .selectFrom('entitlement')
    .select('id')
    .where('account_id', '=', account.id)
    .where('name', '=', input.entitlement)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function removeEntitlement(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('entitlement').set({ removed_at: at, changed_at: at }).where('id', '=', id).execute();
}
