import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAccount, createTestApp, seedAccount, signIn, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

for (const dialect of DIALECTS) {
  describe(`[IDENTITY] sign-in, sessions and CSRF on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(dialect, { env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' } });
    });
    afterEach(async () => t.close());

    it('signs in, sets an HttpOnly SameSite cookie, and stores only a hash of the token', async () => {
      const input = buildAccount();
      await seedAccount(t.deps, input);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: input.email.toUpperCase(), password: input.password },
      });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'remit_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.secure).toBeFalsy();
      const rows = await t.deps.db.selectFrom('session').select('token_hash').execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.token_hash).not.toContain(cookie?.value ?? 'x');
      expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
      const info = res.json();
      expect(info).toMatchObject({
        account: { email: input.email },
        via: 'session',
        permissions: { manageAccounts: false, readTrail: false },
      });
      expect(info.csrfToken).toEqual(expect.any(String));
    });

    it('marks the cookie Secure when the base URL is https', async () => {
      const secure = await createTestApp(dialect, { env: { REMIT_BASE_URL: 'https://remit.example.org' } });
      try {
        const input = buildAccount();
        await seedAccount(secure.deps, input);
        const res = await secure.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: input.email, password: input.password },
        });
        expect(res.cookies.find((c) => c.name === 'remit_session')?.secure).toBe(true);
      } finally {
        await secure.close();
      }
    });

    it('refuses a wrong password and an unknown email alike', async () => {
      const input = buildAccount();
      await seedAccount(t.deps, input);
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: input.email, password: 'not the password' },
      });
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'nobody@example.org', password: 'whatever' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json().detail).toBe(unknown.json().detail);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
    });

    it('locks the account after repeated failures, and records the lock on the trail', async () => {
      const input = buildAccount();
      await seedAccount(t.deps, input);
      for (let i = 0; i < 3; i += 1) {
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: input.email, password: 'wrong password' },
        });
      }
      const locked = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: input.email, password: input.password },
      });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().code).toBe('account_locked');
      const events = await t.deps.db
        .selectFrom('trail_event')
        .select('action')
        .where('action', '=', 'account.locked')
        .execute();
      expect(events).toHaveLength(1);
    });

    it('requires the CSRF header on cookie-authenticated mutations', async () => {
      const c = await signIn(t, buildAccount());
      const without = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c.cookie } });
      expect(without.statusCode).toBe(403);
      expect(without.json().code).toBe('csrf_failed');
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: c.cookie, 'x-csrf-token': 'x'.repeat(43) },
      });
      expect(wrong.statusCode).toBe(403);
      const ok = await c.request('POST', '/api/auth/logout');
      expect(ok.statusCode).toBe(200);
    });

    it('logout ends the session for every later request', async () => {
      const c = await signIn(t, buildAccount());
      expect((await c.request('GET', '/api/auth/session')).statusCode).toBe(200);
      expect((await c.request('POST', '/api/auth/logout')).statusCode).toBe(200);
      expect((await c.request('GET', '/api/auth/session')).statusCode).toBe(401);
    });

    it('logout everywhere revokes every session of the account', async () => {
      const input = buildAccount();
      const a = await signIn(t, input);
      const b = await signIn(t, input, false);
      const res = await a.request('POST', '/api/auth/logout-everywhere');
      expect(res.json()).toEqual({ revoked: 2 });
      expect((await b.request('GET', '/api/auth/session')).statusCode).toBe(401);
    });

    it('changing the password signs out other sessions, keeps this one, and the new password works', async () => {
      const input = buildAccount();
      const a = await signIn(t, input);
      const b = await signIn(t, input, false);
      const wrong = await a.request('POST', '/api/account/password', {
        currentPassword: 'nope',
        newPassword: 'a brand new passphrase',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors[0].field).toBe('currentPassword');
      const short = await a.request('POST', '/api/account/password', {
        currentPassword: input.password,
        newPassword: 'short',
      });
      expect(short.statusCode).toBe(400);
      const ok = await a.request('POST', '/api/account/password', {
        currentPassword: input.password,
        newPassword: 'a brand new passphrase',
      });
      expect(ok.statusCode).toBe(200);
      expect((await a.request('GET', '/api/auth/session')).statusCode).toBe(200);
      expect((await b.request('GET', '/api/auth/session')).statusCode).toBe(401);
      await signIn(t, { ...input, password: 'a brand new passphrase' }, false);
    });

    it('lists own sessions and revokes one; another account cannot revoke it', async () => {
      const input = buildAccount();
      const a = await signIn(t, input);
      const b = await signIn(t, input, false);
      const other = await signIn(t, buildAccount());
      const list = (await a.request('GET', '/api/account/sessions')).json<{
        items: { id: string; current: boolean }[];
      }>();
      expect(list.items).toHaveLength(2);
      const notCurrent = list.items.find((s) => !s.current);
      expect(notCurrent).toBeDefined();
      expect((await other.request('DELETE', `/api/account/sessions/${notCurrent?.id}`)).statusCode).toBe(404);
      expect((await a.request('DELETE', `/api/account/sessions/${notCurrent?.id}`)).statusCode).toBe(200);
      expect((await b.request('GET', '/api/auth/session')).statusCode).toBe(401);
    });

    it('a disabled account can no longer sign in', async () => {
      const input = buildAccount();
      const acc = await seedAccount(t.deps, input);
      await t.deps.db.updateTable('account').set({ status: 'disabled' }).where('id', '=', acc.id).execute();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: input.email, password: input.password },
      });
      expect(res.statusCode).toBe(401);
    });
  });
}
