import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TControl } from '../../../contracts/controls.js';
import { controlIdOf, decideAllControls } from '../../testing/controls.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { canonicalJson } from '../trail/trail.rules.js';

type SoaStatus = {
  latest: { number: number; sha256: string } | null;
  undecided: number;
  changedSinceLatest: number;
  canApprove: boolean;
};
type SoaVersion = {
  number: number;
  sha256: string;
  controlCount: number;
  applicableCount: number;
  approvedBy: { id: string; fullName: string };
  approvedAs: string;
  note: string;
  rows: { reference: string; status: string; applicability: string; owner: string | null }[];
};

const HEADERS = [
  'Control',
  'Title',
  'Theme',
  'Applicable',
  'Reasons for inclusion',
  'Justification',
  'Implementation status',
  'Owner',
  'Implementers',
  'Linked risks',
  'Evidence',
];

const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l !== '');

for (const dialect of DIALECTS) {
  describe(`[CONTROLS] Statement of Applicability versions and exports (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let owner: Client;
    let employee: Client;
    let a51: string;
    let a52: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      owner = await signIn(t, buildAccount({ fullName: 'Olga Owner' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      a51 = await controlIdOf(t.deps, 'A.5.1');
      a52 = await controlIdOf(t.deps, 'A.5.2');
      await grantRole(t.deps, owner.personId, 'control_owner', { scopeType: 'control', scopeId: a51 });
    });
    afterAll(async () => t.close());

    const status = async (c: Client) => {
      const res = await c.request('GET', '/api/soa');
      expect(res.statusCode, res.body).toBe(200);
      return res.json<SoaStatus>();
    };

    it('refuses approval while controls are undecided, and to anyone but the ISM', async () => {
      expect(await status(ism)).toEqual({ latest: null, undecided: 93, changedSinceLatest: 93, canApprove: false });
      const refused = await ism.request('POST', '/api/soa/versions', { note: 'First' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'conflict' });
      expect(refused.json().detail).toContain('93 controls are still undecided');
      expect((await employee.request('POST', '/api/soa/versions', {})).statusCode).toBe(403);
      expect((await employee.request('GET', '/api/soa')).statusCode).toBe(403);
      expect((await owner.request('POST', '/api/soa/versions', {})).statusCode).toBe(403);
      const draft = await ism.request('GET', '/api/soa/export?format=csv');
      expect(draft.statusCode).toBe(200);
      expect(csvLines(draft.body)).toHaveLength(94);
      expect(csvLines(draft.body)[1]).toContain('Undecided');
    });

    it('approves version 1 once everything is decided: snapshot, sha256 and the trail', async () => {
      const c52 = (await ism.request('GET', `/api/controls/${a52}`)).json<TControl>();
      const excluded = await ism.request('PUT', `/api/controls/${a52}/applicability`, {
        version: c52.version,
        applicable: false,
        justification: 'Roles are covered by the group-wide ISMS',
      });
      expect(excluded.statusCode, excluded.body).toBe(200);
      expect(await decideAllControls(t.deps)).toBe(92);
      const s = await status(ism);
      expect(s).toMatchObject({ undecided: 0, canApprove: true, latest: null });
      expect((await status(owner)).canApprove).toBe(false);

      const res = await ism.request('POST', '/api/soa/versions', { note: 'First SoA' });
      expect(res.statusCode, res.body).toBe(201);
      const v = res.json<SoaVersion>();
      expect(v).toMatchObject({
        number: 1,
        note: 'First SoA',
        controlCount: 93,
        applicableCount: 92,
        approvedBy: { id: ism.personId, fullName: 'Ida Ism' },
        approvedAs: 'Information Security Manager (CISO)',
      });
      expect(v.rows).toHaveLength(93);
      expect(v.rows[0]).toMatchObject({ reference: 'A.5.1', applicability: 'applicable', owner: 'Olga Owner' });
      expect(v.rows[1]).toMatchObject({ reference: 'A.5.2', applicability: 'not_applicable' });
      expect(v.sha256).toBe(createHash('sha256').update(canonicalJson(v.rows)).digest('hex'));
      const event = await t.deps.db
        .selectFrom('trail_event')
        .selectAll()
        .where('action', '=', 'soa.approve')
        .executeTakeFirstOrThrow();
      expect(event).toMatchObject({ object_id: '1', authorized_as: 'role:isms_manager' });
      expect(JSON.parse(event.changes)).toMatchObject({ number: 1, sha256: v.sha256 });
      expect(await status(ism)).toMatchObject({ latest: { number: 1, sha256: v.sha256 }, changedSinceLatest: 0 });

      const versions = (await ism.request('GET', '/api/soa/versions')).json<{ items: { number: number }[] }>();
      expect(versions.items.map((x) => x.number)).toEqual([1]);
      expect((await ism.request('GET', '/api/soa/versions/2')).statusCode).toBe(404);
      expect((await ism.request('GET', '/api/soa/versions/0')).statusCode).toBe(400);
    });

    it('exports the SoA as XLSX, CSV and PDF, one row per control', async () => {
      const xlsx = await ism.request('GET', '/api/soa/export?format=xlsx');
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      expect(xlsx.headers['content-disposition']).toMatch(/statement-of-applicability-draft-.*\.xlsx/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(sheet.rowCount).toBe(94);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
      expect((sheet.getRow(2).values as unknown[]).slice(1, 5)).toEqual([
        'A.5.1',
        'Policies for information security',
        'Organizational (5)',
        'Yes',
      ]);
      expect(sheet.getRow(2).getCell(5).value).toBe('Risk treatment');
      expect(sheet.getRow(2).getCell(8).value).toBe('Olga Owner');
      expect(sheet.getRow(3).getCell(4).value).toBe('No');
      expect(sheet.getRow(3).getCell(6).value).toBe('Roles are covered by the group-wide ISMS');

      const csv = await ism.request('GET', '/api/soa/versions/1/export?format=csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csvLines(csv.body);
      expect(lines).toHaveLength(94);
      expect(lines[0]).toBe(HEADERS.join(','));

      for (const url of ['/api/soa/export?format=pdf', '/api/soa/versions/1/export?format=pdf']) {
        const pdf = await ism.request('GET', url);
        expect(pdf.statusCode, url).toBe(200);
        expect(pdf.headers['content-type']).toBe('application/pdf');
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      }
      expect((await employee.request('GET', '/api/soa/export?format=csv')).statusCode).toBe(403);
    });

    it('keeps an approved version as it was after later changes', async () => {
      const c = (await owner.request('GET', `/api/controls/${a51}`)).json<TControl>();
      const done = await owner.request('PATCH', `/api/controls/${a51}`, { version: c.version, status: 'implemented' });
      expect(done.statusCode, done.body).toBe(200);
      expect(await status(ism)).toMatchObject({ changedSinceLatest: 1, latest: { number: 1 } });

      const then = csvLines((await ism.request('GET', '/api/soa/versions/1/export?format=csv')).body);
      const now = csvLines((await ism.request('GET', '/api/soa/export?format=csv')).body);
      expect(then[1]).toContain('Not started');
      expect(now[1]).toContain('Implemented');
      const v1 = (await ism.request('GET', '/api/soa/versions/1')).json<SoaVersion>();
      expect(v1.rows[0]).toMatchObject({ reference: 'A.5.1', status: 'not_started' });

      const second = await ism.request('POST', '/api/soa/versions', {});
      expect(second.statusCode, second.body).toBe(201);
      expect(second.json<SoaVersion>().number).toBe(2);
      const page1 = (await ism.request('GET', '/api/soa/versions?limit=1')).json<{
        items: { number: number }[];
        nextCursor: string | null;
      }>();
      expect(page1.items.map((x) => x.number)).toEqual([2]);
      const page2 = (await ism.request('GET', `/api/soa/versions?limit=1&cursor=${page1.nextCursor}`)).json<{
        items: { number: number }[];
        nextCursor: string | null;
      }>();
      expect(page2).toEqual({ items: [expect.objectContaining({ number: 1 })], nextCursor: null });
    });
  });
}
