import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssignmentSource } from '../../core/authorize.js';
import { buildAccount, createTestApp, signIn, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

// The [responsibilities] ledger is not built yet; this source stands in for it with fixed holders.
const holders = new Map<string, string>();
const ledger: AssignmentSource = {
  currentRoles: (personId) => {
    const role = holders.get(personId);
    return Promise.resolve(
      role
        ? [
            {
              assignmentId: `asg-${role}`,
              roleKey: role,
              scopeType: 'isms',
              scopeId: null,
              kind: 'holder' as const,
              authorities: [],
            },
          ]
        : [],
    );
  },
};

for (const dialect of DIALECTS) {
  describe(`[TRAIL] reading and verifying over HTTP on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      holders.clear();
      t = await createTestApp(dialect, { assignments: ledger });
    });
    afterEach(async () => t.close());

    it('admin, ISM and internal auditor read and verify; an employee is refused', async () => {
      const admin = await signIn(t, buildAccount({ isAdmin: true }));
      const ism = buildAccount();
      const auditor = buildAccount();
      const ismClient = await signIn(t, ism);
      const auditorClient = await signIn(t, auditor);
      holders.set(ismClient.personId, 'isms_manager');
      holders.set(auditorClient.personId, 'internal_auditor');
      const employee = await signIn(t, buildAccount());

      for (const c of [admin, ismClient, auditorClient]) {
        expect((await c.request('GET', '/api/trail')).statusCode).toBe(200);
        expect((await c.request('GET', '/api/trail/verify')).json()).toMatchObject({ ok: true });
      }
      expect((await employee.request('GET', '/api/trail')).statusCode).toBe(403);
      expect((await employee.request('GET', '/api/trail/verify')).statusCode).toBe(403);
      const info = (await ismClient.request('GET', '/api/auth/session')).json();
      expect(info).toMatchObject({
        permissions: { readTrail: true, verifyTrail: true, manageAccounts: false },
        roles: [{ roleKey: 'isms_manager' }],
      });
    });

    it('filters, paginates newest first, and names the first broken event after tampering', async () => {
      const admin = await signIn(t, buildAccount({ isAdmin: true }));
      for (let i = 0; i < 5; i += 1) await admin.request('POST', '/api/account/tokens', { name: `t${i}` });
      const page1 = (await admin.request('GET', '/api/trail?limit=3&action=api_token.created')).json<{
        items: { seq: number; action: string; actorName: string }[];
        nextCursor: string;
      }>();
      expect(page1.items).toHaveLength(3);
      expect(page1.items.every((e) => e.action === 'api_token.created')).toBe(true);
      expect(page1.items[0]?.seq).toBeGreaterThan(page1.items[1]?.seq ?? Infinity);
      expect(page1.items[0]?.actorName).toMatch(/^Person/);
      const page2 = (
        await admin.request('GET', `/api/trail?limit=3&action=api_token.created&cursor=${page1.nextCursor}`)
      ).json<{ items: unknown[]; nextCursor: string | null }>();
      expect(page2.items).toHaveLength(2);
      expect(page2.nextCursor).toBeNull();
      const future = (await admin.request('GET', '/api/trail?from=2999-01-01T00:00:00Z')).json<{ items: unknown[] }>();
      expect(future.items).toHaveLength(0);

      const target = page1.items[1]?.seq ?? 0;
      await sql`update trail_event set action = ${'api_token.revoked'} where seq = ${target}`.execute(t.deps.db);
      expect((await admin.request('GET', '/api/trail/verify')).json()).toMatchObject({
        ok: false,
        firstBrokenSeq: target,
      });
    });

    it('a decision taken under a role names that role and assignment on the trail', async () => {
      const ism = await signIn(t, buildAccount({ isAdmin: true }));
      holders.set(ism.personId, 'isms_manager');
      const grant = await t.deps.authz.authorize(
        {
          kind: 'account',
          accountId: ism.accountId,
          personId: ism.personId,
          email: 'x',
          isAdmin: true,
          via: 'session',
        },
        'trail.verify',
      );
      expect(grant).toEqual({ kind: 'role', roleKey: 'isms_manager', assignmentId: 'asg-isms_manager' });
    });
  });
}
