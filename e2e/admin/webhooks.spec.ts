import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, newPage, screenshot, signInThroughUi, useServerAndBrowser } from '../fixtures/browser.ts';
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

describe.skipIf(!hasBrowser)('[ADMIN] webhooks', () => {
  beforeAll(() => new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r)));
  afterAll(() => new Promise((r) => receiver.close(r)));
  const ctx = useServerAndBrowser({ ...ADMIN_ENV, WEBHOOKS_ALLOW_PRIVATE: 'true', JOBS_POLL_MS: '200' });

  it('[ADMIN] admin adds a webhook, sends a test and sees it delivered, signed', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/remit`;
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('nav-webhooks').click();
    await page.getByTestId('webhook-create').click();
    await page.getByTestId('webhook-name').fill('SIEM');
    await page.getByTestId('webhook-url').fill(url);
    await page.getByTestId('webhook-events').fill('assignment.*, person.left');
    await page.getByTestId('webhook-submit').click();
    const secret = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_/);
    await screenshot(page, 'webhook-secret-once');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('webhook-row-SIEM').getByTestId('webhook-test').click();
    await expect.poll(() => hits.length, { timeout: 15_000 }).toBe(1);
    const hit = hits[0]!;
    const ts = String(hit.headers['x-remit-timestamp']);
    const expected = `v1=${createHmac('sha256', secret).update(`${ts}.${hit.body}`).digest('hex')}`;
    expect(hit.headers['x-remit-signature']).toBe(expected);
    expect(JSON.parse(hit.body)).toMatchObject({ type: 'webhook.test' });
    await page.getByTestId('webhook-row-SIEM').getByTestId('webhook-log').click();
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return page.getByTestId('webhook-delivery-status').first().textContent();
      })
      .toBe('delivered');
    await screenshot(page, 'webhook-deliveries');
    await context.close();
  });
});
