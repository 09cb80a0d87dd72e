import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { createJobHandlers } from '../job-handlers.js';
import { createJobRunner } from './inbox.jobs.service.js';
import { createMailer } from './inbox.mail.service.js';
import { deliverWebhook, type Resolver } from './inbox.webhooks.delivery.js';

type Hit = { path: string; at: number; headers: http.IncomingHttpHeaders; body: string };
type Behaviour = 'ok' | 'fail' | 'hang' | 'redirect';
type Delivery = {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  error: string | null;
  responseStatus: number | null;
  nextAttemptAt: string | null;
};

/** A receiver on loopback that records every request and answers as told per path. */
async function startReceiver() {
  const hits: Hit[] = [];
  const behaviour: Record<string, Behaviour> = {};
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = req.url ?? '';
      hits.push({ path, at: Date.now(), headers: req.headers, body });
      const b = behaviour[path] ?? 'ok';
      if (b === 'hang') return; // answers never; the connection ends when the sender gives up
      if (b === 'redirect') return res.writeHead(302, { location: '/elsewhere' }).end();
      if (b === 'fail') return res.writeHead(500, { 'content-type': 'text/plain' }).end(`boom ${'x'.repeat(400)}`);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    hits,
    behaviour,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** What a receiver does with the documented recipe: HMAC of "<timestamp>.<raw body>", constant-time compare. */
function receiverAccepts(secret: string, hit: Hit): boolean {
  const ts = String(hit.headers['x-remit-timestamp']);
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${ts}.${hit.body}`).digest('hex')}`);
  const given = Buffer.from(String(hit.headers['x-remit-signature']));
  const fresh = Math.abs(Date.now() / 1000 - Number(ts)) < 300;
  return fresh && given.length === expected.length && timingSafeEqual(given, expected);
}

for (const dialect of DIALECTS) {
  describe(`[INBOX] webhook delivery on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    let rx: Awaited<ReturnType<typeof startReceiver>>;
    let clock: number;
    const now = () => new Date(clock).toISOString();

    beforeAll(async () => {
      rx = await startReceiver();
    });
    afterAll(async () => rx.close());
    beforeEach(async () => {
      rx.hits.length = 0;
      for (const k of Object.keys(rx.behaviour)) delete rx.behaviour[k];
      clock = Date.now() + 60_000;
      t = await createTestApp(dialect, {
        env: {
          REMIT_SECRET_KEY: randomBytes(32).toString('base64'),
          WEBHOOKS_ALLOW_PRIVATE: 'true',
          WEBHOOK_TIMEOUT_MS: '500',
        },
      });
      admin = await signIn(t, buildAccount({ isAdmin: true }));
    });
    afterEach(async () => t.close());

    /** Runs every due job once, on the test clock, as the server's runner would. */
    const runJobs = () =>
      createJobRunner(
        t.deps,
        createJobHandlers(t.deps, {
          mailer: createMailer({ mail: { smtpUrl: null, from: 'x@example.org' } }, createLogger('silent')),
          now,
        }),
        { owner: 'test', leaseSeconds: 30, pollMs: 50, concurrency: 4, now },
      ).runDue();
    const create = async (path: string, events = ['person.left']) => {
      const res = await admin.request('POST', '/api/admin/webhooks', { name: path, url: `${rx.base}${path}`, events });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string; secret: string; version: number }>();
    };
    const sendTest = async (id: string) => {
      const res = await admin.request('POST', `/api/admin/webhooks/${id}/test`);
      expect(res.statusCode, res.body).toBe(202);
      return res.json<{ deliveryId: string }>().deliveryId;
    };
    const log = async (id: string) =>
      (await admin.request('GET', `/api/admin/webhooks/${id}/deliveries`)).json<{ items: Delivery[] }>().items;
    const queuedJobs = () =>
      t.deps.db
        .selectFrom('job')
        .select(['run_at', 'status', 'dedupe_key'])
        .where('type', '=', 'webhook.deliver')
        .where('status', '=', 'queued')
        .execute();

    it('a receiver on loopback verifies the signature, headers and payload of a test event', async () => {
      const hook = await create('/siem');
      const deliveryId = await sendTest(hook.id);
      expect(await runJobs()).toBe(1);
      expect(rx.hits).toHaveLength(1);
      const hit = rx.hits[0]!;
      expect(receiverAccepts(hook.secret, hit)).toBe(true);
      expect(receiverAccepts(`${hook.secret}x`, hit)).toBe(false);
      expect(hit.headers['content-type']).toBe('application/json');
      expect(hit.headers['x-remit-event']).toBe('webhook.test');
      expect(hit.headers['x-remit-delivery']).toBe(deliveryId);
      const body = JSON.parse(hit.body) as Record<string, unknown>;
      expect(body).toMatchObject({
        type: 'webhook.test',
        object: { type: 'webhook', id: hook.id },
        actor: { personId: admin.personId },
      });
      expect(Object.keys(body).sort()).toEqual(['actor', 'changes', 'id', 'object', 'occurredAt', 'type']);
      expect(hit.body).not.toContain(hook.secret);
      expect((await log(hook.id))[0]).toMatchObject({
        id: deliveryId,
        status: 'delivered',
        attempts: 1,
        responseStatus: 204,
        error: null,
        nextAttemptAt: null,
      });
      expect(await runJobs()).toBe(0);
      expect(rx.hits).toHaveLength(1);
    });

    it('a rotated secret signs the next delivery; the old one no longer verifies', async () => {
      const hook = await create('/rotated');
      const rotated = await admin.request('POST', `/api/admin/webhooks/${hook.id}/rotate-secret`, {
        version: hook.version,
      });
      expect(rotated.statusCode, rotated.body).toBe(200);
      const fresh = rotated.json<{ secret: string }>().secret;
      expect(fresh).not.toBe(hook.secret);
      await sendTest(hook.id);
      await runJobs();
      expect(receiverAccepts(fresh, rx.hits[0]!)).toBe(true);
      expect(receiverAccepts(hook.secret, rx.hits[0]!)).toBe(false);
    });

    it('a receiver answering 500 is retried after 1, 5, 30, 120 and 360 minutes, then the delivery fails', async () => {
      const hook = await create('/fail');
      rx.behaviour['/fail'] = 'fail';
      await sendTest(hook.id);
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 6; attempt += 1) {
        expect(await runJobs()).toBe(1);
        expect(rx.hits).toHaveLength(attempt);
        const [d] = await log(hook.id);
        expect(d).toMatchObject({ attempts: attempt, responseStatus: 500 });
        expect(d?.error).toMatch(/^The receiver answered 500: boom x+$/);
        expect(d?.error?.length).toBeLessThanOrEqual(200);
        const queued = await queuedJobs();
        if (attempt < 6) {
          expect(d?.status).toBe('pending');
          expect(queued).toHaveLength(1);
          expect(queued[0]?.run_at).toBe(d?.nextAttemptAt);
          waits.push((Date.parse(queued[0]!.run_at) - clock) / 60_000);
          // Nothing runs before its time.
          clock = Date.parse(queued[0]!.run_at) - 1_000;
          expect(await runJobs()).toBe(0);
          clock += 1_000;
        } else {
          expect(d).toMatchObject({ status: 'failed', nextAttemptAt: null });
          expect(queued).toHaveLength(0);
        }
      }
      expect(waits).toEqual([1, 5, 30, 120, 360]);
      expect(new Set(rx.hits.map((h) => h.headers['x-remit-delivery'])).size).toBe(1);
    });

    it('connection refused is recorded and retried; a later success delivers the same delivery', async () => {
      const closed = http.createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((r) => closed.close(r));
      const res = await admin.request('POST', '/api/admin/webhooks', {
        name: 'gone',
        url: `http://127.0.0.1:${port}/x`,
        events: ['person.left'],
      });
      const hook = res.json<{ id: string; version: number }>();
      await sendTest(hook.id);
      await runJobs();
      const [d] = await log(hook.id);
      expect(d).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
      expect(d?.error).toContain('ECONNREFUSED');
      // The receiver comes back at another address; the retry goes there.
      const moved = await admin.request('PATCH', `/api/admin/webhooks/${hook.id}`, {
        version: hook.version,
        url: `${rx.base}/back`,
      });
      expect(moved.statusCode, moved.body).toBe(200);
      clock += 60_000;
      await runJobs();
      const mine = rx.hits.filter((h) => h.path === '/back');
      expect(mine.map((h) => h.headers['x-remit-delivery'])).toEqual([d?.id]);
      expect((await log(hook.id)).find((x) => x.id === d?.id)).toMatchObject({ status: 'delivered', attempts: 2 });
    });

    it('a receiver that never answers times out without holding up another webhook', async () => {
      const slow = await create('/hang');
      const fine = await create('/fine');
      rx.behaviour['/hang'] = 'hang';
      await sendTest(slow.id);
      await sendTest(fine.id);
      const started = Date.now();
      await runJobs();
      const fineHit = rx.hits.find((h) => h.path === '/fine');
      expect(fineHit).toBeDefined();
      // The fine receiver was reached while the slow one was still being waited for.
      expect(fineHit!.at - started).toBeLessThan(500);
      expect((await log(fine.id))[0]).toMatchObject({ status: 'delivered' });
      expect((await log(slow.id))[0]).toMatchObject({ status: 'pending', error: 'No answer within 500 ms' });
    });

    it('redirects are not followed; an inactive webhook sends nothing', async () => {
      const moving = await create('/redirect');
      rx.behaviour['/redirect'] = 'redirect';
      await sendTest(moving.id);
      await runJobs();
      expect(rx.hits.map((h) => h.path)).toEqual(['/redirect']);
      expect((await log(moving.id))[0]).toMatchObject({ status: 'pending', responseStatus: 302 });

      const paused = await create('/paused');
      await sendTest(paused.id);
      const off = await admin.request('PATCH', `/api/admin/webhooks/${paused.id}`, {
        version: paused.version,
        active: false,
      });
      expect(off.statusCode, off.body).toBe(200);
      await runJobs();
      expect(rx.hits.some((h) => h.path === '/paused')).toBe(false);
      expect((await log(paused.id))[0]).toMatchObject({ status: 'failed', attempts: 0 });
      expect((await admin.request('POST', `/api/admin/webhooks/${paused.id}/test`)).statusCode).toBe(409);
    });

    it('without WEBHOOKS_ALLOW_PRIVATE a name resolving to a private address gets nothing, also after rebinding', async () => {
      const hook = await create('/rebound');
      const deliveryId = await sendTest(hook.id);
      // Pretend the stored URL names a public host whose DNS now answers with loopback.
      await t.deps.db
        .updateTable('webhook')
        .set({ url: `https://hooks.example.test:${new URL(rx.base).port}/rebound` })
        .where('id', '=', hook.id)
        .execute();
      const asked: string[] = [];
      const resolve: Resolver = async (host) => {
        asked.push(host);
        return [{ address: '127.0.0.1', family: 4 }];
      };
      const strict = { ...t.deps.config, webhooks: { allowPrivate: false, timeoutMs: 500 } };
      await deliverWebhook({ ...t.deps, config: strict, resolve, now }, { deliveryId });
      expect(asked).toEqual(['hooks.example.test']);
      expect(rx.hits).toHaveLength(0);
      const [d] = await log(hook.id);
      expect(d).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
      expect(d?.error).toBe('hooks.example.test resolves to a private or local address (127.0.0.1)');

      for (const address of ['169.254.169.254', '::1', '::ffff:10.0.0.1', 'fd00::5']) {
        await t.deps.db
          .updateTable('webhook_delivery')
          .set({ status: 'pending' })
          .where('id', '=', deliveryId)
          .execute();
        const family = address.includes(':') ? 6 : 4;
        await deliverWebhook(
          { ...t.deps, config: strict, resolve: async () => [{ address, family }], now },
          { deliveryId },
        );
        expect((await log(hook.id))[0]?.error, address).toContain(`private or local address (${address})`);
      }
      expect(rx.hits).toHaveLength(0);
    });

    it('a URL that became unacceptable (plain http once private targets are off) fails at once', async () => {
      const hook = await create('/plain');
      const deliveryId = await sendTest(hook.id);
      const strict = { ...t.deps.config, webhooks: { allowPrivate: false, timeoutMs: 500 } };
      await deliverWebhook({ ...t.deps, config: strict, now }, { deliveryId });
      expect(rx.hits).toHaveLength(0);
      expect((await log(hook.id))[0]).toMatchObject({ status: 'failed', error: 'Use an https URL' });
    });
  });
}
