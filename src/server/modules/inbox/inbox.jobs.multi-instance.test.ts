import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDialect, type DatabaseHandle } from '../../db/database.js';
import { createLogger } from '../../logger.js';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-db.js';
import { createJobRunner, type JobRunner } from './inbox.jobs.service.js';
import { createMailer, MAIL_JOB, mailJobHandler, mailMessageId, queueMail, type Mailer } from './inbox.mail.service.js';

const realPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!realPostgres) {
  console.warn(
    '[inbox jobs] TEST_DATABASE_URL is not set: the two-instance PostgreSQL job test is skipped (PGlite cannot be shared by several connections or processes).',
  );
}

const root = path.resolve(import.meta.dirname, '../../../..');
const log = createLogger('silent');
const BASE = 'http://remit.test';
const content = (i: number) => ({ subject: `Mail ${i}`, html: `<p>Mail ${i}</p>`, text: `Mail ${i}` });

/** A worker process that claims one job and hangs; resolves with the job id once it holds it. */
function startHungWorker(url: string): Promise<{ proc: ChildProcess; jobId: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/testing/hung-job-worker.ts')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, JOB_OWNER: 'doomed-worker', LEASE_SECONDS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hung worker never claimed a job:\n${out}\n${err}`)), 20_000);
    proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /claimed (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ proc, jobId: m[1] });
      }
    });
    proc.once('exit', (code) => reject(new Error(`hung worker exited (${code}):\n${out}\n${err}`)));
  });
}

describe.skipIf(!realPostgres)('[INBOX] two job runners on one PostgreSQL database', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  const instances: { handle: DatabaseHandle; mailer: Mailer; runner: JobRunner }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    for (const i of instances) {
      await i.runner.stop();
      i.mailer.close();
      await i.handle.close();
    }
    await sink?.close();
    await database?.dispose();
  });

  it('sends each of 50 mails exactly once, and the mail of a killed worker exactly once', async () => {
    const url = database.url!;
    // The victim is queued first, so the doomed worker claims it; then it is killed mid-run.
    await queueMail(database.db, { key: 'victim', to: 'victim@example.org', content: content(0), baseUrl: BASE });
    const { proc, jobId } = await startHungWorker(url);
    proc.kill('SIGKILL');
    await new Promise((resolve) => proc.once('exit', resolve));
    const victim = await database.db.selectFrom('job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    expect(victim).toMatchObject({ status: 'running', lease_owner: 'doomed-worker', attempts: 1 });

    for (let i = 1; i <= 50; i += 1) {
      await queueMail(database.db, {
        key: `bulk:${i}`,
        to: `person${i}@example.org`,
        content: content(i),
        baseUrl: BASE,
      });
    }

    for (const owner of ['instance-a', 'instance-b']) {
      const pool = new pg.Pool({ connectionString: url, max: 5 });
      // Dropping the test database at the end (WITH FORCE) ends any connection still open to it;
      // the pool reports that on an idle client, which is teardown, not a result of the test.
      pool.on('error', () => undefined);
      const handle = fromDialect(new PostgresDialect({ pool }), 'postgres', owner);
      const mailer = createMailer({ mail: { smtpUrl: sink.url, from: 'Remit <remit@example.org>' } }, log);
      const runner = createJobRunner(
        { db: handle.db, dialect: 'postgres', log },
        { [MAIL_JOB]: mailJobHandler(mailer, log) },
        { owner, leaseSeconds: 30, pollMs: 50, concurrency: 4 },
      );
      instances.push({ handle, mailer, runner });
    }
    for (const i of instances) i.runner.start();

    await sink.waitFor(51, 25_000);
    // Let both runners drain whatever is left before counting: duplicates would arrive now.
    for (let i = 0; i < 200; i += 1) {
      const open = await database.db
        .selectFrom('job')
        .select('id')
        .where('status', 'in', ['queued', 'running'])
        .execute();
      if (open.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const i of instances) await i.runner.stop();

    const ids = sink.messages.map((m) => m.messageId);
    expect(ids).toHaveLength(51);
    expect(new Set(ids).size).toBe(51);
    const expected = ['victim', ...Array.from({ length: 50 }, (_, i) => `bulk:${i + 1}`)].map((k) =>
      mailMessageId(k, BASE),
    );
    expect(new Set(ids)).toEqual(new Set(expected));
    expect(sink.messages.find((m) => m.messageId === mailMessageId('victim', BASE))?.envelopeTo).toEqual([
      'victim@example.org',
    ]);

    const jobs = await database.db.selectFrom('job').selectAll().execute();
    expect(jobs.every((j) => j.status === 'done')).toBe(true);
    expect(jobs.find((j) => j.id === jobId)?.attempts).toBe(2);
    expect(jobs.filter((j) => j.id !== jobId).every((j) => j.attempts === 1)).toBe(true);
  });
});
