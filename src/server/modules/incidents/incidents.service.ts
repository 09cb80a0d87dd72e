import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  TIncident,
  TIncidentExportQuery,
  TIncidentListQuery,
  TIncidentStatus,
  TMyIncidentReport,
  TReportIncidentRequest,
  TTriageIncidentRequest,
  TUpdateIncidentRequest,
  ZIncidentFilterQuery,
  ZIncidentPage,
  ZMyIncidentReportPage,
} from '../../../contracts/incidents.js';
import type { Actor } from '../../core/actor.js';
import { AppError, type FieldError } from '../../core/app-error.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { withNextNumber, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { IncidentRow } from '../../db/schema.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { currentIsmsHolders } from '../responsibilities/responsibilities.ledger.js';
import {
  closedIncident,
  incidentLink,
  incidentReference,
  incidentTrail,
  INCIDENT_MANAGER,
  inFuture,
  ISM,
  loadIncident,
  myReportLink,
  nextDueAfter,
  personOf,
  readDeadlines,
  staleIncident,
  type Who,
} from './incidents.core.js';
import { loadFacts, presentIncident, presentMine, presentSummary, type Access } from './incidents.presenters.js';
import * as repo from './incidents.repository.js';
import { addHours, responseDueAt } from './incidents.rules.js';

/** Who is told about reports and closures to make: the ISM and the incident managers. */
export async function incidentManagers(db: Db, at: string): Promise<string[]> {
  return [
    ...new Set([...(await currentIsmsHolders(db, ISM, at)), ...(await currentIsmsHolders(db, INCIDENT_MANAGER, at))]),
  ];
}

/**
 * The incidents linked to each of some objects (a nonconformity's page names the incidents that
 * revealed it), for other modules: reference, title and status only.
 */
export async function incidentsLinkedTo(
  db: Db,
  type: 'asset' | 'risk' | 'nonconformity',
  ids: string[],
): Promise<Map<string, { id: string; reference: string; title: string; status: TIncidentStatus }[]>> {
  const out = new Map<string, { id: string; reference: string; title: string; status: TIncidentStatus }[]>();
  for (const r of await repo.incidentsLinking(db, type, ids))
    out.set(r.target_id, [
      ...(out.get(r.target_id) ?? []),
      { id: r.id, reference: r.reference, title: r.title, status: r.status as TIncidentStatus },
    ]);
  return out;
}

/** Appends one timeline entry (the report, triage, a note, a phase, a communication, closure). */
export async function addEntry(
  trx: Db,
  r: Pick<IncidentRow, 'id' | 'phase' | 'status'>,
  e: { kind: string; text: string; personId: string | null; occurredAt?: string },
) {
  const now = nowIso();
  await repo.insertEntry(trx, {
    id: uuidv7(),
    incident_id: r.id,
    kind: e.kind,
    phase: r.status === 'open' ? r.phase : null,
    text: e.text,
    occurred_at: e.occurredAt ?? now,
    person_id: e.personId,
    created_at: now,
  });
}

/**
 * Incident reporting, triage and closure (A.5.24-5.27): anyone reports in one short form, the ISM
 * or an incident manager triages it (event or incident, severity, category, handler) and closes
 * it with lessons learned, and the reporter is told the outcome. Every decision authorizes
 * before its transaction opens (SQLite serialises the authorizer's read behind an open one).
 */
export function createIncidentService(deps: Deps, assignments: AssignmentService) {
  const { db } = deps;

  async function accessOf(actor: Actor): Promise<Access> {
    return { actor, held: await deps.authz.rolesOf(actor), personId: personOf(actor) };
  }

  async function present(actor: Actor, id: string): Promise<TIncident> {
    return presentIncident(db, await loadIncident(db, id), await accessOf(actor), nowIso());
  }

  const manage = (actor: Actor) => deps.authz.authorize(actor, 'incidents.manage');

  function filterOf(actor: Actor, q: z.infer<typeof ZIncidentFilterQuery>): repo.IncidentFilter {
    const me = personOf(actor);
    return {
      now: nowIso(),
      status: q.status,
      classification: q.classification,
      severity: q.severity,
      category: q.category,
      overdue: q.overdue,
      q: q.q,
      // 'me' for a caller who is no person matches nobody.
      handler: q.handler === undefined ? undefined : q.handler === 'me' ? (me ?? '-') : q.handler,
    };
  }

  /**
   * Who reads the register: the ISM, incident managers, Top Management and auditors read it all;
   * someone who only handles incidents sees those. Anyone else is refused.
   */
  async function readable(actor: Actor): Promise<string[] | undefined> {
    if (await deps.authz.can(actor, 'incidents.read')) return undefined;
    const mine = (await deps.authz.rolesOf(actor))
      .filter((h) => h.roleKey === repo.HANDLER && h.scopeType === 'incident' && h.scopeId)
      .map((h) => h.scopeId!);
    if (mine.length === 0) await deps.authz.authorize(actor, 'incidents.read');
    return mine;
  }

  async function handlerCheck(personId: string): Promise<{ id: string; full_name: string }> {
    const p = await repo.activePerson(db, personId);
    if (!p)
      throw new AppError('validation_failed', 'The handler must be an active person', {
        errors: [{ field: 'handlerPersonId', message: 'No active person with that id' }],
      });
    return p;
  }

  async function setHandlerIn(trx: Db, who: Who, r: IncidentRow, personId: string | null, reason: string) {
    const changed = await assignments.setSoleHolder(
      trx,
      {
        roleKey: repo.HANDLER,
        scopeType: 'incident',
        scopeId: r.id,
        personId,
        endReason: reason,
        openReason: `Handler of ${r.reference} ${r.title}`,
      },
      who,
    );
    return changed;
  }

  return {
    async report(actor: Actor, input: TReportIncidentRequest, meta: CallMeta): Promise<TMyIncidentReport> {
      const grant = await deps.authz.authorize(actor, 'incidents.report');
      const reporter = personOf(actor);
      if (!reporter) throw new AppError('forbidden', 'Incidents are reported by a person');
      const now = nowIso();
      const errors: FieldError[] = [];
      if (inFuture(input.occurredAt, now))
        errors.push({ field: 'occurredAt', message: 'When it happened cannot be in the future' });
      if (input.assetId && (await repo.assetsOf(db, [input.assetId])).length === 0)
        errors.push({ field: 'assetId', message: 'No asset with that id' });
      if (errors.length) throw new AppError('validation_failed', 'The report cannot be saved as it is', { errors });
      const settings = await readDeadlines(db);
      const row = await withNextNumber(db, async (trx) => {
        const number = await repo.nextNumber(trx);
        const triageDue = addHours(now, settings.triageHours);
        const r: IncidentRow = {
          id: uuidv7(),
          number,
          reference: incidentReference(number),
          title: input.title,
          description: input.description,
          affected: input.affected,
          asset_id: input.assetId ?? null,
          occurred_at: new Date(Date.parse(input.occurredAt)).toISOString(),
          reported_at: now,
          reporter_person_id: reporter,
          confidential: input.confidential ? 1 : 0,
          status: 'reported',
          classification: null,
          severity: null,
          category: null,
          phase: null,
          triage_note: '',
          triaged_at: null,
          triaged_by: null,
          contained_at: null,
          eradicated_at: null,
          resolved_at: null,
          triage_due_at: triageDue,
          contain_due_at: null,
          resolve_due_at: null,
          close_due_at: null,
          next_due_at: triageDue,
          lessons_learned: '',
          outcome: '',
          closed_at: null,
          closed_by: null,
          created_at: now,
          updated_at: now,
          version: 1,
        };
        await repo.insertIncident(trx, r);
        await addEntry(trx, r, {
          kind: 'report',
          text: input.title,
          personId: reporter,
          occurredAt: now,
        });
        await incidentTrail(
          trx,
          { actor, grant, requestId: meta.requestId },
          'incident.report',
          r,
          {
            title: r.title,
            description: r.description,
            affected: r.affected,
            occurredAt: r.occurred_at,
            assetId: r.asset_id,
            confidential: input.confidential,
          },
          { confidentialActor: input.confidential },
        );
        await notify(trx, {
          personIds: await incidentManagers(trx, now),
          kind: 'incident.reported',
          title: `New incident report ${r.reference}: triage it`,
          body: `${r.title} — decide whether it is an incident, how severe, and who handles it (triage due ${triageDue.slice(0, 16).replace('T', ' ')} UTC).`,
          link: incidentLink(r.id),
          objectType: 'incident',
          objectId: r.id,
          exceptPersonId: reporter,
        });
        return r;
      });
      return presentMine(row, []);
    },

    async mine(actor: Actor, q: { limit: number; cursor?: string }): Promise<z.infer<typeof ZMyIncidentReportPage>> {
      await deps.authz.authorize(actor, 'incidents.report');
      const me = personOf(actor);
      if (!me) return { items: [], nextCursor: null };
      const cursor = decodeCursor<{ v: string; i: string }>(q.cursor, { v: 'string', i: 'string' });
      const rows = await repo.reportsOf(db, me, cursor, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const files = await repo.attachmentsOf(
        db,
        page.map((r) => r.id),
      );
      const last = page.at(-1);
      return {
        items: page.map((r) => presentMine(r, files)),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ v: last.reported_at, i: last.id }) : null,
      };
    },

    async getMine(actor: Actor, id: string): Promise<TMyIncidentReport> {
      await deps.authz.authorize(actor, 'incidents.report');
      const r = await repo.findIncident(db, id);
      if (!r || r.reporter_person_id !== personOf(actor)) throw new AppError('not_found', 'No such report of yours');
      return presentMine(r, await repo.attachmentsOf(db, [r.id]));
    },

    async list(actor: Actor, q: TIncidentListQuery): Promise<z.infer<typeof ZIncidentPage>> {
      const ids = await readable(actor);
      const cursor = decodeCursor<repo.IncidentCursor>(q.cursor, { n: 'number', v: 'string', i: 'string' });
      const f = { ...filterOf(actor, q), ids };
      const rows = await repo.listIncidents(db, f, q.sort, cursor, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const [facts, x] = [await loadFacts(db, page, f.now), await accessOf(actor)];
      const last = page.at(-1);
      return {
        items: page.map((r) => presentSummary(r, facts, x)),
        nextCursor: rows.length > q.limit && last ? encodeCursor(repo.cursorOf(last, q.sort)) : null,
      };
    },

    async get(actor: Actor, id: string): Promise<TIncident> {
      await deps.authz.authorize(actor, 'incidents.read', { scope: { type: 'incident', id } });
      return present(actor, id);
    },

    /** An incident by its reference (INC-0001), for the command line. */
    async getByReference(actor: Actor, reference: string): Promise<TIncident> {
      const ref = reference.trim().toUpperCase();
      const r = await repo.findIncidentByReference(db, ref);
      if (!r) throw new AppError('not_found', `No incident ${ref}`);
      await deps.authz.authorize(actor, 'incidents.read', { scope: { type: 'incident', id: r.id } });
      return present(actor, r.id);
    },

    /** Every incident matching the filter with its summary and what the register export adds. */
    async exportRows(actor: Actor, q: TIncidentExportQuery) {
      await deps.authz.authorize(actor, 'incidents.read');
      const f = filterOf(actor, q);
      const rows = await repo.allIncidents(db, f);
      const [facts, x, links] = [
        await loadFacts(db, rows, f.now),
        await accessOf(actor),
        await repo.linksOf(
          db,
          rows.map((r) => r.id),
        ),
      ];
      const briefs = new Map<string, string>();
      for (const type of ['asset', 'risk', 'nonconformity'])
        for (const b of await repo.linkBriefs(
          db,
          type,
          links.filter((l) => l.target_type === type).map((l) => l.target_id),
        ))
          briefs.set(`${type}:${b.id}`, b.reference);
      return rows.map((r) => ({
        ...presentSummary(r, facts, x),
        affected: r.affected,
        lessonsLearned: r.lessons_learned,
        links: links
          .filter((l) => l.incident_id === r.id)
          .map((l) => briefs.get(`${l.target_type}:${l.target_id}`) ?? l.target_id),
      }));
    },

    async update(actor: Actor, id: string, body: TUpdateIncidentRequest, meta: CallMeta): Promise<TIncident> {
      const grant = await manage(actor);
      await db.transaction().execute(async (trx) => {
        const r = await loadIncident(trx, id);
        if (r.status === 'closed') throw closedIncident(r.reference);
        if (r.version !== body.version) throw staleIncident(r.reference);
        if ((body.severity || body.category) && r.classification !== 'incident')
          throw new AppError('conflict', `${r.reference} is not triaged as an incident yet: triage it first`);
        const patch: Partial<IncidentRow> = {};
        const changes: Record<string, { before: unknown; after: unknown }> = {};
        const set = <K extends 'title' | 'description' | 'affected' | 'severity' | 'category'>(
          k: K,
          v: IncidentRow[K] | undefined,
        ) => {
          if (v === undefined || v === r[k]) return;
          patch[k] = v;
          changes[k] = { before: r[k], after: v };
        };
        set('title', body.title);
        set('description', body.description);
        set('affected', body.affected);
        set('severity', body.severity);
        set('category', body.category);
        if (Object.keys(patch).length === 0) return;
        if (patch.severity) {
          // A new severity moves the response clocks (still counted from the report).
          Object.assign(patch, responseDueAt(r.reported_at, patch.severity as never, await readDeadlines(trx)));
          await addEntry(trx, r, {
            kind: 'triage',
            text: `Severity changed from ${r.severity} to ${patch.severity}`,
            personId: personOf(actor),
          });
        }
        const now = nowIso();
        if (
          !(await repo.updateIncident(trx, r.id, r.version, {
            ...patch,
            next_due_at: nextDueAfter(r, patch),
            updated_at: now,
          }))
        )
          throw staleIncident(r.reference);
        await incidentTrail(trx, { actor, grant, requestId: meta.requestId }, 'incident.update', r, changes);
      });
      return present(actor, id);
    },

    async triage(actor: Actor, id: string, body: TTriageIncidentRequest, meta: CallMeta): Promise<TIncident> {
      const grant = await manage(actor);
      const me = personOf(actor);
      const errors: FieldError[] = [];
      if (body.classification === 'incident') {
        if (!body.severity) errors.push({ field: 'severity', message: 'An incident needs a severity' });
        if (!body.category) errors.push({ field: 'category', message: 'An incident needs a category' });
      } else if (body.outcome.trim() === '')
        errors.push({ field: 'outcome', message: 'Tell the reporter why this is not an incident' });
      if (errors.length) throw new AppError('validation_failed', 'The triage is incomplete', { errors });
      const handler =
        body.classification === 'incident' && body.handlerPersonId ? await handlerCheck(body.handlerPersonId) : null;
      const settings = await readDeadlines(db);
      await db.transaction().execute(async (trx) => {
        const r = await loadIncident(trx, id);
        if (r.status !== 'reported') throw new AppError('conflict', `${r.reference} has already been triaged`);
        if (r.version !== body.version) throw staleIncident(r.reference);
        const now = nowIso();
        const who: Who = { actor, grant, requestId: meta.requestId };
        const base = {
          classification: body.classification,
          severity: body.severity ?? null,
          category: body.category ?? null,
          triage_note: body.note,
          triaged_at: now,
          triaged_by: me,
          updated_at: now,
        };
        if (body.classification === 'event') {
          const patch: Partial<IncidentRow> = {
            ...base,
            status: 'closed',
            outcome: body.outcome,
            closed_at: now,
            closed_by: me,
            next_due_at: null,
          };
          if (!(await repo.updateIncident(trx, r.id, r.version, patch))) throw staleIncident(r.reference);
          await addEntry(trx, r, {
            kind: 'triage',
            text: `Triaged as an event, not an incident${body.note ? `: ${body.note}` : ''}`,
            personId: me,
          });
          await addEntry(
            trx,
            { ...r, status: 'closed' },
            { kind: 'close', text: 'Closed at triage: not an incident', personId: me },
          );
          await incidentTrail(trx, who, 'incident.triage', r, {
            classification: 'event',
            severity: base.severity,
            category: base.category,
            note: body.note,
            outcome: body.outcome,
            status: { before: r.status, after: 'closed' },
          });
          await notify(trx, {
            personIds: [r.reporter_person_id],
            kind: 'incident.closed',
            title: `Your report ${r.reference} was reviewed`,
            body: body.outcome,
            link: myReportLink(r.id),
            objectType: 'incident',
            objectId: r.id,
            exceptPersonId: me,
          });
          return;
        }
        const due = responseDueAt(r.reported_at, body.severity!, settings);
        const patch: Partial<IncidentRow> = { ...base, status: 'open', phase: 'contain', ...due };
        patch.next_due_at = nextDueAfter(r, patch);
        if (!(await repo.updateIncident(trx, r.id, r.version, patch))) throw staleIncident(r.reference);
        const opened: IncidentRow = { ...r, ...patch };
        await addEntry(trx, opened, {
          kind: 'triage',
          text: `Triaged as a ${body.severity} ${body.category!.replace(/_/g, ' ')} incident${body.note ? `: ${body.note}` : ''}`,
          personId: me,
        });
        await incidentTrail(trx, who, 'incident.triage', r, {
          classification: 'incident',
          severity: body.severity,
          category: body.category,
          note: body.note,
          containDueAt: due.contain_due_at,
          resolveDueAt: due.resolve_due_at,
          status: { before: r.status, after: 'open' },
        });
        if (handler) {
          await setHandlerIn(trx, who, opened, handler.id, 'Handler changed at triage');
          await addEntry(trx, opened, { kind: 'handler', text: `${handler.full_name} handles it`, personId: me });
        }
      });
      return present(actor, id);
    },

    async setHandler(actor: Actor, id: string, personId: string | null, meta: CallMeta): Promise<TIncident> {
      const grant = await manage(actor);
      const handler = personId ? await handlerCheck(personId) : null;
      await db.transaction().execute(async (trx) => {
        const r = await loadIncident(trx, id);
        if (r.status === 'closed') throw closedIncident(r.reference);
        if (r.classification === null)
          throw new AppError('conflict', `${r.reference} awaits triage: assign its handler when triaging it`);
        const who: Who = { actor, grant, requestId: meta.requestId };
        const changed = await setHandlerIn(trx, who, r, handler?.id ?? null, `Handler of ${r.reference} changed`);
        if (!changed) return;
        await addEntry(trx, r, {
          kind: 'handler',
          text: handler ? `${handler.full_name} handles it` : 'Nobody handles it any more',
          personId: personOf(actor),
        });
        await incidentTrail(trx, who, 'incident.handler', r, {
          handler: { before: changed.before, after: changed.after },
        });
      });
      return present(actor, id);
    },

    async close(
      actor: Actor,
      id: string,
      body: { lessonsLearned: string; outcome: string; version: number },
      meta: CallMeta,
    ): Promise<TIncident> {
      const grant = await manage(actor);
      const me = personOf(actor);
      await db.transaction().execute(async (trx) => {
        const r = await loadIncident(trx, id);
        if (r.status === 'closed') throw closedIncident(r.reference);
        if (r.status !== 'resolved')
          throw new AppError(
            'conflict',
            `${r.reference} is not resolved yet: it closes once it is contained, eradicated and recovered`,
          );
        if (r.version !== body.version) throw staleIncident(r.reference);
        const now = nowIso();
        const who: Who = { actor, grant, requestId: meta.requestId };
        const patch: Partial<IncidentRow> = {
          status: 'closed',
          lessons_learned: body.lessonsLearned,
          outcome: body.outcome,
          closed_at: now,
          closed_by: me,
          next_due_at: null,
          updated_at: now,
        };
        if (!(await repo.updateIncident(trx, r.id, r.version, patch))) throw staleIncident(r.reference);
        await addEntry(
          trx,
          { ...r, status: 'closed' },
          { kind: 'close', text: `Lessons learned: ${body.lessonsLearned}`, personId: me },
        );
        // The handler's role for this incident ends with it; the ledger keeps who it was.
        await setHandlerIn(trx, who, r, null, `${r.reference} closed`);
        await incidentTrail(trx, who, 'incident.close', r, {
          lessonsLearned: body.lessonsLearned,
          outcome: body.outcome,
          status: { before: r.status, after: 'closed' },
        });
        await notify(trx, {
          personIds: [r.reporter_person_id],
          kind: 'incident.closed',
          title: `Your report ${r.reference} is closed`,
          body: body.outcome,
          link: myReportLink(r.id),
          objectType: 'incident',
          objectId: r.id,
          exceptPersonId: me,
        });
      });
      return present(actor, id);
    },
  };
}

export type IncidentService = ReturnType<typeof createIncidentService>;
