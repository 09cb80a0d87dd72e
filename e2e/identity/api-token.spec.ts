import { describe, expect, it } from 'vitest';
import { hasBrowser, newPage, screenshot, signInThroughUi, useServerAndBrowser } from '../fixtures/browser.ts';
import { ADMIN, ADMIN_ENV } from '../fixtures/server.ts';

describe.skipIf(!hasBrowser)('[IDENTITY] personal API tokens', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[IDENTITY] a person creates a token, uses it from a script, and revoking it stops it', async () => {
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('nav-account').click();
    await page.getByTestId('tokens-empty').waitFor();
    await page.getByTestId('token-create').click();
    await page.getByTestId('token-name').fill('nightly export');
    await page.getByText('Read only').click();
    await page.getByTestId('token-submit').click();
    const secret = (await page.getByTestId('token-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^rmt_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'token-created');
    await page.getByTestId('token-done').click();
    await page.getByTestId('token-row-nightly export').waitFor();

    const use = () => fetch(`${ctx.server.base}/api/auth/session`, { headers: { authorization: `Bearer ${secret}` } });
    const ok = await use();
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ account: { email: ADMIN.email }, via: 'token' });
    const write = await fetch(`${ctx.server.base}/api/account/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: '{"name":"x"}',
    });
    expect(write.status).toBe(403);
    await page.reload();
    await expect.poll(() => page.getByTestId('token-row-nightly export').textContent()).not.toContain('—');
    await screenshot(page, 'account-page');

    await page.getByTestId('token-revoke').click();
    await page.getByTestId('token-revoke-confirm').click();
    await expect.poll(() => page.getByTestId('token-row-nightly export').textContent()).toContain('Revoked');
    expect((await use()).status).toBe(401);
    await context.close();
  });
});
