// A job worker that claims one job and hangs in its handler, for tests that kill a worker
// mid-run (SIGKILL): it prints "claimed <id>" once it holds the job. Run with `node --import tsx`.
import pg from 'pg';
import { PostgresDialect } from 'kysely';
import { fromDialect } from '../db/database.js';
import { createLogger } from '../logger.js';
import { createJobRunner } from '../modules/inbox/inbox.jobs.service.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: 2 });
const { db } = fromDialect(new PostgresDialect({ pool }), 'postgres', 'hung worker');
const hang = (_payload: unknown, ctx: { jobId: string }) => {
  process.stdout.write(`claimed ${ctx.jobId}\n`);
  return new Promise<void>(() => undefined);
};
const runner = createJobRunner(
  { db, dialect: 'postgres', log: createLogger('silent') },
  { 'mail.send': hang },
  {
    owner: process.env.JOB_OWNER ?? 'hung-worker',
    leaseSeconds: Number(process.env.LEASE_SECONDS ?? 1),
    pollMs: 50,
    concurrency: 1,
  },
);
void runner.runDue(1);
