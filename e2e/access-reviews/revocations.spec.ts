import fs from 'node:fs';
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
import { expectJson, PASSWORD } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';
import {
  ISM,
  MAYA,
  OWEN,
  SAM,
  createReview,
  darkShots,
  eventually,
  itemRow,
  reviewItems,
  seedPayroll,
  shownAccounts,
} from './seed-reviews.ts';

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

/** The cells of a simple CSV (no quoted commas in these rows). */
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));

describe.skipIf(!hasBrowser)('[ACCESS-REVIEWS] revocations', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[ACCESS-REVIEWS] revocation list export', async () => {
    const base = ctx.server.base;
    const { ismApi, payroll } = await seedPayroll(base);
    const review = await createReview(ismApi, 'Payroll access Q2', [payroll.id]);

    // Owen revokes Bob's viewer access with a reason, then keeps the rest of his items at once.
    const owen = await newPage(ctx.browser, base);
    await signInThroughUi(owen.page, OWEN.email, PASSWORD);
    await owen.page.goto(`/access-reviews/${review.id}`);
    await eventually(() => shownAccounts(owen.page)).toHaveLength(3);
    await itemRow(owen.page, 'bob.b').getByTestId('item-revoke').click();
    await owen.page.getByTestId('decision-comment').fill('Bob moved to Sales in March');
    await screenshot(owen.page, 'access-reviews-revoke-dialog');
    await owen.page.getByTestId('decision-submit').click();
    await owen.page.getByTestId('decision-submit').waitFor({ state: 'detached' });
    await eventually(() => shownAccounts(owen.page)).toHaveLength(2);
    await owen.page.getByTestId('items-select-all').check();
    expect(await text(owen.page, 'bulk-selected')).toBe('2 items selected');
    await screenshot(owen.page, 'access-reviews-bulk-bar');
    await owen.page.getByTestId('bulk-keep').click();
    await owen.page.getByTestId('bulk-result').waitFor();
    expect(await text(owen.page, 'bulk-result')).toContain('2 items decided');
    await owen.page.getByTestId('items-empty').waitFor();
    await eventually(() => text(owen.page, 'review-decided')).toBe('3');
    await owen.context.close();

    // Maya's item (Owen's own account) is still open: the ISM may not close yet.
    const ism = await newPage(ctx.browser, base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.goto(`/access-reviews/${review.id}`);
    await ism.page.getByTestId('review-header').waitFor();
    expect(await ism.page.getByTestId('review-close').isDisabled()).toBe(true);
    expect(await ism.page.getByTestId('review-close-reason').getAttribute('data-reason')).toBe('1 undecided');
    const mayaApi = await apiSession(base, MAYA.email, PASSWORD);
    const own = (await reviewItems(mayaApi, review.id, 'reviewer=me')).find((i) => i.account === 'owen.o');
    expect(own).toBeDefined();
    await expectJson(
      await mayaApi(`/api/access-reviews/${review.id}/items/${own?.entitlementId}/decision`, {
        method: 'POST',
        body: { decision: 'keep', comment: 'Needed to run payroll' },
      }),
      200,
      'Maya keeps Owen’s account',
    );

    // Everything is decided: the ISM closes the campaign.
    await ism.page.reload();
    await eventually(() => text(ism.page, 'review-decided')).toBe('4');
    await ism.page.getByTestId('review-close').click();
    await ism.page.getByTestId('review-close-confirm').click();
    await ism.page.getByTestId('review-closed').waitFor();
    expect(await text(ism.page, 'review-status')).toBe('Closed');
    expect(await ism.page.getByTestId('review-close').count()).toBe(0);
    await ism.page.evaluate('window.scrollTo(0, 0)');
    await screenshot(ism.page, 'access-reviews-closed');

    // The revocation list: Bob's viewer access, and nothing that was kept.
    await ism.page.getByTestId('review-tab-revocations').click();
    await eventually(() => ism.page.getByTestId('revocation-row').count()).toBe(1);
    expect(await ism.page.getByTestId('revocation-row').getAttribute('data-account')).toBe('bob.b');
    await screenshot(ism.page, 'access-reviews-revocations');
    const [download] = await Promise.all([
      ism.page.waitForEvent('download'),
      ism.page.getByTestId('revocations-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const rows = rowsOf(fs.readFileSync(await download.path(), 'utf8'));
    expect(rows).toHaveLength(2);
    const [header, bob] = rows as [string[], string[]];
    const col = (name: RegExp) => header.findIndex((h) => name.test(h));
    expect(bob[col(/account/i)]).toBe('bob.b');
    expect(bob[col(/entitlement/i)]).toBe('payroll-viewer');
    expect(bob.join(',')).toContain(payroll.reference);
    expect(bob.join(',').toLowerCase()).toContain('revoke');
    const all = rows.flat().join(',');
    expect(all).not.toContain('alice.a');
    expect(all).not.toContain('owen.o');
    expect(all).not.toContain('svc-legacy');
    await ism.context.close();

    // Sam administers Payroll: he opens the campaign on its revocations and marks Bob's done.
    const sam = await newPage(ctx.browser, base);
    await signInThroughUi(sam.page, SAM.email, PASSWORD);
    await sam.page.goto(`/access-reviews/${review.id}`);
    const revocation = sam.page.getByTestId('revocation-row');
    await eventually(() => revocation.count()).toBe(1);
    await revocation.getByTestId('revocation-select').check();
    await sam.page.getByTestId('revocations-mark-done').click();
    await revocation.getByTestId('revocation-done').waitFor();
    await eventually(() => text(sam.page, 'review-revoked')).toBe('1');
    expect(await sam.page.getByTestId('revocations-mark-done').count()).toBe(0);
    await screenshot(sam.page, 'access-reviews-revocations-done');
    await sam.context.close();

    await darkShots(ctx.browser, base, ISM, [
      {
        path: `/access-reviews/${review.id}?tab=revocations`,
        waitFor: 'revocation-row',
        name: 'access-reviews-revocations-dark',
      },
    ]);
    await darkShots(ctx.browser, base, OWEN, [
      { path: `/access-reviews/${review.id}`, waitFor: 'review-header', name: 'access-reviews-owner-closed-dark' },
    ]);
  }, 120_000);
});
