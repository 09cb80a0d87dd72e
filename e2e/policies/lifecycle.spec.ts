import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, newPage, screenshot, signInThroughUi, useServerAndBrowser } from '../fixtures/browser.ts';
import { assign, createAccount, createOrgUnit, PASSWORD, seedLeadership, updatePerson } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tessa@acme.example', name: 'Tessa Board' };
const TM2 = { email: 'toby@acme.example', name: 'Toby Director' };
const ISM = { email: 'ines@acme.example', name: 'Ines Security' };
const ANNA = { email: 'anna@acme.example', name: 'Anna Analyst' };
const BEN = { email: 'ben@acme.example', name: 'Ben Builder' };

const FIRST_DRAFT = `# Information Security Policy

## Purpose

Acme protects the information of its customers and staff.

## Rules

- Lock your screen when you leave your desk.
`;

const ISM_TEXT = `${FIRST_DRAFT}- Report security incidents to security@acme.example within one hour.
`;

const TM_ADDITION = `
## Commitment

Top Management provides the people and budget the ISMS needs.
`;

const SECOND_VERSION = `# Information Security Policy

## Purpose

Acme protects the information of its customers and staff.

## Rules

- Screens lock by themselves after five minutes; lock yours when you leave your desk.
- Report security incidents to security@acme.example within one hour.
- Report lost laptops and phones to the service desk at once.

## Commitment

Top Management provides the people and budget the ISMS needs.
`;

/** The ids in a version page's address: /policies/:id/versions/:versionId. */
function idsOf(page: Page): { policyId: string; versionId: string } {
  const m = /\/policies\/([^/]+)\/versions\/([^/?]+)/.exec(page.url());
  if (!m) throw new Error(`not a version page: ${page.url()}`);
  return { policyId: m[1]!, versionId: m[2]! };
}

/** Opens one of the version's action dialogs, confirms it and waits for the dialog to close. */
async function act(page: Page, verb: 'submit' | 'approve' | 'publish', note?: string): Promise<void> {
  await page.getByTestId(`version-${verb}`).click();
  if (note) await page.getByTestId('decision-note').fill(note);
  await page.getByTestId(`${verb}-confirm`).click();
  await page.getByTestId(`${verb}-confirm`).waitFor({ state: 'detached' });
  await page.getByTestId(`version-${verb}`).waitFor({ state: 'detached' });
}

const versionStatus = (page: Page) => page.getByTestId('version-lifecycle').getByTestId('version-status').textContent();

describe.skipIf(!hasBrowser)('[POLICIES] policy lifecycle', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  // One long story with five people; it takes about 25 s, so it gets more room than the default minute.
  it("[POLICIES] author drafts, top management approves (author's own approval refused), employees acknowledge, campaign reaches 100%, a new version restarts acknowledgement", async () => {
    const base = ctx.server.base;
    // Admin appoints Top Management, who appoints the ISM and a second board member. Two
    // employees work in Operations, the audience of the policy, so the campaign counts them only.
    const { admin, tmApi, ismApi } = await seedLeadership(base, TM, ISM);
    await assign(tmApi, await createAccount(admin, TM2), 'top_management');
    const annaId = await createAccount(admin, ANNA);
    const benId = await createAccount(admin, BEN);
    const ops = await createOrgUnit(ismApi, 'OPS', 'Operations');
    await updatePerson(ismApi, annaId, { orgUnitId: ops });
    await updatePerson(ismApi, benId, { orgUnitId: ops });

    // The ISM creates the ISMS policy: Top Management approves it, Tessa owns it, Operations reads it.
    const ism = await newPage(ctx.browser, base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.getByTestId('nav-policies').click();
    await ism.page.getByTestId('policy-new').click();
    await ism.page.getByTestId('policy-kind-input').getByText('ISMS policy').click();
    expect(await ism.page.getByTestId('policy-approver-fixed').inputValue()).toBe('Top Management');
    await ism.page.getByTestId('policy-title-input').fill('Information Security Policy');
    await ism.page.getByTestId('policy-summary-input').fill('How Acme protects information, and what everyone does.');
    await ism.page.getByTestId('policy-audience-everyone').uncheck();
    await ism.page.getByTestId('policy-audience-units').fill('Operations');
    await ism.page.getByRole('option', { name: /Operations/ }).click();
    await ism.page.getByTestId('policy-owner-input').fill('Tessa');
    await ism.page.getByRole('option', { name: /Tessa Board/ }).click();
    await ism.page.getByTestId('policy-body-input').fill(FIRST_DRAFT);
    await screenshot(ism.page, 'policies-new-isms-policy');
    await ism.page.getByTestId('policy-create-submit').click();

    await ism.page.getByTestId('policy-header').waitFor();
    expect(await ism.page.getByTestId('policy-reference').textContent()).toBe('POL-001');
    expect(await ism.page.getByTestId('policy-kind').textContent()).toBe('ISMS policy');
    expect(await ism.page.getByTestId('policy-approver-role').textContent()).toBe('Top Management');
    expect(await ism.page.getByTestId('policy-owner').textContent()).toContain('Tessa Board');
    expect(await ism.page.getByTestId('policy-audience').textContent()).toContain('Operations');
    expect(await ism.page.getByTestId('wip-status').textContent()).toBe('Draft');

    // The ISM completes the text and adds a two-question quiz.
    await ism.page.getByTestId('wip-edit').click();
    await ism.page.getByTestId('editor-body').fill(ISM_TEXT);
    await ism.page.getByTestId('editor-change-summary').fill('First version');
    await ism.page.getByTestId('editor-quiz-toggle').check();
    const builder = ism.page.getByTestId('quiz-builder');
    await builder.getByTestId('quiz-question-add').click();
    const q = builder.getByTestId('quiz-question');
    await q.nth(0).getByTestId('quiz-question-text').fill('Where do you report a security incident?');
    await q.nth(0).getByTestId('quiz-option-text').nth(0).fill('To a colleague, when there is time');
    await q.nth(0).getByTestId('quiz-option-text').nth(1).fill('To security@acme.example within one hour');
    await q.nth(0).getByTestId('quiz-option-correct').nth(1).check();
    await q.nth(1).getByTestId('quiz-question-text').fill('What do you do when you leave your desk?');
    await q.nth(1).getByTestId('quiz-option-text').nth(0).fill('Lock the screen');
    await q.nth(1).getByTestId('quiz-option-text').nth(1).fill('Nothing');
    await screenshot(ism.page, 'policies-editor-quiz');
    await ism.page.getByTestId('editor-save-close').click();
    await ism.page.waitForURL(/\/versions\/[^/]+$/);
    const { policyId, versionId: v1 } = idsOf(ism.page);
    await ism.page.getByTestId('quiz-summary').waitFor();
    expect(await ism.page.getByTestId('version-authors').textContent()).toBe(ISM.name);

    // Tessa, Top Management and the policy's owner, adds a paragraph: she is now an author too.
    const tessa = await newPage(ctx.browser, base);
    await signInThroughUi(tessa.page, TM.email, PASSWORD);
    await tessa.page.goto(`/policies/${policyId}`);
    await tessa.page.getByTestId('wip-edit').click();
    const editor = tessa.page.getByTestId('editor-body');
    await expect.poll(() => editor.inputValue()).toBe(ISM_TEXT);
    await editor.fill(ISM_TEXT + TM_ADDITION);
    await tessa.page.getByTestId('editor-save-close').click();
    await tessa.page.waitForURL(/\/versions\/[^/]+$/);
    await expect.poll(() => tessa.page.getByTestId('version-authors').textContent()).toBe(`${ISM.name}, ${TM.name}`);

    // The ISM submits it for approval.
    await ism.page.reload();
    await act(ism.page, 'submit');
    await expect.poll(() => versionStatus(ism.page)).toBe('In review');
    expect(await ism.page.getByTestId('version-approve').count()).toBe(0);
    await screenshot(ism.page, 'policies-version-in-review');

    // The ISM does not hold Top Management: the API refuses and names the role.
    const refused = await ismApi(`/api/policies/${policyId}/versions/${v1}/approve`, {
      method: 'POST',
      body: { version: 1 },
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Top Management');

    // Tessa holds Top Management, but she wrote part of the text: SOD-08 refuses her approval.
    await tessa.page.getByTestId('nav-inbox').click();
    await tessa.page.locator('[data-testid="inbox-table"], [data-testid="inbox-empty"]').first().waitFor();
    expect(await tessa.page.getByTestId('duty-policies.approve').count()).toBe(0);
    await tessa.page.goto(`/policies/${policyId}/versions/${v1}`);
    await tessa.page.getByTestId('version-approve').click();
    await tessa.page.getByTestId('approve-confirm').click();
    const problem = tessa.page.getByTestId('problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('SOD-08');
    expect(await problem.textContent()).toContain('segregation of duties');
    await screenshot(tessa.page, 'policies-approve-refused-sod-08');
    await tessa.page.keyboard.press('Escape');
    await tessa.page.getByTestId('approve-confirm').waitFor({ state: 'detached' });
    expect(await versionStatus(tessa.page)).toBe('In review');
    await tessa.context.close();

    // Toby, the other board member, finds the approval in his inbox and approves.
    const toby = await newPage(ctx.browser, base);
    await signInThroughUi(toby.page, TM2.email, PASSWORD);
    await toby.page.getByTestId('nav-inbox').click();
    const duty = toby.page.getByTestId('duty-policies.approve');
    await duty.waitFor();
    expect(await duty.textContent()).toContain('Approve POL-001 Information Security Policy (version 1)');
    await duty.getByRole('link', { name: /Approve POL-001/ }).click();
    await toby.page.waitForURL(`**/policies/${policyId}/versions/${v1}`);
    await act(toby.page, 'approve', 'Approved at the board meeting');
    const approval = toby.page.getByTestId('approval-record');
    await approval.waitFor();
    expect(await approval.textContent()).toContain(`Approved by ${TM2.name} as Top Management`);
    expect(await versionStatus(toby.page)).toBe('Approved');
    await screenshot(toby.page, 'policies-version-approved');

    // The ISM publishes: version 1 is in force.
    await ism.page.reload();
    await ism.page.getByTestId('version-publish').click();
    await expect.poll(() => ism.page.getByRole('dialog').textContent()).toContain('Operations (and the units below)');
    await ism.page.getByTestId('publish-confirm').click();
    await ism.page.getByTestId('version-publish').waitFor({ state: 'detached' });
    await expect.poll(() => versionStatus(ism.page)).toBe('Published');
    await ism.page.getByTestId('version-published').waitFor();

    // Anna sees it to read (badge, inbox, list) and fails the quiz once before passing it.
    const anna = await newPage(ctx.browser, base);
    await signInThroughUi(anna.page, ANNA.email, PASSWORD);
    await expect.poll(() => anna.page.getByTestId('nav-my-policies-badge').textContent()).toBe('1');
    await anna.page.getByTestId('nav-inbox').click();
    await anna.page.getByTestId('duty-policies.acknowledge').filter({ hasText: 'POL-001' }).waitFor();
    await anna.page.getByTestId('nav-my-policies').click();
    const card = anna.page.getByTestId('my-policy-POL-001');
    await card.waitFor();
    expect(await card.textContent()).toContain('Short quiz');
    expect(await card.getByTestId('my-policy-changed').count()).toBe(0);
    await screenshot(anna.page, 'policies-to-read');
    await card.getByTestId('my-policy-read').click();
    await anna.page.getByTestId('read-policy-title').waitFor();
    expect(await anna.page.getByTestId('read-policy-body').textContent()).toContain('Top Management provides');
    const quiz = anna.page.getByTestId('policy-quiz');
    await quiz.getByTestId('quiz-question').nth(0).getByTestId('quiz-option').nth(0).check();
    await quiz.getByTestId('quiz-question').nth(1).getByTestId('quiz-option').nth(0).check();
    await quiz.getByTestId('policy-acknowledge').click();
    await quiz.getByTestId('quiz-failed').waitFor();
    expect(await quiz.getByTestId('quiz-failed').textContent()).toContain('You scored 50%');
    expect(await quiz.getByTestId('quiz-question').nth(0).getAttribute('data-wrong')).toBe('true');
    expect(await quiz.getByTestId('quiz-question').nth(1).getAttribute('data-wrong')).toBeNull();
    expect(await anna.page.getByTestId('policy-acknowledged').count()).toBe(0);
    await screenshot(anna.page, 'policies-quiz-failed');
    await quiz.getByTestId('quiz-question').nth(0).getByTestId('quiz-option').nth(1).check();
    await quiz.getByTestId('policy-acknowledge').click();
    await anna.page.getByTestId('policy-acknowledged').waitFor();
    await screenshot(anna.page, 'policies-acknowledged');
    await anna.page.getByTestId('policy-back-to-list').click();
    await anna.page.getByTestId('my-policies-all-done').waitFor();
    await anna.page.getByTestId('my-policy-done-POL-001').waitFor();
    await anna.context.close();

    // Ben opens it from his inbox and answers right the first time.
    const ben = await newPage(ctx.browser, base);
    await signInThroughUi(ben.page, BEN.email, PASSWORD);
    await ben.page.getByTestId('nav-inbox').click();
    await ben.page
      .getByTestId('duty-policies.acknowledge')
      .filter({ hasText: 'POL-001' })
      .getByRole('link', { name: /POL-001/ })
      .click();
    await ben.page.getByTestId('read-policy').waitFor();
    const benQuiz = ben.page.getByTestId('policy-quiz');
    await benQuiz.getByTestId('quiz-question').nth(0).getByTestId('quiz-option').nth(1).check();
    await benQuiz.getByTestId('quiz-question').nth(1).getByTestId('quiz-option').nth(0).check();
    await benQuiz.getByTestId('policy-acknowledge').click();
    await ben.page.getByTestId('policy-acknowledged').waitFor();
    await ben.context.close();

    // The ISM's campaign page: both of the two people in the audience, 100%.
    await ism.page.goto(`/policies/${policyId}`);
    await ism.page.getByTestId('in-force-campaign').click();
    await ism.page.getByTestId('campaign-summary').waitFor();
    expect(await ism.page.getByTestId('campaign-rate').textContent()).toBe('100.0%');
    expect(await ism.page.getByTestId('campaign-acknowledged').textContent()).toBe('2');
    expect(await ism.page.getByTestId('campaign-audience').textContent()).toBe('2');
    expect(await ism.page.getByTestId('campaign-pending').textContent()).toBe('0');
    await ism.page.getByTestId('campaign-people-empty').waitFor();
    await ism.page.getByTestId('campaign-state').getByText('All', { exact: true }).click();
    const rows = ism.page.getByTestId('campaign-person-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect((await rows.allTextContents()).sort()).toEqual([
      expect.stringMatching(/Anna Analyst.*Operations.*100%$/),
      expect.stringMatching(/Ben Builder.*Operations.*100%$/),
    ]);
    await screenshot(ism.page, 'policies-campaign-complete');

    // Version 2: the ISM starts it from the one in force, rewrites a rule and drops the quiz.
    await ism.page.goto(`/policies/${policyId}?tab=wip`);
    await ism.page.getByTestId('policy-new-draft').click();
    await ism.page.waitForURL(/\/edit$/);
    await expect.poll(() => ism.page.getByTestId('editor-body').inputValue()).toBe(ISM_TEXT + TM_ADDITION);
    await ism.page.getByTestId('editor-body').fill(SECOND_VERSION);
    await ism.page.getByTestId('editor-change-summary').fill('Screens lock by themselves; report lost devices');
    await ism.page.getByTestId('editor-quiz-toggle').uncheck();
    await ism.page.getByTestId('editor-save-close').click();
    await ism.page.waitForURL(/\/versions\/[^/]+$/);
    const { versionId: v2 } = idsOf(ism.page);
    expect(v2).not.toBe(v1);
    await ism.page.getByTestId('quiz-none').waitFor();
    await act(ism.page, 'submit');
    await expect.poll(() => versionStatus(ism.page)).toBe('In review');

    const toby2 = toby.page;
    await toby2.goto(`/policies/${policyId}/versions/${v2}`);
    await act(toby2, 'approve');
    await expect.poll(() => versionStatus(toby2)).toBe('Approved');
    await toby.context.close();

    await ism.page.reload();
    await act(ism.page, 'publish');
    await expect.poll(() => versionStatus(ism.page)).toBe('Published');

    // The new campaign starts from nobody.
    await ism.page.getByTestId('version-campaign').click();
    await ism.page.getByTestId('campaign-summary').waitFor();
    expect(await ism.page.getByTestId('campaign-rate').textContent()).toBe('0.0%');
    expect(await ism.page.getByTestId('campaign-acknowledged').textContent()).toBe('0');
    expect(await ism.page.getByTestId('campaign-audience').textContent()).toBe('2');
    await expect.poll(() => ism.page.getByTestId('campaign-person-row').count()).toBe(2);
    await screenshot(ism.page, 'policies-campaign-new-version');

    // Anna is asked again, told what changed since the version she acknowledged.
    const anna2 = await newPage(ctx.browser, base);
    await signInThroughUi(anna2.page, ANNA.email, PASSWORD);
    await anna2.page.getByTestId('nav-my-policies').click();
    const again = anna2.page.getByTestId('my-policy-POL-001');
    await again.waitFor();
    const changed = again.getByTestId('my-policy-changed');
    expect(await changed.textContent()).toContain('Changed since you last acknowledged version 1.');
    expect(await changed.textContent()).toContain('Screens lock by themselves; report lost devices');
    expect(await again.textContent()).toContain('Version 2');
    expect(await again.textContent()).not.toContain('Short quiz');
    await screenshot(anna2.page, 'policies-to-read-changed');
    await again.getByTestId('my-policy-read').click();
    expect(await anna2.page.getByTestId('read-policy-body').textContent()).toContain('Report lost laptops');
    await anna2.page.getByTestId('policy-acknowledge').click();
    await anna2.page.getByTestId('policy-acknowledged').waitFor();
    await anna2.context.close();

    await ism.page.reload();
    await expect.poll(() => ism.page.getByTestId('campaign-rate').textContent()).toBe('50.0%');
    expect(await ism.page.getByTestId('campaign-acknowledged').textContent()).toBe('1');
    await ism.context.close();

    // Evidence over the API: who acknowledged which version, with the quiz score.
    const acks = (await (await ismApi(`/api/people/${annaId}/policy-acknowledgements`)).json()) as {
      items: { number: number; quizScore: number | null }[];
    };
    expect(acks.items.map((a) => [a.number, a.quizScore]).sort()).toEqual([
      [1, 100],
      [2, null],
    ]);
  }, 90_000);
});
