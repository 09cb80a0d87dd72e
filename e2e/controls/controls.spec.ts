import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser, newPage, screenshot, signInThroughUi, useServerAndBrowser } from '../fixtures/browser.ts';
import { createAccount, dayIn, expectJson, PASSWORD, seedLeadership, type Call } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tessa@acme.example', name: 'Tessa Board' };
const ISM = { email: 'ines@acme.example', name: 'Ines Security' };
const SAM = { email: 'sam@acme.example', name: 'Sam Sysadmin' };

type ControlRef = { id: string; reference: string; version: number };

/** A control's id and version by its reference (A.8.13), through the register's search. */
async function control(as: Call, reference: string): Promise<ControlRef> {
  const page = await expectJson<{ items: ControlRef[] }>(
    await as(`/api/controls?q=${encodeURIComponent(reference)}&limit=10`),
    200,
    `find ${reference}`,
  );
  const found = page.items.find((c) => c.reference === reference);
  if (!found) throw new Error(`${reference} is not in the register`);
  const full = await expectJson<ControlRef>(await as(`/api/controls/${found.id}`), 200, reference);
  return full;
}

const healthScore = async (page: Page): Promise<number> =>
  Number((await page.getByTestId('health-score').first().textContent())?.match(/\d+/)?.[0]);

const cellText = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : v == null
      ? ''
      : JSON.stringify(v);

const SOA_COLUMNS = [
  'Control',
  'Title',
  'Theme',
  'Applicable',
  'Reasons for inclusion',
  'Justification',
  'Implementation status',
  'Owner',
  'Implementers',
  'Linked risks',
  'Evidence',
];

describe.skipIf(!hasBrowser)('[CONTROLS] controls, Statement of Applicability, tasks and evidence', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[CONTROLS] the ISM excludes a control with a justification; a scheduled task is completed with a file by its administrator while a missed occurrence lowers health; the SoA export has the 93 controls', async () => {
    const base = ctx.server.base;
    const { admin, ismApi } = await seedLeadership(base, TM, ISM);
    const samId = await createAccount(admin, SAM);

    // --- The ISM marks A.7.6 not applicable: a justification is required, then it is kept. ---
    const secureAreas = await control(ismApi, 'A.7.6');
    const ism = await newPage(ctx.browser, base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.getByTestId('nav-controls').click();
    // The register pages 50 at a time; the ISM searches for the control.
    await ism.page.getByTestId('control-row-A.5.1').waitFor();
    await ism.page.getByTestId('controls-search').fill('secure areas');
    await expect.poll(() => ism.page.getByTestId('controls-total').textContent()).toMatch(/\b1\b/);
    await ism.page.getByTestId('control-row-A.7.6').getByTestId('control-row-title').click();
    await ism.page.waitForURL(`**/controls/${secureAreas.id}`);
    await ism.page.getByTestId('applicability-button').click();
    const dialog = ism.page.getByTestId('applicability-dialog');
    await dialog.getByTestId('applicability-not-applicable').click();
    await dialog.getByTestId('save-applicability').click();
    // Without a justification the server refuses and the dialog says which field.
    await expect.poll(() => dialog.textContent()).toContain('Justify the exclusion');
    const justification = 'We have no secure areas of our own; servers run in cloud regions operated by our providers.';
    await dialog.getByTestId('justification').fill(justification);
    await dialog.getByTestId('save-applicability').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => ism.page.getByTestId('control-applicability-card').textContent())
      .toContain('Not applicable');
    expect(await ism.page.getByTestId('control-justification').textContent()).toContain(justification);
    await screenshot(ism.page, 'control-not-applicable');

    // --- A.8.13 is implemented by Sam, a System Administrator of that control. ---
    const backup = await control(ismApi, 'A.8.13');
    const decided = await expectJson<ControlRef>(
      await ismApi(`/api/controls/${backup.id}/applicability`, {
        method: 'PUT',
        body: { version: backup.version, applicable: true, reasons: ['risk_treatment'], justification: '' },
      }),
      200,
      'include A.8.13',
    );
    await expectJson(
      await ismApi(`/api/controls/${backup.id}`, {
        method: 'PATCH',
        body: { version: decided.version, status: 'implemented' },
      }),
      200,
      'A.8.13 implemented',
    );
    await expectJson(
      await ismApi(`/api/controls/${backup.id}/implementers`, {
        method: 'POST',
        body: { personId: samId, reason: 'Runs the backup system' },
      }),
      200,
      'Sam implements A.8.13',
    );

    await ism.page.goto(`/controls/${backup.id}`);
    await ism.page.getByTestId('health-score').waitFor();
    const before = await healthScore(ism.page);
    expect(before).toBeGreaterThan(0);

    // The ISM schedules a monthly restore test that started 33 days ago: the first occurrence is
    // past its 7 days of grace (missed), the second is due within the last few days (overdue).
    await ism.page.getByTestId('schedule-task').click();
    const schedule = ism.page.getByTestId('schedule-task-dialog');
    await schedule.getByTestId('task-title').fill('Restore test of backups');
    await schedule.getByTestId('task-instructions').fill('Restore last night’s backup to the test system.');
    await schedule.getByTestId('task-first-due').fill(dayIn(-33));
    await schedule.getByTestId('schedule-task-save').click();
    await schedule.waitFor({ state: 'hidden' });
    // The new task's page lists its occurrences: the first one already missed.
    await ism.page.waitForURL(/\/controls\/tasks\/[0-9a-f-]{36}$/);
    await ism.page.locator('[data-testid^="occurrence-"][data-state="missed"]').first().waitFor();
    await screenshot(ism.page, 'task-scheduled');
    await ism.page.goto(`/controls/${backup.id}`);
    await ism.page.getByTestId('task-row').first().waitFor();
    // The missed occurrence makes the control's health drop, and the page says why.
    await expect.poll(() => healthScore(ism.page)).toBeLessThan(before);
    await ism.page.getByTestId('health-reason-missed_occurrence').waitFor();
    await screenshot(ism.page, 'control-health-missed');

    const tasks = await expectJson<{
      items: { id: string; reference: string; next: { dueDate: string; state: string } }[];
    }>(await ismApi(`/api/control-tasks?controlId=${backup.id}`), 200, 'tasks of A.8.13');
    const task = tasks.items[0]!;
    expect(task.next.state).toBe('overdue');

    // --- Sam finds the duty in the inbox and completes the overdue occurrence with a file. ---
    const sam = await newPage(ctx.browser, base);
    await signInThroughUi(sam.page, SAM.email, PASSWORD);
    await sam.page.getByTestId('nav-inbox').click();
    const duty = sam.page.getByTestId('duty-controls.task');
    await duty.waitFor();
    expect(await duty.textContent()).toContain('Restore test of backups');
    await duty.getByRole('link').first().click();
    await sam.page.waitForURL(`**/controls/tasks/${task.id}`);
    const occurrence = sam.page.getByTestId(`occurrence-${task.next.dueDate}`);
    await occurrence.getByTestId('complete-occurrence').click();
    const complete = sam.page.getByTestId('complete-dialog');
    const log = Buffer.from(`restore ${task.next.dueDate}: 2 databases, 1 file share restored in 14 min\n`);
    await complete.getByTestId('complete-note').fill('Restored into the test system; checksums match.');
    await complete
      .locator('input[type="file"]')
      .setInputFiles({ name: 'restore.log', mimeType: 'text/plain', buffer: log });
    await complete.getByTestId('complete-save').click();
    await complete.waitFor({ state: 'hidden' });
    await expect.poll(() => occurrence.getAttribute('data-state')).toBe('completed');
    // The hash shown is the SHA-256 of the bytes uploaded.
    const sha256 = createHash('sha256').update(log).digest('hex');
    expect(await occurrence.getByTestId('evidence-hash').first().getAttribute('data-hash')).toBe(sha256);
    await screenshot(sam.page, 'task-occurrence-completed');
    // The duty is gone from Sam's inbox.
    await sam.page.getByTestId('nav-inbox').click();
    await sam.page.getByTestId('inbox-table').or(sam.page.getByTestId('inbox-empty')).first().waitFor();
    await expect.poll(() => sam.page.getByTestId('duty-controls.task').count()).toBe(0);

    // The missed occurrence still counts against health; the file is now evidence of the control.
    await ism.page.reload();
    await ism.page.getByTestId('health-reason-missed_occurrence').waitFor();
    await ism.page.getByTestId('control-evidence').getByText('restore.log').first().waitFor();
    expect(await ism.page.getByTestId('health-reason-overdue_occurrence').count()).toBe(0);

    // --- The SoA export, read back: one header row and the 93 Annex A controls. ---
    await ism.page.getByTestId('nav-soa').click();
    await ism.page.getByTestId('soa-status').waitFor();
    const [download] = await Promise.all([
      ism.page.waitForEvent('download'),
      ism.page.getByTestId('soa-export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(SOA_COLUMNS);
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1).map(cellText));
    });
    expect(rows).toHaveLength(93);
    const a76 = rows.find((r) => r[0] === 'A.7.6')!;
    expect(a76[3]).toBe('No');
    expect(a76[5]).toBe(justification);
    const a813 = rows.find((r) => r[0] === 'A.8.13')!;
    expect(a813[3]).toBe('Yes');
    expect(a813[6]).toBe('Implemented');
    expect(a813[8]).toContain(SAM.name);
    expect(rows.filter((r) => r[3] === 'Undecided')).toHaveLength(91);
    await screenshot(ism.page, 'soa');

    // --- Once every control is decided, the ISM approves version 1 and opens it as approved. ---
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: { items: (ControlRef & { applicability: string })[]; nextCursor: string | null } = await expectJson(
        await ismApi(`/api/controls?applicability=undecided&limit=200${cursor ? `&cursor=${cursor}` : ''}`),
        200,
        'undecided controls',
      );
      for (const c of page.items)
        await expectJson(
          await ismApi(`/api/controls/${c.id}/applicability`, {
            method: 'PUT',
            body: {
              version: (await control(ismApi, c.reference)).version,
              applicable: true,
              reasons: ['business_need'],
            },
          }),
          200,
          `include ${c.reference}`,
        );
      cursor = page.nextCursor;
    }
    await ism.page.reload();
    await ism.page.getByTestId('approve-soa').click();
    const approve = ism.page.getByTestId('approve-soa-dialog');
    await approve.getByTestId('approve-soa-note').fill('Annual review 2026');
    await approve.getByTestId('approve-soa-confirm').click();
    await approve.waitFor({ state: 'hidden' });
    await ism.page.getByTestId('soa-version-open-1').click();
    await ism.page.waitForURL('**/soa/versions/1');
    const approved = await expectJson<{ sha256: string }>(await ismApi('/api/soa/versions/1'), 200, 'version 1');
    expect(await ism.page.getByTestId('soa-version-hash').getAttribute('data-hash')).toBe(approved.sha256);
    expect(await ism.page.getByTestId('soa-version-row-A.7.6').textContent()).toContain(justification);
    await screenshot(ism.page, 'soa-version');
    await sam.context.close();
    await ism.context.close();
  });
});
