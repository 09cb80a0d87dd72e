import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { ConfigError } from '../../config.js';
import { secretKeyOf } from '../../core/secret-key.js';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { appendTrail } from '../trail/trail.service.js';
import { webhookTrailHook } from './inbox.webhooks.delivery.js';
import { checkWebhookKey, createWebhookService } from './inbox.webhooks.service.js';

type Hook = { id: string; secret: string; version: number; name: string; secretHint: string };

for (const dialect of DIALECTS) {
  describe(`[INBOX] webhooks on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    let employee: Client;

    beforeEach(async () => {
      t = await createTestApp(dialect, {
        env: { REMIT_SECRET_KEY: randomBytes(32).toString('base64'), WEBHOOKS_ALLOW_PRIVATE: 'true' },
      });
      admin = await signIn(t, buildAccount({ isAdmin: true }));
      employee = await signIn(t, buildAccount());
    });
    afterEach(async () => t.close());

    const create = async (name: string, events: string[], extra: Record<string, unknown> = {}) => {
      const res = await admin.request('POST', '/api/admin/webhooks', {
        name,
        url: `http://127.0.0.1:9/${name}`,
        events,
        ...extra,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<Hook>();
    };
    const deliveriesOf = (webhookId: string) =>
      t.deps.db
        .selectFrom('webhook_delivery')
        .select(['event_id', 'event_type', 'status'])
        .where('webhook_id', '=', webhookId)
        .execute();

    it('a trail event makes exactly one delivery per matching active webhook, and one job each', async () => {
      const all = await create('all', ['*']);
      const prefix = await create('prefix', ['assignment.*']);
      const exact = await create('exact', ['assignment.created', 'assignment.created']);
      const other = await create('other', ['person.left', 'assignments.*']);
      const paused = await create('paused', ['*'], { active: false });

      const boss = await signIn(t, buildAccount({ fullName: 'Bea Boss' }));
      const assigned = await admin.request('POST', '/api/assignments', {
        personId: boss.personId,
        roleKey: 'top_management',
        reason: 'Board',
      });
      expect(assigned.statusCode, assigned.body).toBe(201);
      const event = await t.deps.db
        .selectFrom('trail_event')
        .select(['id', 'action'])
        .where('action', '=', 'assignment.created')
        .executeTakeFirstOrThrow();
      for (const h of [all, prefix, exact]) {
        const mine = (await deliveriesOf(h.id)).filter((d) => d.event_id === event.id);
        expect(mine, h.name).toEqual([{ event_id: event.id, event_type: 'assignment.created', status: 'pending' }]);
      }
      expect(await deliveriesOf(other.id)).toEqual([]);
      expect(await deliveriesOf(paused.id)).toEqual([]);
      // `*` also hears about the webhooks created after it, the sign-in, and so on.
      expect((await deliveriesOf(all.id)).map((d) => d.event_type)).toContain('webhook.created');

      const jobs = await t.deps.db.selectFrom('job').select('payload').where('type', '=', 'webhook.deliver').execute();
      expect(jobs).toHaveLength((await t.deps.db.selectFrom('webhook_delivery').select('id').execute()).length);

      // The same event offered twice (a retried transaction, say) still makes one delivery.
      await t.deps.db.transaction().execute(async (trx) => {
        await webhookTrailHook(trx, {
          id: event.id,
          seq: 0,
          occurredAt: new Date().toISOString(),
          action: 'assignment.created',
          objectType: 'assignment',
          objectId: null,
          actorPersonId: null,
          changes: {},
        });
      });
      expect((await deliveriesOf(exact.id)).filter((d) => d.event_id === event.id)).toHaveLength(1);
    });

    it('an event rolled back with its transaction is never delivered', async () => {
      const hook = await create('rollback', ['thing.*']);
      await expect(
        t.deps.db.transaction().execute(async (trx) => {
          await appendTrail(trx, {
            actor: { kind: 'system', label: 'test' },
            grant: { kind: 'system', label: 'test' },
            action: 'thing.happened',
            objectType: 'thing',
            objectId: null,
          });
          const inside = await trx
            .selectFrom('webhook_delivery')
            .select('id')
            .where('webhook_id', '=', hook.id)
            .execute();
          expect(inside).toHaveLength(1);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await deliveriesOf(hook.id)).toHaveLength(0);
      await t.deps.db.transaction().execute((trx) =>
        appendTrail(trx, {
          actor: { kind: 'system', label: 'test' },
          grant: { kind: 'system', label: 'test' },
          action: 'thing.happened',
          objectType: 'thing',
          objectId: null,
          changes: { n: 1 },
        }),
      );
      expect((await deliveriesOf(hook.id)).map((d) => d.event_type)).toEqual(['thing.happened']);
    });

    it('the secret is shown once, sealed at rest and kept off the trail; every change is on the trail', async () => {
      const hook = await create('sealed', ['*']);
      expect(hook.secret).toMatch(/^whsec_/);
      expect(hook.secretHint).toBe(`…${hook.secret.slice(-4)}`);
      const row = await t.deps.db.selectFrom('webhook').selectAll().where('id', '=', hook.id).executeTakeFirstOrThrow();
      expect(row.secret_enc).not.toContain(hook.secret);
      expect(row.secret_enc).not.toContain(hook.secret.slice(6));
      for (const url of [`/api/admin/webhooks/${hook.id}`, '/api/admin/webhooks']) {
        const res = await admin.request('GET', url);
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain(hook.secret);
        expect(res.body).not.toContain('"secret"');
      }

      const edited = await admin.request('PATCH', `/api/admin/webhooks/${hook.id}`, {
        version: hook.version,
        name: 'Sealed',
        url: 'http://127.0.0.1:9/services/T0/B0/receiver-token',
        events: ['assignment.*'],
      });
      expect(edited.statusCode, edited.body).toBe(200);
      const v2 = edited.json<Hook>().version;
      const stale = await admin.request('PATCH', `/api/admin/webhooks/${hook.id}`, {
        version: hook.version,
        name: 'x',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('version_conflict');
      const same = await admin.request('PATCH', `/api/admin/webhooks/${hook.id}`, { version: v2, name: 'Sealed' });
      expect(same.json<Hook>().version).toBe(v2);
      const rotated = await admin.request('POST', `/api/admin/webhooks/${hook.id}/rotate-secret`, { version: v2 });
      expect(rotated.statusCode, rotated.body).toBe(200);
      const newSecret = rotated.json<Hook>().secret;
      expect(newSecret).not.toBe(hook.secret);
      const afterRotate = await t.deps.db
        .selectFrom('webhook')
        .select('secret_enc')
        .where('id', '=', hook.id)
        .executeTakeFirstOrThrow();
      expect(afterRotate.secret_enc).not.toContain(newSecret);
      expect((await admin.request('DELETE', `/api/admin/webhooks/${hook.id}`)).statusCode).toBe(204);
      expect((await admin.request('GET', `/api/admin/webhooks/${hook.id}`)).statusCode).toBe(404);

      const trail = await t.deps.db
        .selectFrom('trail_event')
        .select(['action', 'changes', 'authorized_as'])
        .where('object_type', '=', 'webhook')
        .orderBy('seq')
        .execute();
      expect(trail.map((e) => e.action)).toEqual([
        'webhook.created',
        'webhook.updated',
        'webhook.secret_rotated',
        'webhook.deleted',
      ]);
      const text = JSON.stringify(trail);
      for (const secret of [hook.secret, newSecret, row.secret_enc, afterRotate.secret_enc])
        expect(text).not.toContain(secret);
      expect(text).not.toContain('receiver-token');
      expect(JSON.parse(trail[1]!.changes)).toMatchObject({
        name: { before: 'sealed', after: 'Sealed' },
        events: { before: ['*'], after: ['assignment.*'] },
      });
      // Deliveries of those events (to `*`) carry no secret either.
      const payloads = await t.deps.db.selectFrom('webhook_delivery').select('payload').execute();
      expect(JSON.stringify(payloads)).not.toContain(hook.secret);
    });

    it('lists webhooks by name a page at a time, with their last delivery', async () => {
      for (const name of ['c', 'a', 'b']) await create(name, ['person.left']);
      const first = (await admin.request('GET', '/api/admin/webhooks?limit=2')).json<{
        items: { name: string; lastDelivery: unknown }[];
        nextCursor: string | null;
      }>();
      expect(first.items.map((w) => w.name)).toEqual(['a', 'b']);
      const rest = (
        await admin.request('GET', `/api/admin/webhooks?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`)
      ).json<{ items: { name: string; id: string }[]; nextCursor: string | null }>();
      expect(rest.items.map((w) => w.name)).toEqual(['c']);
      expect(rest.nextCursor).toBeNull();
      const c = rest.items[0]!;
      await admin.request('POST', `/api/admin/webhooks/${c.id}/test`);
      await admin.request('POST', `/api/admin/webhooks/${c.id}/test`);
      await admin.request('POST', `/api/admin/webhooks/${c.id}/test`);
      const again = (await admin.request('GET', '/api/admin/webhooks')).json<{
        items: { name: string; lastDelivery: { status: string } | null }[];
      }>();
      expect(again.items.map((w) => [w.name, w.lastDelivery?.status ?? null])).toEqual([
        ['a', null],
        ['b', null],
        ['c', 'pending'],
      ]);
      const page = (await admin.request('GET', `/api/admin/webhooks/${c.id}/deliveries?limit=2`)).json<{
        items: { id: string; eventType: string }[];
        nextCursor: string;
      }>();
      expect(page.items).toHaveLength(2);
      const next = (
        await admin.request(
          'GET',
          `/api/admin/webhooks/${c.id}/deliveries?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`,
        )
      ).json<{ items: { id: string }[]; nextCursor: string | null }>();
      expect(next.items).toHaveLength(1);
      expect(next.nextCursor).toBeNull();
      expect(new Set([...page.items, ...next.items].map((d) => d.id)).size).toBe(3);
    });

    it('employees may not see or manage webhooks; nothing is written', async () => {
      const hook = await create('guarded', ['*']);
      const before = await t.deps.db.selectFrom('trail_event').select('seq').execute();
      const logged = (await deliveriesOf(hook.id)).length;
      const calls: [string, string, unknown?][] = [
        ['GET', '/api/admin/webhooks'],
        ['POST', '/api/admin/webhooks', { name: 'x', url: 'https://hooks.example.org/x', events: ['*'] }],
        ['GET', `/api/admin/webhooks/${hook.id}`],
        ['PATCH', `/api/admin/webhooks/${hook.id}`, { version: hook.version, active: false }],
        ['POST', `/api/admin/webhooks/${hook.id}/rotate-secret`, { version: hook.version }],
        ['POST', `/api/admin/webhooks/${hook.id}/test`],
        ['GET', `/api/admin/webhooks/${hook.id}/deliveries`],
        ['DELETE', `/api/admin/webhooks/${hook.id}`],
      ];
      for (const [method, url, body] of calls) {
        const res = await employee.request(method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
      }
      expect(await t.deps.db.selectFrom('trail_event').select('seq').execute()).toHaveLength(before.length);
      expect(await t.deps.db.selectFrom('webhook').select('version').execute()).toEqual([{ version: 1 }]);
      expect(await deliveriesOf(hook.id)).toHaveLength(logged);
    });

    it('bad input is refused with the field named', async () => {
      const bad = await admin.request('POST', '/api/admin/webhooks', {
        name: 'x',
        url: 'ftp://example.org',
        events: ['*'],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('url');
      for (const events of [['DROP TABLE'], [], ['assignment.**']]) {
        const res = await admin.request('POST', '/api/admin/webhooks', {
          name: 'x',
          url: 'http://127.0.0.1:9/',
          events,
        });
        expect(res.statusCode, JSON.stringify(events)).toBe(400);
        expect(JSON.stringify(res.json().errors)).toContain('events');
      }
    });
  });
}

describe('[INBOX] webhook targets when private addresses are not allowed', () => {
  let t: TestApp;
  let admin: Client;
  beforeEach(async () => {
    t = await createTestApp('sqlite', { env: { REMIT_SECRET_KEY: randomBytes(32).toString('base64') } });
    admin = await signIn(t, buildAccount({ isAdmin: true }));
  });
  afterEach(async () => t.close());

  it('refuses loopback, private, link-local, metadata and IPv6 loopback URLs, and plain http', async () => {
    for (const url of [
      'http://127.0.0.1:8080/x',
      'http://hooks.example.org/x',
      'https://127.0.0.1/x',
      'https://10.0.0.1/x',
      'https://192.168.0.10/x',
      'https://169.254.169.254/latest',
      'https://[::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://localhost/x',
    ]) {
      const res = await admin.request('POST', '/api/admin/webhooks', { name: 'x', url, events: ['*'] });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors[0].field, url).toBe('url');
    }
    expect(await t.deps.db.selectFrom('webhook').select('id').execute()).toHaveLength(0);
  });

  it('refuses a host name that resolves to a private address when it is saved', async () => {
    const admins = await t.deps.db
      .selectFrom('account')
      .select(['id', 'person_id', 'email'])
      .where('id', '=', admin.accountId)
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      kind: 'account',
      accountId: admins.id,
      personId: admins.person_id,
      email: admins.email,
      isAdmin: true,
      via: 'session',
    };
    const dns: Record<string, string> = { 'intranet.example.test': '10.0.0.7', 'hooks.example.test': '93.184.216.34' };
    const service = createWebhookService(t.deps, {
      resolve: async (host) => (dns[host] ? [{ address: dns[host], family: 4 }] : []),
    });
    const meta = { requestId: 'test' };
    await expect(
      service.create(
        actor,
        { name: 'x', url: 'https://intranet.example.test/hook', events: ['*'], active: true },
        meta,
      ),
    ).rejects.toMatchObject({ code: 'validation_failed', message: expect.stringContaining('10.0.0.7') });
    const ok = await service.create(
      actor,
      { name: 'x', url: 'https://hooks.example.test/hook', events: ['*'], active: true },
      meta,
    );
    await expect(
      service.update(actor, ok.id, { version: ok.version, url: 'https://intranet.example.test/hook' }, meta),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});

describe('[INBOX] the key that seals webhook secrets', () => {
  it('without REMIT_SECRET_KEY, SQLite keeps a 0600 key file in the data folder and reuses it', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-key-'));
    try {
      const key = secretKeyOf({ secretKey: null, dataDir }, 'sqlite');
      expect(key).toHaveLength(32);
      const file = path.join(dataDir, 'secret.key');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(secretKeyOf({ secretKey: null, dataDir }, 'sqlite').equals(key)).toBe(true);
      expect(() => secretKeyOf({ secretKey: null, dataDir }, 'postgres')).toThrow(/REMIT_SECRET_KEY/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL without REMIT_SECRET_KEY refuses to start only once webhooks exist', async () => {
    const t = await createTestApp('postgres', { env: { REMIT_SECRET_KEY: randomBytes(32).toString('base64') } });
    try {
      await expect(checkWebhookKey(t.deps.db, 'postgres', { secretKey: null })).resolves.toBeUndefined();
      const admin = await signIn(t, buildAccount({ isAdmin: true }));
      const res = await admin.request('POST', '/api/admin/webhooks', {
        name: 'x',
        url: 'https://hooks.example.org/x',
        events: ['*'],
      });
      expect(res.statusCode, res.body).toBe(201);
      const refused = checkWebhookKey(t.deps.db, 'postgres', { secretKey: null });
      await expect(refused).rejects.toBeInstanceOf(ConfigError);
      await expect(checkWebhookKey(t.deps.db, 'postgres', { secretKey: null })).rejects.toThrow(
        /REMIT_SECRET_KEY must be set: 1 webhook/,
      );
      await expect(checkWebhookKey(t.deps.db, 'sqlite', { secretKey: null })).resolves.toBeUndefined();
      await expect(checkWebhookKey(t.deps.db, 'postgres', { secretKey: randomBytes(32) })).resolves.toBeUndefined();
    } finally {
      await t.close();
    }
  });
});
