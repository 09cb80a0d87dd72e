import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

async function addOrgUnit(t: TestApp, name: string, parentId: string | null = null): Promise<string> {
  const id = uuidv7();
  const now = new Date().toISOString();
  await t.deps.db
    .insertInto('org_unit')
    .values({
      id,
      code: name.toUpperCase().slice(0, 8) + id.slice(-4),
      name,
      parent_id: parentId,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return id;
}

for (const dialect of DIALECTS) {
  describe(`[RESPONSIBILITIES] the ledger on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    let boss: Client;
    let ism: Client;
    let alice: Client;
    let bob: Client;

    beforeEach(async () => {
      t = await createTestApp(dialect);
      admin = await signIn(t, buildAccount({ isAdmin: true }));
      boss = await signIn(t, buildAccount({ fullName: 'Bea Boss' }));
      ism = await signIn(t, buildAccount({ fullName: 'Ivan ISM' }));
      alice = await signIn(t, buildAccount({ fullName: 'Alice Owner' }));
      bob = await signIn(t, buildAccount({ fullName: 'Bob Builder' }));
    });
    afterEach(async () => t.close());

    const assign = (c: Client, body: Record<string, unknown>) =>
      c.request('POST', '/api/assignments', { reason: 'Appointed by the board', ...body });

    async function appointLeadership() {
      const tm = await assign(admin, { personId: boss.personId, roleKey: 'top_management' });
      expect(tm.statusCode, tm.body).toBe(201);
      const res = await assign(boss, { personId: ism.personId, roleKey: 'isms_manager' });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>();
    }

    it('seeds the seven roles and the roles held per object or delegated with their responsibilities, and every person holds Employee', async () => {
      const roles = (await alice.request('GET', '/api/roles')).json<{
        items: { key: string; responsibilities: unknown[] }[];
      }>();
      expect(roles.items.map((r) => r.key)).toEqual([
        'top_management',
        'isms_manager',
        'risk_owner',
        'asset_owner',
        'sysadmin',
        'internal_auditor',
        'employee',
        'policy_owner',
        'control_owner',
        'nonconformity_owner',
        'action_owner',
        'incident_manager',
        'incident_handler',
      ]);
      expect(roles.items.every((r) => r.responsibilities.length >= 3)).toBe(true);
      const all = (await alice.request('GET', '/api/roles')).json<{
        delegable: { action: string }[];
        scopeKinds: { type: string }[];
      }>();
      expect(all.scopeKinds.map((k) => k.type)).toEqual([
        'isms',
        'org_unit',
        'policy',
        'risk',
        'asset',
        'control',
        'audit',
        'nonconformity',
        'corrective_action',
        'incident',
      ]);
      expect(all.delegable.map((d) => d.action)).toContain('trail.read');
      expect(all.delegable.map((d) => d.action)).not.toContain('assignments.manage');
      const mine = (await alice.request('GET', '/api/my/responsibilities')).json<{
        current: { role: { key: string } }[];
      }>();
      expect(mine.current.map((c) => c.role.key)).toEqual(['employee']);
    });

    it('the admin appoints the first Top Management only while it is vacant; Top Management appoints the ISM', async () => {
      await appointLeadership();
      const again = await assign(admin, { personId: bob.personId, roleKey: 'top_management' });
      expect(again.statusCode).toBe(403);
      const ismTriesIsm = await assign(ism, { personId: bob.personId, roleKey: 'isms_manager' });
      expect(ismTriesIsm.statusCode).toBe(403);
      const adminTriesRiskOwner = await assign(admin, { personId: bob.personId, roleKey: 'risk_owner' });
      expect(adminTriesRiskOwner.statusCode).toBe(403);
      const trail = await t.deps.db
        .selectFrom('trail_event')
        .select(['authorized_as', 'authorized_by'])
        .where('action', '=', 'assignment.created')
        .orderBy('seq')
        .execute();
      expect(trail[0]?.authorized_as).toBe('platform:admin');
      expect(trail[1]?.authorized_as).toBe('role:top_management');
      expect(trail[1]?.authorized_by).toBeTruthy();
    });

    it('nobody assigns a role to themselves: 409 sod_violation SOD-00, nothing written', async () => {
      await appointLeadership();
      const before = await t.deps.db
        .selectFrom('assignment')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const res = await assign(ism, { personId: ism.personId, roleKey: 'internal_auditor' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'sod_violation', rule: 'SOD-00' });
      const after = await t.deps.db
        .selectFrom('assignment')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('an employee may not assign, and the scope must fit the role and exist', async () => {
      await appointLeadership();
      expect((await assign(alice, { personId: bob.personId, roleKey: 'sysadmin' })).statusCode).toBe(403);
      const wrongScope = await assign(ism, {
        personId: bob.personId,
        roleKey: 'top_management',
        scopeType: 'org_unit',
      });
      expect(wrongScope.statusCode).toBe(403);
      const badType = await assign(ism, { personId: bob.personId, roleKey: 'asset_owner', scopeType: 'isms' });
      expect(badType.statusCode).toBe(400);
      expect(badType.json().errors[0].field).toBe('scopeType');
      const missing = await assign(ism, {
        personId: bob.personId,
        roleKey: 'risk_owner',
        scopeType: 'org_unit',
        scopeId: uuidv7(),
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors[0].field).toBe('scopeId');
    });

    it('one holder per scope; replacing closes the old row and keeps it; asOf answers for past dates', async () => {
      await appointLeadership();
      const finance = await addOrgUnit(t, 'Finance');
      const first = await assign(ism, {
        personId: alice.personId,
        roleKey: 'risk_owner',
        scopeType: 'org_unit',
        scopeId: finance,
        validFrom: '2026-01-01T09:00:00.000Z',
      });
      expect(first.statusCode, first.body).toBe(201);
      const clash = await assign(ism, {
        personId: bob.personId,
        roleKey: 'risk_owner',
        scopeType: 'org_unit',
        scopeId: finance,
        validFrom: '2026-03-15T09:00:00.000Z',
      });
      expect(clash.statusCode).toBe(409);
      expect(clash.json().detail).toContain('Alice Owner');
      const second = await assign(ism, {
        personId: bob.personId,
        roleKey: 'risk_owner',
        scopeType: 'org_unit',
        scopeId: finance,
        validFrom: '2026-03-15T09:00:00.000Z',
        replaceCurrent: true,
      });
      expect(second.statusCode, second.body).toBe(201);

      const holderOn = async (asOf: string) =>
        (
          await alice.request(
            'GET',
            `/api/assignments?roleKey=risk_owner&scopeType=org_unit&scopeId=${finance}&asOf=${asOf}`,
          )
        ).json<{ items: { person: { fullName: string }; scope: { label: string } }[] }>().items;
      expect((await holderOn('2025-12-31')).length).toBe(0);
      expect((await holderOn('2026-03-01')).map((a) => a.person.fullName)).toEqual(['Alice Owner']);
      expect((await holderOn('2026-03-01'))[0]?.scope.label).toBe('Finance');
      expect((await holderOn('2026-04-01')).map((a) => a.person.fullName)).toEqual(['Bob Builder']);
      const history = (await alice.request('GET', `/api/assignments?roleKey=risk_owner&history=true`)).json<{
        items: { person: { fullName: string }; validTo: string | null; endReason: string | null }[];
      }>().items;
      expect(history.map((h) => [h.person.fullName, h.validTo])).toEqual([
        ['Bob Builder', null],
        ['Alice Owner', '2026-03-15T09:00:00.000Z'],
      ]);
      expect(history[1]?.endReason).toContain('Replaced by Bob Builder');
    });

    it('decision rights come from the ledger: ending the ISM assignment takes the trail away', async () => {
      const ismAssignment = await appointLeadership();
      expect((await ism.request('GET', '/api/trail')).statusCode).toBe(200);
      const session = (await ism.request('GET', '/api/auth/session')).json<{
        permissions: { manageAssignments: boolean };
      }>();
      expect(session.permissions.manageAssignments).toBe(true);
      const current = (await ism.request('GET', `/api/assignments/${ismAssignment.id}`)).json<{ version: number }>();
      const end = await boss.request('POST', `/api/assignments/${ismAssignment.id}/end`, {
        version: current.version,
        reason: 'Moved on',
      });
      expect(end.statusCode, end.body).toBe(200);
      expect(end.json().state).toBe('ended');
      expect((await ism.request('GET', '/api/trail')).statusCode).toBe(403);
    });

    it('a deputy exercises the role only while the holder says they stand in', async () => {
      const ismAssignment = await appointLeadership();
      const dep = await boss.request('POST', '/api/assignments', {
        personId: bob.personId,
        roleKey: 'isms_manager',
        kind: 'deputy',
        reason: 'Cover',
      });
      expect(dep.statusCode, dep.body).toBe(201);
      expect((await bob.request('GET', '/api/trail')).statusCode).toBe(403);
      const cur = (await ism.request('GET', `/api/assignments/${ismAssignment.id}`)).json<{
        version: number;
        can: { setStandIn: boolean };
      }>();
      expect(cur.can.setStandIn).toBe(true);
      const from = new Date(Date.now() - 60_000).toISOString();
      const until = new Date(Date.now() + 3_600_000).toISOString();
      const set = await ism.request('POST', `/api/assignments/${ismAssignment.id}/stand-in`, {
        version: cur.version,
        from,
        until,
      });
      expect(set.statusCode, set.body).toBe(200);
      expect((await bob.request('GET', '/api/trail')).statusCode).toBe(200);
      const session = (await bob.request('GET', '/api/auth/session')).json<{
        roles: { roleKey: string; kind: string }[];
      }>();
      expect(session.roles).toContainEqual(expect.objectContaining({ roleKey: 'isms_manager', kind: 'deputy' }));
    });

    it('the assignee acknowledges the role text; a changed text asks again', async () => {
      await appointLeadership();
      const a = (await assign(ism, { personId: alice.personId, roleKey: 'sysadmin' })).json<{
        id: string;
        acknowledgement: string;
        can: { acknowledge: boolean };
      }>();
      expect(a.acknowledgement).toBe('pending');
      const role = (await alice.request('GET', '/api/roles/sysadmin')).json<{
        textVersion: number;
        version: number;
        responsibilities: { text: string }[];
      }>();
      expect(
        (await bob.request('POST', `/api/assignments/${a.id}/acknowledge`, { textVersion: role.textVersion }))
          .statusCode,
      ).toBe(403);
      const ack = await alice.request('POST', `/api/assignments/${a.id}/acknowledge`, {
        textVersion: role.textVersion,
      });
      expect(ack.statusCode, ack.body).toBe(200);
      expect(ack.json().acknowledgement).toBe('acknowledged');

      const edit = await ism.request('PATCH', '/api/roles/sysadmin', {
        version: role.version,
        responsibilities: [...role.responsibilities.map((r) => r.text), 'Keep an inventory of privileged accounts'],
      });
      expect(edit.statusCode, edit.body).toBe(200);
      expect(edit.json().textVersion).toBe(role.textVersion + 1);
      const after = (await alice.request('GET', '/api/my/responsibilities')).json<{
        current: { assignment: { id: string; acknowledgement: string } }[];
        pendingAcknowledgements: number;
      }>();
      expect(after.current.find((c) => c.assignment.id === a.id)?.assignment.acknowledgement).toBe('outdated');
      const old = await alice.request('POST', `/api/assignments/${a.id}/acknowledge`, {
        textVersion: role.textVersion,
      });
      expect(old.statusCode).toBe(409);
      const again = await alice.request('POST', `/api/assignments/${a.id}/acknowledge`, {
        textVersion: role.textVersion + 1,
      });
      expect(again.json().acknowledgement).toBe('acknowledged');
      const acks = await t.deps.db.selectFrom('assignment_ack').selectAll().where('assignment_id', '=', a.id).execute();
      expect(acks.map((x) => x.text_version)).toEqual([role.textVersion, role.textVersion + 1]);
    });

    it('custom roles: the ISM adds one with delegable rights only; employees may not', async () => {
      await appointLeadership();
      const body = {
        key: 'privacy_champion',
        name: 'Privacy Champion',
        summary: 'Keeps privacy questions close to the teams that handle personal data.',
        responsibilities: ['Answer privacy questions in their team'],
        scopeTypes: ['isms'],
        grants: ['trail.read'],
      };
      expect((await alice.request('POST', '/api/roles', body)).statusCode).toBe(403);
      const bad = await ism.request('POST', '/api/roles', { ...body, grants: ['assignments.manage'] });
      expect(bad.statusCode).toBe(400);
      const ok = await ism.request('POST', '/api/roles', body);
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().grants).toEqual([{ action: 'trail.read', describe: 'read the audit trail' }]);
      await assign(ism, { personId: alice.personId, roleKey: 'privacy_champion' });
      expect((await alice.request('GET', '/api/trail')).statusCode).toBe(200);
      expect((await ism.request('POST', '/api/roles', body)).statusCode).toBe(409);
    });
  });
}
