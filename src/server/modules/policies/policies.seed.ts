import { v7 as uuidv7 } from 'uuid';
import type { Grant } from '../../core/authorize.js';
import type { Actor } from '../../core/actor.js';
import type { Db } from '../../db/database.js';
import { nowIso, toJson } from '../../db/json.js';
import { sha256Hex } from '../files/files.service.js';
import { appendTrail } from '../trail/trail.service.js';
import * as acks from './policies.acks.repository.js';
import * as repo from './policies.repository.js';
import { addMonths, approvedContent, policyReference, type Quiz } from './policies.rules.js';
import * as versions from './policies.versions.repository.js';

/** One version of a policy as recorded history: who wrote it, who approved it as which role, when. */
export type HistoricVersion = {
  title: string;
  body: string;
  changeSummary: string;
  quiz: Quiz | null;
  authorId: string;
  approvedBy: { personId: string; roleKey: string; assignmentId: string };
  approvedAt: string;
  /** null leaves the version approved and waiting to be published. */
  publishedAt: string | null;
};

export type HistoricPolicy = {
  kind: 'isms' | 'topic';
  title: string;
  summary: string;
  approverRoleKey: string;
  reviewIntervalMonths: number;
  ackWithinDays: number;
  audience: { everyone: boolean; orgUnitIds: string[]; roleKeys: string[] };
  versions: HistoricVersion[];
  /** A next version written and submitted, waiting for the approver. */
  inReview?: { title: string; body: string; changeSummary: string; authorId: string; submittedAt: string };
};

type Who = { actor: Actor; grant: Grant };

/**
 * Records a policy's past (for the demo organisation): its versions as they were written, approved
 * and published, in one transaction with one trail event saying it was loaded, and who approved
 * each version under which assignment. The approval rules are the ones the live workflow enforces
 * (the approver holds the role and did not write the version); the caller supplies such people.
 */
export async function recordPolicyHistory(
  trx: Db,
  input: HistoricPolicy,
  who: Who,
): Promise<{ id: string; versionIds: string[] }> {
  for (const v of input.versions)
    if (v.authorId === v.approvedBy.personId) throw new Error(`SOD-08: the author of "${v.title}" cannot approve it`);
  const id = uuidv7();
  const number = await repo.nextPolicyNumber(trx);
  const now = nowIso();
  const published = input.versions.filter((v) => v.publishedAt !== null);
  const last = published[published.length - 1];
  await repo.insertPolicy(trx, {
    id,
    number,
    reference: policyReference(number),
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    approver_role_key: input.approverRoleKey,
    review_interval_months: input.reviewIntervalMonths,
    ack_within_days: input.ackWithinDays,
    audience_everyone: input.audience.everyone ? 1 : 0,
    current_version_id: null,
    next_review_at: last?.publishedAt ? addMonths(last.publishedAt, input.reviewIntervalMonths) : null,
    retired_at: null,
    retired_by: null,
    retire_reason: null,
    created_by: input.versions[0]?.authorId ?? null,
    created_at: input.versions[0]?.approvedAt ?? now,
    updated_at: now,
    version: 1,
  });
  await repo.replaceAudience(trx, id, [
    ...input.audience.orgUnitIds.map((ref) => ({ kind: 'org_unit' as const, ref })),
    ...input.audience.roleKeys.map((ref) => ({ kind: 'role' as const, ref })),
  ]);
  const versionIds: string[] = [];
  let current: string | null = null;
  for (const [i, v] of input.versions.entries()) {
    const vid = uuidv7();
    versionIds.push(vid);
    const isLast = v === last;
    await versions.insertVersion(trx, {
      id: vid,
      policy_id: id,
      number: i + 1,
      status: v.publishedAt === null ? 'approved' : isLast ? 'published' : 'superseded',
      title: v.title,
      body: v.body,
      change_summary: v.changeSummary,
      quiz: v.quiz ? toJson(v.quiz) : null,
      authors: toJson([v.authorId]),
      created_by: v.authorId,
      created_at: v.approvedAt,
      updated_at: v.publishedAt ?? v.approvedAt,
      submitted_at: v.approvedAt,
      submitted_by: v.authorId,
      approved_at: v.approvedAt,
      approved_by: v.approvedBy.personId,
      approved_role_key: v.approvedBy.roleKey,
      approved_assignment_id: v.approvedBy.assignmentId,
      approval_note: null,
      content_sha256: sha256Hex(approvedContent(v.title, v.body)),
      returned_at: null,
      returned_by: null,
      return_note: null,
      published_at: v.publishedAt,
      published_by: v.publishedAt ? v.authorId : null,
      version: 1,
    });
    if (isLast) current = vid;
  }
  if (input.inReview) {
    const r = input.inReview;
    const vid = uuidv7();
    versionIds.push(vid);
    await versions.insertVersion(trx, {
      id: vid,
      policy_id: id,
      number: input.versions.length + 1,
      status: 'in_review',
      title: r.title,
      body: r.body,
      change_summary: r.changeSummary,
      quiz: null,
      authors: toJson([r.authorId]),
      created_by: r.authorId,
      created_at: r.submittedAt,
      updated_at: r.submittedAt,
      submitted_at: r.submittedAt,
      submitted_by: r.authorId,
      approved_at: null,
      approved_by: null,
      approved_role_key: null,
      approved_assignment_id: null,
      approval_note: null,
      content_sha256: null,
      returned_at: null,
      returned_by: null,
      return_note: null,
      published_at: null,
      published_by: null,
      version: 1,
    });
  }
  if (current) await repo.updatePolicy(trx, id, 1, { current_version_id: current });
  await appendTrail(trx, {
    ...who,
    action: 'policy.history.recorded',
    objectType: 'policy',
    objectId: id,
    changes: {
      reference: policyReference(number),
      title: input.title,
      versions: input.versions.map((v, i) => ({
        number: i + 1,
        approvedBy: v.approvedBy.personId,
        approvedAs: v.approvedBy.roleKey,
        approvedAt: v.approvedAt,
        publishedAt: v.publishedAt,
      })),
      inReview: input.inReview ? { authorId: input.inReview.authorId, submittedAt: input.inReview.submittedAt } : null,
    },
  });
  return { id, versionIds };
}

/** Records acknowledgements given in the past (demo data), one trail event per batch. */
export async function recordAcknowledgements(
  trx: Db,
  versionId: string,
  rows: { personId: string; at: string; quizScore: number | null }[],
  who: Who,
): Promise<void> {
  for (const r of rows)
    await acks.insertAck(trx, {
      version_id: versionId,
      person_id: r.personId,
      acknowledged_at: r.at,
      quiz_score: r.quizScore,
      account_id: null,
    });
  if (rows.length > 0)
    await appendTrail(trx, {
      ...who,
      action: 'policy.acknowledgements.recorded',
      objectType: 'policy_version',
      objectId: versionId,
      changes: { count: rows.length },
    });
}
