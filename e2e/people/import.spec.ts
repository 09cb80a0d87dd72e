import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apiSession,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { ADMIN, ADMIN_ENV } from '../fixtures/server.ts';

const HEADER =
  'employee_id,full_name,email,job_title,org_unit_code,org_unit_name,parent_org_unit_code,manager_employee_id,status,start_date,leave_date';
const GOOD = [
  HEADER,
  'H001,Hedy Lamarr,hedy@acme.example,Chief Executive Officer,ACME,Acme Group,,,active,2012-03-01,',
  'H002,Alan Turing,alan@acme.example,Chief Technology Officer,ENG,Engineering,ACME,H001,active,2014-06-23,',
  'H003,Grace Brewster,grace.b@acme.example,Staff Engineer,ENG-PLAT,Platform,ENG,H002,active,2016-12-09,',
  'H004,Katherine Johnson,katherine@acme.example,Data Engineer,ENG-PLAT,Platform,ENG,H003,active,2018-08-26,',
  'H005,Claude Shannon,claude@acme.example,Security Analyst,SEC,Information Security,ACME,H001,active,2019-04-30,',
];
// Line 4 has an email that is not one, line 6 a start date that does not exist.
const BAD = [...GOOD];
BAD[3] = 'H003,Grace Brewster,grace.b-at-acme.example,Staff Engineer,ENG-PLAT,Platform,ENG,H002,active,2016-12-09,';
BAD[5] =
  'H005,Claude Shannon,claude@acme.example,Security Analyst,SEC,Information Security,ACME,H001,active,2019-02-30,';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-e2e-import-'));
const write = (name: string, lines: string[]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

describe.skipIf(!hasBrowser)('[PEOPLE] people, org units and the HR import', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[PEOPLE] import with a bad row applies nothing', async () => {
    const api = await apiSession(ctx.server.base, ADMIN.email, ADMIN.password);
    const peopleCount = async () =>
      ((await (await api('/api/people?limit=200')).json()) as { items: unknown[] }).items.length;
    const before = await peopleCount();

    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('nav-import-people').click();
    await page.locator('input[type="file"]').setInputFiles(write('hr-bad.csv', BAD));
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-errors').waitFor();
    expect(await page.getByTestId('import-error-line-4').textContent()).toContain('email');
    expect(await page.getByTestId('import-error-line-6').textContent()).toContain('start_date');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await page.getByTestId('import-blocked').waitFor();
    await screenshot(page, 'people-import-errors');
    expect(await peopleCount()).toBe(before);

    // Fix the file, preview again, apply, and see the people.
    await page.locator('input[type="file"]').setInputFiles(write('hr-good.csv', GOOD));
    await page.getByTestId('import-preview').click();
    await expect.poll(() => page.getByTestId('import-count-created').textContent()).toBe('5');
    expect(await page.getByTestId('import-count-units').textContent()).toBe('4');
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    await page.getByTestId('import-created').waitFor();
    await screenshot(page, 'people-import-preview');
    expect(await peopleCount()).toBe(before);
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-applied').waitFor();
    await screenshot(page, 'people-import-applied');
    expect(await peopleCount()).toBe(before + 5);

    await page.getByTestId('nav-people').click();
    await page.getByTestId('person-row-katherine@acme.example').waitFor();
    await page.getByTestId('people-search').fill('H00');
    await expect.poll(() => page.locator('[data-testid^="person-row-"]').count()).toBe(5);
    await page.getByTestId('people-search').fill('');
    await expect.poll(() => page.locator('[data-testid^="person-row-"]').count()).toBe(before + 5);
    await screenshot(page, 'people-list');

    await page.getByTestId('nav-org-units').click();
    await page.getByTestId('unit-ENG-PLAT').waitFor();
    expect(await page.getByTestId('unit-ENG-PLAT').getByTestId('unit-people').textContent()).toBe('2');
    await screenshot(page, 'org-units');
    // Create a unit under Engineering, then move it to the top of the company.
    await page.getByTestId('unit-ENG').getByTestId('unit-add-child').click();
    await page.getByTestId('unit-name').fill('Research');
    await page.getByTestId('unit-code').fill('RND');
    await page.getByTestId('unit-submit').click();
    await page.getByTestId('unit-RND').waitFor();
    await page.getByTestId('unit-RND').getByTestId('unit-edit').click();
    await page.getByTestId('unit-parent').fill('Acme Group (ACME)');
    await page.getByRole('option', { name: 'Acme Group (ACME)' }).click();
    await screenshot(page, 'org-unit-move');
    await page.getByTestId('unit-submit').click();
    await expect
      .poll(async () => (await (await api('/api/org-units?q=RND')).json()) as { items: { parent: { code: string } }[] })
      .toMatchObject({ items: [{ parent: { code: 'ACME' } }] });

    // Importing the same file again changes nothing.
    await page.getByTestId('nav-import-people').click();
    await page.locator('input[type="file"]').setInputFiles(write('hr-good-again.csv', GOOD));
    await page.getByTestId('import-preview').click();
    await expect.poll(() => page.getByTestId('import-count-unchanged').textContent()).toBe('5');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await context.close();
  });

  it('[PEOPLE] edit a person and mark them a leaver', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('nav-people').click();
    await page.getByTestId('person-row-alan@acme.example').click();
    await page.getByTestId('direct-reports').waitFor();
    expect(await page.getByTestId('person-manager').textContent()).toBe('Hedy Lamarr');
    await screenshot(page, 'person-page');

    await page.getByTestId('person-edit').click();
    await page.getByTestId('person-form-job-title').fill('Chief Scientist');
    await page.getByTestId('person-form-submit').click();
    await expect.poll(() => page.getByTestId('person-job-title').textContent()).toBe('Chief Scientist');

    // A manager loop is refused next to the field.
    await page.goto('/people');
    await page.getByTestId('person-row-hedy@acme.example').click();
    await page.getByTestId('person-edit').click();
    await page.getByTestId('person-form-manager').fill('Katherine');
    await page.getByRole('option', { name: /Katherine Johnson/ }).click();
    await page.getByTestId('person-form-submit').click();
    await page.getByText('Would make a reporting-line loop').waitFor();
    await screenshot(page, 'person-edit-loop');
    await page.keyboard.press('Escape');

    await page.goto('/people');
    await page.getByTestId('person-row-claude@acme.example').click();
    await page.getByTestId('person-mark-leaver').click();
    await page.getByTestId('leaver-confirm').waitFor();
    await screenshot(page, 'person-leaver-confirm');
    await page.getByTestId('leaver-confirm').click();
    await page.getByTestId('person-leaver-banner').waitFor();
    expect(await page.getByTestId('person-status').first().textContent()).toBe('Leaver');
    await screenshot(page, 'person-leaver');

    // The handover was opened in the same change.
    const api = await apiSession(ctx.server.base, ADMIN.email, ADMIN.password);
    const leavers = (await (await api('/api/people?status=leaver')).json()) as { items: { email: string }[] };
    expect(leavers.items.map((p) => p.email)).toEqual(['claude@acme.example']);
    const trail = (await (await api('/api/trail?action=handover.opened')).json()) as { items: unknown[] };
    expect(trail.items).toHaveLength(1);
    await context.close();
  });
});
