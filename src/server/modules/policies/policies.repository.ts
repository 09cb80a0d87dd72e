import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { PolicyReviewTable, PolicyTable } from '../../db/schema.js';

export type PolicyRow = PolicyTable;
export type PolicyWithVersions = PolicyRow & {
  current_number: number | null;
  current_published_at: string | null;
  pending_id: string | null;
  pending_number: number | null;
  pending_status: string | null;
};

const PENDING = ['draft', 'in_review', 'approved'] as const;

function withVersions(db: Db) {
  return db
    .selectFrom('policy as p')
    .leftJoin('policy_version as cur', 'cur.id', 'p.current_version_id')
    .leftJoin('policy_version as pend', (j) =>
      j.onRef('pend.policy_id', '=', 'p.id').on('pend.status', 'in', [...PENDING]),
    )
    .selectAll('p')
    .select([
      'cur.number as current_number',
      'cur.published_at as current_published_at',
      'pend.id as pending_id',
      'pend.number as pending_number',
      'pend.status as pending_status',
    ]);
}

export async function findPolicy(db: Db, id: string): Promise<PolicyWithVersions | undefined> {
  return withVersions(db).where('p.id', '=', id).executeTakeFirst();
}

export type PolicyFilter = {
  q?: string;
  status?: 'draft' | 'published' | 'retired';
  kind?: 'isms' | 'topic';
  reviewOverdueAt?: string;
  notOverdueAt?: string;
};

/** The register, by policy number; keyset on number. */
export async function listPolicies(
  db: Db,
  f: PolicyFilter,
  afterNumber: number | undefined,
  limit: number,
): Promise<PolicyWithVersions[]> {
  let q = withVersions(db);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(p.title)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(p.reference)`, 'like', sql`${like} escape '\\'`),
      ]),
    );
  }
  if (f.kind) q = q.where('p.kind', '=', f.kind);
  if (f.status === 'retired') q = q.where('p.retired_at', 'is not', null);
  if (f.status === 'published') q = q.where('p.retired_at', 'is', null).where('p.current_version_id', 'is not', null);
  if (f.status === 'draft') q = q.where('p.retired_at', 'is', null).where('p.current_version_id', 'is', null);
  if (f.reviewOverdueAt) q = q.where('p.retired_at', 'is', null).where('p.next_review_at', '<', f.reviewOverdueAt);
  if (f.notOverdueAt)
    q = q.where((eb) => eb.or([eb('p.next_review_at', 'is', null), eb('p.next_review_at', '>=', f.notOverdueAt!)]));
  if (afterNumber !== undefined) q = q.where('p.number', '>', afterNumber);
  return q.orderBy('p.number').limit(limit).execute();
}

/** Every policy not retired, for the per-person view and the duty scans (policies are in the hundreds). */
export async function activePolicies(db: Db): Promise<PolicyWithVersions[]> {
  return withVersions(db).where('p.retired_at', 'is', null).orderBy('p.number').execute();
}

export async function nextPolicyNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('policy')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function findActiveIsmsPolicy(db: Db): Promise<{ id: string; reference: string } | undefined> {
  return db
    .selectFrom('policy')
    .select(['id', 'reference'])
    .where('kind', '=', 'isms')
    .where('retired_at', 'is', null)
    .executeTakeFirst();
}

export async function insertPolicy(db: Db, row: PolicyRow): Promise<void> {
  await db.insertInto('policy').values(row).execute();
}

/** Optimistic update: false when the row moved on from `version`. */
export async function updatePolicy(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Omit<PolicyRow, 'id' | 'version'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('policy')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function audienceOf(
  db: Db,
  policyIds: string[],
): Promise<{ policy_id: string; kind: string; ref: string }[]> {
  if (policyIds.length === 0) return [];
  return db
    .selectFrom('policy_audience')
    .select(['policy_id', 'kind', 'ref'])
    .where('policy_id', 'in', policyIds)
    .orderBy('policy_id')
    .orderBy('kind')
    .orderBy('ref')
    .execute();
}

export async function replaceAudience(
  db: Db,
  policyId: string,
  rows: { kind: 'org_unit' | 'role'; ref: string }[],
): Promise<void> {
  await db.deleteFrom('policy_audience').where('policy_id', '=', policyId).execute();
  if (rows.length > 0)
    await db
      .insertInto('policy_audience')
      .values(rows.map((r) => ({ policy_id: policyId, ...r })))
      .execute();
}

export async function orgUnits(db: Db): Promise<{ id: string; name: string; parent_id: string | null }[]> {
  return db.selectFrom('org_unit').select(['id', 'name', 'parent_id']).execute();
}

export async function roleNames(
  db: Db,
  keys: string[],
): Promise<{ key: string; name: string; retired_at: string | null }[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('role').select(['key', 'name', 'retired_at']).where('key', 'in', keys).execute();
}

export async function personNames(db: Db, ids: string[]): Promise<{ id: string; full_name: string }[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', unique).execute();
}

export async function activePersons(
  db: Db,
  ids: string[],
): Promise<{ id: string; full_name: string; status: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('person').select(['id', 'full_name', 'status']).where('id', 'in', ids).execute();
}

export async function policyLabels(db: Db, ids: string[]): Promise<{ id: string; reference: string; title: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('policy').select(['id', 'reference', 'title']).where('id', 'in', ids).execute();
}

export async function activePolicyLabels(db: Db): Promise<{ id: string; reference: string; title: string }[]> {
  return db
    .selectFrom('policy')
    .select(['id', 'reference', 'title'])
    .where('retired_at', 'is', null)
    .orderBy('reference')
    .execute();
}

// Reviews -------------------------------------------------------------------------------------

export type PolicyReviewRow = PolicyReviewTable & { version_number: number };

export async function insertReview(db: Db, row: PolicyReviewTable): Promise<void> {
  await db.insertInto('policy_review').values(row).execute();
}

export async function findReview(db: Db, id: string): Promise<PolicyReviewRow | undefined> {
  return db
    .selectFrom('policy_review as r')
    .innerJoin('policy_version as v', 'v.id', 'r.version_id')
    .selectAll('r')
    .select('v.number as version_number')
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function listReviews(
  db: Db,
  policyId: string,
  after: { at: string; id: string } | undefined,
  limit: number,
): Promise<PolicyReviewRow[]> {
  let q = db
    .selectFrom('policy_review as r')
    .innerJoin('policy_version as v', 'v.id', 'r.version_id')
    .selectAll('r')
    .select('v.number as version_number')
    .where('r.policy_id', '=', policyId);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('r.requested_at', '<', after.at),
        eb.and([eb('r.requested_at', '=', after.at), eb('r.id', '<', after.id)]),
      ]),
    );
  return q.orderBy('r.requested_at', 'desc').orderBy('r.id', 'desc').limit(limit).execute();
}

export async function requestedReviews(db: Db, policyId?: string): Promise<PolicyReviewRow[]> {
  let q = db
    .selectFrom('policy_review as r')
    .innerJoin('policy_version as v', 'v.id', 'r.version_id')
    .selectAll('r')
    .select('v.number as version_number')
    .where('r.status', '=', 'requested');
  if (policyId) q = q.where('r.policy_id', '=', policyId);
  return q.orderBy('r.requested_at').execute();
}

export async function decideReview(
  db: Db,
  id: string,
  version: number,
  patch: Partial<
    Pick<PolicyReviewTable, 'status' | 'decided_by' | 'decided_at' | 'decided_role_key' | 'decision_note'>
  >,
): Promise<boolean> {
  const res = await db
    .updateTable('policy_review')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Closes open review requests of a policy (a new version was published, or it was retired). */
export async function closeRequestedReviews(db: Db, policyId: string, at: string, note: string): Promise<void> {
  await db
    .updateTable('policy_review')
    .set((eb) => ({ status: 'returned', decided_at: at, decision_note: note, version: eb('version', '+', 1) }))
    .where('policy_id', '=', policyId)
    .where('status', '=', 'requested')
    .execute();
}
