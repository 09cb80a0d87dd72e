import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { verifyChain } from '../trail/trail.service.js';
import { bootstrap } from './identity.setup.service.js';

const form = (token: string) => ({
  token,
  organisationName: 'Acme Ltd',
  fullName: 'Ada Admin',
  email: 'ada@acme.example',
  password: 'a long enough password',
  loadDemo: false,
});

for (const dialect of DIALECTS) {
  describe(`[IDENTITY] first start on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(dialect);
    });
    afterEach(async () => t.close());

    it('without env admin, prints a one-time setup URL that creates the organisation and signs in', async () => {
      const outcome = await bootstrap(t.deps);
      expect(outcome.kind).toBe('setup_required');
      const token =
        outcome.kind === 'setup_required' ? (new URL(outcome.setupUrl).searchParams.get('token') ?? '') : '';
      expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toMatchObject({ needsSetup: true });

      const wrong = await t.app.inject({ method: 'POST', url: '/api/setup', payload: form('x'.repeat(43)) });
      expect(wrong.statusCode).toBe(403);

      const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: form(token) });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        organisationName: 'Acme Ltd',
        account: { email: 'ada@acme.example', isAdmin: true },
        permissions: { manageAccounts: true },
      });
      expect(res.cookies.find((c) => c.name === 'remit_session')).toBeDefined();
      expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toMatchObject({
        needsSetup: false,
        organisationName: 'Acme Ltd',
      });

      const again = await t.app.inject({ method: 'POST', url: '/api/setup', payload: form(token) });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('setup_closed');
      expect(await bootstrap(t.deps)).toEqual({ kind: 'ready' });
      expect(await verifyChain(t.deps.db)).toMatchObject({ ok: true });
    });

    it('setup can load demo people', async () => {
      const outcome = await bootstrap(t.deps);
      const token =
        outcome.kind === 'setup_required' ? (new URL(outcome.setupUrl).searchParams.get('token') ?? '') : '';
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { ...form(token), loadDemo: true },
      });
      expect(res.statusCode).toBe(200);
      const people = await t.deps.db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(people.n)).toBe(61);
      expect(await verifyChain(t.deps.db)).toMatchObject({ ok: true });
    });

    it('with REMIT_ADMIN_EMAIL and REMIT_ADMIN_PASSWORD, creates that admin once', async () => {
      const env = await createTestApp(dialect, {
        env: { REMIT_ADMIN_EMAIL: 'root@acme.example', REMIT_ADMIN_PASSWORD: 'a long enough password' },
      });
      try {
        expect(await bootstrap(env.deps)).toEqual({ kind: 'admin_created', email: 'root@acme.example' });
        expect(await bootstrap(env.deps)).toEqual({ kind: 'ready' });
        const login = await env.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'root@acme.example', password: 'a long enough password' },
        });
        expect(login.json()).toMatchObject({ account: { isAdmin: true } });
      } finally {
        await env.close();
      }
    });
  });
}
