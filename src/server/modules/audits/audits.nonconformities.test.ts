import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TNcAgeing, TNonconformity, TNonconformitySummary } from '../../../contracts/audits.js';
import { nowIso } from '../../db/json.js';
import { controlIdOf } from '../../testing/controls.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { correctiveActionScopeKind, nonconformityScopeKind } from './audits.nonconformities.scopes.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const MINE = ['audits.nonconformity.handle', 'audits.corrective_action', 'audits.nonconformity.verify'];

type Page = { items: TNonconformitySummary[]; nextCursor: string | null };
type Problem = { code: string; detail: string; rule?: string; errors?: { field: string }[] };

for (const dialect of DIALECTS) {
  describe(`[AUDITS] nonconformities and corrective actions (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let auditor: Client;
    let otherAuditor: Client;
    let owner: Client;
    let doer: Client;
    let doer2: Client;
    let employee: Client;
    let nc: TNonconformity;
    let unowned: TNonconformity;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      auditor = await signIn(t, buildAccount({ fullName: 'Aud Auditor' }));
      otherAuditor = await signIn(t, buildAccount({ fullName: 'Bea Auditor' }));
      owner = await signIn(t, buildAccount({ fullName: 'Olga Owner' }));
      doer = await signIn(t, buildAccount({ fullName: 'Dan Doer' }));
      doer2 = await signIn(t, buildAccount({ fullName: 'Dora Doer' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, auditor.personId, 'internal_auditor');
      await grantRole(t.deps, otherAuditor.personId, 'internal_auditor');
      // Dan implements a corrective action and is an internal auditor too: SOD-10 is about him.
      await grantRole(t.deps, doer.personId, 'internal_auditor');
    });
    afterAll(async () => t?.close());

    const get = async (c: Client = ism, id = nc.id) =>
      (await c.request('GET', `/api/nonconformities/${id}`)).json<TNonconformity>();
    const inbox = async (c: Client) =>
      (await c.request('GET', '/api/inbox?limit=100')).json<{
        items: { kind: string; link: string; dueAt: string | null }[];
      }>().items;
    const ledger = (scopeId: string) =>
      t.deps.db
        .selectFrom('assignment')
        .select(['person_id', 'role_key', 'scope_type', 'valid_to'])
        .where('scope_id', '=', scopeId)
        .orderBy('created_at')
        .execute();
    const action = (id: string, actionId: string, verb: string, c: Client, body: object) =>
      c.request('POST', `/api/nonconformities/${id}/actions/${actionId}/${verb}`, body);

    it('refuses an employee reading and raising nonconformities', async () => {
      for (const url of ['/api/nonconformities', '/api/nonconformities/ageing', '/api/nonconformities/export'])
        expect((await employee.request('GET', url)).statusCode, url).toBe(403);
      const raise = await employee.request('POST', '/api/nonconformities', {
        title: 'Nope',
        description: 'Nope',
        severity: 'minor',
        source: 'other',
      });
      expect(raise.statusCode).toBe(403);
    });

    it('raises an NC with an owner in the ledger; only the ISM names owners', async () => {
      const controlId = await controlIdOf(t.deps, 'A.5.24');
      const bad = await ism.request('POST', '/api/nonconformities', {
        title: 'x',
        description: 'x',
        severity: 'minor',
        source: 'other',
        clauseId: '99.9',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<Problem>().errors?.map((e) => e.field)).toEqual(['clauseId']);
      const res = await ism.request('POST', '/api/nonconformities', {
        title: 'Incident not reported in time',
        description: 'INC-0007 was reported to the ISM four days after it was found.',
        severity: 'major',
        source: 'incident',
        sourceNote: 'INC-0007',
        clauseId: '10.2',
        controlId,
        ownerPersonId: owner.personId,
      });
      expect(res.statusCode, res.body).toBe(201);
      nc = res.json<TNonconformity>();
      expect(nc).toMatchObject({
        reference: 'NC-0001',
        status: 'open',
        severity: 'major',
        source: 'incident',
        sourceNote: 'INC-0007',
        owner: { id: owner.personId, fullName: 'Olga Owner' },
        clause: { id: '10.2' },
        control: { id: controlId, reference: 'A.5.24' },
        raisedBy: { id: ism.personId },
        actions: { total: 0, open: 0, overdue: 0 },
        ageDays: 0,
        can: { manage: true, setOwner: true, verify: false },
      });
      expect(await ledger(nc.id)).toEqual([
        {
          person_id: owner.personId,
          role_key: 'nonconformity_owner',
          scope_type: 'nonconformity',
          valid_to: null,
        },
      ]);
      const byAuditor = await auditor.request('POST', '/api/nonconformities', {
        title: 'Access review evidence missing',
        description: 'No record of the Q3 access review.',
        severity: 'minor',
        source: 'other',
        ownerPersonId: owner.personId,
      });
      expect(byAuditor.statusCode).toBe(403);
      const plain = await auditor.request('POST', '/api/nonconformities', {
        title: 'Access review evidence missing',
        description: 'No record of the Q3 access review.',
        severity: 'minor',
        source: 'other',
      });
      expect(plain.statusCode, plain.body).toBe(201);
      unowned = plain.json<TNonconformity>();
      expect(unowned).toMatchObject({ reference: 'NC-0002', owner: null, can: { manage: false, setOwner: false } });
    });

    it('gives the owner the duty to handle their NC, and the ISM the unowned one', async () => {
      const mine = (await inbox(owner)).filter((d) => d.kind === 'audits.nonconformity.handle');
      expect(mine.map((d) => d.link)).toEqual([`/nonconformities/${nc.id}`]);
      const ism_ = (await inbox(ism)).filter((d) => d.kind === 'audits.nonconformity.handle');
      expect(ism_.map((d) => d.link)).toEqual([`/nonconformities/${unowned.id}`]);
      expect((await inbox(employee)).filter((d) => MINE.includes(d.kind))).toEqual([]);
    });

    it('refuses a corrective action before the root cause is known (10.2 b), then plans one', async () => {
      const plan = { title: 'Add reporting to onboarding', dueDate: day(14), ownerPersonId: doer.personId };
      const early = await owner.request('POST', `/api/nonconformities/${nc.id}/actions`, plan);
      expect(early.statusCode).toBe(409);
      expect(early.json<Problem>().detail).toContain('10.2 b');
      expect(
        (await employee.request('PATCH', `/api/nonconformities/${nc.id}`, { version: nc.version, rootCause: 'x' }))
          .statusCode,
      ).toBe(403);
      const patched = await owner.request('PATCH', `/api/nonconformities/${nc.id}`, {
        version: nc.version,
        correction: 'Reported the incident to the ISM.',
        rootCauseMethod: 'five_whys',
        whys: ['Staff did not know the deadline', 'Onboarding does not cover incident reporting'],
      });
      expect(patched.statusCode, patched.body).toBe(200);
      nc = patched.json<TNonconformity>();
      expect(nc.correctedAt).not.toBeNull();
      expect(nc.rootCause).toEqual({
        method: 'five_whys',
        text: '',
        whys: ['Staff did not know the deadline', 'Onboarding does not cover incident reporting'],
      });
      const stale = await owner.request('PATCH', `/api/nonconformities/${nc.id}`, { version: 1, title: 'Old' });
      expect(stale.json<Problem>().code).toBe('version_conflict');
      const past = await owner.request('POST', `/api/nonconformities/${nc.id}/actions`, { ...plan, dueDate: day(-1) });
      expect(past.statusCode).toBe(400);
      expect(past.json<Problem>().errors?.map((e) => e.field)).toEqual(['dueDate']);
      const added = await owner.request('POST', `/api/nonconformities/${nc.id}/actions`, plan);
      expect(added.statusCode, added.body).toBe(201);
      nc = added.json<TNonconformity>();
      expect(nc.status).toBe('action');
      expect(nc.correctiveActions).toMatchObject([
        { reference: 'CA-0001', status: 'open', owner: { person: { id: doer.personId } }, can: { edit: true } },
      ]);
      const ca = nc.correctiveActions[0]!;
      expect(await ledger(ca.id)).toMatchObject([{ person_id: doer.personId, role_key: 'action_owner' }]);
      const duty = (await inbox(doer)).find((d) => d.kind === 'audits.corrective_action');
      expect(duty).toMatchObject({ link: `/nonconformities/${nc.id}`, dueAt: `${plan.dueDate}T23:59:59.999Z` });
      expect((await inbox(owner)).filter((d) => d.kind === 'audits.nonconformity.handle')).toEqual([]);
      // Links that name only the action (coverage, handover) find their NC.
      const one = await doer.request('GET', `/api/corrective-actions/${ca.id}`);
      expect(one.json()).toMatchObject({ id: ca.id, ncId: nc.id, reference: 'CA-0001' });
      expect((await doer.request('GET', `/api/corrective-actions/${nc.id}`)).statusCode).toBe(404);
    });

    it('lets only the action owner complete it; the NC then awaits verification', async () => {
      const ca = nc.correctiveActions[0]!;
      for (const c of [employee, owner, ism, auditor])
        expect((await action(nc.id, ca.id, 'complete', c, { version: ca.version, note: 'done' })).statusCode).toBe(403);
      expect((await get(doer)).correctiveActions[0]!.can.complete).toBe(true);
      const done = await action(nc.id, ca.id, 'complete', doer, { version: ca.version, note: 'Module added' });
      expect(done.statusCode, done.body).toBe(200);
      nc = done.json<TNonconformity>();
      expect(nc.status).toBe('verification');
      expect(nc.correctiveActions[0]).toMatchObject({ status: 'done', done: { by: { id: doer.personId } } });
      expect((await action(nc.id, ca.id, 'complete', doer, { version: ca.version + 1, note: 'x' })).statusCode).toBe(
        409,
      );
      expect((await inbox(doer)).filter((d) => MINE.includes(d.kind))).toEqual([]);
      for (const c of [ism, auditor, otherAuditor])
        expect((await inbox(c)).filter((d) => d.kind === 'audits.nonconformity.verify').map((d) => d.link)).toEqual([
          `/nonconformities/${nc.id}`,
        ]);
    });

    it('refuses the implementer as verifier (SOD-10)', async () => {
      expect((await get(doer)).can.verify).toBe(false);
      const res = await doer.request('POST', `/api/nonconformities/${nc.id}/verify`, {
        version: nc.version,
        effective: true,
        note: 'Works',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<Problem>()).toMatchObject({ code: 'sod_violation', rule: 'SOD-10' });
      expect(
        (
          await employee.request('POST', `/api/nonconformities/${nc.id}/verify`, {
            version: 1,
            effective: true,
            note: 'x',
          })
        ).statusCode,
      ).toBe(403);
    });

    it('reopens an NC found not effective; only actions planned since count', async () => {
      expect((await get(auditor)).can.verify).toBe(true);
      const res = await auditor.request('POST', `/api/nonconformities/${nc.id}/verify`, {
        version: nc.version,
        effective: false,
        note: 'A new starter still missed the deadline',
      });
      expect(res.statusCode, res.body).toBe(200);
      nc = res.json<TNonconformity>();
      expect(nc).toMatchObject({
        status: 'open',
        reopenedCount: 1,
        verifications: [{ effective: false, by: { id: auditor.personId }, roleKey: 'internal_auditor' }],
      });
      const told = await t.deps.db
        .selectFrom('notification')
        .select('kind')
        .where('person_id', '=', owner.personId)
        .where('kind', '=', 'nonconformity.verified')
        .execute();
      expect(told).toHaveLength(1);
      const added = await owner.request('POST', `/api/nonconformities/${nc.id}/actions`, {
        title: 'Quiz on incident reporting',
        dueDate: day(7),
        ownerPersonId: doer2.personId,
      });
      nc = added.json<TNonconformity>();
      expect(nc.status).toBe('action');
      const ca = nc.correctiveActions.find((a) => a.reference === 'CA-0002')!;
      const done = await action(nc.id, ca.id, 'complete', doer2, { version: ca.version, note: 'Quiz in place' });
      nc = done.json<TNonconformity>();
      expect(nc.status).toBe('verification');
      // Dan implemented only the action found not effective: he may verify the new one.
      expect((await get(doer)).can.verify).toBe(true);
    });

    it('closes an NC verified effective by another auditor; a closed NC takes no changes', async () => {
      const res = await otherAuditor.request('POST', `/api/nonconformities/${nc.id}/verify`, {
        version: nc.version,
        effective: true,
        note: 'Three starters reported on time',
      });
      expect(res.statusCode, res.body).toBe(200);
      nc = res.json<TNonconformity>();
      expect(nc).toMatchObject({ status: 'closed', verifications: [{ effective: false }, { effective: true }] });
      expect(nc.closedAt).not.toBeNull();
      const event = await t.deps.db
        .selectFrom('trail_event')
        .select(['changes', 'authorized_as', 'actor_person_id'])
        .where('action', '=', 'nonconformity.verify')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(event).toMatchObject({ authorized_as: 'role:internal_auditor', actor_person_id: otherAuditor.personId });
      expect(JSON.parse(event.changes)).toMatchObject({ reference: 'NC-0001', result: 'effective' });
      expect(
        (await owner.request('PATCH', `/api/nonconformities/${nc.id}`, { version: nc.version, title: 'x' })).statusCode,
      ).toBe(409);
      expect(
        (
          await ism.request('POST', `/api/nonconformities/${nc.id}/actions`, {
            title: 'x',
            dueDate: day(3),
            ownerPersonId: doer.personId,
          })
        ).statusCode,
      ).toBe(409);
      expect(
        (
          await ism.request('POST', `/api/nonconformities/${nc.id}/verify`, {
            version: nc.version,
            effective: true,
            note: 'x',
          })
        ).statusCode,
      ).toBe(409);
    });

    it('sets an owner (ISM only), replaces an action owner and cancels an action', async () => {
      const url = `/api/nonconformities/${unowned.id}`;
      expect((await auditor.request('PUT', `${url}/owner`, { personId: owner.personId })).statusCode).toBe(403);
      const set = await ism.request('PUT', `${url}/owner`, { personId: owner.personId });
      expect(set.statusCode, set.body).toBe(200);
      unowned = set.json<TNonconformity>();
      expect(unowned.owner?.id).toBe(owner.personId);
      unowned = (
        await ism.request('PATCH', url, { version: unowned.version, rootCause: 'Reviews are not scheduled' })
      ).json<TNonconformity>();
      unowned = (
        await ism.request('POST', `${url}/actions`, {
          title: 'Schedule reviews',
          dueDate: day(3),
          ownerPersonId: doer.personId,
        })
      ).json<TNonconformity>();
      const ca = unowned.correctiveActions[0]!;
      const moved = await ism.request('PATCH', `${url}/actions/${ca.id}`, {
        version: ca.version,
        ownerPersonId: doer2.personId,
        dueDate: day(10),
      });
      expect(moved.statusCode, moved.body).toBe(200);
      const after = moved.json<TNonconformity>().correctiveActions[0]!;
      expect(after).toMatchObject({ owner: { person: { id: doer2.personId } }, dueDate: day(10) });
      const rows = await ledger(ca.id);
      expect(rows.map((r) => [r.person_id, r.valid_to === null])).toEqual([
        [doer.personId, false],
        [doer2.personId, true],
      ]);
      const cancelled = await action(unowned.id, ca.id, 'cancel', owner, {
        version: after.version,
        reason: 'Tool does it',
      });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      unowned = cancelled.json<TNonconformity>();
      expect(unowned).toMatchObject({ status: 'open', correctiveActions: [{ status: 'cancelled' }] });
      expect(
        (await action(unowned.id, ca.id, 'cancel', owner, { version: after.version + 1, reason: 'x' })).statusCode,
      ).toBe(409);
    });

    it('lists with filters, sorts and keyset pages; owner none and me', async () => {
      for (const [title, severity] of [
        ['Third', 'minor'],
        ['Fourth', 'major'],
        ['Fifth', 'minor'],
      ] as const)
        await ism.request('POST', '/api/nonconformities', { title, description: 'd', severity, source: 'other' });
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = (
          await auditor.request('GET', `/api/nonconformities?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        ).json<Page>();
        all.push(...page.items.map((i) => i.reference));
        cursor = page.nextCursor;
      } while (cursor);
      expect(all).toEqual(['NC-0005', 'NC-0004', 'NC-0003', 'NC-0002', 'NC-0001']);
      const refs = async (q: string) =>
        (await ism.request('GET', `/api/nonconformities?${q}`)).json<Page>().items.map((i) => i.reference);
      expect(await refs('owner=none')).toEqual(['NC-0005', 'NC-0004', 'NC-0003']);
      expect(await refs('owner=none&sort=reference&limit=2')).toEqual(['NC-0003', 'NC-0004']);
      expect(
        (await owner.request('GET', '/api/nonconformities?owner=me&sort=reference'))
          .json<Page>()
          .items.map((i) => i.reference),
      ).toEqual(['NC-0001', 'NC-0002']);
      expect(await refs('status=unclosed&sort=age')).toEqual(['NC-0002', 'NC-0003', 'NC-0004', 'NC-0005']);
      expect(await refs('sort=age')).toEqual(['NC-0002', 'NC-0003', 'NC-0004', 'NC-0005', 'NC-0001']);
      expect(await refs('sort=severity')).toEqual(['NC-0004', 'NC-0001', 'NC-0005', 'NC-0003', 'NC-0002']);
      expect(await refs('severity=major&status=closed')).toEqual(['NC-0001']);
      expect(await refs('q=access%20review')).toEqual(['NC-0002']);
      const sev: string[] = [];
      for (let c: string | null = null, first = true; first || c; first = false) {
        const p: Page = (
          await ism.request('GET', `/api/nonconformities?sort=severity&limit=2${c ? `&cursor=${c}` : ''}`)
        ).json<Page>();
        sev.push(...p.items.map((i) => i.reference));
        c = p.nextCursor;
      }
      expect(sev).toEqual(['NC-0004', 'NC-0001', 'NC-0005', 'NC-0003', 'NC-0002']);
      expect((await ism.request('GET', '/api/nonconformities?cursor=nope')).statusCode).toBe(400);
    });

    it('buckets unclosed NCs by age, per owner and by severity', async () => {
      const backdate = (reference: string, days: number) =>
        t.deps.db
          .updateTable('nonconformity')
          .set({ raised_at: ago(days) })
          .where('reference', '=', reference)
          .execute();
      await backdate('NC-0002', 45);
      await backdate('NC-0003', 100);
      await backdate('NC-0004', 70);
      const a = (await ism.request('GET', '/api/nonconformities/ageing')).json<TNcAgeing>();
      expect(a.total).toEqual({ '0-30': 1, '31-60': 1, '61-90': 1, '90+': 1 });
      expect(a.bySeverity).toEqual({ minor: 3, major: 1 });
      expect(a.byOwner).toEqual([
        { owner: null, counts: { '0-30': 1, '31-60': 0, '61-90': 1, '90+': 1 }, open: 3, oldestDays: 100 },
        {
          owner: { id: owner.personId, fullName: 'Olga Owner' },
          counts: { '0-30': 0, '31-60': 1, '61-90': 0, '90+': 0 },
          open: 1,
          oldestDays: 45,
        },
      ]);
      const scope = await nonconformityScopeKind.ownership!.count(t.deps.db, nowIso());
      expect(scope).toEqual({ total: 4, unowned: 3 });
      expect(await correctiveActionScopeKind.ownership!.count(t.deps.db, nowIso())).toEqual({ total: 0, unowned: 0 });
    });

    it('exports the NC and corrective action log, one row per action', async () => {
      const res = await auditor.request('GET', '/api/nonconformities/export?format=csv');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const lines = res.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe(
        'NC,Title,Severity,Source,Audit,Raised,Raised by,Owner,Status,Age (days),Correction,Root cause,Corrective action,Action,Action owner,Due,Action status,Done,Done by,Verified,Verified by,Effective,Closed',
      );
      const refs = lines.slice(1).map((l) => l.split(',')[0]);
      // NC-0001 has two actions, NC-0002 one, the others none. Root causes span lines in quotes.
      expect(refs.filter((r) => /^NC-\d{4}$/.test(r ?? ''))).toEqual([
        'NC-0001',
        'NC-0001',
        'NC-0002',
        'NC-0003',
        'NC-0004',
        'NC-0005',
      ]);
      expect(res.body).toContain('CA-0002');
      const xlsx = await auditor.request('GET', '/api/nonconformities/export?status=closed');
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    });
  });
}
