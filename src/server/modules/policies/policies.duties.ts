import type { HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { Duty, DutyKind } from '../inbox/inbox.duties.js';
import { addWorkingDays, type Weekday } from '../inbox/inbox.jobs.rules.js';
import { readInboxRules } from '../inbox/inbox.settings.service.js';
import { currentIsmsHolderAssignments, holdersOfScopes } from '../responsibilities/responsibilities.ledger.js';
import * as acks from './policies.acks.repository.js';
import { audienceFrom, resolveAudience } from './policies.audience.js';
import { policiesForPerson } from './policies.mine.js';
import { OWNER_ROLE } from './policies.presenters.js';
import * as repo from './policies.repository.js';
import { ackDueAt, plusDays } from './policies.rules.js';
import * as versions from './policies.versions.repository.js';

/** Working days an approver, a reviewer or an owner has for their step. */
export const POLICY_STEP_WORKING_DAYS = 5;
/** Days before a policy's review date that its owner is asked to review it. */
export const REVIEW_LEAD_DAYS = 30;

const workingDaysOf = async (db: Db) => (await readInboxRules(db)).workingDays;
const stepDue = (since: string, days: readonly Weekday[]) => addWorkingDays(since, POLICY_STEP_WORKING_DAYS, days);
const byKey = (a: Duty, b: Duty) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const pageAfter = (duties: Duty[], dueBefore: string, afterKey: string | undefined, limit: number) =>
  duties
    .filter((d) => d.dueAt !== null && d.dueAt < dueBefore && (afterKey === undefined || d.key > afterKey))
    .sort(byKey)
    .slice(0, limit);

/** Every employee in a policy's audience reads and acknowledges the version in force (A.5.1, 7.3). */
export const acknowledgePolicyDutyKind: DutyKind = {
  kind: 'policies.acknowledge',
  module: 'policies',
  label: 'Read and acknowledge a policy',
  openFor: async (db, who, at) =>
    (await policiesForPerson(db, who.personId, at))
      .filter((m) => m.acknowledgedAt === null)
      .map((m) => ({
        kind: 'policies.acknowledge',
        key: `polack:${m.versionId}:${who.personId}`,
        personId: who.personId,
        title:
          m.previouslyAcknowledged !== null
            ? `Read the new version of ${m.reference} ${m.title}`
            : `Read and acknowledge ${m.reference} ${m.title}`,
        detail:
          m.previouslyAcknowledged !== null
            ? `Version ${m.number} replaces version ${m.previouslyAcknowledged}, which you acknowledged.`
            : `Version ${m.number} applies to you; read it and acknowledge it${m.hasQuiz ? ' (with a short quiz)' : ''}.`,
        dueAt: m.dueAt,
        link: `/my/policies/${m.policyId}/${m.versionId}`,
        objectType: 'policy_version',
        objectId: m.versionId,
        since: m.publishedAt,
        via: null,
      })),
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    const [afterVersion, afterPerson] = afterKey ? (afterKey.split(':').slice(1) as [string, string]) : [];
    const policies = (await repo.activePolicies(db)).filter((p) => p.current_version_id !== null);
    const audiences = await repo.audienceOf(
      db,
      policies.map((p) => p.id),
    );
    const current = await versions.versionsByIds(
      db,
      policies.map((p) => p.current_version_id!),
    );
    const policyOf = new Map(policies.map((p) => [p.id, p]));
    const out: Duty[] = [];
    for (const v of current.sort((x, y) => (x.id < y.id ? -1 : 1))) {
      const p = policyOf.get(v.policy_id);
      if (!p || !v.published_at || (afterVersion && v.id < afterVersion)) continue;
      // Nobody is due before publication + the window; a later joiner is due later still.
      if (plusDays(v.published_at, p.ack_within_days) >= dueBefore) continue;
      const resolved = await resolveAudience(db, audienceFrom(p, audiences), at);
      const startedBy = plusDays(dueBefore, -p.ack_within_days).slice(0, 10);
      let after = v.id === afterVersion ? afterPerson : undefined;
      while (out.length < limit) {
        const want = limit - out.length;
        const rows = await acks.pendingByPersonId(db, v.id, resolved, at.slice(0, 10), startedBy, after, want);
        for (const r of rows) {
          const dueAt = ackDueAt(v.published_at, r.start_date, p.ack_within_days);
          if (dueAt >= dueBefore) continue;
          out.push({
            kind: 'policies.acknowledge',
            key: `polack:${v.id}:${r.id}`,
            personId: r.id,
            title: `Read and acknowledge ${p.reference} ${v.title}`,
            detail: `Version ${v.number} applies to you; read it and acknowledge it.`,
            dueAt,
            link: `/my/policies/${p.id}/${v.id}`,
            objectType: 'policy_version',
            objectId: v.id,
            since: v.published_at,
            via: null,
          });
        }
        if (rows.length < want) break;
        after = rows[rows.length - 1]!.id;
      }
      if (out.length >= limit) break;
    }
    return out;
  },
};

/** Something a role holder must decide on a policy: a version in review, or a review without changes. */
type Decision = {
  key: string;
  policy: repo.PolicyWithVersions;
  since: string;
  excluded: string[];
  title: string;
  detail: string;
  link: string;
  objectType: string;
  objectId: string;
};

async function openDecisions(db: Db): Promise<Decision[]> {
  const [inReview, reviews, policies] = await Promise.all([
    versions.versionsInStatus(db, ['in_review']),
    repo.requestedReviews(db),
    repo.activePolicies(db),
  ]);
  const policyOf = new Map(policies.map((p) => [p.id, p]));
  const out: Decision[] = [];
  for (const v of inReview) {
    const p = policyOf.get(v.policy_id);
    if (!p) continue;
    out.push({
      key: `polapprove:${v.id}`,
      policy: p,
      since: v.submitted_at ?? v.updated_at,
      excluded: fromJson<string[]>(v.authors, []),
      title: `Approve ${p.reference} ${v.title} (version ${v.number})`,
      detail: v.change_summary || 'A policy version waits for your approval.',
      link: `/policies/${p.id}/versions/${v.id}`,
      objectType: 'policy_version',
      objectId: v.id,
    });
  }
  for (const r of reviews) {
    const p = policyOf.get(r.policy_id);
    if (!p) continue;
    out.push({
      key: `polreview:${r.id}`,
      policy: p,
      since: r.requested_at,
      excluded: r.requested_by ? [r.requested_by] : [],
      title: `Re-approve ${p.reference} ${p.title}: reviewed without changes`,
      detail: r.note,
      link: `/policies/${p.id}`,
      objectType: 'policy',
      objectId: p.id,
    });
  }
  return out;
}

const exercised = (roles: HeldRole[], roleKey: string) => {
  const mine = roles.filter((r) => r.roleKey === roleKey && r.scopeType === 'isms');
  return mine.find((r) => r.kind === 'holder') ?? mine[0];
};

/** Approvals fall to whoever exercises the policy's approver role, never to an author (SOD-08). */
export const approvePolicyDutyKind: DutyKind = {
  kind: 'policies.approve',
  module: 'policies',
  label: 'Approve a policy',
  openFor: async (db, who) => {
    const days = await workingDaysOf(db);
    return (await openDecisions(db)).flatMap((d) => {
      const role = exercised(who.roles, d.policy.approver_role_key);
      if (!role || d.excluded.includes(who.personId)) return [];
      return [
        decisionDuty(
          d,
          who.personId,
          { roleKey: role.roleKey, assignmentId: role.assignmentId, standingIn: role.kind === 'deputy' },
          days,
        ),
      ];
    });
  },
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    const days = await workingDaysOf(db);
    const duties: Duty[] = [];
    for (const d of await openDecisions(db)) {
      if (stepDue(d.since, days) >= dueBefore) continue;
      for (const h of await currentIsmsHolderAssignments(db, d.policy.approver_role_key, at))
        if (!d.excluded.includes(h.person_id))
          duties.push(
            decisionDuty(
              d,
              h.person_id,
              { roleKey: d.policy.approver_role_key, assignmentId: h.id, standingIn: false },
              days,
            ),
          );
    }
    return pageAfter(duties, dueBefore, afterKey, limit);
  },
};

function decisionDuty(d: Decision, personId: string, via: Duty['via'], days: readonly Weekday[]): Duty {
  return {
    kind: 'policies.approve',
    key: `${d.key}:${personId}`,
    personId,
    title: d.title,
    detail: d.detail,
    dueAt: stepDue(d.since, days),
    link: d.link,
    objectType: d.objectType,
    objectId: d.objectId,
    since: d.since,
    via,
  };
}

/** Reviewers named on a version in review read it and comment. */
export const reviewPolicyDutyKind: DutyKind = {
  kind: 'policies.comment',
  module: 'policies',
  label: 'Review a policy draft',
  openFor: async (db, who) => {
    const days = await workingDaysOf(db);
    return (await versions.openReviewerRows(db, who.personId)).map((r) => reviewerDuty(r, days));
  },
  dueBefore: async (db, _at, dueBefore, afterKey, limit) => {
    const days = await workingDaysOf(db);
    return pageAfter(
      (await versions.openReviewerRows(db)).map((r) => reviewerDuty(r, days)),
      dueBefore,
      afterKey,
      limit,
    );
  },
};

function reviewerDuty(
  r: Awaited<ReturnType<typeof versions.openReviewerRows>>[number],
  days: readonly Weekday[],
): Duty {
  return {
    kind: 'policies.comment',
    key: `polcomment:${r.version_id}:${r.person_id}`,
    personId: r.person_id,
    title: `Review the draft of ${r.title} (version ${r.number})`,
    detail: 'You were asked to read this policy draft and comment before it is approved.',
    dueAt: stepDue(r.requested_at, days),
    link: `/policies/${r.policy_id}/versions/${r.version_id}`,
    objectType: 'policy_version',
    objectId: r.version_id,
    since: r.requested_at,
    via: null,
  };
}

type OwnerTask = {
  key: string;
  policy: repo.PolicyWithVersions;
  since: string;
  dueAt: string;
  title: string;
  detail: string;
  link: string;
};

/** The owner's part: publish approved versions, rework returned drafts, and review before the review date. */
async function ownerTasks(db: Db, at: string, days: readonly Weekday[]): Promise<OwnerTask[]> {
  const [policies, pendings, requested] = await Promise.all([
    repo.activePolicies(db),
    versions.versionsInStatus(db, ['approved', 'draft']),
    repo.requestedReviews(db),
  ]);
  const reviewAsked = new Set(requested.map((r) => r.policy_id));
  const pendingOf = new Map(pendings.map((v) => [v.policy_id, v]));
  const out: OwnerTask[] = [];
  const soon = plusDays(at, REVIEW_LEAD_DAYS);
  for (const p of policies) {
    const v = pendingOf.get(p.id);
    if (v?.status === 'approved' && v.approved_at)
      out.push({
        key: `polpublish:${v.id}`,
        policy: p,
        since: v.approved_at,
        dueAt: stepDue(v.approved_at, days),
        title: `Publish ${p.reference} ${v.title} (version ${v.number})`,
        detail: 'The version was approved; publish it so its audience is asked to read it.',
        link: `/policies/${p.id}/versions/${v.id}`,
      });
    else if (v?.status === 'draft' && v.returned_at)
      out.push({
        key: `polreturned:${v.id}:${v.returned_at}`,
        policy: p,
        since: v.returned_at,
        dueAt: stepDue(v.returned_at, days),
        title: `Rework ${p.reference} version ${v.number}: returned for changes`,
        detail: v.return_note ?? 'The approver returned the draft for changes.',
        link: `/policies/${p.id}/versions/${v.id}`,
      });
    if (p.next_review_at && p.next_review_at < soon && !reviewAsked.has(p.id) && p.pending_id === null)
      out.push({
        key: `polreviewdue:${p.id}:${p.next_review_at}`,
        policy: p,
        since: plusDays(p.next_review_at, -REVIEW_LEAD_DAYS),
        dueAt: p.next_review_at,
        title: `Review ${p.reference} ${p.title}`,
        detail:
          'The policy is due for its periodic review: start a new version, or record that it was reviewed without changes.',
        link: `/policies/${p.id}`,
      });
  }
  return out;
}

/** Owner duties go to the Policy Owner, or to the ISM for a policy without one. */
export const ownPolicyDutyKind: DutyKind = {
  kind: 'policies.owner',
  module: 'policies',
  label: "A policy owner's task",
  openFor: async (db, who, at) => {
    const days = await workingDaysOf(db);
    const tasks = await ownerTasks(db, at, days);
    if (tasks.length === 0) return [];
    const owners = await holdersOfScopes(db, OWNER_ROLE, 'policy', [...new Set(tasks.map((t) => t.policy.id))], at);
    const ism = exercised(who.roles, 'isms_manager');
    return tasks.flatMap((t) => {
      const owner = owners.get(t.policy.id);
      if (owner === who.personId) return [ownerDuty(t, who.personId, null)];
      if (!owner && ism)
        return [
          ownerDuty(t, who.personId, {
            roleKey: ism.roleKey,
            assignmentId: ism.assignmentId,
            standingIn: ism.kind === 'deputy',
          }),
        ];
      return [];
    });
  },
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    const days = await workingDaysOf(db);
    const tasks = (await ownerTasks(db, at, days)).filter((t) => t.dueAt < dueBefore);
    if (tasks.length === 0) return [];
    const owners = await holdersOfScopes(db, OWNER_ROLE, 'policy', [...new Set(tasks.map((t) => t.policy.id))], at);
    const isms = await currentIsmsHolderAssignments(db, 'isms_manager', at);
    const duties = tasks.flatMap((t) => {
      const owner = owners.get(t.policy.id);
      if (owner) return [ownerDuty(t, owner, null)];
      return isms.map((h) =>
        ownerDuty(t, h.person_id, { roleKey: 'isms_manager', assignmentId: h.id, standingIn: false }),
      );
    });
    return pageAfter(duties, dueBefore, afterKey, limit);
  },
};

function ownerDuty(t: OwnerTask, personId: string, via: Duty['via']): Duty {
  return {
    kind: 'policies.owner',
    key: `${t.key}:${personId}`,
    personId,
    title: t.title,
    detail: t.detail,
    dueAt: t.dueAt,
    link: t.link,
    objectType: 'policy',
    objectId: t.policy.id,
    since: t.since,
    via,
  };
}
