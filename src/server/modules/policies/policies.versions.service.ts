import { v7 as uuidv7 } from 'uuid';
import type { TPolicyVersion, TSaveDraftRequest } from '../../../contracts/policies.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import { cleanFileName, readFile, sha256Hex, storeFile } from '../files/files.service.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import { currentIsmsHolders, holdersOfScopes } from '../responsibilities/responsibilities.ledger.js';
import { enforceSod } from '../responsibilities/responsibilities.sod.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { accessOf, holdsApprover, may, requireApprover, requireGrant, type Access } from './policies.access.js';
import * as acks from './policies.acks.repository.js';
import { loadAudience, personAudienceFacts, personInAudience, presentAudience } from './policies.audience.js';
import { renderPolicyPdf } from './policies.pdf.js';
import { readSettings } from '../settings/settings.service.js';
import { downloadName } from '../../core/tabular.js';
import {
  authorsOf,
  namesFor,
  OWNER_ROLE,
  presentAttachment,
  ref,
  versionSummary,
  type PersonRef,
} from './policies.presenters.js';
import * as repo from './policies.repository.js';
import {
  addMonths,
  approvedContent,
  draftVersionRow,
  isPending,
  lineDiff,
  normaliseQuiz,
  wasPublished,
  type Quiz,
} from './policies.rules.js';
import { loadPolicy, notRetired, stale } from './policies.service.js';
import * as versions from './policies.versions.repository.js';

const MAX_ATTACHMENTS = 20;
/** Media types served as themselves; anything else downloads as bytes (never rendered by the browser). */
const SAFE_MEDIA = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'text/plain',
  'text/csv',
  'application/zip',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]);

type Policy = repo.PolicyWithVersions;
type Version = versions.VersionRow;

/** Versions of a policy: drafting, review, approval, publication, comments, attachments, diff. */
export function createPolicyVersionService(deps: Deps) {
  const { db } = deps;

  function canReadDrafts(a: Access, p: Policy, v: Version | null, reviewers: versions.ReviewerRow[]): boolean {
    if (may(a, 'policies.read_drafts', p.id) || holdsApprover(a, p.approver_role_key)) return true;
    if (!a.personId) return false;
    return (v !== null && authorsOf(v).includes(a.personId)) || reviewers.some((r) => r.person_id === a.personId);
  }

  async function load(trx: Db, policyId: string, id: string): Promise<Version> {
    const v = await versions.findVersion(trx, policyId, id);
    if (!v) throw new AppError('not_found', 'No such policy version');
    return v;
  }

  /** Loads a version the caller may read: published ones for everyone, the others for those involved. */
  async function readable(a: Access, policyId: string, id: string) {
    const p = await loadPolicy(db, policyId);
    const v = await load(db, policyId, id);
    const reviewers = await versions.reviewersOf(db, v.id);
    if (!wasPublished(v.status) && !canReadDrafts(a, p, v, reviewers))
      throw new AppError(
        'forbidden',
        `Version ${v.number} of ${p.reference} is not published; you may not read it yet`,
      );
    return { p, v, reviewers };
  }

  async function present(a: Access, p: Policy, v: Version, reviewers: versions.ReviewerRow[]): Promise<TPolicyVersion> {
    const now = nowIso();
    const [attachments, ack, audience, facts] = await Promise.all([
      versions.attachmentsOf(db, v.id),
      a.personId ? acks.findAck(db, v.id, a.personId) : Promise.resolve(undefined),
      loadAudience(db, p),
      a.personId && v.id === p.current_version_id ? personAudienceFacts(db, a.personId, now) : Promise.resolve(null),
    ]);
    const authors = authorsOf(v);
    const names = await namesFor(
      db,
      [
        ...authors,
        v.submitted_by,
        v.approved_by,
        v.returned_by,
        v.published_by,
        ...reviewers.map((r) => r.person_id),
        ...attachments.map((x) => x.uploaded_by),
      ],
      [p.approver_role_key, ...(v.approved_role_key ? [v.approved_role_key] : [])],
    );
    const open = p.retired_at === null;
    const manage = open && may(a, 'policies.manage', p.id);
    const drafts = canReadDrafts(a, p, v, reviewers);
    const approver = open && v.status === 'in_review' && holdsApprover(a, p.approver_role_key);
    const quiz = fromJson<Quiz | null>(v.quiz, null);
    const person = (id: string | null) => ref(names.people, id);
    return {
      id: v.id,
      policyId: p.id,
      policyReference: p.reference,
      policyKind: p.kind,
      number: v.number,
      status: v.status,
      title: v.title,
      body: v.body,
      changeSummary: v.change_summary,
      quiz: quiz
        ? {
            passMark: quiz.passMark,
            questions: quiz.questions.map((q) => ({
              id: q.id,
              question: q.question,
              options: q.options,
              ...(manage && isPending(v.status) ? { answer: q.answer } : {}),
            })),
          }
        : null,
      authors: authors.map((id) => person(id) as PersonRef),
      createdAt: v.created_at,
      updatedAt: v.updated_at,
      submittedAt: v.submitted_at,
      submittedBy: person(v.submitted_by),
      reviewers: reviewers.map((r) => ({
        person: person(r.person_id) as PersonRef,
        requestedAt: r.requested_at,
        reviewedAt: r.reviewed_at,
      })),
      returned:
        v.returned_at && v.returned_by
          ? { by: person(v.returned_by) as PersonRef, at: v.returned_at, note: v.return_note ?? '' }
          : null,
      approval:
        v.approved_at && v.approved_by && v.approved_role_key && v.content_sha256
          ? {
              by: person(v.approved_by) as PersonRef,
              roleKey: v.approved_role_key,
              roleName: names.roles.get(v.approved_role_key) ?? v.approved_role_key,
              at: v.approved_at,
              note: v.approval_note,
              contentSha256: v.content_sha256,
            }
          : null,
      approverRole: { key: p.approver_role_key, name: names.roles.get(p.approver_role_key) ?? p.approver_role_key },
      publishedAt: v.published_at,
      publishedBy: person(v.published_by),
      attachments: attachments.map((x) => presentAttachment(x, names.people)),
      acknowledgedAt: ack?.acknowledged_at ?? null,
      version: v.version,
      can: {
        edit: manage && v.status === 'draft',
        submit: manage && v.status === 'draft',
        approve: approver,
        returnForChanges: approver,
        publish: manage && v.status === 'approved',
        discard: manage && v.status === 'draft' && p.current_version_id !== null,
        comment: open && drafts && (v.status === 'draft' || v.status === 'in_review'),
        markReviewed:
          open &&
          v.status === 'in_review' &&
          reviewers.some((r) => r.person_id === a.personId && r.reviewed_at === null),
        acknowledge: open && !ack && v.id === p.current_version_id && personInAudience(audience, facts),
      },
    };
  }

  async function reload(a: Access, policyId: string, id: string) {
    const p = await loadPolicy(db, policyId);
    const v = await load(db, policyId, id);
    return present(a, p, v, await versions.reviewersOf(db, v.id));
  }

  async function trail(
    trx: Db,
    who: { actor: Actor; grant: Grant; meta: CallMeta },
    action: string,
    p: Policy,
    v: Version,
    changes: object,
  ) {
    await appendTrail(trx, {
      actor: who.actor,
      grant: who.grant,
      action,
      objectType: 'policy_version',
      objectId: v.id,
      changes: { policyId: p.id, reference: p.reference, number: v.number, ...changes },
      requestId: who.meta.requestId,
    });
  }

  /** Who is told that a version moved on: its authors and the policy's owner. */
  async function authorsAndOwner(trx: Db, p: Policy, v: Version): Promise<string[]> {
    const owner = (await holdersOfScopes(trx, OWNER_ROLE, 'policy', [p.id], nowIso())).get(p.id);
    return [...authorsOf(v), ...(owner ? [owner] : [])];
  }

  /** A write to a pending version by its managers: loads both inside the transaction and checks the version. */
  async function managed(actor: Actor, policyId: string, what: string): Promise<{ a: Access; grant: Grant }> {
    const a = await accessOf(deps, actor);
    const p = await loadPolicy(db, policyId);
    return { a, grant: requireGrant(a, 'policies.manage', p, what) };
  }

  const expectStatus = (p: Policy, v: Version, allowed: Version['status'][], doing: string) => {
    if (!allowed.includes(v.status))
      throw new AppError(
        'conflict',
        `Version ${v.number} of ${p.reference} is ${v.status.replace('_', ' ')}; it cannot be ${doing}`,
      );
  };

  return {
    async list(actor: Actor, policyId: string, q: { limit: number; cursor?: string }) {
      await deps.authz.authorize(actor, 'policies.read');
      const a = await accessOf(deps, actor);
      const p = await loadPolicy(db, policyId);
      const after = decodeCursor<{ n: number }>(q.cursor, { n: 'number' });
      const rows = await versions.listVersions(db, policyId, after?.n, q.limit + 1);
      const page = rows.slice(0, q.limit);
      // Drafts show in the list only to those who may read them.
      const pending = page.find((v) => isPending(v.status));
      const showPending = pending ? canReadDrafts(a, p, pending, await versions.reviewersOf(db, pending.id)) : false;
      const visible = page.filter((v) => !isPending(v.status) || showPending);
      const names = await namesFor(
        db,
        visible.flatMap((v) => [...authorsOf(v), v.approved_by]),
      );
      return {
        items: visible.map((v) => versionSummary(v, names.people)),
        nextCursor: rows.length > q.limit ? encodeCursor({ n: page[page.length - 1]!.number }) : null,
      };
    },

    async get(actor: Actor, policyId: string, id: string): Promise<TPolicyVersion> {
      await deps.authz.authorize(actor, 'policies.read');
      const a = await accessOf(deps, actor);
      const { p, v, reviewers } = await readable(a, policyId, id);
      return present(a, p, v, reviewers);
    },

    /** A new draft copied from the version in force (text, quiz and attachments). */
    async newDraft(actor: Actor, policyId: string, meta: CallMeta): Promise<TPolicyVersion> {
      const { a, grant } = await managed(actor, policyId, 'start a new version of');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        notRetired(p);
        if (p.pending_id)
          throw new AppError('conflict', `Version ${p.pending_number} of ${p.reference} is already being worked on`);
        if (!p.current_version_id)
          throw new AppError('conflict', `${p.reference} has no published version to start from`);
        const cur = await load(trx, policyId, p.current_version_id);
        const now = nowIso();
        const number = await versions.nextVersionNumber(trx, policyId);
        const row: Version = draftVersionRow({
          id,
          policyId,
          number,
          title: cur.title,
          body: cur.body,
          changeSummary: '',
          quiz: cur.quiz,
          authors: a.personId ? [a.personId] : [],
          createdBy: a.personId,
          at: now,
        });
        await versions.insertVersion(trx, row);
        for (const x of await versions.attachmentsOf(trx, cur.id))
          await versions.insertAttachment(trx, { ...x, id: uuidv7(), version_id: id });
        await trail(trx, { actor, grant, meta }, 'policy.version.drafted', p, row, { from: cur.number });
      });
      return reload(a, policyId, id);
    },

    async save(actor: Actor, policyId: string, id: string, input: TSaveDraftRequest, meta: CallMeta) {
      const { a, grant } = await managed(actor, policyId, 'edit');
      let quiz: Quiz | null = null;
      if (input.quiz) {
        const n = normaliseQuiz(input.quiz);
        if (n.errors.length > 0) throw new AppError('validation_failed', 'The quiz is not valid', { errors: n.errors });
        quiz = n.quiz;
      }
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        notRetired(p);
        const v = await load(trx, policyId, id);
        expectStatus(p, v, ['draft'], 'edited');
        if (v.version !== input.version) throw stale(`Version ${v.number} of ${p.reference}`);
        const authors = authorsOf(v);
        if (a.personId && !authors.includes(a.personId)) authors.push(a.personId);
        const ok = await versions.updateVersion(trx, id, v.version, ['draft'], {
          title: input.title,
          body: input.body,
          change_summary: input.changeSummary,
          quiz: quiz ? toJson(quiz) : null,
          authors: toJson(authors),
          updated_at: nowIso(),
        });
        if (!ok) throw stale(`Version ${v.number} of ${p.reference}`);
        await trail(trx, { actor, grant, meta }, 'policy.version.saved', p, v, {
          title: v.title === input.title ? undefined : { before: v.title, after: input.title },
          bodySha256: { before: sha256Hex(v.body), after: sha256Hex(input.body) },
          changeSummary: input.changeSummary,
          quizQuestions: quiz?.questions.length ?? 0,
        });
      });
      return reload(a, policyId, id);
    },

    async discard(actor: Actor, policyId: string, id: string, meta: CallMeta) {
      const { grant } = await managed(actor, policyId, 'discard a draft of');
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        const v = await load(trx, policyId, id);
        expectStatus(p, v, ['draft'], 'discarded');
        if (!p.current_version_id)
          throw new AppError('conflict', `This is the first version of ${p.reference}; retire the policy instead`);
        await versions.deleteVersion(trx, id);
        await trail(trx, { actor, grant, meta }, 'policy.version.discarded', p, v, { title: v.title });
      });
      return { ok: true as const };
    },

    async submit(
      actor: Actor,
      policyId: string,
      id: string,
      input: { version: number; reviewerPersonIds: string[] },
      meta: CallMeta,
    ) {
      const { a, grant } = await managed(actor, policyId, 'submit');
      const reviewerIds = [...new Set(input.reviewerPersonIds)];
      const found = await repo.activePersons(db, reviewerIds);
      const bad = reviewerIds.filter((rid) => !found.some((f) => f.id === rid && f.status === 'active'));
      if (bad.length > 0)
        throw new AppError('validation_failed', 'Reviewers must be active people', {
          errors: [{ field: 'reviewerPersonIds', message: `Not an active person: ${bad.join(', ')}` }],
        });
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        notRetired(p);
        const v = await load(trx, policyId, id);
        expectStatus(p, v, ['draft'], 'submitted');
        if (v.version !== input.version) throw stale(`Version ${v.number} of ${p.reference}`);
        if (v.body.trim() === '')
          throw new AppError('validation_failed', 'Write the policy before submitting it', {
            errors: [{ field: 'body', message: 'The policy text is empty' }],
          });
        const now = nowIso();
        if (
          !(await versions.updateVersion(trx, id, v.version, ['draft'], {
            status: 'in_review',
            submitted_at: now,
            submitted_by: a.personId,
            updated_at: now,
          }))
        )
          throw stale(`Version ${v.number} of ${p.reference}`);
        await versions.replaceReviewers(trx, id, reviewerIds, now);
        await trail(trx, { actor, grant, meta }, 'policy.version.submitted', p, v, {
          status: { before: 'draft', after: 'in_review' },
          reviewerPersonIds: reviewerIds,
        });
        const link = `/policies/${p.id}/versions/${v.id}`;
        await notify(trx, {
          personIds: reviewerIds,
          kind: 'policies.review.asked',
          title: `Review ${p.reference} ${v.title} (version ${v.number})`,
          body: 'You were asked to read the draft and comment before it is decided.',
          link,
          objectType: 'policy_version',
          objectId: v.id,
          exceptPersonId: a.personId,
        });
        const approvers = (await currentIsmsHolders(trx, p.approver_role_key, now)).filter(
          (x) => !authorsOf(v).includes(x),
        );
        await notify(trx, {
          personIds: approvers,
          kind: 'policies.approval.asked',
          title: `Approve ${p.reference} ${v.title} (version ${v.number})`,
          body: v.change_summary || 'A policy version waits for your approval.',
          link,
          objectType: 'policy_version',
          objectId: v.id,
          exceptPersonId: a.personId,
        });
      });
      return reload(a, policyId, id);
    },

    /** The approval decision (A.5.1, 5.2): the approver role's holder, never an author (SOD-08). */
    async decide(
      actor: Actor,
      policyId: string,
      id: string,
      input: { version: number; note?: string },
      to: 'approved' | 'returned',
      meta: CallMeta,
    ) {
      const a = await accessOf(deps, actor);
      const p0 = await loadPolicy(db, policyId);
      const [role] = await repo.roleNames(db, [p0.approver_role_key]);
      const grant = requireApprover(a, p0, role?.name ?? p0.approver_role_key);
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        notRetired(p);
        const v = await load(trx, policyId, id);
        expectStatus(p, v, ['in_review'], to === 'approved' ? 'approved' : 'returned');
        if (v.version !== input.version) throw stale(`Version ${v.number} of ${p.reference}`);
        if (a.personId)
          await enforceSod(trx, { rule: 'SOD-08', deciderPersonId: a.personId, authorPersonIds: authorsOf(v) });
        const now = nowIso();
        const patch =
          to === 'approved'
            ? {
                status: 'approved' as const,
                approved_at: now,
                approved_by: a.personId,
                approved_role_key: grant.kind === 'role' ? grant.roleKey : null,
                approved_assignment_id: grant.kind === 'role' ? grant.assignmentId : null,
                approval_note: input.note ?? null,
                content_sha256: sha256Hex(approvedContent(v.title, v.body)),
                updated_at: now,
              }
            : {
                status: 'draft' as const,
                returned_at: now,
                returned_by: a.personId,
                return_note: input.note ?? '',
                updated_at: now,
              };
        if (!(await versions.updateVersion(trx, id, v.version, ['in_review'], patch)))
          throw stale(`Version ${v.number} of ${p.reference}`);
        await trail(trx, { actor, grant, meta }, `policy.version.${to}`, p, v, {
          status: { before: 'in_review', after: patch.status },
          note: input.note ?? null,
          ...(to === 'approved' ? { contentSha256: (patch as { content_sha256: string }).content_sha256 } : {}),
        });
        await notify(trx, {
          personIds: await authorsAndOwner(trx, p, v),
          kind: `policies.version.${to}`,
          title:
            to === 'approved'
              ? `${p.reference} version ${v.number} was approved: publish it`
              : `${p.reference} version ${v.number} was returned for changes`,
          body: input.note ?? '',
          link: `/policies/${p.id}/versions/${v.id}`,
          objectType: 'policy_version',
          objectId: v.id,
          exceptPersonId: a.personId,
        });
      });
      return reload(a, policyId, id);
    },

    /** Puts an approved version in force: the one before is superseded, the audience is asked to read it. */
    async publish(
      actor: Actor,
      policyId: string,
      id: string,
      input: { version: number; note?: string },
      meta: CallMeta,
    ) {
      const { a, grant } = await managed(actor, policyId, 'publish');
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        notRetired(p);
        const v = await load(trx, policyId, id);
        expectStatus(p, v, ['approved'], 'published');
        if (v.version !== input.version) throw stale(`Version ${v.number} of ${p.reference}`);
        if (v.content_sha256 !== sha256Hex(approvedContent(v.title, v.body)))
          throw new AppError(
            'conflict',
            `The text of ${p.reference} version ${v.number} differs from what was approved`,
          );
        const now = nowIso();
        const previous = p.current_version_id;
        if (
          !(await versions.updateVersion(trx, id, v.version, ['approved'], {
            status: 'published',
            published_at: now,
            published_by: a.personId,
            updated_at: now,
          }))
        )
          throw stale(`Version ${v.number} of ${p.reference}`);
        await versions.setStatusWhere(trx, policyId, ['published'], 'superseded', id);
        const nextReview = addMonths(now, p.review_interval_months);
        if (
          !(await repo.updatePolicy(trx, policyId, p.version, {
            current_version_id: id,
            title: v.title,
            next_review_at: nextReview,
            updated_at: now,
          }))
        )
          throw stale(p.reference);
        if (previous) {
          await repo.closeRequestedReviews(trx, policyId, now, `Superseded by version ${v.number}`);
          await repo.insertReview(trx, {
            id: uuidv7(),
            policy_id: policyId,
            version_id: id,
            outcome: 'revised',
            status: 'recorded',
            note: v.change_summary || `Version ${v.number} published`,
            requested_by: a.personId,
            requested_at: now,
            decided_by: v.approved_by,
            decided_at: v.approved_at,
            decided_role_key: v.approved_role_key,
            decision_note: v.approval_note,
            version: 1,
          });
        }
        await trail(trx, { actor, grant, meta }, 'policy.version.published', p, v, {
          status: { before: 'approved', after: 'published' },
          supersedes: previous,
          nextReviewAt: nextReview,
          contentSha256: v.content_sha256,
        });
      });
      return reload(a, policyId, id);
    },

    async listComments(actor: Actor, policyId: string, id: string, q: { limit: number; cursor?: string }) {
      await deps.authz.authorize(actor, 'policies.read');
      const a = await accessOf(deps, actor);
      const { p, v, reviewers } = await readable(a, policyId, id);
      if (!canReadDrafts(a, p, v, reviewers))
        throw new AppError('forbidden', 'Review comments are for the people who draft, review and approve the policy');
      const after = decodeCursor<{ id: string }>(q.cursor, { id: 'string' });
      const rows = await versions.listComments(db, id, after?.id, q.limit + 1);
      const page = rows.slice(0, q.limit);
      return {
        items: page.map((c) => ({
          id: c.id,
          author: { id: c.person_id, fullName: c.full_name },
          body: c.body,
          createdAt: c.created_at,
        })),
        nextCursor: rows.length > q.limit ? encodeCursor({ id: page[page.length - 1]!.id }) : null,
      };
    },

    async addComment(actor: Actor, policyId: string, id: string, body: string, meta: CallMeta) {
      await deps.authz.authorize(actor, 'policies.read');
      const a = await accessOf(deps, actor);
      if (!a.personId) throw new AppError('forbidden', 'Comments need a person');
      const commentId = uuidv7();
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        notRetired(p);
        const v = await load(trx, policyId, id);
        const reviewers = await versions.reviewersOf(trx, v.id);
        if (!canReadDrafts(a, p, v, reviewers))
          throw new AppError(
            'forbidden',
            'Review comments are for the people who draft, review and approve the policy',
          );
        expectStatus(p, v, ['draft', 'in_review'], 'commented on');
        await versions.insertComment(trx, {
          id: commentId,
          version_id: id,
          person_id: a.personId!,
          body,
          created_at: nowIso(),
        });
        await trail(trx, { actor, grant: { kind: 'authenticated' }, meta }, 'policy.version.commented', p, v, {
          commentId,
          length: body.length,
        });
        await notify(trx, {
          personIds: await authorsAndOwner(trx, p, v),
          kind: 'policies.version.commented',
          title: `New comment on ${p.reference} version ${v.number}`,
          body: body.slice(0, 300),
          link: `/policies/${p.id}/versions/${v.id}`,
          objectType: 'policy_version',
          objectId: v.id,
          exceptPersonId: a.personId,
        });
      });
      const c = await versions.findComment(db, commentId);
      return {
        id: c!.id,
        author: { id: c!.person_id, fullName: c!.full_name },
        body: c!.body,
        createdAt: c!.created_at,
      };
    },

    async markReviewed(actor: Actor, policyId: string, id: string, comment: string | undefined, meta: CallMeta) {
      await deps.authz.authorize(actor, 'policies.read');
      const a = await accessOf(deps, actor);
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        const v = await load(trx, policyId, id);
        expectStatus(p, v, ['in_review'], 'reviewed');
        if (!a.personId || !(await versions.markReviewed(trx, id, a.personId, nowIso())))
          throw new AppError('conflict', 'You are not a reviewer of this version, or you already finished');
        if (comment)
          await versions.insertComment(trx, {
            id: uuidv7(),
            version_id: id,
            person_id: a.personId,
            body: comment,
            created_at: nowIso(),
          });
        await trail(trx, { actor, grant: { kind: 'authenticated' }, meta }, 'policy.version.reviewed', p, v, {
          comment: comment ?? null,
        });
      });
      return reload(a, policyId, id);
    },

    async diff(actor: Actor, policyId: string, fromId: string, toId: string) {
      await deps.authz.authorize(actor, 'policies.read');
      const a = await accessOf(deps, actor);
      const from = await readable(a, policyId, fromId);
      const to = await readable(a, policyId, toId);
      const d = lineDiff(from.v.body, to.v.body);
      return {
        from: { id: from.v.id, number: from.v.number, status: from.v.status },
        to: { id: to.v.id, number: to.v.number, status: to.v.status },
        title: { before: from.v.title, after: to.v.title },
        ...d,
      };
    },

    // Attachments ----------------------------------------------------------------------------

    async upload(
      actor: Actor,
      policyId: string,
      id: string,
      file: { name: string; mediaType: string | undefined; data: Buffer },
      meta: CallMeta,
    ) {
      const { a, grant } = await managed(actor, policyId, 'attach files to');
      const fileName = cleanFileName(file.name);
      const mediaType = /^[\w.+-]+\/[\w.+-]+$/.test(file.mediaType ?? '')
        ? file.mediaType!.toLowerCase()
        : 'application/octet-stream';
      const attachmentId = uuidv7();
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        notRetired(p);
        const v = await load(trx, policyId, id);
        expectStatus(p, v, ['draft'], 'given attachments');
        if ((await versions.countAttachments(trx, id)) >= MAX_ATTACHMENTS)
          throw new AppError('conflict', `A version has at most ${MAX_ATTACHMENTS} attachments`);
        const stored = await storeFile(trx, file.data);
        await versions.insertAttachment(trx, {
          id: attachmentId,
          version_id: id,
          file_name: fileName,
          media_type: mediaType,
          size: stored.size,
          sha256: stored.sha256,
          uploaded_by: a.personId,
          uploaded_at: nowIso(),
        });
        await trail(trx, { actor, grant, meta }, 'policy.attachment.added', p, v, {
          attachmentId,
          fileName,
          size: stored.size,
          sha256: stored.sha256,
        });
      });
      const row = await versions.findAttachment(db, id, attachmentId);
      const names = await namesFor(db, [row!.uploaded_by]);
      return presentAttachment(row!, names.people);
    },

    async download(actor: Actor, policyId: string, id: string, attachmentId: string) {
      await deps.authz.authorize(actor, 'policies.read');
      const a = await accessOf(deps, actor);
      await readable(a, policyId, id);
      const row = await versions.findAttachment(db, id, attachmentId);
      if (!row) throw new AppError('not_found', 'No such attachment');
      return {
        body: await readFile(db, row.sha256),
        contentType: SAFE_MEDIA.has(row.media_type) ? row.media_type : 'application/octet-stream',
        fileName: row.file_name,
      };
    },

    async removeAttachment(actor: Actor, policyId: string, id: string, attachmentId: string, meta: CallMeta) {
      const { grant } = await managed(actor, policyId, 'remove attachments from');
      await db.transaction().execute(async (trx) => {
        const p = await loadPolicy(trx, policyId);
        const v = await load(trx, policyId, id);
        expectStatus(p, v, ['draft'], 'changed');
        const row = await versions.findAttachment(trx, id, attachmentId);
        if (!row) throw new AppError('not_found', 'No such attachment');
        await versions.deleteAttachment(trx, attachmentId);
        await trail(trx, { actor, grant, meta }, 'policy.attachment.removed', p, v, {
          attachmentId,
          fileName: row.file_name,
          sha256: row.sha256,
        });
      });
      return { ok: true as const };
    },

    /** A version as PDF: identity, approval record (who, as which role, when, what hash), then the text. */
    async pdf(actor: Actor, policyId: string, id: string) {
      await deps.authz.authorize(actor, 'policies.read');
      const a = await accessOf(deps, actor);
      const { p, v } = await readable(a, policyId, id);
      const now = nowIso();
      const [settings, attachments, owners, audience] = await Promise.all([
        readSettings(db),
        versions.attachmentsOf(db, v.id),
        holdersOfScopes(db, OWNER_ROLE, 'policy', [p.id], now),
        loadAudience(db, p).then((x) => presentAudience(db, x)),
      ]);
      const names = await namesFor(
        db,
        [v.approved_by, owners.get(p.id)],
        [p.approver_role_key, ...(v.approved_role_key ? [v.approved_role_key] : [])],
      );
      const body = await renderPolicyPdf({
        organisation: settings.organisationName,
        printedAt: now,
        reference: p.reference,
        kind: p.kind,
        title: v.title,
        number: v.number,
        status: v.status,
        body: v.body,
        changeSummary: v.change_summary,
        publishedAt: v.published_at,
        approval:
          v.approved_by && v.approved_at && v.content_sha256
            ? {
                by: names.people.get(v.approved_by) ?? 'Unknown person',
                roleName: names.roles.get(v.approved_role_key ?? '') ?? v.approved_role_key ?? '',
                at: v.approved_at,
                note: v.approval_note,
                contentSha256: v.content_sha256,
              }
            : null,
        owner: names.people.get(owners.get(p.id) ?? '') ?? null,
        approverRoleName: names.roles.get(p.approver_role_key) ?? p.approver_role_key,
        nextReviewAt: v.id === p.current_version_id ? p.next_review_at : null,
        audience: audience.description,
        attachments: attachments.map((x) => ({ fileName: x.file_name, size: x.size, sha256: x.sha256 })),
      });
      return { body, fileName: downloadName(`${p.reference}-v${v.number}`, 'pdf') };
    },
  };
}

export type PolicyVersionService = ReturnType<typeof createPolicyVersionService>;
