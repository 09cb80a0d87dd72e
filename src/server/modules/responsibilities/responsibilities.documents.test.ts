import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrgChart, TOrgChartNode } from '../../../contracts/documents.js';
import { readPdf } from '../../testing/pdf-text.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { unitAndDescendants } from './responsibilities.documents.service.js';

describe('[RESPONSIBILITIES] org unit selection', () => {
  it('takes a unit and everything below it, and survives a parent loop', () => {
    const units = [
      { id: 'hq', parent_id: null },
      { id: 'tech', parent_id: 'hq' },
      { id: 'platform', parent_id: 'tech' },
      { id: 'finance', parent_id: 'hq' },
      { id: 'a', parent_id: 'b' },
      { id: 'b', parent_id: 'a' },
    ];
    expect(unitAndDescendants(units, 'tech').sort()).toEqual(['platform', 'tech']);
    expect(unitAndDescendants(units, 'hq').sort()).toEqual(['finance', 'hq', 'platform', 'tech']);
    expect(unitAndDescendants(units, 'a').sort()).toEqual(['a', 'b']);
  });
});

for (const dialect of DIALECTS) {
  describe(`[RESPONSIBILITIES] org chart and documents on ${dialect}`, () => {
    let t: TestApp;
    let ism: Client;
    let employee: Client;
    let auditor: Client;
    let admin: Client;
    const unit: Record<string, string> = {};
    const person: Record<string, string> = {};
    const past = '2026-01-15T00:00:00.000Z';

    const now = () => new Date().toISOString();
    async function addUnit(code: string, parent?: string) {
      const id = uuidv7();
      await t.deps.db
        .insertInto('org_unit')
        .values({
          id,
          code,
          name: code,
          parent_id: parent ? unit[parent]! : null,
          created_at: now(),
          updated_at: now(),
          version: 1,
        })
        .execute();
      unit[code] = id;
    }
    async function addPerson(
      name: string,
      opts: { unit?: string; manager?: string; title?: string; status?: 'active' | 'leaver'; leaveDate?: string } = {},
    ) {
      const id = uuidv7();
      await t.deps.db
        .insertInto('person')
        .values({
          id,
          full_name: name,
          email: `${name.toLowerCase().replace(/\W+/g, '.')}@chart.example`,
          status: opts.status ?? 'active',
          employee_id: null,
          job_title: opts.title ?? null,
          org_unit_id: opts.unit ? unit[opts.unit]! : null,
          manager_id: opts.manager ? person[opts.manager]! : null,
          start_date: '2025-01-01',
          leave_date: opts.leaveDate ?? null,
          created_at: now(),
          updated_at: now(),
          version: 1,
        })
        .execute();
      person[name] = id;
      return id;
    }
    const chart = async (query: string, c: Client = employee) => {
      const res = await c.request('GET', `/api/org-chart${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<TOrgChart>();
    };
    const node = (c: TOrgChart, name: string): TOrgChartNode | undefined => c.nodes.find((n) => n.fullName === name);
    const names = (c: TOrgChart) => c.nodes.map((n) => n.fullName).sort();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Irene Isms' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      auditor = await signIn(t, buildAccount({ fullName: 'Aldo Auditor' }));
      await grantRole(t.deps, auditor.personId, 'internal_auditor');
      employee = await signIn(t, buildAccount({ fullName: 'Emil Employee' }));
      admin = await signIn(t, buildAccount({ fullName: 'Ada Admin', isAdmin: true }));

      await addUnit('HQ');
      await addUnit('Tech', 'HQ');
      await addUnit('Platform', 'Tech');
      await addUnit('Finance', 'HQ');
      await addPerson('Cora Chief', { unit: 'HQ', title: 'Chief Executive' });
      await addPerson('Tom Tech', { unit: 'Tech', manager: 'Cora Chief', title: 'CTO' });
      await addPerson('Fay Finance', { unit: 'Finance', manager: 'Cora Chief', title: 'CFO' });
      await addPerson('Dev Alpha', { unit: 'Tech', manager: 'Tom Tech' });
      await addPerson('Dev Beta', { unit: 'Tech', manager: 'Tom Tech', title: 'Ops engineer' });
      await addPerson('Dev Gamma', { unit: 'Platform', manager: 'Tom Tech' });
      await addPerson('Ivy Intern', { unit: 'Tech', manager: 'Dev Alpha' });
      await addPerson('Lou Leaver', { unit: 'Tech', manager: 'Tom Tech', status: 'leaver', leaveDate: '2026-03-01' });
      await addPerson('Wes Wide', { unit: 'Finance', manager: 'Fay Finance' });
      for (let i = 1; i <= 12; i++)
        await addPerson(`Clerk ${String(i).padStart(2, '0')}`, { unit: 'Finance', manager: 'Wes Wide' });

      // Badges: a current org-unit holder, a deputy, an ended holder, counted object scopes.
      await grantRole(t.deps, person['Dev Beta']!, 'sysadmin', { scopeType: 'org_unit', scopeId: unit.Tech! });
      await grantRole(t.deps, person['Dev Gamma']!, 'sysadmin', {
        scopeType: 'org_unit',
        scopeId: unit.Tech!,
        kind: 'deputy',
      });
      await grantRole(t.deps, person['Cora Chief']!, 'top_management');
      const ended = await grantRole(t.deps, person['Fay Finance']!, 'risk_owner', {
        validFrom: '2025-06-01T00:00:00.000Z',
      });
      await t.deps.db
        .updateTable('assignment')
        .set({ valid_to: '2026-02-01T00:00:00.000Z' })
        .where('id', '=', ended)
        .execute();
      for (let i = 0; i < 3; i++)
        await grantRole(t.deps, person['Tom Tech']!, 'asset_owner', { scopeType: 'asset', scopeId: uuidv7() });
      await grantRole(t.deps, person['Tom Tech']!, 'employee');
      // Acknowledgements: Dev Beta on the current text, Cora on nothing yet.
      await t.deps.db
        .updateTable('assignment')
        .set({ acknowledged_at: now(), acknowledged_version: 1 })
        .where('person_id', '=', person['Dev Beta']!)
        .where('role_key', '=', 'sysadmin')
        .execute();
    });
    afterAll(async () => t.close());

    it('starts at the top of the organisation and returns three levels, deeper branches collapsed', async () => {
      const c = await chart('');
      // The signed-in test people have no manager: they are at the top too, by name.
      const top = c.rootIds.map((id) => c.nodes.find((n) => n.id === id)!.fullName);
      expect(top).toEqual(['Ada Admin', 'Aldo Auditor', 'Cora Chief', 'Emil Employee', 'Irene Isms']);
      expect(c.rootCount).toBe(5);
      expect(c.orgUnit).toBeNull();
      expect(names(c)).not.toContain('Ivy Intern');
      expect(names(c)).not.toContain('Clerk 01');
      expect(node(c, 'Tom Tech')).toMatchObject({ managerId: person['Cora Chief'], childCount: 3, childrenShown: 3 });
      expect(node(c, 'Dev Alpha')).toMatchObject({ childCount: 1, childrenShown: 0 });
      expect(node(c, 'Wes Wide')).toMatchObject({ childCount: 12, childrenShown: 0 });
      expect(node(c, 'Tom Tech')!.orgUnit).toEqual({ id: unit.Tech, name: 'Tech' });
      expect(node(c, 'Tom Tech')!.jobTitle).toBe('CTO');
      expect(names(c)).not.toContain('Lou Leaver');
      expect(c.truncated).toBe(false);
    });

    it('depth 1 returns only the top, with how many reports each has', async () => {
      const c = await chart(`?depth=1&orgUnitId=${unit.HQ}`);
      expect(names(c)).toEqual(['Cora Chief']);
      expect(node(c, 'Cora Chief')).toMatchObject({ childCount: 2, childrenShown: 0, managerId: null });
    });

    it('expands a collapsed branch lazily from a root person', async () => {
      const c = await chart(`?rootPersonId=${person['Dev Alpha']}&depth=2`);
      expect(c.rootIds).toEqual([person['Dev Alpha']]);
      expect(names(c)).toEqual(['Dev Alpha', 'Ivy Intern']);
      expect(node(c, 'Dev Alpha')).toMatchObject({ managerId: null, childCount: 1, childrenShown: 1 });
      expect(node(c, 'Ivy Intern')).toMatchObject({ managerId: person['Dev Alpha'], childCount: 0 });
    });

    it('filters by org unit, including the units below it', async () => {
      const tech = await chart(`?orgUnitId=${unit.Tech}`);
      expect(tech.orgUnit).toEqual({ id: unit.Tech, name: 'Tech' });
      expect(tech.rootIds).toEqual([person['Tom Tech']]);
      expect(names(tech)).toEqual(['Dev Alpha', 'Dev Beta', 'Dev Gamma', 'Ivy Intern', 'Tom Tech']);
      const platform = await chart(`?orgUnitId=${unit.Platform}`);
      expect(names(platform)).toEqual(['Dev Gamma']);
      expect(node(platform, 'Dev Gamma')!.managerId).toBeNull();
      const finance = await chart(`?orgUnitId=${unit.Finance}&depth=2`);
      expect(finance.rootIds).toEqual([person['Fay Finance']]);
      expect(names(finance)).toEqual(['Fay Finance', 'Wes Wide']);
      // Someone outside the unit cannot be the root of the unit's chart.
      const res = await employee.request(
        'GET',
        `/api/org-chart?orgUnitId=${unit.Finance}&rootPersonId=${person['Tom Tech']}`,
      );
      expect(res.statusCode).toBe(404);
    });

    it('stays within the limit: wide branches stay collapsed, an explicit expansion shows what fits', async () => {
      const c = await chart(`?orgUnitId=${unit.Finance}&depth=3&limit=10`);
      expect(c.nodes.length).toBeLessThanOrEqual(10);
      expect(c.truncated).toBe(true);
      expect(node(c, 'Wes Wide')).toMatchObject({ childCount: 12, childrenShown: 0 });
      const wide = await chart(`?rootPersonId=${person['Wes Wide']}&depth=2&limit=10`);
      expect(wide.nodes).toHaveLength(10);
      expect(node(wide, 'Wes Wide')).toMatchObject({ childCount: 12, childrenShown: 9 });
      expect(node(wide, 'Clerk 01')).toBeDefined();
      expect(node(wide, 'Clerk 12')).toBeUndefined();
      expect(wide.truncated).toBe(true);
    });

    it('shows current ISMS roles as badges, never the Employee role, and past holders as of a past date', async () => {
      const c = await chart(`?orgUnitId=${unit.HQ}&depth=3`);
      expect(node(c, 'Dev Beta')!.badges).toEqual([
        {
          roleKey: 'sysadmin',
          roleName: 'System & Network Administrator',
          kind: 'holder',
          scopeType: 'org_unit',
          scopeId: unit.Tech,
          scopeLabel: 'Tech',
          count: 1,
        },
      ]);
      expect(node(c, 'Dev Gamma')!.badges).toMatchObject([{ roleKey: 'sysadmin', kind: 'deputy' }]);
      expect(node(c, 'Cora Chief')!.badges).toMatchObject([{ roleKey: 'top_management', scopeLabel: 'Whole ISMS' }]);
      expect(node(c, 'Tom Tech')!.badges).toEqual([
        expect.objectContaining({ roleKey: 'asset_owner', scopeLabel: '3 assets', count: 3, scopeId: null }),
      ]);
      // The Risk Owner assignment ended on 1 February 2026.
      expect(node(c, 'Fay Finance')!.badges).toEqual([]);
      const then = await chart(`?orgUnitId=${unit.HQ}&depth=3&asOf=${encodeURIComponent(past)}`);
      expect(node(then, 'Fay Finance')!.badges).toMatchObject([{ roleKey: 'risk_owner', kind: 'holder' }]);
      expect(node(then, 'Dev Beta')!.badges).toEqual([]);
      // As of a day before they left, the leaver was still on the chart.
      const before = await chart(`?orgUnitId=${unit.Tech}&asOf=2026-02-15`);
      expect(names(before)).toContain('Lou Leaver');
    });

    it('refuses bad input and unknown units and people', async () => {
      expect((await employee.request('GET', '/api/org-chart?depth=9')).statusCode).toBe(400);
      expect((await employee.request('GET', '/api/org-chart?orgUnitId=nope')).statusCode).toBe(400);
      const unknown = await employee.request('GET', `/api/org-chart?orgUnitId=${uuidv7()}`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
      expect((await employee.request('GET', `/api/org-chart?rootPersonId=${uuidv7()}`)).statusCode).toBe(404);
    });

    it('prints a role as a job description with its holders, deputies and RACI lines', async () => {
      const res = await employee.request('GET', '/api/roles/sysadmin/document.pdf');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="role-sysadmin-\d{4}-\d{2}-\d{2}\.pdf"$/,
      );
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = readPdf(res.rawPayload);
      expect(pdf.text).toContain('System & Network Administrator');
      expect(pdf.text).toContain('Responsibilities');
      expect(pdf.text).toContain('Dev Beta');
      expect(pdf.text).toContain('Dev Gamma');
      expect(pdf.text).toContain('Deputy');
      expect(pdf.lines.some((l) => l.startsWith('Acknowledged'))).toBe(true);
      expect(pdf.text).toContain('Not yet acknowledged');
      expect(pdf.text).toContain('Processes this role is accountable or responsible for');
      expect(pdf.text).toMatch(/Page 1 of \d+/);
      expect(pdf.text).toContain('Remit');
    });

    it('prints the Employee role as applying to everyone, with the acknowledgement rate', async () => {
      const res = await employee.request('GET', '/api/roles/employee/document.pdf');
      expect(res.statusCode).toBe(200);
      const text = readPdf(res.rawPayload).text.replace(/\s*\n/g, ' ');
      expect(text).toContain('Applies to everyone in the organisation');
      expect(text).not.toContain('Emil Employee');
      const missing = await employee.request('GET', '/api/roles/no_such_role/document.pdf');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('not_found');
    });

    it('prints the roles and responsibilities document for the ISM and the auditor', async () => {
      const res = await ism.request('GET', '/api/responsibilities/document.pdf');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = readPdf(res.rawPayload);
      const text = pdf.text.replace(/\s*\n/g, ' ');
      for (const s of [
        'Roles and responsibilities',
        'ISO/IEC 27001:2022 clause 5.3',
        'Information Security Manager (CISO)',
        'Top Management',
        'Cora Chief',
        'Dev Beta',
        'RACI matrix',
        'Risk assessment',
        'Acknowledgement summary',
        'Vacant roles',
        'Applies to everyone in the organisation',
      ])
        expect(text, s).toContain(s);
      // Risk Owner's only holder left on 1 February: vacant now, not then.
      const vacant = text.slice(text.lastIndexOf('Vacant roles'));
      expect(vacant).toContain('Risk Owner');
      const then = readPdf(
        (await auditor.request('GET', `/api/responsibilities/document.pdf?asOf=${encodeURIComponent(past)}`))
          .rawPayload,
      ).text.replace(/\s*\n/g, ' ');
      expect(then).toContain('Fay Finance');
      expect(then.slice(then.lastIndexOf('Vacant roles'))).not.toContain('Risk Owner');
      expect(pdf.pages).toBeGreaterThan(8);
    });

    it('refuses the roles and responsibilities document to employees and the platform admin', async () => {
      const before = await t.deps.db.selectFrom('trail_event').select('seq').execute();
      for (const c of [employee, admin]) {
        const res = await c.request('GET', '/api/responsibilities/document.pdf');
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().code).toBe('forbidden');
      }
      expect(await t.deps.db.selectFrom('trail_event').select('seq').execute()).toHaveLength(before.length);
      expect((await employee.request('GET', '/api/responsibilities/document.pdf?asOf=yesterday')).statusCode).toBe(400);
    });
  });
}
