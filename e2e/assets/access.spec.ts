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
import { createAccount, PASSWORD, seedLeadership } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';
import { createAsset } from './seed-assets.ts';

const TM = { email: 'tara@acme.example', name: 'Tara Board' };
const ISM = { email: 'ivan@acme.example', name: 'Ivan Security' };
const OWEN = { email: 'owen@acme.example', name: 'Owen Owner' };
const CASS = { email: 'cass@acme.example', name: 'Cass Custodian' };
const EMMA = { email: 'emma@acme.example', name: 'Emma Employee' };

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

/** The request's id in a request page's address: /access/:id. */
async function requestPage(page: Page): Promise<string> {
  await page.waitForURL(/\/access\/[0-9a-f-]{36}$/);
  await page.getByTestId('access-details').waitFor();
  return /\/access\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
}

/** Chooses an asset in the request form's asset picker by typing part of its name. */
async function chooseAsset(page: Page, search: string, option: RegExp): Promise<void> {
  await page.getByTestId('access-asset-input').fill(search);
  await page.getByRole('option', { name: option }).click();
}

/** A full-page screenshot taken from the top, so the fixed header is where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
}

describe.skipIf(!hasBrowser)('[ASSETS] access requests', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);
  // The first spec seeds the people; the second reuses them on the same server.
  const ids: { owen?: string } = {};

  it('[ASSETS] request → owner approves → administrator provisions', async () => {
    const base = ctx.server.base;
    // The ISM adds the payroll system with Owen as its owner and Cass as its custodian.
    const { admin, ismApi } = await seedLeadership(base, TM, ISM);
    const owenId = await createAccount(admin, OWEN);
    ids.owen = owenId;
    const cassId = await createAccount(admin, CASS);
    await createAccount(admin, EMMA);
    const payroll = await createAsset(ismApi, {
      name: 'Payroll system',
      description: 'Salaries and bank details of every employee',
      ownerPersonId: owenId,
      custodianPersonId: cassId,
    });
    expect(payroll.reference).toBe('AST-0001');

    // Emma asks for read access through the Access requests page.
    const emma = await newPage(ctx.browser, base);
    await signInThroughUi(emma.page, EMMA.email, PASSWORD);
    await emma.page.getByTestId('nav-access').click();
    await emma.page.getByTestId('access-empty').waitFor();
    await shot(emma.page, 'assets-access-empty');
    await emma.page.getByTestId('access-new').click();
    await chooseAsset(emma.page, 'Payroll', /AST-0001 Payroll system/);
    expect(await emma.page.getByTestId('access-beneficiary-input').inputValue()).toContain(EMMA.name);
    await emma.page.getByTestId('access-entitlement-input').fill('payroll-readonly');
    await emma.page.getByTestId('access-reason-input').fill('Monthly reconciliation of the salary ledger');
    await shot(emma.page, 'assets-access-request-form');
    await emma.page.getByTestId('access-request-submit').click();
    const requestId = await requestPage(emma.page);
    expect(await text(emma.page, 'access-reference')).toBe('ACR-0001');
    expect(await text(emma.page, 'access-status')).toBe('Pending');
    expect(await text(emma.page, 'access-beneficiary')).toBe(EMMA.name);
    expect(await emma.page.getByTestId('access-approve').count()).toBe(0);
    await emma.page.getByTestId('access-timeline-requested').waitFor();
    await shot(emma.page, 'assets-access-request-pending');

    // Owen finds it under To decide and approves it.
    const owen = await newPage(ctx.browser, base);
    await signInThroughUi(owen.page, OWEN.email, PASSWORD);
    await owen.page.getByTestId('nav-access').click();
    await owen.page.getByTestId('access-tab-to_decide').click();
    await owen.page.waitForURL((u) => u.searchParams.get('view') === 'to_decide');
    const row = owen.page.getByTestId('access-row-ACR-0001');
    await row.waitFor();
    expect(await row.getByTestId('access-row-status').textContent()).toBe('Pending');
    expect(await row.getByTestId('access-row-beneficiary').textContent()).toContain(EMMA.name);
    await shot(owen.page, 'assets-access-to-decide');
    await row.click();
    await owen.page.waitForURL(`**/access/${requestId}`);
    await owen.page.getByTestId('access-approve').click();
    await owen.page.getByTestId('access-step-note').fill('Read-only, for the reconciliation');
    await shot(owen.page, 'assets-access-approve-dialog');
    await owen.page.getByTestId('access-step-submit').click();
    await owen.page.getByTestId('access-step-submit').waitFor({ state: 'detached' });
    await expect.poll(() => text(owen.page, 'access-status')).toBe('Approved');
    expect(await text(owen.page, 'access-timeline-decided')).toContain(OWEN.name);

    // Cass, the custodian, gives the access and marks it provisioned.
    const cass = await newPage(ctx.browser, base);
    await signInThroughUi(cass.page, CASS.email, PASSWORD);
    await cass.page.goto('/access?view=to_provision');
    await cass.page.getByTestId('access-row-ACR-0001').click();
    await cass.page.waitForURL(`**/access/${requestId}`);
    await cass.page.getByTestId('access-provision').click();
    await cass.page.getByTestId('access-step-note').fill('Added to the payroll-readonly group');
    await cass.page.getByTestId('access-step-submit').click();
    await cass.page.getByTestId('access-step-submit').waitFor({ state: 'detached' });
    await expect.poll(() => text(cass.page, 'access-status')).toBe('Provisioned');
    expect(await text(cass.page, 'access-timeline-provisioned')).toContain(CASS.name);
    await shot(cass.page, 'assets-access-request-provisioned');

    // Emma sees her request provisioned; on a phone too.
    await emma.page.goto('/access');
    const mine = emma.page.getByTestId('access-row-ACR-0001');
    await expect.poll(() => mine.getByTestId('access-row-status').textContent()).toBe('Provisioned');
    await shot(emma.page, 'assets-access-mine');
    await emma.page.setViewportSize({ width: 375, height: 780 });
    await emma.page.getByTestId('access-cards').waitFor();
    await shot(emma.page, 'assets-access-mine-phone');
    await emma.page.getByTestId('access-new').click();
    await emma.page.getByTestId('access-entitlement-input').waitFor();
    await shot(emma.page, 'assets-access-request-form-phone');
    await emma.page.keyboard.press('Escape');
    await emma.page.goto(`/access/${requestId}`);
    await emma.page.getByTestId('access-timeline').waitFor();
    await shot(emma.page, 'assets-access-request-phone');

    // The same list in dark mode, as the ISM sees every request.
    const dark = await newPage(ctx.browser, base, 'dark');
    await signInThroughUi(dark.page, ISM.email, PASSWORD);
    await dark.page.goto('/access?view=all');
    await dark.page.getByTestId('access-row-ACR-0001').waitFor();
    await shot(dark.page, 'assets-access-all-dark');
    await dark.page.goto(`/access/${requestId}`);
    await dark.page.getByTestId('access-timeline-provisioned').waitFor();
    await shot(dark.page, 'assets-access-request-dark');
    await dark.page.setViewportSize({ width: 375, height: 780 });
    await dark.page.goto('/access?view=all');
    await dark.page.getByTestId('access-cards').waitFor();
    await shot(dark.page, 'assets-access-all-dark-phone');
    for (const p of [emma, owen, cass, dark]) await p.context.close();
  }, 120_000);

  it('[ASSETS] self-approval is refused with SOD-02', async () => {
    const base = ctx.server.base;
    const ism = await apiSession(base, ISM.email, PASSWORD);
    const crm = await createAsset(ism, { name: 'Customer CRM', type: 'service', ownerPersonId: ids.owen });

    // Owen asks for administrator rights on the CRM he owns, from its page.
    const owen = await newPage(ctx.browser, base);
    await signInThroughUi(owen.page, OWEN.email, PASSWORD);
    await owen.page.goto(`/assets/${crm.id}`);
    await owen.page.getByTestId('asset-request-access').click();
    expect(await owen.page.getByTestId('access-asset-input').inputValue()).toContain(crm.reference);
    await owen.page.getByTestId('access-entitlement-input').fill('crm-admin');
    await owen.page.getByTestId('access-privileged-input').check();
    await owen.page.getByTestId('access-reason-input').fill('Set up the new sales pipeline');
    await owen.page.getByTestId('access-request-submit').click();
    await requestPage(owen.page);
    expect(await text(owen.page, 'access-status')).toBe('Pending');
    expect(await text(owen.page, 'access-privileged')).toBe('Privileged');

    // He tries to approve it himself: refused by segregation of duties, rule SOD-02, said in place.
    await owen.page.getByTestId('access-approve').click();
    await owen.page.getByTestId('access-step-submit').click();
    const refusal = owen.page.getByTestId('sod-refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-rule')).toBe('SOD-02');
    expect(await refusal.textContent()).toContain('SOD-02');
    await shot(owen.page, 'assets-access-sod-02');
    await owen.page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => text(owen.page, 'access-status')).toBe('Pending');
    await owen.context.close();
  }, 60_000);
});
