import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportSummary } from '../../../contracts/people.js';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

const HEADER =
  'employee_id,full_name,email,job_title,org_unit_code,org_unit_name,parent_org_unit_code,manager_employee_id,status,start_date,leave_date';

const BASE = [
  HEADER,
  'E001,Ada Boss,ada@acme.example,Chief Executive Officer,HQ,Headquarters,,,active,2015-01-05,',
  // Managers may come after their reports: resolution is order-independent.
  'E003,Cy Dev,cy@acme.example,Engineer,ENG-PLAT,Platform,ENG,E002,active,2021-06-01,',
  'E002,Bea Lead,bea@acme.example,VP Engineering,ENG,Engineering,HQ,E001,active,2018-03-12,',
  'E004,Dee Ops,dee@acme.example,Operator,ENG-PLAT,Platform,ENG,E002,active,2022-09-19,',
].join('\n');

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

for (const dialect of DIALECTS) {
  describe(`[PEOPLE] HR import on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    let employee: Client;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      admin = await signIn(t, buildAccount({ isAdmin: true }));
      employee = await signIn(t, buildAccount());
    });
    afterAll(async () => t.close());

    const send = (who: Client, body: string, query: string) =>
      who.request('POST', `/api/people/import?${query}`, body, { 'content-type': 'text/csv' });
    const preview = async (body: string, extra = '') => {
      const res = await send(admin, body, `mode=preview${extra}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<TImportSummary>();
    };
    const apply = async (body: string, extra = '') => {
      const p = await preview(body, extra);
      const res = await send(admin, body, `mode=apply&expectedSha256=${p.sha256}${extra}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<TImportSummary>();
    };
    const count = async (table: 'person' | 'org_unit' | 'trail_event' | 'handover' | 'assignment') =>
      Number(
        (
          await t.deps.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const byEmp = (id: string) =>
      t.deps.db.selectFrom('person').selectAll().where('employee_id', '=', id).executeTakeFirstOrThrow();

    it('a bad row applies nothing and names its line and field; the preview shows every error', async () => {
      const before = { people: await count('person'), trail: await count('trail_event') };
      const bad = csv(
        HEADER,
        'E001,Ada Boss,ada@acme.example,CEO,HQ,Headquarters,,,active,2015-01-05,',
        'E002,Bea Lead,not-an-email,VP,ENG,Engineering,HQ,E001,active,2018-03-12,',
        'E003,Cy Dev,cy@acme.example,Engineer,ENG,Engineering,HQ,E999,active,2021-13-01,',
        'E001,Copy,copy@acme.example,,,,,,active,,',
      );
      const p = await preview(bad);
      expect(p.applied).toBe(false);
      expect(p.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ line: 3, field: 'email' }),
          expect.objectContaining({ line: 4, field: 'start_date' }),
          expect.objectContaining({ line: 5, field: 'employee_id' }),
        ]),
      );
      expect(p.counts.errors).toBe(p.errors.length);
      const res = await send(admin, bad, `mode=apply&expectedSha256=${p.sha256}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'line 3, email' })]));
      expect(await count('person')).toBe(before.people);
      expect(await count('trail_event')).toBe(before.trail);
      // A manager nobody has is reported once the syntax is right, still with its line.
      const unknownManager = await preview(csv(HEADER, 'E010,Ed,ed@acme.example,,HQ,Headquarters,,E999,active,,'));
      expect(unknownManager.errors).toEqual([expect.objectContaining({ line: 2, field: 'manager_employee_id' })]);
      expect(await count('org_unit')).toBe(0);
    });

    it('preview diffs without writing; apply creates units, people and managers in any order', async () => {
      const trailBefore = await count('trail_event');
      const p = await preview(BASE);
      expect(p).toMatchObject({
        applied: false,
        rows: 4,
        counts: { created: 4, updated: 0, unchanged: 0, leavers: 0, orgUnitsCreated: 3, errors: 0 },
      });
      expect(p.orgUnitsCreated.map((u) => u.code).sort()).toEqual(['ENG', 'ENG-PLAT', 'HQ']);
      expect(await count('person')).toBe(2);
      expect(await count('trail_event')).toBe(trailBefore);

      const r = await apply(BASE);
      expect(r.applied).toBe(true);
      expect(r.counts).toMatchObject({ created: 4, orgUnitsCreated: 3 });
      const cy = await byEmp('E003');
      const bea = await byEmp('E002');
      expect(cy.manager_id).toBe(bea.id);
      expect(cy.source).toBe('hr_import');
      const unit = await t.deps.db
        .selectFrom('org_unit')
        .selectAll()
        .where('code', '=', 'ENG-PLAT')
        .executeTakeFirstOrThrow();
      const eng = await t.deps.db
        .selectFrom('org_unit')
        .selectAll()
        .where('code', '=', 'ENG')
        .executeTakeFirstOrThrow();
      expect(unit.parent_id).toBe(eng.id);
      expect(cy.org_unit_id).toBe(unit.id);
      // Every new person holds the Employee role from their start date.
      const role = await t.deps.db
        .selectFrom('assignment')
        .selectAll()
        .where('person_id', '=', cy.id)
        .executeTakeFirstOrThrow();
      expect(role.valid_from).toBe('2021-06-01T00:00:00.000Z');
      const events = await t.deps.db
        .selectFrom('trail_event')
        .select('action')
        .where('seq', '>', trailBefore)
        .execute();
      expect(events.filter((e) => e.action === 'person.created')).toHaveLength(4);
      expect(events.filter((e) => e.action === 'people.imported')).toHaveLength(1);
      const imported = await t.deps.db
        .selectFrom('trail_event')
        .select('changes')
        .where('action', '=', 'people.imported')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(imported.changes)).toMatchObject({ sha256: p.sha256, created: 4 });
    });

    it('re-importing the same file changes nothing', async () => {
      const trailBefore = await count('trail_event');
      const r = await apply(BASE);
      expect(r.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4, leavers: 0, orgUnitsCreated: 0 });
      // Only the import itself is on the trail.
      expect(await count('trail_event')).toBe(trailBefore + 1);
    });

    it('apply refuses a file other than the previewed one, and needs the hash', async () => {
      const p = await preview(BASE);
      const changed = BASE.replace('Engineer,', 'Senior Engineer,');
      const res = await send(admin, changed, `mode=apply&expectedSha256=${p.sha256}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().detail).toContain('not the one you previewed');
      const noHash = await send(admin, changed, 'mode=apply');
      expect(noHash.statusCode).toBe(400);
      expect(noHash.json().errors[0].field).toBe('querystring.expectedSha256');
    });

    it('reports changed fields, and a leaver in the file opens a handover', async () => {
      const trailBefore = await count('trail_event');
      const next = csv(
        HEADER,
        'E001,Ada Boss,ada@acme.example,Chief Executive Officer,HQ,Headquarters,,,active,2015-01-05,',
        'E002,Bea Lead,bea@acme.example,CTO,ENG,Engineering,HQ,E001,active,2018-03-12,',
        'E003,Cy Dev,cy@acme.example,Engineer,ENG-PLAT,Platform,ENG,E002,leaver,2021-06-01,2026-01-31',
        'E004,Dee Ops,dee.ops@acme.example,Operator,OPS,Operations,HQ,E001,active,2022-09-19,',
      );
      const p = await preview(next);
      expect(p.counts).toMatchObject({ created: 0, updated: 3, unchanged: 1, leavers: 1, orgUnitsCreated: 1 });
      const dee = p.updated.find((u) => u.employeeId === 'E004');
      expect(dee?.changes).toEqual(
        expect.arrayContaining([
          { field: 'email', before: 'dee@acme.example', after: 'dee.ops@acme.example' },
          { field: 'org_unit_code', before: 'ENG-PLAT', after: 'OPS' },
          { field: 'manager', before: 'E002', after: 'E001' },
        ]),
      );
      expect(p.leavers.map((l) => l.employeeId)).toEqual(['E003']);
      expect(await count('handover')).toBe(0);

      const r = await apply(next);
      expect(r.applied).toBe(true);
      const cy = await byEmp('E003');
      expect(cy).toMatchObject({ status: 'leaver', leave_date: '2026-01-31' });
      const handover = await t.deps.db
        .selectFrom('handover')
        .selectAll()
        .where('person_id', '=', cy.id)
        .executeTakeFirstOrThrow();
      expect(handover).toMatchObject({ status: 'open', source: 'hr_import' });
      const updates = await t.deps.db
        .selectFrom('trail_event')
        .select(['action', 'object_id'])
        .where('seq', '>', trailBefore)
        .where('action', '=', 'person.updated')
        .execute();
      expect(updates).toHaveLength(3);
      expect((await apply(next)).counts).toMatchObject({ updated: 0, unchanged: 4, leavers: 0 });
    });

    it('a reporting-line loop in the file is refused on the lines that make it', async () => {
      const loop = csv(
        HEADER,
        'E001,Ada Boss,ada@acme.example,Chief Executive Officer,HQ,Headquarters,,E004,active,2015-01-05,',
        'E004,Dee Ops,dee.ops@acme.example,Operator,OPS,Operations,HQ,E001,active,2022-09-19,',
      );
      const p = await preview(loop);
      expect(p.errors.map((e) => [e.line, e.field])).toEqual([
        [2, 'manager_employee_id'],
        [3, 'manager_employee_id'],
      ]);
      expect(p.errors[0]?.message).toContain('loop');
    });

    it('missingAreLeavers makes earlier-imported people absent from the file leavers', async () => {
      const only = csv(
        HEADER,
        'E001,Ada Boss,ada@acme.example,Chief Executive Officer,HQ,Headquarters,,,active,2015-01-05,',
      );
      const quiet = await preview(only);
      expect(quiet.counts.leavers).toBe(0);
      const p = await preview(only, '&missingAreLeavers=true');
      // E002 and E004 are active hr_import people not in the file; E003 already left.
      expect(p.leavers.map((l) => l.employeeId).sort()).toEqual(['E002', 'E004']);
      expect(p.leavers.every((l) => l.line === null)).toBe(true);
      await apply(only, '&missingAreLeavers=true');
      expect((await byEmp('E002')).status).toBe('leaver');
      // The admin's person (made with an account, not by the import) stays.
      const adminPerson = await t.deps.db
        .selectFrom('person')
        .select('status')
        .where('id', '=', admin.personId)
        .executeTakeFirstOrThrow();
      expect(adminPerson.status).toBe('active');
      expect(await count('handover')).toBe(3);
    });

    it('accepts header variants, first and last names, and matches people without an employee id by email', async () => {
      const adminEmail = (
        await t.deps.db.selectFrom('person').select('email').where('id', '=', admin.personId).executeTakeFirstOrThrow()
      ).email;
      const variant = [
        'Employee Number;First Name;Surname;Work Email;Department Code;Department;Hire Date',
        `E100;Fay;Admin;${adminEmail};HQ;Headquarters;2020-02-02`,
        'E101;Gus;New;gus@acme.example;HQ;Headquarters;2024-04-04',
      ].join('\r\n');
      // Semicolons are not the delimiter: the file is rejected with a readable reason.
      const semicolons = await preview(variant);
      expect(semicolons.errors[0]).toMatchObject({ line: 1 });
      const commas = variant.replaceAll(';', ',');
      const p = await preview(commas);
      expect(p.counts).toMatchObject({ created: 1, updated: 1, errors: 0 });
      expect(p.updated[0]?.changes).toEqual(
        expect.arrayContaining([{ field: 'employee_id', before: null, after: 'E100' }]),
      );
      await apply(commas);
      const adminPerson = await t.deps.db
        .selectFrom('person')
        .selectAll()
        .where('id', '=', admin.personId)
        .executeTakeFirstOrThrow();
      // Source stays: missingAreLeavers only ever touches people the import itself created.
      expect(adminPerson).toMatchObject({ employee_id: 'E100', full_name: 'Fay Admin', source: 'account' });
    });

    it('answers 413 above the size limit, and refuses employees before reading the file', async () => {
      const before = await count('trail_event');
      const res = await send(employee, BASE, 'mode=preview');
      expect(res.statusCode).toBe(403);
      expect(await count('trail_event')).toBe(before);
      const huge = `${HEADER}\n${'x'.repeat(t.deps.config.importMaxBytes + 10)}`;
      const big = await send(admin, huge, 'mode=preview');
      expect(big.statusCode).toBe(413);
      expect(big.headers['content-type']).toContain('application/problem+json');
    });
  });
}
