import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRaciMatrix, TRaciProcess } from '../../../contracts/raci.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { accountableProblem, cellDiff, normaliseCells, processKeyOf } from './responsibilities.raci.rules.js';
import { ensureResponsibilitiesSeeded } from './responsibilities.seed.js';

describe('[RESPONSIBILITIES] RACI rules', () => {
  const names: Record<string, string> = { isms_manager: 'Information Security Manager', risk_owner: 'Risk Owner' };
  const name = (k: string) => names[k] ?? k;

  it('accepts exactly one Accountable, counting A/R as Accountable', () => {
    expect(accountableProblem('Risk assessment', { isms_manager: 'A', risk_owner: 'R' }, name)).toBeNull();
    expect(accountableProblem('Risk assessment', { isms_manager: 'A/R', risk_owner: 'C' }, name)).toBeNull();
  });

  it('names the process and the Accountable roles when there are two', () => {
    expect(accountableProblem('Risk assessment', { isms_manager: 'A', risk_owner: 'A/R' }, name)).toBe(
      '“Risk assessment” must have exactly one Accountable role; it has 2 (Information Security Manager, Risk Owner)',
    );
  });

  it('names the process when nobody is Accountable', () => {
    expect(accountableProblem('Awareness', { isms_manager: 'R' }, name)).toBe(
      '“Awareness” must have exactly one Accountable role; it has none',
    );
  });

  it('drops not-involved cells, diffs rows and makes keys', () => {
    expect(normaliseCells({ a: 'R', b: null, c: 'I' })).toEqual({ a: 'R', c: 'I' });
    expect(cellDiff({ a: 'R', b: 'A' }, { a: 'R', c: 'A' })).toEqual({
      b: { before: 'A', after: null },
      c: { before: null, after: 'A' },
    });
    expect(processKeyOf('Supplier – security review!')).toBe('supplier_security_review');
    expect(processKeyOf('Équipe données')).toBe('equipe_donnees');
    expect(processKeyOf('***')).toBe('process');
  });
});

for (const dialect of DIALECTS) {
  describe(`[RESPONSIBILITIES] RACI matrix on ${dialect}`, () => {
    let t: TestApp;
    let ism: Client;
    let employee: Client;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ines Manager' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      employee = await signIn(t, buildAccount());
    });
    afterAll(async () => t.close());

    const matrix = async (c: Client = ism) => (await c.request('GET', '/api/raci')).json<TRaciMatrix>();
    const processByKey = async (key: string) => {
      const p = (await matrix()).processes.find((x) => x.key === key);
      if (!p) throw new Error(`no process ${key}`);
      return p;
    };
    const trailOf = (objectId: string) =>
      t.deps.db.selectFrom('trail_event').selectAll().where('object_id', '=', objectId).orderBy('seq').execute();

    it('seeds the 15 default processes with their cells, ISO references and rationale', async () => {
      const m = await matrix(employee);
      expect(m.processes).toHaveLength(15);
      expect(m.roles.map((r) => r.key)).toEqual([
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
      const ra = m.processes.find((p) => p.key === 'risk_assessment');
      expect(ra).toMatchObject({
        name: 'Risk assessment',
        isoRefs: ['6.1.2', '8.2'],
        cells: { top_management: 'I', isms_manager: 'A', risk_owner: 'R', asset_owner: 'C', sysadmin: 'C' },
        version: 1,
      });
      expect(ra?.cells).not.toHaveProperty('internal_auditor');
      expect(ra?.rationale).toContain('ISMS manager owns the method');
      expect(m.processes[0]?.key).toBe('isms_policy_approval');
      expect(m.can.manage).toBe(false);
      expect((await matrix(ism)).can.manage).toBe(true);
    });

    it('seeding again, or twice at once, adds nothing; a deleted process does not come back', async () => {
      await Promise.all([ensureResponsibilitiesSeeded(t.deps.db), ensureResponsibilitiesSeeded(t.deps.db)]);
      expect((await matrix()).processes).toHaveLength(15);
      const cells = await t.deps.db
        .selectFrom('raci_cell')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(cells.n)).toBe(84);
    });

    it('shows custom roles as columns in catalogue order', async () => {
      const now = new Date().toISOString();
      await t.deps.db
        .insertInto('role')
        .values({
          key: 'dpo',
          name: 'Data Protection Officer',
          summary: 's',
          responsibilities: '[]',
          authorities: '[]',
          grants: '[]',
          scope_types: '["isms"]',
          exclusive: 0,
          builtin: 0,
          position: 15,
          text_version: 1,
          retired_at: null,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      const m = await matrix();
      expect(m.roles.map((r) => r.key).slice(0, 3)).toEqual(['top_management', 'dpo', 'isms_manager']);
      expect(m.roles.find((r) => r.key === 'dpo')).toMatchObject({ builtin: false, retired: false });
    });

    it('refuses a row with two Accountable roles, naming the process, and saves nothing', async () => {
      const before = await processByKey('risk_assessment');
      const trailBefore = (await trailOf(before.id)).length;
      const res = await ism.request('PUT', `/api/raci/processes/${before.id}`, {
        version: before.version,
        name: before.name,
        cells: { ...before.cells, risk_owner: 'A' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        code: 'validation_failed',
        detail:
          '“Risk assessment” must have exactly one Accountable role; it has 2 (Information Security Manager (CISO), Risk Owner)',
        errors: [{ field: 'body.cells' }],
      });
      expect(await processByKey('risk_assessment')).toEqual(before);
      expect(await trailOf(before.id)).toHaveLength(trailBefore);
    });

    it('refuses a row with no Accountable role and an unknown role', async () => {
      const p = await processByKey('awareness_training');
      const none = await ism.request('PUT', `/api/raci/processes/${p.id}`, {
        version: p.version,
        name: p.name,
        cells: { ...p.cells, isms_manager: 'R' },
      });
      expect(none.statusCode).toBe(400);
      expect(none.json().detail).toBe(`“${p.name}” must have exactly one Accountable role; it has none`);
      const unknown = await ism.request('PUT', `/api/raci/processes/${p.id}`, {
        version: p.version,
        name: p.name,
        cells: { ...p.cells, ghost: 'C' },
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors).toEqual([{ field: 'body.cells.ghost', message: 'No such role' }]);
    });

    it('saves a valid row, bumps the version and records before/after cells under the ISM role', async () => {
      const p = await processByKey('risk_assessment');
      const res = await ism.request('PUT', `/api/raci/processes/${p.id}`, {
        version: p.version,
        name: 'Risk assessment (annual)',
        cells: { ...p.cells, isms_manager: 'C', risk_owner: 'A/R', internal_auditor: 'I', employee: null },
      });
      expect(res.statusCode).toBe(200);
      const after = res.json<TRaciProcess>();
      expect(after).toMatchObject({ name: 'Risk assessment (annual)', version: p.version + 1 });
      expect(after.cells).toEqual({
        top_management: 'I',
        isms_manager: 'C',
        risk_owner: 'A/R',
        asset_owner: 'C',
        sysadmin: 'C',
        internal_auditor: 'I',
      });
      const [event] = (await trailOf(p.id)).slice(-1);
      expect(event).toMatchObject({ action: 'raci.process.updated', authorized_as: 'role:isms_manager' });
      const changes = JSON.parse(event?.changes ?? '{}');
      expect(changes.name).toEqual({ before: 'Risk assessment', after: 'Risk assessment (annual)' });
      expect(changes.cells.before).toEqual(p.cells);
      expect(changes.cells.after).toEqual(after.cells);
      expect(changes.cells.changed).toEqual({
        isms_manager: { before: 'A', after: 'C' },
        risk_owner: { before: 'R', after: 'A/R' },
        internal_auditor: { before: null, after: 'I' },
      });

      const stale = await ism.request('PUT', `/api/raci/processes/${p.id}`, {
        version: p.version,
        name: p.name,
        cells: p.cells,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('version_conflict');
    });

    it('refuses edits to everyone but the ISM, and reports a missing process', async () => {
      const p = await processByKey('access_review');
      const res = await employee.request('PUT', `/api/raci/processes/${p.id}`, {
        version: p.version,
        name: p.name,
        cells: p.cells,
      });
      expect(res.statusCode).toBe(403);
      const missing = await ism.request('PUT', '/api/raci/processes/01900000-0000-7000-8000-000000000000', {
        version: 1,
        name: 'x',
        cells: { isms_manager: 'A' },
      });
      expect(missing.statusCode).toBe(404);
    });

    it('adds a process at the end with a unique key, and deletes it with its version', async () => {
      const body = { name: 'Supplier review', isoRefs: ['A.5.19'], cells: { isms_manager: 'A', asset_owner: 'R' } };
      const created = await ism.request('POST', '/api/raci/processes', body);
      expect(created.statusCode).toBe(201);
      const p = created.json<TRaciProcess>();
      expect(p).toMatchObject({ key: 'supplier_review', isoRefs: ['A.5.19'], rationale: '', version: 1 });
      const again = (await ism.request('POST', '/api/raci/processes', body)).json<TRaciProcess>();
      expect(again.key).toBe('supplier_review_2');
      const rows = (await matrix()).processes;
      expect(rows.at(-1)?.id).toBe(again.id);
      expect(rows.at(-2)?.id).toBe(p.id);

      const twoA = await ism.request('POST', '/api/raci/processes', {
        name: 'Bad',
        cells: { isms_manager: 'A', top_management: 'A' },
      });
      expect(twoA.statusCode).toBe(400);
      expect(twoA.json().detail).toContain('“Bad” must have exactly one Accountable role; it has 2');

      expect((await ism.request('DELETE', `/api/raci/processes/${p.id}?version=7`)).statusCode).toBe(409);
      expect((await employee.request('DELETE', `/api/raci/processes/${p.id}?version=1`)).statusCode).toBe(403);
      const del = await ism.request('DELETE', `/api/raci/processes/${p.id}?version=1`);
      expect(del.statusCode).toBe(200);
      expect((await matrix()).processes.some((x) => x.id === p.id)).toBe(false);
      const events = await trailOf(p.id);
      expect(events.map((e) => e.action)).toEqual(['raci.process.created', 'raci.process.deleted']);
      expect(JSON.parse(events[1]?.changes ?? '{}').cells.before).toEqual({ isms_manager: 'A', asset_owner: 'R' });
      await ism.request('DELETE', `/api/raci/processes/${again.id}?version=1`);

      await ensureResponsibilitiesSeeded(t.deps.db);
      expect((await matrix()).processes.some((x) => x.key === 'supplier_review')).toBe(false);
    });

    it('exports the matrix as CSV and XLSX with ISO references, to anyone signed in', async () => {
      const csv = await employee.request('GET', '/api/raci/export?format=csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toMatch(/attachment; filename="raci-matrix-\d{4}-\d{2}-\d{2}\.csv"/);
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toContain('Process,ISO/IEC 27001 references,Top Management');
      expect(lines[0]).toContain('Risk Owner');
      expect(lines).toHaveLength(16);
      expect(lines.find((l) => l.startsWith('ISMS policy approval'))).toMatch(
        /^ISMS policy approval,5\.1; 5\.2; A\.5\.1,A,/,
      );

      const xlsx = await employee.request('GET', '/api/raci/export?format=xlsx');
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('RACI');
      expect(sheet?.rowCount).toBe(16);
      expect(sheet?.getRow(1).getCell(1).value).toBe('Process');
    });
  });
}
