import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type SelectQueryBuilder,
  type SqlBool,
  type Updateable,
} from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database, AccessReviewRow, AccessReviewTable, AccessReviewItemTable } from '../../db/schema.js';
import type { TReviewItemFilter } from '../../../contracts/access-reviews.js';

// Campaigns and their items. Items are written and decided in bulk with INSERT … SELECT and
// UPDATE … WHERE so a campaign over millions of entitlements never passes through the app.

const CHUNK = 500;
const chunks = <T>(xs: T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
};

export async function nextReviewNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('access_review')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertReview(db: Db, row: Omit<AccessReviewTable, 'version' | 'item_count'>): Promise<void> {
  await db.insertInto('access_review').values(row).execute();
}

export async function findReview(db: Db, id: string): Promise<AccessReviewRow | undefined> {
  return db.selectFrom('access_review').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateReview(
  db: Db,
  id: string,
  version: number,
  patch: Omit<Updateable<AccessReviewTable>, 'id' | 'version'>,
): Promise<boolean> {
  const r = await db
    .updateTable('access_review')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function listReviews(
  db: Db,
  f: { status?: string; reviewerId?: string },
  beforeNumber: number | undefined,
  limit: number,
): Promise<AccessReviewRow[]> {
  let q = db.selectFrom('access_review').selectAll();
  if (f.status) q = q.where('status', '=', f.status);
  if (f.reviewerId)
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('access_review_item').select('review_id').where('reviewer_id', '=', f.reviewerId!).distinct(),
    );
  if (beforeNumber !== undefined) q = q.where('number', '<', beforeNumber);
  return q.orderBy('number', 'desc').limit(limit).execute();
}

/** Systems with current entitlements (a campaign over "everything"). */
export async function systemsWithEntitlements(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('entitlement')
    .select('asset_id')
    .where('removed_at', 'is', null)
    .distinct()
    .execute();
  return rows.map((r) => r.asset_id);
}

export async function insertScope(db: Db, reviewId: string, assetIds: string[]): Promise<void> {
  for (const part of chunks(assetIds))
    await db
      .insertInto('access_review_asset')
      .values(part.map((asset_id) => ({ review_id: reviewId, asset_id })))
      .execute();
}

export async function scopeAssets(db: Db, reviewId: string, limit: number) {
  return db
    .selectFrom('access_review_asset as s')
    .innerJoin('asset as a', 'a.id', 's.asset_id')
    .select(['a.id', 'a.reference', 'a.name', 'a.org_unit_id'])
    .where('s.review_id', '=', reviewId)
    .orderBy('a.number')
    .limit(limit)
    .execute();
}

export async function scopeCount(db: Db, reviewId: string): Promise<number> {
  const row = await db
    .selectFrom('access_review_asset')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('review_id', '=', reviewId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One item per current entitlement of the systems; differential: only those new or changed since last certified. */
export async function populateItems(
  db: Db,
  reviewId: string,
  assetIds: string[],
  differential: boolean,
): Promise<void> {
  for (const part of chunks(assetIds)) {
    let select = db
      .selectFrom('entitlement as e')
      .innerJoin('system_account as a', 'a.id', 'e.account_id')
      .select([
        sql.lit(reviewId).as('review_id'),
        'e.id as entitlement_id',
        'e.asset_id',
        'e.account_id',
        'a.name as account_name',
        'e.person_id',
        'e.name',
        'e.privileged',
      ])
      .where('e.asset_id', 'in', part)
      .where('e.removed_at', 'is', null);
    if (differential)
      select = select.where((eb) =>
        eb.or([eb('e.last_certified_at', 'is', null), eb('e.changed_at', '>', eb.ref('e.last_certified_at'))]),
      );
    await db
      .insertInto('access_review_item')
      .columns([
        'review_id',
        'entitlement_id',
        'asset_id',
        'account_id',
        'account_name',
        'person_id',
        'name',
        'privileged',
      ])
      .expression(select)
      .execute();
  }
}

export async function setReviewer(
  db: Db,
  reviewId: string,
  assetIds: string[],
  reviewerId: string | null,
  routed: string | null,
): Promise<void> {
  for (const part of chunks(assetIds))
    await db
      .updateTable('access_review_item')
      .set({ reviewer_id: reviewerId, routed })
      .where('review_id', '=', reviewId)
      .where('asset_id', 'in', part)
      .execute();
}

/** SOD-04: items whose reviewer holds the account go to the holder's manager. */
export async function routeOwnAccounts(db: Db, reviewId: string): Promise<void> {
  await db
    .updateTable('access_review_item')
    .set((eb) => ({
      reviewer_id: eb
        .selectFrom('person')
        .select('person.manager_id')
        .whereRef('person.id', '=', 'access_review_item.person_id'),
      routed: 'own_account',
    }))
    .where('review_id', '=', reviewId)
    .whereRef('person_id', '=', 'reviewer_id')
    .execute();
  // A manager who holds the same account, or no manager: left for the ISM to reassign.
  await db
    .updateTable('access_review_item')
    .set({ reviewer_id: null })
    .where('review_id', '=', reviewId)
    .whereRef('person_id', '=', 'reviewer_id')
    .execute();
}

/** Items without a reviewer after routing go to the fallback (the ISM), unless it is their own account. */
export async function fallbackReviewer(db: Db, reviewId: string, personId: string): Promise<void> {
  await db
    .updateTable('access_review_item')
    .set({ reviewer_id: personId })
    .where('review_id', '=', reviewId)
    .where('reviewer_id', 'is', null)
    .where((eb) => eb.or([eb('person_id', 'is', null), eb('person_id', '<>', personId)]))
    .execute();
}

/** Flags the items whose entitlement the subquery (one toxic rule's sides) returns. */
export async function flagToxic(db: Db, reviewId: string, ids: SelectQueryBuilder<Database, never, { id: string }>) {
  await db
    .updateTable('access_review_item')
    .set({ toxic: 1 })
    .where('review_id', '=', reviewId)
    .where('entitlement_id', 'in', ids)
    .execute();
}

export async function countItems(db: Db, reviewId: string, reviewerId?: string) {
  let q = db
    .selectFrom('access_review_item')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('decision').as('decided'),
      eb.fn.sum<number>(sql`case when decision = 'keep' then 1 else 0 end`).as('keep'),
      eb.fn.sum<number>(sql`case when decision = 'revoke' then 1 else 0 end`).as('revoke'),
      eb.fn.sum<number>(sql`case when decision = 'modify' then 1 else 0 end`).as('modify'),
      eb.fn.sum<number>('toxic').as('toxic'),
      eb.fn.count<number>('routed').as('routed'),
      eb.fn.sum<number>(sql`case when reviewer_id is null then 1 else 0 end`).as('without'),
      eb.fn.count<number>('revoked_at').as('revoked'),
    ])
    .where('review_id', '=', reviewId);
  if (reviewerId) q = q.where('reviewer_id', '=', reviewerId);
  const r = await q.executeTakeFirstOrThrow();
  const n = (v: unknown) => Number(v ?? 0);
  return {
    total: n(r.total),
    decided: n(r.decided),
    keep: n(r.keep),
    revoke: n(r.revoke),
    modify: n(r.modify),
    toxic: n(r.toxic),
    routed: n(r.routed),
    withoutReviewer: n(r.without),
    revoked: n(r.revoked),
  };
}

export async function reviewerProgress(db: Db, reviewId: string, after: string | undefined, limit: number) {
  let q = db
    .selectFrom('access_review_item as i')
    .leftJoin('person as p', 'p.id', 'i.reviewer_id')
    .select((eb) => [
      sql<string>`coalesce(i.reviewer_id, '')`.as('reviewer_key'),
      'i.reviewer_id',
      eb.fn.max('p.full_name').as('full_name'),
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('i.decision').as('decided'),
      eb.fn.sum<number>(sql`case when i.decision in ('revoke', 'modify') then 1 else 0 end`).as('revoke'),
    ])
    .where('i.review_id', '=', reviewId)
    .groupBy('i.reviewer_id');
  if (after !== undefined) q = q.having(sql`coalesce(i.reviewer_id, '')`, '>', after);
  return q
    .orderBy(sql`coalesce(i.reviewer_id, '')`)
    .limit(limit)
    .execute();
}

export type ItemFilter = Partial<Omit<TReviewItemFilter, 'reviewer'>> & {
  reviewerId?: string | null;
  entitlementIds?: string[];
  decisions?: string[];
};

type ItemEb = ExpressionBuilder<Database & { i: AccessReviewItemTable }, 'i'>;

/** The filter as one condition, shared by the items list and bulk decisions. */
function itemWhere(f: ItemFilter) {
  return (eb: ItemEb): Expression<SqlBool> => {
    const all: Expression<SqlBool>[] = [];
    if (f.reviewerId === null) all.push(eb('i.reviewer_id', 'is', null));
    else if (f.reviewerId) all.push(eb('i.reviewer_id', '=', f.reviewerId));
    if (f.assetId) all.push(eb('i.asset_id', '=', f.assetId));
    if (f.decision === 'undecided') all.push(eb('i.decision', 'is', null));
    else if (f.decision) all.push(eb('i.decision', '=', f.decision));
    if (f.decisions) all.push(eb('i.decision', 'in', f.decisions));
    if (f.privileged !== undefined) all.push(eb('i.privileged', '=', f.privileged ? 1 : 0));
    if (f.toxic !== undefined) all.push(eb('i.toxic', '=', f.toxic ? 1 : 0));
    if (f.orphaned !== undefined) all.push(eb('i.person_id', f.orphaned ? 'is' : 'is not', null));
    if (f.entitlementIds) all.push(eb('i.entitlement_id', 'in', f.entitlementIds));
    if (f.q) {
      const like = `%${f.q.toLowerCase()}%`;
      all.push(
        eb.or([
          eb(eb.fn('lower', ['i.account_name']), 'like', like),
          eb(eb.fn('lower', ['i.name']), 'like', like),
          eb(
            'i.person_id',
            'in',
            eb
              .selectFrom('person')
              .select('person.id')
              .where((p) => p(p.fn('lower', ['person.full_name']), 'like', like)),
          ),
        ]),
      );
    }
    return eb.and(all);
  };
}

export async function listItems(db: Db, reviewId: string, f: ItemFilter, after: string | undefined, limit: number) {
  let q = db
    .selectFrom('access_review_item as i')
    .innerJoin('asset as a', 'a.id', 'i.asset_id')
    .selectAll('i')
    .select(['a.reference as asset_reference', 'a.name as asset_name', 'a.org_unit_id as asset_org_unit_id'])
    .where('i.review_id', '=', reviewId);
  q = q.where(itemWhere(f));
  if (after) q = q.where('i.entitlement_id', '>', after);
  return q.orderBy('i.entitlement_id').limit(limit).execute();
}

export async function decideItems(
  db: Db,
  reviewId: string,
  f: ItemFilter,
  decision: Pick<AccessReviewItemTable, 'decision' | 'modify_to' | 'comment' | 'decided_by' | 'decided_at'>,
  deciderId: string,
): Promise<number> {
  const r = await db
    .updateTable('access_review_item as i')
    .set(decision)
    .where('i.review_id', '=', reviewId)
    .where('i.decision', 'is', null)
    // SOD-04 holds whatever the filter: nobody decides their own account.
    .where((eb) => eb.or([eb('i.person_id', 'is', null), eb('i.person_id', '<>', deciderId)]))
    .where(itemWhere(f))
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function reassign(db: Db, reviewId: string, ids: string[], reviewerId: string): Promise<number> {
  const r = await db
    .updateTable('access_review_item')
    .set({ reviewer_id: reviewerId, routed: 'reassigned' })
    .where('review_id', '=', reviewId)
    .where('entitlement_id', 'in', ids)
    .where('decision', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function holdersAmong(db: Db, reviewId: string, ids: string[], personId: string): Promise<number> {
  const row = await db
    .selectFrom('access_review_item')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('review_id', '=', reviewId)
    .where('entitlement_id', 'in', ids)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Kept entitlements count as certified at the campaign's close. */
export async function certifyKept(db: Db, reviewId: string, at: string): Promise<void> {
  await db
    .updateTable('entitlement')
    .set({ last_certified_at: at })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('access_review_item')
        .select('entitlement_id')
        .where('review_id', '=', reviewId)
        .where('decision', '=', 'keep'),
    )
    .execute();
}

export async function markRevoked(
  db: Db,
  reviewId: string,
  ids: string[],
  assetIds: string[] | 'all',
  by: string,
  at: string,
) {
  let q = db
    .updateTable('access_review_item')
    .set({ revoked_by: by, revoked_at: at })
    .where('review_id', '=', reviewId)
    .where('entitlement_id', 'in', ids)
    .where('decision', 'in', ['revoke', 'modify'])
    .where('revoked_at', 'is', null);
  if (assetIds !== 'all') {
    if (assetIds.length === 0) return 0;
    q = q.where('asset_id', 'in', assetIds);
  }
  const r = await q.executeTakeFirst();
  // A revoked entitlement is gone until an import or a request brings it back.
  await db
    .updateTable('entitlement')
    .set({ removed_at: at, changed_at: at })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('access_review_item')
        .select('entitlement_id')
        .where('review_id', '=', reviewId)
        .where('entitlement_id', 'in', ids)
        .where('decision', '=', 'revoke')
        .where('revoked_at', '=', at),
    )
    .execute();
  return Number(r.numUpdatedRows);
}

export async function personRefs(db: Db, ids: string[]): Promise<Map<string, { full_name: string; email: string }>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, { full_name: string; email: string }>();
  for (const part of chunks(unique)) {
    const rows = await db.selectFrom('person').select(['id', 'full_name', 'email']).where('id', 'in', part).execute();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** Open campaigns with undecided items per reviewer (the inbox). */
export async function undecidedByReviewer(
  db: Db,
  f: { reviewerId?: string; afterKey?: string; dueBefore?: string; limit: number },
) {
  let q = db
    .selectFrom('access_review_item as i')
    .innerJoin('access_review as r', 'r.id', 'i.review_id')
    .select((eb) => [
      'i.review_id',
      'i.reviewer_id',
      'r.reference',
      'r.title',
      'r.due_at',
      'r.created_at',
      eb.fn.countAll<number>().as('n'),
    ])
    .where('r.status', '=', 'open')
    .where('i.decision', 'is', null)
    .where('i.reviewer_id', 'is not', null)
    .groupBy(['i.review_id', 'i.reviewer_id', 'r.reference', 'r.title', 'r.due_at', 'r.created_at']);
  if (f.reviewerId) q = q.where('i.reviewer_id', '=', f.reviewerId);
  if (f.dueBefore) q = q.where('r.due_at', '<', f.dueBefore);
  const rows = await q.orderBy('i.review_id').orderBy('i.reviewer_id').execute();
  const keyed = rows.map((r) => ({ ...r, key: `${r.review_id}:${r.reviewer_id}` }));
  return keyed.filter((r) => (f.afterKey ? r.key > f.afterKey : true)).slice(0, f.limit);
}

/** Closed campaigns with revocations not yet carried out, per system. */
export async function pendingRevocations(db: Db) {
  return db
    .selectFrom('access_review_item as i')
    .innerJoin('access_review as r', 'r.id', 'i.review_id')
    .innerJoin('asset as a', 'a.id', 'i.asset_id')
    .select((eb) => [
      'i.review_id',
      'i.asset_id',
      'a.org_unit_id',
      'r.reference',
      'r.title',
      'r.closed_at',
      eb.fn.countAll<number>().as('n'),
    ])
    .where('r.status', '=', 'closed')
    .where('i.decision', 'in', ['revoke', 'modify'])
    .where('i.revoked_at', 'is', null)
    .groupBy(['i.review_id', 'i.asset_id', 'a.org_unit_id', 'r.reference', 'r.title', 'r.closed_at'])
    .execute();
}
