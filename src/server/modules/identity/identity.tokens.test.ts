import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAccount, createTestApp, signIn, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

for (const dialect of DIALECTS) {
  describe(`[IDENTITY] personal API tokens on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(dialect);
    });
    afterEach(async () => t.close());

    const bearer = (token: string, method = 'GET', url = '/api/auth/session', payload?: object) =>
      t.app.inject({
        method: method as 'GET',
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });

    it('creates a token shown once, stored hashed, usable as Bearer without CSRF, then revoked', async () => {
      const c = await signIn(t, buildAccount());
      const created = await c.request('POST', '/api/account/tokens', { name: 'ci', scope: 'write', expiresInDays: 30 });
      expect(created.statusCode).toBe(201);
      const body = created.json<{ id: string; token: string; prefix: string; expiresAt: string }>();
      expect(body.token).toMatch(/^rmt_[A-Za-z0-9_-]{43}$/);
      expect(body.token.startsWith(body.prefix)).toBe(true);
      const stored = await t.deps.db.selectFrom('api_token').select('token_hash').executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toContain(body.token.slice(4));

      const session = await bearer(body.token);
      expect(session.statusCode).toBe(200);
      expect(session.json()).toMatchObject({ via: 'token', csrfToken: null });
      // A write with a token needs no CSRF header.
      expect((await bearer(body.token, 'POST', '/api/account/tokens', { name: 'made by token' })).statusCode).toBe(201);

      const listed = (await c.request('GET', '/api/account/tokens')).json<{ items: { token?: string }[] }>();
      expect(listed.items).toHaveLength(2);
      expect(listed.items.every((i) => i.token === undefined)).toBe(true);

      expect((await c.request('DELETE', `/api/account/tokens/${body.id}`)).statusCode).toBe(200);
      const after = await bearer(body.token);
      expect(after.statusCode).toBe(401);
      expect(after.json().code).toBe('unauthenticated');
    });

    it('a read-only token may read but not write', async () => {
      const c = await signIn(t, buildAccount());
      const { token } = (await c.request('POST', '/api/account/tokens', { name: 'reader', scope: 'read' })).json<{
        token: string;
      }>();
      expect((await bearer(token)).statusCode).toBe(200);
      const write = await bearer(token, 'POST', '/api/account/tokens', { name: 'escalate' });
      expect(write.statusCode).toBe(403);
      expect(write.json().code).toBe('token_scope');
    });

    it('an expired token is refused', async () => {
      const c = await signIn(t, buildAccount());
      const { id, token } = (await c.request('POST', '/api/account/tokens', { name: 'short' })).json<{
        id: string;
        token: string;
      }>();
      await t.deps.db
        .updateTable('api_token')
        .set({ expires_at: '2020-01-01T00:00:00.000Z' })
        .where('id', '=', id)
        .execute();
      expect((await bearer(token)).statusCode).toBe(401);
    });

    it('a malformed or unknown bearer is 401, never 500', async () => {
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: 'Basic abc' } }))
          .statusCode,
      ).toBe(401);
      expect((await bearer('rmt_unknown')).statusCode).toBe(401);
      expect((await bearer('x'.repeat(5000))).statusCode).toBe(401);
    });

    it("nobody revokes another person's token", async () => {
      const a = await signIn(t, buildAccount());
      const b = await signIn(t, buildAccount());
      const { id, token } = (await a.request('POST', '/api/account/tokens', { name: 'mine' })).json<{
        id: string;
        token: string;
      }>();
      expect((await b.request('DELETE', `/api/account/tokens/${id}`)).statusCode).toBe(404);
      expect((await bearer(token)).statusCode).toBe(200);
    });

    it('token creation and revocation are on the trail without the secret', async () => {
      const c = await signIn(t, buildAccount());
      const { id, token } = (await c.request('POST', '/api/account/tokens', { name: 'audited' })).json<{
        id: string;
        token: string;
      }>();
      await c.request('DELETE', `/api/account/tokens/${id}`);
      const events = await t.deps.db
        .selectFrom('trail_event')
        .selectAll()
        .where('object_id', '=', id)
        .orderBy('seq')
        .execute();
      expect(events.map((e) => e.action)).toEqual(['api_token.created', 'api_token.revoked']);
      expect(events[0]?.authorized_as).toBe('self');
      expect(JSON.stringify(events)).not.toContain(token);
    });
  });
}
