import { sql } from 'kysely';
import type { Db, DialectName } from '../../db/database.js';
import type { JobTable } from '../../db/schema.js';

export type JobRow = JobTable;

/** Inserts a job; with a dedupe key already taken nothing is written and null comes back. */
export async function insertJob(db: Db, row: JobRow): Promise<string | null> {
  const inserted = await db
    .insertInto('job')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/**
 * Claims the next due job for `owner` in one statement: a queued job whose time has come, or a
 * running one whose lease ran out (its worker died). PostgreSQL skips rows another worker is
 * claiming at the same moment; SQLite has one writer, so the statement alone is atomic.
 */
export async function claimNextJob(
  db: Db,
  dialect: DialectName,
  claim: { owner: string; now: string; leaseUntil: string },
): Promise<JobRow | undefined> {
  let next = db
    .selectFrom('job')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', claim.now)]),
        eb.and([eb('status', '=', 'running'), eb('lease_until', '<', claim.now)]),
      ]),
    )
    .orderBy('run_at')
    .orderBy('id')
    .limit(1);
  if (dialect === 'postgres') next = next.forUpdate().skipLocked();
  return db
    .updateTable('job')
    .set({
      status: 'running',
      lease_owner: claim.owner,
      lease_until: claim.leaseUntil,
      attempts: sql<number>`attempts + 1`,
      updated_at: claim.now,
    })
    .where('id', '=', (eb) => eb.selectFrom(next.as('next')).select('next.id'))
    .returningAll()
    .executeTakeFirst();
}

/** Pushes a lease out while its handler still runs; false when the lease is no longer ours. */
export async function extendLease(db: Db, id: string, owner: string, leaseUntil: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('job')
    .set({ lease_until: leaseUntil, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Ends a claimed job (done, dead, or queued again for a retry) if the lease is still ours. */
export async function finishJob(
  db: Db,
  id: string,
  owner: string,
  attempt: number,
  outcome:
    | { status: 'done'; at: string }
    | { status: 'skipped'; at: string; reason: string }
    | { status: 'dead'; at: string; error: string }
    | { status: 'queued'; at: string; runAt: string; error: string },
): Promise<boolean> {
  const common = { lease_owner: null, lease_until: null, updated_at: outcome.at };
  const set =
    outcome.status === 'done'
      ? { ...common, status: 'done' as const, finished_at: outcome.at }
      : outcome.status === 'skipped'
        ? { ...common, status: 'skipped' as const, finished_at: outcome.at, last_error: outcome.reason }
        : outcome.status === 'dead'
          ? { ...common, status: 'dead' as const, finished_at: outcome.at, last_error: outcome.error }
          : { ...common, status: 'queued' as const, run_at: outcome.runAt, last_error: outcome.error };
  const r = await db
    .updateTable('job')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('lease_owner', '=', owner)
    .where('attempts', '=', attempt)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const findJob = (db: Db, id: string) => db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();

export const findJobByDedupeKey = (db: Db, key: string) =>
  db.selectFrom('job').selectAll().where('dedupe_key', '=', key).executeTakeFirst();

/** How many jobs are in each status, for logs and the admin view. */
export async function countJobsByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('job')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Deletes finished jobs older than the cut-offs (dead ones are kept longer, for inspection). */
export async function pruneJobs(db: Db, finishedBefore: string, deadBefore: string): Promise<number> {
  const r = await db
    .deleteFrom('job')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', 'in', ['done', 'skipped']), eb('finished_at', '<', finishedBefore)]),
        eb.and([eb('status', '=', 'dead'), eb('finished_at', '<', deadBefore)]),
      ]),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
