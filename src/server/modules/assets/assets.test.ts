import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAsset, TAssetSummary } from '../../../contracts/assets.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { ANNEX_A_CONTROLS, assetReference, makesCycle, mapImportHeader, readImportRow } from './assets.rules.js';

type Page = { items: TAssetSummary[]; total: number; nextCursor: string | null };
const CSV = { 'content-type': 'text/csv' };
const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

describe('[ASSETS] rules', () => {
  it('numbers assets, knows Annex A and refuses parent loops', () => {
    expect(assetReference(7)).toBe('AST-0007');
    expect(ANNEX_A_CONTROLS.get('5.9')).toBe('Inventory of information and other associated assets');
    expect(ANNEX_A_CONTROLS.size).toBe(93);
    const parents = new Map<string, string | null>([
      ['app', 'vm'],
      ['vm', 'host'],
      ['host', null],
    ]);
    expect(makesCycle('host', 'app', (id) => parents.get(id))).toBe(true);
    expect(makesCycle('app', 'host', (id) => parents.get(id))).toBe(false);
  });

  it('reads CMDB headers and values the way exports spell them', () => {
    const { map, missing } = mapImportHeader([
      'CI ID',
      'Name',
      'Class',
      'Operational status',
      'C',
      'I',
      'A',
      'Runs on',
    ]);
    expect(missing).toEqual([]);
    expect([...map.values()]).toEqual(['external_id', 'name', 'type', 'status', 'c', 'i', 'a', 'parent_external_id']);
    expect(mapImportHeader(['Hostname']).missing).toEqual(['type']);
    const ok = readImportRow(['CI-1', 'Mail', 'Server', 'Live', 'high', '2', '4', ''], 5, map);
    expect(ok.errors).toEqual([]);
    expect(ok.row).toMatchObject({
      type: 'system',
      status: 'in_use',
      confidentiality: 3,
      integrity: 2,
      availability: 4,
    });
    const bad = readImportRow(['CI-2', 'X', 'spaceship', 'gone', '7', '', '', 'CI-2'], 6, map);
    expect(bad.errors.map((e) => [e.line, e.field])).toEqual([
      [6, 'type'],
      [6, 'status'],
      [6, 'c'],
      [6, 'parent_external_id'],
    ]);
  });
});

for (const dialect of DIALECTS) {
  describe(`[ASSETS] inventory, owners, links, import and export (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let itOwner: Client;
    let finOwner: Client;
    let admin: Client;
    let employee: Client;
    let it_: string;
    let itOps: string;
    let fin: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      itOwner = await signIn(t, buildAccount({ fullName: 'Ivo Itowner', email: 'ivo@example.org' }));
      finOwner = await signIn(t, buildAccount({ fullName: 'Fay Finance', email: 'fay@example.org' }));
      admin = await signIn(t, buildAccount({ fullName: 'Sam Sysadmin', email: 'sam@example.org' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      const mk = async (code: string, name: string, parentId: string | null = null) =>
        (await ism.request('POST', '/api/org-units', { code, name, parentId })).json<{ id: string }>().id;
      it_ = await mk('IT', 'Information technology');
      itOps = await mk('IT-OPS', 'IT operations', it_);
      fin = await mk('FIN', 'Finance');
      await grantRole(t.deps, itOwner.personId, 'asset_owner', { scopeType: 'org_unit', scopeId: it_ });
    });
    afterAll(async () => t.close());

    const create = (c: Client, body: object) => c.request('POST', '/api/assets', body);
    const get = async (c: Client, id: string) => (await c.request('GET', `/api/assets/${id}`)).json<TAsset>();
    const list = async (c: Client, qs = '') => (await c.request('GET', `/api/assets${qs}`)).json<Page>();
    const base = { confidentiality: 2, integrity: 2, availability: 2, label: 'internal' };
    const byName = async (name: string) => (await list(ism, `?q=${encodeURIComponent(name)}`)).items[0]!;

    it('lets the ISM add assets with owner and custodian in the ledger; nobody else may add', async () => {
      const host = await create(ism, {
        ...base,
        name: 'Hypervisor host 1',
        type: 'hardware',
        orgUnitId: itOps,
        location: 'Data centre A',
        externalId: 'CI-0001',
        custodianPersonId: admin.personId,
      });
      expect(host.statusCode, host.body).toBe(201);
      const h = host.json<TAsset>();
      expect(h).toMatchObject({
        reference: 'AST-0001',
        owner: { person: { fullName: 'Ivo Itowner' }, via: 'org_unit' },
        custodian: { fullName: 'Sam Sysadmin' },
        can: { edit: true, changeOwner: true },
      });
      const ledger = (await ism.request('GET', `/api/assignments?scopeType=asset&scopeId=${h.id}`)).json<{
        items: { roleKey: string; person: { id: string } }[];
      }>().items;
      expect(ledger.map((a) => [a.roleKey, a.person.id])).toEqual([['sysadmin', admin.personId]]);

      const erp = await create(ism, {
        ...base,
        name: 'Finance ERP',
        type: 'application',
        orgUnitId: fin,
        confidentiality: 4,
        label: 'confidential',
        parentId: h.id,
        ownerPersonId: finOwner.personId,
      });
      expect(erp.statusCode, erp.body).toBe(201);
      expect(erp.json<TAsset>()).toMatchObject({
        reference: 'AST-0002',
        owner: { person: { fullName: 'Fay Finance' }, via: 'asset' },
        parent: { reference: 'AST-0001' },
      });
      for (const [name, type, label, unit] of [
        ['Customer records', 'information', 'restricted', fin],
        ['Payroll service', 'service', 'confidential', fin],
        ['Head office', 'site', 'internal', null],
        ['Cloud provider', 'supplier', 'public', null],
      ] as const)
        expect((await create(ism, { ...base, name, type, label, orgUnitId: unit })).statusCode).toBe(201);

      expect((await create(itOwner, { ...base, name: 'Mine', type: 'system' })).statusCode).toBe(403);
      expect((await create(employee, { ...base, name: 'Mine', type: 'system' })).statusCode).toBe(403);
      expect((await create(ism, { ...base, name: 'Dup', type: 'system', externalId: 'CI-0001' })).statusCode).toBe(409);
      expect((await create(ism, { ...base, name: 'Bad', type: 'system', confidentiality: 5 })).statusCode).toBe(400);
      // Everyone reads the inventory; the host's children show the ERP running on it.
      const seen = await get(employee, h.id);
      expect(seen).toMatchObject({ childCount: 1, children: [{ reference: 'AST-0002' }], can: { edit: false } });
    });

    it('lists with filters, sorts and keyset pages', async () => {
      const all = await list(employee);
      expect(all.total).toBe(6);
      expect(all.items.map((a) => a.reference)).toEqual([
        'AST-0001',
        'AST-0002',
        'AST-0003',
        'AST-0004',
        'AST-0005',
        'AST-0006',
      ]);
      expect((await list(ism, '?type=site')).items.map((a) => a.name)).toEqual(['Head office']);
      expect((await list(ism, '?q=erp')).items.map((a) => a.reference)).toEqual(['AST-0002']);
      expect((await list(ism, '?q=ci-0001')).items.map((a) => a.reference)).toEqual(['AST-0001']);
      expect((await list(ism, `?orgUnitId=${it_}`)).items.map((a) => a.reference)).toEqual(['AST-0001']);
      expect((await list(ism, '?label=confidential')).total).toBe(2);
      const host = await byName('Hypervisor');
      expect((await list(ism, `?parentId=${host.id}`)).items.map((a) => a.name)).toEqual(['Finance ERP']);
      expect((await list(itOwner, '?owner=me')).items.map((a) => a.name)).toEqual(['Hypervisor host 1']);
      expect((await list(ism, `?owner=${finOwner.personId}`)).items.map((a) => a.name)).toEqual(['Finance ERP']);
      expect((await list(ism, '?unowned=true')).items.map((a) => a.name)).toEqual([
        'Customer records',
        'Payroll service',
        'Head office',
        'Cloud provider',
      ]);
      // Sorted by label (public → restricted), ties by reference; two per page.
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = await list(ism, `?sort=label&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((a) => `${a.label}:${a.reference}`));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([
        'public:AST-0006',
        'internal:AST-0001',
        'internal:AST-0005',
        'confidential:AST-0002',
        'confidential:AST-0004',
        'restricted:AST-0003',
      ]);
      const names: string[] = [];
      cursor = null;
      do {
        const page: Page = await list(ism, `?sort=name&dir=desc&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        names.push(...page.items.map((a) => a.name));
        cursor = page.nextCursor;
      } while (cursor);
      expect(names).toEqual([...names].sort().reverse());
      expect(names).toHaveLength(6);
      expect((await ism.request('GET', '/api/assets?cursor=nonsense')).statusCode).toBe(400);
    });

    it('lets the owner edit classification but not owners, nor others’ assets; stale versions get 409', async () => {
      const host = await get(itOwner, (await byName('Hypervisor')).id);
      expect(host.can).toMatchObject({ edit: true, changeOwner: false });
      const ok = await itOwner.request('PATCH', `/api/assets/${host.id}`, {
        version: host.version,
        availability: 4,
        label: 'confidential',
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json<TAsset>()).toMatchObject({ availability: 4, label: 'confidential', version: host.version + 1 });
      const stale = await ism.request('PATCH', `/api/assets/${host.id}`, { version: host.version, integrity: 1 });
      expect(stale.statusCode).toBe(409);
      expect(
        (
          await itOwner.request('PATCH', `/api/assets/${host.id}`, {
            version: host.version + 1,
            ownerPersonId: finOwner.personId,
          })
        ).statusCode,
      ).toBe(403);
      const erp = await get(itOwner, (await byName('Finance ERP')).id);
      expect(erp.can.edit).toBe(false);
      expect(
        (await itOwner.request('PATCH', `/api/assets/${erp.id}`, { version: erp.version, integrity: 1 })).statusCode,
      ).toBe(403);
      expect(
        (await employee.request('PATCH', `/api/assets/${erp.id}`, { version: erp.version, integrity: 1 })).statusCode,
      ).toBe(403);
      const fay = await finOwner.request('PATCH', `/api/assets/${erp.id}`, { version: erp.version, integrity: 4 });
      expect(fay.statusCode, fay.body).toBe(200);
      const trail = (await ism.request('GET', `/api/trail?objectType=asset&objectId=${host.id}`)).json<{
        items: { action: string }[];
      }>().items;
      expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['asset.created', 'asset.updated']));
    });

    it('hands ownership and custody over in the ledger, ending the previous holders', async () => {
      let erp = await get(ism, (await byName('Finance ERP')).id);
      const res = await ism.request('PATCH', `/api/assets/${erp.id}`, {
        version: erp.version,
        ownerPersonId: itOwner.personId,
        custodianPersonId: admin.personId,
        reason: 'IT runs the ERP now',
      });
      expect(res.statusCode, res.body).toBe(200);
      erp = res.json<TAsset>();
      expect(erp).toMatchObject({
        owner: { person: { fullName: 'Ivo Itowner' }, via: 'asset' },
        custodian: { fullName: 'Sam Sysadmin' },
      });
      const history = (
        await ism.request('GET', `/api/assignments?scopeType=asset&scopeId=${erp.id}&history=true`)
      ).json<{ items: { roleKey: string; person: { id: string }; state: string }[] }>().items;
      expect(
        history
          .filter((a) => a.roleKey === 'asset_owner')
          .map((a) => [a.person.id, a.state])
          .sort(),
      ).toEqual(
        [
          [finOwner.personId, 'ended'],
          [itOwner.personId, 'current'],
        ].sort(),
      );
      // Taking the owner away leaves the asset to its org unit (Finance has none): unowned.
      const cleared = await ism.request('PATCH', `/api/assets/${erp.id}`, {
        version: erp.version,
        ownerPersonId: null,
      });
      expect(cleared.json<TAsset>().owner).toBeNull();
      expect((await list(ism, '?unowned=true')).items.map((a) => a.name)).toContain('Finance ERP');
    });

    it('refuses a parent that would make a loop', async () => {
      const host = await get(ism, (await byName('Hypervisor')).id);
      const erp = await byName('Finance ERP');
      const loop = await ism.request('PATCH', `/api/assets/${host.id}`, { version: host.version, parentId: erp.id });
      expect(loop.statusCode).toBe(400);
      const self = await ism.request('PATCH', `/api/assets/${host.id}`, { version: host.version, parentId: host.id });
      expect(self.statusCode).toBe(400);
    });

    it('links assets to risks and Annex A controls', async () => {
      const risk = await ism.request('POST', '/api/risks', { title: 'ERP outage', category: 'Availability' });
      expect(risk.statusCode, risk.body).toBe(201);
      const riskId = risk.json<{ id: string }>().id;
      const host = await get(itOwner, (await byName('Hypervisor')).id);
      const body = { version: host.version, riskIds: [riskId], controlIds: ['8.13', '5.9', '8.2'] };
      expect((await finOwner.request('PUT', `/api/assets/${host.id}/links`, body)).statusCode).toBe(403);
      const bad = await itOwner.request('PUT', `/api/assets/${host.id}/links`, { ...body, controlIds: ['8.99'] });
      expect(bad.statusCode).toBe(400);
      expect(
        (
          await itOwner.request('PUT', `/api/assets/${host.id}/links`, {
            ...body,
            riskIds: ['0190a0a0-0000-7000-8000-000000000000'],
          })
        ).statusCode,
      ).toBe(400);
      const ok = await itOwner.request('PUT', `/api/assets/${host.id}/links`, body);
      expect(ok.statusCode, ok.body).toBe(200);
      const linked = ok.json<TAsset>();
      expect(linked.risks.map((r) => r.title)).toEqual(['ERP outage']);
      expect(linked.controls.map((c) => c.id)).toEqual(['5.9', '8.2', '8.13']);
      expect(linked.controls[0]!.title).toBe('Inventory of information and other associated assets');
      expect((await itOwner.request('PUT', `/api/assets/${host.id}/links`, body)).statusCode).toBe(409);
      const fewer = await ism.request('PUT', `/api/assets/${host.id}/links`, {
        version: linked.version,
        riskIds: [],
        controlIds: ['5.9'],
      });
      expect(fewer.json<TAsset>()).toMatchObject({ risks: [], controls: [{ id: '5.9' }] });
      const trail = (await ism.request('GET', `/api/trail?objectType=asset&objectId=${host.id}`)).json<{
        items: { action: string }[];
      }>().items;
      expect(trail.filter((e) => e.action === 'asset.links_changed')).toHaveLength(2);
    });

    it('imports a CMDB export: bad rows reported by line and field, then the previewed file applied; re-imports update', async () => {
      const header =
        'External ID,Name,Type,Status,Owner email,Custodian email,Org unit code,Parent external id,C,I,A,Label,Location,Description';
      const bad = [
        header,
        'CI-0100,Mail server,server,live,ivo@example.org,sam@example.org,IT-OPS,CI-0001,2,3,3,internal,DC A,',
        'CI-0101,Mail service,service,in use,,,IT,CI-0100,3,3,3,confidential,,Runs on the mail server',
        'CI-0102,Broken,spaceship,live,nobody@example.org,,NOPE,CI-9999,9,2,2,internal,,',
      ].join('\n');
      expect((await itOwner.request('POST', '/api/assets/import?mode=preview', bad, CSV)).statusCode).toBe(403);
      const preview = await ism.request('POST', '/api/assets/import?mode=preview', bad, CSV);
      expect(preview.statusCode, preview.body).toBe(200);
      const p = preview.json<{
        rows: number;
        created: number;
        errors: { line: number; field: string }[];
        sha256: string;
      }>();
      expect(p.rows).toBe(3);
      expect(p.errors.map((e) => `${e.line}:${e.field}`).sort()).toEqual(
        ['4:type', '4:c', '4:owner_email', '4:org_unit_code', '4:parent_external_id'].sort(),
      );
      const refused = await ism.request('POST', `/api/assets/import?mode=apply&sha256=${p.sha256}`, bad, CSV);
      expect(refused.json<{ applied: boolean }>().applied).toBe(false);
      expect((await list(ism)).total).toBe(6);

      const good = bad.split('\n').slice(0, 3).join('\n') + '\n';
      const p2 = (await ism.request('POST', '/api/assets/import?mode=preview', good, CSV)).json<{
        sha256: string;
        errors: unknown[];
        created: number;
      }>();
      expect(p2).toMatchObject({ errors: [], created: 2 });
      expect(
        (await ism.request('POST', `/api/assets/import?mode=apply&sha256=${p.sha256}`, good, CSV)).statusCode,
      ).toBe(409);
      const applied = await ism.request('POST', `/api/assets/import?mode=apply&sha256=${p2.sha256}`, good, CSV);
      expect(applied.json<{ applied: boolean }>().applied).toBe(true);
      const mail = await get(ism, (await byName('Mail server')).id);
      expect(mail).toMatchObject({
        type: 'system',
        status: 'in_use',
        owner: { person: { fullName: 'Ivo Itowner' }, via: 'asset' },
        custodian: { fullName: 'Sam Sysadmin' },
        parent: { reference: 'AST-0001' },
        externalId: 'CI-0100',
        childCount: 1,
      });

      // The same CMDB ids again, as XLSX: the mail server is retired, nothing new is created.
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('CMDB');
      sheet.addRow(['CI ID', 'Name', 'Class', 'Lifecycle', 'Confidentiality']);
      sheet.addRow(['CI-0100', '', '', 'decommissioned', 3]);
      const xlsx = Buffer.from(await book.xlsx.writeBuffer());
      const px = (await ism.request('POST', '/api/assets/import?mode=preview', xlsx, XLSX)).json<{
        sha256: string;
        errors: unknown[];
        created: number;
        updated: number;
      }>();
      expect(px).toMatchObject({ errors: [], created: 0, updated: 1 });
      await ism.request('POST', `/api/assets/import?mode=apply&sha256=${px.sha256}`, xlsx, XLSX);
      expect(await get(ism, mail.id)).toMatchObject({ status: 'retired', confidentiality: 3, name: 'Mail server' });
      expect((await list(ism)).total).toBe(8);
      expect(
        (await ism.request('POST', '/api/assets/import?mode=preview', Buffer.from('not a zip'), XLSX)).statusCode,
      ).toBe(400);
      const template = await ism.request('GET', '/api/assets/import/template');
      expect(template.body).toContain('external_id,name,type');
      expect((await employee.request('GET', '/api/assets/import/template')).statusCode).toBe(403);
    });

    it('exports the inventory as CSV and XLSX with the same filters', async () => {
      const csv = await employee.request('GET', `/api/assets/export?format=csv&orgUnitId=${it_}`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('Hypervisor host 1');
      expect(csv.body).toContain('Sam Sysadmin');
      expect(csv.body).not.toContain('Finance ERP');
      const xlsx = await ism.request('GET', '/api/assets/export?format=xlsx');
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(sheet.getRow(1).getCell(1).text).toBe('Reference');
      expect(sheet.rowCount).toBe(9);
      const verify = await ism.request('GET', '/api/trail/verify');
      expect(verify.json<{ ok: boolean }>().ok).toBe(true);
    });
  });
}
