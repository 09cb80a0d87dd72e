import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAudit, TAuditItem, TAuditProgramme, TProgrammeCoverage } from '../../../contracts/audits.js';
import { controlIdOf, decideAllControls } from '../../testing/controls.js';
import { readPdf } from '../../testing/pdf-text.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

type ItemPage = { items: TAuditItem[]; nextCursor: string | null };

for (const dialect of DIALECTS) {
  describe(`[AUDITS] audits, independence and checklists (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let ann: Client; // independent internal auditor, lead
    let bob: Client; // internal auditor who owns A.5.15
    let cid: Client; // only ever on an audit team
    let employee: Client;
    let a515: string;
    let unit: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      ann = await signIn(t, buildAccount({ fullName: 'Ann Auditor' }));
      bob = await signIn(t, buildAccount({ fullName: 'Bob Owner' }));
      cid = await signIn(t, buildAccount({ fullName: 'Cid Colleague' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, ann.personId, 'internal_auditor');
      await grantRole(t.deps, bob.personId, 'internal_auditor');
      await decideAllControls(t.deps);
      a515 = await controlIdOf(t.deps, 'A.5.15');
      await grantRole(t.deps, bob.personId, 'control_owner', { scopeType: 'control', scopeId: a515 });
      const u = await ism.request('POST', '/api/org-units', { code: 'FIN', name: 'Finance', parentId: null });
      expect(u.statusCode, u.body).toBe(201);
      unit = u.json<{ id: string }>().id;
    });
    afterAll(async () => t.close());

    const create = async (scope: { type: string; id: string }[], title = 'ISMS audit') => {
      const res = await ism.request('POST', '/api/audits', {
        title,
        objective: 'Check conformity',
        plannedStart: '2026-12-01',
        plannedEnd: '2026-12-15',
        scope,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<TAudit>();
    };
    const get = async (c: Client, id: string) => (await c.request('GET', `/api/audits/${id}`)).json<TAudit>();
    const items = async (c: Client, id: string, qs = '') => {
      const res = await c.request('GET', `/api/audits/${id}/items?limit=200${qs}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<ItemPage>();
    };

    it('refuses an auditor who owns a control in scope with SOD-01, naming the conflict', async () => {
      const audit = await create([{ type: 'control', id: a515 }]);
      const check = await ism.request('GET', `/api/audits/${audit.id}/independence?personId=${bob.personId}`);
      expect(check.json()).toMatchObject({
        independent: false,
        conflicts: [expect.stringContaining('owns the control A.5.15')],
      });
      const res = await ism.request('POST', `/api/audits/${audit.id}/auditors`, { personId: bob.personId, lead: true });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ code: 'sod_violation', rule: 'SOD-01' });
      expect(res.json().detail).toContain('Bob Owner owns the control A.5.15');
      expect((await get(ism, audit.id)).team).toEqual([]);
      // The ISM runs the risk assessment process: not independent of 6.1.2.
      const clauses = await create([{ type: 'clause', id: '6.1.2' }], 'Risk audit');
      const own = await ism.request('GET', `/api/audits/${clauses.id}/independence?personId=${ism.personId}`);
      expect(own.json().conflicts).toEqual([
        expect.stringContaining('is Accountable for the process "Risk assessment" as Information Security Manager'),
      ]);
      const ok = await ism.request('GET', `/api/audits/${audit.id}/independence?personId=${ann.personId}`);
      expect(ok.json()).toMatchObject({ independent: true, conflicts: [] });
    });

    it('validates scope and dates, and refuses everyone but the ISM to plan', async () => {
      const bad = await ism.request('POST', '/api/audits', {
        title: 'x',
        plannedStart: '2026-12-10',
        plannedEnd: '2026-12-01',
        scope: [{ type: 'clause', id: '4.1' }],
      });
      expect(bad.statusCode).toBe(400);
      const unknown = await ism.request('POST', '/api/audits', {
        title: 'x',
        plannedStart: '2026-12-01',
        plannedEnd: '2026-12-02',
        scope: [{ type: 'clause', id: '11.1' }],
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors).toEqual([{ field: 'body.scope.0', message: 'Unknown clause' }]);
      const denied = await ann.request('POST', '/api/audits', {
        title: 'x',
        plannedStart: '2026-12-01',
        plannedEnd: '2026-12-02',
        scope: [{ type: 'clause', id: '4.1' }],
      });
      expect(denied.statusCode).toBe(403);
      expect((await employee.request('GET', '/api/audits')).statusCode).toBe(403);
    });

    it('runs an audit: team in the ledger, checklist from scope, results, a nonconformity, sign-off and report', async () => {
      const audit = await create([
        { type: 'clause', id: '4' },
        { type: 'control', id: a515 },
        { type: 'process', id: 'risk_assessment' },
        { type: 'org_unit', id: unit },
      ]);
      expect(audit.scope.map((s) => s.type)).toEqual(['clause', 'control', 'process', 'org_unit']);
      expect((await ism.request('POST', `/api/audits/${audit.id}/start`, { version: audit.version })).statusCode).toBe(
        409,
      );
      const staffed = await ism.request('POST', `/api/audits/${audit.id}/auditors`, {
        personId: ann.personId,
        lead: true,
      });
      expect(staffed.statusCode, staffed.body).toBe(201);
      const withCid = await ism.request('POST', `/api/audits/${audit.id}/auditors`, { personId: cid.personId });
      expect(withCid.statusCode, withCid.body).toBe(201);
      const team = withCid.json<TAudit>().team;
      expect(team.map((m) => [m.person.fullName, m.lead])).toEqual([
        ['Ann Auditor', true],
        ['Cid Colleague', false],
      ]);
      // Cid holds no ISMS-wide role: the audit assignment lets him read what he audits, not change it.
      expect((await cid.request('GET', `/api/controls/${a515}`)).statusCode).toBe(200);
      expect((await cid.request('GET', '/api/risks')).statusCode).toBe(200);
      expect(
        (await cid.request('PATCH', `/api/controls/${a515}`, { version: 1, status: 'implemented' })).statusCode,
      ).toBe(403);

      const started = await ism.request('POST', `/api/audits/${audit.id}/start`, {
        version: withCid.json<TAudit>().version,
      });
      expect(started.statusCode, started.body).toBe(200);
      const list = await items(ann, audit.id);
      expect(list.items.map((i) => `${i.type}:${i.code}`)).toEqual([
        'clause:4.1',
        'clause:4.2',
        'clause:4.3',
        'clause:4.4',
        'control:A.5.15',
        'process:6.1.2, 8.2',
        'org_unit:',
      ]);
      const inbox = (await ann.request('GET', '/api/inbox?limit=100')).json<{
        items: { kind: string; title: string }[];
      }>();
      expect(inbox.items.filter((d) => d.kind === 'audits.conduct').map((d) => d.title)).toEqual([
        `Record the results of ${audit.reference} ISMS audit (7 of 7 open)`,
      ]);

      const record = (c: Client, i: TAuditItem, result: string, notes = '') =>
        c.request('PUT', `/api/audits/${audit.id}/items/${i.id}`, { result, notes, version: i.version });
      expect((await record(employee, list.items[0]!, 'conforming')).statusCode).toBe(403);
      expect((await record(bob, list.items[0]!, 'conforming')).statusCode).toBe(403);
      const nc = await record(ann, list.items[4]!, 'minor_nc', 'Two leavers still had access');
      expect(nc.statusCode, nc.body).toBe(200);
      const ncItem = nc.json<TAuditItem>();
      expect(ncItem.nonconformity).toMatchObject({ reference: expect.stringMatching(/^NC-\d{4}$/), status: 'open' });
      expect((await record(ann, ncItem, 'conforming')).statusCode).toBe(409);
      const upload = await ann.request(
        'POST',
        `/api/audits/${audit.id}/items/${ncItem.id}/evidence?fileName=sample.txt`,
        Buffer.from('access list extract\n'),
        { 'content-type': 'text/plain' },
      );
      expect(upload.statusCode, upload.body).toBe(201);
      const evidence = upload.json<TAuditItem>().evidence[0]!;
      expect(evidence).toMatchObject({ kind: 'file', fileName: 'sample.txt', size: 20 });
      const file = await cid.request('GET', `/api/audits/${audit.id}/evidence/${evidence.id}/file`);
      expect(file.body).toBe('access list extract\n');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      for (const i of list.items.filter((x) => x.id !== ncItem.id))
        expect((await record(cid, i, i.type === 'org_unit' ? 'observation' : 'conforming')).statusCode).toBe(200);

      const current = await get(ann, audit.id);
      expect(current.progress).toEqual({ total: 7, recorded: 7 });
      expect(current.findings).toMatchObject({ minor_nc: 1, observation: 1 });
      expect(current.can.signOff).toBe(true);
      const byCid = await cid.request('POST', `/api/audits/${audit.id}/sign-off`, {
        conclusion: 'x',
        version: current.version,
      });
      expect(byCid.statusCode).toBe(403);
      expect(byCid.json().detail).toContain('Only the lead auditor, Ann Auditor,');
      const signed = await ann.request('POST', `/api/audits/${audit.id}/sign-off`, {
        conclusion: 'The ISMS conforms apart from one minor nonconformity.',
        version: current.version,
      });
      expect(signed.statusCode, signed.body).toBe(200);
      expect(signed.json<TAudit>()).toMatchObject({
        status: 'completed',
        signedOff: { by: { fullName: 'Ann Auditor' } },
      });
      // The team's assignments ended with the audit: Cid no longer reads the controls.
      expect((await cid.request('GET', `/api/controls/${a515}`)).statusCode).toBe(403);
      expect((await cid.request('GET', '/api/risks')).statusCode).toBe(403);
      expect((await get(ism, audit.id)).team.map((m) => m.person.fullName)).toEqual(['Ann Auditor', 'Cid Colleague']);
      expect((await record(ann, list.items[0]!, 'observation')).statusCode).toBe(403);

      const report = await ism.request('GET', `/api/audits/${audit.id}/report`);
      expect(report.statusCode).toBe(200);
      expect(report.headers['content-type']).toContain('application/pdf');
      const text = readPdf(report.rawPayload).text;
      expect(text).toContain(`${audit.reference} ISMS audit`);
      expect(text).toContain('Two leavers still had access');
      expect(text).toContain(ncItem.nonconformity!.reference);
      expect(text).toContain('Ann Auditor (lead auditor)');
      const trail = await t.deps.db
        .selectFrom('trail_event')
        .select(['action', 'authorized_as'])
        .where('object_id', '=', audit.id)
        .orderBy('seq')
        .execute();
      expect(trail.map((e) => e.action)).toContain('audit.sign_off');
      expect(trail.find((e) => e.action === 'audit.sign_off')?.authorized_as).toBe('role:internal_auditor');
    });

    it('refuses results from an auditor who has since come to own what is audited (SOD-01)', async () => {
      const audit = await create([{ type: 'control', id: a515 }], 'Access control audit');
      const a = (
        await ism.request('POST', `/api/audits/${audit.id}/auditors`, { personId: cid.personId, lead: true })
      ).json<TAudit>();
      await ism.request('POST', `/api/audits/${audit.id}/start`, { version: a.version });
      const [item] = (await items(cid, audit.id)).items;
      await grantRole(t.deps, cid.personId, 'sysadmin', { scopeType: 'control', scopeId: a515 });
      const res = await cid.request('PUT', `/api/audits/${audit.id}/items/${item!.id}`, {
        result: 'conforming',
        version: item!.version,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ rule: 'SOD-01' });
      expect(res.json().detail).toContain('implements the control A.5.15');
    });

    it('keeps the programme: defaults, versioned saves, frequency overrides and coverage states', async () => {
      const first = (await ism.request('GET', '/api/audits/programme')).json<TAuditProgramme>();
      expect(first).toMatchObject({
        version: 0,
        clauseFrequencyMonths: 12,
        controlFrequencyMonths: 36,
        can: { manage: true },
      });
      expect((await ann.request('GET', '/api/audits/programme')).json<TAuditProgramme>().can.manage).toBe(false);
      const body = {
        title: 'Programme 2025-2027',
        cycleStart: '2025-01-01',
        cycleEnd: '2027-12-31',
        clauseFrequencyMonths: 12,
        controlFrequencyMonths: 12,
        notes: '',
      };
      // Two first saves at once: one wins, the other is told to reload (never a 500).
      const both = await Promise.all([
        ism.request('PUT', '/api/audits/programme', { ...body, version: 0 }),
        ism.request('PUT', '/api/audits/programme', { ...body, version: 0 }),
      ]);
      expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const freq = await ism.request('PUT', '/api/audits/programme/frequencies', {
        itemType: 'clause',
        itemId: '4.2',
        frequencyMonths: 6,
      });
      expect(freq.json<TAuditProgramme>().overrides).toEqual([
        expect.objectContaining({ itemType: 'clause', code: '4.2', frequencyMonths: 6 }),
      ]);
      const parent = await ism.request('PUT', '/api/audits/programme/frequencies', {
        itemType: 'clause',
        itemId: '4',
        frequencyMonths: 6,
      });
      expect(parent.statusCode).toBe(400);

      const cov = (await ism.request('GET', '/api/audits/programme/coverage?limit=200')).json<TProgrammeCoverage>();
      const row = (code: string) => cov.items.find((i) => i.code === code);
      // Audited in the completed audit: current; in the running one (not yet recorded): planned.
      expect(row('4.1')).toMatchObject({ state: 'current', lastAudited: { result: 'conforming' } });
      expect(row('4.2')).toMatchObject({ frequencyMonths: 6, state: 'current' });
      expect(row('A.5.15')).toMatchObject({ state: 'current', lastAudited: { result: 'minor_nc' } });
      // In a planned audit's scope and never audited: planned.
      expect(row('6.1.2')).toMatchObject({ state: 'planned', planned: { reference: expect.stringMatching(/^AUD-/) } });
      expect(row('5.1')).toMatchObject({ state: 'overdue', lastAudited: null, dueBy: '2026-01-01' });
      expect(cov.items.filter((i) => i.itemType === 'clause').length).toBeGreaterThan(20);
      expect(Object.values(cov.totals).reduce((a, b) => a + b, 0)).toBe(cov.items.length);
      const csv = await ism.request('GET', '/api/audits/programme/coverage/export?format=csv');
      expect(csv.body.split('\n')[0]).toContain('Type,Item,Title,Frequency (months),Last audited');
      const staffDuties = (await ism.request('GET', '/api/inbox?limit=100')).json<{ items: { kind: string }[] }>();
      expect(staffDuties.items.some((d) => d.kind === 'audits.staff')).toBe(true);
    });
  });
}
