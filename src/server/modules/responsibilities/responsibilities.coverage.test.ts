import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../core/actor.js';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { openHandover } from './responsibilities.handover.service.js';

type Finding = { check: string; kind: string | null; count: number; checked: number };

for (const dialect of DIALECTS) {
  describe(`[RESPONSIBILITIES] coverage and leaver handover on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    let boss: Client;
    let ism: Client;
    let alice: Client;
    let bob: Client;
    let carol: Client;
    let unit: string;

    beforeEach(async () => {
      t = await createTestApp(dialect);
      admin = await signIn(t, buildAccount({ isAdmin: true }));
      boss = await signIn(t, buildAccount({ fullName: 'Bea Boss' }));
      ism = await signIn(t, buildAccount({ fullName: 'Ivan ISM' }));
      alice = await signIn(t, buildAccount({ fullName: 'Alice Leaver' }));
      bob = await signIn(t, buildAccount({ fullName: 'Bob Deputy' }));
      carol = await signIn(t, buildAccount({ fullName: 'Carol Manager' }));
      unit = uuidv7();
      const now = new Date().toISOString();
      await t.deps.db
        .insertInto('org_unit')
        .values({
          id: unit,
          code: 'OPS',
          name: 'Operations',
          parent_id: null,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      await t.deps.db
        .updateTable('person')
        .set({ manager_id: carol.personId })
        .where('id', '=', alice.personId)
        .execute();
      const assign = async (c: Client, body: Record<string, unknown>) => {
        const res = await c.request('POST', '/api/assignments', { reason: 'Set up', ...body });
        expect(res.statusCode, res.body).toBe(201);
        return res.json<{ id: string }>();
      };
      await assign(admin, { personId: boss.personId, roleKey: 'top_management' });
      await assign(boss, { personId: ism.personId, roleKey: 'isms_manager' });
      await assign(ism, { personId: alice.personId, roleKey: 'risk_owner', scopeType: 'org_unit', scopeId: unit });
      await assign(ism, {
        personId: bob.personId,
        roleKey: 'risk_owner',
        scopeType: 'org_unit',
        scopeId: unit,
        kind: 'deputy',
      });
      await assign(ism, { personId: alice.personId, roleKey: 'sysadmin' });
    });
    afterEach(async () => t.close());

    const coverage = async (c: Client = ism) => {
      const res = await c.request('GET', '/api/coverage');
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ score: number; findings: Finding[] }>();
    };
    const finding = (f: Finding[], check: string, kind: string | null = null) =>
      f.find((x) => x.check === check && x.kind === kind);

    it('counts vacant roles, missing deputies and unacknowledged assignments, with the list behind each', async () => {
      const c = await coverage();
      expect(finding(c.findings, 'vacant_roles')).toMatchObject({ count: 3, checked: 7 }); // asset owner, auditor, incident manager
      const vacant = (await ism.request('GET', '/api/coverage/items?check=vacant_roles')).json<{
        items: { id: string }[];
      }>();
      expect(vacant.items.map((i) => i.id).sort()).toEqual(['asset_owner', 'incident_manager', 'internal_auditor']);
      // Top Management, the ISM and Alice's sysadmin role have no deputy; Operations' risk owner has Bob.
      expect(finding(c.findings, 'roles_without_deputy')).toMatchObject({ count: 3, checked: 4 });
      expect(finding(c.findings, 'unacknowledged')).toMatchObject({ count: 5, checked: 5 });
      expect(finding(c.findings, 'unowned', 'org_unit')).toMatchObject({ count: 0, checked: 1 });
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThan(100);
      const page1 = (await ism.request('GET', '/api/coverage/items?check=unacknowledged&limit=2')).json<{
        items: unknown[];
        nextCursor: string;
      }>();
      expect(page1.items.length).toBe(2);
      const page2 = (
        await ism.request('GET', `/api/coverage/items?check=unacknowledged&limit=2&cursor=${page1.nextCursor}`)
      ).json<{ items: unknown[]; nextCursor: string | null }>();
      expect(page2.items.length).toBe(2);
      expect((await alice.request('GET', '/api/coverage')).statusCode).toBe(403);
      // Two system administrators of the whole ISMS stand in for each other.
      const co = await ism.request('POST', '/api/assignments', {
        personId: bob.personId,
        roleKey: 'sysadmin',
        reason: 'Second admin',
      });
      expect(co.statusCode, co.body).toBe(201);
      expect(finding((await coverage()).findings, 'roles_without_deputy')).toMatchObject({ count: 2, checked: 5 });
    });

    it('a leaver hands everything over in one action and no orphan is left', async () => {
      await t.deps.db.updateTable('person').set({ status: 'leaver' }).where('id', '=', alice.personId).execute();
      const { id } = await t.deps.db.transaction().execute((trx) =>
        openHandover(trx, alice.personId, 'manual', {
          actor: systemActor('test'),
          grant: { kind: 'system', label: 'test' },
        }),
      );
      const before = await coverage();
      expect(finding(before.findings, 'leavers_holding')).toMatchObject({ count: 1 });
      expect(finding(before.findings, 'open_handovers')).toMatchObject({ count: 1 });

      const h = (await ism.request('GET', `/api/handovers/${id}`)).json<{
        version: number;
        items: {
          assignment: { id: string; roleKey: string };
          proposal: string;
          proposedSuccessor: { fullName: string } | null;
        }[];
      }>();
      const byRole = Object.fromEntries(h.items.map((i) => [i.assignment.roleKey, i]));
      expect(byRole.risk_owner?.proposal).toBe('deputy');
      expect(byRole.risk_owner?.proposedSuccessor?.fullName).toBe('Bob Deputy');
      expect(byRole.sysadmin?.proposal).toBe('manager');
      expect(byRole.sysadmin?.proposedSuccessor?.fullName).toBe('Carol Manager');
      expect(byRole.employee?.proposal).toBe('not_needed');

      expect((await bob.request('POST', `/api/handovers/${id}/confirm`, { version: h.version })).statusCode).toBe(403);
      const done = await ism.request('POST', `/api/handovers/${id}/confirm`, { version: h.version });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ status: 'confirmed', openItems: 0 });

      const after = await coverage();
      expect(finding(after.findings, 'leavers_holding')).toMatchObject({ count: 0 });
      expect(finding(after.findings, 'open_handovers')).toMatchObject({ count: 0 });
      const holders = (await ism.request('GET', `/api/assignments?roleKey=risk_owner&scopeId=${unit}`)).json<{
        items: { person: { fullName: string }; kind: string }[];
      }>();
      expect(holders.items.map((a) => [a.person.fullName, a.kind])).toEqual([['Bob Deputy', 'holder']]);
      const mine = (await alice.request('GET', '/api/my/responsibilities')).json<{ current: unknown[] }>();
      expect(mine.current).toEqual([]);
      expect((await ism.request('POST', `/api/handovers/${id}/confirm`, { version: h.version + 1 })).statusCode).toBe(
        409,
      );
    });

    it('the ISM cannot take over a leaver’s role themselves (SOD-00) and must name a successor where none is proposed', async () => {
      await t.deps.db
        .updateTable('person')
        .set({ status: 'leaver', manager_id: null })
        .where('id', '=', alice.personId)
        .execute();
      const { id } = await t.deps.db.transaction().execute((trx) =>
        openHandover(trx, alice.personId, 'manual', {
          actor: systemActor('test'),
          grant: { kind: 'system', label: 'test' },
        }),
      );
      const h = (await ism.request('GET', `/api/handovers/${id}`)).json<{
        version: number;
        items: { assignment: { id: string; roleKey: string } }[];
      }>();
      const sys = h.items.find((i) => i.assignment.roleKey === 'sysadmin')!;
      const missing = await ism.request('POST', `/api/handovers/${id}/confirm`, { version: h.version });
      expect(missing.statusCode).toBe(409);
      expect(missing.json().detail).toContain('System & Network Administrator');
      const self = await ism.request('POST', `/api/handovers/${id}/confirm`, {
        version: h.version,
        successors: [{ assignmentId: sys.assignment.id, successorPersonId: ism.personId }],
      });
      expect(self.statusCode).toBe(409);
      expect(self.json().rule).toBe('SOD-00');
      const still = (await ism.request('GET', `/api/handovers/${id}`)).json<{ status: string }>();
      expect(still.status).toBe('open');
      const ok = await ism.request('POST', `/api/handovers/${id}/confirm`, {
        version: h.version,
        successors: [{ assignmentId: sys.assignment.id, successorPersonId: carol.personId }],
      });
      expect(ok.statusCode, ok.body).toBe(200);
    });

    it('an org unit with no risk owner up its tree is unowned', async () => {
      const now = new Date().toISOString();
      const lone = uuidv7();
      const child = uuidv7();
      await t.deps.db
        .insertInto('org_unit')
        .values([
          { id: lone, code: 'LONE', name: 'Lone unit', parent_id: null, created_at: now, updated_at: now, version: 1 },
          {
            id: child,
            code: 'OPS-1',
            name: 'Ops child',
            parent_id: unit,
            created_at: now,
            updated_at: now,
            version: 1,
          },
        ])
        .execute();
      const c = await coverage();
      expect(finding(c.findings, 'unowned', 'org_unit')).toMatchObject({ count: 1, checked: 3 });
      const items = (await ism.request('GET', '/api/coverage/items?check=unowned&kind=org_unit')).json<{
        items: { label: string }[];
      }>();
      expect(items.items.map((i) => i.label)).toEqual(['Lone unit']);
    });
  });
}
