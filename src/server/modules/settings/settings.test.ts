import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAccount, createTestApp, signIn, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

for (const dialect of DIALECTS) {
  describe(`[SETTINGS] organisation settings on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(dialect);
    });
    afterEach(async () => t.close());

    it('anyone signed in reads; only the admin writes, with versions and a trail event', async () => {
      const admin = await signIn(t, buildAccount({ isAdmin: true }));
      const user = await signIn(t, buildAccount());
      const initial = (await user.request('GET', '/api/settings')).json();
      expect(initial).toMatchObject({ organisationName: 'Remit', version: 1 });
      expect(
        (await user.request('PATCH', '/api/settings', { version: 1, organisationName: 'Hijack' })).statusCode,
      ).toBe(403);

      const first = await admin.request('PATCH', '/api/settings', {
        version: 1,
        organisationName: 'Acme',
        sessionBanner: 'Authorised use only.',
      });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({
        organisationName: 'Acme',
        sessionBanner: 'Authorised use only.',
        version: 1,
      });
      const second = await admin.request('PATCH', '/api/settings', { version: 1, organisationName: 'Acme Group' });
      expect(second.json()).toMatchObject({ organisationName: 'Acme Group', version: 2 });
      const stale = await admin.request('PATCH', '/api/settings', { version: 1, organisationName: 'Lost update' });
      expect(stale.statusCode).toBe(409);
      expect((await user.request('GET', '/api/settings')).json().organisationName).toBe('Acme Group');

      const events = await t.deps.db
        .selectFrom('trail_event')
        .selectAll()
        .where('action', '=', 'settings.updated')
        .orderBy('seq')
        .execute();
      expect(events).toHaveLength(2);
      expect(JSON.parse(events[1]?.changes ?? '{}')).toEqual({
        organisationName: { before: 'Acme', after: 'Acme Group' },
      });
    });
  });
}
