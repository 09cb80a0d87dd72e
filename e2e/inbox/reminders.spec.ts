import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../src/server/testing/smtp-sink.ts';
import { apiSession, hasBrowser, launch, newPage, screenshot, signInThroughUi } from '../fixtures/browser.ts';
import { createAccount, PASSWORD, seedLeadership } from '../fixtures/seed.ts';
import { ADMIN, ADMIN_ENV, startServer, type TestServer } from '../fixtures/server.ts';

const TM = { email: 'tara@acme.example', name: 'Tara Board' };
const ISM = { email: 'ines@acme.example', name: 'Ines Security' };
const MANAGER = { email: 'mona@acme.example', name: 'Mona Manager' };
const PERSON = { email: 'paul@acme.example', name: 'Paul Person' };
const DAY = 86_400_000;

describe.skipIf(!hasBrowser)('[INBOX] reminders and escalation by mail', () => {
  let sink: SmtpSink;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    sink = await startSmtpSink();
    [server, browser] = await Promise.all([
      startServer({ ...ADMIN_ENV, SMTP_URL: sink.url, MAIL_FROM: 'Remit <remit@acme.example>', JOBS_POLL_MS: '200' }),
      launch(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  it('[INBOX] an overdue duty sends a reminder and an escalation mail to the manager', async () => {
    const base = server.base;
    const { admin, ismApi } = await seedLeadership(base, TM, ISM);
    const managerId = await createAccount(admin, MANAGER);
    const personId = await createAccount(admin, PERSON);
    const person = (await (await admin(`/api/people/${personId}`)).json()) as { version: number };
    const linked = await admin(`/api/people/${personId}`, {
      method: 'PATCH',
      body: { version: person.version, managerId },
    });
    expect(linked.status, await linked.clone().text()).toBe(200);

    // Paul wants each reminder by mail as it happens: he says so on his account page.
    const paul = await newPage(browser, base);
    await signInThroughUi(paul.page, PERSON.email, PASSWORD);
    await paul.page.goto('/account');
    const prefs = paul.page.getByTestId('notification-prefs');
    await prefs.getByTestId('email-mode-digest').waitFor();
    expect(await prefs.getByTestId('email-mode-digest').isChecked()).toBe(true);
    await prefs.getByTestId('email-mode-immediate').check();
    await prefs.getByTestId('notification-prefs-save').click();
    await paul.page.getByText('Notification settings saved').waitFor();
    await screenshot(paul.page, 'inbox-notification-prefs');
    const paulApi = await apiSession(base, PERSON.email, PASSWORD);
    expect(((await (await paulApi('/api/account/notifications')).json()) as { emailMode: string }).emailMode).toBe(
      'immediate',
    );

    // The ISM made Paul System Administrator two months ago; he never acknowledged it (due after 14 days).
    const backdated = await ismApi('/api/assignments', {
      method: 'POST',
      body: {
        personId,
        roleKey: 'sysadmin',
        scopeType: 'isms',
        kind: 'holder',
        reason: 'e2e: long-standing role',
        validFrom: new Date(Date.now() - 60 * DAY).toISOString(),
      },
    });
    expect(backdated.status, await backdated.clone().text()).toBe(201);

    // The admin runs the scan now rather than waiting for the hour, and follows the job.
    const runScan = async () => {
      const res = await admin('/api/admin/jobs/run-scan', { method: 'POST' });
      expect(res.status).toBe(202);
      const { jobId } = (await res.json()) as { jobId: string };
      for (let i = 0; i < 300; i += 1) {
        const job = (await (await admin(`/api/admin/jobs/${jobId}`)).json()) as { status: string };
        if (job.status === 'done') return;
        expect(job.status).not.toBe('dead');
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the reminder scan did not finish');
    };
    await runScan();

    // Paul chose immediate mail, so the assignment itself was mailed to him at once.
    const told = await sink.waitForMail(
      (m) => m.envelopeTo.includes(PERSON.email) && m.subject.includes('You are now'),
      30_000,
    );
    expect(told.subject).toMatch(/You are now System & Network Administrator/);
    const reminder = await sink.waitForMail(
      (m) => m.envelopeTo.includes(PERSON.email) && m.subject.includes('Overdue'),
      30_000,
    );
    expect(reminder.subject).toMatch(/^\[.+\] Overdue: Acknowledge your role: /);
    expect(reminder.text).toContain(`${base}/my/responsibilities`);
    expect(reminder.html).toContain('Hello Paul Person');
    const escalation = await sink.waitForMail((m) => m.envelopeTo.includes(MANAGER.email), 30_000);
    expect(escalation.subject).toMatch(/Escalation: Paul Person — Acknowledge your role: /);
    expect(escalation.text).toContain("You are told because you are Paul Person's manager.");
    expect(escalation.text).toContain(`${base}/people/${personId}`);
    expect(escalation.messageId).toMatch(/^<[0-9a-f]{40}@127\.0\.0\.1>$/);
    // What the manager sees in their mail client.
    const mail = await newPage(browser, base);
    await mail.page.setContent(escalation.html);
    await screenshot(mail.page, 'inbox-escalation-mail');
    await mail.context.close();
    // The ISM is told too.
    const toIsm = await sink.waitForMail((m) => m.envelopeTo.includes(ISM.email), 30_000);
    expect(toIsm.text).toContain('Information Security Manager');

    // Scanning again sends nothing new: each reminder and escalation goes out once.
    const count = sink.messages.length;
    await runScan();
    // Mail the second scan queued would go out within a poll or two (JOBS_POLL_MS=200).
    await new Promise((r) => setTimeout(r, 1000));
    expect(sink.messages.length).toBe(count);
    expect(sink.messages.filter((m) => m.envelopeTo.includes(PERSON.email))).toHaveLength(2);
    expect(sink.messages.filter((m) => m.envelopeTo.includes(MANAGER.email))).toHaveLength(1);

    // Mona sees the escalation in Remit as well.
    const mona = await newPage(browser, base);
    await signInThroughUi(mona.page, MANAGER.email, PASSWORD);
    await mona.page.getByTestId('notifications').click();
    await mona.page.getByTestId('notification').filter({ hasText: 'Escalated: Paul Person' }).waitFor();
    await screenshot(mona.page, 'inbox-escalation-notification');
    await mona.context.close();
    await paul.context.close();

    // The admin's settings page shows the reminder rules.
    const adminPage = await newPage(browser, base);
    await signInThroughUi(adminPage.page, ADMIN.email, ADMIN.password);
    await adminPage.page.goto('/admin/settings');
    await adminPage.page.getByTestId('inbox-settings').waitFor();
    await adminPage.page.getByTestId('inbox-lead-days').fill('5');
    await adminPage.page.getByTestId('inbox-working-days').getByText('Sat').click();
    await adminPage.page.getByTestId('inbox-settings-save').click();
    await adminPage.page.getByText('Reminder settings saved').waitFor();
    await screenshot(adminPage.page, 'inbox-settings-admin');
    const saved = (await (await admin('/api/settings/inbox')).json()) as {
      reminderLeadDays: number;
      workingDays: number[];
    };
    expect(saved).toMatchObject({ reminderLeadDays: 5, workingDays: [1, 2, 3, 4, 5, 6], mailEnabled: true });
    await adminPage.context.close();
  });
});
