import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.js';
import { buildAccount, createTestApp, grantRole, seedAccount, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { DUTY_KINDS } from '../duty-kinds.js';
import { createJobHandlers } from '../job-handlers.js';
import type { Duty, DutyKind } from './inbox.duties.js';
import { planDigests, sendDigest, type DigestSend } from './inbox.digest.service.js';
import { queueNotificationMails } from './inbox.instant.service.js';
import { createJobRunner } from './inbox.jobs.service.js';
import { createMailer, type Mailer } from './inbox.mail.service.js';
import { notify } from './inbox.notifications.service.js';
import { runReminderScan, type ReminderDeps } from './inbox.reminders.service.js';

const log = createLogger('silent');
const DAY = 86_400_000;
// A Wednesday, 10:00 UTC.
const AT = '2026-12-02T10:00:00.000Z';
const at = (days: number) => new Date(Date.parse(AT) + days * DAY).toISOString();

/** A duty kind backed by a list, standing in for a module's kind. */
function listKind(duties: Duty[]): DutyKind {
  return {
    kind: 'test.duty',
    module: 'test',
    label: 'Test duty',
    openFor: (_db, who) => Promise.resolve(duties.filter((d) => d.personId === who.personId)),
    dueBefore: (_db, _at, before, afterKey, limit) =>
      Promise.resolve(
        duties
          .filter((d) => d.dueAt !== null && d.dueAt < before)
          .sort((a, b) => (a.key < b.key ? -1 : 1))
          .filter((d) => afterKey === undefined || d.key > afterKey)
          .slice(0, limit),
      ),
  };
}

const duty = (key: string, personId: string, title: string, dueAt: string | null): Duty => ({
  kind: 'test.duty',
  key,
  personId,
  title,
  detail: `Detail of ${title}`,
  dueAt,
  link: '/inbox',
  objectType: null,
  objectId: null,
  since: at(-30),
  via: null,
});

for (const dialect of DIALECTS) {
  describe(`[INBOX] reminders, escalation and digest on ${dialect}`, () => {
    let t: TestApp;
    let sink: SmtpSink;
    let mailer: Mailer;
    const people: Record<string, { personId: string; email: string }> = {};

    beforeAll(async () => {
      sink = await startSmtpSink();
      mailer = createMailer({ mail: { smtpUrl: sink.url, from: 'Remit <remit@example.org>' } }, log);
    });
    afterAll(async () => {
      mailer.close();
      await sink.close();
    });

    beforeEach(async () => {
      sink.messages.length = 0;
      t = await createTestApp(dialect, { env: { REMIT_BASE_URL: 'https://remit.example.org' } });
      for (const [key, fullName] of [
        ['alice', 'Alice <b>Owner</b>'],
        ['bob', 'Bob Manager'],
        ['ivan', 'Ivan ISM'],
        ['carol', 'Carol Quiet'],
        ['dave', 'Dave Digest'],
      ] as const) {
        const a = await seedAccount(t.deps, buildAccount({ fullName, email: `${key}@example.org` }));
        people[key] = { personId: a.personId, email: a.email };
      }
      const id = (k: string) => people[k]!.personId;
      for (const k of ['alice', 'carol', 'dave'])
        await t.deps.db
          .updateTable('person')
          .set({ manager_id: id('bob') })
          .where('id', '=', id(k))
          .execute();
      await grantRole(t.deps, id('ivan'), 'isms_manager');
      const prefs = { alice: 'immediate', carol: 'off', dave: 'digest' } as const;
      for (const [k, mode] of Object.entries(prefs)) {
        await t.deps.db
          .insertInto('notification_pref')
          .values({ person_id: id(k), email_mode: mode, updated_at: AT, version: 1 })
          .execute();
      }
    });
    afterEach(async () => t.close());

    const deliver = async () => {
      const runner = createJobRunner(t.deps, createJobHandlers(t.deps, { mailer, kinds: [] }), {
        owner: 'test',
        leaseSeconds: 30,
        pollMs: 50,
        concurrency: 2,
      });
      return runner.runDue();
    };
    const mailsTo = (k: string) => sink.messages.filter((m) => m.envelopeTo.includes(people[k]!.email));

    it('sends due-soon, overdue and escalation reminders once each, honouring preferences', async () => {
      const id = (k: string) => people[k]!.personId;
      const duties = [
        // Friday: two working days ahead, inside the 3-day lead time.
        duty('a-soon', id('alice'), 'Approve the backup policy', at(2)),
        // Due yesterday: overdue, one working day, not yet escalated.
        duty('b-late', id('alice'), 'Review firewall rules', at(-1)),
        // Due a week ago: five working days overdue, escalated to Bob and Ivan.
        duty('c-very-late', id('alice'), '<script>alert(1)</script> & "access" review', at(-7)),
        // Carol wants no mail: nothing to her, but her escalation still goes to Bob and Ivan.
        duty('d-quiet', id('carol'), 'Confirm asset inventory', at(-7)),
        // Dave takes the digest: no reminder mail of his own now.
        duty('e-digest', id('dave'), 'Sign the NDA register', at(-1)),
        // Far ahead and undated: nothing.
        duty('f-later', id('alice'), 'Plan the audit', at(20)),
        duty('g-undated', id('alice'), 'Read the handbook', null),
      ];
      const deps: ReminderDeps = { db: t.deps.db, config: t.deps.config, log, kinds: [listKind(duties)] };

      const first = await runReminderScan(deps, AT);
      expect(first).toMatchObject({ dueSoon: 1, overdue: 4, escalated: 2 });
      // Alice: due soon (a), overdue (b, c). Escalations: c and d each to Bob and Ivan.
      expect(first.mails).toBe(3 + 4);
      const again = await runReminderScan(deps, AT);
      expect(again).toMatchObject({ dueSoon: 0, overdue: 0, escalated: 0, mails: 0 });
      // An hour later nothing new either.
      expect((await runReminderScan(deps, at(1 / 24))).mails).toBe(0);

      expect(await deliver()).toBe(7);
      expect(sink.messages).toHaveLength(7);
      expect(
        mailsTo('alice')
          .map((m) => m.subject)
          .sort(),
      ).toEqual([
        '[Remit] Due soon: Approve the backup policy',
        '[Remit] Overdue: <script>alert(1)</script> & "access" review',
        '[Remit] Overdue: Review firewall rules',
      ]);
      expect(mailsTo('carol')).toEqual([]);
      expect(mailsTo('dave')).toEqual([]);
      const toBob = mailsTo('bob');
      const toIvan = mailsTo('ivan');
      expect(toBob.map((m) => m.subject).sort()).toEqual([
        '[Remit] Escalation: Alice <b>Owner</b> — <script>alert(1)</script> & "access" review',
        '[Remit] Escalation: Carol Quiet — Confirm asset inventory',
      ]);
      expect(toIvan).toHaveLength(2);
      expect(toBob[0]?.text).toContain('You are told because you are');
      expect(toIvan[0]?.text).toContain('Information Security Manager');
      expect(toBob.find((m) => m.subject.includes('Carol'))?.text).toContain(
        `https://remit.example.org/people/${id('carol')}`,
      );

      // Names and titles are escaped in HTML; the text part carries them as they are.
      const escalation = toBob.find((m) => m.subject.includes('Alice'))!;
      expect(escalation.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;access&quot; review');
      expect(escalation.html).toContain('Alice &lt;b&gt;Owner&lt;/b&gt;');
      expect(escalation.html).not.toContain('<script>');
      expect(escalation.html).not.toContain('<b>Owner');
      expect(escalation.text).toContain('<script>alert(1)</script>');
      expect(escalation.messageId).toMatch(/^<[0-9a-f]{40}@remit\.example\.org>$/);

      // Recorded once per stage; in-app notices for the overdue owner and the escalation recipients.
      const sent = await t.deps.db.selectFrom('reminder_sent').select(['stage']).execute();
      expect(sent).toHaveLength(7);
      const notes = await t.deps.db.selectFrom('notification').select(['person_id', 'kind']).execute();
      const kinds = (k: string) =>
        notes
          .filter((n) => n.person_id === id(k))
          .map((n) => n.kind)
          .sort();
      expect(kinds('alice')).toEqual(['duty.overdue', 'duty.overdue']);
      expect(kinds('carol')).toEqual(['duty.overdue']);
      expect(kinds('dave')).toEqual(['duty.overdue']);
      expect(kinds('bob')).toEqual(['duty.escalated', 'duty.escalated']);
      expect(kinds('ivan')).toEqual(['duty.escalated', 'duty.escalated']);

      // Two weeks later a is overdue and escalated, b and Dave's e escalated; nothing is repeated.
      const later = await runReminderScan(deps, at(14));
      expect(later).toMatchObject({ dueSoon: 0, overdue: 1, escalated: 3 });
    });

    it('counts overdue in working days: a duty due before the weekend is not escalated early', async () => {
      const id = people.alice!.personId;
      // Due Friday 27 Nov 10:00; on Tuesday 1 Dec 10:00 only two working days (Mon, Tue) have passed.
      const kinds = [listKind([duty('weekend', id, 'Weekend duty', '2026-11-27T10:00:00.000Z')])];
      const deps: ReminderDeps = { db: t.deps.db, config: t.deps.config, log, kinds };
      expect(await runReminderScan(deps, '2026-12-01T10:00:00.000Z')).toMatchObject({ overdue: 1, escalated: 0 });
      expect(await runReminderScan(deps, '2026-12-02T10:00:00.000Z')).toMatchObject({ overdue: 0, escalated: 1 });
      // With a five-day escalation configured, a fresh duty waits longer.
      await t.deps.db
        .insertInto('setting')
        .values({ key: 'inbox', value: JSON.stringify({ escalateAfterWorkingDays: 5 }), updated_at: AT, version: 1 })
        .execute();
      const slow: ReminderDeps = { ...deps, kinds: [listKind([duty('w2', id, 'Second', '2026-11-27T10:00:00.000Z')])] };
      expect(await runReminderScan(slow, '2026-12-02T10:00:00.000Z')).toMatchObject({ overdue: 1, escalated: 0 });
      expect(await runReminderScan(slow, '2026-12-04T10:00:00.000Z')).toMatchObject({ escalated: 1 });
    });

    it('a due date on a Sunday counts from Monday', async () => {
      const id = people.alice!.personId;
      const kinds = [listKind([duty('sunday', id, 'Sunday duty', '2026-11-29T09:00:00.000Z')])];
      const deps: ReminderDeps = { db: t.deps.db, config: t.deps.config, log, kinds };
      // Monday 08:00: still before the moved due date (Monday 09:00): due soon, not overdue.
      expect(await runReminderScan(deps, '2026-11-30T08:00:00.000Z')).toMatchObject({ dueSoon: 1, overdue: 0 });
      expect(await runReminderScan(deps, '2026-11-30T09:30:00.000Z')).toMatchObject({ overdue: 1 });
    });

    it('escalates a real overdue acknowledgement to the manager and the ISM', async () => {
      const id = (k: string) => people[k]!.personId;
      await grantRole(t.deps, id('alice'), 'sysadmin', { validFrom: new Date(Date.now() - 40 * DAY).toISOString() });
      const deps: ReminderDeps = { db: t.deps.db, config: t.deps.config, log, kinds: DUTY_KINDS };
      const out = await runReminderScan(deps);
      expect(out).toMatchObject({ overdue: 1, escalated: 1 });
      await deliver();
      expect(mailsTo('alice').map((m) => m.subject)).toEqual([
        expect.stringMatching(/^\[Remit\] Overdue: Acknowledge your role: /),
      ]);
      expect(mailsTo('bob').map((m) => m.subject)).toEqual([
        expect.stringMatching(/^\[Remit\] Escalation: Alice <b>Owner<\/b> — Acknowledge your role/),
      ]);
      expect(mailsTo('ivan')).toHaveLength(1);
      expect(mailsTo('alice')[0]?.text).toContain('https://remit.example.org/my/responsibilities');
    });

    it('sends a daily digest to digest people with something to report, once per day', async () => {
      const id = (k: string) => people[k]!.personId;
      const now = new Date().toISOString();
      const day = now.slice(0, 10);
      const duties = [
        duty('dave-1', id('dave'), 'Sign the <NDA> register', new Date(Date.now() - 2 * DAY).toISOString()),
        duty('dave-2', id('dave'), 'Read the policy', new Date(Date.now() + 30 * DAY).toISOString()),
        duty('alice-1', id('alice'), 'Alice duty', new Date(Date.now() - 2 * DAY).toISOString()),
        duty('carol-1', id('carol'), 'Carol duty', new Date(Date.now() - 2 * DAY).toISOString()),
      ];
      const kinds = [listKind(duties)];
      const deps: ReminderDeps = { db: t.deps.db, config: t.deps.config, log, kinds };
      // Bob (default: digest) has an unread notification from today.
      await t.deps.db
        .insertInto('notification')
        .values({
          id: '01900000-0000-7000-8000-0000000000b1',
          person_id: id('bob'),
          kind: 'test',
          title: 'You were made <Risk Owner>',
          body: 'For the data centre',
          link: '/my/responsibilities',
          object_type: null,
          object_id: null,
          created_at: now,
          read_at: null,
        })
        .execute();

      // Alice is immediate, Carol off, Ivan has nothing: only Dave and Bob get a digest.
      expect(await planDigests(deps, day, now)).toBe(2);
      expect(await planDigests(deps, day, now)).toBe(0);
      const runner = createJobRunner(t.deps, createJobHandlers(t.deps, { mailer, kinds }), {
        owner: 'digest',
        leaseSeconds: 30,
        pollMs: 50,
        concurrency: 1,
      });
      await runner.runDue();
      expect(sink.messages.map((m) => m.envelopeTo[0]).sort()).toEqual(['bob@example.org', 'dave@example.org']);
      const dave = mailsTo('dave')[0]!;
      expect(dave.subject).toBe(
        `[Remit] Your Remit summary for ${day}: 2 open duties (1 overdue), 0 unread notifications`,
      );
      expect(dave.html).toContain('Sign the &lt;NDA&gt; register');
      expect(dave.text).toContain('[Overdue] Sign the <NDA> register');
      expect(dave.text).toContain('[Open] Read the policy');
      const bob = mailsTo('bob')[0]!;
      expect(bob.html).toContain('You were made &lt;Risk Owner&gt;');
      expect(bob.text).toContain('1 unread notification');

      // Nothing to say: the digest job ends as skipped and sends nothing.
      const job: DigestSend = { personId: id('ivan'), day, since: now };
      await expect(sendDigest(deps, job, now)).rejects.toThrow('nothing to report');
    });

    it('mails notifications at once to people who chose immediate mail, once each', async () => {
      const id = (k: string) => people[k]!.personId;
      const write = (kind: string, title: string) =>
        t.deps.db.transaction().execute(async (trx) => {
          await notify(trx, {
            personIds: [id('alice'), id('carol'), id('dave')],
            kind,
            title,
            body: 'Decide by <Friday>',
            link: '/sod',
          });
          // notify() queues the mail job itself.
          const rows = await trx.selectFrom('notification').select('id').where('title', '=', title).execute();
          return rows.map((r) => r.id);
        });
      const ids = await write('sod.exception.requested', 'Exception <SODX-1> asks for your decision');
      // The scan's own notices are mailed by the scan as reminders, not again here.
      await write('duty.overdue', 'Overdue: something');
      // One notification-mail job (the overdue notice queues none) and the one mail it sends.
      expect(await deliver()).toBe(2);
      expect(sink.messages).toHaveLength(1);
      const mail = mailsTo('alice')[0]!;
      expect(mail.subject).toBe('[Remit] Exception <SODX-1> asks for your decision');
      expect(mail.html).toContain('Decide by &lt;Friday&gt;');
      expect(mail.text).toContain('https://remit.example.org/sod');
      // A repeated job (say, after a crash) sends nothing new.
      await queueNotificationMails(t.deps.db, ids);
      await deliver();
      expect(sink.messages).toHaveLength(1);
    });

    it('records mail jobs as skipped when SMTP is not configured', async () => {
      const id = people.alice!.personId;
      const kinds = [listKind([duty('x', id, 'X', at(-1))])];
      await runReminderScan({ db: t.deps.db, config: t.deps.config, log, kinds }, AT);
      const off = createMailer({ mail: { smtpUrl: null, from: 'x@example.org' } }, log);
      const runner = createJobRunner(t.deps, createJobHandlers(t.deps, { mailer: off, kinds }), {
        owner: 'off',
        leaseSeconds: 30,
        pollMs: 50,
        concurrency: 1,
      });
      expect(await runner.runDue()).toBe(1);
      const jobs = await t.deps.db.selectFrom('job').selectAll().execute();
      expect(jobs.map((j) => [j.type, j.status, j.last_error])).toEqual([
        ['mail.send', 'skipped', 'mail is disabled (SMTP_URL is not set)'],
      ]);
      expect(sink.messages).toHaveLength(0);
    });
  });
}
