import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/database.js';
import type { Insertable, Updateable } from 'kysely';
import type { EntitlementImportTable } from '../../db/schema.js';

// Accounts and entitlements imported from systems. Imports write in batches with upserts so
// millions of rows pass through without being held in memory.

export type ParsedRow = {
  assetId: string;
  account: string;
  personId: string | null;
  matchedBy: string | null;
  entitlement: string;
  privileged: boolean;
};

/** Lookups an import needs, bounded by the size of the inventory and the staff, never by rows. */
export async function importLookups(db: Db) {
  const [assets, people] = await Promise.all([
    db.selectFrom('asset').select(['id', 'reference', 'name', 'external_id', 'status']).execute(),
    db.selectFrom('person').select(['id', 'email', 'employee_id']).execute(),
  ]);
  return { assets, people };
}

/** Upserts one batch: accounts first (returning their ids), then their entitlements. */
export async function upsertBatch(db: Db, importId: string, at: string, rows: ParsedRow[]): Promise<void> {
  const accounts = new Map<
    string,
    { asset_id: string; name: string; person_id: string | null; matched_by: string | null }
  >();
  for (const r of rows) {
    const key = `${r.assetId}\u0000${r.account}`;
    const prev = accounts.get(key);
    if (!prev || (prev.person_id === null && r.personId !== null))
      accounts.set(key, { asset_id: r.assetId, name: r.account, person_id: r.personId, matched_by: r.matchedBy });
  }
  const saved = await db
    .insertInto('system_account')
    .values([...accounts.values()].map((a) => ({ id: uuidv7(), ...a, first_seen_at: at, last_seen_at: at })))
    .onConflict((oc) =>
      oc.columns(['asset_id', 'name']).doUpdateSet((eb) => ({
        last_seen_at: eb.ref('excluded.last_seen_at'),
        // A person named in the file wins; otherwise a match made earlier (by hand) stays.
        person_id: eb.fn.coalesce('excluded.person_id', sql<string | null>`system_account.person_id`),
        matched_by: eb.fn.coalesce('excluded.matched_by', sql<string | null>`system_account.matched_by`),
      })),
    )
    .returning(['id', 'asset_id', 'name', 'person_id'])
    .execute();
  const byKey = new Map(saved.map((a) => [`${a.asset_id}\u0000${a.name}`, a]));
  const entitlements = new Map<string, ReturnType<typeof entitlementRow>>();
  function entitlementRow(r: ParsedRow) {
    const account = byKey.get(`${r.assetId}\u0000${r.account}`)!;
    return {
      id: uuidv7(),
      asset_id: r.assetId,
      account_id: account.id,
      person_id: account.person_id,
      name: r.entitlement,
      privileged: r.privileged ? 1 : 0,
      source: 'import',
      first_seen_at: at,
      changed_at: at,
      last_import_id: importId,
      removed_at: null,
      last_certified_at: null,
    };
  }
  for (const r of rows) {
    const e = entitlementRow(r);
    entitlements.set(`${e.account_id}\u0000${e.name}`, e);
  }
  await db
    .insertInto('entitlement')
    .values([...entitlements.values()])
    .onConflict((oc) =>
      oc.columns(['account_id', 'name']).doUpdateSet((eb) => ({
        last_import_id: eb.ref('excluded.last_import_id'),
        person_id: eb.ref('excluded.person_id'),
        privileged: eb.ref('excluded.privileged'),
        // Changed (for differential reviews) when it comes back or its privileged flag differs.
        changed_at: sql<string>`case when entitlement.removed_at is not null or entitlement.privileged <> excluded.privileged then excluded.changed_at else entitlement.changed_at end`,
        removed_at: null,
      })),
    )
    .execute();
}

/** Imported entitlements of these systems that the import did not list are gone from them. */
export async function markRemoved(db: Db, importId: string, assetIds: string[], at: string): Promise<number> {
  let removed = 0;
  for (let i = 0; i < assetIds.length; i += 500) {
    const r = await db
      .updateTable('entitlement')
      .set({ removed_at: at, changed_at: at })
      .where('asset_id', 'in', assetIds.slice(i, i + 500))
      .where('source', '=', 'import')
      .where('removed_at', 'is', null)
      .where((eb) => eb.or([eb('last_import_id', 'is', null), eb('last_import_id', '<>', importId)]))
      .executeTakeFirst();
    removed += Number(r.numUpdatedRows);
  }
  return removed;
}

export async function countUnmatchedSeen(db: Db, assetIds: string[], at: string): Promise<number> {
  let n = 0;
  for (let i = 0; i < assetIds.length; i += 500) {
    const row = await db
      .selectFrom('system_account')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('asset_id', 'in', assetIds.slice(i, i + 500))
      .where('person_id', 'is', null)
      .where('last_seen_at', '=', at)
      .executeTakeFirst();
    n += Number(row?.n ?? 0);
  }
  return n;
}

export async function insertImport(db: Db, row: Insertable<EntitlementImportTable>): Promise<void> {
  await db.insertInto('entitlement_import').values(row).execute();
}

export async function updateImport(db: Db, id: string, patch: Updateable<EntitlementImportTable>): Promise<void> {
  await db.updateTable('entitlement_import').set(patch).where('id', '=', id).execute();
}

export async function findImport(db: Db, id: string) {
  return db.selectFrom('entitlement_import').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listImports(db: Db, before: { s: string; id: string } | undefined, limit: number) {
  let q = db.selectFrom('entitlement_import').selectAll();
  if (before)
    q = q.where((eb) =>
      eb.or([eb('started_at', '<', before.s), eb.and([eb('started_at', '=', before.s), eb('id', '<', before.id)])]),
    );
  return q.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export type EntitlementFilter = {
  assetId?: string;
  personId?: string;
  q?: string;
  privileged?: boolean;
  unmatched?: boolean;
  removed?: boolean;
  /** Only these systems (an asset owner or administrator sees theirs). */
  assetIds?: string[];
};

/** Entitlements with their account and asset, by id after `afterId`. */
export async function listEntitlements(db: Db, f: EntitlementFilter, afterId: string | undefined, limit: number) {
  let q = db
    .selectFrom('entitlement as e')
    .innerJoin('system_account as a', 'a.id', 'e.account_id')
    .innerJoin('asset as s', 's.id', 'e.asset_id')
    .leftJoin('person as p', 'p.id', 'e.person_id')
    .select([
      'e.id',
      'e.name',
      'e.privileged',
      'e.source',
      'e.first_seen_at',
      'e.changed_at',
      'e.removed_at',
      'e.last_certified_at',
      'e.person_id',
      'a.id as account_id',
      'a.name as account_name',
      's.id as asset_id',
      's.reference as asset_reference',
      's.name as asset_name',
      'p.full_name as person_name',
    ]);
  if (f.assetId) q = q.where('e.asset_id', '=', f.assetId);
  if (f.assetIds) {
    if (f.assetIds.length === 0) return [];
    q = q.where('e.asset_id', 'in', f.assetIds);
  }
  if (f.personId) q = q.where('e.person_id', '=', f.personId);
  if (f.privileged !== undefined) q = q.where('e.privileged', '=', f.privileged ? 1 : 0);
  if (f.unmatched) q = q.where('e.person_id', 'is', null);
  q = f.removed ? q.where('e.removed_at', 'is not', null) : q.where('e.removed_at', 'is', null);
  if (f.q) {
    const like = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['e.name']), 'like', like), eb(eb.fn('lower', ['a.name']), 'like', like)]),
    );
  }
  if (afterId) q = q.where('e.id', '>', afterId);
  return q.orderBy('e.id').limit(limit).execute();
}

/** Accounts matched to nobody, with how many entitlements they hold, by id after `afterId`. */
export async function listUnmatched(
  db: Db,
  f: { assetId?: string; assetIds?: string[] },
  afterId: string | undefined,
  limit: number,
) {
  let q = db
    .selectFrom('system_account as a')
    .innerJoin('asset as s', 's.id', 'a.asset_id')
    .leftJoin('entitlement as e', (j) => j.onRef('e.account_id', '=', 'a.id').on('e.removed_at', 'is', null))
    .select((eb) => [
      'a.id',
      'a.name',
      'a.first_seen_at',
      'a.last_seen_at',
      's.id as asset_id',
      's.reference as asset_reference',
      's.name as asset_name',
      eb.fn.count<number>('e.id').as('entitlements'),
      eb.fn.coalesce(eb.fn.max<number>('e.privileged'), sql<number>`0`).as('privileged'),
    ])
    .where('a.person_id', 'is', null)
    .groupBy(['a.id', 'a.name', 'a.first_seen_at', 'a.last_seen_at', 's.id', 's.reference', 's.name']);
  if (f.assetId) q = q.where('a.asset_id', '=', f.assetId);
  if (f.assetIds) {
    if (f.assetIds.length === 0) return [];
    q = q.where('a.asset_id', 'in', f.assetIds);
  }
  if (afterId) q = q.where('a.id', '>', afterId);
  return q.orderBy('a.id').limit(limit).execute();
}

export async function findAccount(db: Db, id: string) {
  return db.selectFrom('system_account').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Matches an account (and its entitlements) to a person. */
export async function matchAccount(db: Db, id: string, personId: string): Promise<void> {
  await db
    .updateTable('system_account')
    .set({ person_id: personId, matched_by: 'manual' })
    .where('id', '=', id)
    .execute();
  await db.updateTable('entitlement').set({ person_id: personId }).where('account_id', '=', id).execute();
}
