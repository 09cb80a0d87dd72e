import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

type Account = { id: string; email: string; version: number; status: string; isAdmin: boolean };

for (const dialect of DIALECTS) {
  describe(`[IDENTITY] account administration on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    beforeEach(async () => {
      t = await createTestApp(dialect);
      admin = await signIn(t, buildAccount({ isAdmin: true, email: 'admin@example.org' }));
    });
    afterEach(async () => t.close());

    it('creates an account with a person, and refuses a duplicate email', async () => {
      const res = await admin.request('POST', '/api/admin/accounts', {
        email: 'New.Person@Example.org',
        fullName: 'New Person',
        password: 'a long enough password',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        email: 'new.person@example.org',
        fullName: 'New Person',
        isAdmin: false,
        status: 'active',
        version: 1,
      });
      const dup = await admin.request('POST', '/api/admin/accounts', {
        email: 'new.person@example.org',
        fullName: 'Again',
        password: 'a long enough password',
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().errors[0].field).toBe('email');
    });

    it('lists accounts page by page with a keyset cursor, and searches', async () => {
      for (let i = 0; i < 7; i += 1) {
        await admin.request('POST', '/api/admin/accounts', {
          email: `user${i}@example.org`,
          fullName: `User ${i}`,
          password: 'a long enough password',
        });
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/admin/accounts?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await admin.request('GET', url)).json<{ items: Account[]; nextCursor: string | null }>();
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((a) => a.email));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(8);
      expect([...seen].sort()).toEqual(seen);
      const found = (await admin.request('GET', '/api/admin/accounts?q=USER3')).json<{ items: Account[] }>();
      expect(found.items.map((a) => a.email)).toEqual(['user3@example.org']);
      const bad = await admin.request('GET', '/api/admin/accounts?cursor=not-a-cursor');
      expect(bad.statusCode).toBe(400);
    });

    it('disabling an account ends its sessions and tokens; stale versions are refused', async () => {
      const user = buildAccount();
      const u = await signIn(t, user);
      const { token } = (await u.request('POST', '/api/account/tokens', { name: 't' })).json<{ token: string }>();
      const acc = (await admin.request('GET', `/api/admin/accounts/${u.accountId}`)).json<Account>();
      const res = await admin.request('PATCH', `/api/admin/accounts/${u.accountId}`, {
        version: acc.version,
        status: 'disabled',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'disabled', version: acc.version + 1 });
      expect((await u.request('GET', '/api/auth/session')).statusCode).toBe(401);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: `Bearer ${token}` } }))
          .statusCode,
      ).toBe(401);
      const stale = await admin.request('PATCH', `/api/admin/accounts/${u.accountId}`, {
        version: acc.version,
        status: 'active',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('version_conflict');
      const event = await t.deps.db
        .selectFrom('trail_event')
        .selectAll()
        .where('action', '=', 'account.updated')
        .executeTakeFirstOrThrow();
      expect(event.authorized_as).toBe('platform:admin');
      expect(JSON.parse(event.changes)).toMatchObject({
        status: { before: 'active', after: 'disabled' },
        sessionsRevoked: 1,
        tokensRevoked: 1,
      });
    });

    it('unlocks a locked account', async () => {
      const user = buildAccount();
      const u = await signIn(t, user);
      await t.deps.db
        .updateTable('account')
        .set({ locked_until: '2999-01-01T00:00:00.000Z' })
        .where('id', '=', u.accountId)
        .execute();
      const acc = (await admin.request('GET', `/api/admin/accounts/${u.accountId}`)).json<
        Account & { lockedUntil: string | null }
      >();
      expect(acc.lockedUntil).not.toBeNull();
      const res = await admin.request('PATCH', `/api/admin/accounts/${u.accountId}`, {
        version: acc.version,
        unlock: true,
      });
      expect(res.json().lockedUntil).toBeNull();
      await signIn(t, user, false);
    });

    it('refuses to remove the last active administrator', async () => {
      const me = (await admin.request('GET', `/api/admin/accounts/${admin.accountId}`)).json<Account>();
      const res = await admin.request('PATCH', `/api/admin/accounts/${admin.accountId}`, {
        version: me.version,
        isAdmin: false,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().detail).toContain('last active administrator');
    });

    it('a person without admin rights is refused every admin route', async () => {
      const u = await signIn(t, buildAccount());
      expect((await u.request('GET', '/api/admin/accounts')).statusCode).toBe(403);
      expect(
        (
          await u.request('POST', '/api/admin/accounts', {
            email: 'x@example.org',
            fullName: 'X',
            password: 'a long enough password',
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (await u.request('PATCH', `/api/admin/accounts/${u.accountId}`, { version: 1, isAdmin: true })).statusCode,
      ).toBe(403);
      const me = await t.deps.db
        .selectFrom('account')
        .select('is_admin')
        .where('id', '=', u.accountId)
        .executeTakeFirstOrThrow();
      expect(me.is_admin).toBe(0);
    });
  });
}
