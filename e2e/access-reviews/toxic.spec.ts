import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, newPage, screenshot, signInThroughUi, useServerAndBrowser } from '../fixtures/browser.ts';
import { PASSWORD } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';
import {
  ALICE,
  BOB,
  ISM,
  chooseOption,
  darkShots,
  createAsset,
  createReview,
  itemRow,
  seedPayroll,
  shownAccounts,
  eventually,
} from './seed-reviews.ts';

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

/** Picks a system in an asset picker by typing part of its name. */
async function pickAsset(page: Page, testId: string, name: string, reference: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).fill(name);
  await chooseOption(page, new RegExp(`${reference} · ${name}`));
}

describe.skipIf(!hasBrowser)('[ACCESS-REVIEWS] toxic combinations', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[ACCESS-REVIEWS] a toxic combination one person holds is listed as a conflict and flagged in the review', async () => {
    const base = ctx.server.base;
    const { ismApi, payroll, mayaId } = await seedPayroll(base);
    const ledger = await createAsset(ismApi, 'Ledger', mayaId);

    // The ISM imports the ledger's accounts from the Imports tab; one row names no known system.
    const ism = await newPage(ctx.browser, base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.getByTestId('nav-entitlements').click();
    await ism.page.getByTestId('entitlements-tab-imports').click();
    await ism.page.getByTestId('imports-table').waitFor();
    await ism.page.locator('input[type="file"]').setInputFiles({
      name: 'ledger.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'system,account,person,entitlement,privileged',
          `${ledger.reference},alice.a,${ALICE.email},ledger-approve,false`,
          `${ledger.reference},bob.b,${BOB.email},ledger-read,false`,
          'NOPE-9999,ghost,,anything,true',
        ].join('\n'),
      ),
    });
    await ism.page.getByTestId('entitlements-import-submit').click();
    await ism.page.getByTestId('import-summary').waitFor();
    expect(await text(ism.page, 'import-rows-read')).toBe('3');
    expect(await text(ism.page, 'import-rows-imported')).toBe('2');
    expect(await text(ism.page, 'import-rows-failed')).toBe('1');
    await ism.page.getByTestId('import-error-line-4').waitFor();
    await eventually(() => ism.page.getByTestId('import-row').count()).toBe(2);
    await screenshot(ism.page, 'access-reviews-entitlements-import');

    // The entitlements of one system, as an asset page links to them.
    await ism.page.goto(`/entitlements?assetId=${payroll.id}`);
    await eventually(() => ism.page.getByTestId('entitlement-row').count()).toBe(4);
    await screenshot(ism.page, 'access-reviews-entitlements-list');
    await ism.page.getByTestId('entitlements-tab-orphaned').click();
    await eventually(() => ism.page.getByTestId('orphaned-row').count()).toBe(1);
    expect(await ism.page.getByTestId('orphaned-row').getAttribute('data-account')).toBe('svc-legacy');
    await screenshot(ism.page, 'access-reviews-orphaned');

    // A toxic combination: clerk on payroll and approver on the ledger. Alice holds both.
    await ism.page.getByTestId('entitlements-tab-toxic').click();
    await ism.page.getByTestId('toxic-rules-empty').waitFor();
    await ism.page.getByTestId('toxic-new').click();
    await ism.page.getByTestId('toxic-name').fill('Enter and approve payments');
    await ism.page.getByTestId('toxic-description').fill('Nobody enters a payment and approves it in the ledger.');
    await pickAsset(ism.page, 'toxic-left-asset', 'Payroll', payroll.reference);
    await ism.page.getByTestId('toxic-left-entitlement').fill('payroll-clerk');
    await pickAsset(ism.page, 'toxic-right-asset', 'Ledger', ledger.reference);
    await ism.page.getByTestId('toxic-right-entitlement').fill('ledger-*');
    await screenshot(ism.page, 'access-reviews-toxic-rule-dialog');
    await ism.page.getByTestId('toxic-save').click();
    await ism.page.getByTestId('toxic-save').waitFor({ state: 'detached' });
    const rule = ism.page.locator('[data-testid^="toxic-rule-TOX"]');
    await eventually(() => rule.count()).toBe(1);
    await eventually(() => rule.getByTestId('toxic-conflicts-count').textContent()).toBe('1');
    await rule.getByTestId('toxic-conflicts-count').click();
    await ism.page.getByTestId('toxic-conflicts-rule').waitFor();
    await eventually(() => ism.page.getByTestId('toxic-conflict-row').count()).toBe(1);
    const conflict = (await text(ism.page, 'toxic-conflict-row')) ?? '';
    expect(conflict).toContain(ALICE.name);
    expect(conflict).toContain('payroll-clerk');
    expect(conflict).toContain('ledger-approve');
    expect(conflict).not.toContain('ledger-read');
    await screenshot(ism.page, 'access-reviews-toxic-conflicts');

    // In a campaign over both systems, Alice's two entitlements carry the toxic badge; Bob's do not.
    const review = await createReview(ismApi, 'Finance systems', [payroll.id, ledger.id]);
    await ism.page.goto(`/access-reviews/${review.id}?tab=all`);
    await eventually(() => shownAccounts(ism.page)).toHaveLength(6);
    await eventually(() => text(ism.page, 'review-toxic')).toBe('2');
    const alice = itemRow(ism.page, 'alice.a');
    expect(await alice.count()).toBe(2);
    expect(await alice.getByTestId('toxic-badge').count()).toBe(2);
    expect(await itemRow(ism.page, 'bob.b').getByTestId('toxic-badge').count()).toBe(0);
    await ism.page.getByTestId('items-filter-toxic').check();
    await eventually(() => shownAccounts(ism.page)).toEqual(['alice.a', 'alice.a']);
    await screenshot(ism.page, 'access-reviews-toxic-items');

    await darkShots(ctx.browser, base, ISM, [
      {
        path: `/entitlements?assetId=${payroll.id}`,
        waitFor: 'entitlement-row',
        name: 'access-reviews-entitlements-list-dark',
      },
      { path: '/entitlements?tab=orphaned', waitFor: 'orphaned-row', name: 'access-reviews-orphaned-dark' },
      { path: '/entitlements?tab=imports', waitFor: 'import-row', name: 'access-reviews-imports-dark' },
      { path: '/entitlements?tab=toxic', waitFor: 'toxic-conflict-row', name: 'access-reviews-toxic-dark' },
      { path: `/access-reviews/${review.id}?tab=all`, waitFor: 'toxic-badge', name: 'access-reviews-toxic-items-dark' },
    ]);

    // Matching the orphaned account to its person takes it off the list.
    await ism.page.goto('/entitlements?tab=orphaned');
    await ism.page.getByTestId('orphaned-match').click();
    await ism.page.getByTestId('match-person').click();
    await ism.page.getByTestId('match-person').fill('Bob');
    await chooseOption(ism.page, /Bob Viewer/);
    await screenshot(ism.page, 'access-reviews-match-dialog');
    await ism.page.getByTestId('match-submit').click();
    await ism.page.getByTestId('orphaned-empty').waitFor();
    await ism.context.close();
  }, 120_000);
});
