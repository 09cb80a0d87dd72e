import { sql, type Expression, type Insertable, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.js';
import type { AssetLinkTable, AssetRow, AssetTable, Database } from '../../db/schema.js';

// The inventory's queries. Access requests, entitlements and toxic combinations have their own
// repositories beside this one (assets.access.repository.ts, assets.entitlements.repository.ts).

export async function orgUnits(db: Db): Promise<{ id: string; name: string; parent_id: string | null }[]> {
  return db.selectFrom('org_unit').select(['id', 'name', 'parent_id']).execute();
}

/** Short references of assets by id (for links and lists). */
export async function assetRefs(db: Db, ids: string[]): Promise<{ id: string; reference: string; name: string }[]> {
  if (ids.length === 0) return [];
  const out: { id: string; reference: string; name: string }[] = [];
  for (let i = 0; i < ids.length; i += 500)
    out.push(
      ...(await db
        .selectFrom('asset')
        .select(['id', 'reference', 'name'])
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  return out;
}

/** The rows ownership is worked out from. */
export async function assetOwnershipRow(
  db: Db,
  id: string,
): Promise<{ id: string; org_unit_id: string | null; reference: string; name: string; status: string } | undefined> {
  return db
    .selectFrom('asset')
    .select(['id', 'org_unit_id', 'reference', 'name', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// Inventory ------------------------------------------------------------------------------------

export type AssetListRow = AssetRow & {
  unit_name: string | null;
  parent_reference: string | null;
  parent_name: string | null;
  sort_key: string | number;
};

/** A list filter resolved to what SQL needs (owners and unit subtrees already worked out). */
export type AssetFilter = {
  now: string;
  q?: string;
  type?: string;
  status?: string;
  label?: string;
  unitIds?: string[];
  parentId?: string;
  /** Owned by a person: directly, or inherited from units they own (unless owned lower down). */
  owner?: { personId: string; units: string[] };
  /** Without an owner: nobody holds it and no unit up the tree has one; disposed assets need none. */
  unowned?: { ownedUnits: string[] };
};

type Eb = ExpressionBuilder<Database & { a: Database['asset'] }, 'a'>;

/** Asset ids with a current Asset Owner held for the asset itself (optionally: this person, or anyone else). */
const directOwned = (eb: Eb, now: string, person?: { id: string; mine: boolean }) => {
  let q = eb
    .selectFrom('assignment as x')
    .select('x.scope_id')
    .where('x.role_key', '=', 'asset_owner')
    .where('x.scope_type', '=', 'asset')
    .where('x.kind', '=', 'holder')
    .where('x.valid_from', '<=', now)
    .where((w) => w.or([w('x.valid_to', 'is', null), w('x.valid_to', '>', now)]));
  if (person) q = q.where('x.person_id', person.mine ? '=' : '!=', person.id);
  return q;
};

function where(eb: Eb, f: AssetFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    all.push(
      eb.or(
        ['a.reference', 'a.name', 'a.location', 'a.external_id'].map((c) =>
          eb(sql`lower(${sql.ref(c)})`, 'like', sql`${like} escape '\\'`),
        ),
      ),
    );
  }
  if (f.type) all.push(eb('a.type', '=', f.type));
  if (f.status) all.push(eb('a.status', '=', f.status));
  if (f.label) all.push(eb('a.label', '=', f.label));
  if (f.unitIds) all.push(f.unitIds.length > 0 ? eb('a.org_unit_id', 'in', f.unitIds) : sql<SqlBool>`1 = 0`);
  if (f.parentId) all.push(eb('a.parent_id', '=', f.parentId));
  if (f.owner) {
    const o = f.owner;
    const mine = eb('a.id', 'in', directOwned(eb, f.now, { id: o.personId, mine: true }));
    all.push(
      o.units.length === 0
        ? mine
        : eb.or([
            mine,
            eb.and([
              eb('a.org_unit_id', 'in', o.units),
              eb('a.id', 'not in', directOwned(eb, f.now, { id: o.personId, mine: false })),
            ]),
          ]),
    );
  }
  if (f.unowned) {
    all.push(eb('a.status', '!=', 'disposed'), eb('a.id', 'not in', directOwned(eb, f.now)));
    if (f.unowned.ownedUnits.length > 0)
      all.push(eb.or([eb('a.org_unit_id', 'is', null), eb('a.org_unit_id', 'not in', f.unowned.ownedUnits)]));
  }
  return all.length > 0 ? eb.and(all) : sql<SqlBool>`1 = 1`;
}

export type AssetSort = 'reference' | 'name' | 'type' | 'status' | 'label';

/** The sort key of a row (never null) and its kind; the asset number breaks ties. */
const SORTS: Record<AssetSort, { expr: string; kind: 'number' | 'string' }> = {
  reference: { expr: 'a.number', kind: 'number' },
  name: { expr: 'a.name', kind: 'string' },
  type: { expr: 'a.type', kind: 'string' },
  // Lifecycle and sensitivity sort in their own order, not alphabetically.
  status: {
    expr: "case a.status when 'planned' then 1 when 'in_use' then 2 when 'retired' then 3 else 4 end",
    kind: 'number',
  },
  label: {
    expr: "case a.label when 'public' then 1 when 'internal' then 2 when 'confidential' then 3 else 4 end",
    kind: 'number',
  },
};
export const assetSortKind = (sort: AssetSort) => SORTS[sort].kind;

export async function listAssets(
  db: Db,
  f: AssetFilter,
  sort: AssetSort,
  dir: 'asc' | 'desc',
  after: { k: string | number; n: number } | undefined,
  limit: number,
): Promise<AssetListRow[]> {
  const key = sql.raw(SORTS[sort].expr);
  const num = sql.raw('a.number');
  let q = db
    .selectFrom('asset as a')
    .leftJoin('org_unit as u', 'u.id', 'a.org_unit_id')
    .leftJoin('asset as p', 'p.id', 'a.parent_id')
    .selectAll('a')
    .select([
      'u.name as unit_name',
      'p.reference as parent_reference',
      'p.name as parent_name',
      sql<string | number>`${key}`.as('sort_key'),
    ])
    .where((eb) => where(eb, f));
  if (after) {
    const cmp = sql.raw(dir === 'asc' ? '>' : '<');
    q = q.where(
      sort === 'reference'
        ? sql<SqlBool>`${num} ${cmp} ${after.n}`
        : sql<SqlBool>`(${key} ${cmp} ${after.k} or (${key} = ${after.k} and ${num} ${cmp} ${after.n}))`,
    );
  }
  return q
    .orderBy(sql`${key} ${sql.raw(dir)}`)
    .orderBy('a.number', dir)
    .limit(limit)
    .execute();
}

export async function countAssets(db: Db, f: AssetFilter): Promise<number> {
  const row = await db
    .selectFrom('asset as a')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => where(eb, f))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export type AssetDetailRow = AssetRow & {
  unit_name: string | null;
  parent_reference: string | null;
  parent_name: string | null;
};

export async function findAsset(db: Db, id: string): Promise<AssetDetailRow | undefined> {
  return db
    .selectFrom('asset as a')
    .leftJoin('org_unit as u', 'u.id', 'a.org_unit_id')
    .leftJoin('asset as p', 'p.id', 'a.parent_id')
    .selectAll('a')
    .select(['u.name as unit_name', 'p.reference as parent_reference', 'p.name as parent_name'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export async function nextAssetNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('asset')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertAsset(db: Db, row: Insertable<AssetTable>): Promise<void> {
  await db.insertInto('asset').values(row).execute();
}

export async function updateAsset(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Omit<AssetRow, 'id' | 'version' | 'number' | 'reference'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('asset')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function parentIdOf(db: Db, id: string): Promise<string | null | undefined> {
  const row = await db.selectFrom('asset').select('parent_id').where('id', '=', id).executeTakeFirst();
  return row ? row.parent_id : undefined;
}

/** Every asset's parent and CMDB id (an import resolves parents and checks loops against them). */
export async function assetTree(
  db: Db,
): Promise<{ id: string; parent_id: string | null; external_id: string | null }[]> {
  return db.selectFrom('asset').select(['id', 'parent_id', 'external_id']).execute();
}

export async function assetIdByExternalId(db: Db, externalId: string): Promise<string | undefined> {
  return (await db.selectFrom('asset').select('id').where('external_id', '=', externalId).executeTakeFirst())?.id;
}

export async function assetsByExternalId(db: Db, externalIds: string[]): Promise<AssetRow[]> {
  const out: AssetRow[] = [];
  for (let i = 0; i < externalIds.length; i += 500)
    out.push(
      ...(await db
        .selectFrom('asset')
        .selectAll()
        .where('external_id', 'in', externalIds.slice(i, i + 500))
        .execute()),
    );
  return out;
}

export async function childrenOf(
  db: Db,
  id: string,
  limit: number,
): Promise<{ id: string; reference: string; name: string }[]> {
  return db
    .selectFrom('asset')
    .select(['id', 'reference', 'name'])
    .where('parent_id', '=', id)
    .orderBy('number')
    .limit(limit)
    .execute();
}

export async function countChildren(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('asset')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function currentEntitlementCount(db: Db, assetId: string): Promise<number> {
  const row = await db
    .selectFrom('entitlement')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('asset_id', '=', assetId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

// Links ----------------------------------------------------------------------------------------

export async function linksOf(db: Db, assetId: string): Promise<{ object_type: string; object_ref: string }[]> {
  return db.selectFrom('asset_link').select(['object_type', 'object_ref']).where('asset_id', '=', assetId).execute();
}

export async function linkedRisks(
  db: Db,
  assetId: string,
): Promise<{ id: string; reference: string; title: string }[]> {
  return db
    .selectFrom('asset_link as l')
    .innerJoin('risk as r', 'r.id', 'l.object_ref')
    .select(['r.id', 'r.reference', 'r.title'])
    .where('l.asset_id', '=', assetId)
    .where('l.object_type', '=', 'risk')
    .orderBy('r.number')
    .execute();
}

/** Which of these risk ids exist. */
export async function existingRiskIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('risk').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function deleteLinks(db: Db, assetId: string, type: string, refs: string[]): Promise<void> {
  if (refs.length === 0) return;
  await db
    .deleteFrom('asset_link')
    .where('asset_id', '=', assetId)
    .where('object_type', '=', type)
    .where('object_ref', 'in', refs)
    .execute();
}

export async function insertLinks(db: Db, rows: AssetLinkTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('asset_link').values(rows).execute();
}

// Names ----------------------------------------------------------------------------------------

export async function orgUnitCodes(db: Db): Promise<{ id: string; code: string }[]> {
  return db.selectFrom('org_unit').select(['id', 'code']).execute();
}

export async function personNames(db: Db, ids: string[]): Promise<{ id: string; full_name: string }[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const out: { id: string; full_name: string }[] = [];
  for (let i = 0; i < unique.length; i += 500)
    out.push(
      ...(await db
        .selectFrom('person')
        .select(['id', 'full_name'])
        .where('id', 'in', unique.slice(i, i + 500))
        .execute()),
    );
  return out;
}

export async function activePeople(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('person')
    .select('id')
    .where('id', 'in', ids)
    .where('status', '=', 'active')
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function personIdsByEmail(db: Db, emails: string[]): Promise<Map<string, { id: string; status: string }>> {
  const out = new Map<string, { id: string; status: string }>();
  for (let i = 0; i < emails.length; i += 500) {
    const rows = await db
      .selectFrom('person')
      .select(['id', 'email', 'status'])
      .where(sql`lower(email)`, 'in', emails.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.email.toLowerCase(), { id: r.id, status: r.status });
  }
  return out;
}

/** Assets not disposed, with what ownership needs (the coverage check of unowned assets). */
export async function liveAssetLabels(
  db: Db,
): Promise<{ id: string; reference: string; name: string; org_unit_id: string | null }[]> {
  return db
    .selectFrom('asset')
    .select(['id', 'reference', 'name', 'org_unit_id'])
    .where('status', '!=', 'disposed')
    .orderBy('number')
    .execute();
}

/** Ids of the assets in these org units. */
export async function assetIdsInUnits(db: Db, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.selectFrom('asset').select('id').where('org_unit_id', 'in', unitIds).execute();
  return rows.map((r) => r.id);
}
