import type { z } from 'zod';
import type {
  ZPolicyAttachment,
  ZPolicyReview,
  ZPolicySummary,
  ZPolicyVersionSummary,
  TPolicyVersionStatus,
} from '../../../contracts/policies.js';
import { fromJson } from '../../db/json.js';
import type { Db } from '../../db/database.js';
import { holdersOfScopes } from '../responsibilities/responsibilities.ledger.js';
import type { PolicyReviewRow, PolicyWithVersions } from './policies.repository.js';
import * as repo from './policies.repository.js';
import type { AttachmentRow, VersionRow } from './policies.versions.repository.js';

export const OWNER_ROLE = 'policy_owner';

type Names = Map<string, string>;
export type PersonRef = { id: string; fullName: string };

export const ref = (names: Names, id: string | null | undefined): PersonRef | null =>
  id ? { id, fullName: names.get(id) ?? 'Unknown person' } : null;

/** Names of the people and roles a set of rows mentions, in two queries. */
export async function namesFor(db: Db, personIds: (string | null | undefined)[], roleKeys: string[] = []) {
  const [people, roles] = await Promise.all([
    repo.personNames(
      db,
      personIds.filter((x): x is string => typeof x === 'string'),
    ),
    repo.roleNames(db, [...new Set(roleKeys)]),
  ]);
  return {
    people: new Map(people.map((p) => [p.id, p.full_name])),
    roles: new Map(roles.map((r) => [r.key, r.name])),
  };
}

export const policyStatus = (p: PolicyWithVersions) =>
  p.retired_at ? ('retired' as const) : p.current_version_id ? ('published' as const) : ('draft' as const);

/** Register rows with their owners (from the ledger) and approver role names. */
export async function presentSummaries(
  db: Db,
  rows: PolicyWithVersions[],
  now: string,
): Promise<z.infer<typeof ZPolicySummary>[]> {
  const owners = await holdersOfScopes(
    db,
    OWNER_ROLE,
    'policy',
    rows.map((r) => r.id),
    now,
  );
  const names = await namesFor(
    db,
    [...owners.values()],
    rows.map((r) => r.approver_role_key),
  );
  return rows.map((r) => summary(r, owners.get(r.id) ?? null, names, now));
}

export function summary(
  r: PolicyWithVersions,
  ownerId: string | null,
  names: { people: Names; roles: Names },
  now: string,
): z.infer<typeof ZPolicySummary> {
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    title: r.title,
    status: policyStatus(r),
    owner: ref(names.people, ownerId),
    approverRole: { key: r.approver_role_key, name: names.roles.get(r.approver_role_key) ?? r.approver_role_key },
    reviewIntervalMonths: r.review_interval_months,
    nextReviewAt: r.next_review_at,
    reviewOverdue: r.retired_at === null && r.next_review_at !== null && r.next_review_at < now,
    current:
      r.current_version_id && r.current_number !== null && r.current_published_at !== null
        ? { id: r.current_version_id, number: r.current_number, publishedAt: r.current_published_at }
        : null,
    pending:
      r.pending_id && r.pending_number !== null && r.pending_status !== null
        ? { id: r.pending_id, number: r.pending_number, status: r.pending_status as TPolicyVersionStatus }
        : null,
    updatedAt: r.updated_at,
  };
}

export const authorsOf = (v: VersionRow): string[] => fromJson<string[]>(v.authors, []);

export function versionSummary(v: VersionRow, names: Names): z.infer<typeof ZPolicyVersionSummary> {
  return {
    id: v.id,
    number: v.number,
    status: v.status,
    title: v.title,
    changeSummary: v.change_summary,
    authors: authorsOf(v).map((id) => ref(names, id) as PersonRef),
    approvedAt: v.approved_at,
    approvedBy: ref(names, v.approved_by),
    publishedAt: v.published_at,
  };
}

export function presentAttachment(a: AttachmentRow, names: Names): z.infer<typeof ZPolicyAttachment> {
  return {
    id: a.id,
    fileName: a.file_name,
    mediaType: a.media_type,
    size: a.size,
    sha256: a.sha256,
    uploadedAt: a.uploaded_at,
    uploadedBy: ref(names, a.uploaded_by),
  };
}

export function presentReview(
  r: PolicyReviewRow,
  names: { people: Names; roles: Names },
  can: { approve: boolean; returnReview: boolean },
): z.infer<typeof ZPolicyReview> {
  return {
    id: r.id,
    outcome: r.outcome,
    status: r.status,
    versionNumber: r.version_number,
    note: r.note,
    requestedBy: ref(names.people, r.requested_by),
    requestedAt: r.requested_at,
    decidedBy: ref(names.people, r.decided_by),
    decidedAt: r.decided_at,
    decidedRoleName: r.decided_role_key ? (names.roles.get(r.decided_role_key) ?? r.decided_role_key) : null,
    decisionNote: r.decision_note,
    version: r.version,
    can,
  };
}
