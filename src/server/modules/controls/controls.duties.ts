import type { Db } from '../../db/database.js';
import type { ControlTaskRow } from '../../db/schema.js';
import type { Duty, DutyKind, DutyWho } from '../inbox/inbox.duties.js';
import { scheduleOf } from './controls.health.js';
import {
  CONTROL_OWNER,
  implementersOf,
  loadControlFacts,
  ownerOfControl,
  SYSADMIN,
  type ControlFacts,
} from './controls.owners.js';
import { addDays, dayOf, dueDatesBetween, occurrenceState } from './controls.rules.js';
import * as repo from './controls.tasks.repository.js';

/** Grace and lead days are at most this many (the contract's limit): how far a scan looks around today. */
const MAX_WINDOW_DAYS = 60;
const KIND = 'controls.task';

/** Someone a task's duty falls to, and the ledger assignment it falls to them through. */
export type TaskAssignee = {
  personId: string;
  assignmentId: string;
  roleKey: string;
  scope: { type: 'control' | 'isms'; id: string | null };
};

/**
 * Who carries out a task now: its named assignee while they are a System Administrator of the
 * control or of the whole ISMS; otherwise the control's own administrators (its implementers);
 * otherwise the ISMS-wide administrators; otherwise the control's owner.
 */
export function assigneesOfTask(
  t: Pick<ControlTaskRow, 'control_id' | 'assignee_person_id'>,
  f: ControlFacts,
): TaskAssignee[] {
  const controlScope = { type: 'control' as const, id: t.control_id };
  const ismsScope = { type: 'isms' as const, id: null };
  const implementers = implementersOf(t.control_id, f);
  const admins = [...new Map(f.ismsAdmins.map((h) => [h.personId, h])).values()];
  if (t.assignee_person_id) {
    const own = implementers.find((h) => h.personId === t.assignee_person_id);
    if (own) return [{ ...own, roleKey: SYSADMIN, scope: controlScope }];
    const wide = admins.find((h) => h.personId === t.assignee_person_id);
    if (wide) return [{ ...wide, roleKey: SYSADMIN, scope: ismsScope }];
  }
  if (implementers.length > 0) return implementers.map((h) => ({ ...h, roleKey: SYSADMIN, scope: controlScope }));
  if (admins.length > 0) return admins.map((h) => ({ ...h, roleKey: SYSADMIN, scope: ismsScope }));
  const owner = ownerOfControl(t.control_id, f);
  if (!owner) return [];
  return [
    {
      personId: owner.personId,
      assignmentId: owner.assignmentId,
      roleKey: CONTROL_OWNER,
      scope: owner.via === 'control' ? controlScope : ismsScope,
    },
  ];
}

export type TaskActing = { assignee: TaskAssignee; assignmentId: string; standingIn: boolean };

/** How `who` has a task's duty: as one of its assignees, or as a deputy standing in for one; null if not. */
export function actingOnTask(who: DutyWho, assignees: TaskAssignee[]): TaskActing | null {
  const own = assignees.find((a) => a.personId === who.personId);
  if (own) return { assignee: own, assignmentId: own.assignmentId, standingIn: false };
  for (const a of assignees) {
    const deputy = who.roles.find(
      (h) =>
        h.kind === 'deputy' &&
        h.roleKey === a.roleKey &&
        h.scopeType === a.scope.type &&
        (h.scopeId ?? null) === a.scope.id,
    );
    if (deputy) return { assignee: a, assignmentId: deputy.assignmentId, standingIn: true };
  }
  return null;
}

type Open = { task: repo.ActiveTask; due: string; overdue: boolean; assignees: TaskAssignee[] };

/**
 * Every occurrence open on `at` (in its lead window up to the due date, or past it within grace)
 * and not yet done, with its assignees: one read of the active tasks, the ledger and the completions.
 */
async function openOccurrences(db: Db, at: string): Promise<Open[]> {
  const today = dayOf(at);
  const [tasks, facts] = await Promise.all([
    repo.activeTasks(db, addDays(today, MAX_WINDOW_DAYS)),
    loadControlFacts(db, at),
  ]);
  if (tasks.length === 0) return [];
  const done = new Set(
    (
      await repo.occurrencesSince(
        db,
        tasks.map((t) => t.id),
        addDays(today, -MAX_WINDOW_DAYS - 1),
      )
    ).map((o) => `${o.task_id}|${o.due_date}`),
  );
  const out: Open[] = [];
  for (const task of tasks) {
    const timing = { graceDays: task.grace_days, leadDays: task.lead_days };
    const dues = dueDatesBetween(
      scheduleOf(task),
      addDays(today, -task.grace_days),
      addDays(today, task.lead_days),
    ).filter((d) => !done.has(`${task.id}|${d}`));
    if (dues.length === 0) continue;
    const assignees = assigneesOfTask(task, facts);
    for (const due of dues) {
      const state = occurrenceState(due, today, timing, null);
      if (state === 'due' || state === 'overdue') out.push({ task, due, overdue: state === 'overdue', assignees });
    }
  }
  return out;
}

function toDuty(o: Open, personId: string, via: Duty['via']): Duty {
  const t = o.task;
  return {
    kind: KIND,
    key: `${KIND}:${t.id}:${o.due}:${personId}`,
    personId,
    title: `${t.title} (${t.reference}, due ${o.due})`,
    detail: o.overdue
      ? `Overdue operational task of ${t.control_reference} ${t.control_title}: do it within ${t.grace_days} days of the due date, or it counts as missed.`
      : `Operational task of ${t.control_reference} ${t.control_title}; record it done with its evidence.`,
    dueAt: `${o.due}T23:59:59.999Z`,
    link: `/controls/tasks/${t.id}`,
    objectType: 'control_task',
    objectId: t.id,
    since: `${addDays(o.due, -t.lead_days)}T00:00:00.000Z`,
    via,
  };
}

const mayHaveTaskDuties = (who: DutyWho) =>
  who.roles.some((h) => h.roleKey === SYSADMIN || h.roleKey === CONTROL_OWNER);

/**
 * 8.1 and Annex A: each occurrence of an operational task, from its lead window until done, is a
 * duty of its assignee (see assigneesOfTask). Missed ones are no longer duties: the control shows them.
 */
export const performTaskDutyKind: DutyKind = {
  kind: KIND,
  module: 'controls',
  label: 'Carry out an operational control task',
  openFor: async (db, who, at) => {
    if (!mayHaveTaskDuties(who)) return [];
    const out: Duty[] = [];
    for (const o of await openOccurrences(db, at)) {
      const acting = actingOnTask(who, o.assignees);
      if (acting)
        out.push(
          toDuty(o, who.personId, {
            roleKey: acting.assignee.roleKey,
            assignmentId: acting.assignmentId,
            standingIn: acting.standingIn,
          }),
        );
    }
    return out;
  },
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    const out: Duty[] = [];
    for (const o of await openOccurrences(db, at))
      for (const a of o.assignees) {
        const d = toDuty(o, a.personId, { roleKey: a.roleKey, assignmentId: a.assignmentId, standingIn: false });
        if (d.dueAt !== null && d.dueAt < dueBefore && (afterKey === undefined || d.key > afterKey)) out.push(d);
      }
    return out.sort((x, y) => (x.key < y.key ? -1 : 1)).slice(0, limit);
  },
};
