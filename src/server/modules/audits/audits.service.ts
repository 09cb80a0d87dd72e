import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  TAddAuditorRequest,
  TAudit,
  TAuditListQuery,
  TAuditorIndependence,
  TAuditScopeOptions,
  TAuditScopeType,
  TCancelAuditRequest,
  TCreateAuditRequest,
  TSignOffAuditRequest,
  TUpdateAuditRequest,
  ZAuditPage,
} from '../../../contracts/audits.js';
import { AUDIT_LIMITS } from '../../../contracts/audits.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { AuditRow } from '../../db/schema.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { assignmentsInForce, currentIsmsHolders, scopeHistory } from '../responsibilities/responsibilities.ledger.js';
import { enforceSod } from '../responsibilities/responsibilities.sod.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { AUDITOR, countsOf, teamOf } from './audits.facts.js';
import { presentAudit, presentAuditSummary, type AuditCounts } from './audits.presenters.js';
import * as repo from './audits.repository.js';
import { independenceConflicts, type ScopeEntry } from './audits.rules.js';
import {
  checklistOf,
  loadIndependenceFacts,
  loadScopeCatalogue,
  resolveScope,
  scopeOptions,
  sortScope,
} from './audits.scope.js';

export { AUDITOR };
type Who = { actor: Actor; grant: Grant; requestId?: string };

const personOf = (actor: Actor): string => {
  if (actor.kind !== 'account') throw new AppError('forbidden', 'Audits are run by people');
  return actor.personId;
};
const stale = (what: string) =>
  new AppError('conflict', `${what} was changed by someone else meanwhile; reload and try again`);

function checkDates(start: string, end: string, prefix = 'body.') {
  if (end < start)
    throw new AppError('validation_failed', 'The audit ends before it starts', {
      errors: [{ field: `${prefix}plannedEnd`, message: 'Must be on or after plannedStart' }],
    });
}

/** Audits: plan, staff with independent auditors (SOD-01), start, sign off, cancel. */
export function createAuditService(deps: Deps, assignments: AssignmentService) {
  const { db } = deps;

  async function load(id: string): Promise<AuditRow> {
    const a = await repo.findAudit(db, id);
    if (!a) throw new AppError('not_found', 'No such audit');
    return a;
  }

  async function scopeEntries(a: AuditRow): Promise<ScopeEntry[]> {
    const [cat, refs] = await Promise.all([loadScopeCatalogue(db), repo.scopeOf(db, [a.id])]);
    const labelled: ScopeEntry[] = [];
    for (const r of refs) {
      const type = r.item_type as TAuditScopeType;
      const found = scopeOptions(cat, type).find((e) => e.id === r.item_id);
      labelled.push(found ?? { type, id: r.item_id, code: '', label: `${r.item_id} (no longer exists)` });
    }
    return sortScope(labelled);
  }

  async function abilities(actor: Actor, a: AuditRow, counts: AuditCounts): Promise<TAudit['can']> {
    const scope = { scope: { type: 'audit', id: a.id } };
    const [manage, record] = await Promise.all([
      deps.authz.can(actor, 'audits.manage'),
      deps.authz.can(actor, 'audits.record', scope),
    ]);
    const running = a.status === 'in_progress';
    const isLead = actor.kind === 'account' && actor.personId === a.lead_person_id;
    return {
      edit: manage && a.status === 'planned',
      assignTeam: manage && (a.status === 'planned' || running),
      start: a.status === 'planned' && a.lead_person_id !== null && (manage || (record && isLead)),
      record: running && record,
      signOff: running && record && isLead && counts.total > 0 && counts.recorded === counts.total,
      cancel: manage && (a.status === 'planned' || running),
    };
  }

  async function present(actor: Actor, id: string): Promise<TAudit> {
    const a = await load(id);
    const [counts, scope, team] = await Promise.all([countsOf(db, [id]), scopeEntries(a), teamOf(db, a)]);
    const c = counts.get(id) ?? { total: 0, recorded: 0, byResult: {} };
    const names = await repo.personNames(
      db,
      [a.lead_person_id, a.signed_off_by].filter((x): x is string => !!x),
    );
    return presentAudit(a, names, c, scope, team, await abilities(actor, a, c));
  }

  async function conflictsOf(personId: string, scope: ScopeEntry[]): Promise<{ name: string; conflicts: string[] }> {
    const cat = await loadScopeCatalogue(db);
    const [facts, names] = await Promise.all([
      loadIndependenceFacts(db, cat, personId, scope),
      repo.personNames(db, [personId]),
    ]);
    const name = names.get(personId);
    if (!name)
      throw new AppError('validation_failed', 'No such person', {
        errors: [{ field: 'personId', message: 'Unknown person' }],
      });
    return { name, conflicts: independenceConflicts(scope, facts) };
  }

  async function endTeam(trx: Db, a: AuditRow, at: string, reason: string, who: Who) {
    for (const row of await scopeHistory(trx, AUDITOR, 'audit', a.id))
      if (row.valid_to === null) await assignments.close(trx, row, at, reason, who, 'assignment.ended');
  }

  return {
    present,
    conflictsOf,

    async list(actor: Actor, q: TAuditListQuery): Promise<z.infer<typeof ZAuditPage>> {
      await deps.authz.authorize(actor, 'audits.read');
      const after = decodeCursor<{ s: string; id: string }>(q.cursor, { s: 'string', id: 'string' });
      let ids: string[] | undefined;
      if (q.mine) {
        const held = actor.kind === 'account' ? await assignmentsInForce(db, actor.personId, nowIso()) : [];
        ids = held
          .filter((h) => h.role_key === AUDITOR && h.scope_type === 'audit' && h.scope_id)
          .map((h) => h.scope_id as string);
      }
      const rows = await repo.listAudits(db, { status: q.status, q: q.q, ids }, after, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const [counts, scope] = await Promise.all([
        countsOf(
          db,
          page.map((r) => r.id),
        ),
        repo.scopeOf(
          db,
          page.map((r) => r.id),
        ),
      ]);
      const names = await repo.personNames(
        db,
        page.map((r) => r.lead_person_id).filter((x): x is string => !!x),
      );
      const last = page[page.length - 1];
      return {
        items: page.map((r) =>
          presentAuditSummary(
            r,
            names,
            counts.get(r.id) ?? { total: 0, recorded: 0, byResult: {} },
            scope.filter((s) => s.audit_id === r.id).length,
          ),
        ),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ s: last.planned_start, id: last.id }) : null,
      };
    },

    async get(actor: Actor, id: string): Promise<TAudit> {
      await deps.authz.authorize(actor, 'audits.read');
      return present(actor, id);
    },

    /** One audit by its reference (AUD-0001), as the CLI and people name it. */
    async getByReference(actor: Actor, reference: string): Promise<TAudit> {
      await deps.authz.authorize(actor, 'audits.read');
      const a = await repo.findAuditByReference(db, reference.trim().toUpperCase());
      if (!a) throw new AppError('not_found', `No audit ${reference.trim().toUpperCase()}`);
      return present(actor, a.id);
    },

    async scopeOptions(actor: Actor, q: { type: TAuditScopeType; q?: string }): Promise<TAuditScopeOptions> {
      await deps.authz.authorize(actor, 'audits.read');
      const needle = q.q?.toLowerCase();
      const items = scopeOptions(await loadScopeCatalogue(db), q.type).filter(
        (e) => !needle || `${e.code} ${e.label}`.toLowerCase().includes(needle),
      );
      return { items: items.map((e) => ({ type: e.type, id: e.id, code: e.code, label: e.label })) };
    },

    async create(actor: Actor, input: TCreateAuditRequest, meta: CallMeta): Promise<TAudit> {
      const grant = await deps.authz.authorize(actor, 'audits.manage');
      checkDates(input.plannedStart, input.plannedEnd);
      const scope = resolveScope(await loadScopeCatalogue(db), input.scope);
      const id = uuidv7();
      for (let attempt = 0; ; attempt++) {
        try {
          await db.transaction().execute(async (trx) => {
            const now = nowIso();
            const number = await repo.nextAuditNumber(trx);
            const reference = `AUD-${String(number).padStart(4, '0')}`;
            await repo.insertAudit(trx, {
              id,
              number,
              reference,
              title: input.title,
              objective: input.objective,
              criteria: input.criteria,
              status: 'planned',
              planned_start: input.plannedStart,
              planned_end: input.plannedEnd,
              lead_person_id: null,
              started_at: null,
              signed_off_by: null,
              signed_off_role_key: null,
              signed_off_assignment_id: null,
              signed_off_at: null,
              cancelled_at: null,
              cancel_reason: null,
              created_by: actor.kind === 'account' ? actor.personId : null,
              created_at: now,
              updated_at: now,
            });
            await repo.replaceScope(
              trx,
              id,
              scope.map((s) => ({ item_type: s.type, item_id: s.id })),
            );
            await appendTrail(trx, {
              actor,
              grant,
              requestId: meta.requestId,
              action: 'audit.create',
              objectType: 'audit',
              objectId: id,
              changes: {
                reference,
                title: input.title,
                plannedStart: input.plannedStart,
                plannedEnd: input.plannedEnd,
                scope: scope.map((s) => `${s.type}:${s.code || s.label}`),
              },
            });
          });
          break;
        } catch (e) {
          if (attempt < 3 && isUniqueViolation(e)) continue;
          throw e;
        }
      }
      return present(actor, id);
    },

    async update(actor: Actor, id: string, input: TUpdateAuditRequest, meta: CallMeta): Promise<TAudit> {
      const grant = await deps.authz.authorize(actor, 'audits.manage');
      const a = await load(id);
      if (a.status !== 'planned')
        throw new AppError('conflict', `${a.reference} has started; its plan and scope are fixed`);
      const start = input.plannedStart ?? a.planned_start;
      const end = input.plannedEnd ?? a.planned_end;
      checkDates(start, end);
      const scope = input.scope ? resolveScope(await loadScopeCatalogue(db), input.scope) : null;
      // A changed scope must still leave every team member independent of it.
      if (scope)
        for (const m of await teamOf(db, a)) {
          const { name, conflicts } = await conflictsOf(m.person_id, scope);
          if (conflicts.length > 0)
            await enforceSod(db, {
              rule: 'SOD-01',
              deciderPersonId: m.person_id,
              conflicts: conflicts.map((c) => `${name} ${c}`),
            });
        }
      await db.transaction().execute(async (trx) => {
        const patch = {
          title: input.title,
          objective: input.objective,
          criteria: input.criteria,
          planned_start: input.plannedStart,
          planned_end: input.plannedEnd,
          updated_at: nowIso(),
        };
        if (!(await repo.updateAudit(trx, id, input.version, patch))) throw stale(a.reference);
        if (scope)
          await repo.replaceScope(
            trx,
            id,
            scope.map((s) => ({ item_type: s.type, item_id: s.id })),
          );
        await appendTrail(trx, {
          actor,
          grant,
          requestId: meta.requestId,
          action: 'audit.update',
          objectType: 'audit',
          objectId: id,
          changes: {
            ...Object.fromEntries(
              Object.entries(input).filter(([k, v]) => k !== 'version' && k !== 'scope' && v !== undefined),
            ),
            ...(scope ? { scope: scope.map((s) => `${s.type}:${s.code || s.label}`) } : {}),
          },
        });
      });
      return present(actor, id);
    },

    /** Whether a person could audit this scope, and if not, why (SOD-01), before anyone assigns them. */
    async independence(actor: Actor, id: string, personId: string): Promise<TAuditorIndependence> {
      await deps.authz.authorize(actor, 'audits.manage');
      const a = await load(id);
      const { name, conflicts } = await conflictsOf(personId, await scopeEntries(a));
      return { person: { id: personId, fullName: name }, independent: conflicts.length === 0, conflicts };
    },

    async addAuditor(actor: Actor, id: string, input: TAddAuditorRequest, meta: CallMeta): Promise<TAudit> {
      const grant = await deps.authz.authorize(actor, 'audits.manage');
      const a = await load(id);
      if (a.status !== 'planned' && a.status !== 'in_progress')
        throw new AppError('conflict', `${a.reference} is ${a.status.replace('_', ' ')}; its team is fixed`);
      const team = await teamOf(db, a);
      if (team.some((m) => m.person_id === input.personId))
        throw new AppError('conflict', 'This person is already on the audit team');
      if (team.length >= AUDIT_LIMITS.teamMax)
        throw new AppError('conflict', `An audit team has at most ${AUDIT_LIMITS.teamMax} auditors`);
      const { name, conflicts } = await conflictsOf(input.personId, await scopeEntries(a));
      const who = { actor, grant, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const sod = await enforceSod(trx, {
          rule: 'SOD-01',
          deciderPersonId: input.personId,
          conflicts: conflicts.map((c) => `${name} ${c}`),
        });
        await assignments.open(
          trx,
          {
            personId: input.personId,
            roleKey: AUDITOR,
            scopeType: 'audit',
            scopeId: a.id,
            kind: 'holder',
            reason: `${input.lead ? 'Lead auditor' : 'Auditor'} of ${a.reference} ${a.title}`,
            replaceCurrent: false,
          },
          who,
        );
        if (input.lead || a.lead_person_id === null) {
          if (!(await repo.updateAudit(trx, a.id, a.version, { lead_person_id: input.personId, updated_at: nowIso() })))
            throw stale(a.reference);
        }
        await appendTrail(trx, {
          ...who,
          action: 'audit.auditor.add',
          objectType: 'audit',
          objectId: a.id,
          changes: {
            personId: input.personId,
            lead: input.lead || a.lead_person_id === null,
            independence: conflicts.length === 0 ? 'independent' : `exception ${sod.exception}`,
          },
        });
      });
      return present(actor, id);
    },

    async removeAuditor(actor: Actor, id: string, assignmentId: string, meta: CallMeta): Promise<TAudit> {
      const grant = await deps.authz.authorize(actor, 'audits.manage');
      const a = await load(id);
      if (a.status !== 'planned' && a.status !== 'in_progress')
        throw new AppError('conflict', `${a.reference} is ${a.status.replace('_', ' ')}; its team is fixed`);
      const who = { actor, grant, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const row = (await scopeHistory(trx, AUDITOR, 'audit', a.id)).find(
          (r) => r.id === assignmentId && r.valid_to === null,
        );
        if (!row) throw new AppError('not_found', 'No such auditor on this audit');
        await assignments.close(trx, row, nowIso(), `Removed from ${a.reference}`, who, 'assignment.ended');
        if (
          row.person_id === a.lead_person_id &&
          !(await repo.updateAudit(trx, a.id, a.version, { lead_person_id: null, updated_at: nowIso() }))
        )
          throw stale(a.reference);
        await appendTrail(trx, {
          ...who,
          action: 'audit.auditor.remove',
          objectType: 'audit',
          objectId: a.id,
          changes: { personId: row.person_id },
        });
      });
      return present(actor, id);
    },

    /** Starts the audit: the checklist is generated from the scope, and the team's duties open. */
    async start(actor: Actor, id: string, version: number, meta: CallMeta): Promise<TAudit> {
      const a = await load(id);
      const grant =
        (await deps.authz.can(actor, 'audits.manage')) ||
        actor.kind !== 'account' ||
        actor.personId !== a.lead_person_id
          ? await deps.authz.authorize(actor, 'audits.manage')
          : await deps.authz.authorize(actor, 'audits.record', { scope: { type: 'audit', id } });
      if (a.status !== 'planned')
        throw new AppError('conflict', `${a.reference} is already ${a.status.replace('_', ' ')}`);
      if (!a.lead_person_id)
        throw new AppError('conflict', `Assign a lead auditor to ${a.reference} before starting it`);
      const cat = await loadScopeCatalogue(db);
      const scope = (await scopeEntries(a)).filter((s) => !s.label.endsWith('(no longer exists)'));
      const items = checklistOf(cat, scope, a.id, uuidv7);
      if (items.length === 0) throw new AppError('conflict', `${a.reference} has nothing in scope to audit`);
      const team = await teamOf(db, a);
      await db.transaction().execute(async (trx) => {
        const now = nowIso();
        if (!(await repo.updateAudit(trx, id, version, { status: 'in_progress', started_at: now, updated_at: now })))
          throw stale(a.reference);
        await repo.insertItems(trx, items);
        await appendTrail(trx, {
          actor,
          grant,
          requestId: meta.requestId,
          action: 'audit.start',
          objectType: 'audit',
          objectId: id,
          changes: { status: 'in_progress', checklistItems: items.length },
        });
        await notify(trx, {
          personIds: team.map((m) => m.person_id),
          kind: 'audit.started',
          title: `${a.reference} has started`,
          body: `${a.title}: ${items.length} checklist items to record by ${a.planned_end}.`,
          link: `/audits/${id}`,
          objectType: 'audit',
          objectId: id,
          exceptPersonId: personOf(actor),
        });
      });
      return present(actor, id);
    },

    /** The lead auditor signs the report off once every item has a result; the team's access ends. */
    async signOff(actor: Actor, id: string, input: TSignOffAuditRequest, meta: CallMeta): Promise<TAudit> {
      const grant = await deps.authz.authorize(actor, 'audits.record', { scope: { type: 'audit', id } });
      const a = await load(id);
      if (a.status !== 'in_progress') throw new AppError('conflict', `${a.reference} is not in progress`);
      const me = personOf(actor);
      if (me !== a.lead_person_id) {
        const lead = a.lead_person_id ? (await repo.personNames(db, [a.lead_person_id])).get(a.lead_person_id) : null;
        throw new AppError(
          'forbidden',
          `Only the lead auditor${lead ? `, ${lead},` : ''} signs the report of ${a.reference} off`,
        );
      }
      const c = (await countsOf(db, [id])).get(id);
      const open = (c?.total ?? 0) - (c?.recorded ?? 0);
      if (open > 0)
        throw new AppError('conflict', `${open} checklist item${open === 1 ? ' has' : 's have'} no result yet`);
      const who = { actor, grant, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const now = nowIso();
        const label = grant.kind === 'role' ? grant : null;
        if (
          !(await repo.updateAudit(trx, id, input.version, {
            status: 'completed',
            conclusion: input.conclusion,
            signed_off_by: me,
            signed_off_role_key: label?.roleKey ?? AUDITOR,
            signed_off_assignment_id: label?.assignmentId ?? null,
            signed_off_at: now,
            updated_at: now,
          }))
        )
          throw stale(a.reference);
        await endTeam(trx, a, now, `${a.reference} signed off`, who);
        await appendTrail(trx, {
          ...who,
          action: 'audit.sign_off',
          objectType: 'audit',
          objectId: id,
          changes: { status: 'completed', conclusion: input.conclusion, findings: c?.byResult ?? {} },
        });
        await notify(trx, {
          personIds: await currentIsmsHolders(trx, 'isms_manager', now),
          kind: 'audit.signed_off',
          title: `${a.reference} report signed off`,
          body: `${a.title}: ${input.conclusion.slice(0, 300)}`,
          link: `/audits/${id}`,
          objectType: 'audit',
          objectId: id,
          exceptPersonId: me,
        });
      });
      return present(actor, id);
    },

    async cancel(actor: Actor, id: string, input: TCancelAuditRequest, meta: CallMeta): Promise<TAudit> {
      const grant = await deps.authz.authorize(actor, 'audits.manage');
      const a = await load(id);
      if (a.status !== 'planned' && a.status !== 'in_progress')
        throw new AppError('conflict', `${a.reference} is already ${a.status.replace('_', ' ')}`);
      const who = { actor, grant, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const now = nowIso();
        if (
          !(await repo.updateAudit(trx, id, input.version, {
            status: 'cancelled',
            cancelled_at: now,
            cancel_reason: input.reason,
            updated_at: now,
          }))
        )
          throw stale(a.reference);
        await endTeam(trx, a, now, `${a.reference} cancelled`, who);
        await appendTrail(trx, {
          ...who,
          action: 'audit.cancel',
          objectType: 'audit',
          objectId: id,
          changes: { status: 'cancelled', reason: input.reason },
        });
      });
      return present(actor, id);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
