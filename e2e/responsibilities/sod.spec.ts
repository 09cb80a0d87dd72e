import { describe, expect, it } from 'vitest';
import {
  apiSession,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { assign, createAccount, PASSWORD } from '../fixtures/seed.ts';
import { ADMIN, ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tess@acme.example', name: 'Tess Leader' };
const ISM = { email: 'ines@acme.example', name: 'Ines Manager' };
const AUDITOR = { email: 'audrey@acme.example', name: 'Audrey Both' };

describe.skipIf(!hasBrowser)('[RESPONSIBILITIES] segregation of duties', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[RESPONSIBILITIES] SoD exception requested by the ISM and approved by top management', async () => {
    // Admin appoints Top Management (vacant), Top Management the ISM; the ISM makes one person
    // both internal auditor and system administrator for the whole ISMS: a standing SOD-01 conflict.
    const admin = await apiSession(ctx.server.base, ADMIN.email, ADMIN.password);
    const tmId = await createAccount(admin, TM);
    const ismId = await createAccount(admin, ISM);
    const auditorId = await createAccount(admin, AUDITOR);
    await assign(admin, tmId, 'top_management');
    await assign(await apiSession(ctx.server.base, TM.email, PASSWORD), ismId, 'isms_manager');
    const ismApi = await apiSession(ctx.server.base, ISM.email, PASSWORD);
    await assign(ismApi, auditorId, 'internal_auditor');
    await assign(ismApi, auditorId, 'sysadmin');

    const ism = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.getByTestId('nav-sod').click();
    const row = ism.page.getByTestId('sod-conflict-row');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Audrey Both');
    expect(await row.getByTestId('sod-conflict-status').textContent()).toBe('Open');
    await screenshot(ism.page, 'sod-conflicts-open');
    await ism.page.getByTestId('sod-tab-rules').click();
    await ism.page.getByTestId('sod-rule-SOD-07').waitFor();
    await screenshot(ism.page, 'sod-rules');
    await ism.page.getByTestId('sod-tab-conflicts').click();

    await row.getByTestId('sod-conflict-request').click();
    await ism.page.getByTestId('sodx-justification').fill('Audrey is our only auditor and runs the servers');
    await ism.page.getByTestId('sodx-control').fill('Tess reviews the admin logs every month');
    expect(await ism.page.getByTestId('sodx-person').inputValue()).toBe('Audrey Both');
    await screenshot(ism.page, 'sod-request-form');
    await ism.page.getByTestId('sodx-submit').click();
    await ism.page.getByTestId('sodx-submit').waitFor({ state: 'detached' });

    await ism.page.getByTestId('sod-tab-exceptions').click();
    const requested = ism.page.getByTestId('sodx-row-SODX-0001');
    await requested.waitFor();
    expect(await requested.getByTestId('sodx-status').textContent()).toBe('Awaiting decision');
    expect(await requested.getByTestId('sodx-approve').count()).toBe(0);
    await screenshot(ism.page, 'sod-exception-requested');

    const tm = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(tm.page, TM.email, PASSWORD);
    await tm.page.getByTestId('nav-sod').click();
    await tm.page.getByTestId('sod-tab-exceptions').click();
    const pending = tm.page.getByTestId('sodx-row-SODX-0001');
    await pending.getByTestId('sodx-approve').click();
    await tm.page.getByTestId('sodx-note').fill('Accepted until a second auditor joins');
    await screenshot(tm.page, 'sod-approve-confirm');
    await tm.page.getByTestId('sodx-confirm').click();
    await expect.poll(() => pending.getByTestId('sodx-status').textContent()).toBe('In force');
    expect(await pending.textContent()).toContain('expires in');
    expect(await pending.getByTestId('sodx-approve').count()).toBe(0);
    await screenshot(tm.page, 'sod-exception-approved');

    await ism.page.getByTestId('sod-tab-conflicts').click();
    await expect.poll(() => ism.page.getByTestId('sod-conflict-status').textContent()).toBe('Excepted');
    expect(await ism.page.getByTestId('sod-conflict-until').textContent()).toMatch(/^until .+ \(SODX-0001\)$/);
    await screenshot(ism.page, 'sod-conflict-excepted');

    const trail = (await (await ismApi('/api/trail?objectType=sod_exception')).json()) as {
      items: { action: string; authorizedAs: string }[];
    };
    expect(trail.items.map((e) => [e.action, e.authorizedAs])).toEqual([
      ['sod.exception.approved', 'role:top_management'],
      ['sod.exception.requested', 'role:isms_manager'],
    ]);
    await ism.context.close();
    await tm.context.close();
  });
});
