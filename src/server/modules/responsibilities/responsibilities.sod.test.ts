import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSodConflict, TSodException } from '../../../contracts/sod.js';
import {
  buildAccount,
  createTestApp,
  grantRole,
  seedAccount,
  signIn,
  type Client,
  type TestApp,
} from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { scopesOverlap, standingConflicts, violation } from './responsibilities.sod.rules.js';
import { enforceSod } from './responsibilities.sod.service.js';

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

describe('[RESPONSIBILITIES] SoD standing rules', () => {
  const tree = new Map<string, string | null>([
    ['root', null],
    ['fin', 'root'],
    ['fin-ap', 'fin'],
    ['sales', 'root'],
  ]);
  const parentOf = (id: string) => tree.get(id) ?? null;
  const scope = (scope_type: string, scope_id: string | null = null) => ({ scope_type, scope_id });

  it('overlaps the whole ISMS with everything, org units along one line of the tree, and an object with itself', () => {
    expect(scopesOverlap(scope('isms'), scope('asset', 'a1'), parentOf)).toBe(true);
    expect(scopesOverlap(scope('org_unit', 'fin'), scope('org_unit', 'fin'), parentOf)).toBe(true);
    expect(scopesOverlap(scope('org_unit', 'fin-ap'), scope('org_unit', 'root'), parentOf)).toBe(true);
    expect(scopesOverlap(scope('org_unit', 'root'), scope('org_unit', 'fin-ap'), parentOf)).toBe(true);
    expect(scopesOverlap(scope('org_unit', 'fin-ap'), scope('org_unit', 'sales'), parentOf)).toBe(false);
    expect(scopesOverlap(scope('asset', 'a1'), scope('asset', 'a1'), parentOf)).toBe(true);
    expect(scopesOverlap(scope('asset', 'a1'), scope('org_unit', 'fin'), parentOf)).toBe(false);
  });

  it('survives a cycle in the org-unit tree', () => {
    const loop = new Map([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(scopesOverlap(scope('org_unit', 'a'), scope('org_unit', 'c'), (id) => loop.get(id) ?? null)).toBe(false);
  });

  it('pairs an auditor with owner roles in overlapping scopes, and dates the conflict from the later start', () => {
    const a = (id: string, role_key: string, s: ReturnType<typeof scope>, valid_from: string) => ({
      id,
      person_id: 'p1',
      role_key,
      ...s,
      valid_from,
    });
    const found = standingConflicts(
      [
        a('1', 'internal_auditor', scope('org_unit', 'fin'), '2026-01-01'),
        a('2', 'asset_owner', scope('org_unit', 'fin-ap'), '2026-03-01'),
        a('3', 'sysadmin', scope('org_unit', 'sales'), '2025-01-01'),
        a('4', 'employee', scope('isms'), '2020-01-01'),
      ],
      parentOf,
    );
    expect(found.map((c) => [c.rule, c.left.id, c.right.id, c.since])).toEqual([['SOD-01', '1', '2', '2026-03-01']]);
  });

  it('says why nobody decides their own exception', () => {
    expect(
      violation({
        rule: 'SOD-00',
        deciderPersonId: 'a',
        subjectPersonId: 'a',
        decision: 'segregation-of-duties exception',
      }),
    ).toBe('Nobody decides their own segregation-of-duties exception; another authorised person must do it.');
    expect(violation({ rule: 'SOD-00', deciderPersonId: 'a', subjectPersonId: 'b' })).toBeNull();
  });
});

for (const dialect of DIALECTS) {
  describe(`[RESPONSIBILITIES] segregation of duties on ${dialect}`, () => {
    let t: TestApp;
    let ism: Client;
    let tm: Client;
    let auditor: Client;
    let employee: Client;
    const unit: Record<string, string> = {};
    const person: Record<string, string> = {};

    const addUnit = async (code: string, parent: string | null) => {
      const now = new Date().toISOString();
      unit[code] = uuidv7();
      await t.deps.db
        .insertInto('org_unit')
        .values({
          id: unit[code],
          code,
          name: `Unit ${code}`,
          parent_id: parent ? (unit[parent] ?? null) : null,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
    };
    const addRole = async (key: string, name: string) => {
      const now = new Date().toISOString();
      await t.deps.db
        .insertInto('role')
        .values({
          key,
          name,
          summary: name,
          responsibilities: '[]',
          authorities: '[]',
          grants: '[]',
          scope_types: '["isms"]',
          exclusive: 0,
          builtin: 0,
          position: 200,
          text_version: 1,
          retired_at: null,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
    };
    const addPerson = async (name: string) => {
      person[name] = (await seedAccount(t.deps, buildAccount({ fullName: name }))).personId;
      return person[name];
    };
    const inUnit = (code: string) => ({ scopeType: 'org_unit', scopeId: unit[code] ?? null });
    const conflicts = async (query = '', c: Client = ism) => {
      const res = await c.request('GET', `/api/sod/conflicts${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: TSodConflict[]; nextCursor: string | null; asOf: string }>();
    };
    const conflictsOf = async (name: string, query = '') =>
      (await conflicts(query)).items.filter((c) => c.person.id === person[name]);
    const request = (c: Client, body: Record<string, unknown>) =>
      c.request('POST', '/api/sod/exceptions', {
        ruleId: 'SOD-01',
        justification: 'Only one person knows the payment system',
        compensatingControl: 'Monthly review of the payment logs by the CFO',
        validFrom: new Date().toISOString(),
        validTo: inDays(90),
        ...body,
      });
    const trailOf = (objectId: string) =>
      t.deps.db.selectFrom('trail_event').selectAll().where('object_id', '=', objectId).orderBy('seq').execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ines ISM' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      tm = await signIn(t, buildAccount({ fullName: 'Tom Top' }));
      await grantRole(t.deps, tm.personId, 'top_management');
      auditor = await signIn(t, buildAccount({ fullName: 'Ada Auditor' }));
      await grantRole(t.deps, auditor.personId, 'internal_auditor');
      employee = await signIn(t, buildAccount({ fullName: 'Emil Employee' }));

      await addUnit('root', null);
      await addUnit('fin', 'root');
      await addUnit('fin-ap', 'fin');
      await addUnit('sales', 'root');
      await addRole('developer', 'Developer');
      await addRole('prod_admin', 'Production administrator');

      // Same org unit.
      await addPerson('Alice Same');
      await grantRole(t.deps, person['Alice Same']!, 'internal_auditor', inUnit('fin'));
      await grantRole(t.deps, person['Alice Same']!, 'asset_owner', inUnit('fin'));
      // Auditor below, risk owner above: an ancestor overlaps.
      await addPerson('Bob Ancestor');
      await grantRole(t.deps, person['Bob Ancestor']!, 'internal_auditor', inUnit('fin-ap'));
      await grantRole(t.deps, person['Bob Ancestor']!, 'risk_owner', inUnit('root'));
      // Disjoint units.
      await addPerson('Carol Disjoint');
      await grantRole(t.deps, person['Carol Disjoint']!, 'internal_auditor', inUnit('fin-ap'));
      await grantRole(t.deps, person['Carol Disjoint']!, 'sysadmin', inUnit('sales'));
      // Whole-ISMS auditor and a single asset's owner; the deputy ISM counts too.
      await addPerson('Dan Isms');
      await grantRole(t.deps, person['Dan Isms']!, 'internal_auditor');
      await grantRole(t.deps, person['Dan Isms']!, 'asset_owner', { scopeType: 'asset', scopeId: 'asset-1' });
      await grantRole(t.deps, person['Dan Isms']!, 'isms_manager', { kind: 'deputy' });
      // An org-unit auditor and an asset owner: the asset's unit is not known, so no overlap.
      await addPerson('Eve Object');
      await grantRole(t.deps, person['Eve Object']!, 'internal_auditor', inUnit('fin'));
      await grantRole(t.deps, person['Eve Object']!, 'asset_owner', { scopeType: 'asset', scopeId: 'asset-1' });
      // Ended ten days ago; it overlapped twenty days ago.
      await addPerson('Gus Ended');
      await grantRole(t.deps, person['Gus Ended']!, 'internal_auditor', { ...inUnit('fin'), validFrom: inDays(-60) });
      const ended = await grantRole(t.deps, person['Gus Ended']!, 'sysadmin', {
        ...inUnit('fin'),
        validFrom: inDays(-30),
      });
      await t.deps.db
        .updateTable('assignment')
        .set({ valid_to: inDays(-10) })
        .where('id', '=', ended)
        .execute();
      // Starts in ten days.
      await addPerson('Hal Future');
      await grantRole(t.deps, person['Hal Future']!, 'internal_auditor');
      await grantRole(t.deps, person['Hal Future']!, 'sysadmin', { validFrom: inDays(10) });
      // Custom roles for SOD-07.
      await addPerson('Ivy Devops');
      await grantRole(t.deps, person['Ivy Devops']!, 'developer');
      await grantRole(t.deps, person['Ivy Devops']!, 'prod_admin');
    });
    afterAll(async () => t.close());

    it('lists the rules, with SOD-00 admitting no exception', async () => {
      const res = await employee.request('GET', '/api/sod/rules');
      expect(res.statusCode).toBe(200);
      const items = res.json<{ items: { id: string; exceptionsAllowed: boolean; standing: boolean }[] }>().items;
      expect(items.map((r) => r.id)).toEqual([
        'SOD-00',
        'SOD-01',
        'SOD-02',
        'SOD-03',
        'SOD-04',
        'SOD-05',
        'SOD-06',
        'SOD-07',
        'SOD-08',
        'SOD-09',
        'SOD-10',
      ]);
      expect(items[0]).toMatchObject({ exceptionsAllowed: false, standing: false });
      expect(items[1]).toMatchObject({ name: 'Auditor independence', exceptionsAllowed: true, standing: true });
    });

    it('finds an auditor who owns assets in the same org unit', async () => {
      const [c, ...more] = await conflictsOf('Alice Same');
      expect(more).toEqual([]);
      expect(c).toMatchObject({
        ruleId: 'SOD-01',
        ruleName: 'Auditor independence',
        person: { fullName: 'Alice Same' },
        status: 'open',
        exception: null,
      });
      expect([c?.first, c?.second].map((a) => [a?.roleKey, a?.scope.type, a?.scope.label])).toEqual([
        ['internal_auditor', 'org_unit', 'Unit fin'],
        ['asset_owner', 'org_unit', 'Unit fin'],
      ]);
    });

    it('finds an overlap through an ancestor org unit, and none between disjoint units or unknown object units', async () => {
      expect((await conflictsOf('Bob Ancestor')).map((c) => c.second.roleKey)).toEqual(['risk_owner']);
      expect(await conflictsOf('Carol Disjoint')).toEqual([]);
      expect(await conflictsOf('Eve Object')).toEqual([]);
    });

    it('counts whole-ISMS auditors against object owners, and deputies too', async () => {
      const found = await conflictsOf('Dan Isms');
      expect(found.map((c) => [c.second.roleKey, c.second.kind]).sort()).toEqual([
        ['asset_owner', 'holder'],
        ['isms_manager', 'deputy'],
      ]);
    });

    it('does not count an ended or a future assignment, but asOf sees them when they were current', async () => {
      expect(await conflictsOf('Gus Ended')).toEqual([]);
      expect(await conflictsOf('Hal Future')).toEqual([]);
      const past = await conflictsOf('Gus Ended', `?asOf=${encodeURIComponent(inDays(-20))}`);
      expect(past).toHaveLength(1);
      expect(past[0]?.since).toBe(
        (
          await t.deps.db
            .selectFrom('assignment')
            .select('valid_from')
            .where('role_key', '=', 'sysadmin')
            .where('person_id', '=', person['Gus Ended']!)
            .executeTakeFirstOrThrow()
        ).valid_from,
      );
      const day = inDays(11).slice(0, 10);
      const page = await conflicts(`?asOf=${day}`);
      expect(page.asOf).toBe(`${day}T23:59:59.999Z`);
      expect(page.items.some((c) => c.person.id === person['Hal Future'])).toBe(true);
    });

    it('finds developer + production administrator (SOD-07), filters by rule and person, and pages', async () => {
      const sod07 = await conflicts('?ruleId=SOD-07');
      expect(sod07.items.map((c) => [c.ruleId, c.person.fullName])).toEqual([['SOD-07', 'Ivy Devops']]);
      const bob = await conflicts(`?personId=${person['Bob Ancestor']}`);
      expect(bob.items).toHaveLength(1);

      const all = (await conflicts('?limit=200')).items;
      expect(all.map((c) => c.person.fullName)).toEqual([
        'Alice Same',
        'Bob Ancestor',
        'Dan Isms',
        'Dan Isms',
        'Ivy Devops',
      ]);
      const walked: TSodConflict[] = [];
      let cursor: string | null = null;
      do {
        const page = await conflicts(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(2);
        walked.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(walked).toEqual(all);
    });

    it('lets the ISM, Top Management and auditors read conflicts, and nobody else', async () => {
      expect((await auditor.request('GET', '/api/sod/conflicts')).statusCode).toBe(200);
      expect((await tm.request('GET', '/api/sod/conflicts')).statusCode).toBe(200);
      const res = await employee.request('GET', '/api/sod/conflicts');
      expect(res.statusCode).toBe(403);
      expect((await employee.request('GET', '/api/sod/exceptions')).statusCode).toBe(403);
    });

    it('refuses an exception without a proper time limit, for SOD-00, or for nobody, naming the field', async () => {
      const backwards = await request(ism, {
        personId: person['Alice Same'],
        validTo: inDays(-1),
        validFrom: inDays(1),
      });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().errors).toEqual([{ field: 'body.validTo', message: 'Must be after validFrom' }]);
      const tooLong = await request(ism, { personId: person['Alice Same'], validTo: inDays(400) });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().detail).toContain('at most 365 days');
      const over = await request(ism, {
        personId: person['Alice Same'],
        validFrom: inDays(-30),
        validTo: inDays(-1),
      });
      expect(over.json().errors).toEqual([{ field: 'body.validTo', message: 'Must be in the future' }]);
      const sod00 = await request(ism, { personId: person['Alice Same'], ruleId: 'SOD-00' });
      expect(sod00.statusCode).toBe(400);
      expect(sod00.json().errors[0].field).toBe('body.ruleId');
      const nobody = await request(ism, { personId: '01900000-0000-7000-8000-000000000000' });
      expect(nobody.json().errors).toEqual([{ field: 'body.personId', message: 'No such person' }]);
      const missingTo = await ism.request('POST', '/api/sod/exceptions', {
        ruleId: 'SOD-01',
        personId: person['Alice Same'],
        justification: 'j',
        compensatingControl: 'c',
        validFrom: new Date().toISOString(),
      });
      expect(missingTo.statusCode).toBe(400);
      expect(JSON.stringify(missingTo.json().errors)).toContain('validTo');
      expect((await request(employee, { personId: person['Alice Same'] })).statusCode).toBe(403);
      expect((await request(tm, { personId: person['Alice Same'] })).statusCode).toBe(403);
    });

    it('runs the lifecycle: ISM requests, Top Management approves, enforceSod lets only that rule through', async () => {
      const alice = person['Alice Same']!;
      const res = await request(ism, { personId: alice });
      expect(res.statusCode, res.body).toBe(201);
      const x = res.json<TSodException>();
      expect(x).toMatchObject({
        reference: expect.stringMatching(/^SODX-\d{4}$/),
        ruleId: 'SOD-01',
        person: { id: alice, fullName: 'Alice Same' },
        status: 'requested',
        inForce: false,
        requestedBy: { id: ism.personId, fullName: 'Ines ISM' },
        decidedBy: null,
        version: 1,
        can: { approve: false, reject: false, revoke: true },
      });
      await expect(
        enforceSod(t.deps.db, { rule: 'SOD-01', deciderPersonId: alice, conflicts: ['owns assets in Finance'] }),
      ).rejects.toMatchObject({ code: 'sod_violation', rule: 'SOD-01' });

      const asTm = (await tm.request('GET', `/api/sod/exceptions/${x.id}`)).json<TSodException>();
      expect(asTm.can).toEqual({ approve: true, reject: true, revoke: true });
      const body = { version: 1, note: 'Accepted for the audit cycle' };
      expect((await ism.request('POST', `/api/sod/exceptions/${x.id}/approve`, body)).statusCode).toBe(403);
      expect((await employee.request('POST', `/api/sod/exceptions/${x.id}/approve`, body)).statusCode).toBe(403);
      const approved = await tm.request('POST', `/api/sod/exceptions/${x.id}/approve`, body);
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json<TSodException>()).toMatchObject({
        status: 'approved',
        inForce: true,
        decidedBy: { id: tm.personId, fullName: 'Tom Top' },
        decisionNote: 'Accepted for the audit cycle',
        version: 2,
        can: { approve: false, reject: false, revoke: true },
      });

      expect(
        await enforceSod(t.deps.db, { rule: 'SOD-01', deciderPersonId: alice, conflicts: ['owns assets in Finance'] }),
      ).toEqual({ exception: x.reference });
      await expect(
        enforceSod(t.deps.db, {
          rule: 'SOD-02',
          deciderPersonId: alice,
          requesterPersonId: alice,
          beneficiaryPersonId: alice,
        }),
      ).rejects.toMatchObject({ code: 'sod_violation', rule: 'SOD-02' });

      const [c] = await conflictsOf('Alice Same');
      expect(c).toMatchObject({ status: 'excepted', exception: { id: x.id, reference: x.reference } });

      const events = await trailOf(x.id);
      expect(events.map((e) => [e.action, e.authorized_as])).toEqual([
        ['sod.exception.requested', 'role:isms_manager'],
        ['sod.exception.approved', 'role:top_management'],
      ]);
      expect(events[1]?.authorized_by).not.toBeNull();
      expect(JSON.parse(events[1]?.changes ?? '{}')).toMatchObject({
        reference: x.reference,
        status: { before: 'requested', after: 'approved' },
      });

      const again = await tm.request('POST', `/api/sod/exceptions/${x.id}/approve`, { ...body, version: 2 });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('conflict');

      const stale = await ism.request('POST', `/api/sod/exceptions/${x.id}/revoke`, { version: 1, note: 'n' });
      expect(stale.json().code).toBe('version_conflict');
      const revoked = await ism.request('POST', `/api/sod/exceptions/${x.id}/revoke`, {
        version: 2,
        note: 'Second person hired',
      });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({ status: 'revoked', inForce: false });
      await expect(
        enforceSod(t.deps.db, { rule: 'SOD-01', deciderPersonId: alice, conflicts: ['x'] }),
      ).rejects.toMatchObject({ rule: 'SOD-01' });
      expect(
        (await employee.request('POST', `/api/sod/exceptions/${x.id}/revoke`, { version: 3, note: 'n' })).statusCode,
      ).toBe(403);
    });

    it('an expired exception covers nothing and lists as expired', async () => {
      const bob = person['Bob Ancestor']!;
      const id = uuidv7();
      await t.deps.db
        .insertInto('sod_exception')
        .values({
          id,
          reference: 'SODX-9001',
          rule_id: 'SOD-01',
          person_id: bob,
          justification: 'j',
          compensating_control: 'c',
          valid_from: inDays(-100),
          valid_to: inDays(-1),
          status: 'approved',
          requested_by: ism.personId,
          requested_at: inDays(-100),
          decided_by: tm.personId,
          decided_at: inDays(-99),
          decision_note: 'ok',
          version: 2,
        })
        .execute();
      await expect(
        enforceSod(t.deps.db, { rule: 'SOD-01', deciderPersonId: bob, conflicts: ['x'] }),
      ).rejects.toMatchObject({ rule: 'SOD-01' });
      const got = (await ism.request('GET', `/api/sod/exceptions/${id}`)).json<TSodException>();
      expect(got).toMatchObject({ status: 'expired', inForce: false, can: { revoke: false } });
      expect((await conflictsOf('Bob Ancestor'))[0]?.status).toBe('open');
      const expired = (await ism.request('GET', '/api/sod/exceptions?status=expired')).json<{
        items: TSodException[];
      }>();
      expect(expired.items.map((e) => e.id)).toContain(id);
      const approved = (await ism.request('GET', '/api/sod/exceptions?status=approved')).json<{
        items: TSodException[];
      }>();
      expect(approved.items.map((e) => e.id)).not.toContain(id);
    });

    it('refuses Top Management deciding an exception that covers them (SOD-00); another decider may', async () => {
      const x = (await request(ism, { personId: tm.personId, ruleId: 'SOD-07' })).json<TSodException>();
      expect((await tm.request('GET', `/api/sod/exceptions/${x.id}`)).json().can.approve).toBe(false);
      for (const verb of ['approve', 'reject']) {
        const res = await tm.request('POST', `/api/sod/exceptions/${x.id}/${verb}`, { version: 1, note: 'mine' });
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ code: 'sod_violation', rule: 'SOD-00' });
        expect(res.json().detail).toContain('Nobody decides their own segregation-of-duties exception');
      }
      expect((await trailOf(x.id)).map((e) => e.action)).toEqual(['sod.exception.requested']);

      const other = await signIn(t, buildAccount({ fullName: 'Tess Second' }));
      await grantRole(t.deps, other.personId, 'top_management');
      const rejected = await other.request('POST', `/api/sod/exceptions/${x.id}/reject`, {
        version: 1,
        note: 'Separate the duties instead',
      });
      expect(rejected.statusCode).toBe(200);
      expect(rejected.json()).toMatchObject({ status: 'rejected', decidedBy: { fullName: 'Tess Second' } });
      const late = await other.request('POST', `/api/sod/exceptions/${x.id}/approve`, { version: 2, note: 'n' });
      expect(late.statusCode).toBe(409);
    });

    it('numbers concurrent requests without gaps or duplicates, and lists them newest first with filters', async () => {
      const before = (await ism.request('GET', '/api/sod/exceptions?limit=200')).json<{ items: TSodException[] }>();
      const made = await Promise.all(
        Array.from({ length: 5 }, () => request(ism, { personId: person['Ivy Devops'], ruleId: 'SOD-07' })),
      );
      expect(made.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
      const refs = made.map((r) => r.json<TSodException>().reference).sort();
      expect(new Set(refs).size).toBe(5);
      const numbers = refs.map((r) => Number(r.slice(5)));
      expect(numbers.at(-1)! - numbers[0]!).toBe(4);

      const ivy = (
        await ism.request('GET', `/api/sod/exceptions?personId=${person['Ivy Devops']}&ruleId=SOD-07&status=requested`)
      ).json<{ items: TSodException[] }>();
      expect(ivy.items).toHaveLength(5);
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: TSodException[]; nextCursor: string | null } = (
          await ism.request('GET', `/api/sod/exceptions?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        walked.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(walked).toHaveLength(before.items.length + 5);
      const all = (await ism.request('GET', '/api/sod/exceptions?limit=200')).json<{ items: TSodException[] }>();
      expect(walked).toEqual(all.items.map((e) => e.id));
      const times = all.items.map((e) => e.requestedAt);
      expect([...times].sort().reverse()).toEqual(times);
      expect((await auditor.request('GET', '/api/sod/exceptions')).statusCode).toBe(200);
    });
  });
}
