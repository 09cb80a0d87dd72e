import type { Db } from '../../db/database.js';
import type { ControlTaskOccurrenceRow, ControlTaskRow, ControlTaskTable } from '../../db/schema.js';

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
      : (await Promise.all(chunks(controlIds).map((ids) => q().where('control_id', 'in', ids).execute()))).flat();
  return rows.map((r) => ({ control_id: r.control_id, current: Number(r.current), expired: Number(r.expired ?? 0) }));
}

// Tasks and their completed occurrences ------------------------------------------------------

export async function nextTaskNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('control_task')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertTask(db: Db, row: Omit<ControlTaskTable, 'version'>): Promise<void> {
  await db.insertInto('control_task').values(row).execute();
}

export async function findTask(db: Db, id: string): Promise<ControlTaskRow | undefined> {
  return db.selectFrom('control_task').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Writes a change only when the task still has the version the caller saw. */
export async function updateTask(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Omit<ControlTaskTable, 'id' | 'number' | 'reference' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('control_task')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type TaskFilter = { controlId?: string; state: 'active' | 'ended' | 'all' };

/** A page of tasks by number (their reference order), after `afterNumber`. */
export async function listTasks(
  db: Db,
  f: TaskFilter,
  afterNumber: number | undefined,
  limit: number,
): Promise<ControlTaskRow[]> {
  let q = db.selectFrom('control_task').selectAll();
  if (f.controlId !== undefined) q = q.where('control_id', '=', f.controlId);
  if (f.state === 'active') q = q.where('ended_at', 'is', null);
  else if (f.state === 'ended') q = q.where('ended_at', 'is not', null);
  if (afterNumber !== undefined) q = q.where('number', '>', afterNumber);
  return q.orderBy('number').limit(limit).execute();
}

export type ActiveTask = ControlTaskRow & { control_reference: string; control_title: string };

/**
 * Tasks not ended, of controls not retired, whose first occurrence has opened by `openBy` (a day):
 * what the inbox scans for due and overdue occurrences.
 */
export async function activeTasks(db: Db, openBy: string): Promise<ActiveTask[]> {
  return db
    .selectFrom('control_task as t')
    .innerJoin('control as c', 'c.id', 't.control_id')
    .selectAll('t')
    .select(['c.reference as control_reference', 'c.title as control_title'])
    .where('t.ended_at', 'is', null)
    .where('c.retired_at', 'is', null)
    .where('t.first_due', '<=', openBy)
    .orderBy('t.number')
    .execute();
}

export async function findOccurrence(
  db: Db,
  taskId: string,
  dueDate: string,
): Promise<ControlTaskOccurrenceRow | undefined> {
  return db
    .selectFrom('control_task_occurrence')
    .selectAll()
    .where('task_id', '=', taskId)
    .where('due_date', '=', dueDate)
    .executeTakeFirst();
}

export async function insertOccurrence(db: Db, row: ControlTaskOccurrenceRow): Promise<void> {
  await db.insertInto('control_task_occurrence').values(row).execute();
}

/** Reference, title and whether retired, of the controls given. */
export async function controlRefs(
  db: Db,
  ids: string[],
): Promise<{ id: string; reference: string; title: string; retired_at: string | null }[]> {
  const out: { id: string; reference: string; title: string; retired_at: string | null }[] = [];
  for (const part of chunks([...new Set(ids)]))
    if (part.length)
      out.push(
        ...(await db
          .selectFrom('control')
          .select(['id', 'reference', 'title', 'retired_at'])
          .where('id', 'in', part)
          .execute()),
      );
  return out;
}

export async function personNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(ids)]))
    if (part.length)
      for (const r of await db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', part).execute())
        out.set(r.id, r.full_name);
  return out;
}
