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

describe.skipIf(!hasBrowser)('[IDENTITY] sign-in and sign-out', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[IDENTITY] a wrong password shows an error and keeps the person on the sign-in page', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await page.goto('/login');
    await page.getByTestId('login-email').fill(ADMIN.email);
    await page.getByTestId('login-password').fill('not the password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('problem').textContent()).toContain('Email or password is wrong');
    await screenshot(page, 'login-error');
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  it('[IDENTITY] a deep link asks to sign in, then returns to the page asked for', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await page.goto('/account');
    await page.waitForURL(/\/login\?next=%2Faccount/);
    await page.getByTestId('login-email').fill(ADMIN.email);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/account$/);
    await page.getByTestId('token-create').waitFor();
    await context.close();
  });

  it('[IDENTITY] signing out returns to sign-in and the old cookie no longer works', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    const cookie = (await context.cookies()).find((c) => c.name === 'remit_session');
    expect(cookie?.httpOnly).toBe(true);
    await page.getByTestId('user-menu').click();
    await chooseMenuItem(page, 'logout');
    await page.waitForURL(/\/login/);
    // The sign-in page must stay: a stale cached session would bounce straight back to the overview.
    await page.waitForLoadState('networkidle');
    await page.getByTestId('login-submit').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByTestId('user-menu').count()).toBe(0);
    const res = await fetch(`${ctx.server.base}/api/auth/session`, {
      headers: { cookie: `remit_session=${cookie?.value}` },
    });
    expect(res.status).toBe(401);
    await context.close();
  });

  it('[IDENTITY] the frame works in dark mode and keyboard focus reaches the sign-in form', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base, 'dark');
    await page.goto('/login');
    await page.keyboard.press('Tab');
    const focused = await page.locator(':focus').getAttribute('data-testid');
    expect(['login-email', 'login-password', 'color-scheme']).toContain(focused);
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    await screenshot(page, 'home-admin-dark');
    await context.close();
  });
});
