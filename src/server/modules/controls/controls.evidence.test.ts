import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TEvidence } from '../../../contracts/controls.js';
import { nowIso } from '../../db/json.js';
import { controlIdOf } from '../../testing/controls.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { loadHealthCounts } from './controls.health.js';
import { dayOf } from './controls.rules.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const MAX = 8192;
type Page = { items: TEvidence[]; nextCursor: string | null };

for (const dialect of DIALECTS) {
  describe(`[CONTROLS] evidence (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let owner: Client;
    let admin: Client;
    let employee: Client;
    let auditor: Client;
    let control: { id: string; reference: string };
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

    beforeAll(async () => {
      t = await createTestApp(dialect, { env: { EVIDENCE_MAX_BYTES: String(MAX) } });
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      owner = await signIn(t, buildAccount({ fullName: 'Olga Owner' }));
      admin = await signIn(t, buildAccount({ fullName: 'Sam Sysadmin' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee' }));
      auditor = await signIn(t, buildAccount({ fullName: 'Aud Itor' }));
      control = { id: await controlIdOf(t.deps, 'A.5.15'), reference: 'A.5.15' };
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, auditor.personId, 'internal_auditor');
      await grantRole(t.deps, owner.personId, 'control_owner', { scopeType: 'control', scopeId: control.id });
      await grantRole(t.deps, admin.personId, 'sysadmin', { scopeType: 'control', scopeId: control.id });
    });
    afterAll(async () => t?.close());

    const upload = (c: Client, data: Buffer, query: string, type = 'application/octet-stream') =>
      c.request('POST', `/api/controls/${control.id}/evidence?${query}`, data, { 'content-type': type });
    const list = async (c: Client, query = '') =>
      (await c.request('GET', `/api/controls/${control.id}/evidence${query}`)).json<Page>();

    it('stores an upload by its SHA-256, once per content, and shows the hash', async () => {
      const res = await upload(admin, pdf, 'fileName=access%20review.pdf&title=Q1%20access%20review');
      expect(res.statusCode, res.body).toBe(201);
      const e = res.json<TEvidence>();
      expect(e).toMatchObject({
        reference: 'EVD-0001',
        kind: 'file',
        title: 'Q1 access review',
        fileName: 'access review.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: sha(pdf),
        evidenceDate: dayOf(nowIso()),
        validUntil: null,
        state: 'valid',
        task: null,
        addedBy: { id: admin.personId, fullName: 'Sam Sysadmin' },
      });
      const again = await upload(owner, pdf, 'fileName=copy.pdf', 'application/pdf');
      expect(again.statusCode).toBe(201);
      expect(again.json<TEvidence>()).toMatchObject({ reference: 'EVD-0002', sha256: sha(pdf) });
      const blobs = await t.deps.db
        .selectFrom('blob')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('sha256', '=', sha(pdf))
        .executeTakeFirstOrThrow();
      expect(Number(blobs.n)).toBe(1);
      const event = await t.deps.db
        .selectFrom('trail_event')
        .selectAll()
        .where('action', '=', 'control_evidence.add')
        .where('object_id', '=', e.id)
        .executeTakeFirstOrThrow();
      expect(event.authorized_as).toBe('role:sysadmin');
      expect(JSON.parse(event.changes)).toMatchObject({ reference: 'EVD-0001', sha256: sha(pdf), kind: 'file' });
    });

    it('refuses executables and binary blobs, files too large, and dates out of order', async () => {
      const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);
      const refused = await upload(admin, elf, 'fileName=report.pdf', 'application/pdf');
      expect(refused.statusCode).toBe(415);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json<{ code: string; detail: string }>()).toMatchObject({
        code: 'unsupported_media_type',
        detail: expect.stringContaining('executable (ELF)'),
      });
      const blob = Buffer.from('not\u0000text\u0000at all');
      expect((await upload(admin, blob, 'fileName=notes.txt', 'text/plain')).statusCode).toBe(415);
      const big = await upload(admin, Buffer.alloc(MAX + 1, 0x41), 'fileName=big.txt', 'text/plain');
      expect(big.statusCode).toBe(413);
      expect(big.headers['content-type']).toContain('application/problem+json');
      expect(big.json<{ code: string }>().code).toBe('payload_too_large');
      const dates = await upload(admin, pdf, 'fileName=x.pdf&evidenceDate=2026-03-01&validUntil=2026-02-01');
      expect(dates.statusCode).toBe(400);
      expect(dates.json<{ errors: { field: string }[] }>().errors).toEqual([
        expect.objectContaining({ field: 'query.validUntil' }),
      ]);
      expect((await upload(admin, Buffer.alloc(0), 'fileName=empty.txt')).statusCode).toBe(400);
      expect((await upload(admin, pdf, 'title=no-name')).statusCode).toBe(400);
    });

    it('downloads the file as an attachment, not sniffed, and refuses one whose bytes no longer match', async () => {
      const e = (await list(auditor)).items.find((x) => x.reference === 'EVD-0001')!;
      const res = await auditor.request('GET', `/api/controls/${control.id}/evidence/${e.id}/file`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('attachment; filename="access review.pdf"');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(sha(res.rawPayload)).toBe(e.sha256);

      const text = Buffer.from('backup log: 12 sets restored\n');
      const log = (await upload(admin, text, 'fileName=restore.log', 'text/plain')).json<TEvidence>();
      expect(log.contentType).toBe('text/plain');
      await t.deps.db
        .updateTable('blob')
        .set({ data: Buffer.from('tampered\n') })
        .where('sha256', '=', sha(text))
        .execute();
      const bad = await auditor.request('GET', `/api/controls/${control.id}/evidence/${log.id}/file`);
      expect(bad.statusCode).toBe(500);
      expect(bad.json<{ detail: string }>().detail).toContain('no longer matches');
    });

    it('counts expired evidence, filters by state, pages newest first and archives', async () => {
      const old = await upload(
        owner,
        Buffer.from('%PDF-1.4\npen test 2020\n'),
        'fileName=pentest.pdf&evidenceDate=2020-01-10&validUntil=2020-12-31',
      );
      expect(old.statusCode, old.body).toBe(201);
      expect(old.json<TEvidence>().state).toBe('expired');
      const link = await admin.request('POST', `/api/controls/${control.id}/evidence/links`, {
        title: 'Backup dashboard',
        url: 'https://backup.example.org/jobs',
        validUntil: '2999-12-31',
      });
      expect(link.statusCode, link.body).toBe(201);
      expect(link.json<TEvidence>()).toMatchObject({
        kind: 'link',
        sha256: null,
        url: 'https://backup.example.org/jobs',
      });
      expect(
        (
          await admin.request('POST', `/api/controls/${control.id}/evidence/links`, {
            title: 'FTP',
            url: 'ftp://files.example.org/x',
          })
        ).statusCode,
      ).toBe(400);

      const expired = await list(ism, '?state=expired');
      expect(expired.items.map((e) => e.reference)).toEqual([old.json<TEvidence>().reference]);
      const valid = await list(ism, '?state=valid');
      expect(valid.items.map((e) => e.state)).not.toContain('expired');
      let counts = (await loadHealthCounts(t.deps.db, dayOf(nowIso()), [control.id])).get(control.id);
      expect(counts).toMatchObject({ expiredEvidence: 1, evidenceCount: 5, validEvidence: 4 });

      const first = await list(ism, '?limit=2');
      expect(first.items.map((e) => e.reference)).toEqual(['EVD-0005', 'EVD-0004']);
      const second = await list(ism, `?limit=2&cursor=${first.nextCursor}`);
      expect(second.items.map((e) => e.reference)).toEqual(['EVD-0003', 'EVD-0002']);

      const target = first.items[0]!;
      const url = `/api/controls/${control.id}/evidence/${target.id}/archive`;
      expect((await admin.request('POST', url)).statusCode).toBe(403);
      const archived = await owner.request('POST', url);
      expect(archived.statusCode, archived.body).toBe(200);
      expect(archived.json<TEvidence>().state).toBe('archived');
      expect((await owner.request('POST', url)).statusCode).toBe(409);
      expect((await list(ism)).items.map((e) => e.id)).not.toContain(target.id);
      expect((await list(ism, '?state=archived')).items.map((e) => e.id)).toEqual([target.id]);
      expect((await list(ism, '?state=all')).items).toHaveLength(5);
      counts = (await loadHealthCounts(t.deps.db, dayOf(nowIso()), [control.id])).get(control.id);
      expect(counts).toMatchObject({ evidenceCount: 4 });
      const event = await t.deps.db
        .selectFrom('trail_event')
        .select('changes')
        .where('action', '=', 'control_evidence.archive')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(event.changes)).toMatchObject({ reference: target.reference, sha256: target.sha256 });
    });

    it('refuses an employee the upload, the links, the list and downloads', async () => {
      expect((await upload(employee, pdf, 'fileName=x.pdf')).statusCode).toBe(403);
      expect(
        (
          await employee.request('POST', `/api/controls/${control.id}/evidence/links`, {
            title: 'x',
            url: 'https://x.example.org',
          })
        ).statusCode,
      ).toBe(403);
      expect((await employee.request('GET', `/api/controls/${control.id}/evidence`)).statusCode).toBe(403);
      const e = (await list(ism)).items[0]!;
      expect((await employee.request('GET', `/api/controls/${control.id}/evidence/${e.id}/file`)).statusCode).toBe(403);
      expect((await ism.request('GET', `/api/controls/${uuidv7()}/evidence`)).statusCode).toBe(404);
    });
  });
}
