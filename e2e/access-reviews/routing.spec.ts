import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiSession,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { PASSWORD } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';
import {
  ISM,
  MAYA,
  OWEN,
  chooseOption,
  darkShots,
  itemRow,
  reviewItems,
  seedPayroll,
  shownAccounts,
  eventually,
} from './seed-reviews.ts';

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

/** Opens a campaign from the list, as a reviewer would after signing in. */
async function openCampaign(page: Page, reference: string): Promise<void> {
  await page.getByTestId('nav-access-reviews').click();
  await page.getByTestId(`review-row-${reference}`).getByTestId('review-row-title').click();
  await page.getByTestId('review-header').waitFor();
}

describe.skipIf(!hasBrowser)('[ACCESS-REVIEWS] routing', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it("[ACCESS-REVIEWS] a reviewer's own account is routed to their manager", async () => {
    const base = ctx.server.base;
    const { payroll, summary, ismApi } = await seedPayroll(base);
    expect(summary).toMatchObject({ rowsRead: 4, rowsImported: 4, rowsFailed: 0, accountsUnmatched: 1 });

    // The ISM starts a campaign over the Payroll system from the campaigns page.
    const ism = await newPage(ctx.browser, base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.getByTestId('nav-access-reviews').click();
    await ism.page.getByTestId('reviews-table').waitFor();
    await ism.page.getByTestId('review-new').click();
    await ism.page.getByTestId('review-title-input').fill('Payroll access Q1');
    await ism.page.getByTestId('review-assets-input').click();
    await ism.page.getByTestId('review-assets-input').fill('Payroll');
    await chooseOption(ism.page, new RegExp(`${payroll.reference} · Payroll`));
    await ism.page.keyboard.press('Escape');
    expect(await ism.page.getByTestId('review-differential-input').isChecked()).toBe(false);
    await screenshot(ism.page, 'access-reviews-new-campaign');
    await ism.page.getByTestId('review-create-submit').click();
    await ism.page.getByTestId('review-header').waitFor();
    const reference = (await text(ism.page, 'review-reference')) ?? '';
    expect(reference).toMatch(/^ARV-\d{4}$/);
    const reviewId = /\/access-reviews\/([^/?]+)/.exec(ism.page.url())?.[1] ?? '';
    expect(await text(ism.page, 'review-total')).toBe('4');
    expect(await text(ism.page, 'review-routed')).toBe('1');
    expect(await ism.page.getByTestId('review-close').isDisabled()).toBe(true);
    await ism.page.getByTestId('review-tab-all').click();
    await eventually(() => shownAccounts(ism.page)).toHaveLength(4);
    expect(await itemRow(ism.page, 'owen.o').getByTestId('item-reviewer').textContent()).toBe(MAYA.name);
    expect(await itemRow(ism.page, 'alice.a').getByTestId('item-reviewer').textContent()).toBe(OWEN.name);
    await screenshot(ism.page, 'access-reviews-campaign-all-items');
    // Nor may the ISM give Owen's own account back to him (SOD-04).
    await itemRow(ism.page, 'owen.o').getByTestId('item-select').check();
    await ism.page.getByTestId('bulk-reassign').click();
    await ism.page.getByTestId('reassign-person').click();
    await ism.page.getByTestId('reassign-person').fill('Owen');
    await chooseOption(ism.page, /Owen Owner/);
    await ism.page.getByTestId('reassign-submit').click();
    await ism.page.getByTestId('sod-refusal').waitFor();
    expect(await text(ism.page, 'sod-refusal')).toBe('SOD-04');
    await screenshot(ism.page, 'access-reviews-reassign-refused-sod-04');
    await ism.page.keyboard.press('Escape');
    await ism.page.getByTestId('reassign-submit').waitFor({ state: 'detached' });
    await ism.page.getByTestId('review-tab-reviewers').click();
    await eventually(() => ism.page.getByTestId('reviewer-row').count()).toBe(2);
    await screenshot(ism.page, 'access-reviews-campaign-reviewers');
    await ism.context.close();

    // Owen owns Payroll: his items are everyone's accounts but his own.
    const owen = await newPage(ctx.browser, base);
    await signInThroughUi(owen.page, OWEN.email, PASSWORD);
    await openCampaign(owen.page, reference);
    await owen.page.getByTestId('items-table').waitFor();
    await eventually(() => shownAccounts(owen.page)).toHaveLength(3);
    expect((await shownAccounts(owen.page)).sort()).toEqual(['alice.a', 'bob.b', 'svc-legacy']);
    expect(await itemRow(owen.page, 'svc-legacy').getByTestId('orphaned-badge').count()).toBe(1);
    expect(await itemRow(owen.page, 'svc-legacy').getByTestId('privileged-badge').count()).toBe(1);
    await screenshot(owen.page, 'access-reviews-owner-my-items');
    // The API refuses him his own account by name: SOD-04.
    const owenApi = await apiSession(base, OWEN.email, PASSWORD);
    const own = (await reviewItems(ismApi, reviewId)).find((i) => i.account === 'owen.o');
    expect(own?.routed).toBe('own_account');
    const refused = await owenApi(`/api/access-reviews/${reviewId}/items/${own?.entitlementId}/decision`, {
      method: 'POST',
      body: { decision: 'keep', comment: 'Mine, obviously' },
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { rule: string }).rule).toBe('SOD-04');
    await owen.context.close();

    // Maya, his manager, sees Owen's account, marked as routed to her, and keeps it.
    const maya = await newPage(ctx.browser, base);
    await signInThroughUi(maya.page, MAYA.email, PASSWORD);
    await openCampaign(maya.page, reference);
    await eventually(() => shownAccounts(maya.page)).toEqual(['owen.o']);
    const row = itemRow(maya.page, 'owen.o');
    const badge = row.getByTestId('routed-badge');
    expect(await badge.getAttribute('data-routed')).toBe('own_account');
    expect(await badge.textContent()).toBe('Own account');
    await badge.hover();
    await eventually(() => maya.page.getByRole('tooltip').textContent()).toContain('SOD-04');
    expect(await row.getByTestId('item-holder').textContent()).toBe(OWEN.name);
    await screenshot(maya.page, 'access-reviews-manager-routed-item');
    await row.getByTestId('item-keep').click();
    // Undecided items are shown by default: the decided one leaves the list.
    await maya.page.getByTestId('items-empty').waitFor();
    await maya.page.getByTestId('items-filter-decision').click();
    await chooseOption(maya.page, /^Keep$/);
    await eventually(() => row.getByTestId('decision-badge').textContent()).toBe('Keep');
    await eventually(() => text(maya.page, 'review-decided')).toBe('1');
    await screenshot(maya.page, 'access-reviews-manager-decided');
    await maya.context.close();

    await darkShots(ctx.browser, base, ISM, [
      { path: '/access-reviews', waitFor: `review-row-${reference}`, name: 'access-reviews-list-dark' },
      {
        path: `/access-reviews/${reviewId}?tab=reviewers`,
        waitFor: 'reviewer-row',
        name: 'access-reviews-reviewers-dark',
      },
    ]);
    await darkShots(ctx.browser, base, MAYA, [
      { path: `/access-reviews/${reviewId}`, waitFor: 'review-header', name: 'access-reviews-manager-my-items-dark' },
    ]);

    const decided = (await reviewItems(ismApi, reviewId)).find((i) => i.account === 'owen.o');
    expect(decided?.decision).toBe('keep');
  }, 120_000);
});
