import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  TChangeRiskMethodRequest,
  TCreateRiskRequest,
  TRisk,
  TRiskFilterQuery,
  TRiskListQuery,
  TUpdateRiskRequest,
  ZRiskBreakdown,
  ZHeatmap,
} from '../../../contracts/risks.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { downloadName, renderTabular, type Column, type TabularFormat } from '../../core/tabular.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { appendTrail } from '../trail/trail.service.js';
import {
  grant,
  ownerGrant,
  requireOwnerOrIsm,
  requireRead,
  riskAccessOf,
  topManagement,
  type RiskAccess,
} from './risks.access.js';
import { loadOwnerFacts, ownerFilter, RISK_OWNER, subtree } from './risks.owners.js';
import { methodOf, personRef, presentMethod, presentSummary, scoreOf } from './risks.presenters.js';
import * as repo from './risks.repository.js';
import { controlsTreatingRisk } from '../controls/controls.services.js';
import {
  aboveAppetite,
  DEFAULT_METHOD,
  levelOf,
  methodProblems,
  onScale,
  ownerOf,
  riskReference,
  statusOf,
  type Method,
  type OwnerFacts,
} from './risks.rules.js';

/** Seeds the default risk method (version 1) on first start; idempotent. */
export async function ensureRisksSeeded(db: Db): Promise<void> {
  if (await repo.currentMethod(db)) return;
  try {
    await repo.insertMethod(db, {
      version: 1,
      likelihood: toJson(DEFAULT_METHOD.likelihood),
      impact: toJson(DEFAULT_METHOD.impact),
      levels: toJson(DEFAULT_METHOD.levels),
      appetite_score: DEFAULT_METHOD.appetiteScore,
      assessment_interval_months: DEFAULT_METHOD.assessmentIntervalMonths,
      acceptance_max_months: DEFAULT_METHOD.acceptanceMaxMonths,
      note: DEFAULT_METHOD.note,
      created_by: null,
      created_at: nowIso(),
    });
  } catch (e) {
    // Another instance seeded it first.
    if (!isUniqueViolation(e)) throw e;
  }
}

export async function loadMethod(db: Db): Promise<Method> {
  const row = await repo.currentMethod(db);
  if (!row) throw new AppError('internal_error', 'The risk method is missing');
  return methodOf(row);
}

export const staleRisk = (reference: string) =>
  new AppError('version_conflict', `${reference} was changed by someone else; reload and try again`);

export async function loadRisk(db: Db, id: string) {
  const row = await repo.findRisk(db, id);
  if (!row) throw new AppError('not_found', 'No such risk');
  return row;
}

type Facts = OwnerFacts & { unitIds: string[] };

/** A register query resolved against the method, the org tree and the ledger. */
export function resolveFilter(q: TRiskFilterQuery, m: Method, facts: Facts, now: string): repo.RiskFilter {
  const f: repo.RiskFilter = { now, q: q.q, status: q.status, category: q.category };
  if (q.orgUnitId) f.unitIds = subtree(q.orgUnitId, facts.parentOf);
  if (q.ownerPersonId) f.owner = ownerFilter(q.ownerPersonId, facts);
  if (q.aboveAppetite === 'true') f.aboveScore = m.appetiteScore;
  if (q.aboveAppetite === 'false') f.atMostScore = m.appetiteScore;
  if (q.assessmentOverdue === 'true') f.assessmentOverdueAt = now;
  if (q.assessmentOverdue === 'false') f.notOverdueAt = now;
  if (q.level) {
    const i = m.levels.findIndex((l) => l.key === q.level);
    if (i < 0)
      throw new AppError('validation_failed', `No risk level ${q.level}`, {
        errors: [{ field: 'level', message: `Use one of: ${m.levels.map((l) => l.key).join(', ')}` }],
      });
    f.scoreRange = { min: m.levels[i]!.minScore, max: (m.levels[i + 1]?.minScore ?? 1000) - 1 };
  }
  if ('cell' in q && typeof q.cell === 'string') {
    const [basis, l, i] = q.cell.split(':');
    f.cell = { basis: basis as 'inherent' | 'residual', likelihood: Number(l), impact: Number(i) };
  }
  return f;
}

/** The risk register: the method, the risks, their owners (from the ledger), views and reports. */
export function createRiskService(deps: Deps, assignments: AssignmentService) {
  const { db } = deps;

  async function trail(trx: Db, actor: Actor, g: Grant, action: string, id: string, changes: object, meta: CallMeta) {
    await appendTrail(trx, {
      actor,
      grant: g,
      action,
      objectType: 'risk',
      objectId: id,
      changes: changes as Record<string, unknown>,
      requestId: meta.requestId,
    });
  }

  async function names(ids: (string | null | undefined)[]) {
    const rows = await repo.personNames(
      db,
      ids.filter((x): x is string => typeof x === 'string'),
    );
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }

  /** The full view of one risk for the caller, with what they may do with it. */
  async function present(a: RiskAccess, id: string): Promise<TRisk> {
    const now = nowIso();
    const [r, m, facts, actions, acceptance, controls] = await Promise.all([
      loadRisk(db, id),
      loadMethod(db),
      loadOwnerFacts(db, now),
      repo.actionsOf(db, id),
      repo.latestAcceptance(db, id),
      controlsTreatingRisk(db, id),
    ]);
    const owner = ownerOf(r, facts);
    const people = await names([
      owner?.personId,
      r.plan_approved_by,
      acceptance?.accepted_by,
      ...actions.map((x) => x.owner_person_id),
    ]);
    const roleNames = new Map(
      (
        await repo.roleNames(
          db,
          [r.plan_approved_role_key, acceptance?.accepted_role_key].filter((x): x is string => !!x),
        )
      ).map((x) => [x.key, x.name]),
    );
    const open = r.closed_at === null;
    const changer = ownerGrant(a, owner) ?? grant(a, 'risks.manage');
    const isOwner = ownerGrant(a, owner) !== null;
    const above = aboveAppetite(m, r.residual_score);
    const today = now.slice(0, 10);
    const ownsAction = a.personId !== null && actions.some((x) => x.owner_person_id === a.personId);
    return {
      ...presentSummary(r, m, owner, people, now),
      description: r.description,
      threat: r.threat,
      vulnerability: r.vulnerability,
      methodVersion: r.method_version,
      assessedAt: r.assessed_at,
      treatmentNote: r.treatment_note,
      plan: {
        version: r.plan_version,
        approved: r.plan_approved_version !== null && r.plan_approved_version === r.plan_version,
        approvedAt: r.plan_approved_at,
        approvedBy: personRef(people, r.plan_approved_by),
        approvedRoleName: r.plan_approved_role_key ? (roleNames.get(r.plan_approved_role_key) ?? null) : null,
        actions: actions.map((x) => ({
          id: x.id,
          title: x.title,
          description: x.description,
          owner: personRef(people, x.owner_person_id),
          dueDate: x.due_date,
          status: x.status,
          overdue: (x.status === 'planned' || x.status === 'in_progress') && x.due_date !== null && x.due_date < today,
          completedAt: x.completed_at,
          version: x.version,
        })),
      },
      acceptance: acceptance
        ? {
            id: acceptance.id,
            residualScore: acceptance.residual_score,
            levelLabel: m.levels.find((l) => l.key === acceptance.level_key)?.label ?? acceptance.level_key,
            aboveAppetite: acceptance.above_appetite === 1,
            justification: acceptance.justification,
            acceptedBy: personRef(people, acceptance.accepted_by)!,
            acceptedRoleName: roleNames.get(acceptance.accepted_role_key) ?? acceptance.accepted_role_key,
            acceptedAt: acceptance.accepted_at,
            expiresAt: acceptance.expires_at,
            state: acceptance.revoked_at
              ? 'revoked'
              : acceptance.expires_at <= now
                ? 'expired'
                : r.accepted_until === acceptance.expires_at
                  ? 'in_force'
                  : 'superseded',
          }
        : null,
      controls,
      closedAt: r.closed_at,
      closeReason: r.close_reason,
      createdAt: r.created_at,
      version: r.version,
      can: {
        edit: open && changer !== null,
        assess: open && changer !== null,
        plan: open && changer !== null,
        approvePlan:
          open &&
          isOwner &&
          r.treatment_option !== null &&
          (r.plan_approved_version === null || r.plan_approved_version !== r.plan_version),
        accept: open && r.residual_score !== null && (above ? topManagement(a) !== null : isOwner),
        close: changer !== null,
        post: open && (changer !== null || ownsAction),
      },
    };
  }

  async function forActor(actor: Actor, id: string): Promise<TRisk> {
    const a = await riskAccessOf(deps, actor);
    const r = await loadRisk(db, id);
    const owner = ownerOf(r, await loadOwnerFacts(db, nowIso()));
    await requireRead(db, a, id, owner);
    return present(a, id);
  }

  /** May the caller identify a risk in this org unit? The ISM anywhere; a risk owner in their area. */
  function createGrant(a: RiskAccess, facts: Facts, orgUnitId: string | null): Grant {
    const ism = grant(a, 'risks.manage');
    if (ism) return ism;
    const owner = ownerOf({ id: '', org_unit_id: orgUnitId }, facts);
    const g = ownerGrant(a, owner);
    if (g) return g;
    throw new AppError(
      'forbidden',
      orgUnitId
        ? 'You may identify risks only in the org units you own as Risk Owner'
        : 'Risks outside an org unit are identified by the Information Security Manager or the whole-ISMS risk owner',
    );
  }

  return {
    present,
    get: forActor,

    // Method ------------------------------------------------------------------------------------

    async method(actor: Actor) {
      await deps.authz.authorize(actor, 'risks.read');
      const row = (await repo.currentMethod(db))!;
      return presentMethod(row, await names([row.created_by]), await deps.authz.can(actor, 'risks.manage'));
    },

    async methodVersions(actor: Actor, q: { limit: number; cursor?: string }) {
      await deps.authz.authorize(actor, 'risks.read');
      const after = decodeCursor<{ v: number }>(q.cursor, { v: 'number' });
      const rows = await repo.listMethods(db, after?.v, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const people = await names(page.map((r) => r.created_by));
      const last = page[page.length - 1];
      return {
        items: page.map((r) => presentMethod(r, people, false)),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ v: last.version }) : null,
      };
    },

    /** A new method version; assessments keep the version they used, so history stays explainable. */
    async changeMethod(actor: Actor, input: TChangeRiskMethodRequest, meta: CallMeta) {
      const g = await deps.authz.authorize(actor, 'risks.manage');
      const problems = methodProblems(input);
      if (problems.length > 0)
        throw new AppError('validation_failed', 'The risk method is not consistent', { errors: problems });
      await db.transaction().execute(async (trx) => {
        const cur = await repo.currentMethod(trx);
        if (!cur || cur.version !== input.basedOnVersion)
          throw new AppError('version_conflict', 'The risk method was changed by someone else; reload and try again');
        const version = cur.version + 1;
        try {
          await repo.insertMethod(trx, {
            version,
            likelihood: toJson(input.likelihood),
            impact: toJson(input.impact),
            levels: toJson(input.levels),
            appetite_score: input.appetiteScore,
            assessment_interval_months: input.assessmentIntervalMonths,
            acceptance_max_months: input.acceptanceMaxMonths,
            note: input.note,
            created_by: actor.kind === 'account' ? actor.personId : null,
            created_at: nowIso(),
          });
        } catch (e) {
          if (isUniqueViolation(e))
            throw new AppError('version_conflict', 'The risk method was changed by someone else; reload and try again');
          throw e;
        }
        const before = methodOf(cur);
        await appendTrail(trx, {
          actor,
          grant: g,
          action: 'risk.method.changed',
          objectType: 'risk_method',
          objectId: String(version),
          changes: {
            version: { before: cur.version, after: version },
            scale: {
              before: `${before.likelihood.length}x${before.impact.length}`,
              after: `${input.likelihood.length}x${input.impact.length}`,
            },
            appetiteScore: { before: before.appetiteScore, after: input.appetiteScore },
            levels: input.levels.map((l) => `${l.key}>=${l.minScore}`),
            note: input.note,
          },
          requestId: meta.requestId,
        });
      });
      const row = (await repo.currentMethod(db))!;
      return presentMethod(row, await names([row.created_by]), true);
    },

    // Register ----------------------------------------------------------------------------------

    async list(actor: Actor, q: TRiskListQuery) {
      await deps.authz.authorize(actor, 'risks.read');
      const now = nowIso();
      const [m, facts] = await Promise.all([loadMethod(db), loadOwnerFacts(db, now)]);
      const f = resolveFilter(q, m, facts, now);
      const kind = repo.sortKind(q.sort);
      const after = decodeCursor<{ k: string | number; n: number }>(q.cursor, { k: kind, n: 'number' });
      const [rows, total] = await Promise.all([
        repo.listRisks(db, f, q.sort, after, q.limit + 1),
        repo.countRisks(db, f),
      ]);
      const page = rows.slice(0, q.limit);
      const owners = new Map(page.map((r) => [r.id, ownerOf(r, facts)]));
      const people = await names([...owners.values()].map((o) => o?.personId));
      const last = page[page.length - 1];
      return {
        items: page.map((r) => presentSummary(r, m, owners.get(r.id) ?? null, people, now)),
        nextCursor:
          rows.length > q.limit && last
            ? encodeCursor({ k: kind === 'number' ? Number(last.sort_key) : String(last.sort_key), n: last.number })
            : null,
        total,
      };
    },

    async create(actor: Actor, input: TCreateRiskRequest, meta: CallMeta): Promise<TRisk> {
      await deps.authz.authorize(actor, 'risks.create');
      const a = await riskAccessOf(deps, actor);
      const now = nowIso();
      const facts = await loadOwnerFacts(db, now);
      if (input.orgUnitId && !facts.parentOf.has(input.orgUnitId))
        throw new AppError('validation_failed', 'No such org unit', {
          errors: [{ field: 'orgUnitId', message: 'Choose an existing org unit' }],
        });
      const g = createGrant(a, facts, input.orgUnitId);
      const ownerAuthority = input.ownerPersonId ? await assignments.authority(actor, RISK_OWNER) : null;
      const id = uuidv7();
      for (let attempt = 0; ; attempt++) {
        try {
          await db.transaction().execute(async (trx) => {
            const number = await repo.nextRiskNumber(trx);
            const reference = riskReference(number);
            await repo.insertRisk(trx, {
              id,
              number,
              reference,
              title: input.title,
              description: input.description,
              category: input.category,
              org_unit_id: input.orgUnitId,
              threat: input.threat,
              vulnerability: input.vulnerability,
              inherent_likelihood: null,
              inherent_impact: null,
              inherent_score: null,
              residual_likelihood: null,
              residual_impact: null,
              residual_score: null,
              method_version: null,
              assessed_at: null,
              next_assessment_at: null,
              treatment_option: null,
              treatment_note: '',
              plan_version: 0,
              plan_approved_version: null,
              plan_approved_at: null,
              plan_approved_by: null,
              plan_approved_role_key: null,
              accepted_until: null,
              closed_at: null,
              closed_by: null,
              close_reason: null,
              created_by: a.personId,
              created_at: now,
              updated_at: now,
              version: 1,
            });
            await trail(
              trx,
              actor,
              g,
              'risk.identified',
              id,
              {
                reference,
                title: input.title,
                category: input.category,
                orgUnitId: input.orgUnitId,
              },
              meta,
            );
            if (input.ownerPersonId && ownerAuthority)
              await assignments.open(
                trx,
                {
                  personId: input.ownerPersonId,
                  roleKey: RISK_OWNER,
                  scopeType: 'risk',
                  scopeId: id,
                  kind: 'holder',
                  reason: `Owner of ${reference} ${input.title}`,
                  replaceCurrent: false,
                },
                { actor, grant: ownerAuthority, requestId: meta.requestId },
              );
          });
          break;
        } catch (e) {
          if (!isUniqueViolation(e) || attempt >= 2) throw e;
        }
      }
      return present(a, id);
    },

    async update(actor: Actor, id: string, input: TUpdateRiskRequest, meta: CallMeta): Promise<TRisk> {
      const a = await riskAccessOf(deps, actor);
      const now = nowIso();
      const facts = await loadOwnerFacts(db, now);
      const r0 = await loadRisk(db, id);
      const g = requireOwnerOrIsm(a, ownerOf(r0, facts), r0.reference, 'change');
      if (input.orgUnitId && !facts.parentOf.has(input.orgUnitId))
        throw new AppError('validation_failed', 'No such org unit', {
          errors: [{ field: 'orgUnitId', message: 'Choose an existing org unit' }],
        });
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        if (r.closed_at) throw new AppError('conflict', `${r.reference} is closed; reopen it first`);
        if (r.version !== input.version) throw staleRisk(r.reference);
        const patch = {
          title: input.title,
          description: input.description,
          category: input.category,
          org_unit_id: input.orgUnitId,
          threat: input.threat,
          vulnerability: input.vulnerability,
          updated_at: nowIso(),
        };
        if (!(await repo.updateRisk(trx, id, r.version, patch))) throw staleRisk(r.reference);
        const changes: Record<string, { before: unknown; after: unknown }> = {};
        for (const [k, v] of Object.entries(patch))
          if (k !== 'updated_at' && v !== undefined && v !== r[k as keyof typeof r])
            changes[k] = { before: r[k as keyof typeof r], after: v };
        await trail(trx, actor, g, 'risk.updated', id, { reference: r.reference, ...changes }, meta);
      });
      return present(a, id);
    },

    async close(actor: Actor, id: string, input: { version: number; reason: string }, meta: CallMeta, reopen = false) {
      const a = await riskAccessOf(deps, actor);
      const r0 = await loadRisk(db, id);
      const g = requireOwnerOrIsm(
        a,
        ownerOf(r0, await loadOwnerFacts(db, nowIso())),
        r0.reference,
        reopen ? 'reopen' : 'close',
      );
      await db.transaction().execute(async (trx) => {
        const r = await loadRisk(trx, id);
        if (r.version !== input.version) throw staleRisk(r.reference);
        if (reopen !== (r.closed_at !== null))
          throw new AppError('conflict', `${r.reference} is ${r.closed_at ? 'closed' : 'open'}`);
        const now = nowIso();
        const patch = reopen
          ? { closed_at: null, closed_by: null, close_reason: null, updated_at: now }
          : { closed_at: now, closed_by: a.personId, close_reason: input.reason, updated_at: now };
        if (!(await repo.updateRisk(trx, id, r.version, patch))) throw staleRisk(r.reference);
        await trail(
          trx,
          actor,
          g,
          reopen ? 'risk.reopened' : 'risk.closed',
          id,
          { reference: r.reference, reason: input.reason },
          meta,
        );
      });
      return present(a, id);
    },

    async exportRegister(actor: Actor, q: TRiskFilterQuery & { sort: TRiskListQuery['sort'] }, format: TabularFormat) {
      await deps.authz.authorize(actor, 'risks.read');
      const now = nowIso();
      const [m, facts] = await Promise.all([loadMethod(db), loadOwnerFacts(db, now)]);
      const f = resolveFilter(q, m, facts, now);
      const rows: (repo.RiskListRow & { owner: string })[] = [];
      let after: { k: string | number; n: number } | undefined;
      for (;;) {
        const page = await repo.listRisks(db, f, q.sort, after, 2000);
        const people = await names(page.map((r) => ownerOf(r, facts)?.personId));
        for (const r of page) rows.push({ ...r, owner: people.get(ownerOf(r, facts)?.personId ?? '') ?? '' });
        const last = page[page.length - 1];
        if (page.length < 2000 || !last) break;
        after = { k: last.sort_key, n: last.number };
      }
      const level = (s: number | null) => (s === null ? '' : levelOf(m, s).label);
      const columns: Column<(typeof rows)[number]>[] = [
        { header: 'Reference', value: (r) => r.reference },
        { header: 'Title', value: (r) => r.title, width: 40 },
        { header: 'Category', value: (r) => r.category, width: 18 },
        { header: 'Org unit', value: (r) => r.unit_name ?? '', width: 20 },
        { header: 'Owner', value: (r) => r.owner, width: 22 },
        { header: 'Status', value: (r) => statusOf(r, now) },
        { header: 'Threat', value: (r) => r.threat, width: 30 },
        { header: 'Vulnerability', value: (r) => r.vulnerability, width: 30 },
        { header: 'Inherent likelihood', value: (r) => r.inherent_likelihood ?? '' },
        { header: 'Inherent impact', value: (r) => r.inherent_impact ?? '' },
        { header: 'Inherent score', value: (r) => r.inherent_score ?? '' },
        { header: 'Inherent level', value: (r) => level(r.inherent_score) },
        { header: 'Residual likelihood', value: (r) => r.residual_likelihood ?? '' },
        { header: 'Residual impact', value: (r) => r.residual_impact ?? '' },
        { header: 'Residual score', value: (r) => r.residual_score ?? '' },
        { header: 'Residual level', value: (r) => level(r.residual_score) },
        { header: 'Above appetite', value: (r) => r.closed_at === null && aboveAppetite(m, r.residual_score) },
        { header: 'Treatment', value: (r) => r.treatment_option ?? '' },
        {
          header: 'Plan approved',
          value: (r) => r.plan_approved_version !== null && r.plan_approved_version === r.plan_version,
        },
        { header: 'Accepted until', value: (r) => r.accepted_until ?? '' },
        { header: 'Assessed', value: (r) => r.assessed_at ?? '', width: 22 },
        { header: 'Method version', value: (r) => r.method_version ?? '' },
        { header: 'Next assessment', value: (r) => r.next_assessment_at ?? '', width: 22 },
      ];
      return {
        body: await renderTabular(format, 'Risk register', columns, rows),
        fileName: downloadName('risk-register', format),
      };
    },

    async heatmap(
      actor: Actor,
      q: TRiskFilterQuery & { basis: 'inherent' | 'residual' },
    ): Promise<z.infer<typeof ZHeatmap>> {
      await deps.authz.authorize(actor, 'risks.read');
      const now = nowIso();
      const [m, facts] = await Promise.all([loadMethod(db), loadOwnerFacts(db, now)]);
      const counts = await repo.heatCells(db, resolveFilter(q, m, facts, now), q.basis);
      const at = new Map(counts.map((c) => [`${c.likelihood}:${c.impact}`, c.n]));
      const cells = m.likelihood.flatMap((l) =>
        m.impact.map((i) => {
          const s = scoreOf(m, l.value, i.value)!;
          return {
            likelihood: l.value,
            impact: i.value,
            score: s.score,
            level: s.level,
            count: at.get(`${l.value}:${i.value}`) ?? 0,
          };
        }),
      );
      return {
        basis: q.basis,
        methodVersion: m.version,
        likelihood: m.likelihood,
        impact: m.impact,
        cells,
        unassessed: counts.filter((c) => c.likelihood === null).reduce((n, c) => n + c.n, 0),
        outOfScale: counts
          .filter((c) => c.likelihood !== null && c.impact !== null && !onScale(m, c.likelihood, c.impact))
          .reduce((n, c) => n + c.n, 0),
        appetiteScore: m.appetiteScore,
      };
    },

    async breakdown(actor: Actor, q: TRiskFilterQuery): Promise<z.infer<typeof ZRiskBreakdown>> {
      await deps.authz.authorize(actor, 'risks.read');
      const now = nowIso();
      const today = now.slice(0, 10);
      const [m, facts, units] = await Promise.all([loadMethod(db), loadOwnerFacts(db, now), repo.orgUnits(db)]);
      const [rows, overdue] = await Promise.all([
        repo.compactRisks(db, resolveFilter(q, m, facts, now)),
        repo.overdueActionCounts(db, today),
      ]);
      const open = rows.filter((r) => r.closed_at === null);
      const overdueByRisk = new Map<string, number>();
      for (const o of overdue) overdueByRisk.set(o.risk_id, (overdueByRisk.get(o.risk_id) ?? 0) + o.n);
      const byUnit = new Map<string | null, { total: number; aboveAppetite: number; unassessed: number }>();
      const byOwner = new Map<string | null, { total: number; aboveAppetite: number; overdueActions: number }>();
      const byLevel = new Map(m.levels.map((l) => [l.key, 0]));
      for (const r of open) {
        const above = aboveAppetite(m, r.residual_score);
        const u = byUnit.get(r.org_unit_id) ?? { total: 0, aboveAppetite: 0, unassessed: 0 };
        u.total++;
        if (above) u.aboveAppetite++;
        if (r.assessed_at === null) u.unassessed++;
        byUnit.set(r.org_unit_id, u);
        const who = ownerOf(r, facts)?.personId ?? null;
        const o = byOwner.get(who) ?? { total: 0, aboveAppetite: 0, overdueActions: 0 };
        o.total++;
        if (above) o.aboveAppetite++;
        o.overdueActions += overdueByRisk.get(r.id) ?? 0;
        byOwner.set(who, o);
        if (r.residual_score !== null) {
          const key = levelOf(m, r.residual_score).key;
          byLevel.set(key, (byLevel.get(key) ?? 0) + 1);
        }
      }
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      const people = await names([...byOwner.keys()]);
      return {
        byOrgUnit: [...byUnit.entries()]
          .map(([id, v]) => ({ orgUnit: id ? { id, name: unitName.get(id) ?? 'Unknown unit' } : null, ...v }))
          .sort((x, y) => y.total - x.total || (x.orgUnit?.name ?? '').localeCompare(y.orgUnit?.name ?? '')),
        byOwner: [...byOwner.entries()]
          .map(([id, v]) => ({ owner: personRef(people, id), ...v }))
          .sort((x, y) => y.total - x.total || (x.owner?.fullName ?? '').localeCompare(y.owner?.fullName ?? '')),
        byLevel: m.levels.map((l) => ({
          level: l.key,
          label: l.label,
          color: l.color,
          count: byLevel.get(l.key) ?? 0,
        })),
        totals: {
          risks: rows.length,
          open: open.length,
          aboveAppetite: open.filter((r) => aboveAppetite(m, r.residual_score)).length,
          unassessed: open.filter((r) => r.assessed_at === null).length,
          assessmentOverdue: open.filter((r) => r.next_assessment_at !== null && r.next_assessment_at < now).length,
          overdueActions: open.reduce((n, r) => n + (overdueByRisk.get(r.id) ?? 0), 0),
        },
      };
    },

    // Saved views -------------------------------------------------------------------------------

    async views(actor: Actor) {
      await deps.authz.authorize(actor, 'risks.read');
      if (actor.kind !== 'account') return { items: [] };
      const rows = await repo.viewsOf(db, actor.personId);
      return {
        items: rows.map((v) => ({
          id: v.id,
          name: v.name,
          query: fromJson<Record<string, string>>(v.query, {}),
          createdAt: v.created_at,
        })),
      };
    },

    async saveView(actor: Actor, input: { name: string; query: Record<string, string> }) {
      await deps.authz.authorize(actor, 'risks.read');
      if (actor.kind !== 'account') throw new AppError('forbidden', 'Saved views belong to a person');
      if ((await repo.viewsOf(db, actor.personId)).length >= 50)
        throw new AppError('conflict', 'You have 50 saved views; delete one first');
      const row = {
        id: uuidv7(),
        person_id: actor.personId,
        name: input.name,
        query: toJson(input.query),
        created_at: nowIso(),
      };
      try {
        await repo.insertView(db, row);
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('conflict', `You already have a view named "${input.name}"`);
        throw e;
      }
      return { id: row.id, name: row.name, query: input.query, createdAt: row.created_at };
    },

    async deleteView(actor: Actor, id: string) {
      await deps.authz.authorize(actor, 'risks.read');
      if (actor.kind !== 'account' || !(await repo.deleteView(db, actor.personId, id)))
        throw new AppError('not_found', 'No such saved view');
      return { ok: true as const };
    },

    async categories(actor: Actor) {
      await deps.authz.authorize(actor, 'risks.read');
      return repo.categories(db);
    },
  };
}

export type RiskService = ReturnType<typeof createRiskService>;
