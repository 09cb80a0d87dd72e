import type { Db } from '../../db/database.js';
import type { ControlTaskOccurrenceRow, ControlTaskRow } from '../../db/schema.js';

// Operational tasks of controls, their completed occurrences, and the evidence counts control
// health reads. Evidence rows themselves are written by the evidence service through
// controls.evidence.repository.ts.

const chunks = <T>(xs: T[], n = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/**
 * Tasks that may have had occurrences due since `since`: active ones, and ended ones that ended
 * after it (their occurrences before the end still count). All controls when `controlIds` is undefined.
 */
export async function tasksForHealth(db: Db, since: string, controlIds?: string[]): Promise<ControlTaskRow[]> {
  const base = () =>
    db
      .selectFrom('control_task')
      .selectAll()
      .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', since)]));
  if (controlIds === undefined) return base().execute();
  const out: ControlTaskRow[] = [];
  for (const ids of chunks(controlIds))
    if (ids.length) out.push(...(await base().where('control_id', 'in', ids).execute()));
  return out;
}

/** Completed occurrences of the tasks due on or after `since`. */
export async function occurrencesSince(db: Db, taskIds: string[], since: string): Promise<ControlTaskOccurrenceRow[]> {
  const out: ControlTaskOccurrenceRow[] = [];
  for (const ids of chunks(taskIds))
    if (ids.length)
      out.push(
        ...(await db
          .selectFrom('control_task_occurrence')
          .selectAll()
          .where('task_id', 'in', ids)
          .where('due_date', '>=', since)
          .execute()),
      );
  return out;
}

/** Per control: current (not archived) evidence, and how much of it has expired by `today`. */
export async function evidenceCounts(
  db: Db,
  today: string,
  controlIds?: string[],
): Promise<{ control_id: string; current: number; expired: number }[]> {
  const q = () =>
    db
      .selectFrom('control_evidence')
      .select((eb) => [
        'control_id',
        eb.fn.countAll<number | string>().as('current'),
        eb.fn
          .sum<number | string | null>(eb.case().when('valid_until', '<', today).then(1).else(0).end())
          .as('expired'),
      ])
      .where('archived_at', 'is', null)
      .groupBy('control_id');
  const rows =
    controlIds === undefined
      ? await q().execute()
      : (
          await Promise.all(
            chunks(controlIds).map((ids) => (ids.length ? q().where('control_id', 'in', ids).execute() : [])),
          )
        ).flat();
  return rows.map((r) => ({ control_id: r.control_id, current: Number(r.current), expired: Number(r.expired ?? 0) }));
}
