import { v7 as uuidv7 } from 'uuid';
import type {
  TCompleteOccurrenceRequest,
  TControlTask,
  TControlTaskDetail,
  TCreateControlTaskRequest,
  TOccurrence,
  TTaskFrequency,
  TUpdateControlTaskRequest,
} from '../../../contracts/controls.js';
import type { Actor } from '../../core/actor.js';
import { AppError, type FieldError } from '../../core/app-error.js';
import { allowedWith, type Grant, type HeldRole } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { ControlTaskOccurrenceRow, ControlTaskRow } from '../../db/schema.js';
import type { DutyWho } from '../inbox/inbox.duties.js';
import { appendTrail } from '../trail/trail.service.js';
import { actingOnTask, assigneesOfTask, type TaskAssignee } from './controls.duties.js';
import * as evidence from './controls.evidence.repository.js';
import { isRealDay } from './controls.evidence.service.js';
import { scheduleOf } from './controls.health.js';
import { loadControlFacts, type ControlFacts } from './controls.owners.js';
import {
  addDays,
  completionIsLate,
  dayOf,
  dueDatesBetween,
  healthWindowStart,
  isDueDate,
  occurrenceState,
  periodDays,
  taskReference,
} from './controls.rules.js';
import * as repo from './controls.tasks.repository.js';

type Ctx = { actor: Actor; held: HeldRole[]; facts: ControlFacts; at: string; today: string; who: DutyWho | null };
type Computed = { dueDate: string; state: TOccurrence['state']; done: ControlTaskOccurrenceRow | null };
export type ControlTaskListQuery = {
  controlId?: string;
  mine?: boolean;
  state: repo.TaskFilter['state'];
  limit: number;
  cursor?: string;
};

/** How many due dates ahead a task's detail shows. */
const AHEAD = 3;
/** Tasks read per batch when filtering the list to the caller's own duties. */
const BATCH = 500;

/**
 * The occurrences of a task shown on `today`: every due date of the last 12 months (up to the
 * day it ended) and, while it runs, the next few; each with its state. Only completed ones are stored.
 */
export function occurrencesOf(t: ControlTaskRow, done: Map<string, ControlTaskOccurrenceRow>, today: string) {
  const s = scheduleOf(t);
  const timing = { graceDays: t.grace_days, leadDays: t.lead_days };
  const endDay = t.ended_at ? dayOf(t.ended_at) : null;
  const until = endDay !== null && endDay < today ? endDay : today;
  const past = dueDatesBetween(s, healthWindowStart(today), until);
  const ahead = t.ended_at ? [] : dueDatesBetween(s, addDays(today, 1), '9999-12-31', AHEAD);
  const all: Computed[] = [...past, ...ahead].map((dueDate) => {
    const c = done.get(dueDate) ?? null;
    return { dueDate, done: c, state: occurrenceState(dueDate, today, timing, c ? { late: c.late === 1 } : null) };
  });
  const next = t.ended_at
    ? null
    : (all.find((o) => o.state === 'due' || o.state === 'overdue') ?? all.find((o) => o.state === 'upcoming') ?? null);
  const missed = all.filter((o) => o.dueDate <= until && (o.state === 'missed' || o.state === 'completed_late')).length;
  return { all, next, missed };
}

const personOf = (actor: Actor) => {
  if (actor.kind !== 'account') throw new AppError('forbidden', 'Operational tasks are carried out by people');
  return actor.personId;
};

const stale = (reference: string) =>
  new AppError('version_conflict', `${reference} was changed by someone else; reload and try again`);

type TaskValues = {
  frequency: TTaskFrequency;
  interval: number;
  graceDays: number;
  leadDays: number;
};

/**
 * Operational tasks of controls (8.1): scheduled by the ISM or the control's owner, carried out
 * by the control's system administrators, each occurrence recorded with its note and evidence
 * and on the trail under the role it was done as.
 */
export function createControlTaskService(deps: Deps) {
  const { db } = deps;

  /** The caller's roles and the ledger facts of controls, read before any transaction. */
  async function context(actor: Actor): Promise<Ctx> {
    const at = nowIso();
    const [held, facts] = await Promise.all([deps.authz.rolesOf(actor), loadControlFacts(db, at)]);
    return {
      actor,
      held,
      facts,
      at,
      today: dayOf(at),
      who: actor.kind === 'account' ? { personId: actor.personId, roles: held } : null,
    };
  }

  async function load(id: string): Promise<ControlTaskRow> {
    const t = await repo.findTask(db, id);
    if (!t) throw new AppError('not_found', 'No such operational task');
    return t;
  }

  async function liveControl(controlId: string) {
    const [c] = await repo.controlRefs(db, [controlId]);
    if (!c) throw new AppError('not_found', 'No such control');
    if (c.retired_at) throw new AppError('conflict', `${c.reference} is retired; it gets no new tasks`);
    return c;
  }

  function checkValues(v: TaskValues): FieldError[] {
    const errors: FieldError[] = [];
    const period = periodDays(v);
    if (v.graceDays >= period)
      errors.push({ field: 'graceDays', message: `Must be shorter than the period of about ${period} days` });
    if (v.leadDays >= period)
      errors.push({ field: 'leadDays', message: `Must be shorter than the period of about ${period} days` });
    return errors;
  }

  /** A named assignee must be a System Administrator of the control or of the whole ISMS now. */
  function checkAssignee(personId: string | null, controlId: string, f: ControlFacts): FieldError[] {
    if (personId === null) return [];
    const holds =
      (f.implementers.get(controlId) ?? []).some((h) => h.personId === personId) ||
      f.ismsAdmins.some((h) => h.personId === personId);
    return holds
      ? []
      : [{ field: 'assigneePersonId', message: 'Choose a system administrator of this control or of the whole ISMS' }];
  }

  const invalid = (errors: FieldError[]) => {
    if (errors.length) throw new AppError('validation_failed', 'The task is not valid', { errors });
  };

  async function present(ctx: Ctx, rows: ControlTaskRow[], detail: boolean): Promise<TControlTaskDetail[]> {
    if (rows.length === 0) return [];
    const [controls, completions, attached] = await Promise.all([
      repo.controlRefs(
        db,
        rows.map((t) => t.control_id),
      ),
      repo.occurrencesSince(
        db,
        rows.map((t) => t.id),
        healthWindowStart(ctx.today),
      ),
      detail && rows.length === 1 ? evidence.evidenceOfTask(db, rows[0]!.id) : Promise.resolve([]),
    ]);
    const controlById = new Map(controls.map((c) => [c.id, c]));
    const doneByTask = new Map<string, Map<string, ControlTaskOccurrenceRow>>();
    for (const o of completions) {
      const m = doneByTask.get(o.task_id) ?? new Map<string, ControlTaskOccurrenceRow>();
      m.set(o.due_date, o);
      doneByTask.set(o.task_id, m);
    }
    const evidenceByDue = new Map<string, TOccurrence['evidence']>();
    for (const e of attached) {
      const list = evidenceByDue.get(e.occurrence_due ?? '') ?? [];
      list.push({ id: e.id, reference: e.reference, title: e.title, sha256: e.sha256 });
      evidenceByDue.set(e.occurrence_due ?? '', list);
    }
    const computed = rows.map((t) => {
      const assignees: TaskAssignee[] = t.ended_at ? [] : assigneesOfTask(t, ctx.facts);
      return {
        t,
        assignees,
        occ: occurrencesOf(t, doneByTask.get(t.id) ?? new Map<string, ControlTaskOccurrenceRow>(), ctx.today),
      };
    });
    const names = await repo.personNames(db, [
      ...rows.flatMap((t) => (t.assignee_person_id ? [t.assignee_person_id] : [])),
      ...computed.flatMap((c) => c.assignees.map((a) => a.personId)),
      ...completions.map((o) => o.completed_by),
    ]);
    const ref = (id: string) => ({ id, fullName: names.get(id) ?? 'Unknown person' });
    const occurrence = (o: Computed): TOccurrence => ({
      dueDate: o.dueDate,
      state: o.state,
      completedAt: o.done?.completed_at ?? null,
      completedBy: o.done ? ref(o.done.completed_by) : null,
      note: o.done?.note ?? null,
      evidence: evidenceByDue.get(o.dueDate) ?? [],
    });
    return computed.map(({ t, assignees, occ }) => {
      const control = controlById.get(t.control_id);
      return {
        id: t.id,
        reference: t.reference,
        control: { id: t.control_id, reference: control?.reference ?? '?', title: control?.title ?? '?' },
        title: t.title,
        instructions: t.instructions,
        frequency: t.frequency as TTaskFrequency,
        interval: t.interval,
        firstDue: t.first_due,
        graceDays: t.grace_days,
        leadDays: t.lead_days,
        evidenceRule: t.evidence_rule as TControlTask['evidenceRule'],
        assignee: t.assignee_person_id ? ref(t.assignee_person_id) : null,
        assignees: [...new Set(assignees.map((a) => a.personId))].map(ref),
        active: t.ended_at === null,
        next: occ.next ? occurrence(occ.next) : null,
        missedLast12Months: occ.missed,
        version: t.version,
        can: {
          complete: t.ended_at === null && ctx.who !== null && actingOnTask(ctx.who, assignees) !== null,
          manage:
            allowedWith(ctx.actor, ctx.held, 'controls.edit', { scope: { type: 'control', id: t.control_id } }) !==
            null,
        },
        occurrences: detail ? occ.all.map(occurrence).reverse() : [],
      };
    });
  }

  async function detailOf(ctx: Ctx, id: string): Promise<TControlTaskDetail> {
    return (await present(ctx, [await load(id)], true))[0]!;
  }

  async function trail(
    trx: typeof db,
    actor: Actor,
    grant: Grant,
    action: string,
    t: Pick<ControlTaskRow, 'id' | 'reference' | 'control_id'>,
    changes: Record<string, unknown>,
    meta: CallMeta,
  ) {
    await appendTrail(trx, {
      actor,
      grant,
      action,
      objectType: 'control_task',
      objectId: t.id,
      changes: { reference: t.reference, controlId: t.control_id, ...changes },
      requestId: meta.requestId,
    });
  }

  return {
    async list(actor: Actor, q: ControlTaskListQuery): Promise<{ items: TControlTask[]; nextCursor: string | null }> {
      await deps.authz.authorize(actor, 'controls.read');
      const ctx = await context(actor);
      const cursor = decodeCursor<{ n: number }>(q.cursor, { n: 'number' });
      const filter = { controlId: q.controlId, state: q.state };
      let rows: ControlTaskRow[] = [];
      let more = false;
      if (!q.mine) {
        const got = await repo.listTasks(db, filter, cursor?.n, q.limit + 1);
        more = got.length > q.limit;
        rows = got.slice(0, q.limit);
      } else if (ctx.who) {
        // Whose duty a task is comes from the ledger, not a column: filter batches in reference order.
        let after = cursor?.n;
        for (;;) {
          const batch = await repo.listTasks(db, filter, after, BATCH);
          for (const t of batch) {
            if (t.ended_at !== null || !actingOnTask(ctx.who, assigneesOfTask(t, ctx.facts))) continue;
            if (rows.length === q.limit) {
              more = true;
              break;
            }
            rows.push(t);
          }
          if (more || batch.length < BATCH) break;
          after = batch.at(-1)!.number;
        }
      }
      const items = (await present(ctx, rows, false)).map(({ occurrences: _omit, ...task }) => task);
      return { items, nextCursor: more ? encodeCursor({ n: rows.at(-1)!.number }) : null };
    },

    async get(actor: Actor, id: string): Promise<TControlTaskDetail> {
      await deps.authz.authorize(actor, 'controls.read');
      return detailOf(await context(actor), id);
    },

    async create(
      actor: Actor,
      controlId: string,
      input: TCreateControlTaskRequest,
      meta: CallMeta,
    ): Promise<TControlTaskDetail> {
      const grant = await deps.authz.authorize(actor, 'controls.edit', { scope: { type: 'control', id: controlId } });
      await liveControl(controlId);
      const ctx = await context(actor);
      invalid([
        ...(isRealDay(input.firstDue) ? [] : [{ field: 'firstDue', message: 'Not a day of the calendar' }]),
        ...checkValues(input),
        ...checkAssignee(input.assigneePersonId, controlId, ctx.facts),
      ]);
      const id = uuidv7();
      for (let attempt = 0; ; attempt++) {
        try {
          await db.transaction().execute(async (trx) => {
            const number = await repo.nextTaskNumber(trx);
            const row = {
              id,
              number,
              reference: taskReference(number),
              control_id: controlId,
              title: input.title,
              instructions: input.instructions,
              frequency: input.frequency,
              interval: input.interval,
              first_due: input.firstDue,
              grace_days: input.graceDays,
              lead_days: input.leadDays,
              evidence_rule: input.evidenceRule,
              assignee_person_id: input.assigneePersonId,
              ended_at: null,
              ended_by: null,
              created_by: actor.kind === 'account' ? actor.personId : null,
              created_at: ctx.at,
              updated_at: ctx.at,
            };
            await repo.insertTask(trx, row);
            await trail(
              trx,
              actor,
              grant,
              'control_task.create',
              row,
              {
                title: input.title,
                frequency: input.frequency,
                interval: input.interval,
                firstDue: input.firstDue,
                graceDays: input.graceDays,
                leadDays: input.leadDays,
                evidenceRule: input.evidenceRule,
                assigneePersonId: input.assigneePersonId,
              },
              meta,
            );
          });
          break;
        } catch (e) {
          if (!isUniqueViolation(e) || attempt >= 2) throw e;
        }
      }
      return detailOf(ctx, id);
    },

    async update(
      actor: Actor,
      id: string,
      input: TUpdateControlTaskRequest,
      meta: CallMeta,
    ): Promise<TControlTaskDetail> {
      const t = await load(id);
      const grant = await deps.authz.authorize(actor, 'controls.edit', {
        scope: { type: 'control', id: t.control_id },
      });
      if (t.ended_at) throw new AppError('conflict', `${t.reference} has ended; it can no longer be changed`);
      if (input.version !== t.version) throw stale(t.reference);
      const ctx = await context(actor);
      const next = {
        title: input.title ?? t.title,
        instructions: input.instructions ?? t.instructions,
        grace_days: input.graceDays ?? t.grace_days,
        lead_days: input.leadDays ?? t.lead_days,
        evidence_rule: input.evidenceRule ?? t.evidence_rule,
        assignee_person_id: input.assigneePersonId === undefined ? t.assignee_person_id : input.assigneePersonId,
      };
      invalid([
        ...checkValues({
          frequency: t.frequency as TTaskFrequency,
          interval: t.interval,
          graceDays: next.grace_days,
          leadDays: next.lead_days,
        }),
        ...(next.assignee_person_id !== t.assignee_person_id
          ? checkAssignee(next.assignee_person_id, t.control_id, ctx.facts)
          : []),
      ]);
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const [k, v] of Object.entries(next) as [keyof typeof next, string | number | null][])
        if (t[k] !== v) changes[k] = { before: t[k], after: v };
      if (Object.keys(changes).length === 0) return detailOf(ctx, id);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.updateTask(trx, id, t.version, { ...next, updated_at: ctx.at }))) throw stale(t.reference);
        await trail(trx, actor, grant, 'control_task.update', t, changes, meta);
      });
      return detailOf(ctx, id);
    },

    /** Ends a task: no further occurrences fall due; its completed ones and their evidence stay. */
    async end(actor: Actor, id: string, meta: CallMeta): Promise<TControlTaskDetail> {
      const t = await load(id);
      const grant = await deps.authz.authorize(actor, 'controls.edit', {
        scope: { type: 'control', id: t.control_id },
      });
      if (t.ended_at) throw new AppError('conflict', `${t.reference} has already ended`);
      const ctx = await context(actor);
      await db.transaction().execute(async (trx) => {
        const patch = {
          ended_at: ctx.at,
          ended_by: actor.kind === 'account' ? actor.personId : null,
          updated_at: ctx.at,
        };
        if (!(await repo.updateTask(trx, id, t.version, patch))) throw stale(t.reference);
        await trail(trx, actor, grant, 'control_task.end', t, { endedAt: { before: null, after: ctx.at } }, meta);
      });
      return detailOf(ctx, id);
    },

    /**
     * Records one occurrence done by its assignee (or a deputy standing in), with a note and the
     * evidence uploaded for it; late when done after its grace period.
     */
    async complete(
      actor: Actor,
      id: string,
      dueDate: string,
      input: TCompleteOccurrenceRequest,
      meta: CallMeta,
    ): Promise<TControlTaskDetail> {
      const personId = personOf(actor);
      const t = await load(id);
      const ctx = await context(actor);
      const s = scheduleOf(t);
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(dueDate) ||
        !isRealDay(dueDate) ||
        dueDate < t.first_due ||
        !isDueDate(s, dueDate)
      )
        throw new AppError('not_found', `${t.reference} has no occurrence due on ${dueDate}`);
      const assignees = assigneesOfTask(t, ctx.facts);
      const acting = ctx.who ? actingOnTask(ctx.who, assignees) : null;
      if (!acting) {
        const names = await repo.personNames(
          db,
          assignees.map((a) => a.personId),
        );
        throw new AppError(
          'forbidden',
          assignees.length === 0
            ? `Nobody may complete ${t.reference} yet: the control has no system administrator or owner`
            : `Only the task's assignee (or a deputy standing in) may complete ${t.reference}: ${assignees
                .map((a) => names.get(a.personId) ?? 'Unknown person')
                .join(', ')}`,
        );
      }
      if (t.ended_at) throw new AppError('conflict', `${t.reference} has ended`);
      const timing = { graceDays: t.grace_days, leadDays: t.lead_days };
      const existing = await repo.findOccurrence(db, id, dueDate);
      const state = occurrenceState(dueDate, ctx.today, timing, existing ? { late: existing.late === 1 } : null);
      if (existing) throw new AppError('conflict', `The occurrence of ${t.reference} due ${dueDate} is already done`);
      if (state === 'upcoming')
        throw new AppError(
          'conflict',
          `The occurrence of ${t.reference} due ${dueDate} opens on ${addDays(dueDate, -t.lead_days)}; it cannot be done yet`,
        );
      const grant: Grant = { kind: 'role', roleKey: acting.assignee.roleKey, assignmentId: acting.assignmentId };
      const late = completionIsLate(dueDate, ctx.today, timing);
      const ids = [...new Set(input.evidenceIds)];
      const alreadyDone = () =>
        new AppError('conflict', `The occurrence of ${t.reference} due ${dueDate} is already done`);
      try {
        await db.transaction().execute(async (trx) => {
          if (await repo.findOccurrence(trx, id, dueDate)) throw alreadyDone();
          const rows = await evidence.evidenceByIds(trx, ids);
          const byId = new Map(rows.map((r) => [r.id, r]));
          const errors: FieldError[] = [];
          ids.forEach((eid, i) => {
            const e = byId.get(eid);
            const field = `evidenceIds.${i}`;
            if (!e || e.control_id !== t.control_id)
              errors.push({ field, message: "Not evidence of this task's control" });
            else if (e.archived_at) errors.push({ field, message: `${e.reference} is archived` });
            else if (e.task_id) errors.push({ field, message: `${e.reference} is already attached to an occurrence` });
          });
          if (errors.length)
            throw new AppError('validation_failed', 'Some of the evidence cannot be attached', { errors });
          if (t.evidence_rule === 'file' && !rows.some((r) => r.kind === 'file'))
            throw new AppError('validation_failed', `${t.reference} needs at least one file as evidence`, {
              errors: [{ field: 'evidenceIds', message: 'Upload a file to the control and attach it' }],
            });
          if (t.evidence_rule === 'note_or_file' && input.note.trim() === '' && ids.length === 0)
            throw new AppError('validation_failed', `${t.reference} needs a note or evidence`, {
              errors: [
                { field: 'note', message: 'Say what was done' },
                { field: 'evidenceIds', message: 'Or attach evidence' },
              ],
            });
          await repo.insertOccurrence(trx, {
            task_id: id,
            due_date: dueDate,
            completed_at: ctx.at,
            completed_by: personId,
            completed_role_key: acting.assignee.roleKey,
            completed_assignment_id: acting.assignmentId,
            note: input.note,
            late: late ? 1 : 0,
          });
          if ((await evidence.attachEvidence(trx, ids, id, dueDate)) !== ids.length)
            throw new AppError(
              'conflict',
              'Some of the evidence was attached elsewhere meanwhile; reload and try again',
            );
          await trail(
            trx,
            actor,
            grant,
            'control_task.complete',
            t,
            {
              dueDate,
              state: { before: state, after: late ? 'completed_late' : 'completed' },
              late,
              note: input.note,
              standingIn: acting.standingIn,
              evidence: ids.map((eid) => ({
                id: eid,
                reference: byId.get(eid)!.reference,
                sha256: byId.get(eid)!.sha256,
              })),
            },
            meta,
          );
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw alreadyDone();
        throw e;
      }
      return detailOf(ctx, id);
    },
  };
}

export type ControlTaskService = ReturnType<typeof createControlTaskService>;
