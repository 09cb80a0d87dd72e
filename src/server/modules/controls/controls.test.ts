import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TControl, TControlProgress, TControlSummary } from '../../../contracts/controls.js';
import { controlIdOf } from '../../testing/controls.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { createTestDatabase, DIALECTS } from '../../testing/test-db.js';
import { controlScopeKind } from './controls.scopes.js';
import { DEFAULT_CATALOGUES, ensureControlsSeeded } from './controls.seed.js';

type Page = { items: TControlSummary[]; total: number; nextCursor: string | null };
const count = async (t: { db: TestApp['deps']['db'] }, table: 'control' | 'isms_clause' | 'catalogue') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const dialect of DIALECTS) {
  describe(`[CONTROLS] catalogue seed (${dialect})`, () => {
    it('loads 93 Annex A controls and 41 clauses once, even when two instances start at once', async () => {
      const database = await createTestDatabase(dialect);
      try {
        await Promise.all([ensureControlsSeeded(database.db), ensureControlsSeeded(database.db)]);
        await ensureControlsSeeded(database.db);
        expect(await count(database, 'control')).toBe(93);
        expect(await count(database, 'isms_clause')).toBe(41);
        expect(await count(database, 'catalogue')).toBe(3);
        const first = await database.db
          .selectFrom('control')
          .selectAll()
          .where('reference', '=', 'A.5.1')
          .executeTakeFirstOrThrow();
        expect(first).toMatchObject({
          code: '5.1',
          custom: 0,
          description: '',
          applicable: null,
          theme: 'organizational',
        });
        expect(first.title).toBe('Policies for information security');

        // A decision taken, then a newer catalogue version: new items come in, titles change,
        // the decision stays.
        await database.db
          .updateTable('control')
          .set({ applicable: 0, justification: 'No such activity here', status: 'planned' })
          .where('reference', '=', 'A.5.2')
          .execute();
        const { annexA, clauses } = DEFAULT_CATALOGUES;
        const newer = {
          annexA: {
            ...annexA,
            version: '2022+test',
            items: [
              ...annexA.items.map((c) =>
                c.id === '5.2' ? { ...c, title: 'Roles and responsibilities (renamed)' } : c,
              ),
              { id: '8.35', title: 'A control from the future', theme: 'technological' },
            ],
          },
          clauses,
        };
        await Promise.all([ensureControlsSeeded(database.db, newer), ensureControlsSeeded(database.db, newer)]);
        expect(await count(database, 'control')).toBe(94);
        const renamed = await database.db
          .selectFrom('control')
          .selectAll()
          .where('reference', '=', 'A.5.2')
          .executeTakeFirstOrThrow();
        expect(renamed).toMatchObject({
          title: 'Roles and responsibilities (renamed)',
          applicable: 0,
          justification: 'No such activity here',
          status: 'planned',
        });
        const cat = await database.db
          .selectFrom('catalogue')
          .selectAll()
          .where('id', '=', annexA.id)
          .executeTakeFirstOrThrow();
        expect(cat).toMatchObject({ version: '2022+test', item_count: 94 });
      } finally {
        await database.dispose();
      }
    });
  });

  describe(`[CONTROLS] list, decisions, owners, custom controls and links (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let owner: Client;
    let admin: Client;
    let employee: Client;
    let a51: string;
    let a52: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      owner = await signIn(t, buildAccount({ fullName: 'Olga Owner' }));
      admin = await signIn(t, buildAccount({ fullName: 'Sam Sysadmin' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      a51 = await controlIdOf(t.deps, 'A.5.1');
      a52 = await controlIdOf(t.deps, 'A.5.2');
    });
    afterAll(async () => t.close());

    const list = async (c: Client, qs = '') => {
      const res = await c.request('GET', `/api/controls${qs}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Page>();
    };
    const get = async (c: Client, id: string) => (await c.request('GET', `/api/controls/${id}`)).json<TControl>();
    const decide = (c: Client, id: string, body: object) => c.request('PUT', `/api/controls/${id}/applicability`, body);
    const walk = async (qs: string) => {
      const seen: TControlSummary[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = await list(ism, `${qs}${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };

    it('lists the catalogue with filters, sorts and cursor pages', async () => {
      const first = await list(ism);
      expect(first.total).toBe(93);
      expect(first.items).toHaveLength(50);
      expect(first.items[0]).toMatchObject({
        reference: 'A.5.1',
        applicability: 'undecided',
        status: 'not_started',
        owner: null,
        health: { level: 'undecided', score: null },
      });
      // 5.2 before 5.10: the sort key pads numbers.
      expect(first.items.slice(0, 11).map((c) => c.reference)).toEqual([
        'A.5.1',
        'A.5.2',
        'A.5.3',
        'A.5.4',
        'A.5.5',
        'A.5.6',
        'A.5.7',
        'A.5.8',
        'A.5.9',
        'A.5.10',
        'A.5.11',
      ]);
      const all = await walk('?limit=10');
      expect(all).toHaveLength(93);
      expect(new Set(all.map((c) => c.id)).size).toBe(93);
      expect(all.at(-1)?.reference).toBe('A.8.34');
      const byTitle = await walk('?limit=10&sort=title&dir=desc');
      expect(byTitle).toHaveLength(93);
      const titles = byTitle.map((c) => c.title.toLowerCase());
      expect(titles).toEqual([...titles].sort().reverse());

      expect((await list(ism, '?theme=people')).items.map((c) => c.reference)).toEqual([
        'A.6.1',
        'A.6.2',
        'A.6.3',
        'A.6.4',
        'A.6.5',
        'A.6.6',
        'A.6.7',
        'A.6.8',
      ]);
      expect((await list(ism, '?q=CRYPTOGRAPHY')).items.map((c) => c.reference)).toEqual(['A.8.24']);
      expect((await list(ism, '?q=a.8.3')).items.map((c) => c.reference)).toEqual([
        'A.8.3',
        'A.8.30',
        'A.8.31',
        'A.8.32',
        'A.8.33',
        'A.8.34',
      ]);
      expect((await list(ism, '?q=100%25')).total).toBe(0);
      expect((await list(ism, '?applicability=undecided')).total).toBe(93);
      expect((await list(ism, '?custom=true')).total).toBe(0);
      expect((await list(ism, '?owner=none')).total).toBe(93);
      expect((await list(ism, '?health=undecided')).total).toBe(93);
      expect((await ism.request('GET', '/api/controls?cursor=garbage')).statusCode).toBe(400);
    });

    it('refuses an employee the controls and every decision', async () => {
      expect((await employee.request('GET', '/api/controls')).statusCode).toBe(403);
      expect((await employee.request('GET', `/api/controls/${a51}`)).statusCode).toBe(403);
      expect((await employee.request('GET', '/api/controls/progress')).statusCode).toBe(403);
      const res = await decide(employee, a51, { version: 1, applicable: true, reasons: ['legal'] });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden');
    });

    it('decides applicability: reasons to include, a justification to exclude, on the trail', async () => {
      const noJustification = await decide(ism, a52, { version: 1, applicable: false });
      expect(noJustification.statusCode).toBe(400);
      expect(noJustification.json()).toMatchObject({
        code: 'validation_failed',
        errors: [{ field: 'justification' }],
      });
      const noReason = await decide(ism, a51, { version: 1, applicable: true, reasons: [] });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'reasons' })]);

      const ok = await decide(ism, a51, { version: 1, applicable: true, reasons: ['risk_treatment', 'legal'] });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json<TControl>()).toMatchObject({
        applicability: 'applicable',
        reasons: ['risk_treatment', 'legal'],
        decidedBy: { id: ism.personId, fullName: 'Ida Ism' },
        version: 2,
        health: { level: 'attention', score: 50 },
        can: { decide: true, edit: true, addEvidence: true },
      });
      const excluded = await decide(ism, a52, {
        version: 1,
        applicable: false,
        justification: 'Roles are covered by the group-wide ISMS',
      });
      expect(excluded.statusCode, excluded.body).toBe(200);
      expect(excluded.json<TControl>()).toMatchObject({
        applicability: 'not_applicable',
        health: { level: 'not_applicable' },
      });
      const events = await t.deps.db
        .selectFrom('trail_event')
        .selectAll()
        .where('action', '=', 'control.applicability')
        .orderBy('seq')
        .execute();
      expect(events).toHaveLength(2);
      expect(events[0]).toMatchObject({ object_id: a51, authorized_as: 'role:isms_manager' });
      expect(JSON.parse(events[0]!.changes)).toMatchObject({
        reference: 'A.5.1',
        before: { applicability: 'undecided' },
        after: { applicability: 'applicable', reasons: ['risk_treatment', 'legal'] },
      });
      // A stale decision is refused.
      expect((await decide(ism, a51, { version: 1, applicable: true, reasons: ['legal'] })).statusCode).toBe(409);
      expect((await list(ism, '?applicability=applicable')).items.map((c) => c.reference)).toEqual(['A.5.1']);
      expect((await list(ism, '?applicability=not_applicable')).items.map((c) => c.reference)).toEqual(['A.5.2']);
    });

    it('sets the owner through the ledger: coverage counts it, and the owner edits only their control', async () => {
      const coverage = () => controlScopeKind.ownership!.count(t.deps.db, new Date().toISOString());
      expect(await coverage()).toEqual({ total: 1, unowned: 1 });
      expect((await owner.request('GET', '/api/controls')).statusCode).toBe(403);

      const set = await ism.request('PUT', `/api/controls/${a51}/owner`, { personId: owner.personId });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json<TControl>().owner).toMatchObject({ person: { id: owner.personId }, via: 'control' });
      expect(await coverage()).toEqual({ total: 1, unowned: 0 });
      const ledger = (await ism.request('GET', `/api/assignments?scopeType=control&scopeId=${a51}`)).json<{
        items: { roleKey: string; person: { id: string }; scope: { label?: string } }[];
      }>().items;
      expect(ledger.map((x) => [x.roleKey, x.person.id])).toEqual([['control_owner', owner.personId]]);
      expect((await list(ism, `?owner=${owner.personId}`)).items.map((c) => c.reference)).toEqual(['A.5.1']);
      expect((await list(owner, '?owner=me')).items.map((c) => c.reference)).toEqual(['A.5.1']);
      expect((await list(ism, '?owner=none')).total).toBe(92);

      const mine = await get(owner, a51);
      expect(mine.can).toEqual({ decide: false, edit: true, addEvidence: true });
      const patch = await owner.request('PATCH', `/api/controls/${a51}`, {
        version: mine.version,
        status: 'partially',
        implementationNote: 'Policy drafted, awaiting approval',
      });
      expect(patch.statusCode, patch.body).toBe(200);
      expect(patch.json<TControl>()).toMatchObject({ status: 'partially', version: mine.version + 1 });
      // Stale version.
      const stale = await owner.request('PATCH', `/api/controls/${a51}`, {
        version: mine.version,
        status: 'implemented',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('version_conflict');
      // Not theirs, not their decision, not Annex A wording.
      const other = await get(ism, a52);
      expect(
        (await owner.request('PATCH', `/api/controls/${a52}`, { version: other.version, status: 'planned' }))
          .statusCode,
      ).toBe(403);
      expect(
        (await decide(owner, a51, { version: mine.version + 1, applicable: true, reasons: ['legal'] })).statusCode,
      ).toBe(403);
      const wording = await ism.request('PATCH', `/api/controls/${a51}`, { version: mine.version + 1, title: 'Mine' });
      expect(wording.statusCode).toBe(400);
      expect(wording.json().errors).toEqual([expect.objectContaining({ field: 'title' })]);
      const trail = await t.deps.db
        .selectFrom('trail_event')
        .selectAll()
        .where('action', '=', 'control.updated')
        .executeTakeFirstOrThrow();
      expect(trail).toMatchObject({ object_id: a51, authorized_as: 'role:control_owner' });

      // Ending the owner.
      const end = await ism.request('PUT', `/api/controls/${a51}/owner`, { personId: null, reason: 'Moved on' });
      expect(end.json<TControl>().owner).toBeNull();
      expect(await coverage()).toEqual({ total: 1, unowned: 1 });
      await ism.request('PUT', `/api/controls/${a51}/owner`, { personId: owner.personId });
    });

    it('adds and removes implementers (System Administrators for the control)', async () => {
      const add = await ism.request('POST', `/api/controls/${a51}/implementers`, { personId: admin.personId });
      expect(add.statusCode, add.body).toBe(200);
      const c = add.json<TControl>();
      expect(c.implementers).toEqual([{ id: admin.personId, fullName: 'Sam Sysadmin' }]);
      expect(
        (await ism.request('POST', `/api/controls/${a51}/implementers`, { personId: admin.personId })).statusCode,
      ).toBe(409);
      const seen = await get(admin, a51);
      expect(seen.can).toEqual({ decide: false, edit: false, addEvidence: true });
      expect(
        (await owner.request('POST', `/api/controls/${a51}/implementers`, { personId: owner.personId })).statusCode,
      ).toBe(403);
      const assignmentId = c.implementerAssignments[0]!.assignmentId;
      const removed = await ism.request('DELETE', `/api/controls/${a51}/implementers/${assignmentId}`);
      expect(removed.statusCode, removed.body).toBe(200);
      expect(removed.json<TControl>().implementers).toEqual([]);
      expect((await ism.request('DELETE', `/api/controls/${a51}/implementers/${assignmentId}`)).statusCode).toBe(404);
    });

    it('adds custom controls with a unique code', async () => {
      const res = await ism.request('POST', '/api/controls', {
        code: 'CUS-001',
        title: 'Clean desk walk-through',
        theme: 'physical',
        description: 'Monthly walk-through of the offices',
      });
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json<TControl>();
      expect(c).toMatchObject({ reference: 'CUS-001', custom: true, applicability: 'undecided', theme: 'physical' });
      const dup = await ism.request('POST', '/api/controls', { code: 'cus-001', title: 'Again', theme: 'people' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json()).toMatchObject({ code: 'conflict', errors: [{ field: 'code' }] });
      expect(
        (await owner.request('POST', '/api/controls', { code: 'CUS-002', title: 'No', theme: 'people' })).statusCode,
      ).toBe(403);
      const renamed = await ism.request('PATCH', `/api/controls/${c.id}`, {
        version: c.version,
        title: 'Clean desk check',
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json<TControl>().title).toBe('Clean desk check');
      expect((await list(ism, '?custom=true')).items.map((x) => x.reference)).toEqual(['CUS-001']);
      expect((await list(ism)).total).toBe(94);
    });

    it('links risks and treatment actions; unknown ids are named', async () => {
      const risk = await ism.request('POST', '/api/risks', { title: 'Policies out of date', category: 'Governance' });
      expect(risk.statusCode, risk.body).toBe(201);
      const r = risk.json<{ id: string; reference: string }>();
      const withAction = await ism.request('POST', `/api/risks/${r.id}/actions`, { title: 'Review policies yearly' });
      expect(withAction.statusCode, withAction.body).toBe(201);
      const actionId = withAction.json<{ plan: { actions: { id: string }[] } }>().plan.actions[0]!.id;
      const c = await get(ism, a51);
      const unknown = '01900000-0000-7000-8000-000000000abc';
      const bad = await ism.request('PUT', `/api/controls/${a51}/links`, {
        version: c.version,
        riskIds: [r.id, unknown],
        riskActionIds: [],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([{ field: 'riskIds', message: `No risk with id ${unknown}` }]);
      const ok = await ism.request('PUT', `/api/controls/${a51}/links`, {
        version: c.version,
        riskIds: [r.id],
        riskActionIds: [actionId],
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json<TControl>()).toMatchObject({
        risks: [{ id: r.id, reference: r.reference, title: 'Policies out of date' }],
        riskActions: [{ id: actionId, reference: r.reference, title: 'Review policies yearly', riskId: r.id }],
        version: c.version + 1,
      });
      // The risk page lists the control once, though it is linked to the risk and to its action.
      const onRisk = (await ism.request('GET', `/api/risks/${r.id}`)).json<{ controls: unknown[] }>();
      expect(onRisk.controls).toEqual([
        {
          id: a51,
          reference: 'A.5.1',
          title: 'Policies for information security',
          applicability: expect.any(String),
          status: expect.any(String),
        },
      ]);
      expect(
        (
          await owner.request('PUT', `/api/controls/${a51}/links`, {
            version: c.version + 1,
            riskIds: [],
            riskActionIds: [],
          })
        ).statusCode,
      ).toBe(403);
    });

    it('reports progress and the clauses', async () => {
      const p = (await ism.request('GET', '/api/controls/progress')).json<TControlProgress>();
      expect(p).toMatchObject({
        total: 94,
        byApplicability: { applicable: 1, not_applicable: 1, undecided: 92 },
        byStatus: { partially: 1, not_started: 0 },
        unowned: 0,
      });
      expect(p.byTheme.find((x) => x.theme === 'organizational')).toMatchObject({
        total: 37,
        applicable: 1,
        partially: 1,
      });
      const clauses = await ism.request('GET', '/api/controls/clauses');
      expect(clauses.statusCode).toBe(200);
      const body = clauses.json<{ catalogue: { kind: string; itemCount: number }; items: { id: string }[] }>();
      expect(body.catalogue).toMatchObject({ kind: 'clauses', itemCount: 41 });
      expect(body.items).toHaveLength(41);
      expect(body.items.slice(0, 2).map((c) => c.id)).toEqual(['4', '4.1']);
    });
  });
}
