import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { createRecurringSchedule } from '../job-handlers.js';
import { emailModesOf } from './inbox.prefs.service.js';

for (const dialect of DIALECTS) {
  describe(`[INBOX] mail preferences, inbox settings and the scheduler on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    let ann: Client;
    let ben: Client;
    beforeEach(async () => {
      t = await createTestApp(dialect);
      admin = await signIn(t, buildAccount({ isAdmin: true }));
      ann = await signIn(t, buildAccount());
      ben = await signIn(t, buildAccount());
    });
    afterEach(async () => t.close());

    const trail = (action: string) =>
      t.deps.db.selectFrom('trail_event').selectAll().where('action', '=', action).orderBy('seq').execute();

    it('each person reads and sets only their own mail mode, with versions', async () => {
      const initial = await ann.request('GET', '/api/account/notifications');
      expect(initial.json()).toEqual({ emailMode: 'digest', version: 1, updatedAt: null });

      const first = await ann.request('PUT', '/api/account/notifications', { version: 1, emailMode: 'immediate' });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ emailMode: 'immediate', version: 2 });
      const stale = await ann.request('PUT', '/api/account/notifications', { version: 1, emailMode: 'off' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('version_conflict');
      const second = await ann.request('PUT', '/api/account/notifications', { version: 2, emailMode: 'off' });
      expect(second.json()).toMatchObject({ emailMode: 'off', version: 3 });
      expect((await ann.request('GET', '/api/account/notifications')).json()).toMatchObject({
        emailMode: 'off',
        version: 3,
      });

      const bad = await ann.request('PUT', '/api/account/notifications', { version: 3, emailMode: 'hourly' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('body.emailMode');

      // Ben is untouched and keeps the default.
      expect((await ben.request('GET', '/api/account/notifications')).json().emailMode).toBe('digest');
      const modes = await emailModesOf(t.deps.db, [ann.personId, ben.personId]);
      expect([...modes.values()]).toEqual(['off', 'digest']);

      const events = await trail('account.notifications.updated');
      expect(events).toHaveLength(2);
      expect(events[0]?.object_id).toBe(ann.personId);
      expect(JSON.parse(events[1]?.changes ?? '{}')).toEqual({ emailMode: { before: 'immediate', after: 'off' } });
    });

    it('anyone reads the inbox settings; only the admin changes them', async () => {
      expect((await ann.request('GET', '/api/settings/inbox')).json()).toEqual({
        reminderLeadDays: 3,
        escalateAfterWorkingDays: 3,
        workingDays: [1, 2, 3, 4, 5],
        digestHourUtc: 7,
        mailEnabled: false,
        version: 1,
        updatedAt: null,
      });
      const denied = await ann.request('PATCH', '/api/settings/inbox', { version: 1, reminderLeadDays: 9 });
      expect(denied.statusCode).toBe(403);

      const saved = await admin.request('PATCH', '/api/settings/inbox', {
        version: 1,
        reminderLeadDays: 5,
        workingDays: [4, 1, 2, 3, 7],
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ reminderLeadDays: 5, workingDays: [1, 2, 3, 4, 7], version: 1 });
      const next = await admin.request('PATCH', '/api/settings/inbox', { version: 1, escalateAfterWorkingDays: 2 });
      expect(next.json()).toMatchObject({ escalateAfterWorkingDays: 2, reminderLeadDays: 5, version: 2 });
      expect((await admin.request('PATCH', '/api/settings/inbox', { version: 1, digestHourUtc: 8 })).statusCode).toBe(
        409,
      );
      for (const body of [{ workingDays: [] }, { workingDays: [1, 1] }, { workingDays: [8] }, { digestHourUtc: 24 }]) {
        const res = await admin.request('PATCH', '/api/settings/inbox', { version: 2, ...body });
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
      }
      expect((await ben.request('GET', '/api/settings/inbox')).json()).toMatchObject({
        reminderLeadDays: 5,
        escalateAfterWorkingDays: 2,
        version: 2,
      });
      const events = await trail('settings.inbox.updated');
      expect(JSON.parse(events[0]?.changes ?? '{}')).toEqual({
        reminderLeadDays: { before: 3, after: 5 },
        workingDays: { before: [1, 2, 3, 4, 5], after: [1, 2, 3, 4, 7] },
      });
    });

    it('an admin queues the reminder scan now; others may not', async () => {
      expect((await ann.request('POST', '/api/admin/jobs/run-scan')).statusCode).toBe(403);
      const res = await admin.request('POST', '/api/admin/jobs/run-scan');
      expect(res.statusCode, res.body).toBe(202);
      const { jobId } = res.json<{ jobId: string }>();
      const job = await t.deps.db.selectFrom('job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
      expect(job).toMatchObject({ type: 'inbox.reminders.scan', status: 'queued' });
      expect(await trail('jobs.reminder_scan.requested')).toHaveLength(1);
      const shown = await admin.request('GET', `/api/admin/jobs/${jobId}`);
      expect(shown.json()).toMatchObject({ id: jobId, type: 'inbox.reminders.scan', status: 'queued', attempts: 0 });
      expect((await ann.request('GET', `/api/admin/jobs/${jobId}`)).statusCode).toBe(403);
      expect((await admin.request('GET', '/api/admin/jobs/01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    });

    it('schedules the hourly scan and the daily digest once, from any number of instances', async () => {
      const a = createRecurringSchedule();
      const b = createRecurringSchedule();
      await a(t.deps.db, '2026-11-30T09:05:00.000Z');
      await a(t.deps.db, '2026-11-30T09:40:00.000Z');
      await b(t.deps.db, '2026-11-30T09:41:00.000Z');
      await b(t.deps.db, '2026-11-30T10:01:00.000Z');
      const jobs = await t.deps.db
        .selectFrom('job')
        .select(['type', 'dedupe_key', 'run_at'])
        .orderBy('dedupe_key')
        .execute();
      expect(jobs).toEqual([
        { type: 'inbox.digest.plan', dedupe_key: 'digest-plan:2026-11-30', run_at: '2026-11-30T07:00:00.000Z' },
        { type: 'jobs.prune', dedupe_key: 'jobs-prune:2026-11-30', run_at: expect.any(String) },
        { type: 'inbox.reminders.scan', dedupe_key: 'reminders:2026-11-30T09', run_at: expect.any(String) },
        { type: 'inbox.reminders.scan', dedupe_key: 'reminders:2026-11-30T10', run_at: expect.any(String) },
      ]);
    });
  });
}
