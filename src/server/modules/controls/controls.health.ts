import type { Db } from '../../db/database.js';
import type { ControlTaskRow } from '../../db/schema.js';
import type { TTaskFrequency } from '../../../contracts/controls.js';
import { dueDatesBetween, healthWindowStart, occurrenceState, type Schedule } from './controls.rules.js';
import * as repo from './controls.tasks.repository.js';

/** What control health is computed from, per control (see controlHealth in controls.rules.ts). */
export type HealthCounts = {
  missed: number;
  overdue: number;
  expiredEvidence: number;
  validEvidence: number;
  /** Active operational tasks. */
  taskCount: number;
  /** Current (not archived) evidence. */
  evidenceCount: number;
};

export const EMPTY_COUNTS: HealthCounts = {
  missed: 0,
  overdue: 0,
  expiredEvidence: 0,
  validEvidence: 0,
  taskCount: 0,
  evidenceCount: 0,
};

export const scheduleOf = (t: Pick<ControlTaskRow, 'frequency' | 'interval' | 'first_due'>): Schedule => ({
  frequency: t.frequency as TTaskFrequency,
  interval: t.interval,
  firstDue: t.first_due,
});

/**
 * Missed and overdue occurrences over the last 12 months and evidence counts, per control, on
 * `today` (a day). Occurrences are not stored until done, so the schedule says which were due;
 * an ended task's occurrences count up to the day it ended. Controls without tasks or evidence
 * are absent from the map (use EMPTY_COUNTS).
 */
export async function loadHealthCounts(
  db: Db,
  today: string,
  controlIds?: string[],
): Promise<Map<string, HealthCounts>> {
  const since = healthWindowStart(today);
  const [tasks, evidence] = await Promise.all([
    repo.tasksForHealth(db, since, controlIds),
    repo.evidenceCounts(db, today, controlIds),
  ]);
  const done = new Map<string, boolean>();
  for (const o of await repo.occurrencesSince(
    db,
    tasks.map((t) => t.id),
    since,
  ))
    done.set(`${o.task_id}|${o.due_date}`, o.late === 1);
  const out = new Map<string, HealthCounts>();
  const of = (id: string) => {
    let c = out.get(id);
    if (!c) out.set(id, (c = { ...EMPTY_COUNTS }));
    return c;
  };
  for (const t of tasks) {
    const c = of(t.control_id);
    if (t.ended_at === null) c.taskCount++;
    const until = t.ended_at && t.ended_at.slice(0, 10) < today ? t.ended_at.slice(0, 10) : today;
    for (const due of dueDatesBetween(scheduleOf(t), since, until)) {
      const late = done.get(`${t.id}|${due}`);
      const state = occurrenceState(
        due,
        today,
        { graceDays: t.grace_days, leadDays: t.lead_days },
        late === undefined ? null : { late },
      );
      if (state === 'missed' || state === 'completed_late') c.missed++;
      else if (state === 'overdue' && t.ended_at === null) c.overdue++;
    }
  }
  for (const e of evidence) {
    const c = of(e.control_id);
    c.evidenceCount = e.current;
    c.expiredEvidence = e.expired;
    c.validEvidence = e.current - e.expired;
  }
  return out;
}
