import { describe, expect, it } from 'vitest';
import {
  apiSession,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { assign, createAccount, PASSWORD, seedLeadership } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tom@acme.example', name: 'Tom Board' };
const ISM = { email: 'isa@acme.example', name: 'Isa Manager' };
const DEPUTY = { email: 'deb@acme.example', name: 'Deb Deputy' };
const LEAVER = { email: 'lars@acme.example', name: 'Lars Leaving' };

describe.skipIf(!hasBrowser)('[INBOX] one inbox of duties', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[INBOX] the ISM sees duties from several areas, soonest first, and a deputy sees them while the ISM is away', async () => {
    const { admin, tmApi, ismApi, ismId } = await seedLeadership(ctx.server.base, TM, ISM);
    const deputyId = await createAccount(admin, DEPUTY);
    const leaverId = await createAccount(admin, LEAVER);
    await assign(tmApi, deputyId, 'isms_manager', { kind: 'deputy' });
    await assign(ismApi, leaverId, 'sysadmin');
    const p = (await (await ismApi(`/api/people/${leaverId}`)).json()) as { version: number };
    expect(
      (await ismApi(`/api/people/${leaverId}`, { method: 'PATCH', body: { version: p.version, status: 'leaver' } }))
        .status,
    ).toBe(200);
    const ex = await ismApi('/api/sod/exceptions', {
      method: 'POST',
      body: {
        ruleId: 'SOD-01',
        personId: deputyId,
        justification: 'Two-person security team',
        compensatingControl: 'The CEO reviews every audit report',
        validFrom: new Date().toISOString(),
        validTo: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      },
    });
    expect(ex.status).toBe(201);

    const ism = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.getByTestId('nav-inbox-badge').waitFor();
    await ism.page.getByTestId('nav-inbox').click();
    await ism.page.getByTestId('duty-responsibilities.handover').waitFor();
    await ism.page.getByTestId('duty-responsibilities.acknowledge').first().waitFor();
    await screenshot(ism.page, 'inbox-ism');
    // The bell tells the ISM about the handover.
    await ism.page.getByTestId('notifications').click();
    await ism.page.getByTestId('notification').filter({ hasText: 'Lars Leaving has left' }).waitFor();
    await screenshot(ism.page, 'notifications-open');
    await ism.page.getByTestId('notification').filter({ hasText: 'Lars Leaving has left' }).click();
    await ism.page.waitForURL(/\/handovers\//);

    // Top Management's inbox has the exception decision.
    const tm = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(tm.page, TM.email, PASSWORD);
    await tm.page.goto(`${ctx.server.base}/inbox`);
    await tm.page.getByTestId('duty-sod.exception.decide').waitFor();
    // Two areas in one list: the decision, and Top Management's own role to acknowledge.
    await tm.page.getByTestId('duty-responsibilities.acknowledge').first().waitFor();
    expect(await tm.page.getByTestId('duty-sod.exception.decide').textContent()).toContain('Segregation of duties');
    await screenshot(tm.page, 'inbox-top-management');
    await tm.context.close();

    // The ISM goes on leave: the deputy now sees the handover, marked as standing in.
    await ism.page.getByTestId('nav-my-responsibilities').click();
    const today = new Date();
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    await ism.page.getByTestId('absence-card').getByLabel('From').fill(iso(today));
    await ism.page
      .getByTestId('absence-card')
      .getByLabel('Back on')
      .fill(iso(new Date(today.getTime() + 14 * 86_400_000)));
    await ism.page.getByTestId('absence-save').click();
    await ism.page.getByTestId('absence-current').waitFor();
    await screenshot(ism.page, 'absence-set');
    await ism.context.close();

    const deputy = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(deputy.page, DEPUTY.email, PASSWORD);
    await deputy.page.getByTestId('nav-inbox').click();
    await deputy.page.getByTestId('duty-responsibilities.handover').getByTestId('duty-standing-in').waitFor();
    await screenshot(deputy.page, 'inbox-deputy-standing-in');
    await deputy.context.close();

    const deputyApi = await apiSession(ctx.server.base, DEPUTY.email, PASSWORD);
    expect((await deputyApi('/api/trail')).status).toBe(200);
    expect(ismId).toBeTruthy();
  });
});
