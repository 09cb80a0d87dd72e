import { v7 as uuidv7 } from 'uuid';
import type {
  TCreatePolicyRequest,
  TPolicy,
  TPolicyListQuery,
  TUpdatePolicyRequest,
} from '../../../contracts/policies.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { downloadName, renderTabular, type Column, type TabularFormat } from '../../core/tabular.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import { EMPLOYEE_ROLE } from '../responsibilities/data/role-catalogue.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { currentIsmsHolders, holdersOfScopes } from '../responsibilities/responsibilities.ledger.js';
import { enforceSod } from '../responsibilities/responsibilities.sod.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { accessOf, holdsApprover, may, requireApprover, requireGrant, type Access } from './policies.access.js';
import { audienceFrom, checkAudience, loadAudience, presentAudience } from './policies.audience.js';
import { namesFor, OWNER_ROLE, presentReview, presentSummaries, summary } from './policies.presenters.js';
import * as repo from './policies.repository.js';
import { addMonths, draftVersionRow, policyReference, starterBody } from './policies.rules.js';
import * as versions from './policies.versions.repository.js';

const TOP_MANAGEMENT = 'top_management';
const DEFAULT_APPROVER = 'isms_manager';

export const stale = (reference: string) =>
  new AppError('version_conflict', `${reference} was changed by someone else; reload and try again`);

export async function loadPolicy(db: Db, id: string): Promise<repo.PolicyWithVersions> {
  const row = await repo.findPolicy(db, id);
  if (!row) throw new AppError('not_found', 'No such policy');
  return row;
}

export function notRetired(p: repo.PolicyRow): void {
  if (p.retired_at) throw new AppError('conflict', `${p.reference} is retired`);
}

/** The approver role a policy may have: Top Management for the ISMS policy, any current role but Employee. */
async function checkApproverRole(db: Db, kind: 'isms' | 'topic', requested: string | undefined): Promise<string> {
  if (kind === 'isms') {
    if (requested !== undefined && requested !== TOP_MANAGEMENT)
      throw new AppError('validation_failed', 'The ISMS policy is approved by Top Management', {
        errors: [
          { field: 'approverRoleKey', message: 'The ISMS policy is always approved by Top Management (5.1, 5.2)' },
        ],
      });
    return TOP_MANAGEMENT;
  }
  const key = requested ?? DEFAULT_APPROVER;
  const [role] = await repo.roleNames(db, [key]);
  if (!role || role.retired_at !== null || key === EMPLOYEE_ROLE || key === OWNER_ROLE)
    throw new AppError('validation_failed', 'Choose a role that can approve policies', {
      errors: [{ field: 'approverRoleKey', message: `${key} is not a current role that can approve policies` }],
    });
  return key;
}

/** Policy documents: the register, their settings, owners, retirement and periodic reviews. */
export function createPolicyService(deps: Deps, assignments: AssignmentService) {
  const { db } = deps;

  async function present(p: repo.PolicyWithVersions, a: Access): Promise<TPolicy> {
    const now = nowIso();
    const [owners, audience, requested] = await Promise.all([
      holdersOfScopes(db, OWNER_ROLE, 'policy', [p.id], now),
      loadAudience(db, p).then((x) => presentAudience(db, x)),
      repo.requestedReviews(db, p.id),
    ]);
    const pendingReview = requested[0] ?? null;
    const names = await namesFor(db, [owners.get(p.id), pendingReview?.requested_by], [p.approver_role_key]);
    const open = p.retired_at === null;
    const manage = open && may(a, 'policies.manage', p.id);
    return {
      ...summary(p, owners.get(p.id) ?? null, names, now),
      summary: p.summary,
      audience,
      ackWithinDays: p.ack_within_days,
      createdAt: p.created_at,
      retiredAt: p.retired_at,
      retireReason: p.retire_reason,
      pendingReview: pendingReview
        ? {
            id: pendingReview.id,
            requestedAt: pendingReview.requested_at,
            requestedBy: pendingReview.requested_by
              ? { id: pendingReview.requested_by, fullName: names.people.get(pendingReview.requested_by) ?? 'Unknown' }
              : null,
            note: pendingReview.note,
          }
        : null,
      version: p.version,
      can: {
        edit: manage,
        newDraft: manage && p.current_version_id !== null && p.pending_id === null,
        assignOwner: open && may(a, 'assignments.manage'),
        retire: manage,
        recordReview: manage && p.current_version_id !== null && pendingReview === null,
        readDrafts: may(a, 'policies.read_drafts', p.id) || holdsApprover(a, p.approver_role_key),
        readCampaign: may(a, 'policies.campaign.read', p.id),
      },
    };
  }

  async function trail(
    trx: Db,
    actor: Actor,
    grant: Grant,
    action: string,
    id: string,
    changes: object,
    meta: CallMeta,
  ) {
    await appendTrail(trx, {
      actor,
      grant,
      action,
      objectType: 'policy',
      objectId: id,
      changes: changes as Record<string, unknown>,
      requestId: meta.requestId,
    });
  }

  return {
    present,

    async list(actor: Actor, q: TPolicyListQuery) {
      await deps.authz.authorize(actor, 'policies.read');
      const now = nowIso();
      const after = decodeCursor<{ n: number }>(q.cursor, { n: 'number' });
      const rows = await repo.listPolicies(
        db,
        {
          q: q.q,
          status: q.status,
          kind: q.kind,
          reviewOverdueAt: q.reviewOverdue === 'true' ? now : undefined,
          notOverdueAt: q.reviewOverdue === 'false' ? now : undefined,
        },
        after?.n,
        q.limit + 1,
      );
      const page = rows.slice(0, q.limit);
      const a = await accessOf(deps, actor);
      // A version being worked on is shown to those who may open it; readers see what is in force.
      const drafts = new Set(
        page
          .filter((p) => may(a, 'policies.read_drafts', p.id) || holdsApprover(a, p.approver_role_key))
          .map((p) => p.id),
      );
      return {
        items: (await presentSummaries(db, page, now)).map((p) => (drafts.has(p.id) ? p : { ...p, pending: null })),
        nextCursor: rows.length > q.limit ? encodeCursor({ n: page[page.length - 1]!.number }) : null,
      };
    },

    async get(actor: Actor, id: string): Promise<TPolicy> {
      await deps.authz.authorize(actor, 'policies.read');
      return present(await loadPolicy(db, id), await accessOf(deps, actor));
    },

    async create(actor: Actor, input: TCreatePolicyRequest, meta: CallMeta): Promise<TPolicy> {
      const grant = await deps.authz.authorize(actor, 'policies.manage');
      const ownerGrant = input.ownerPersonId ? await assignments.authority(actor, OWNER_ROLE) : null;
      const approver = await checkApproverRole(db, input.kind, input.approverRoleKey);
      const audience = await checkAudience(db, input.audience);
      if (input.kind === 'isms') {
        const existing = await repo.findActiveIsmsPolicy(db);
        if (existing)
          throw new AppError(
            'conflict',
            `${existing.reference} is the ISMS policy; revise it with a new version instead`,
          );
      }
      const authorId = actor.kind === 'account' ? actor.personId : null;
      const id = uuidv7();
      for (let attempt = 0; ; attempt++) {
        try {
          await db.transaction().execute(async (trx) => {
            const now = nowIso();
            const number = await repo.nextPolicyNumber(trx);
            const reference = policyReference(number);
            await repo.insertPolicy(trx, {
              id,
              number,
              reference,
              kind: input.kind,
              title: input.title,
              summary: input.summary,
              approver_role_key: approver,
              review_interval_months: input.reviewIntervalMonths,
              ack_within_days: input.ackWithinDays,
              audience_everyone: audience.everyone ? 1 : 0,
              current_version_id: null,
              next_review_at: null,
              retired_at: null,
              retired_by: null,
              retire_reason: null,
              created_by: authorId,
              created_at: now,
              updated_at: now,
              version: 1,
            });
            await repo.replaceAudience(trx, id, [
              ...audience.orgUnitIds.map((ref) => ({ kind: 'org_unit' as const, ref })),
              ...audience.roleKeys.map((ref) => ({ kind: 'role' as const, ref })),
            ]);
            const versionId = uuidv7();
            await versions.insertVersion(
              trx,
              draftVersionRow({
                id: versionId,
                policyId: id,
                number: 1,
                title: input.title,
                body: input.body ?? starterBody(input.title),
                changeSummary: 'First version',
                quiz: null,
                // Whoever writes the text is its author; the starter template is nobody's.
                authors: authorId && input.body !== undefined ? [authorId] : [],
                createdBy: authorId,
                at: now,
              }),
            );
            await trail(
              trx,
              actor,
              grant,
              'policy.created',
              id,
              {
                reference,
                kind: input.kind,
                title: input.title,
                approverRoleKey: approver,
                audience,
                reviewIntervalMonths: input.reviewIntervalMonths,
                ackWithinDays: input.ackWithinDays,
                draftVersionId: versionId,
              },
              meta,
            );
            if (input.ownerPersonId && ownerGrant)
              await assignments.open(
                trx,
                {
                  personId: input.ownerPersonId,
                  roleKey: OWNER_ROLE,
                  scopeType: 'policy',
                  scopeId: id,
                  kind: 'holder',
                  reason: `Owner of ${reference} ${input.title}`,
                  replaceCurrent: false,
                },
                { actor, grant: ownerGrant, requestId: meta.requestId },
              );
          });
          break;
        } catch (e) {
          // Two policies created at once on PostgreSQL can pick the same number; take the next.
          if (!isUniqueViolation(e) || attempt >= 2) {
            if (isUniqueViolation(e) && input.kind === 'isms')
              throw new AppError('conflict', 'There is already an ISMS policy; revise it with a new version instead');
            throw e;
          }
        }
      }
      return present(await loadPolicy(db, id), await accessOf(deps, actor));
    },

    async update(actor: Actor, id: string, input: TUpdatePolicyRequest, meta: CallMeta): Promise<TPolicy> {
      const a = await accessOf(deps, actor);
      const before = await loadPolicy(db, id);
      const grant = requireGrant(a, 'policies.manage', before, 'change');
      notRetired(before);
      const approver =
        input.approverRoleKey !== undefined
          ? await checkApproverRole(db, before.kind, input.approverRoleKey)
          : undefined;
      const audience = input.audience ? await checkAudience(db, input.audience) : undefined;
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, id);
        if (p.version !== input.version) throw stale(p.reference);
        const oldAudience = await loadAudience(trx, p);
        const patch = {
          title: input.title,
          summary: input.summary,
          approver_role_key: approver,
          review_interval_months: input.reviewIntervalMonths,
          ack_within_days: input.ackWithinDays,
          audience_everyone: audience ? (audience.everyone ? 1 : 0) : undefined,
          // A shorter or longer interval moves the next review from the last publication or review.
          next_review_at:
            input.reviewIntervalMonths !== undefined && p.next_review_at !== null
              ? addMonths(p.next_review_at, input.reviewIntervalMonths - p.review_interval_months)
              : undefined,
          updated_at: nowIso(),
        };
        if (!(await repo.updatePolicy(trx, id, p.version, patch))) throw stale(p.reference);
        if (audience)
          await repo.replaceAudience(trx, id, [
            ...audience.orgUnitIds.map((ref) => ({ kind: 'org_unit' as const, ref })),
            ...audience.roleKeys.map((ref) => ({ kind: 'role' as const, ref })),
          ]);
        const changes: Record<string, { before: unknown; after: unknown }> = {};
        const diff = (field: string, b: unknown, after: unknown) => {
          if (after !== undefined && JSON.stringify(b) !== JSON.stringify(after)) changes[field] = { before: b, after };
        };
        diff('title', p.title, input.title);
        diff('summary', p.summary, input.summary);
        diff('approverRoleKey', p.approver_role_key, approver);
        diff('reviewIntervalMonths', p.review_interval_months, input.reviewIntervalMonths);
        diff('ackWithinDays', p.ack_within_days, input.ackWithinDays);
        diff('audience', oldAudience, audience);
        await trail(trx, actor, grant, 'policy.updated', id, { reference: p.reference, ...changes }, meta);
      });
      return present(await loadPolicy(db, id), a);
    },

    async retire(actor: Actor, id: string, input: { version: number; reason: string }, meta: CallMeta) {
      const a = await accessOf(deps, actor);
      const grant = requireGrant(a, 'policies.manage', await loadPolicy(db, id), 'retire');
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, id);
        notRetired(p);
        if (p.version !== input.version) throw stale(p.reference);
        const now = nowIso();
        if (
          !(await repo.updatePolicy(trx, id, p.version, {
            retired_at: now,
            retired_by: a.personId,
            retire_reason: input.reason,
            next_review_at: null,
            updated_at: now,
          }))
        )
          throw stale(p.reference);
        await versions.setStatusWhere(trx, id, ['published', 'draft', 'in_review', 'approved'], 'retired');
        await repo.closeRequestedReviews(trx, id, now, 'The policy was retired');
        await trail(trx, actor, grant, 'policy.retired', id, { reference: p.reference, reason: input.reason }, meta);
      });
      return present(await loadPolicy(db, id), a);
    },

    async exportRegister(actor: Actor, format: TabularFormat) {
      await deps.authz.authorize(actor, 'policies.read');
      const now = nowIso();
      const rows = await repo.listPolicies(db, {}, undefined, 100_000);
      const items = await presentSummaries(db, rows, now);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const audiences = await repo.audienceOf(
        db,
        rows.map((r) => r.id),
      );
      const described = new Map<string, string>();
      for (const r of rows) {
        described.set(r.id, (await presentAudience(db, audienceFrom(r, audiences))).description);
      }
      const current = await versions.versionsByIds(
        db,
        rows.flatMap((r) => (r.current_version_id ? [r.current_version_id] : [])),
      );
      const currentOf = new Map(current.map((v) => [v.policy_id, v]));
      const names = await namesFor(
        db,
        current.map((v) => v.approved_by),
        current.flatMap((v) => v.approved_role_key ?? []),
      );
      type Row = (typeof items)[number];
      const columns: Column<Row>[] = [
        { header: 'Reference', value: (r) => r.reference, width: 10 },
        { header: 'Title', value: (r) => r.title, width: 40 },
        { header: 'Kind', value: (r) => (r.kind === 'isms' ? 'ISMS policy' : 'Topic-specific'), width: 14 },
        { header: 'Status', value: (r) => r.status },
        { header: 'Version in force', value: (r) => r.current?.number ?? '' },
        { header: 'Published', value: (r) => r.current?.publishedAt ?? '', width: 22 },
        {
          header: 'Approved by',
          value: (r) => {
            const v = currentOf.get(r.id);
            return v?.approved_by ? names.people.get(v.approved_by) : '';
          },
          width: 22,
        },
        {
          header: 'Approved as',
          value: (r) => {
            const v = currentOf.get(r.id);
            return v?.approved_role_key ? names.roles.get(v.approved_role_key) : '';
          },
          width: 22,
        },
        { header: 'Approved at', value: (r) => currentOf.get(r.id)?.approved_at ?? '', width: 22 },
        { header: 'Approver role', value: (r) => r.approverRole.name, width: 22 },
        { header: 'Owner', value: (r) => r.owner?.fullName ?? '', width: 22 },
        { header: 'Review every (months)', value: (r) => r.reviewIntervalMonths },
        { header: 'Next review', value: (r) => r.nextReviewAt ?? '', width: 22 },
        { header: 'Review overdue', value: (r) => r.reviewOverdue },
        { header: 'Audience', value: (r) => described.get(r.id) ?? '', width: 40 },
        { header: 'Retired', value: (r) => byId.get(r.id)?.retired_at ?? '', width: 22 },
      ];
      return {
        body: await renderTabular(format, 'Policies', columns, items),
        fileName: downloadName('policy-register', format),
      };
    },

    // Periodic reviews --------------------------------------------------------------------------

    async listReviews(actor: Actor, id: string, q: { limit: number; cursor?: string }) {
      await deps.authz.authorize(actor, 'policies.read');
      const p = await loadPolicy(db, id);
      const a = await accessOf(deps, actor);
      const after = decodeCursor<{ at: string; id: string }>(q.cursor, { at: 'string', id: 'string' });
      const rows = await repo.listReviews(db, id, after, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const names = await namesFor(
        db,
        page.flatMap((r) => [r.requested_by, r.decided_by]),
        page.flatMap((r) => (r.decided_role_key ? [r.decided_role_key] : [])),
      );
      const approver = holdsApprover(a, p.approver_role_key);
      return {
        items: page.map((r) => {
          const decidable = r.status === 'requested' && approver && r.requested_by !== a.personId;
          return presentReview(r, names, { approve: decidable, returnReview: decidable });
        }),
        nextCursor:
          rows.length > q.limit
            ? encodeCursor({ at: page[page.length - 1]!.requested_at, id: page[page.length - 1]!.id })
            : null,
      };
    },

    /** "Reviewed, nothing to change": the approver re-approves the text in force. */
    async recordReview(actor: Actor, id: string, input: { version: number; note: string }, meta: CallMeta) {
      const a = await accessOf(deps, actor);
      const grant = requireGrant(a, 'policies.manage', await loadPolicy(db, id), 'record a review of');
      const reviewId = uuidv7();
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, id);
        notRetired(p);
        if (p.version !== input.version) throw stale(p.reference);
        if (!p.current_version_id) throw new AppError('conflict', `${p.reference} has no version in force to review`);
        if ((await repo.requestedReviews(trx, id)).length > 0)
          throw new AppError('conflict', `A review of ${p.reference} is already waiting for approval`);
        const now = nowIso();
        await repo.insertReview(trx, {
          id: reviewId,
          policy_id: id,
          version_id: p.current_version_id,
          outcome: 'no_change',
          status: 'requested',
          note: input.note,
          requested_by: a.personId,
          requested_at: now,
          decided_by: null,
          decided_at: null,
          decided_role_key: null,
          decision_note: null,
          version: 1,
        });
        await trail(
          trx,
          actor,
          grant,
          'policy.review.requested',
          id,
          { reference: p.reference, reviewId, outcome: 'no_change', note: input.note },
          meta,
        );
        await notify(trx, {
          personIds: await currentIsmsHolders(trx, p.approver_role_key, now),
          kind: 'policies.review.requested',
          title: `Re-approve ${p.reference} ${p.title}: reviewed without changes`,
          body: input.note,
          link: `/policies/${id}`,
          objectType: 'policy',
          objectId: id,
          exceptPersonId: a.personId,
        });
      });
      const row = await repo.findReview(db, reviewId);
      const names = await namesFor(db, [row?.requested_by]);
      return presentReview(row!, names, { approve: false, returnReview: false });
    },

    async decideReview(
      actor: Actor,
      id: string,
      reviewId: string,
      input: { version: number; note?: string },
      to: 'approved' | 'returned',
      meta: CallMeta,
    ) {
      const a = await accessOf(deps, actor);
      const p0 = await loadPolicy(db, id);
      const [role] = await repo.roleNames(db, [p0.approver_role_key]);
      const grant = requireApprover(a, p0, role?.name ?? p0.approver_role_key);
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, id);
        notRetired(p);
        const r = await repo.findReview(trx, reviewId);
        if (!r || r.policy_id !== id) throw new AppError('not_found', 'No such review');
        if (r.status !== 'requested') throw new AppError('conflict', `This review is already ${r.status}`);
        if (r.version !== input.version) throw stale(p.reference);
        if (a.personId && r.requested_by)
          await enforceSod(trx, {
            rule: 'SOD-08',
            deciderPersonId: a.personId,
            authorPersonIds: [r.requested_by],
            what: 'recorded this review',
          });
        const now = nowIso();
        if (
          !(await repo.decideReview(trx, reviewId, r.version, {
            status: to,
            decided_by: a.personId,
            decided_at: now,
            decided_role_key: grant.kind === 'role' ? grant.roleKey : null,
            decision_note: input.note ?? null,
          }))
        )
          throw stale(p.reference);
        const nextReview = to === 'approved' ? addMonths(now, p.review_interval_months) : p.next_review_at;
        if (
          to === 'approved' &&
          !(await repo.updatePolicy(trx, id, p.version, { next_review_at: nextReview, updated_at: now }))
        )
          throw stale(p.reference);
        await trail(
          trx,
          actor,
          grant,
          `policy.review.${to}`,
          id,
          {
            reference: p.reference,
            reviewId,
            outcome: 'no_change',
            versionNumber: r.version_number,
            note: input.note ?? null,
            nextReviewAt: { before: p.next_review_at, after: nextReview },
          },
          meta,
        );
        await notify(trx, {
          personIds: [r.requested_by],
          kind: `policies.review.${to}`,
          title: `Review of ${p.reference} ${to === 'approved' ? 're-approved' : 'returned'}`,
          body: input.note ?? '',
          link: `/policies/${id}`,
          objectType: 'policy',
          objectId: id,
          exceptPersonId: a.personId,
        });
      });
      const row = await repo.findReview(db, reviewId);
      const names = await namesFor(
        db,
        [row?.requested_by, row?.decided_by],
        row?.decided_role_key ? [row.decided_role_key] : [],
      );
      return presentReview(row!, names, { approve: false, returnReview: false });
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
