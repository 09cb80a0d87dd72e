import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAccessRequest, TEntitlementImport } from '../../../contracts/assets.js';
import { systemActor } from '../../core/actor.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { buildAsset, csvStream } from '../../testing/assets.js';
import { DIALECTS } from '../../testing/test-db.js';
import { requestCan } from './assets.access.rules.js';
import { parseEntitlementHeader, parseEntitlementRow } from './assets.entitlements.rules.js';
import { createEntitlementService } from './assets.entitlements.service.js';

describe('[ACCESS] rules', () => {
  it('offers each step only to whoever may take it, with SoD reflected', () => {
    const r = {
      status: 'pending',
      until: null,
      requester_id: 'req',
      beneficiary_id: 'ben',
      privileged: 1,
      decided_by: null,
    };
    expect(requestCan(r, 'own', { owner: true, admin: false }).decide).toBe(true);
    expect(requestCan(r, 'req', { owner: true, admin: false }).decide).toBe(false);
    expect(requestCan(r, 'ben', { owner: true, admin: false }).decide).toBe(false);
    const approved = { ...r, status: 'approved', decided_by: 'own' };
    expect(requestCan(approved, 'own', { owner: true, admin: true }).provision).toBe(false);
    expect(requestCan({ ...approved, privileged: 0 }, 'own', { owner: true, admin: true }).provision).toBe(true);
    expect(requestCan(approved, 'adm', { owner: false, admin: true }).provision).toBe(true);
    expect(requestCan(approved, 'req', { owner: false, admin: false }).cancel).toBe(true);
  });

  it('reads entitlement rows: columns by name, systems by reference or name, people by email or employee id', () => {
    const h = parseEntitlementHeader(['System', 'Account', 'Person', 'Entitlement', 'Privileged']);
    if ('error' in h) throw new Error(h.error);
    const l = {
      systems: new Map([
        ['ast-0001', 'a1'],
        ['name:payroll', 'a1'],
      ]),
      byEmail: new Map([['ann@x.test', 'p1']]),
      byEmployeeId: new Map([['e42', 'p2']]),
    };
    expect(parseEntitlementRow(['AST-0001', 'ann', 'ann@x.test', 'admin', 'yes'], h, l)).toMatchObject({
      assetId: 'a1',
      personId: 'p1',
      matchedBy: 'email',
      privileged: true,
    });
    expect(parseEntitlementRow(['Payroll', 'E42', '', 'read', 'no'], h, l)).toMatchObject({
      personId: 'p2',
      matchedBy: 'employee_id',
    });
    expect(parseEntitlementRow(['Payroll', 'svc-backup', '', 'read', ''], h, l)).toMatchObject({ personId: null });
    expect(parseEntitlementRow(['Nope', 'x', '', 'read', ''], h, l)).toMatchObject({
      error: expect.stringContaining('not in the asset inventory'),
    });
    expect(parseEntitlementRow(['Payroll', 'x', '', 'read', 'maybe'], h, l)).toMatchObject({
      error: expect.stringContaining('yes/no'),
    });
    expect(parseEntitlementHeader(['system', 'user'])).toMatchObject({
      error: expect.stringContaining('account, entitlement'),
    });
  });
});

for (const dialect of DIALECTS) {
  describe(`[ACCESS] requests, entitlements and toxic combinations (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let owner: Client;
    let admin: Client;
    let ownerAdmin: Client;
    let employee: Client;
    let auditor: Client;
    let asset: { id: string; reference: string; name: string };
    let crm: { id: string; reference: string; name: string };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      owner = await signIn(t, buildAccount({ fullName: 'Otto Owner', email: 'otto@example.test' }));
      admin = await signIn(t, buildAccount({ fullName: 'Sam Sysadmin' }));
      ownerAdmin = await signIn(t, buildAccount({ fullName: 'Oda Both' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee', email: 'eve@example.test' }));
      auditor = await signIn(t, buildAccount({ fullName: 'Aud Itor' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, auditor.personId, 'internal_auditor');
      asset = await buildAsset(t.deps, 'Payroll');
      crm = await buildAsset(t.deps, 'CRM');
      await grantRole(t.deps, owner.personId, 'asset_owner', { scopeType: 'asset', scopeId: asset.id });
      await grantRole(t.deps, admin.personId, 'sysadmin', { scopeType: 'asset', scopeId: asset.id });
      await grantRole(t.deps, ownerAdmin.personId, 'asset_owner', { scopeType: 'asset', scopeId: crm.id });
      await grantRole(t.deps, ownerAdmin.personId, 'sysadmin', { scopeType: 'asset', scopeId: crm.id });
    });
    afterAll(async () => t?.close());

    const request = async (c: Client, body: object) => c.request('POST', '/api/access-requests', body);

    it('runs request → owner approves → administrator provisions, with the trail naming each role', async () => {
      const res = await request(employee, {
        assetId: asset.id,
        entitlement: 'payroll-reader',
        reason: 'Month-end close',
        until: null,
      });
      expect(res.statusCode).toBe(201);
      const r = res.json<TAccessRequest>();
      expect(r).toMatchObject({
        reference: expect.stringMatching(/^ACR-\d{4}$/),
        status: 'pending',
        can: { decide: false, cancel: true },
      });
      const asOwner = (await owner.request('GET', `/api/access-requests/${r.id}`)).json<TAccessRequest>();
      expect(asOwner.can.decide).toBe(true);
      const toDecide = (await owner.request('GET', '/api/access-requests?view=to_decide')).json<{
        items: TAccessRequest[];
      }>();
      expect(toDecide.items.map((i) => i.id)).toContain(r.id);
      // Someone who is neither owner nor administrator sees nothing of it.
      expect(
        (await admin.request('POST', `/api/access-requests/${r.id}/decision`, { version: 1, decision: 'approve' }))
          .statusCode,
      ).toBe(403);
      const approved = await owner.request('POST', `/api/access-requests/${r.id}/decision`, {
        version: 1,
        decision: 'approve',
        note: 'ok',
      });
      expect(approved.statusCode).toBe(200);
      expect(approved.json<TAccessRequest>()).toMatchObject({
        status: 'approved',
        decidedBy: { fullName: 'Otto Owner' },
      });
      expect((await owner.request('POST', `/api/access-requests/${r.id}/provision`, { version: 2 })).statusCode).toBe(
        403,
      );
      const toProvision = (await admin.request('GET', '/api/access-requests?view=to_provision')).json<{
        items: TAccessRequest[];
      }>();
      expect(toProvision.items.map((i) => i.id)).toContain(r.id);
      const done = await admin.request('POST', `/api/access-requests/${r.id}/provision`, { version: 2 });
      expect(done.statusCode).toBe(200);
      expect(done.json<TAccessRequest>().status).toBe('provisioned');
      // Provisioning puts the entitlement where the next access review sees it.
      const ents = (await ism.request('GET', `/api/entitlements?assetId=${asset.id}`)).json<{
        items: { name: string; person: { fullName: string } | null }[];
      }>();
      expect(ents.items).toEqual([
        expect.objectContaining({
          name: 'payroll-reader',
          person: expect.objectContaining({ fullName: 'Eve Employee' }),
        }),
      ]);
      const trail = await t.deps.db
        .selectFrom('trail_event')
        .select(['action', 'authorized_as'])
        .where('object_id', '=', r.id)
        .orderBy('seq')
        .execute();
      expect(trail).toEqual([
        { action: 'access.requested', authorized_as: 'authenticated' },
        { action: 'access.approved', authorized_as: 'role:asset_owner' },
        { action: 'access.provisioned', authorized_as: 'role:sysadmin' },
      ]);
      // A stale version is refused and nothing changes.
      expect((await admin.request('POST', `/api/access-requests/${r.id}/revoke`, { version: 2 })).statusCode).toBe(409);
      expect(
        (
          await admin.request('POST', `/api/access-requests/${r.id}/revoke`, { version: 3, note: 'left the project' })
        ).json<TAccessRequest>().status,
      ).toBe('revoked');
    });

    it('refuses self-approval with SOD-02 and approver-provisioning of privileged access with SOD-03', async () => {
      const own = (
        await request(owner, {
          assetId: asset.id,
          entitlement: 'payroll-admin',
          privileged: true,
          reason: 'Fix a run',
          until: null,
        })
      ).json<TAccessRequest>();
      expect(own.can.decide).toBe(false);
      const refused = await owner.request('POST', `/api/access-requests/${own.id}/decision`, {
        version: 1,
        decision: 'approve',
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'sod_violation', rule: 'SOD-02' });
      expect((await owner.request('GET', `/api/access-requests/${own.id}`)).json<TAccessRequest>().status).toBe(
        'pending',
      );
      // For someone else: the beneficiary cannot approve either.
      const forEve = (
        await request(owner, {
          assetId: crm.id,
          beneficiaryId: employee.personId,
          entitlement: 'crm-admin',
          privileged: true,
          reason: 'Support',
          until: null,
        })
      ).json<TAccessRequest>();
      const approved = await ownerAdmin.request('POST', `/api/access-requests/${forEve.id}/decision`, {
        version: 1,
        decision: 'approve',
      });
      expect(approved.statusCode).toBe(200);
      const sod3 = await ownerAdmin.request('POST', `/api/access-requests/${forEve.id}/provision`, { version: 2 });
      expect(sod3.statusCode).toBe(409);
      expect(sod3.json()).toMatchObject({ code: 'sod_violation', rule: 'SOD-03' });
    });

    it('opens a revocation duty once provisioned access passes its last day', async () => {
      const r = (
        await request(employee, {
          assetId: asset.id,
          entitlement: 'temp',
          reason: 'Audit week',
          until: new Date().toISOString().slice(0, 10),
        })
      ).json<TAccessRequest>();
      await owner.request('POST', `/api/access-requests/${r.id}/decision`, { version: 1, decision: 'approve' });
      await admin.request('POST', `/api/access-requests/${r.id}/provision`, { version: 2 });
      await t.deps.db.updateTable('access_request').set({ until: '2020-01-01' }).where('id', '=', r.id).execute();
      const view = (await admin.request('GET', '/api/access-requests?view=to_revoke')).json<{
        items: TAccessRequest[];
      }>();
      expect(view.items).toEqual([
        expect.objectContaining({ id: r.id, expired: true, can: expect.objectContaining({ revoke: true }) }),
      ]);
      const inbox = (await admin.request('GET', '/api/inbox')).json<{ items: { kind: string; link: string }[] }>();
      expect(inbox.items).toContainEqual(expect.objectContaining({ kind: 'access.revoke', link: `/access/${r.id}` }));
      // The owner's inbox has requests by others to decide, never their own (SOD-02).
      const pending = (
        await request(employee, { assetId: asset.id, entitlement: 'payroll-viewer', reason: 'Reports', until: null })
      ).json<TAccessRequest>();
      const approveDuties = (await owner.request('GET', '/api/inbox'))
        .json<{ items: { kind: string; link: string }[] }>()
        .items.filter((d) => d.kind === 'access.approve');
      expect(approveDuties.map((d) => d.link)).toEqual([`/access/${pending.id}`]);
    });

    it('imports entitlements as a stream: matches people, lists orphaned accounts, refuses bad rows, removes what a system no longer lists', async () => {
      const csv = [
        'system,account,person,entitlement,privileged',
        `${asset.reference},eve,eve@example.test,payroll-reader,no`,
        `${asset.reference},otto,otto@example.test,payroll-admin,yes`,
        `Payroll,svc-batch,,payroll-batch,yes`,
        `Unknown system,x,,y,no`,
        `${crm.reference},eve.crm,eve@example.test,crm-admin,yes`,
      ].join('\n');
      const res = await ism.request('POST', '/api/entitlements/imports?fileName=first.csv', csv, {
        'content-type': 'text/csv',
      });
      expect(res.statusCode).toBe(201);
      const first = res.json<TEntitlementImport>();
      expect(first).toMatchObject({
        status: 'done',
        rowsRead: 5,
        rowsImported: 4,
        rowsFailed: 1,
        accountsUnmatched: 1,
      });
      expect(first.errors).toEqual([{ line: 5, message: expect.stringContaining('not in the asset inventory') }]);
      const orphans = (await ism.request('GET', '/api/entitlements/unmatched-accounts')).json<{
        items: { name: string; privileged: boolean }[];
      }>();
      expect(orphans.items).toEqual([expect.objectContaining({ name: 'svc-batch', privileged: true })]);
      const csvOut = await ism.request('GET', '/api/entitlements/unmatched-accounts/export');
      expect(csvOut.body).toContain('svc-batch');
      // The second file lists only eve on Payroll: otto's and svc-batch's imported entitlements there are removed.
      const again = (
        await ism.request(
          'POST',
          '/api/entitlements/imports',
          `system,account,entitlement\n${asset.reference},eve,payroll-reader\n`,
          { 'content-type': 'text/csv' },
        )
      ).json<TEntitlementImport>();
      expect(again).toMatchObject({ rowsImported: 1, removed: 2 });
      const left = (await ism.request('GET', `/api/entitlements?assetId=${asset.id}`)).json<{
        items: { name: string }[];
      }>();
      // eve's imported reader stays; the 'temp' access given through a request is not the import's to remove.
      expect(left.items.map((i) => i.name).sort()).toEqual(['payroll-reader', 'temp']);
      // Refusals: an employee cannot import or read; JSON is not a CSV; a missing column is named.
      expect(
        (await employee.request('POST', '/api/entitlements/imports', csv, { 'content-type': 'text/csv' })).statusCode,
      ).toBe(403);
      expect((await employee.request('GET', '/api/entitlements')).statusCode).toBe(403);
      expect((await ism.request('POST', '/api/entitlements/imports', { a: 1 })).statusCode).toBe(415);
      const bad = await ism.request('POST', '/api/entitlements/imports', 'system,user\nx,y\n', {
        'content-type': 'text/csv',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ detail: string }>().detail).toContain('account, entitlement');
      // The owner of Payroll sees its entitlements but not CRM's.
      const mine = (await owner.request('GET', '/api/entitlements')).json<{ items: { asset: { id: string } }[] }>();
      expect(new Set(mine.items.map((i) => i.asset.id))).toEqual(new Set([asset.id]));
    });

    it('stops an import larger than the limit and keeps it as failed', async () => {
      const svc = createEntitlementService(t.deps);
      const big = `system,account,entitlement\n${`${asset.reference},a,b\n`.repeat(200)}`;
      await expect(
        svc.importCsv(systemActor('test'), { stream: csvStream(big), fileName: 'big.csv', maxBytes: 1024 }, {}),
      ).rejects.toMatchObject({ code: 'payload_too_large' });
      const last = await t.deps.db
        .selectFrom('entitlement_import')
        .select(['status', 'file_name'])
        .where('file_name', '=', 'big.csv')
        .executeTakeFirst();
      expect(last?.status).toBe('failed');
    });

    it('detects toxic combinations over all entitlements and reports them', async () => {
      await ism.request(
        'POST',
        '/api/entitlements/imports',
        `system,account,person,entitlement,privileged\n${asset.reference},eve,eve@example.test,payroll-reader,no\n${asset.reference},eve2,eve@example.test,payroll-approve,yes\n`,
        { 'content-type': 'text/csv' },
      );
      const rule = await ism.request('POST', '/api/toxic-rules', {
        name: 'Create and approve payments',
        leftAssetId: asset.id,
        leftEntitlement: 'payroll-approve',
        rightAssetId: crm.id,
        rightEntitlement: 'crm-*',
      });
      expect(rule.statusCode).toBe(201);
      expect(rule.json()).toMatchObject({ reference: 'TOX-01', conflicts: 1 });
      expect(
        (
          await owner.request('POST', '/api/toxic-rules', {
            name: 'x',
            leftAssetId: asset.id,
            leftEntitlement: 'a',
            rightAssetId: crm.id,
            rightEntitlement: 'b',
          })
        ).statusCode,
      ).toBe(403);
      const conflicts = (await ism.request('GET', '/api/toxic-rules/conflicts')).json<{ items: unknown[] }>();
      expect(conflicts.items).toEqual([
        expect.objectContaining({
          person: expect.objectContaining({ fullName: 'Eve Employee' }),
          left: expect.objectContaining({ entitlement: 'payroll-approve', account: 'eve2' }),
          right: expect.objectContaining({ entitlement: 'crm-admin', account: 'eve.crm' }),
        }),
      ]);
      expect((await auditor.request('GET', '/api/toxic-rules/conflicts/export')).body).toContain(
        'Create and approve payments',
      );
      // The owner of an unrelated system reads entitlements, but not this rule or its conflicts.
      const wiki = await buildAsset(t.deps, 'Wiki');
      const wikiOwner = await signIn(t, buildAccount({ fullName: 'Will Wiki' }));
      await grantRole(t.deps, wikiOwner.personId, 'asset_owner', { scopeType: 'asset', scopeId: wiki.id });
      expect((await wikiOwner.request('GET', '/api/toxic-rules')).json<{ items: unknown[] }>().items).toEqual([]);
      expect((await wikiOwner.request('GET', '/api/toxic-rules/conflicts')).json<{ items: unknown[] }>().items).toEqual(
        [],
      );
      expect(
        (await owner.request('GET', '/api/toxic-rules/conflicts')).json<{ items: unknown[] }>().items,
      ).toHaveLength(1);
      const id = rule.json<{ id: string }>().id;
      const off = await ism.request('PUT', `/api/toxic-rules/${id}`, {
        name: 'Create and approve payments',
        leftAssetId: asset.id,
        leftEntitlement: 'payroll-approve',
        rightAssetId: crm.id,
        rightEntitlement: 'crm-*',
        active: false,
        version: 1,
      });
      expect(off.json()).toMatchObject({ active: false, conflicts: 0, version: 2 });
      expect((await ism.request('GET', '/api/toxic-rules/conflicts')).json<{ items: unknown[] }>().items).toEqual([]);
    });
  });
}
