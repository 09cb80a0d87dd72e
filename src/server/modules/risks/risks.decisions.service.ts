import { v7 as uuidv7 } from 'uuid';
import type { TAssessRiskRequest, TRisk } from '../../../contracts/risks.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { RiskActionTable } from '../../db/schema.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import { currentIsmsHolders } from '../responsibilities/responsibilities.ledger.js';
import { enforceSod } from '../responsibilities/responsibilities.sod.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { addMonths } from '../../core/dates.js';
import {
  grant,
  ownerGrant,
  requireOwnerOrIsm,
  requireRead,
  riskAccessOf,
  topManagement,
  type RiskAccess,
} from './risks.access.js';
import { loadOwnerFacts } from './risks.owners.js';
import { methodOf, personRef, scoreOf } from './risks.presenters.js';
import * as repo from './risks.repository.js';
import { aboveAppetite, levelOf, onScale, ownerOf, type Owner } from './risks.rules.js';
import { loadMethod, loadRisk, staleRisk, type RiskService } from './risks.service.js';

type Who = { actor: Actor; grant: Grant; meta: CallMeta };

/**
 * The decisions on a risk (DECISIONS.md): assessing (its owner or the ISM), planning treatment,
 * approving the plan (its owner), accepting residual risk (its owner within appetite, Top
 * Management above it: SOD-09), and the owner's status updates. Every one is on the trail with
 * the role it was taken under.
 */
export function createRiskDecisionService(deps: Deps, risks: RiskService) {
  const { db } = deps;

  /** The risk, its owner now and the caller's access: read before any transaction (the ledger is read on its own connection). */
  async function context(actor: Actor, id: string) {
    const a = await riskAccessOf(deps, actor);
    const r = await loadRisk(db, id);
    const owner = ownerOf(r, await loadOwnerFacts(db, nowIso()));
    await requireRead(db, a, id, owner);
    return { a, r, owner };
  }

  async function trail(trx: Db, who: Who, action: string, r: { id: string; reference: string }, changes: object) {
    await appendTrail(trx, {
      actor: who.actor,
      grant: who.grant,
      action,
      objectType: 'risk',
      objectId: r.id,
      changes: { reference: r.reference, ...changes },
      requestId: who.meta.requestId,
    });
  }

  /** The ISM and the owner hear about what others do to a risk. */
  async function tell(
    trx: Db,
    r: { id: string; reference: string; title: string },
    owner: Owner | null,
    a: RiskAccess,
    title: string,
    body: string,
  ) {
    await notify(trx, {
      personIds: [owner?.personId, ...(await currentIsmsHolders(trx, 'isms_manager', nowIso()))],
      kind: 'risks.changed',
      title: `${r.reference} ${r.title}: ${title}`,
      body,
      link: `/risks/${r.id}`,
      objectType: 'risk',
      objectId: r.id,
      exceptPersonId: a.personId,
    });
  }

  const openOnly = (r: { closed_at: string | null; reference: string }) => {
    if (r.closed_at) throw new AppError('conflict', `${r.reference} is closed; reopen it first`);
  };

  /** Bumps the plan version (a changed plan needs approving again). */
  async function planChanged(trx: Db, r: { id: string; version: number; plan_version: number; reference: string }) {
    if (!(await repo.updateRisk(trx, r.id, r.version, { plan_version: r.plan_version + 1, updated_at: nowIso() })))
      throw staleRisk(r.reference);
  }

  return {
    async assess(actor: Actor, id: string, input: TAssessRiskRequest, meta: CallMeta): Promise<TRisk> {
      const { a, r: r0, owner } = await context(actor, id);
      const g = requireOwnerOrIsm(a, owner, r0.reference, 'assess');
      const m = await loadMethod(db);
      const errors: { field: string; message: string }[] = [];
      for (const [field, v, n] of [
        ['inherentLikelihood', input.inherentLikelihood, m.likelihood.length],
        ['residualLikelihood', input.residualLikelihood, m.likelihood.length],
        ['inherentImpact', input.inherentImpact, m.impact.length],
        ['residualImpact', input.residualImpact, m.impact.length],
      ] as const)
        if (v > n) errors.push({ field, message: `The method's scale goes from 1 to ${n}` });
      if (errors.length > 0)
        throw new AppError('validation_failed', 'The scores are off the method’s scales', { errors });
      const inherent = input.inherentLikelihood * input.inherentImpact;
      const residual = input.residualLikelihood * input.residualImpact;
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        openOnly(r);
        if (r.version !== input.version) throw staleRisk(r.reference);
        const now = nowIso();
        // An acceptance covers the residual score it accepted; a higher one needs a new decision.
        const acceptance = await repo.latestAcceptance(trx, id);
        const lapses = r.accepted_until !== null && acceptance !== undefined && residual > acceptance.residual_score;
        await repo.insertAssessment(trx, {
          id: uuidv7(),
          risk_id: id,
          method_version: m.version,
          inherent_likelihood: input.inherentLikelihood,
          inherent_impact: input.inherentImpact,
          inherent_score: inherent,
          residual_likelihood: input.residualLikelihood,
          residual_impact: input.residualImpact,
          residual_score: residual,
          rationale: input.rationale,
          assessed_by: a.personId,
          assessed_role_key: g.kind === 'role' ? g.roleKey : null,
          assessed_at: now,
        });
        const ok = await repo.updateRisk(trx, id, r.version, {
          inherent_likelihood: input.inherentLikelihood,
          inherent_impact: input.inherentImpact,
          inherent_score: inherent,
          residual_likelihood: input.residualLikelihood,
          residual_impact: input.residualImpact,
          residual_score: residual,
          method_version: m.version,
          assessed_at: now,
          next_assessment_at: addMonths(now, m.assessmentIntervalMonths),
          // A higher residual score, or an acceptance that already ran out, needs a new decision.
          ...(lapses || (r.accepted_until !== null && r.accepted_until <= now) ? { accepted_until: null } : {}),
          updated_at: now,
        });
        if (!ok) throw staleRisk(r.reference);
        await trail(trx, { actor, grant: g, meta }, 'risk.assessed', r, {
          methodVersion: m.version,
          inherent: { before: r.inherent_score, after: inherent },
          residual: { before: r.residual_score, after: residual },
          residualLevel: levelOf(m, residual).key,
          aboveAppetite: aboveAppetite(m, residual),
          acceptanceLapsed: lapses,
          rationale: input.rationale,
        });
        if (ownerGrant(a, owner) === null)
          await tell(
            trx,
            r,
            owner,
            a,
            'assessed',
            `Residual ${residual} (${levelOf(m, residual).label}). ${input.rationale}`,
          );
      });
      return risks.present(a, id);
    },

    async assessments(actor: Actor, id: string, q: { limit: number; cursor?: string }) {
      await context(actor, id);
      const after = decodeCursor<{ at: string; id: string }>(q.cursor, { at: 'string', id: 'string' });
      const rows = await repo.listAssessments(db, id, after, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const methods = new Map(
        (await repo.methodVersions(db, [...new Set(page.map((x) => x.method_version))])).map((m) => [
          m.version,
          methodOf(m),
        ]),
      );
      const people = new Map(
        (
          await repo.personNames(
            db,
            page.flatMap((x) => (x.assessed_by ? [x.assessed_by] : [])),
          )
        ).map((p) => [p.id, p.full_name]),
      );
      const roles = new Map(
        (
          await repo.roleNames(db, [
            ...new Set(page.flatMap((x) => (x.assessed_role_key ? [x.assessed_role_key] : []))),
          ])
        ).map((x) => [x.key, x.name]),
      );
      const last = page[page.length - 1];
      return {
        items: page.map((x) => {
          const m = methods.get(x.method_version)!;
          return {
            id: x.id,
            methodVersion: x.method_version,
            // Levels as the method of the time defined them.
            inherent: scoreOf(m, x.inherent_likelihood, x.inherent_impact)!,
            residual: scoreOf(m, x.residual_likelihood, x.residual_impact)!,
            rationale: x.rationale,
            assessedBy: personRef(people, x.assessed_by),
            assessedRoleName: x.assessed_role_key ? (roles.get(x.assessed_role_key) ?? x.assessed_role_key) : null,
            assessedAt: x.assessed_at,
          };
        }),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ at: last.assessed_at, id: last.id }) : null,
      };
    },

    async setTreatment(
      actor: Actor,
      id: string,
      input: { version: number; option: NonNullable<TRisk['treatmentOption']>; note: string },
      meta: CallMeta,
    ) {
      const { a, owner } = await context(actor, id);
      const g = requireOwnerOrIsm(a, owner, (await loadRisk(db, id)).reference, 'plan the treatment of');
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        openOnly(r);
        if (r.version !== input.version) throw staleRisk(r.reference);
        if (r.assessed_at === null)
          throw new AppError('conflict', `Assess ${r.reference} before choosing its treatment`);
        const ok = await repo.updateRisk(trx, id, r.version, {
          treatment_option: input.option,
          treatment_note: input.note,
          plan_version: r.plan_version + 1,
          updated_at: nowIso(),
        });
        if (!ok) throw staleRisk(r.reference);
        await trail(trx, { actor, grant: g, meta }, 'risk.treatment.set', r, {
          option: { before: r.treatment_option, after: input.option },
          note: input.note,
          planVersion: r.plan_version + 1,
        });
      });
      return risks.present(a, id);
    },

    async addAction(
      actor: Actor,
      id: string,
      input: { title: string; description: string; ownerPersonId: string | null; dueDate: string | null },
      meta: CallMeta,
    ) {
      const { a, owner, r: r0 } = await context(actor, id);
      const g = requireOwnerOrIsm(a, owner, r0.reference, 'plan actions for');
      await checkPerson(db, input.ownerPersonId);
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        openOnly(r);
        const now = nowIso();
        const row: RiskActionTable = {
          id: uuidv7(),
          risk_id: id,
          title: input.title,
          description: input.description,
          owner_person_id: input.ownerPersonId,
          due_date: input.dueDate,
          status: 'planned',
          completed_at: null,
          created_at: now,
          updated_at: now,
          version: 1,
        };
        await repo.insertAction(trx, row);
        await planChanged(trx, r);
        await trail(trx, { actor, grant: g, meta }, 'risk.action.added', r, {
          actionId: row.id,
          title: row.title,
          ownerPersonId: row.owner_person_id,
          dueDate: row.due_date,
          planVersion: r.plan_version + 1,
        });
        if (input.ownerPersonId)
          await notify(trx, {
            personIds: [input.ownerPersonId],
            kind: 'risks.action.assigned',
            title: `Treatment action for ${r.reference}: ${input.title}`,
            body: input.dueDate ? `Due ${input.dueDate}` : 'No due date',
            link: `/risks/${id}`,
            objectType: 'risk',
            objectId: id,
            exceptPersonId: a.personId,
          });
      });
      return risks.present(a, id);
    },

    /** Edits an action; its owner may move its status along, the risk's owner and the ISM change the rest. */
    async updateAction(
      actor: Actor,
      id: string,
      actionId: string,
      input: {
        version: number;
        title?: string;
        description?: string;
        ownerPersonId?: string | null;
        dueDate?: string | null;
        status?: RiskActionTable['status'];
      },
      meta: CallMeta,
    ) {
      const { a, owner, r: r0 } = await context(actor, id);
      const x0 = await repo.findAction(db, id, actionId);
      if (!x0) throw new AppError('not_found', 'No such treatment action');
      const planEdit =
        input.title !== undefined ||
        input.description !== undefined ||
        input.ownerPersonId !== undefined ||
        input.dueDate !== undefined;
      const statusOnlyByActionOwner = !planEdit && a.personId !== null && x0.owner_person_id === a.personId;
      const g: Grant = statusOnlyByActionOwner
        ? (ownerGrant(a, owner) ?? grant(a, 'risks.manage') ?? { kind: 'self' })
        : requireOwnerOrIsm(a, owner, r0.reference, 'change the plan of');
      if (input.ownerPersonId) await checkPerson(db, input.ownerPersonId);
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        openOnly(r);
        const x = await repo.findAction(trx, id, actionId);
        if (!x) throw new AppError('not_found', 'No such treatment action');
        if (x.version !== input.version)
          throw new AppError('version_conflict', 'The action was changed by someone else; reload and try again');
        const now = nowIso();
        const done = input.status === 'done' && x.status !== 'done';
        const patch = {
          title: input.title,
          description: input.description,
          owner_person_id: input.ownerPersonId,
          due_date: input.dueDate,
          status: input.status,
          completed_at:
            input.status === undefined ? undefined : done ? now : input.status === 'done' ? x.completed_at : null,
          updated_at: now,
        };
        if (!(await repo.updateAction(trx, actionId, x.version, patch)))
          throw new AppError('version_conflict', 'The action was changed by someone else; reload and try again');
        if (planEdit) await planChanged(trx, r);
        await trail(trx, { actor, grant: g, meta }, 'risk.action.updated', r, {
          actionId,
          status: input.status ? { before: x.status, after: input.status } : undefined,
          title: input.title,
          ownerPersonId: input.ownerPersonId,
          dueDate: input.dueDate,
          planChanged: planEdit,
        });
        if (done) await tell(trx, r, owner, a, `action done: ${x.title}`, 'A treatment action was completed.');
      });
      return risks.present(a, id);
    },

    async deleteAction(actor: Actor, id: string, actionId: string, version: number, meta: CallMeta) {
      const { a, owner, r: r0 } = await context(actor, id);
      const g = requireOwnerOrIsm(a, owner, r0.reference, 'change the plan of');
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        openOnly(r);
        const x = await repo.findAction(trx, id, actionId);
        if (!x) throw new AppError('not_found', 'No such treatment action');
        if (x.version !== version)
          throw new AppError('version_conflict', 'The action was changed by someone else; reload and try again');
        await repo.deleteAction(trx, actionId);
        await planChanged(trx, r);
        await trail(trx, { actor, grant: g, meta }, 'risk.action.removed', r, { actionId, title: x.title });
      });
      return risks.present(a, id);
    },

    /** 6.1.3 f: the risk owner approves the treatment plan, as it stands (its version). */
    async approvePlan(actor: Actor, id: string, planVersion: number, meta: CallMeta) {
      const { a, owner, r: r0 } = await context(actor, id);
      const g = ownerGrant(a, owner);
      if (!g)
        throw new AppError(
          'forbidden',
          `Only the risk owner of ${r0.reference}${owner ? '' : ' (it has none; assign one first)'} approves its treatment plan`,
        );
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        openOnly(r);
        if (r.treatment_option === null) throw new AppError('conflict', `Choose how to treat ${r.reference} first`);
        if (r.plan_version !== planVersion)
          throw new AppError('version_conflict', 'The plan changed since you looked at it; review it again');
        if (r.plan_approved_version === planVersion) throw new AppError('conflict', 'This plan is already approved');
        const now = nowIso();
        const ok = await repo.updateRisk(trx, id, r.version, {
          plan_approved_version: planVersion,
          plan_approved_at: now,
          plan_approved_by: a.personId,
          plan_approved_role_key: g.kind === 'role' ? g.roleKey : null,
          updated_at: now,
        });
        if (!ok) throw staleRisk(r.reference);
        const actions = await repo.actionsOf(trx, id);
        await trail(trx, { actor, grant: g, meta }, 'risk.plan.approved', r, {
          planVersion,
          option: r.treatment_option,
          actions: actions.map((x) => ({
            id: x.id,
            title: x.title,
            ownerPersonId: x.owner_person_id,
            dueDate: x.due_date,
          })),
        });
        await tell(trx, r, owner, a, 'treatment plan approved', `Plan version ${planVersion} (${r.treatment_option}).`);
      });
      return risks.present(a, id);
    },

    /** 6.1.3 f: acceptance of the residual risk (SOD-09), with a justification and an expiry. */
    async accept(
      actor: Actor,
      id: string,
      input: { version: number; justification: string; expiresOn: string },
      meta: CallMeta,
    ) {
      const { a, owner } = await context(actor, id);
      if (!a.personId) throw new AppError('forbidden', 'A person accepts risk');
      const [m, r0] = await Promise.all([loadMethod(db), loadRisk(db, id)]);
      const asOwner = ownerGrant(a, owner);
      const asTm = topManagement(a);
      const above = aboveAppetite(m, r0.residual_score);
      const today = nowIso().slice(0, 10);
      const latest = addMonths(`${today}T00:00:00.000Z`, m.acceptanceMaxMonths).slice(0, 10);
      if (input.expiresOn <= today || input.expiresOn > latest)
        throw new AppError('validation_failed', 'Choose when the acceptance ends', {
          errors: [
            {
              field: 'expiresOn',
              message: `After today and at most ${m.acceptanceMaxMonths} months ahead (${latest})`,
            },
          ],
        });
      const g = above ? asTm : asOwner;
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        openOnly(r);
        if (r.version !== input.version) throw staleRisk(r.reference);
        if (r.residual_score === null || r.residual_likelihood === null || r.residual_impact === null)
          throw new AppError('conflict', `Assess ${r.reference} before accepting its residual risk`);
        await enforceSod(trx, {
          rule: 'SOD-09',
          deciderPersonId: a.personId!,
          // A deputy standing in for the owner decides as the owner.
          ownerPersonId: asOwner ? a.personId : (owner?.personId ?? null),
          aboveAppetite: above,
          deciderIsTopManagement: asTm !== null,
        });
        if (!g) throw new AppError('forbidden', 'You may not accept this risk');
        const now = nowIso();
        const expiresAt = `${input.expiresOn}T23:59:59.999Z`;
        const level = levelOf(m, r.residual_score);
        await repo.insertAcceptance(trx, {
          id: uuidv7(),
          risk_id: id,
          residual_score: r.residual_score,
          level_key: level.key,
          above_appetite: above ? 1 : 0,
          method_version: m.version,
          justification: input.justification,
          accepted_by: a.personId!,
          accepted_role_key: g.kind === 'role' ? g.roleKey : 'system',
          accepted_assignment_id: g.kind === 'role' ? g.assignmentId : null,
          accepted_at: now,
          expires_at: expiresAt,
          revoked_at: null,
          revoked_by: null,
          revoke_reason: null,
        });
        if (!(await repo.updateRisk(trx, id, r.version, { accepted_until: expiresAt, updated_at: now })))
          throw staleRisk(r.reference);
        await trail(trx, { actor, grant: g, meta }, 'risk.accepted', r, {
          residualScore: r.residual_score,
          level: level.key,
          aboveAppetite: above,
          appetiteScore: m.appetiteScore,
          methodVersion: m.version,
          justification: input.justification,
          expiresAt,
          onScale: onScale(m, r.residual_likelihood, r.residual_impact),
        });
        await tell(trx, r, owner, a, 'residual risk accepted', `${input.justification} (until ${input.expiresOn})`);
      });
      return risks.present(a, id);
    },

    async postUpdate(actor: Actor, id: string, input: { kind: 'status' | 'concern'; body: string }, meta: CallMeta) {
      const { a, owner, r: r0 } = await context(actor, id);
      if (!a.personId) throw new AppError('forbidden', 'A person posts updates');
      const ownsAction = await repo.ownsActionOn(db, id, a.personId);
      const g = ownerGrant(a, owner) ?? grant(a, 'risks.manage') ?? (ownsAction ? { kind: 'self' } : null);
      if (!g)
        throw new AppError(
          'forbidden',
          `Only the owner of ${r0.reference}, its action owners or the ISM post updates on it`,
        );
      const updateId = uuidv7();
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        openOnly(r);
        await repo.insertUpdate(trx, {
          id: updateId,
          risk_id: id,
          person_id: a.personId!,
          kind: input.kind,
          body: input.body,
          created_at: nowIso(),
        });
        await trail(
          trx,
          { actor, grant: g, meta },
          `risk.${input.kind === 'concern' ? 'concern' : 'status'}.posted`,
          r,
          {
            updateId,
            kind: input.kind,
            length: input.body.length,
          },
        );
        await tell(
          trx,
          r,
          owner,
          a,
          input.kind === 'concern' ? 'a concern was raised' : 'status update',
          input.body.slice(0, 300),
        );
      });
      return presentUpdate((await repo.findUpdate(db, updateId))!);
    },

    async updates(actor: Actor, id: string, q: { limit: number; cursor?: string }) {
      await context(actor, id);
      return pageOfUpdates(
        await repo.listUpdates(
          db,
          { riskId: id },
          decodeCursor<{ id: string }>(q.cursor, { id: 'string' })?.id,
          q.limit + 1,
        ),
        q.limit,
      );
    },

    /** The ISM's feed of updates and concerns across every risk, newest first. */
    async feed(actor: Actor, q: { limit: number; cursor?: string; kind?: 'status' | 'concern' }) {
      await deps.authz.authorize(actor, 'risks.feed');
      return pageOfUpdates(
        await repo.listUpdates(
          db,
          { kind: q.kind },
          decodeCursor<{ id: string }>(q.cursor, { id: 'string' })?.id,
          q.limit + 1,
        ),
        q.limit,
      );
    },

    /** Treatment actions across risks: the overdue list, or one person's. */
    async actions(
      actor: Actor,
      q: {
        limit: number;
        cursor?: string;
        overdue?: 'true' | 'false';
        ownerPersonId?: string;
        status: 'open' | 'done' | 'all';
      },
    ) {
      const self = actor.kind === 'account' && q.ownerPersonId === actor.personId;
      if (!self) await deps.authz.authorize(actor, 'risks.read');
      const today = nowIso().slice(0, 10);
      const after = decodeCursor<{ d: string; id: string }>(q.cursor, { d: 'string', id: 'string' });
      const rows = await repo.listActions(
        db,
        {
          status: q.status,
          ownerPersonId: q.ownerPersonId,
          dueBefore: q.overdue === 'true' ? today : undefined,
          notDueBefore: q.overdue === 'false' ? today : undefined,
        },
        after,
        q.limit + 1,
      );
      const page = rows.slice(0, q.limit);
      const people = new Map(
        (
          await repo.personNames(
            db,
            page.flatMap((x) => (x.owner_person_id ? [x.owner_person_id] : [])),
          )
        ).map((p) => [p.id, p.full_name]),
      );
      const last = page[page.length - 1];
      return {
        items: page.map((x) => ({
          id: x.id,
          title: x.title,
          description: x.description,
          owner: personRef(people, x.owner_person_id),
          dueDate: x.due_date,
          status: x.status,
          overdue: (x.status === 'planned' || x.status === 'in_progress') && x.due_date !== null && x.due_date < today,
          completedAt: x.completed_at,
          version: x.version,
          risk: { id: x.risk_id, reference: x.reference, title: x.risk_title },
        })),
        nextCursor:
          rows.length > q.limit && last ? encodeCursor({ d: last.due_date ?? '9999-12-31', id: last.id }) : null,
      };
    },
  };
}

async function checkPerson(db: Db, personId: string | null | undefined): Promise<void> {
  if (!personId) return;
  const [p] = await repo.personNames(db, [personId]);
  if (!p || p.status !== 'active')
    throw new AppError('validation_failed', 'The action owner must be an active person', {
      errors: [{ field: 'ownerPersonId', message: 'Choose an active person' }],
    });
}

function presentUpdate(x: repo.UpdateRow) {
  return {
    id: x.id,
    risk: { id: x.risk_id, reference: x.reference, title: x.title },
    author: { id: x.person_id, fullName: x.full_name },
    kind: x.kind,
    body: x.body,
    createdAt: x.created_at,
  };
}

function pageOfUpdates(rows: repo.UpdateRow[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentUpdate),
    nextCursor: rows.length > limit && last ? encodeCursor({ id: last.id }) : null,
  };
}

export type RiskDecisionService = ReturnType<typeof createRiskDecisionService>;
