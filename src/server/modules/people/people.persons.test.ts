import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportSummary, TOrgUnit, TPersonDetail, TPersonPage } from '../../../contracts/people.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

for (const dialect of DIALECTS) {
  describe(`[PEOPLE] people and org units on ${dialect}`, () => {
    let t: TestApp;
    let ism: Client;
    let employee: Client;
    let eng: TOrgUnit;
    let platform: TOrgUnit;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount());
      await grantRole(t.deps, ism.personId, 'isms_manager');
      employee = await signIn(t, buildAccount());
      eng = (await ism.request('POST', '/api/org-units', { code: 'ENG', name: 'Engineering' })).json();
      platform = (
        await ism.request('POST', '/api/org-units', { code: 'PLAT', name: 'Platform', parentId: eng.id })
      ).json();
    });
    afterAll(async () => t.close());

    const create = async (body: Record<string, unknown>) => {
      const res = await ism.request('POST', '/api/people', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json<TPersonDetail>();
    };
    const trailCount = async () =>
      Number(
        (
          await t.deps.db
            .selectFrom('trail_event')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('creates a person with the Employee role from their start date and a trail event', async () => {
      const p = await create({
        employeeId: 'P1',
        fullName: 'Paula Chief',
        email: 'Paula@Acme.example',
        jobTitle: 'CTO',
        orgUnitId: eng.id,
        startDate: '2020-01-01',
      });
      expect(p).toMatchObject({
        email: 'paula@acme.example',
        orgUnit: { code: 'ENG' },
        status: 'active',
        source: 'manual',
        directReportsCount: 0,
      });
      const role = await t.deps.db
        .selectFrom('assignment')
        .selectAll()
        .where('person_id', '=', p.id)
        .executeTakeFirstOrThrow();
      expect(role).toMatchObject({ role_key: 'employee', valid_from: '2020-01-01T00:00:00.000Z' });
      const ev = await t.deps.db
        .selectFrom('trail_event')
        .selectAll()
        .where('object_id', '=', p.id)
        .executeTakeFirstOrThrow();
      expect(ev).toMatchObject({ action: 'person.created', authorized_as: 'role:isms_manager' });
    });

    it('refuses a taken email (409 naming the field), a missing manager, and a manager loop', async () => {
      const dup = await ism.request('POST', '/api/people', { fullName: 'Dup', email: 'paula@acme.example' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().errors).toEqual([{ field: 'email', message: 'Already used by another person' }]);
      const ghost = await ism.request('POST', '/api/people', {
        fullName: 'Ghost',
        email: 'ghost@acme.example',
        managerId: '01900000-0000-7000-8000-000000000000',
      });
      expect(ghost.statusCode).toBe(400);
      expect(ghost.json().errors[0].field).toBe('managerId');

      const boss = await create({ fullName: 'Boss', email: 'boss@acme.example', employeeId: 'B1' });
      const mid = await create({ fullName: 'Mid', email: 'mid@acme.example', managerId: boss.id });
      const low = await create({ fullName: 'Low', email: 'low@acme.example', managerId: mid.id });
      const loop = await ism.request('PATCH', `/api/people/${boss.id}`, { version: boss.version, managerId: low.id });
      expect(loop.statusCode).toBe(409);
      expect(loop.json().detail).toContain('loop');
      expect(loop.json().errors[0].field).toBe('managerId');
      const self = await ism.request('PATCH', `/api/people/${boss.id}`, { version: boss.version, managerId: boss.id });
      expect(self.statusCode).toBe(409);
      const detail = (await ism.request('GET', `/api/people/${boss.id}`)).json<TPersonDetail>();
      expect(detail.directReportsCount).toBe(1);
      const reports = (await ism.request('GET', `/api/people?managerId=${mid.id}`)).json<TPersonPage>();
      expect(reports.items.map((r) => r.fullName)).toEqual(['Low']);
      expect(reports.items[0]?.manager).toMatchObject({ id: mid.id, fullName: 'Mid' });
    });

    it('updates with the version, refuses a stale one, and marking a leaver opens a handover', async () => {
      const p = await create({ fullName: 'Quinn Leaving', email: 'quinn@acme.example', orgUnitId: platform.id });
      const edited = await ism.request('PATCH', `/api/people/${p.id}`, { version: p.version, jobTitle: 'Engineer' });
      expect(edited.statusCode).toBe(200);
      const stale = await ism.request('PATCH', `/api/people/${p.id}`, { version: p.version, jobTitle: 'Other' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('version_conflict');
      const cur = edited.json<TPersonDetail>();
      const left = await ism.request('PATCH', `/api/people/${p.id}`, { version: cur.version, status: 'leaver' });
      expect(left.statusCode).toBe(200);
      expect(left.json()).toMatchObject({ status: 'leaver', leaveDate: new Date().toISOString().slice(0, 10) });
      const handover = await t.deps.db
        .selectFrom('handover')
        .selectAll()
        .where('person_id', '=', p.id)
        .executeTakeFirstOrThrow();
      expect(handover).toMatchObject({ status: 'open', source: 'manual' });
      const ev = await t.deps.db
        .selectFrom('trail_event')
        .select('action')
        .where('object_id', '=', p.id)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(ev.action).toBe('person.left');
    });

    it('lists with search, status and org unit (with descendants) filters, paginated by cursor', async () => {
      const inPlatform = (await ism.request('GET', `/api/people?orgUnitId=${platform.id}`)).json<TPersonPage>();
      expect(inPlatform.items.map((p) => p.fullName)).toEqual(['Quinn Leaving']);
      const underEng = (
        await ism.request('GET', `/api/people?orgUnitId=${eng.id}&includeDescendants=true`)
      ).json<TPersonPage>();
      expect(underEng.items.map((p) => p.fullName)).toEqual(['Paula Chief', 'Quinn Leaving']);
      const leavers = (await employee.request('GET', '/api/people?status=leaver')).json<TPersonPage>();
      expect(leavers.items.map((p) => p.fullName)).toEqual(['Quinn Leaving']);
      expect((await employee.request('GET', '/api/people?q=P1')).json<TPersonPage>().items).toHaveLength(1);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/people?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page: TPersonPage = (await employee.request('GET', url)).json();
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      const all = (await employee.request('GET', '/api/people?limit=200')).json<TPersonPage>();
      expect(seen).toEqual(all.items.map((p) => p.id));
    });

    it('org units: tree with counts, refuses a move under its own descendant, deletes only empty units', async () => {
      const tree = (await employee.request('GET', '/api/org-units/tree')).json<{
        items: { code: string; parentId: string | null; peopleCount: number }[];
      }>();
      expect(tree.items.find((u) => u.code === 'ENG')).toMatchObject({ parentId: null, peopleCount: 1 });
      expect(tree.items.find((u) => u.code === 'PLAT')).toMatchObject({ parentId: eng.id, peopleCount: 0 });
      const children = (await employee.request('GET', `/api/org-units?parentId=${eng.id}`)).json<{
        items: TOrgUnit[];
      }>();
      expect(children.items.map((u) => u.code)).toEqual(['PLAT']);
      const e = (await ism.request('GET', `/api/org-units/${eng.id}`)).json<TOrgUnit>();
      const loop = await ism.request('PATCH', `/api/org-units/${eng.id}`, {
        version: e.version,
        parentId: platform.id,
      });
      expect(loop.statusCode).toBe(409);
      expect(loop.json().detail).toContain('its own ancestor');
      const dup = await ism.request('POST', '/api/org-units', { code: 'ENG', name: 'Again' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().errors[0].field).toBe('code');
      const notEmpty = await ism.request('DELETE', `/api/org-units/${platform.id}`);
      expect(notEmpty.statusCode).toBe(409);
      expect(notEmpty.json().detail).toContain('1 person');
      const hasChild = await ism.request('DELETE', `/api/org-units/${eng.id}`);
      expect(hasChild.statusCode).toBe(409);
      const spare = (await ism.request('POST', '/api/org-units', { code: 'TMP', name: 'Temporary' })).json<TOrgUnit>();
      const moved = await ism.request('PATCH', `/api/org-units/${spare.id}`, {
        version: 1,
        parentId: eng.id,
        name: 'Temp',
      });
      expect(moved.json()).toMatchObject({ parent: { code: 'ENG' }, name: 'Temp', version: 2 });
      const stale = await ism.request('PATCH', `/api/org-units/${spare.id}`, { version: 1, name: 'X' });
      expect(stale.json().code).toBe('version_conflict');
      expect((await ism.request('DELETE', `/api/org-units/${spare.id}`)).statusCode).toBe(200);
      expect((await ism.request('GET', `/api/org-units/${spare.id}`)).statusCode).toBe(404);
    });

    it('employees read but may not change, import or export; nothing is written', async () => {
      const before = await trailCount();
      const p = (await employee.request('GET', '/api/people?limit=1')).json<TPersonPage>().items[0]!;
      const attempts = [
        await employee.request('POST', '/api/people', { fullName: 'X', email: 'x@acme.example' }),
        await employee.request('PATCH', `/api/people/${p.id}`, { version: p.version, status: 'leaver' }),
        await employee.request('POST', '/api/org-units', { code: 'X', name: 'X' }),
        await employee.request('DELETE', `/api/org-units/${eng.id}`),
        await employee.request('GET', '/api/people/export?format=csv'),
      ];
      for (const res of attempts) expect(res.statusCode).toBe(403);
      expect(await trailCount()).toBe(before);
    });

    it('a CSV export re-imports with zero changes; XLSX has the same columns', async () => {
      // Import a small organisation, then export everyone and import the export.
      const file = [
        'employee_id,full_name,email,job_title,org_unit_code,org_unit_name,parent_org_unit_code,manager_employee_id,status,start_date,leave_date',
        'R1,Rae Root,rae@acme.example,CEO,ROOT,Acme,,,active,2010-01-01,',
        'R2,Sam Second,sam@acme.example,=Formula Lover,SUB,Sub unit,ROOT,R1,active,2012-02-02,',
        'R3,Tom Gone,tom@acme.example,Clerk,SUB,Sub unit,ROOT,R2,leaver,2012-02-02,2024-05-05',
      ].join('\n');
      const headers = { 'content-type': 'text/csv' };
      const p = (await ism.request('POST', '/api/people/import', file, headers)).json<TImportSummary>();
      const applied = await ism.request(
        'POST',
        `/api/people/import?mode=apply&expectedSha256=${p.sha256}`,
        file,
        headers,
      );
      expect(applied.statusCode, applied.body).toBe(200);

      const res = await ism.request('GET', '/api/people/export?format=csv');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="people-\d{4}-\d{2}-\d{2}\.csv"/);
      const records = parse<Record<string, string>>(res.body, { bom: true, columns: true });
      expect(records.find((r) => r.employee_id === 'R2')).toMatchObject({
        job_title: "'=Formula Lover",
        org_unit_code: 'SUB',
        parent_org_unit_code: 'ROOT',
        manager_employee_id: 'R1',
      });
      const again = (await ism.request('POST', '/api/people/import', res.body, headers)).json<TImportSummary>();
      expect(again.errors).toEqual([]);
      // Everyone made by hand in this suite has no employee id and is matched by email: no change either.
      expect(again.counts).toMatchObject({ created: 0, updated: 0, leavers: 0, orgUnitsCreated: 0 });
      expect(again.counts.unchanged).toBe(again.rows);

      const xlsx = await ism.request('GET', '/api/people/export?format=xlsx&status=active');
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const header = book.worksheets[0]!.getRow(1).values as string[];
      expect(header.slice(1, 4)).toEqual(['employee_id', 'full_name', 'email']);
    });
  });
}
