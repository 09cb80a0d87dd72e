import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAccessReview, TReviewItem } from '../../../contracts/access-reviews.js';
import { readPdf } from '../../testing/pdf-text.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { buildAsset } from '../../testing/assets.js';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
type Items = { items: TReviewItem[]; nextCursor: string | null };

for (const dialect of DIALECTS) {
  describe(`[ACCESS-REVIEWS] campaigns (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let owner: Client;
    let boss: Client;
    let eve: Client;
    let admin: Client;
    let auditor: Client;
    let payroll: { id: string; reference: string };
    let crm: { id: string; reference: string };
    let review: TAccessReview;

    const upload = (c: Client, csv: string) =>
      c.request('POST', '/api/entitlements/imports', csv, { 'content-type': 'text/csv' });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism', email: 'ida@example.test' }));
      owner = await signIn(t, buildAccount({ fullName: 'Otto Owner', email: 'otto@example.test' }));
      boss = await signIn(t, buildAccount({ fullName: 'Mia Manager', email: 'mia@example.test' }));
      eve = await signIn(t, buildAccount({ fullName: 'Eve Employee', email: 'eve@example.test' }));
      admin = await signIn(t, buildAccount({ fullName: 'Sam Sysadmin', email: 'sam@example.test' }));
      auditor = await signIn(t, buildAccount({ fullName: 'Aud Itor' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, auditor.personId, 'internal_auditor');
      await grantRole(t.deps, admin.personId, 'sysadmin');
      await t.deps.db
        .updateTable('person')
        .set({ manager_id: boss.personId })
        .where('id', '=', owner.personId)
        .execute();
      payroll = await buildAsset(t.deps, 'Payroll system');
      crm = await buildAsset(t.deps, 'CRM system');
      await grantRole(t.deps, owner.personId, 'asset_owner', { scopeType: 'asset', scopeId: payroll.id });
      const csv = [
        'system,account,person,entitlement,privileged',
        `${payroll.reference},otto,otto@example.test,payroll-admin,yes`,
        `${payroll.reference},eve,eve@example.test,payroll-reader,no`,
        `${payroll.reference},eve,eve@example.test,payroll-approve,yes`,
        `${payroll.reference},svc-old,,payroll-batch,yes`,
        `${crm.reference},eve,eve@example.test,crm-payments,no`,
      ].join('\n');
      expect((await upload(ism, csv)).statusCode).toBe(201);
      await ism.request('POST', '/api/toxic-rules', {
        name: 'Approve payroll and pay',
        leftAssetId: payroll.id,
        leftEntitlement: 'payroll-approve',
        rightAssetId: crm.id,
        rightEntitlement: 'crm-payments',
      });
    });
    afterAll(async () => t?.close());

    it('starts a campaign with one item per entitlement; the owner’s own account goes to their manager (SOD-04); CRM without owner goes to the ISM', async () => {
      expect(
        (await owner.request('POST', '/api/access-reviews', { title: 'Q4', assetIds: [], dueOn: inDays(14) }))
          .statusCode,
      ).toBe(403);
      const res = await ism.request('POST', '/api/access-reviews', {
        title: 'Q4 review',
        assetIds: [payroll.id, crm.id],
        dueOn: inDays(14),
      });
      expect(res.statusCode).toBe(201);
      review = res.json<TAccessReview>();
      expect(review).toMatchObject({
        reference: 'ARV-0001',
        status: 'open',
        assetCount: 2,
        counts: { total: 5, decided: 0, toxic: 2, routed: 2, withoutReviewer: 0 },
      });
      const mine = (await owner.request('GET', `/api/access-reviews/${review.id}/items?reviewer=me`)).json<Items>();
      expect(mine.items.map((i) => i.account).sort()).toEqual(['eve', 'eve', 'svc-old']);
      expect(mine.items.find((i) => i.entitlement === 'payroll-approve')).toMatchObject({
        toxic: true,
        privileged: true,
      });
      expect(mine.items.find((i) => i.account === 'svc-old')).toMatchObject({ person: null });
      const managers = (await boss.request('GET', `/api/access-reviews/${review.id}/items`)).json<Items>();
      expect(managers.items).toEqual([
        expect.objectContaining({
          account: 'otto',
          routed: 'own_account',
          reviewer: expect.objectContaining({ fullName: 'Mia Manager' }),
        }),
      ]);
      const isms = (await ism.request('GET', `/api/access-reviews/${review.id}/items?reviewer=me`)).json<Items>();
      expect(isms.items).toEqual([expect.objectContaining({ entitlement: 'crm-payments', routed: 'no_owner' })]);
      // The owner cannot decide their own account (not their item), and the ISM cannot give it back to them.
      const ownItem = managers.items[0]!;
      const self = await owner.request(
        'POST',
        `/api/access-reviews/${review.id}/items/${ownItem.entitlementId}/decision`,
        {
          decision: 'keep',
        },
      );
      expect(self.statusCode).toBe(409);
      expect(self.json()).toMatchObject({ code: 'sod_violation', rule: 'SOD-04' });
      // An item that is someone else's to review is plainly forbidden.
      const ismItem = (await ism.request('GET', `/api/access-reviews/${review.id}/items?reviewer=me`)).json<Items>()
        .items[0]!;
      const other = await owner.request(
        'POST',
        `/api/access-reviews/${review.id}/items/${ismItem.entitlementId}/decision`,
        {
          decision: 'keep',
        },
      );
      expect(other.statusCode).toBe(403);
      const back = await ism.request('POST', `/api/access-reviews/${review.id}/items/reassign`, {
        entitlementIds: [ownItem.entitlementId],
        reviewerId: owner.personId,
      });
      expect(back.statusCode).toBe(409);
      expect(back.json()).toMatchObject({ code: 'sod_violation', rule: 'SOD-04' });
      // Progress per reviewer, and who sees the campaign.
      const progress = (await ism.request('GET', `/api/access-reviews/${review.id}/reviewers`)).json<{
        items: { reviewer: { fullName: string } | null; total: number }[];
      }>();
      expect(progress.items.map((p) => [p.reviewer?.fullName, p.total]).sort()).toEqual([
        ['Ida Ism', 1],
        ['Mia Manager', 1],
        ['Otto Owner', 3],
      ]);
      expect((await eve.request('GET', `/api/access-reviews/${review.id}`)).statusCode).toBe(404);
      expect((await eve.request('GET', '/api/access-reviews')).json<{ items: unknown[] }>().items).toEqual([]);
      expect(
        (await boss.request('GET', '/api/access-reviews')).json<{ items: TAccessReview[] }>().items[0],
      ).toMatchObject({ mine: { total: 1, decided: 0 }, can: { decide: true, manage: false } });
      const inbox = (await boss.request('GET', '/api/inbox')).json<{ items: { kind: string; link: string }[] }>();
      expect(inbox.items).toContainEqual(
        expect.objectContaining({ kind: 'access_reviews.review', link: `/access-reviews/${review.id}` }),
      );
    });

    it('takes decisions one by one and in bulk, then closes with a revocation list and evidence', async () => {
      const mine = (await owner.request('GET', `/api/access-reviews/${review.id}/items?reviewer=me`)).json<Items>();
      const orphan = mine.items.find((i) => i.account === 'svc-old')!;
      const modify = await owner.request(
        'POST',
        `/api/access-reviews/${review.id}/items/${orphan.entitlementId}/decision`,
        { decision: 'modify', comment: 'no' },
      );
      expect(modify.statusCode).toBe(400);
      const revoke = await owner.request(
        'POST',
        `/api/access-reviews/${review.id}/items/${orphan.entitlementId}/decision`,
        { decision: 'revoke', comment: 'Orphaned service account' },
      );
      expect(revoke.json<TReviewItem>()).toMatchObject({ decision: 'revoke', decidedBy: { fullName: 'Otto Owner' } });
      const bulk = await owner.request('POST', `/api/access-reviews/${review.id}/items/decisions`, {
        decision: 'keep',
        comment: 'Still needed',
        filter: {},
      });
      expect(bulk.json()).toEqual({ decided: 2, skipped: 0 });
      const early = await ism.request('POST', `/api/access-reviews/${review.id}/close`, { version: 1 });
      expect(early.statusCode).toBe(409);
      expect(early.json<{ detail: string }>().detail).toContain('2 items are still undecided');
      const ownItem = (await boss.request('GET', `/api/access-reviews/${review.id}/items`)).json<Items>().items[0]!;
      await boss.request('POST', `/api/access-reviews/${review.id}/items/${ownItem.entitlementId}/decision`, {
        decision: 'modify',
        modifyTo: 'payroll-reader',
        comment: 'Admin not needed',
      });
      await ism.request('POST', `/api/access-reviews/${review.id}/items/decisions`, { decision: 'keep', filter: {} });
      const closed = await ism.request('POST', `/api/access-reviews/${review.id}/close`, { version: 1 });
      expect(closed.statusCode).toBe(200);
      expect(closed.json<TAccessReview>()).toMatchObject({
        status: 'closed',
        counts: { total: 5, decided: 5, keep: 3, revoke: 1, modify: 1 },
      });
      expect(
        (
          await owner.request('POST', `/api/access-reviews/${review.id}/items/decisions`, {
            decision: 'keep',
            filter: {},
          })
        ).statusCode,
      ).toBe(409);
      const list = await admin.request('GET', `/api/access-reviews/${review.id}/revocations`);
      expect(list.statusCode).toBe(200);
      const lines = list.body.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(list.body).toContain('svc-old');
      expect(list.body).toContain('payroll-reader');
      // The administrators' duty, then marking revocations done.
      const duties = (await admin.request('GET', '/api/inbox')).json<{ items: { kind: string }[] }>();
      expect(duties.items.some((d) => d.kind === 'access_reviews.revocations')).toBe(true);
      expect(
        (
          await owner.request('POST', `/api/access-reviews/${review.id}/revocations/done`, {
            entitlementIds: [ownItem.entitlementId],
          })
        ).statusCode,
      ).toBe(403);
      const done = await admin.request('POST', `/api/access-reviews/${review.id}/revocations/done`, {
        entitlementIds: [ownItem.entitlementId, mine.items.find((i) => i.account === 'svc-old')!.entitlementId],
      });
      expect(done.json()).toEqual({ count: 2 });
      const xlsx = await auditor.request('GET', `/api/access-reviews/${review.id}/evidence?format=xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(book.getWorksheet('Items')!.rowCount).toBe(6);
      const pdf = await auditor.request('GET', `/api/access-reviews/${review.id}/evidence?format=pdf`);
      const text = readPdf(pdf.rawPayload).text;
      expect(text).toContain('ARV-0001');
      expect(text).toContain('svc-old');
      const trail = await t.deps.db
        .selectFrom('trail_event')
        .select(['action', 'authorized_as'])
        .where('object_id', '=', review.id)
        .orderBy('seq')
        .execute();
      expect(trail.map((e) => e.action)).toEqual([
        'access_review.started',
        'access_review.decided',
        'access_review.decided_in_bulk',
        'access_review.decided',
        'access_review.decided_in_bulk',
        'access_review.closed',
        'access_review.revoked',
      ]);
      expect(trail[1]!.authorized_as).toBe('role:asset_owner');
    });

    it('runs a differential campaign over only what changed since the last certified one', async () => {
      await upload(
        ism,
        [
          'system,account,person,entitlement,privileged',
          `${payroll.reference},eve,eve@example.test,payroll-reader,no`,
          `${payroll.reference},eve,eve@example.test,payroll-approve,no`,
          `${payroll.reference},new-hire,,payroll-reader,no`,
        ].join('\n'),
      );
      const diff = (
        await ism.request('POST', '/api/access-reviews', {
          title: 'Delta',
          assetIds: [payroll.id],
          differential: true,
          dueOn: inDays(7),
        })
      ).json<TAccessReview>();
      const items = (await ism.request('GET', `/api/access-reviews/${diff.id}/items`)).json<Items>();
      // eve's reader was kept and is unchanged; approve lost its privileged flag; new-hire is new.
      expect(items.items.map((i) => `${i.account}:${i.entitlement}`).sort()).toEqual([
        'eve:payroll-approve',
        'new-hire:payroll-reader',
      ]);
      expect(diff).toMatchObject({ differential: true, counts: { total: 2 } });
    });
  });
}
