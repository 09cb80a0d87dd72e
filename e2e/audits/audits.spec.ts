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
import {
  assign,
  controlByReference,
  createAccount,
  dayIn,
  expectJson,
  PASSWORD,
  planCorrectiveAction,
  raiseNonconformity,
  seedLeadership,
  setControlOwner,
  type Who,
} from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tessa@acme.example', name: 'Tessa Board' };
const ISM = { email: 'ines@acme.example', name: 'Ines Security' };
const OMAR = { email: 'omar@acme.example', name: 'Omar Owner' };
const LUCA = { email: 'luca@acme.example', name: 'Luca Lead' };
const OLIVIA = { email: 'olivia@acme.example', name: 'Olivia Operations' };
const CARL = { email: 'carl@acme.example', name: 'Carl Fixer' };
const VERA = { email: 'vera@acme.example', name: 'Vera Verifier' };
const PAT = { email: 'pat@acme.example', name: 'Pat Both' };

/** Types into a searchable select and chooses the option whose name matches. */
async function pick(page: Page, testId: string, search: string, option: RegExp): Promise<void> {
  await page.getByTestId(testId).fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/** Signs a person in on a fresh browser page. */
async function signIn(ctx: { browser: Parameters<typeof newPage>[0]; server: { base: string } }, who: Who) {
  const p = await newPage(ctx.browser, ctx.server.base);
  await signInThroughUi(p.page, who.email, PASSWORD);
  return p;
}

/** Plans an audit in the browser (the ISM) and returns its id from the address it opens at. */
async function createAuditInUi(
  page: Page,
  title: string,
  scope: { testId: string; search: string; option: RegExp }[],
  shotName?: string,
) {
  await page.getByTestId('nav-audits').click();
  await page.getByTestId('audit-new').click();
  await page.getByTestId('audit-title').fill(title);
  await page.getByTestId('audit-objective').fill('Check that the controls in scope work as described.');
  await page.getByTestId('audit-planned-start').fill(dayIn(0));
  await page.getByTestId('audit-planned-end').fill(dayIn(7));
  for (const s of scope) {
    await pick(page, s.testId, s.search, s.option);
    await page.keyboard.press('Escape');
  }
  if (shotName) await shot(page, shotName);
  await page.getByTestId('audit-save').click();
  await page.waitForURL(/\/audits\/[0-9a-f-]{36}$/);
  await page.getByTestId('audit-team').waitFor();
  return page.url().split('/').pop()!;
}

/** A full-page screenshot from the top of the page (the frame's header and navigation stay fixed). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  // The "Done" toasts of the steps before would cover the page's header and its buttons.
  const hide = await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  await screenshot(page, name);
  await hide.evaluate((el: { remove: () => void }) => el.remove());
}

const statusOf = (page: Page, testId: string) => page.getByTestId(testId).first().getAttribute('data-value');

describe.skipIf(!hasBrowser)('[AUDITS] internal audits, nonconformities and corrective actions', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);
  let leaders: ReturnType<typeof seedLeadership> | undefined;
  const leadership = () => (leaders ??= seedLeadership(ctx.server.base, TM, ISM));

  it('[AUDITS] an auditor who owns a control in scope is refused with SOD-01', async () => {
    const { admin, ismApi } = await leadership();
    const omarId = await createAccount(admin, OMAR);
    await assign(ismApi, omarId, 'internal_auditor');
    const a515 = await controlByReference(ismApi, 'A.5.15');
    await setControlOwner(ismApi, a515.id, omarId);

    const ism = await signIn(ctx, ISM);
    await createAuditInUi(
      ism.page,
      'Access control audit',
      [{ testId: 'scope-control', search: 'A.5.15', option: /A\.5\.15\b/ }],
      'audit-new',
    );
    await ism.page.getByTestId('scope-item-A.5.15').waitFor();
    expect(await statusOf(ism.page, 'audit-status')).toBe('planned');
    await shot(ism.page, 'audit-planned');

    // Choosing Omar shows the conflict before anyone is assigned.
    await ism.page.getByTestId('auditor-add').click();
    const dialog = ism.page.getByTestId('add-auditor-dialog');
    await pick(ism.page, 'auditor-person', 'Omar', /Omar Owner/);
    const conflicts = dialog.getByTestId('independence-conflicts');
    await conflicts.waitFor();
    expect(await conflicts.textContent()).toContain('owns the control A.5.15');
    await shot(ism.page, 'audit-independence-conflict');

    // Assigning anyway is refused by the server, and the page says which rule and why.
    await dialog.getByTestId('auditor-assign').click();
    const problem = dialog.getByTestId('problem');
    await problem.waitFor();
    const text = await problem.textContent();
    expect(text).toContain('SOD-01');
    expect(text).toContain('owns the control A.5.15');
    await shot(ism.page, 'audit-sod-01-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await ism.page.getByTestId('audit-team-empty').waitFor();
    await ism.context.close();
  });

  it('[AUDITS] a full audit: minor nonconformity, corrective action, verification by another person, closed', async () => {
    const { admin, ismApi } = await leadership();
    const lucaId = await createAccount(admin, LUCA);
    await createAccount(admin, OLIVIA);
    await createAccount(admin, CARL);
    const veraId = await createAccount(admin, VERA);
    await assign(ismApi, lucaId, 'internal_auditor');
    await assign(ismApi, veraId, 'internal_auditor');

    // --- The ISM plans the audit, checks Luca's independence, assigns him as lead and starts. ---
    const ism = await signIn(ctx, ISM);
    const auditId = await createAuditInUi(ism.page, 'Competence and backup audit', [
      { testId: 'scope-clause', search: '7.2', option: /^7\.2 Competence/ },
      { testId: 'scope-control', search: 'A.8.13', option: /A\.8\.13\b/ },
    ]);
    await ism.page.getByTestId('auditor-add').click();
    const add = ism.page.getByTestId('add-auditor-dialog');
    await pick(ism.page, 'auditor-person', 'Luca', /Luca Lead/);
    await add.getByTestId('independence-ok').waitFor();
    expect(await add.getByTestId('auditor-lead').isChecked()).toBe(true);
    await add.getByTestId('auditor-assign').click();
    await add.waitFor({ state: 'hidden' });
    await ism.page.locator('[data-testid="auditor"][data-lead="true"]').getByText(LUCA.name).waitFor();
    await ism.page.getByTestId('audit-start').click();
    await ism.page.getByTestId('audit-start-confirm').click();
    await expect.poll(() => statusOf(ism.page, 'audit-status')).toBe('in_progress');
    await ism.page.getByTestId('audit-item-7.2').waitFor();
    await shot(ism.page, 'audit-in-progress');
    await ism.page.getByTestId('nav-audits').click();
    await ism.page.getByTestId('audits-table').locator('[data-testid^="audit-row-AUD-"]').first().waitFor();
    await shot(ism.page, 'audit-register');

    // --- Luca records one item conforming and a minor nonconformity with evidence, then signs off. ---
    const luca = await signIn(ctx, LUCA);
    await luca.page.getByTestId('nav-audits').click();
    await luca.page.getByTestId('audits-filter-mine').click();
    await luca.page.waitForURL(/mine=true/);
    await luca.page.getByTestId('audit-row-title').first().click();
    await luca.page.waitForURL(`**/audits/${auditId}`);
    const record = luca.page.getByTestId('record-dialog');
    await luca.page.getByTestId('audit-item-7.2').getByTestId('item-record').click();
    await record.getByTestId('record-result-conforming').check();
    await record
      .getByTestId('record-notes')
      .fill('Training records of all administrators seen; skills matrix current.');
    await record.getByTestId('record-save').click();
    await record.waitFor({ state: 'hidden' });
    await expect.poll(() => luca.page.getByTestId('audit-item-7.2').getAttribute('data-result')).toBe('conforming');

    await luca.page.getByTestId('audit-item-A.8.13').getByTestId('item-record').click();
    await record.getByTestId('record-result-minor_nc').check();
    await record.getByTestId('record-raises-nc').waitFor();
    await record
      .getByTestId('record-notes')
      .fill('No restore test recorded in the last 12 months for the payroll database.');
    await record.locator('input[type="file"]').setInputFiles({
      name: 'interview-notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Interview with the backup administrator: restores are not tested.\n'),
    });
    await record.getByTestId('record-upload').click();
    await record.getByTestId('item-evidence').getByText('interview-notes.txt').waitFor();
    await shot(luca.page, 'audit-record-dialog');
    await record.getByTestId('record-save').click();
    await record.waitFor({ state: 'hidden' });
    const finding = luca.page.getByTestId('audit-item-A.8.13');
    await expect.poll(() => finding.getAttribute('data-result')).toBe('minor_nc');
    await finding.getByTestId('item-nc-link').waitFor();
    expect(await finding.getByTestId('item-evidence-count').getAttribute('data-value')).toBe('1');
    const ncId = (await finding.getByTestId('item-nc-link').getAttribute('href'))!.split('/').pop()!;

    await luca.page.getByTestId('audit-sign-off').click();
    const signOff = luca.page.getByTestId('audit-sign-off-dialog');
    await signOff
      .getByTestId('audit-sign-off-text')
      .fill('The ISMS conforms for competence; backup restores are not tested (minor).');
    await signOff.getByTestId('audit-sign-off-confirm').click();
    await signOff.waitFor({ state: 'hidden' });
    await expect.poll(() => statusOf(luca.page, 'audit-status')).toBe('completed');
    await luca.page.getByTestId('audit-signed-off').waitFor();
    // The report is a PDF, downloaded with the lead auditor's session.
    const href = await luca.page.getByTestId('audit-report').getAttribute('href');
    const report = await luca.page.evaluate(async (url: string) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        magic: String.fromCharCode(...bytes.slice(0, 4)),
      };
    }, href!);
    expect(report.status).toBe(200);
    expect(report.type).toContain('application/pdf');
    expect(report.magic).toBe('%PDF');
    await shot(luca.page, 'audit-completed');

    // --- The ISM sets an owner, records the correction and five whys, and plans a corrective action. ---
    await ism.page.goto(`/nonconformities/${ncId}`);
    await ism.page.getByTestId('nc-stepper').waitFor();
    expect(await statusOf(ism.page, 'nc-status')).toBe('open');
    await ism.page.getByTestId('nc-owner-change').click();
    await pick(ism.page, 'nc-owner-input', 'Olivia', /Olivia Operations/);
    await ism.page.getByTestId('nc-owner-save').click();
    await expect.poll(() => ism.page.getByTestId('nc-owner').textContent()).toContain(OLIVIA.name);
    await ism.page.getByTestId('nc-analysis-edit').click();
    await ism.page
      .getByTestId('nc-correction-input')
      .fill('Restore of the payroll database tested on the spot: it worked.');
    const whys = [
      'Restores of the payroll database were never tested.',
      'The backup task only checks that the job ran.',
      'No one owns restore testing for databases.',
    ];
    for (const [i, why] of whys.entries()) {
      if (i > 0) await ism.page.getByTestId('nc-why-add').click();
      await ism.page.getByTestId(`nc-why-${i + 1}`).fill(why);
    }
    await ism.page.getByTestId('nc-root-cause-input').fill('Restore testing has no owner and no schedule.');
    await ism.page.getByTestId('nc-analysis-save').click();
    await expect.poll(() => ism.page.getByTestId('nc-why').count()).toBe(3);
    await ism.page.getByTestId('ca-add').click();
    const ca = ism.page.getByTestId('ca-dialog');
    await ca.getByTestId('ca-title').fill('Schedule a quarterly restore test with an owner');
    await pick(ism.page, 'ca-owner', 'Carl', /Carl Fixer/);
    await ca.getByTestId('ca-due').fill(dayIn(14));
    await ca.getByTestId('ca-save').click();
    await ca.waitFor({ state: 'hidden' });
    await expect.poll(() => statusOf(ism.page, 'nc-status')).toBe('action');
    await shot(ism.page, 'nc-page-action');
    const nc = await expectJson<{ reference: string; correctiveActions: { id: string }[] }>(
      await ismApi(`/api/nonconformities/${ncId}`),
      200,
      'read NC',
    );
    await ism.page.getByTestId('nav-nonconformities').click();
    await ism.page.getByTestId(`nc-row-${nc.reference}`).waitFor();
    await shot(ism.page, 'nc-register');
    // The NC/CA log downloads with the filters shown (unclosed by default).
    const logHref = await ism.page.getByTestId('nc-export-csv').getAttribute('href');
    expect(logHref).toContain('status=unclosed');
    const log = await ism.page.evaluate(async (url: string) => {
      const res = await fetch(url);
      return { status: res.status, text: await res.text() };
    }, logHref!);
    expect(log.status).toBe(200);
    expect(log.text).toContain(nc.reference);
    await ism.page.getByTestId('audits-nav-ageing').click();
    await ism.page.getByTestId('ageing-table').waitFor();
    await ism.page.getByTestId('ageing-chart').waitFor();
    await shot(ism.page, 'nc-ageing');
    await ism.page.getByTestId('audits-nav-programme').click();
    await ism.page.getByTestId('programme-save').click();
    await expect.poll(() => ism.page.getByTestId('programme-updated').textContent()).toContain(ISM.name);
    await ism.page.getByTestId('coverage-row-7.2').waitFor();
    expect(await ism.page.getByTestId('coverage-row-7.2').getAttribute('data-state')).toBe('current');
    await shot(ism.page, 'audit-programme');

    // --- Carl completes the action from its own address, which opens the nonconformity. ---
    const carl = await signIn(ctx, CARL);
    await carl.page.goto(`/corrective-actions/${nc.correctiveActions[0]!.id}`);
    await carl.page.waitForURL(`**/nonconformities/${ncId}`);
    await carl.page.getByTestId('ca-complete').click();
    await carl.page
      .getByTestId('ca-complete-text')
      .fill('Quarterly restore test scheduled; Carl owns it; first test passed.');
    await carl.page.getByTestId('ca-complete-confirm').click();
    await expect.poll(() => statusOf(carl.page, 'nc-status')).toBe('verification');

    // --- Vera, an internal auditor who did not implement it, verifies it effective: closed. ---
    const vera = await signIn(ctx, VERA);
    await vera.page.goto(`/nonconformities/${ncId}`);
    await vera.page.getByTestId('verify-form').waitFor();
    expect(await vera.page.getByTestId('verify-sod-warning').count()).toBe(0);
    await vera.page.getByTestId('verify-effective').check();
    await vera.page
      .getByTestId('verify-note')
      .fill('Restore test records for the last quarter seen; the schedule is in place.');
    await vera.page.getByTestId('verify-save').click();
    await expect.poll(() => statusOf(vera.page, 'nc-status')).toBe('closed');
    await vera.page.getByTestId('nc-closed').waitFor();
    expect(await vera.page.getByTestId('nc-status').first().textContent()).toBe('Closed');
    await vera.page.locator('[data-testid="verification"][data-effective="true"]').waitFor();
    await shot(vera.page, 'nc-closed');
    for (const p of [ism, luca, carl, vera]) await p.context.close();
  }, 120_000);

  it('[AUDITS] a verifier who implemented the action is refused', async () => {
    const { admin, ismApi } = await leadership();
    const patId = await createAccount(admin, PAT);
    await assign(ismApi, patId, 'internal_auditor');
    const raised = await raiseNonconformity(ismApi, {
      title: 'Leavers keep VPN access',
      description: 'Two leavers still had VPN accounts a month after leaving.',
      sourceNote: 'INC-0007',
      source: 'incident',
    });
    const planned = await planCorrectiveAction(ismApi, raised.id, {
      title: 'Disable VPN accounts from the HR leaver feed',
      ownerPersonId: patId,
      dueDate: dayIn(10),
    });
    const action = planned.correctiveActions[0]!;
    const patApi = await apiSession(ctx.server.base, PAT.email, PASSWORD);
    await expectJson(
      await patApi(`/api/nonconformities/${raised.id}/actions/${action.id}/complete`, {
        method: 'POST',
        body: { note: 'Leaver feed now disables VPN accounts.', version: action.version },
      }),
      200,
      'Pat completes the action',
    );

    const pat = await signIn(ctx, PAT);
    await pat.page.goto(`/nonconformities/${raised.id}`);
    await pat.page.getByTestId('nc-stepper').waitFor();
    expect(await statusOf(pat.page, 'nc-status')).toBe('verification');
    // The page warns before trying; the server refuses when Pat tries anyway.
    await pat.page.getByTestId('verify-sod-warning').waitFor();
    await pat.page.getByTestId('verify-effective').check();
    await pat.page.getByTestId('verify-note').fill('It works: I did it myself.');
    await pat.page.getByTestId('verify-save').click();
    const problem = pat.page.getByTestId('verify-form').getByTestId('problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('SOD-10');
    await shot(pat.page, 'nc-sod-10-refused');
    // Nothing changed: still awaiting verification, with no verification recorded.
    await pat.page.reload();
    await pat.page.getByTestId('nc-stepper').waitFor();
    expect(await statusOf(pat.page, 'nc-status')).toBe('verification');
    expect(await pat.page.getByTestId('nc-status').first().textContent()).toBe('Awaiting verification');
    expect(await pat.page.getByTestId('verification').count()).toBe(0);
    await pat.context.close();
  });
});
