import type { Db } from '../../db/database.js';
import type { ControlEvidenceRow, ControlEvidenceTable } from '../../db/schema.js';

// Evidence of controls: uploaded files (their bytes are content-addressed blobs, see files) and
// links, with the occurrence of an operational task they were attached to.

export type EvidenceWithTask = ControlEvidenceRow & { task_reference: string | null };
export type EvidenceStateFilter = 'current' | 'valid' | 'expired' | 'archived' | 'all';

export async function nextEvidenceNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('control_evidence')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertEvidence(db: Db, row: ControlEvidenceTable): Promise<void> {
  await db.insertInto('control_evidence').values(row).execute();
}

const withTask = (db: Db) =>
  db
    .selectFrom('control_evidence as e')
    .leftJoin('control_task as t', 't.id', 'e.task_id')
    .selectAll('e')
    .select('t.reference as task_reference');

export async function findEvidence(db: Db, controlId: string, id: string): Promise<EvidenceWithTask | undefined> {
  return withTask(db).where('e.id', '=', id).where('e.control_id', '=', controlId).executeTakeFirst();
}

/**
 * A page of a control's evidence, newest (highest number) first, before `beforeNumber`. The state
 * is the one evidenceState computes: archived, expired (valid_until before today) or valid.
 */
export async function listEvidence(
  db: Db,
  controlId: string,
  state: EvidenceStateFilter,
  today: string,
  beforeNumber: number | undefined,
  limit: number,
): Promise<EvidenceWithTask[]> {
  let q = withTask(db).where('e.control_id', '=', controlId);
  if (state === 'current') q = q.where('e.archived_at', 'is', null);
  else if (state === 'valid')
    q = q
      .where('e.archived_at', 'is', null)
      .where((eb) => eb.or([eb('e.valid_until', 'is', null), eb('e.valid_until', '>=', today)]));
  else if (state === 'expired') q = q.where('e.archived_at', 'is', null).where('e.valid_until', '<', today);
  else if (state === 'archived') q = q.where('e.archived_at', 'is not', null);
  if (beforeNumber !== undefined) q = q.where('e.number', '<', beforeNumber);
  return q.orderBy('e.number', 'desc').limit(limit).execute();
}

export async function evidenceByIds(db: Db, ids: string[]): Promise<ControlEvidenceRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('control_evidence').selectAll().where('id', 'in', ids).execute();
}

/** Attaches current, unattached evidence to an occurrence; returns how many rows it attached. */
export async function attachEvidence(db: Db, ids: string[], taskId: string, dueDate: string): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await db
    .updateTable('control_evidence')
    .set({ task_id: taskId, occurrence_due: dueDate })
    .where('id', 'in', ids)
    .where('task_id', 'is', null)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Evidence attached to the task's occurrences, by number. */
export async function evidenceOfTask(
  db: Db,
  taskId: string,
): Promise<Pick<ControlEvidenceRow, 'id' | 'reference' | 'title' | 'sha256' | 'occurrence_due'>[]> {
  return db
    .selectFrom('control_evidence')
    .select(['id', 'reference', 'title', 'sha256', 'occurrence_due'])
    .where('task_id', '=', taskId)
    .orderBy('number')
    .execute();
}

/** Marks evidence archived unless it already is; returns whether it did. */
export async function archiveEvidence(db: Db, id: string, by: string | null, at: string): Promise<boolean> {
  const r = await db
    .updateTable('control_evidence')
    .set({ archived_at: at, archived_by: by })
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
