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

describe.skipIf(!hasBrowser)('[TRAIL] the audit trail page', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[TRAIL] admin sees what was just done, filters by action, opens an event and verifies the chain', async () => {
    const api = await apiSession(ctx.server.base, ADMIN.email, ADMIN.password);
    expect(
      (
        await api('/api/settings', {
          method: 'PATCH',
          body: { version: 1, organisationName: 'Acme Trail Co', sessionBanner: 'Authorised use only.' },
        })
      ).status,
    ).toBe(200);
    expect((await api('/api/account/tokens', { method: 'POST', body: { name: 'seeded' } })).status).toBe(201);

    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('nav-trail').click();
    await expect.poll(() => page.getByTestId('trail-row').count()).toBeGreaterThanOrEqual(5);
    const actions = await page.getByTestId('trail-action').allTextContents();
    expect(actions).toEqual(
      expect.arrayContaining(['auth.login', 'settings.updated', 'api_token.created', 'account.created']),
    );

    await page.getByTestId('trail-filter-action').fill('settings.updated');
    await page.getByTestId('trail-apply').click();
    await expect.poll(() => page.getByTestId('trail-row').count()).toBe(1);
    await page.getByTestId('trail-row').first().click();
    await expect.poll(() => page.getByTestId('trail-detail').textContent()).toContain('Acme Trail Co');
    await screenshot(page, 'trail-detail');
    await page.keyboard.press('Escape');

    await page.getByTestId('trail-verify').click();
    await expect.poll(() => page.getByTestId('trail-verify-result').textContent()).toContain('verified');
    await screenshot(page, 'trail-page');
    await context.close();
  });

  it('[TRAIL] the sign-in page shows the notice the admin set', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await page.goto('/login');
    await expect.poll(() => page.getByTestId('session-banner').textContent()).toBe('Authorised use only.');
    await context.close();
  });
});
