import { describe, expect, it } from 'vitest';
import {
  chooseMenuItem,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { ADMIN, ADMIN_ENV } from '../fixtures/server.ts';

const USER = { email: 'grace@acme.example', password: 'another long password', name: 'Grace Hopper' };

describe.skipIf(!hasBrowser)('[ADMIN] user accounts', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[ADMIN] admin creates an account; the new person sees no admin pages; disabling it signs them out', async () => {
    const admin = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(admin.page, ADMIN.email, ADMIN.password);
    await admin.page.getByTestId('nav-accounts').click();
    await admin.page.getByTestId('account-create').click();
    await admin.page.getByTestId('account-name').fill(USER.name);
    await admin.page.getByTestId('account-email').fill(USER.email);
    await admin.page.getByTestId('account-password').fill('short');
    await admin.page.getByTestId('account-submit').click();
    await expect.poll(() => admin.page.getByText('Use at least 12 characters').count()).toBe(1);
    await admin.page.getByTestId('account-password').fill(USER.password);
    await admin.page.getByTestId('account-submit').click();
    await admin.page.getByTestId(`account-row-${USER.email}`).waitFor();
    await screenshot(admin.page, 'accounts-page');

    const user = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(user.page, USER.email, USER.password);
    await user.page.getByTestId('no-isms-roles').waitFor();
    expect(await user.page.getByTestId('nav-accounts').count()).toBe(0);
    expect(await user.page.getByTestId('nav-trail').count()).toBe(0);
    await screenshot(user.page, 'home-employee');
    await user.page.goto('/admin/accounts');
    await user.page.getByTestId('not-allowed').waitFor();

    await admin.page.getByTestId(`account-row-${USER.email}`).getByTestId('account-actions').click();
    await chooseMenuItem(admin.page, 'account-disable');
    await expect
      .poll(() => admin.page.getByTestId(`account-row-${USER.email}`).getByTestId('account-status').textContent())
      .toBe('Disabled');

    const cookie = (await user.context.cookies()).find((c) => c.name === 'remit_session');
    const res = await fetch(`${ctx.server.base}/api/auth/session`, {
      headers: { cookie: `remit_session=${cookie?.value}` },
    });
    expect(res.status).toBe(401);
    await user.page.getByTestId('nav-account').click();
    await user.page.waitForURL(/\/login/);
    await admin.context.close();
    await user.context.close();
  });

  it('[ADMIN] the accounts list searches on the server', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    await page.goto('/admin/accounts');
    await page.getByTestId('account-search').fill('grace');
    await expect.poll(() => page.locator('[data-testid^="account-row-"]').count()).toBe(1);
    await context.close();
  });
});
