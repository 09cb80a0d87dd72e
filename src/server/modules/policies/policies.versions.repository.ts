import type { Db } from '../../db/database.js';
import type {
  PolicyAttachmentTable,
  PolicyCommentTable,
  PolicyVersionStatus,
  PolicyVersionTable,
} from '../../db/schema.js';

export type VersionRow = PolicyVersionTable;

export async function findVersion(db: Db, policyId: string, id: string): Promise<VersionRow | undefined> {
  return db
    .selectFrom('policy_version')
    .selectAll()
    .where('id', '=', id)
    .where('policy_id', '=', policyId)
    .executeTakeFirst();
}

export async function findVersionById(db: Db, id: string): Promise<VersionRow | undefined> {
  return db.selectFrom('policy_version').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function versionsByIds(db: Db, ids: string[]): Promise<VersionRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('policy_version').selectAll().where('id', 'in', ids).execute();
}

export async function listVersions(
  db: Db,
  policyId: string,
  beforeNumber: number | undefined,
  limit: number,
): Promise<VersionRow[]> {
  let q = db.selectFrom('policy_version').selectAll().where('policy_id', '=', policyId);
  if (beforeNumber !== undefined) q = q.where('number', '<', beforeNumber);
  return q.orderBy('number', 'desc').limit(limit).execute();
}

export async function nextVersionNumber(db: Db, policyId: string): Promise<number> {
  const row = await db
    .selectFrom('policy_version')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('policy_id', '=', policyId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function pendingVersionOf(db: Db, policyId: string): Promise<VersionRow | undefined> {
  return db
    .selectFrom('policy_version')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('status', 'in', ['draft', 'in_review', 'approved'])
    .executeTakeFirst();
}

export async function versionsInStatus(db: Db, statuses: PolicyVersionStatus[]): Promise<VersionRow[]> {
  return db
    .selectFrom('policy_version as v')
    .innerJoin('policy as p', 'p.id', 'v.policy_id')
    .selectAll('v')
    .where('v.status', 'in', statuses)
    .where('p.retired_at', 'is', null)
    .orderBy('v.id')
    .execute();
}

export async function insertVersion(db: Db, row: VersionRow): Promise<void> {
  await db.insertInto('policy_version').values(row).execute();
}

/** Optimistic update guarded by status: false when the version moved on. */
export async function updateVersion(
  db: Db,
  id: string,
  version: number,
  fromStatus: PolicyVersionStatus[],
  patch: Partial<Omit<VersionRow, 'id' | 'version' | 'policy_id'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('policy_version')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', 'in', fromStatus)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Sets the status of every version of a policy that is in one of `from` (supersede, retire). */
export async function setStatusWhere(
  db: Db,
  policyId: string,
  from: PolicyVersionStatus[],
  to: PolicyVersionStatus,
  exceptId?: string,
): Promise<void> {
  let q = db
    .updateTable('policy_version')
    .set((eb) => ({ status: to, version: eb('version', '+', 1) }))
    .where('policy_id', '=', policyId)
    .where('status', 'in', from);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}

export async function deleteVersion(db: Db, id: string): Promise<void> {
  await db.deleteFrom('policy_reviewer').where('version_id', '=', id).execute();
  await db.deleteFrom('policy_comment').where('version_id', '=', id).execute();
  await db.deleteFrom('policy_attachment').where('version_id', '=', id).execute();
  await db.deleteFrom('policy_version').where('id', '=', id).execute();
}

// Reviewers ---------------------------------------------------------------------------------

export type ReviewerRow = { version_id: string; person_id: string; requested_at: string; reviewed_at: string | null };

export async function reviewersOf(db: Db, versionId: string): Promise<ReviewerRow[]> {
  return db
    .selectFrom('policy_reviewer')
    .selectAll()
    .where('version_id', '=', versionId)
    .orderBy('requested_at')
    .orderBy('person_id')
    .execute();
}

export async function replaceReviewers(db: Db, versionId: string, personIds: string[], at: string): Promise<void> {
  await db.deleteFrom('policy_reviewer').where('version_id', '=', versionId).execute();
  if (personIds.length > 0)
    await db
      .insertInto('policy_reviewer')
      .values(personIds.map((p) => ({ version_id: versionId, person_id: p, requested_at: at, reviewed_at: null })))
      .execute();
}

export async function markReviewed(db: Db, versionId: string, personId: string, at: string): Promise<boolean> {
  const res = await db
    .updateTable('policy_reviewer')
    .set({ reviewed_at: at })
    .where('version_id', '=', versionId)
    .where('person_id', '=', personId)
    .where('reviewed_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Reviewers still to finish on versions in review (their duties). */
export async function openReviewerRows(
  db: Db,
  personId?: string,
): Promise<(ReviewerRow & { policy_id: string; number: number; title: string; submitted_at: string | null })[]> {
  let q = db
    .selectFrom('policy_reviewer as r')
    .innerJoin('policy_version as v', 'v.id', 'r.version_id')
    .select([
      'r.version_id',
      'r.person_id',
      'r.requested_at',
      'r.reviewed_at',
      'v.policy_id',
      'v.number',
      'v.title',
      'v.submitted_at',
    ])
    .where('v.status', '=', 'in_review')
    .where('r.reviewed_at', 'is', null);
  if (personId) q = q.where('r.person_id', '=', personId);
  return q.orderBy('r.version_id').orderBy('r.person_id').execute();
}

// Comments ----------------------------------------------------------------------------------

export async function insertComment(db: Db, row: PolicyCommentTable): Promise<void> {
  await db.insertInto('policy_comment').values(row).execute();
}

export async function listComments(
  db: Db,
  versionId: string,
  afterId: string | undefined,
  limit: number,
): Promise<(PolicyCommentTable & { full_name: string })[]> {
  let q = db
    .selectFrom('policy_comment as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select('p.full_name')
    .where('c.version_id', '=', versionId);
  if (afterId) q = q.where('c.id', '>', afterId);
  return q.orderBy('c.id').limit(limit).execute();
}

export async function findComment(
  db: Db,
  id: string,
): Promise<(PolicyCommentTable & { full_name: string }) | undefined> {
  return db
    .selectFrom('policy_comment as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select('p.full_name')
    .where('c.id', '=', id)
    .executeTakeFirst();
}

// Attachments -------------------------------------------------------------------------------

export type AttachmentRow = PolicyAttachmentTable;

export async function attachmentsOf(db: Db, versionId: string): Promise<AttachmentRow[]> {
  return db
    .selectFrom('policy_attachment')
    .selectAll()
    .where('version_id', '=', versionId)
    .orderBy('file_name')
    .orderBy('id')
    .execute();
}

export async function findAttachment(db: Db, versionId: string, id: string): Promise<AttachmentRow | undefined> {
  return db
    .selectFrom('policy_attachment')
    .selectAll()
    .where('id', '=', id)
    .where('version_id', '=', versionId)
    .executeTakeFirst();
}

export async function insertAttachment(db: Db, row: AttachmentRow): Promise<void> {
  await db.insertInto('policy_attachment').values(row).execute();
}

export async function deleteAttachment(db: Db, id: string): Promise<void> {
  await db.deleteFrom('policy_attachment').where('id', '=', id).execute();
}

export async function countAttachments(db: Db, versionId: string): Promise<number> {
  const row = await db
    .selectFrom('policy_attachment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('version_id', '=', versionId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
