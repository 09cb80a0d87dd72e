import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  attributeOfAll,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { createAccount, createOrgUnit, PASSWORD, seedLeadership } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';
import { createAsset } from './seed-assets.ts';

const TM = { email: 'tim@acme.example', name: 'Tim Board' };
const ISM = { email: 'isa@acme.example', name: 'Isa Manager' };
const OLGA = { email: 'olga@acme.example', name: 'Olga Operations' };
const SEB = { email: 'seb@acme.example', name: 'Seb Sysadmin' };

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

/** The references of the inventory's rows, top to bottom. */
async function references(page: Page): Promise<string[]> {
  const ids = await attributeOfAll(page.locator('[data-testid^="asset-row-AST-"]'), 'data-testid');
  return ids.map((id) => String(id).replace('asset-row-', ''));
}

/** Opens a select by its test id and chooses an option by its label. */
async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).click();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
}

describe.skipIf(!hasBrowser)('[ASSETS] the inventory', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[ASSETS] the ISM adds an asset in the UI, filters the inventory, opens the asset and exports the filtered inventory as CSV', async () => {
    const base = ctx.server.base;
    const { admin, ismApi } = await seedLeadership(base, TM, ISM);
    const olgaId = await createAccount(admin, OLGA);
    const sebId = await createAccount(admin, SEB);
    const ops = await createOrgUnit(ismApi, 'OPS', 'Operations');
    // Two assets already in the inventory: the server the new application runs on, and a public website.
    const server = await createAsset(ismApi, {
      name: 'Linux host lx-pay-01',
      type: 'hardware',
      label: 'internal',
      orgUnitId: ops,
      location: 'Frankfurt data centre',
      ownerPersonId: olgaId,
      custodianPersonId: sebId,
    });
    await createAsset(ismApi, {
      name: 'Public website',
      type: 'service',
      label: 'public',
      confidentiality: 1,
      integrity: 2,
      availability: 3,
    });

    const { page, context } = await newPage(ctx.browser, base);
    await signInThroughUi(page, ISM.email, PASSWORD);
    await page.getByTestId('nav-assets').click();
    await expect.poll(() => references(page)).toEqual(['AST-0001', 'AST-0002']);
    expect(await page.getByTestId('asset-row-AST-0002').getByTestId('asset-row-owner').textContent()).toBe('No owner');

    // A new application, through the form: classified confidential, running on the Linux host.
    await page.getByTestId('asset-new').click();
    await page.waitForURL('**/assets/new');
    await page.getByTestId('asset-name-input').fill('Payroll application');
    await choose(page, 'asset-type-input', 'Application');
    await choose(page, 'asset-label-input', 'Confidential');
    await page.getByTestId('asset-description-input').fill('Calculates salaries; holds bank details.');
    await choose(page, 'asset-confidentiality-input', '4 · Very high');
    await choose(page, 'asset-integrity-input', '3 · High');
    await choose(page, 'asset-availability-input', '2 · Medium');
    await page.getByTestId('asset-org-unit-input').fill('Operations');
    await page.getByRole('option', { name: /Operations \(OPS\)/ }).click();
    await page.getByTestId('asset-parent-input').fill('lx-pay');
    await page.getByRole('option', { name: /AST-0001 Linux host/ }).click();
    await page.getByTestId('asset-external-id-input').fill('CI-4711');
    await page.getByTestId('asset-owner-input').fill('Olga');
    await page.getByRole('option', { name: new RegExp(OLGA.name) }).click();
    await page.getByTestId('asset-custodian-input').fill('Seb');
    await page.getByRole('option', { name: new RegExp(SEB.name) }).click();
    await shot(page, 'assets-new');
    await page.getByTestId('asset-create-submit').click();
    await page.getByTestId('asset-header').waitFor();
    expect(await text(page, 'asset-reference')).toBe('AST-0003');
    expect(await text(page, 'asset-label')).toBe('Confidential');
    expect(await text(page, 'asset-owner')).toBe(OLGA.name);
    expect(await text(page, 'asset-custodian')).toBe(SEB.name);
    expect(await text(page, 'asset-parent')).toContain('AST-0001 Linux host lx-pay-01');
    expect(await text(page, 'asset-confidentiality')).toBe('4 · Very high');

    // The Linux host lists it among what runs on it; that link filters the inventory.
    await page.getByTestId('asset-parent-link').click();
    await page.waitForURL(`**/assets/${server.id}`);
    await page.getByTestId('asset-children-all').click();
    await page.waitForURL((u) => u.pathname === '/assets' && u.searchParams.get('parentId') === server.id);
    await expect.poll(() => references(page)).toEqual(['AST-0003']);
    await page.getByTestId('assets-filters-clear').click();
    await expect.poll(() => references(page)).toEqual(['AST-0001', 'AST-0002', 'AST-0003']);

    // Filters live in the URL: confidential ones, then a search.
    await choose(page, 'assets-filter-label', 'Confidential');
    await page.waitForURL((u) => u.searchParams.get('label') === 'confidential');
    await expect.poll(() => references(page)).toEqual(['AST-0003']);
    await page.getByTestId('assets-filters-clear').click();
    await page.getByTestId('assets-search').fill('lx-pay');
    await page.waitForURL((u) => u.searchParams.get('q') === 'lx-pay');
    await expect.poll(() => references(page)).toEqual(['AST-0001']);
    await page.getByTestId('assets-filters-clear').click();
    await page.getByTestId('assets-filter-unowned').click();
    await page.waitForURL((u) => u.searchParams.get('unowned') === 'true');
    await expect.poll(() => references(page)).toEqual(['AST-0002']);
    await page.getByTestId('assets-filters-clear').click();
    await choose(page, 'assets-sort', 'Classification, highest first');
    await expect.poll(() => references(page)).toEqual(['AST-0003', 'AST-0001', 'AST-0002']);
    await shot(page, 'assets-inventory');

    // The type filter, then the row's link opens the asset.
    await choose(page, 'assets-filter-type', 'Application');
    await expect.poll(() => references(page)).toEqual(['AST-0003']);
    await page.getByTestId('asset-row-AST-0003').getByTestId('asset-row-name').click();
    await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
    await page.getByTestId('asset-classification').waitFor();
    await shot(page, 'assets-asset');

    // Its details are edited in place; the Annex A controls that protect it are linked.
    await page.getByTestId('asset-edit').click();
    await page.getByTestId('asset-location-input').fill('Frankfurt data centre, rack 12');
    await shot(page, 'assets-edit-dialog');
    await page.getByTestId('asset-save').click();
    await page.getByTestId('asset-save').waitFor({ state: 'detached' });
    await expect.poll(() => text(page, 'asset-location')).toBe('Frankfurt data centre, rack 12');
    await page.getByTestId('asset-links-edit').click();
    await page.getByTestId('asset-links-controls-input').fill('8.2 ');
    await page.getByRole('option', { name: '8.2 Privileged access rights' }).click();
    await page.keyboard.press('Escape');
    await shot(page, 'assets-links-dialog');
    await page.getByTestId('asset-links-save').click();
    await page.getByTestId('asset-links-save').waitFor({ state: 'detached' });
    await expect.poll(() => text(page, 'asset-control')).toBe('8.2 Privileged access rights');
    await page.getByTestId('asset-change-owner').click();
    await page.getByTestId('asset-owner-reason-input').waitFor();
    await shot(page, 'assets-owner-dialog');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/assets' && u.searchParams.get('type') === 'application');

    // Export the filtered inventory as CSV: only the application.
    await page.getByTestId('assets-export').click();
    const csvItem = page.getByTestId('assets-export-csv');
    await csvItem.waitFor();
    expect(await csvItem.getAttribute('href')).toContain('type=application');
    const [download] = await Promise.all([page.waitForEvent('download'), csvItem.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Reference');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('AST-0003');
    expect(lines[1]).toContain('Payroll application');
    expect(csv).not.toContain('Public website');

    // The same pages in dark mode, and the import page.
    const dark = await newPage(ctx.browser, base, 'dark');
    await signInThroughUi(dark.page, ISM.email, PASSWORD);
    await dark.page.goto('/assets');
    await dark.page.getByTestId('asset-row-AST-0003').waitFor();
    await shot(dark.page, 'assets-inventory-dark');
    await dark.page.getByTestId('asset-row-AST-0003').click();
    await dark.page.getByTestId('asset-classification').waitFor();
    await shot(dark.page, 'assets-asset-dark');
    await dark.page.goto('/assets/new');
    await dark.page.getByTestId('asset-name-input').waitFor();
    await shot(dark.page, 'assets-new-dark');
    await dark.page.goto('/assets/import');
    await dark.page.locator('input[type="file"]').setInputFiles({
      name: 'cmdb.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('external_id,name,type,status,c,i,a,label\nCI-1,Mail server,system,in_use,2,2,9,internal\n'),
    });
    await dark.page.getByTestId('asset-import-preview').click();
    await dark.page.getByTestId('asset-import-errors-count').waitFor();
    await shot(dark.page, 'assets-import-dark');
    await dark.context.close();
    await context.close();
  }, 120_000);
});
