import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  attributeOfAll,
  chooseMenuItem,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { assessRisk, createAccount, createOrgUnit, createRisk, PASSWORD, seedLeadership } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tom@acme.example', name: 'Tom Board' };
const ISM = { email: 'iris@acme.example', name: 'Iris Manager' };
const OLGA = { email: 'olga@acme.example', name: 'Olga Operator' };

const HEADER =
  'title,category,org_unit_code,owner_email,inherent_likelihood,inherent_impact,residual_likelihood,residual_impact,treatment,rationale';
const GOOD_ROW = `Backup tapes lost in transit,Operations,OPS,${OLGA.email},3,4,2,2,modify,Tapes travel in locked cases`;
const BAD_ROW = 'Vendor VPN left open,Supplier,NOPE,,,,,,,';
const FIXED_ROW = 'Vendor VPN left open,Supplier,FIN,,,,,,,';

/** The references of the register's rows, top to bottom. */
async function references(page: Page): Promise<string[]> {
  const ids = await attributeOfAll(page.locator('[data-testid^="risk-row-RSK-"]'), 'data-testid');
  return ids.map((id) => String(id).replace('risk-row-', ''));
}

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

/** Chooses a CSV file in the import page's file input. */
const chooseCsv = (page: Page, name: string, lines: string[]) =>
  page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) });

describe.skipIf(!hasBrowser)('[RISKS] the register: heat map, saved views, export and import', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[RISKS] the ISM clicks a heat-map cell to the filtered register, saves and applies a view, exports it as CSV and imports risks after fixing a bad row', async () => {
    const base = ctx.server.base;
    // Five risks seeded by the ISM: two in the residual cell Unlikely × Moderate, one above appetite, one low, one unassessed.
    const { admin, ismApi } = await seedLeadership(base, TM, ISM);
    await createAccount(admin, OLGA);
    const fin = await createOrgUnit(ismApi, 'FIN', 'Finance');
    const ops = await createOrgUnit(ismApi, 'OPS', 'Operations');
    const seeded: [string, string, [number, number, number, number] | null][] = [
      ['Laptop stolen on the train', ops, [4, 4, 2, 3]],
      ['Phishing of payment approvers', fin, [4, 5, 2, 3]],
      ['Ransomware on the file server', ops, [5, 5, 4, 4]],
      ['Supplier portal password reuse', fin, [3, 3, 1, 2]],
      ['Badge cloning at reception', ops, null],
    ];
    for (const [title, orgUnitId, scores] of seeded) {
      const r = await createRisk(ismApi, { title, orgUnitId });
      if (scores) await assessRisk(ismApi, r.id, scores);
    }

    const { page, context } = await newPage(ctx.browser, base);
    await signInThroughUi(page, ISM.email, PASSWORD);
    await page.getByTestId('nav-risks').click();
    await expect.poll(() => text(page, 'risks-total')).toBe('5 risks in the register');

    // The heat map counts each residual cell; the appetite line separates what owners may accept.
    await page.getByTestId('risks-nav-heatmap').click();
    await page.waitForURL('**/risks/heatmap');
    const cell = page.getByTestId('heatmap-residual-grid-cell-2-3');
    await expect.poll(() => cell.getAttribute('data-count')).toBe('2');
    expect(await page.getByTestId('heatmap-residual-grid-cell-4-4').getAttribute('data-count')).toBe('1');
    expect(await page.getByTestId('heatmap-residual-grid-cell-1-2').getAttribute('data-count')).toBe('1');
    expect(await page.getByTestId('heatmap-residual-grid-cell-5-5').getAttribute('data-count')).toBe('0');
    expect(await page.getByTestId('heatmap-inherent-grid-cell-5-5').getAttribute('data-count')).toBe('1');
    expect(await text(page, 'heatmap-residual-total')).toBe('4 risks scored');
    expect(await text(page, 'heatmap-residual-unassessed')).toBe('Not assessed: 1');
    await page.getByTestId('heatmap-residual-grid-appetite-line').waitFor();
    await screenshot(page, 'risks-heatmap');

    // A click on the cell opens the register filtered to its two risks.
    await cell.click();
    await page.waitForURL((u) => u.pathname === '/risks' && u.searchParams.get('cell') === 'residual:2:3');
    await expect.poll(() => text(page, 'risks-total')).toBe('2 risks match these filters');
    expect(await text(page, 'risks-filter-cell')).toBe('Residual: likelihood Unlikely × impact Moderate');
    await expect.poll(() => references(page)).toEqual(['RSK-0001', 'RSK-0002']);
    expect(await page.getByTestId('risk-row-residual').allTextContents()).toEqual(['6 · Medium', '6 · Medium']);

    // Newest first, then saved as a view.
    await page.getByTestId('risks-sort').click();
    await page.getByRole('option', { name: 'Reference, newest first' }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === '-reference');
    await expect.poll(() => references(page)).toEqual(['RSK-0002', 'RSK-0001']);
    await screenshot(page, 'risks-register-heatmap-cell');
    await page.getByTestId('risk-views').click();
    await chooseMenuItem(page, 'risk-view-save-current');
    await page.getByTestId('risk-view-name').fill('Unlikely × moderate, newest first');
    expect(await page.getByRole('dialog').textContent()).toContain('Keeps: cell = residual:2:3, sort = -reference');
    await page.getByTestId('risk-view-save').click();
    await page.getByTestId('risk-view-save').waitFor({ state: 'detached' });

    // Back to the whole register, loaded afresh; the saved view brings the filters and the sort back.
    await page.goto('/risks');
    await expect.poll(() => text(page, 'risks-total')).toBe('5 risks in the register');
    expect(await page.getByTestId('risks-filter-cell').count()).toBe(0);
    await page.getByTestId('risk-views').click();
    const item = page.getByTestId('risk-view-item');
    await item.waitFor();
    expect(await item.textContent()).toContain('Unlikely × moderate, newest first');
    await screenshot(page, 'risks-saved-views-menu');
    await chooseMenuItem(page, 'risk-view-item');
    await page.waitForURL(
      (u) => u.searchParams.get('cell') === 'residual:2:3' && u.searchParams.get('sort') === '-reference',
    );
    await expect.poll(() => text(page, 'risks-total')).toBe('2 risks match these filters');
    await expect.poll(() => references(page)).toEqual(['RSK-0002', 'RSK-0001']);

    // The CSV export carries the same filters: the two rows, nothing else.
    await page.getByTestId('risks-export').click();
    const csvLink = page.getByTestId('risks-export-csv');
    await csvLink.waitFor();
    const href = await csvLink.getAttribute('href');
    expect(href).toContain('format=csv');
    expect(href).toContain('cell=residual%3A2%3A3');
    await page.keyboard.press('Escape');
    const csv = await context.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const body = await csv.text();
    const lines = body.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Reference');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^RSK-0002,Phishing of payment approvers,/);
    expect(lines[2]).toMatch(/^RSK-0001,Laptop stolen on the train,/);
    expect(body).not.toContain('Ransomware');

    // Import: a row naming an unknown org unit is reported by its line, and nothing can be applied.
    await page.getByTestId('risks-import').click();
    await page.waitForURL('**/risks/import');
    await chooseCsv(page, 'old-register.csv', [HEADER, GOOD_ROW, BAD_ROW]);
    await page.getByTestId('risk-import-preview').click();
    const error = page.getByTestId('risk-import-error-line-3');
    await error.waitFor();
    expect(await error.textContent()).toContain('org_unit_code');
    expect(await error.textContent()).toContain('No org unit with code NOPE');
    expect(await text(page, 'risk-import-errors-count')).toBe('1');
    expect(await page.getByTestId('risk-import-error-line-2').count()).toBe(0);
    expect(await page.getByTestId('risk-import-apply').isDisabled()).toBe(true);
    await screenshot(page, 'risks-import-error');

    // The fixed file previews clean and applies.
    await chooseCsv(page, 'old-register-fixed.csv', [HEADER, GOOD_ROW, FIXED_ROW]);
    await page.getByTestId('risk-import-preview').click();
    await expect.poll(() => text(page, 'risk-import-errors-count')).toBe('0');
    expect(await text(page, 'risk-import-rows')).toBe('2');
    expect(await text(page, 'risk-import-assessed')).toBe('1');
    expect(await page.getByTestId('risk-import-errors').count()).toBe(0);
    expect(await text(page, 'risk-import-apply')).toBe('Apply: import 2 risks');
    await page.getByTestId('risk-import-apply').click();
    const done = page.getByTestId('risk-import-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('2 risks created, 1 with an assessment.');
    await screenshot(page, 'risks-import-done');
    await done.getByRole('link', { name: 'Open the register' }).click();
    await page.waitForURL((u) => u.pathname === '/risks' && u.search === '');
    await expect.poll(() => text(page, 'risks-total')).toBe('7 risks in the register');
    const tapes = page.getByTestId('risk-row-RSK-0006');
    expect(await tapes.getByTestId('risk-row-title').textContent()).toBe('Backup tapes lost in transit');
    expect(await tapes.textContent()).toContain(OLGA.name);
    expect(await tapes.getByTestId('risk-row-residual').textContent()).toBe('4 · Low');
    expect(await tapes.getByTestId('risk-row-status').textContent()).toBe('In treatment');
    const vpn = page.getByTestId('risk-row-RSK-0007');
    expect(await vpn.getByTestId('risk-row-title').textContent()).toBe('Vendor VPN left open');
    expect(await vpn.textContent()).toContain('Finance');
    expect(await vpn.getByTestId('risk-row-status').textContent()).toBe('Identified');
    await screenshot(page, 'risks-register-after-import');
    await context.close();
  }, 60_000);
});
