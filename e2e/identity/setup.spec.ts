import { describe, expect, it } from 'vitest';
import { hasBrowser, newPage, screenshot, useServerAndBrowser } from '../fixtures/browser.ts';

describe.skipIf(!hasBrowser)('[IDENTITY] first-start setup', () => {
  const ctx = useServerAndBrowser();

  it('[IDENTITY] sign-in page says setup is pending before anyone sets Remit up', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.getByTestId('setup-pending').waitFor();
    await context.close();
  });

  it('[IDENTITY] first user completes setup from the logged link and lands signed in', async () => {
    expect(ctx.server.setupToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await page.goto(`/setup?token=${ctx.server.setupToken}`);
    await page.getByTestId('setup-org').fill('Acme Assurance Ltd');
    await screenshot(page, 'setup-1-organisation');
    await page.getByTestId('setup-next').click();
    await page.getByTestId('setup-name').fill('Ada Lovelace');
    await page.getByTestId('setup-email').fill('ada@acme.example');
    await page.getByTestId('new-password').fill('correct horse battery staple');
    await page.getByTestId('confirm-password').fill('correct horse battery staple');
    await screenshot(page, 'setup-2-administrator');
    await page.getByTestId('setup-next').click();
    await page.getByTestId('setup-demo').check();
    await screenshot(page, 'setup-3-finish');
    await page.getByTestId('setup-finish').click();
    await page.getByTestId('user-menu').waitFor();
    await expect.poll(() => page.getByTestId('org-name').textContent()).toBe('Acme Assurance Ltd');
    await page.getByTestId('role-admin').waitFor();
    await page.getByTestId('nav-accounts').waitFor();
    await screenshot(page, 'home-admin-light');
    await context.close();

    const dark = await newPage(ctx.browser, ctx.server.base, 'dark');
    await dark.page.goto('/login');
    await screenshot(dark.page, 'login-dark');
    await dark.context.close();
  });

  it('[IDENTITY] reopening the setup link says Remit is already set up', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await page.goto(`/setup?token=${ctx.server.setupToken}`);
    await page.getByTestId('setup-done').waitFor();
    const res = await fetch(`${ctx.server.base}/api/setup`);
    expect(await res.json()).toMatchObject({ needsSetup: false, organisationName: 'Acme Assurance Ltd' });
    await context.close();
  });
});
