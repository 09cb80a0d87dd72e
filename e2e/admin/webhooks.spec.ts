import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseMenuItem,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { ADMIN, ADMIN_ENV } from '../fixtures/server.ts';

type Hit = { headers: http.IncomingHttpHeaders; body: string };
const hits: Hit[] = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    hits.push({ headers: req.headers, body });
    res.writeHead(204).end();
  });
});

/** What the receiver does: HMAC-SHA256 of "<timestamp>.<raw body>" with the secret, compared in constant time. */
function verifies(secret: string, hit: Hit): boolean {
  const expected = Buffer.from(
    `v1=${createHmac('sha256', secret)
      .update(`${String(hit.headers['x-remit-timestamp'])}.${hit.body}`)
      .digest('hex')}`,
  );
  const given = Buffer.from(String(hit.headers['x-remit-signature']));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe.skipIf(!hasBrowser)('[ADMIN] webhooks', () => {
  beforeAll(() => new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r)));
  afterAll(() => {
    receiver.closeAllConnections();
    return new Promise((r) => receiver.close(r));
  });
  const ctx = useServerAndBrowser({ ...ADMIN_ENV, WEBHOOKS_ALLOW_PRIVATE: 'true', JOBS_POLL_MS: '200' });

  it('[ADMIN] admin adds a webhook, sends a test and sees it delivered', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/remit`;
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('nav-webhooks').click();
    await page.getByText('No webhooks yet').waitFor();

    await page.getByTestId('webhook-create').click();
    await page.getByTestId('webhook-name').fill('SIEM');
    await page.getByTestId('webhook-url').fill(url);
    const events = page.getByTestId('webhook-events');
    await events.click();
    await events.press('Backspace'); // drops the default `*`
    await events.fill('assignment.*');
    await events.press('Enter');
    await events.fill('webhook.*');
    await events.press('Enter');
    await page.getByTestId('webhook-name').click(); // closes the suggestions
    await page.getByTestId('webhook-submit').click();
    const secret = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'webhook-secret-once');
    await page.getByTestId('webhook-secret-done').click();

    const row = page.getByTestId('webhook-row-SIEM');
    await row.waitFor();
    expect(await row.textContent()).not.toContain(secret);
    expect(await row.textContent()).toContain(`…${secret.slice(-4)}`);
    await row.getByTestId('webhook-test').click();
    await expect
      .poll(() => hits.filter((h) => h.headers['x-remit-event'] === 'webhook.test').length, { timeout: 15_000 })
      .toBe(1);
    const hit = hits.find((h) => h.headers['x-remit-event'] === 'webhook.test')!;
    expect(verifies(secret, hit)).toBe(true);
    expect(JSON.parse(hit.body)).toMatchObject({ type: 'webhook.test', object: { type: 'webhook' } });

    await row.getByTestId('webhook-log').click();
    await expect
      .poll(
        async () => {
          await page.getByTestId('webhook-log-refresh').click();
          return page.getByTestId('webhook-delivery-status').first().getAttribute('data-status');
        },
        { timeout: 15_000 },
      )
      .toBe('delivered');
    await screenshot(page, 'webhook-deliveries');
    await page.keyboard.press('Escape');
    await expect.poll(() => row.getByTestId('webhook-last-status').getAttribute('data-status')).toBe('delivered');
    await screenshot(page, 'webhooks-list');

    // Rotating shows a new secret once; the next request is signed with it.
    await row.getByTestId('webhook-actions').click();
    await chooseMenuItem(page, 'webhook-rotate');
    await page.getByTestId('confirm').click();
    const rotated = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await page.getByTestId('webhook-secret-done').click();
    await row.getByTestId('webhook-test').click();
    await expect
      .poll(() => hits.filter((h) => h.headers['x-remit-event'] === 'webhook.test').length, { timeout: 15_000 })
      .toBe(2);
    const second = hits.filter((h) => h.headers['x-remit-event'] === 'webhook.test')[1]!;
    expect(verifies(rotated, second)).toBe(true);
    expect(verifies(secret, second)).toBe(false);

    // Edit: pausing it disables the test button.
    await row.getByTestId('webhook-actions').click();
    await chooseMenuItem(page, 'webhook-edit');
    await page.getByTestId('webhook-name').fill('SIEM (paused)');
    const active = page.getByRole('switch', { name: 'Active: send events to this URL' });
    await active.focus();
    await page.keyboard.press('Space');
    expect(await active.isChecked()).toBe(false);
    await screenshot(page, 'webhook-edit');
    await page.getByTestId('webhook-submit').click();
    const paused = page.getByTestId('webhook-row-SIEM (paused)');
    await paused.waitFor();
    await expect.poll(() => paused.getByTestId('webhook-test').isDisabled()).toBe(true);

    // Delete, after confirming.
    await paused.getByTestId('webhook-actions').click();
    await chooseMenuItem(page, 'webhook-delete');
    await page.getByTestId('confirm').click();
    await page.getByText('No webhooks yet').waitFor();
    await context.close();
  });
});
