import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { createJobHandlers } from '../job-handlers.js';
import { createJobRunner } from './inbox.jobs.service.js';
import { createMailer } from './inbox.mail.service.js';
import {
  decryptSecret,
  encryptSecret,
  eventMatches,
  isPrivateAddress,
  signPayload,
  urlProblem,
} from './inbox.webhooks.rules.js';

type Received = { path: string; headers: http.IncomingHttpHeaders; body: string };

describe('[INBOX] webhook rules', () => {
  it('matches exact types, prefixes and everything', () => {
    expect(eventMatches(['assignment.*'], 'assignment.created')).toBe(true);
    expect(eventMatches(['assignment.*'], 'assignments.created')).toBe(false);
    expect(eventMatches(['person.left'], 'person.left')).toBe(true);
    expect(eventMatches(['person.left'], 'person.updated')).toBe(false);
    expect(eventMatches(['*'], 'anything.at.all')).toBe(true);
  });
  it('refuses private, loopback, link-local and metadata targets unless allowed', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['93.184.216.34', '2606:4700::1111']) expect(isPrivateAddress(ip), ip).toBe(false);
    expect(urlProblem('http://example.org/hook', false)).toBe('Use an https URL');
    expect(urlProblem('https://127.0.0.1/hook', false)).toContain('private');
    expect(urlProblem('https://[::1]/hook', false)).toContain('private');
    expect(urlProblem('https://localhost/hook', false)).toContain('private');
    expect(urlProblem('https://user:pw@example.org/hook', false)).toContain('credentials');
    expect(urlProblem('https://hooks.example.org/remit', false)).toBeNull();
    expect(urlProblem('http://127.0.0.1:9/hook', true)).toBeNull();
  });
  it('signs "<timestamp>.<body>" and seals secrets with AES-GCM', () => {
    expect(signPayload('s', 1700000000, '{"a":1}')).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(signPayload('s', 1700000000, '{"a":1}')).not.toBe(signPayload('s', 1700000001, '{"a":1}'));
    const key = randomBytes(32);
    const sealed = encryptSecret(key, 'whsec_abc');
    expect(sealed).not.toContain('whsec_abc');
    expect(decryptSecret(key, sealed)).toBe('whsec_abc');
    expect(() => decryptSecret(randomBytes(32), sealed)).toThrow();
  });
});

for (const dialect of DIALECTS) {
  describe(`[INBOX] webhooks on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    let employee: Client;
    let receiver: http.Server;
    let base: string;
    const received: Received[] = [];
    let mode: Record<string, 'ok' | 'fail' | 'slow'> = {};

    beforeAll(async () => {
      receiver = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          received.push({ path: req.url ?? '', headers: req.headers, body });
          const m = mode[req.url ?? ''] ?? 'ok';
          if (m === 'slow') setTimeout(() => res.writeHead(200).end(), 3_000).unref();
          else res.writeHead(m === 'fail' ? 500 : 204).end();
        });
      });
      await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      receiver.closeAllConnections();
      await new Promise((r) => receiver.close(r));
    });
    beforeEach(async () => {
      received.length = 0;
      mode = {};
      t = await createTestApp(dialect, {
        env: {
          REMIT_SECRET_KEY: randomBytes(32).toString('base64'),
          WEBHOOKS_ALLOW_PRIVATE: 'true',
          WEBHOOK_TIMEOUT_MS: '400',
        },
      });
      admin = await signIn(t, buildAccount({ isAdmin: true }));
      employee = await signIn(t, buildAccount());
    });
    afterEach(async () => t.close());

    const runJobs = async () => {
      const runner = createJobRunner(
        t.deps,
        createJobHandlers(t.deps, {
          mailer: createMailer({ mail: { smtpUrl: null, from: 'x@example.org' } }, createLogger('silent')),
        }),
        { owner: 'test', leaseSeconds: 30, pollMs: 50, concurrency: 4 },
      );
      return runner.runDue();
    };
    const create = async (path: string, events: string[]) => {
      const res = await admin.request('POST', '/api/admin/webhooks', { name: path, url: `${base}${path}`, events });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string; secret: string; version: number }>();
    };
    const deliveries = async (id: string) =>
      (await admin.request('GET', `/api/admin/webhooks/${id}/deliveries`)).json<{
        items: {
          eventType: string;
          status: string;
          attempts: number;
          error: string | null;
          responseStatus: number | null;
        }[];
      }>().items;

    it('delivers matching trail events once, signed; the secret is shown once and sealed at rest', async () => {
      const hook = await create('/assignments', ['assignment.*']);
      const other = await create('/people', ['person.left']);
      expect(hook.secret).toMatch(/^whsec_/);
      const row = await t.deps.db.selectFrom('webhook').selectAll().where('id', '=', hook.id).executeTakeFirstOrThrow();
      expect(row.secret_enc).not.toContain(hook.secret);
      expect((await admin.request('GET', `/api/admin/webhooks/${hook.id}`)).body).not.toContain(hook.secret);
      const trail = await t.deps.db
        .selectFrom('trail_event')
        .select('changes')
        .where('object_type', '=', 'webhook')
        .execute();
      expect(JSON.stringify(trail)).not.toContain(hook.secret);

      const boss = await signIn(t, buildAccount({ fullName: 'Bea Boss' }));
      const assigned = await admin.request('POST', '/api/assignments', {
        personId: boss.personId,
        roleKey: 'top_management',
        reason: 'Board',
      });
      expect(assigned.statusCode, assigned.body).toBe(201);
      expect((await deliveries(hook.id)).map((d) => d.eventType)).toEqual(['assignment.created']);
      expect(await deliveries(other.id)).toEqual([]);

      await runJobs();
      expect(received.map((r) => r.path)).toEqual(['/assignments']);
      const got = received[0]!;
      const ts = Number(got.headers['x-remit-timestamp']);
      expect(got.headers['x-remit-signature']).toBe(signPayload(hook.secret, ts, got.body));
      expect(got.headers['x-remit-event']).toBe('assignment.created');
      const body = JSON.parse(got.body) as { type: string; object: { type: string } };
      expect(body).toMatchObject({ type: 'assignment.created', object: { type: 'assignment' } });
      expect((await deliveries(hook.id))[0]).toMatchObject({ status: 'delivered', attempts: 1, responseStatus: 204 });
      await runJobs();
      expect(received).toHaveLength(1);
    });

    it('a failing receiver is retried later; a slow one times out without holding up another', async () => {
      const failing = await create('/fail', ['person.left']);
      const slow = await create('/slow', ['person.left']);
      const fine = await create('/fine', ['person.left']);
      mode = { '/fail': 'fail', '/slow': 'slow' };
      for (const h of [failing, slow, fine]) {
        const res = await admin.request('POST', `/api/admin/webhooks/${h.id}/test`);
        expect(res.statusCode, res.body).toBe(202);
      }
      const started = Date.now();
      await runJobs();
      expect(Date.now() - started).toBeLessThan(2_500);
      expect((await deliveries(fine.id))[0]).toMatchObject({ status: 'delivered', eventType: 'webhook.test' });
      expect((await deliveries(failing.id))[0]).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500 });
      expect((await deliveries(slow.id))[0]?.error).toContain('No answer within 400 ms');
      const queued = await t.deps.db
        .selectFrom('job')
        .selectAll()
        .where('type', '=', 'webhook.deliver')
        .where('status', '=', 'queued')
        .execute();
      expect(queued.length).toBe(2);
      expect(queued.every((j) => j.run_at > new Date().toISOString())).toBe(true);
    });

    it('employees may not manage webhooks; bad URLs are refused with the field named', async () => {
      expect((await employee.request('GET', '/api/admin/webhooks')).statusCode).toBe(403);
      const bad = await admin.request('POST', '/api/admin/webhooks', {
        name: 'x',
        url: 'ftp://example.org',
        events: ['*'],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('url');
      const badEvent = await admin.request('POST', '/api/admin/webhooks', {
        name: 'x',
        url: `${base}/x`,
        events: ['DROP TABLE'],
      });
      expect(badEvent.statusCode).toBe(400);
    });
  });
}

describe('[INBOX] webhooks without private targets', () => {
  it('refuses loopback and metadata URLs when private targets are not allowed', async () => {
    const t = await createTestApp('sqlite', { env: { REMIT_SECRET_KEY: randomBytes(32).toString('base64') } });
    try {
      const admin = await signIn(t, buildAccount({ isAdmin: true }));
      for (const url of [
        'http://127.0.0.1:8080/x',
        'https://127.0.0.1/x',
        'https://169.254.169.254/latest',
        'https://[::1]/x',
        'https://localhost/x',
      ]) {
        const res = await admin.request('POST', '/api/admin/webhooks', { name: 'x', url, events: ['*'] });
        expect(res.statusCode, url).toBe(400);
      }
    } finally {
      await t.close();
    }
  });
});
