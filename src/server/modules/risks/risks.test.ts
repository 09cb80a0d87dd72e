import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRisk, TRiskMethod } from '../../../contracts/risks.js';
import { readPdf } from '../../testing/pdf-text.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { levelOf, methodProblems, ownerOf, DEFAULT_METHOD } from './risks.rules.js';

type Page = {
  items: { reference: string; title: string; owner: { person: { fullName: string }; via: string } | null }[];
  total: number;
  nextCursor: string | null;
};
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('[RISKS] rules', () => {
  it('places scores in levels and checks a method for consistency', () => {
    const m = { ...DEFAULT_METHOD, version: 1 };
    expect([1, 4, 5, 9, 10, 16, 17, 25].map((s) => levelOf(m, s).key)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
    expect(methodProblems(m)).toEqual([]);
    const bad = {
      ...m,
      levels: [
        { key: 'a', label: 'A', color: '#000000', minScore: 2 },
        { key: 'a', label: 'B', color: '#000000', minScore: 30 },
      ],
      appetiteScore: 30,
    };
    expect(methodProblems(bad).map((p) => p.field)).toEqual(['levels', 'levels', 'levels', 'appetiteScore']);
  });

  it('finds the owner of a risk: its own, its nearest org unit up the tree, or the whole ISMS', () => {
    const h = (p: string) => ({ personId: p, assignmentId: `a-${p}` });
    const facts = {
      direct: new Map([['r1', h('dora')]]),
      units: new Map([['fin', h('finn')]]),
      parentOf: new Map<string, string | null>([
        ['fin', null],
        ['fin-ap', 'fin'],
        ['ops', null],
      ]),
      isms: h('ivy'),
    };
    expect(ownerOf({ id: 'r1', org_unit_id: 'fin-ap' }, facts)).toMatchObject({ personId: 'dora', via: 'risk' });
    expect(ownerOf({ id: 'r2', org_unit_id: 'fin-ap' }, facts)).toMatchObject({
      personId: 'finn',
      via: 'org_unit',
      scopeId: 'fin',
    });
    expect(ownerOf({ id: 'r3', org_unit_id: 'ops' }, facts)).toMatchObject({ personId: 'ivy', via: 'isms' });
    expect(ownerOf({ id: 'r4', org_unit_id: null }, { ...facts, isms: null })).toBeNull();
  });
});

for (const dialect of DIALECTS) {
  describe(`[RISKS] register, assessment, treatment and acceptance (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let boss: Client;
    let finOwner: Client;
    let opsOwner: Client;
    let doer: Client;
    let employee: Client;
    let auditor: Client;
    let fin: string;
    let finAp: string;
    let ops: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      boss = await signIn(t, buildAccount({ fullName: 'Tom Boss' }));
      finOwner = await signIn(t, buildAccount({ fullName: 'Fay Finance' }));
      opsOwner = await signIn(t, buildAccount({ fullName: 'Otto Ops' }));
      doer = await signIn(t, buildAccount({ fullName: 'Dan Doer' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee' }));
      auditor = await signIn(t, buildAccount({ fullName: 'Aud Itor' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, boss.personId, 'top_management');
      await grantRole(t.deps, auditor.personId, 'internal_auditor');
      const mk = async (code: string, name: string, parentId: string | null = null) =>
        (await ism.request('POST', '/api/org-units', { code, name, parentId })).json<{ id: string }>().id;
      fin = await mk('FIN', 'Finance');
      finAp = await mk('FIN-AP', 'Accounts payable', fin);
      ops = await mk('OPS', 'Operations');
      await grantRole(t.deps, finOwner.personId, 'risk_owner', { scopeType: 'org_unit', scopeId: fin });
      await grantRole(t.deps, opsOwner.personId, 'risk_owner', { scopeType: 'org_unit', scopeId: ops });
    });
    afterAll(async () => t.close());

    const create = (c: Client, body: object) => c.request('POST', '/api/risks', body);
    const get = async (c: Client, id: string) => (await c.request('GET', `/api/risks/${id}`)).json<TRisk>();

    it('starts with a 5 × 5 method the ISM can change into a new version; others may not', async () => {
      const m = (await ism.request('GET', '/api/risks/method')).json<TRiskMethod>();
      expect(m).toMatchObject({ version: 1, appetiteScore: 9, can: { change: true } });
      expect(m.likelihood).toHaveLength(5);
      expect((await employee.request('GET', '/api/risks/method')).statusCode).toBe(403);
      const change = {
        basedOnVersion: 1,
        likelihood: m.likelihood,
        impact: m.impact,
        levels: m.levels,
        appetiteScore: 8,
        assessmentIntervalMonths: 12,
        acceptanceMaxMonths: 12,
        note: 'Lower appetite',
      };
      expect((await finOwner.request('PUT', '/api/risks/method', change)).statusCode).toBe(403);
      const bad = await ism.request('PUT', '/api/risks/method', { ...change, appetiteScore: 26 });
      expect(bad.statusCode).toBe(400);
      const ok = await ism.request('PUT', '/api/risks/method', change);
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json<TRiskMethod>()).toMatchObject({ version: 2, appetiteScore: 8 });
      expect((await ism.request('PUT', '/api/risks/method', change)).statusCode).toBe(409);
      const versions = (await auditor.request('GET', '/api/risks/method/versions')).json<{
        items: { version: number }[];
      }>();
      expect(versions.items.map((v) => v.version)).toEqual([2, 1]);
    });

    it('lets the ISM identify risks anywhere and a risk owner only in their area', async () => {
      const a = await create(ism, {
        title: 'Invoice fraud',
        category: 'Fraud',
        orgUnitId: finAp,
        threat: 'Fraudster',
        vulnerability: 'No dual control',
      });
      expect(a.statusCode, a.body).toBe(201);
      expect(a.json<TRisk>()).toMatchObject({
        reference: 'RSK-0001',
        status: 'identified',
        owner: { person: { fullName: 'Fay Finance' }, via: 'org_unit' },
      });
      const b = await create(finOwner, { title: 'Payment file tampering', category: 'Integrity', orgUnitId: fin });
      expect(b.statusCode, b.body).toBe(201);
      const c = await create(finOwner, { title: 'Not mine', category: 'Ops', orgUnitId: ops });
      expect(c.statusCode).toBe(403);
      expect((await create(employee, { title: 'x', category: 'y' })).statusCode).toBe(403);
      const d = await create(ism, {
        title: 'Data centre outage',
        category: 'Availability',
        orgUnitId: ops,
        ownerPersonId: doer.personId,
      });
      expect(d.statusCode, d.body).toBe(201);
      expect(d.json<TRisk>().owner).toMatchObject({ person: { fullName: 'Dan Doer' }, via: 'risk' });
      // Employees do not see the register; auditors and risk owners do.
      expect((await employee.request('GET', '/api/risks')).statusCode).toBe(403);
      expect((await auditor.request('GET', '/api/risks')).json<Page>().total).toBe(3);
      expect(
        (await opsOwner.request('GET', `/api/risks?orgUnitId=${fin}`)).json<Page>().items.map((r) => r.reference),
      ).toEqual(['RSK-0001', 'RSK-0002']);
    });

    it('lets the owner (and only the owner or the ISM) assess; every assessment is kept with its method version', async () => {
      const [r] = (await ism.request('GET', '/api/risks?q=invoice')).json<Page & { items: { id: string }[] }>().items;
      const risk = await get(finOwner, r!.id);
      expect(risk.can).toMatchObject({ assess: true, approvePlan: false, accept: false });
      const body = {
        version: risk.version,
        inherentLikelihood: 4,
        inherentImpact: 4,
        residualLikelihood: 2,
        residualImpact: 3,
        rationale: 'Dual control on payments',
      };
      expect((await opsOwner.request('POST', `/api/risks/${r!.id}/assess`, body)).statusCode).toBe(403);
      expect(
        (await finOwner.request('POST', `/api/risks/${r!.id}/assess`, { ...body, inherentImpact: 6 })).statusCode,
      ).toBe(400);
      const ok = await finOwner.request('POST', `/api/risks/${r!.id}/assess`, body);
      expect(ok.statusCode, ok.body).toBe(200);
      const after = ok.json<TRisk>();
      expect(after).toMatchObject({
        status: 'assessed',
        inherent: { score: 16, level: { key: 'high' } },
        residual: { score: 6, level: { key: 'medium' } },
        aboveAppetite: false,
        methodVersion: 2,
      });
      const again = await ism.request('POST', `/api/risks/${r!.id}/assess`, {
        ...body,
        version: after.version,
        residualLikelihood: 3,
        residualImpact: 3,
      });
      expect(again.statusCode).toBe(200);
      const history = (await auditor.request('GET', `/api/risks/${r!.id}/assessments`)).json<{
        items: { residual: { score: number }; assessedRoleName: string }[];
      }>();
      expect(history.items.map((x) => [x.residual.score, x.assessedRoleName])).toEqual([
        [9, 'Information Security Manager (CISO)'],
        [6, 'Risk Owner'],
      ]);
      expect((await employee.request('GET', `/api/risks/${r!.id}/assessments`)).statusCode).toBe(403);
    });

    it('plans treatment with actions; only the owner approves the plan, and a change needs approving again', async () => {
      const [r] = (await ism.request('GET', '/api/risks?q=invoice')).json<{ items: { id: string }[] }>().items;
      let risk = await get(finOwner, r!.id);
      risk = (
        await finOwner.request('PUT', `/api/risks/${r!.id}/treatment`, {
          version: risk.version,
          option: 'modify',
          note: 'Add controls',
        })
      ).json<TRisk>();
      const added = await finOwner.request('POST', `/api/risks/${r!.id}/actions`, {
        title: 'Dual approval in the ERP',
        ownerPersonId: doer.personId,
        dueDate: inDays(-1),
      });
      expect(added.statusCode, added.body).toBe(201);
      risk = added.json<TRisk>();
      expect(risk.plan).toMatchObject({ version: 2, approved: false });
      expect(risk.plan.actions[0]).toMatchObject({ owner: { fullName: 'Dan Doer' }, overdue: true });
      const byIsm = await ism.request('POST', `/api/risks/${r!.id}/plan/approve`, { planVersion: 2 });
      expect(byIsm.statusCode).toBe(403);
      const ok = await finOwner.request('POST', `/api/risks/${r!.id}/plan/approve`, { planVersion: 2 });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json<TRisk>().plan).toMatchObject({
        approved: true,
        approvedBy: { fullName: 'Fay Finance' },
        approvedRoleName: 'Risk Owner',
      });
      // The action's owner moves its status along and sees it in their inbox.
      const inbox = (await doer.request('GET', '/api/inbox')).json<{ items: { kind: string }[] }>().items;
      expect(inbox.map((d) => d.kind)).toContain('risks.action');
      const action = ok.json<TRisk>().plan.actions[0]!;
      const done = await doer.request('PATCH', `/api/risks/${r!.id}/actions/${action.id}`, {
        version: action.version,
        status: 'done',
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json<TRisk>().plan).toMatchObject({ approved: true });
      // The action owner may not change the plan itself.
      expect(
        (
          await doer.request('PATCH', `/api/risks/${r!.id}/actions/${action.id}`, {
            version: action.version + 1,
            title: 'x',
          })
        ).statusCode,
      ).toBe(403);
      const moved = await finOwner.request('PATCH', `/api/risks/${r!.id}/actions/${action.id}`, {
        version: action.version + 1,
        dueDate: inDays(30),
      });
      expect(moved.json<TRisk>().plan).toMatchObject({ version: 3, approved: false });
      expect((await finOwner.request('POST', `/api/risks/${r!.id}/plan/approve`, { planVersion: 2 })).statusCode).toBe(
        409,
      );
      expect((await finOwner.request('POST', `/api/risks/${r!.id}/plan/approve`, { planVersion: 3 })).statusCode).toBe(
        200,
      );
    });

    it('lets only the owner accept within appetite and only Top Management above it (SOD-09), on the trail with the role', async () => {
      const [r] = (await ism.request('GET', '/api/risks?q=invoice')).json<{ items: { id: string }[] }>().items;
      let risk = await get(finOwner, r!.id);
      // Residual 9 > appetite 8: the owner is refused, Top Management may.
      expect(risk.aboveAppetite).toBe(true);
      expect(risk.can.accept).toBe(false);
      const body = { version: risk.version, justification: 'Compensated by monthly review', expiresOn: inDays(180) };
      const asOwner = await finOwner.request('POST', `/api/risks/${r!.id}/accept`, body);
      expect(asOwner.statusCode).toBe(409);
      expect(asOwner.json<{ rule: string; detail: string }>()).toMatchObject({ rule: 'SOD-09' });
      expect(asOwner.json<{ detail: string }>().detail).toContain('only Top Management');
      expect(
        (await finOwner.request('POST', `/api/risks/${r!.id}/accept`, { ...body, expiresOn: inDays(500) })).statusCode,
      ).toBe(400);
      const asTm = await boss.request('POST', `/api/risks/${r!.id}/accept`, body);
      expect(asTm.statusCode, asTm.body).toBe(200);
      risk = asTm.json<TRisk>();
      expect(risk).toMatchObject({
        status: 'accepted',
        acceptance: {
          acceptedBy: { fullName: 'Tom Boss' },
          acceptedRoleName: 'Top Management',
          aboveAppetite: true,
          state: 'in_force',
        },
      });

      // Within appetite: the ISM (not the owner) is refused, the owner accepts.
      const [p] = (await ism.request('GET', '/api/risks?q=payment')).json<{ items: { id: string }[] }>().items;
      let pay = await get(finOwner, p!.id);
      pay = (
        await finOwner.request('POST', `/api/risks/${p!.id}/assess`, {
          version: pay.version,
          inherentLikelihood: 3,
          inherentImpact: 3,
          residualLikelihood: 2,
          residualImpact: 2,
          rationale: 'Signed files',
        })
      ).json<TRisk>();
      const accept = { version: pay.version, justification: 'Low enough', expiresOn: inDays(90) };
      const byIsm = await ism.request('POST', `/api/risks/${p!.id}/accept`, accept);
      expect(byIsm.json<{ rule: string }>().rule).toBe('SOD-09');
      const byTm = await boss.request('POST', `/api/risks/${p!.id}/accept`, accept);
      expect(byTm.json<{ rule: string }>().rule).toBe('SOD-09');
      const byOwner = await finOwner.request('POST', `/api/risks/${p!.id}/accept`, accept);
      expect(byOwner.statusCode, byOwner.body).toBe(200);

      const trail = (await ism.request('GET', `/api/trail?objectType=risk&objectId=${r!.id}`)).json<{
        items: { action: string; authorizedAs: string }[];
      }>().items;
      const as = (action: string) => trail.filter((e) => e.action === action).map((e) => e.authorizedAs);
      expect(as('risk.accepted')).toEqual(['role:top_management']);
      expect(as('risk.plan.approved')).toEqual(['role:risk_owner', 'role:risk_owner']);
      expect(as('risk.assessed')).toEqual(['role:isms_manager', 'role:risk_owner']);
      // A higher residual score makes the acceptance lapse.
      const pay2 = await get(finOwner, p!.id);
      const up = (
        await finOwner.request('POST', `/api/risks/${p!.id}/assess`, {
          version: pay2.version,
          inherentLikelihood: 3,
          inherentImpact: 3,
          residualLikelihood: 2,
          residualImpact: 3,
          rationale: 'Worse',
        })
      ).json<TRisk>();
      expect(up.status).toBe('assessed');
      expect(up.acceptance?.state).toBe('superseded');
    });

    it('filters by owner, cell, level and appetite, sorts with cursors, and draws the heat map', async () => {
      for (let i = 0; i < 5; i++) await create(ism, { title: `Bulk ${i}`, category: 'Bulk', orgUnitId: ops });
      const mine = (await ism.request(`GET`, `/api/risks?ownerPersonId=${finOwner.personId}`)).json<Page>();
      expect(mine.items.map((r) => r.reference)).toEqual(['RSK-0001', 'RSK-0002']);
      const dan = (await ism.request(`GET`, `/api/risks?ownerPersonId=${doer.personId}`)).json<Page>();
      expect(dan.items.map((r) => r.title)).toEqual(['Data centre outage']);
      const otto = (await ism.request(`GET`, `/api/risks?ownerPersonId=${opsOwner.personId}`)).json<Page>();
      expect(otto.total).toBe(5);
      const cell = (await ism.request('GET', '/api/risks?cell=residual:3:3')).json<Page>();
      expect(cell.items.map((r) => r.reference)).toEqual(['RSK-0001']);
      expect((await ism.request('GET', '/api/risks?aboveAppetite=true')).json<Page>().total).toBe(1);
      expect((await ism.request('GET', '/api/risks?level=medium')).json<Page>().items.map((r) => r.reference)).toEqual([
        'RSK-0001',
        'RSK-0002',
      ]);
      expect((await ism.request('GET', '/api/risks?level=nope')).statusCode).toBe(400);
      const first = (await ism.request('GET', '/api/risks?sort=-residual&limit=3')).json<Page>();
      expect(first.items.map((r) => r.reference)).toEqual(['RSK-0001', 'RSK-0002', 'RSK-0003']);
      const next = (
        await ism.request('GET', `/api/risks?sort=-residual&limit=3&cursor=${first.nextCursor}`)
      ).json<Page>();
      expect(next.items.map((r) => r.reference)).toEqual(['RSK-0004', 'RSK-0005', 'RSK-0006']);
      const heat = (await auditor.request('GET', '/api/risks/heatmap?basis=residual')).json<{
        cells: { likelihood: number; impact: number; count: number }[];
        unassessed: number;
      }>();
      expect(heat.cells).toHaveLength(25);
      expect(heat.cells.filter((c) => c.count > 0).map((c) => [c.likelihood, c.impact, c.count])).toEqual([
        [2, 3, 1],
        [3, 3, 1],
      ]);
      expect(heat.unassessed).toBe(6);
      const breakdown = (await ism.request('GET', '/api/risks/breakdown')).json<{
        totals: { open: number; aboveAppetite: number; overdueActions: number };
        byOwner: { owner: { fullName: string } | null; total: number }[];
      }>();
      expect(breakdown.totals).toMatchObject({ open: 8, aboveAppetite: 1, overdueActions: 0 });
      expect(breakdown.byOwner[0]).toMatchObject({ owner: { fullName: 'Otto Ops' }, total: 5 });
    });

    it('keeps saved views per person, posts updates and concerns to the ISM’s feed', async () => {
      const saved = await finOwner.request('POST', '/api/risks/views', {
        name: 'Mine above appetite',
        query: { ownerPersonId: finOwner.personId, aboveAppetite: 'true' },
      });
      expect(saved.statusCode, saved.body).toBe(201);
      expect(
        (await finOwner.request('POST', '/api/risks/views', { name: 'Mine above appetite', query: {} })).statusCode,
      ).toBe(409);
      expect((await finOwner.request('GET', '/api/risks/views')).json<{ items: unknown[] }>().items).toHaveLength(1);
      expect((await auditor.request('GET', '/api/risks/views')).json<{ items: unknown[] }>().items).toHaveLength(0);
      expect((await auditor.request('DELETE', `/api/risks/views/${saved.json<{ id: string }>().id}`)).statusCode).toBe(
        404,
      );

      const [r] = (await ism.request('GET', '/api/risks?q=invoice')).json<{ items: { id: string }[] }>().items;
      const post = await finOwner.request('POST', `/api/risks/${r!.id}/updates`, {
        kind: 'concern',
        body: 'Supplier changed bank details twice',
      });
      expect(post.statusCode, post.body).toBe(201);
      expect(
        (await opsOwner.request('POST', `/api/risks/${r!.id}/updates`, { kind: 'status', body: 'x' })).statusCode,
      ).toBe(403);
      const feed = (await ism.request('GET', '/api/risks/updates')).json<{
        items: { kind: string; risk: { reference: string } }[];
      }>();
      expect(feed.items[0]).toMatchObject({ kind: 'concern', risk: { reference: 'RSK-0001' } });
      expect((await finOwner.request('GET', '/api/risks/updates')).statusCode).toBe(403);
      const bell = (await ism.request('GET', '/api/notifications')).json<{ items: { title: string }[] }>().items;
      expect(bell.some((n) => n.title.includes('a concern was raised'))).toBe(true);
    });

    it('exports the register, the treatment plan and the assessment report', async () => {
      const csv = await auditor.request('GET', '/api/risks/export?format=csv&orgUnitId=' + fin);
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain('Invoice fraud');
      expect(csv.body).not.toContain('Data centre outage');
      const xlsx = await auditor.request('GET', '/api/risks/export?format=xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(book.worksheets[0]!.rowCount).toBe(9);
      const [r] = (await ism.request('GET', '/api/risks?q=invoice')).json<{ items: { id: string }[] }>().items;
      const plan = readPdf((await finOwner.request('GET', `/api/risks/${r!.id}/treatment-plan.pdf`)).rawPayload).text;
      expect(plan).toContain('Dual approval in the ERP');
      expect(plan).toContain('as Top Management');
      const report = readPdf((await auditor.request('GET', '/api/risks/report.pdf')).rawPayload).text;
      expect(report).toContain('Risk assessment report');
      expect(report).toContain('RSK-0001');
      expect((await employee.request('GET', '/api/risks/report.pdf')).statusCode).toBe(403);
    });

    it('imports a spreadsheet register: every bad row reported, nothing applied, then the previewed file applied', async () => {
      const header =
        'title,category,org_unit_code,owner_email,inherent_likelihood,inherent_impact,residual_likelihood,residual_impact,treatment';
      const bad = [
        header,
        'Laptop theft,Physical,OPS,,3,3,2,2,modify',
        ',Physical,NOPE,nobody@example.org,3,9,,,bogus',
      ].join('\n');
      const preview = await ism.request('POST', '/api/risks/import?mode=preview', bad, { 'content-type': 'text/csv' });
      expect(preview.statusCode, preview.body).toBe(200);
      expect(
        preview.json<{ errors: { line: number; field: string }[] }>().errors.map((e) => `${e.line}:${e.field}`),
      ).toEqual([
        '3:title',
        '3:org_unit_code',
        '3:owner_email',
        '3:inherent_impact',
        '3:residual_likelihood',
        '3:residual_impact',
        '3:treatment',
      ]);
      const before = (await ism.request('GET', '/api/risks')).json<Page>().total;
      const email = (
        await t.deps.db
          .selectFrom('person')
          .select('email')
          .where('id', '=', opsOwner.personId)
          .executeTakeFirstOrThrow()
      ).email;
      const good = [header, 'Laptop theft,Physical,OPS,,3,3,2,2,modify', `Flood,Physical,FIN,${email},1,5,1,4,`].join(
        '\n',
      );
      const p2 = (
        await ism.request('POST', '/api/risks/import?mode=preview', good, { 'content-type': 'text/csv' })
      ).json<{ sha256: string; errors: unknown[]; created: number }>();
      expect(p2).toMatchObject({ errors: [], created: 2 });
      expect(
        (await ism.request('POST', '/api/risks/import?mode=apply', good, { 'content-type': 'text/csv' })).statusCode,
      ).toBe(409);
      expect(
        (
          await finOwner.request('POST', `/api/risks/import?mode=apply&sha256=${p2.sha256}`, good, {
            'content-type': 'text/csv',
          })
        ).statusCode,
      ).toBe(403);
      const applied = await ism.request('POST', `/api/risks/import?mode=apply&sha256=${p2.sha256}`, good, {
        'content-type': 'text/csv',
      });
      expect(applied.json<{ applied: boolean }>().applied).toBe(true);
      const after = (await ism.request('GET', '/api/risks?q=flood')).json<Page>();
      expect(after.total).toBe(1);
      expect(after.items[0]!.owner).toMatchObject({ person: { fullName: 'Otto Ops' }, via: 'risk' });
      expect((await ism.request('GET', '/api/risks')).json<Page>().total).toBe(before + 2);

      // An XLSX register with the headers spreadsheets use ("Risk", "Likelihood", "Impact").
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Register');
      sheet.addRow(['Risk', 'Category', 'Likelihood', 'Impact', 'Residual likelihood', 'Residual impact']);
      sheet.addRow(['Stolen badge opens the office', 'Physical', 2, 3, 1, 3]);
      const xlsx = Buffer.from(await book.xlsx.writeBuffer());
      const type = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
      const px = (await ism.request('POST', '/api/risks/import?mode=preview', xlsx, type)).json<{
        sha256: string;
        errors: unknown[];
        assessed: number;
      }>();
      expect(px).toMatchObject({ errors: [], assessed: 1 });
      await ism.request('POST', `/api/risks/import?mode=apply&sha256=${px.sha256}`, xlsx, type);
      expect(
        (await ism.request('GET', '/api/risks?q=badge')).json<{ items: { inherent: { score: number } }[] }>().items[0]
          ?.inherent.score,
      ).toBe(6);
      const garbage = await ism.request('POST', '/api/risks/import?mode=preview', Buffer.from('not a zip'), type);
      expect(garbage.statusCode).toBe(400);
    });

    it('refuses another area’s risk owner and an employee every decision on a real risk, writing nothing', async () => {
      const [r] = (await ism.request('GET', '/api/risks?q=invoice')).json<{ items: { id: string }[] }>().items;
      const risk = await get(ism, r!.id);
      const action = risk.plan.actions[0]!;
      const base = `/api/risks/${r!.id}`;
      const calls: [string, string, unknown?][] = [
        ['PATCH', base, { version: risk.version, title: 'Mine now' }],
        ['POST', `${base}/close`, { version: risk.version, reason: 'x' }],
        [
          'POST',
          `${base}/assess`,
          {
            version: risk.version,
            inherentLikelihood: 1,
            inherentImpact: 1,
            residualLikelihood: 1,
            residualImpact: 1,
            rationale: 'x',
          },
        ],
        ['PUT', `${base}/treatment`, { version: risk.version, option: 'avoid' }],
        ['POST', `${base}/actions`, { title: 'x' }],
        ['PATCH', `${base}/actions/${action.id}`, { version: action.version, title: 'x' }],
        ['DELETE', `${base}/actions/${action.id}?version=${action.version}`],
        ['POST', `${base}/plan/approve`, { planVersion: risk.plan.version }],
        ['POST', `${base}/updates`, { kind: 'status', body: 'x' }],
      ];
      const count = async () =>
        Number(
          (
            await t.deps.db
              .selectFrom('trail_event')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      for (const c of [opsOwner, employee])
        for (const [method, url, body] of calls) {
          const res = await c.request(method, url, body);
          expect(res.statusCode, `${method} ${url}`).toBe(403);
        }
      for (const url of [base, `${base}/assessments`, `${base}/updates`, `${base}/treatment-plan.pdf`])
        expect((await employee.request('GET', url)).statusCode, url).toBe(403);
      // Accepting is a segregation-of-duties decision: refused with SOD-09 to anyone but the owner or Top Management.
      const accept = await opsOwner.request('POST', `${base}/accept`, {
        version: risk.version,
        justification: 'x',
        expiresOn: inDays(30),
      });
      expect(accept.json<{ rule: string }>().rule).toBe('SOD-09');
      expect(await count()).toBe(before);
    });

    it('gives owners their duties: assess new risks, approve changed plans; Top Management the risks above appetite', async () => {
      const otto = (await opsOwner.request('GET', '/api/inbox')).json<{ items: { kind: string; title: string }[] }>()
        .items;
      expect(otto.filter((d) => d.kind === 'risks.assess').length).toBeGreaterThanOrEqual(5);
      const [r] = (await ism.request('GET', '/api/risks?q=bulk 0')).json<{ items: { id: string }[] }>().items;
      let risk = await get(opsOwner, r!.id);
      risk = (
        await opsOwner.request('POST', `/api/risks/${r!.id}/assess`, {
          version: risk.version,
          inherentLikelihood: 5,
          inherentImpact: 5,
          residualLikelihood: 4,
          residualImpact: 4,
          rationale: 'Bad',
        })
      ).json<TRisk>();
      risk = (
        await ism.request('PUT', `/api/risks/${r!.id}/treatment`, { version: risk.version, option: 'modify', note: '' })
      ).json<TRisk>();
      const plan = (await opsOwner.request('GET', '/api/inbox')).json<{ items: { kind: string }[] }>().items;
      expect(plan.map((d) => d.kind)).toContain('risks.approve_plan');
      await opsOwner.request('POST', `/api/risks/${r!.id}/plan/approve`, { planVersion: risk.plan.version });
      const tm = (await boss.request('GET', '/api/inbox')).json<{ items: { kind: string; title: string }[] }>().items;
      expect(tm.find((d) => d.kind === 'risks.accept_above_appetite')?.title).toContain('Bulk 0');
      const verify = await ism.request('GET', '/api/trail/verify');
      expect(verify.json<{ ok: boolean }>().ok).toBe(true);
    });
  });
}
