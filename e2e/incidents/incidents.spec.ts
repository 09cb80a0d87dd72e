import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  apiSession,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { assign, createAccount, expectJson, PASSWORD, seedLeadership, type Who } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tessa@acme.example', name: 'Tessa Board' };
const ISM = { email: 'ines@acme.example', name: 'Ines Security' };
const EMMA = { email: 'emma@acme.example', name: 'Emma Employee' };
const SAM = { email: 'sam@acme.example', name: 'Sam Sysadmin' };
const WANDA = { email: 'wanda@acme.example', name: 'Wanda Whistle' };
const HANK = { email: 'hank@acme.example', name: 'Hank Handler' };
const MONA = { email: 'mona@acme.example', name: 'Mona Manager' };
const OTTO = { email: 'otto@acme.example', name: 'Otto Office' };

/**
 * Mantine's "Done" toasts (top right) stay while hovered and can cover the buttons under them:
 * every page of these tests hides them, from its first load and after each reload.
 */
const HIDE_TOASTS = `document.addEventListener('DOMContentLoaded', () => {
  const style = document.createElement('style');
  style.textContent = '.mantine-Notifications-root { display: none !important; }';
  document.head.appendChild(style);
});`;

/** Signs a person in on a fresh browser page. */
async function signIn(ctx: { browser: Parameters<typeof newPage>[0]; server: { base: string } }, who: Who) {
  const p = await newPage(ctx.browser, ctx.server.base);
  await p.context.addInitScript(HIDE_TOASTS);
  await signInThroughUi(p.page, who.email, PASSWORD);
  return p;
}

/** A full-page screenshot from the top of the page. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
}

const valueOf = (page: Page, testId: string) => page.getByTestId(testId).first().getAttribute('data-value');

/** Opens a Mantine select by its input and chooses the option whose name matches. */
async function choose(page: Page, testId: string, option: RegExp | string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Reports through the form: title, what is affected, optionally a file and confidential; returns the reference. */
async function reportInUi(
  page: Page,
  report: { title: string; affected: string; file?: { name: string; text: string }; confidential?: boolean },
  shotName?: string,
): Promise<string> {
  await page.getByTestId('nav-report-incident').click();
  await page.getByTestId('report-form').waitFor();
  await page.getByTestId('report-title').fill(report.title);
  await page.getByTestId('report-affected').fill(report.affected);
  if (report.file) {
    await page.getByTestId('report-files').setInputFiles({
      name: report.file.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(report.file.text),
    });
    await page.getByTestId('file-entry').filter({ hasText: report.file.name }).waitFor();
  }
  if (report.confidential) await page.getByTestId('report-confidential').check();
  if (shotName) await shot(page, shotName);
  await page.getByTestId('report-submit').click();
  const done = page.getByTestId('report-done');
  await done.waitFor();
  const reference = (await done.getAttribute('data-reference'))!;
  expect(reference).toMatch(/^INC-\d{4}$/);
  expect(await page.getByTestId('report-reference').textContent()).toBe(reference);
  return reference;
}

/** The ISM (or an incident manager) triages the incident open on `page` as an incident with a handler. */
async function triageAsIncident(
  page: Page,
  t: { severity: string; category: string; handler: RegExp; note: string },
  shotName?: string,
): Promise<void> {
  await page.getByTestId('incident-next').getByTestId('triage-open').click();
  const dialog = page.getByTestId('triage-dialog');
  await dialog.waitFor();
  await dialog.getByTestId('triage-classification-incident').check();
  await dialog.getByTestId(`triage-severity-${t.severity}`).click();
  await choose(page, 'triage-category', t.category);
  await page.getByTestId('triage-handler').click();
  const option = page.getByRole('option', { name: t.handler }).first();
  await option.waitFor();
  // The suggestion says why: a system administrator is the default handler.
  expect(await option.getByTestId('handler-option-reason').textContent()).toContain('System Administrator');
  await option.click();
  await dialog.getByTestId('triage-note').fill(t.note);
  if (shotName) await shot(page, shotName);
  await dialog.getByTestId('triage-submit').click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => valueOf(page, 'incident-status')).toBe('open');
}

/** Completes the phase under way with a note and waits for the response to move on. */
async function completePhase(page: Page, note: string, next: { status: string; phase: string }): Promise<void> {
  await page.getByTestId('incident-next').getByTestId('phase-complete').click();
  const dialog = page.getByTestId('phase-dialog');
  await dialog.getByTestId('phase-note').fill(note);
  await dialog.getByTestId('phase-submit').click();
  await dialog.waitFor({ state: 'hidden' });
  const stepper = page.getByTestId('incident-stepper');
  await expect.poll(() => stepper.getAttribute('data-status')).toBe(next.status);
  expect(await stepper.getAttribute('data-phase')).toBe(next.phase);
}

describe.skipIf(!hasBrowser)('[INCIDENTS] reporting, triage, response and closure', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);
  let leaders: ReturnType<typeof seedLeadership> | undefined;
  const leadership = () => (leaders ??= seedLeadership(ctx.server.base, TM, ISM));

  it(
    '[INCIDENTS] an employee reports with a file, the ISM triages, the handler responds, the ISM closes, the reporter sees the outcome',
    {
      timeout: 90_000,
    },
    async () => {
      const { admin, ismApi } = await leadership();
      await createAccount(admin, EMMA);
      const samId = await createAccount(admin, SAM);
      await assign(ismApi, samId, 'sysadmin');

      // --- Emma reports in one screen, with a small text file, and is given the reference. ---
      const emma = await signIn(ctx, EMMA);
      const reference = await reportInUi(
        emma.page,
        {
          title: 'I opened an invoice attachment that launched something',
          affected: 'My laptop and possibly my mailbox',
          file: { name: 'suspicious-mail.txt', text: 'From: billing@invoices.example\nSubject: Invoice 4471\n' },
        },
        'incident-report-form',
      );
      await expect.poll(() => emma.page.getByTestId('file-entry').first().getAttribute('data-state')).toBe('done');
      await shot(emma.page, 'incident-report-done');

      // --- The ISM opens it from the register and triages it: a high phishing incident, Sam handles it. ---
      const ism = await signIn(ctx, ISM);
      await ism.page.getByTestId('nav-incidents').click();
      const row = ism.page.getByTestId(`incident-row-${reference}`);
      await row.waitFor();
      expect(await row.getByTestId('incident-row-status').getAttribute('data-value')).toBe('reported');
      expect(await row.getByTestId('incident-row-reporter').textContent()).toContain(EMMA.name);
      await row.getByTestId('incident-row-title').click();
      await ism.page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
      const incidentPath = new URL(ism.page.url()).pathname;
      await ism.page.getByTestId('incident-reference').filter({ hasText: reference }).waitFor();
      await ism.page.getByTestId('attachment-link').filter({ hasText: 'suspicious-mail.txt' }).waitFor();
      await triageAsIncident(
        ism.page,
        {
          severity: 'high',
          category: 'Phishing or social engineering',
          handler: /Sam Sysadmin/,
          note: 'Malware from a phishing mail on a company laptop.',
        },
        'incident-triage-dialog',
      );
      expect(await valueOf(ism.page, 'incident-classification')).toBe('incident');
      expect(await valueOf(ism.page, 'incident-severity')).toBe('high');
      expect(await ism.page.getByTestId('incident-handler').textContent()).toBe(SAM.name);
      await ism.page.getByTestId('incident-deadline-contain').waitFor();

      // --- Sam finds it in his inbox and takes it through containment, eradication and recovery. ---
      const sam = await signIn(ctx, SAM);
      await sam.page.getByTestId('nav-inbox').click();
      const duty = sam.page.getByTestId('duty-incidents.respond').filter({ hasText: reference });
      await duty.waitFor();
      await duty.getByRole('link', { name: `Contain ${reference}` }).click();
      await sam.page.waitForURL(`**${incidentPath}`);
      await sam.page.getByTestId('incident-stepper').waitFor();
      expect(await sam.page.getByTestId('incident-stepper').getAttribute('data-phase')).toBe('contain');
      // The handler responds but does not manage: no triage, edit or close.
      expect(await sam.page.getByTestId('incident-edit').count()).toBe(0);

      await sam.page.getByTestId('timeline-add').click();
      const form = sam.page.getByTestId('timeline-form');
      await form.getByTestId('timeline-kind-action').click();
      await form.getByTestId('timeline-text').fill('Laptop taken off the network; mailbox password reset.');
      await form.getByTestId('timeline-submit').click();
      await form.waitFor({ state: 'hidden' });
      await sam.page
        .locator('[data-testid="timeline-entry"][data-kind="action"]')
        .getByTestId('timeline-entry-text')
        .filter({ hasText: 'Laptop taken off the network' })
        .waitFor();

      await completePhase(sam.page, 'Laptop isolated, sessions revoked, sender blocked at the gateway.', {
        status: 'open',
        phase: 'eradicate',
      });

      await sam.page.getByTestId('comm-add').click();
      const comm = sam.page.getByTestId('comm-dialog');
      await choose(sam.page, 'comm-party-kind', 'Supervisory authority or regulator');
      await comm.getByTestId('comm-party').fill('Data protection authority');
      await comm.getByTestId('comm-channel').fill('Online portal');
      await comm.getByTestId('comm-reference').fill('DPA-2024-118');
      await comm.getByTestId('comm-summary').fill('Early notice: possible access to one mailbox, under investigation.');
      await comm.getByTestId('comm-submit').click();
      await comm.waitFor({ state: 'hidden' });
      await sam.page.locator('[data-testid="comm-entry"][data-party-kind="authority"]').waitFor();

      await completePhase(sam.page, 'Laptop reimaged; the malware hash added to the EDR block list.', {
        status: 'open',
        phase: 'recover',
      });
      await completePhase(sam.page, 'Laptop returned to Emma; mailbox rules checked and clean.', {
        status: 'resolved',
        phase: '',
      });
      expect(await valueOf(sam.page, 'incident-status')).toBe('resolved');
      // Three phase entries, the action and the communication are on the timeline.
      await expect.poll(() => sam.page.locator('[data-testid="timeline-entry"][data-kind="phase"]').count()).toBe(3);
      expect(await sam.page.locator('[data-testid="timeline-entry"][data-kind="communication"]').count()).toBe(1);
      await shot(sam.page, 'incident-resolved-handler');

      // --- The ISM closes it with the lessons learned and the outcome for Emma. ---
      const outcome = 'It was malware from a phishing mail. Your laptop was cleaned and nothing was lost. Thank you!';
      await ism.page.reload();
      await ism.page.getByTestId('incident-next').getByTestId('close-open').click();
      const close = ism.page.getByTestId('close-dialog');
      await close
        .getByTestId('close-lessons')
        .fill('Invoice attachments reach staff unscanned: sandbox them at the mail gateway and retrain finance.');
      await close.getByTestId('close-outcome').fill(outcome);
      await close.getByTestId('close-submit').click();
      await close.waitFor({ state: 'hidden' });
      await ism.page.getByTestId('incident-closed').waitFor();
      expect(await valueOf(ism.page, 'incident-status')).toBe('closed');
      expect(await ism.page.getByTestId('incident-lessons').textContent()).toContain('sandbox them');
      expect(await ism.page.getByTestId('incident-outcome').textContent()).toBe(outcome);
      await shot(ism.page, 'incident-closed');

      // --- Emma opens My incident reports: closed, with the outcome. ---
      await emma.page.getByTestId('nav-my-incidents').click();
      const card = emma.page.getByTestId(`my-report-${reference}`);
      await card.waitFor();
      await expect.poll(() => card.getAttribute('data-status')).toBe('closed');
      expect(await card.getByTestId('my-report-status').getAttribute('data-value')).toBe('closed');
      expect(await card.getByTestId('my-report-status').textContent()).toBe('Closed');
      const told = card.getByTestId('my-report-outcome');
      expect(await told.getAttribute('data-closed')).toBe('true');
      expect(await told.textContent()).toContain(outcome);
      await shot(emma.page, 'incident-my-reports-closed');
      for (const p of [emma, ism, sam]) await p.context.close();
    },
  );

  it('[INCIDENTS] a confidential report: only the ISM sees who reported it', { timeout: 90_000 }, async () => {
    const { admin, ismApi } = await leadership();
    await createAccount(admin, WANDA);
    const hankId = await createAccount(admin, HANK);
    const monaId = await createAccount(admin, MONA);
    await assign(ismApi, hankId, 'sysadmin');
    await assign(ismApi, monaId, 'incident_manager');

    // --- Wanda reports confidentially. ---
    const wanda = await signIn(ctx, WANDA);
    const reference = await reportInUi(wanda.page, {
      title: 'Customer list copied to a personal USB stick',
      affected: 'Customer contact list',
      file: { name: 'what-i-saw.txt', text: 'Seen at the sales desk on Monday afternoon.\n' },
      confidential: true,
    });
    await expect.poll(() => wanda.page.getByTestId('file-entry').first().getAttribute('data-state')).toBe('done');
    expect(await wanda.page.getByTestId('report-done').textContent()).toContain('Confidential');

    // --- The ISM sees Wanda's name, triages and assigns Hank. ---
    const ism = await signIn(ctx, ISM);
    await ism.page.getByTestId('nav-incidents').click();
    const ismRow = ism.page.getByTestId(`incident-row-${reference}`);
    await ismRow.waitFor();
    expect(await ismRow.getByTestId('incident-row-reporter').textContent()).toContain(WANDA.name);
    await ismRow.getByTestId('incident-row-title').click();
    await ism.page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    const incidentId = ism.page.url().split('/').pop()!;
    const reporter = ism.page.getByTestId('incident-reporter');
    await reporter.waitFor();
    expect(await reporter.getAttribute('data-confidential')).toBe('true');
    expect(await reporter.textContent()).toContain(WANDA.name);
    await triageAsIncident(ism.page, {
      severity: 'medium',
      category: 'Data disclosure or leak',
      handler: /Hank Handler/,
      note: 'Possible disclosure of customer data; find and recover the copy.',
    });
    expect(await ism.page.getByTestId('incident-reporter').textContent()).toContain(WANDA.name);

    // --- Hank, the handler, sees "Confidential reporter" and Wanda's name nowhere. ---
    const hank = await signIn(ctx, HANK);
    await hank.page.getByTestId('nav-inbox').click();
    const duty = hank.page.getByTestId('duty-incidents.respond').filter({ hasText: reference });
    await duty.getByRole('link', { name: `Contain ${reference}` }).click();
    await hank.page.waitForURL(`**/incidents/${incidentId}`);
    const hidden = hank.page.getByTestId('incident-reporter');
    await hidden.waitFor();
    expect(await hidden.getAttribute('data-confidential')).toBe('true');
    expect(await hidden.textContent()).toContain('Confidential reporter');
    await hank.page.getByTestId('attachment-link').filter({ hasText: 'what-i-saw.txt' }).waitFor();
    await hank.page.locator('[data-testid="timeline-entry"][data-kind="report"]').waitFor();
    expect(await hank.page.locator('body').textContent()).not.toContain(WANDA.name);
    expect(await hank.page.locator('body').textContent()).not.toContain('Wanda');
    await shot(hank.page, 'incident-confidential-handler');
    // Nor does the API tell him: no field of the incident names her.
    const hankApi = await apiSession(ctx.server.base, HANK.email, PASSWORD);
    const seen = await expectJson<{ reporter: unknown }>(
      await hankApi(`/api/incidents/${incidentId}`),
      200,
      'the handler reads the incident',
    );
    expect(seen.reporter).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('Wanda');

    // --- Mona, an incident manager, reads the register: the reporter is "Confidential". ---
    const mona = await signIn(ctx, MONA);
    await mona.page.getByTestId('nav-incidents').click();
    const monaRow = mona.page.getByTestId(`incident-row-${reference}`);
    await monaRow.waitFor();
    expect(await monaRow.getByTestId('incident-row-reporter').textContent()).toBe('Confidential');
    expect(await monaRow.getByTestId('incident-row-handler').textContent()).toBe(HANK.name);
    expect(await mona.page.getByTestId('incidents-table').textContent()).not.toContain('Wanda');
    await shot(mona.page, 'incident-confidential-register');
    for (const p of [wanda, ism, hank, mona]) await p.context.close();
  });

  it(
    '[INCIDENTS] an event: the ISM closes it at triage and the reporter reads the answer',
    {
      timeout: 60_000,
    },
    async () => {
      const { admin } = await leadership();
      await createAccount(admin, OTTO);
      const ottoApi = await apiSession(ctx.server.base, OTTO.email, PASSWORD);
      const report = await expectJson<{ id: string; reference: string }>(
        await ottoApi('/api/incidents', {
          method: 'POST',
          body: {
            title: 'Pop-up asking me to update my browser',
            occurredAt: new Date().toISOString(),
            affected: 'My desktop PC',
          },
        }),
        201,
        'Otto reports',
      );

      const ism = await signIn(ctx, ISM);
      await ism.page.goto(`/incidents/${report.id}`);
      await ism.page.getByTestId('incident-next').getByTestId('triage-open').click();
      const dialog = ism.page.getByTestId('triage-dialog');
      await dialog.getByTestId('triage-classification-event').check();
      const answer = 'That was the regular browser update from IT: nothing to worry about. Thanks for asking!';
      await dialog.getByTestId('triage-outcome').fill(answer);
      await dialog.getByTestId('triage-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      await ism.page.getByTestId('incident-closed').waitFor();
      expect(await valueOf(ism.page, 'incident-classification')).toBe('event');
      expect(await valueOf(ism.page, 'incident-status')).toBe('closed');

      const otto = await signIn(ctx, OTTO);
      await otto.page.getByTestId('nav-my-incidents').click();
      const card = otto.page.getByTestId(`my-report-${report.reference}`);
      await card.waitFor();
      expect(await card.getAttribute('data-status')).toBe('closed');
      expect(await card.getByTestId('my-report-classification').getAttribute('data-value')).toBe('event');
      await card.getByTestId('my-report-title').click();
      await otto.page.waitForURL(`**/incidents/mine/${report.id}`);
      const told = otto.page.getByTestId('my-report').getByTestId('my-report-outcome');
      await told.waitFor();
      expect(await told.getAttribute('data-closed')).toBe('true');
      expect(await told.textContent()).toContain(answer);
      await shot(otto.page, 'incident-event-reporter');
      for (const p of [ism, otto]) await p.context.close();
    },
  );
});
