import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../testing/test-db.js';
import * as repo from './inbox.jobs.repository.js';
import { backoffMs } from './inbox.jobs.rules.js';
import { createJobRunner, enqueueJob, JobSkipped, pruneFinishedJobs, type JobHandler } from './inbox.jobs.service.js';

const log = createLogger('silent');
const MIN = 60_000;

for (const dialect of DIALECTS) {
  describe(`[INBOX] job queue on ${dialect}`, () => {
    let database: TestDatabase;
    let offset = 0;
    const now = () => new Date(Date.now() + offset).toISOString();
    const runner = (handlers: Record<string, JobHandler>, owner = 'worker-a', leaseSeconds = 60) =>
      createJobRunner({ db: database.db, dialect, log }, handlers, {
        owner,
        leaseSeconds,
        pollMs: 20,
        concurrency: 2,
        now,
      });
    const job = (id: string) => repo.findJob(database.db, id).then((j) => j!);

    beforeEach(async () => {
      database = await createTestDatabase(dialect);
      offset = 0;
    });
    afterEach(async () => database.dispose());

    it('enqueues once per dedupe key and runs due jobs, not future ones', async () => {
      const first = await enqueueJob(database.db, { type: 'echo', payload: { n: 1 }, dedupeKey: 'k:1' });
      const again = await enqueueJob(database.db, { type: 'echo', payload: { n: 2 }, dedupeKey: 'k:1' });
      expect(first).toEqual(expect.any(String));
      expect(again).toBeNull();
      const later = await enqueueJob(database.db, {
        type: 'echo',
        payload: { n: 3 },
        runAt: new Date(Date.now() + 10 * MIN).toISOString(),
      });
      const seen: unknown[] = [];
      const r = runner({ echo: (p) => Promise.resolve(void seen.push(p)) });
      expect(await r.runDue()).toBe(1);
      expect(seen).toEqual([{ n: 1 }]);
      expect(await job(first!)).toMatchObject({ status: 'done', attempts: 1, lease_owner: null, last_error: null });
      expect((await job(later!)).status).toBe('queued');
      offset = 11 * MIN;
      expect(await r.runDue()).toBe(1);
      expect(seen).toEqual([{ n: 1 }, { n: 3 }]);
    });

    it('retries a failing job with exponential backoff, keeps the error without secrets, then marks it dead', async () => {
      const id = (await enqueueJob(database.db, { type: 'flaky', payload: {}, maxAttempts: 3 }))!;
      let calls = 0;
      const r = runner({
        flaky: () => {
          calls += 1;
          return Promise.reject(new Error('connect to smtp://mailer:hunter2@mail.example.org:587 refused'));
        },
      });
      expect(await r.runDue()).toBe(1);
      let row = await job(id);
      expect(row).toMatchObject({ status: 'queued', attempts: 1, lease_owner: null });
      expect(row.last_error).toContain('smtp://***@mail.example.org');
      expect(row.last_error).not.toContain('hunter2');
      const firstRetry = Date.parse(row.run_at) - Date.now();
      expect(firstRetry).toBeGreaterThan(backoffMs(1) - 5_000);
      expect(firstRetry).toBeLessThanOrEqual(backoffMs(1) + 1_000);

      // Not due yet: nothing runs.
      expect(await r.runDue()).toBe(0);
      offset = backoffMs(1) + 1_000;
      expect(await r.runDue()).toBe(1);
      row = await job(id);
      expect(row).toMatchObject({ status: 'queued', attempts: 2 });
      // The second delay is twice the first.
      expect(Date.parse(row.run_at) - (Date.now() + offset)).toBeGreaterThan(backoffMs(2) - 5_000);
      expect(backoffMs(2)).toBe(2 * backoffMs(1));

      offset += backoffMs(2) + 1_000;
      expect(await r.runDue()).toBe(1);
      row = await job(id);
      expect(row.status).toBe('dead');
      expect(row.attempts).toBe(3);
      expect(row.finished_at).not.toBeNull();
      expect(row.last_error).not.toContain('hunter2');
      expect(calls).toBe(3);
      offset += 24 * 60 * MIN;
      expect(await r.runDue()).toBe(0);
    });

    it('records a skipped job as skipped with its reason, and an unknown type as failing', async () => {
      const skipped = (await enqueueJob(database.db, { type: 'mail-ish', payload: {} }))!;
      const unknown = (await enqueueJob(database.db, { type: 'nobody-handles-this', payload: {}, maxAttempts: 1 }))!;
      const r = runner({ 'mail-ish': () => Promise.reject(new JobSkipped('mail is disabled')) });
      expect(await r.runDue()).toBe(2);
      expect(await job(skipped)).toMatchObject({ status: 'skipped', attempts: 1, last_error: 'mail is disabled' });
      expect(await job(unknown)).toMatchObject({ status: 'dead' });
      expect((await job(unknown)).last_error).toContain('No handler for job type nobody-handles-this');
    });

    it('re-claims a job whose worker died (lease expired), leaves a live lease alone', async () => {
      const dead = (await enqueueJob(database.db, { type: 'work', payload: { n: 'dead' } }))!;
      const live = (await enqueueJob(database.db, { type: 'work', payload: { n: 'live' } }))!;
      const past = new Date(Date.now() - MIN).toISOString();
      const future = new Date(Date.now() + 10 * MIN).toISOString();
      await database.db
        .updateTable('job')
        .set({ status: 'running', lease_owner: 'crashed-worker', lease_until: past, attempts: 1 })
        .where('id', '=', dead)
        .execute();
      await database.db
        .updateTable('job')
        .set({ status: 'running', lease_owner: 'busy-worker', lease_until: future, attempts: 1 })
        .where('id', '=', live)
        .execute();
      const seen: unknown[] = [];
      const r = runner({ work: (p) => Promise.resolve(void seen.push(p)) }, 'worker-b');
      expect(await r.runDue()).toBe(1);
      expect(seen).toEqual([{ n: 'dead' }]);
      expect(await job(dead)).toMatchObject({ status: 'done', attempts: 2 });
      expect(await job(live)).toMatchObject({ status: 'running', lease_owner: 'busy-worker' });

      // The crashed worker coming back cannot record an outcome for a job it no longer holds.
      expect(await repo.finishJob(database.db, live, 'crashed-worker', 1, { status: 'done', at: now() })).toBe(false);
      expect((await job(live)).status).toBe('running');
    });

    it('marks dead a job whose worker died on its last attempt, without running it again', async () => {
      const id = (await enqueueJob(database.db, { type: 'work', payload: {}, maxAttempts: 2 }))!;
      await database.db
        .updateTable('job')
        .set({
          status: 'running',
          lease_owner: 'crashed-worker',
          lease_until: new Date(Date.now() - MIN).toISOString(),
          attempts: 2,
        })
        .where('id', '=', id)
        .execute();
      let ran = false;
      const r = runner({ work: () => Promise.resolve(void (ran = true)) });
      await r.runDue();
      expect(ran).toBe(false);
      expect((await job(id)).status).toBe('dead');
    });

    it('renews the lease while a handler runs, so no other worker takes the job', async () => {
      const id = (await enqueueJob(database.db, { type: 'slow', payload: {} }))!;
      let runs = 0;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const isRunning = new Promise<void>((resolve) => (started = resolve));
      const slow: JobHandler = async () => {
        runs += 1;
        started();
        await released;
      };
      // A lease of 0.3 s renewed every 0.1 s.
      const a = runner({ slow }, 'worker-a', 0.3);
      const b = runner({ slow }, 'worker-b', 0.3);
      const running = a.runDue();
      await isRunning;
      const leaseBefore = (await job(id)).lease_until!;
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect((await job(id)).lease_until! > leaseBefore).toBe(true);
      expect(await b.runDue()).toBe(0);
      release();
      await running;
      expect(runs).toBe(1);
      expect(await job(id)).toMatchObject({ status: 'done', attempts: 1 });
    });

    it('start() polls until stop(); stop waits for the job in hand', async () => {
      const seen: string[] = [];
      const r = runner({
        work: async (p) => {
          await new Promise((resolve) => setTimeout(resolve, 30));
          seen.push((p as { n: string }).n);
        },
      });
      r.start();
      await enqueueJob(database.db, { type: 'work', payload: { n: 'one' } });
      for (let i = 0; i < 200 && seen.length < 1; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen).toEqual(['one']);
      await enqueueJob(database.db, { type: 'work', payload: { n: 'two' } });
      for (let i = 0; i < 200 && seen.length < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      await r.stop();
      expect(seen).toEqual(['one', 'two']);
      await enqueueJob(database.db, { type: 'work', payload: { n: 'three' } });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen).toEqual(['one', 'two']);
    });

    it('prunes finished jobs after 30 days and dead ones after 90', async () => {
      const ids = await Promise.all(
        ['done', 'skipped', 'dead', 'queued'].map((n) => enqueueJob(database.db, { type: n, payload: {} })),
      );
      const old = new Date(Date.now() - 40 * 24 * 60 * MIN).toISOString();
      for (const [i, status] of (['done', 'skipped', 'dead'] as const).entries()) {
        await database.db.updateTable('job').set({ status, finished_at: old }).where('id', '=', ids[i]!).execute();
      }
      expect(await pruneFinishedJobs(database.db)).toBe(2);
      const left = await database.db.selectFrom('job').select('status').orderBy('status').execute();
      expect(left.map((j) => j.status)).toEqual(['dead', 'queued']);
    });
  });
}
