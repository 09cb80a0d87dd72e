import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../testing/test-app.js';
import { DIALECTS } from '../testing/test-db.js';

for (const dialect of DIALECTS) {
  describe(`[HARDENING] bad input is refused with problem+json and nothing written, on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    beforeAll(async () => {
      t = await createTestApp(dialect, { env: { BODY_LIMIT_BYTES: '4096' } });
      admin = await signIn(t, buildAccount({ isAdmin: true }));
    });
    afterAll(async () => t.close());

    const counts = async () => {
      const n = async (table: 'trail_event' | 'account' | 'api_token') =>
        Number(
          (
            await t.deps.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return [await n('trail_event'), await n('account'), await n('api_token')];
    };
    const raw = (method: string, url: string, payload: string, contentType = 'application/json') =>
      t.app.inject({
        method: method as 'POST',
        url,
        payload,
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': contentType },
      });

    const cases: [string, () => ReturnType<typeof raw>, number, string][] = [
      ['malformed JSON', () => raw('POST', '/api/admin/accounts', '{"email": "a@b.c",'), 400, 'validation_failed'],
      ['empty JSON body', () => raw('POST', '/api/admin/accounts', ''), 400, 'validation_failed'],
      [
        'wrong types',
        () =>
          raw(
            'POST',
            '/api/admin/accounts',
            JSON.stringify({ email: 42, fullName: ['x'], password: null, isAdmin: 'yes' }),
          ),
        400,
        'validation_failed',
      ],
      [
        'unknown fields',
        () =>
          raw(
            'POST',
            '/api/admin/accounts',
            JSON.stringify({ email: 'u@example.org', fullName: 'U', password: 'a long enough password', role: 'god' }),
          ),
        400,
        'validation_failed',
      ],
      ['a JSON array body', () => raw('POST', '/api/account/tokens', '[1,2,3]'), 400, 'validation_failed'],
      [
        'an oversize body',
        () => raw('POST', '/api/account/tokens', JSON.stringify({ name: 'x'.repeat(10_000) })),
        413,
        'payload_too_large',
      ],
      [
        'a non-JSON content type',
        () => raw('POST', '/api/account/tokens', 'name=x', 'application/x-www-form-urlencoded'),
        415,
        'unsupported_media_type',
      ],
      [
        'a bad path id',
        () => raw('PATCH', '/api/admin/accounts/not-a-uuid', JSON.stringify({ version: 1 })),
        400,
        'validation_failed',
      ],
      [
        'a negative version',
        () =>
          raw(
            'PATCH',
            `/api/admin/accounts/${'01900000-0000-7000-8000-000000000000'}`,
            JSON.stringify({ version: -5 }),
          ),
        400,
        'validation_failed',
      ],
      [
        'an enormous limit',
        () =>
          t.app.inject({
            method: 'GET',
            url: '/api/admin/accounts?limit=99999999999',
            headers: { cookie: admin.cookie },
          }),
        400,
        'validation_failed',
      ],
      [
        'an SQL-looking search',
        () =>
          t.app.inject({
            method: 'GET',
            url: `/api/admin/accounts?q=${encodeURIComponent("' or 1=1; drop table account; --")}`,
            headers: { cookie: admin.cookie },
          }),
        200,
        '',
      ],
      [
        'a bad date filter',
        () => t.app.inject({ method: 'GET', url: '/api/trail?from=yesterday', headers: { cookie: admin.cookie } }),
        400,
        'validation_failed',
      ],
    ];

    for (const [name, send, status, code] of cases) {
      it(`${name} → ${status}`, async () => {
        const before = await counts();
        const res = await send();
        expect(res.statusCode).toBe(status);
        if (code) {
          expect(res.headers['content-type']).toContain('application/problem+json');
          expect(res.json()).toMatchObject({
            status,
            code,
            title: expect.any(String),
            detail: expect.any(String),
            type: expect.any(String),
          });
        }
        expect(await counts()).toEqual(before);
      });
    }

    it('validation errors name each field', async () => {
      const res = await raw(
        'POST',
        '/api/admin/accounts',
        JSON.stringify({ email: 'nope', fullName: '', password: 'short', extra: 1 }),
      );
      const fields = (res.json().errors as { field: string }[]).map((e) => e.field).sort();
      expect(fields).toEqual(['body.email', 'body.extra', 'body.fullName', 'body.password']);
    });

    it('an unknown API route is a 404 problem', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { cookie: admin.cookie } });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not_found');
    });
  });
}
