import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPolicy, TPolicyVersion } from '../../../contracts/policies.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { readPdf } from '../../testing/pdf-text.js';
import { DIALECTS } from '../../testing/test-db.js';

type Ack = { acknowledged: boolean; scorePercent: number | null; wrongQuestionIds: string[] };

for (const dialect of DIALECTS) {
  describe(`[POLICIES] lifecycle, approval and acknowledgement (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let boss: Client;
    let owner: Client;
    let alice: Client;
    let bob: Client;
    let auditor: Client;
    let unitA: string;
    let unitB: string;

    beforeAll(async () => {
      t = await createTestApp(dialect, { env: { ATTACHMENT_MAX_BYTES: '4096' } });
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      boss = await signIn(t, buildAccount({ fullName: 'Tom Boss' }));
      owner = await signIn(t, buildAccount({ fullName: 'Olga Owner' }));
      alice = await signIn(t, buildAccount({ fullName: 'Alice Employee' }));
      bob = await signIn(t, buildAccount({ fullName: 'Bob Employee' }));
      auditor = await signIn(t, buildAccount({ fullName: 'Aud Itor' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, boss.personId, 'top_management');
      await grantRole(t.deps, auditor.personId, 'internal_auditor');
      const mk = async (code: string, name: string) =>
        (await ism.request('POST', '/api/org-units', { code, name, parentId: null })).json<{ id: string }>().id;
      unitA = await mk('ENG', 'Engineering');
      unitB = await mk('FIN', 'Finance');
      await ism.request('PATCH', `/api/people/${alice.personId}`, { orgUnitId: unitA, version: 1 });
      await ism.request('PATCH', `/api/people/${bob.personId}`, { orgUnitId: unitB, version: 1 });
    });
    afterAll(async () => t.close());

    const create = async (c: Client, body: object) => c.request('POST', '/api/policies', body);
    const version = async (c: Client, p: { id: string }, v: string) =>
      (await c.request('GET', `/api/policies/${p.id}/versions/${v}`)).json<TPolicyVersion>();
    const draftOf = async (c: Client, p: TPolicy) => version(c, p, p.pending!.id);

    it('lets the ISM draft the ISMS policy, approved only by Top Management, never by its author', async () => {
      const res = await create(ism, {
        kind: 'isms',
        title: 'Information security policy',
        summary: 'Our commitment',
        approverRoleKey: 'isms_manager',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('approverRoleKey');

      const ok = await create(ism, { kind: 'isms', title: 'Information security policy', summary: 'Our commitment' });
      expect(ok.statusCode, ok.body).toBe(201);
      const p = ok.json<TPolicy>();
      expect(p).toMatchObject({ reference: 'POL-001', status: 'draft', approverRole: { key: 'top_management' } });
      expect(p.can).toMatchObject({ edit: true, retire: true, newDraft: false });

      const second = await create(ism, { kind: 'isms', title: 'Another' });
      expect(second.statusCode).toBe(409);

      // Employees cannot create or read drafts.
      expect((await create(alice, { title: 'Mine' })).statusCode).toBe(403);
      expect((await alice.request('GET', `/api/policies/${p.id}/versions/${p.pending!.id}`)).statusCode).toBe(403);

      let v = await draftOf(ism, p);
      expect(v.body).toContain('# Information security policy');
      const saved = await ism.request('PUT', `/api/policies/${p.id}/versions/${v.id}`, {
        version: v.version,
        title: 'Information security policy',
        body: '# Information security policy\n\nWe protect information.\n\n- Rule one\n- Rule two\n',
        changeSummary: 'First issue',
        quiz: { passMark: 100, questions: [{ question: 'Who approves?', options: ['TM', 'Me'], answer: 0 }] },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      v = saved.json<TPolicyVersion>();
      expect(v.quiz?.questions[0]).toMatchObject({ id: 'q1', answer: 0 });

      // The ISM submits; the ISM is not Top Management: refused naming the role.
      const sub = await ism.request('POST', `/api/policies/${p.id}/versions/${v.id}/submit`, {
        version: v.version,
        reviewerPersonIds: [owner.personId],
      });
      expect(sub.statusCode, sub.body).toBe(200);
      v = sub.json<TPolicyVersion>();
      expect(v.status).toBe('in_review');
      const notTm = await ism.request('POST', `/api/policies/${p.id}/versions/${v.id}/approve`, { version: v.version });
      expect(notTm.statusCode).toBe(403);
      expect(notTm.json<{ detail: string }>().detail).toContain('Top Management');

      // The reviewer may read and comment, and finishes.
      const asReviewer = await version(owner, p, v.id);
      expect(asReviewer.can).toMatchObject({ comment: true, markReviewed: true, approve: false });
      expect(
        (await owner.request('POST', `/api/policies/${p.id}/versions/${v.id}/comments`, { body: 'Looks good' }))
          .statusCode,
      ).toBe(201);
      expect(
        (await owner.request('POST', `/api/policies/${p.id}/versions/${v.id}/reviewed`, {})).json<TPolicyVersion>()
          .reviewers[0]?.reviewedAt,
      ).not.toBeNull();

      // Top Management returns it; Top Management edits it (now an author) and cannot approve it.
      const ret = await boss.request('POST', `/api/policies/${p.id}/versions/${v.id}/return`, {
        version: (await version(boss, p, v.id)).version,
        note: 'Say who the policy applies to',
      });
      expect(ret.statusCode, ret.body).toBe(200);
      v = ret.json<TPolicyVersion>();
      expect(v).toMatchObject({ status: 'draft', returned: { note: 'Say who the policy applies to' } });
      await grantRole(t.deps, boss.personId, 'policy_owner', { scopeType: 'policy', scopeId: p.id });
      const bossEdit = await boss.request('PUT', `/api/policies/${p.id}/versions/${v.id}`, {
        version: v.version,
        title: 'Information security policy',
        body: `${v.body}\nIt applies to everyone.\n`,
        changeSummary: 'First issue',
        quiz: { passMark: 100, questions: [{ id: 'q1', question: 'Who approves?', options: ['TM', 'Me'], answer: 0 }] },
      });
      expect(bossEdit.statusCode, bossEdit.body).toBe(200);
      v = bossEdit.json<TPolicyVersion>();
      expect(v.authors.map((a) => a.fullName)).toEqual(['Ida Ism', 'Tom Boss']);
      v = (
        await ism.request('POST', `/api/policies/${p.id}/versions/${v.id}/submit`, { version: v.version })
      ).json<TPolicyVersion>();
      const own = await boss.request('POST', `/api/policies/${p.id}/versions/${v.id}/approve`, { version: v.version });
      expect(own.statusCode).toBe(409);
      expect(own.json<{ code: string; rule: string }>()).toMatchObject({ code: 'sod_violation', rule: 'SOD-08' });

      // Another Top Management holder approves; the approval records the role and the content hash.
      const boss2 = await signIn(t, buildAccount({ fullName: 'Tina Chair' }));
      await grantRole(t.deps, boss2.personId, 'top_management');
      const approved = await boss2.request('POST', `/api/policies/${p.id}/versions/${v.id}/approve`, {
        version: v.version,
        note: 'Approved at the board meeting',
      });
      expect(approved.statusCode, approved.body).toBe(200);
      v = approved.json<TPolicyVersion>();
      expect(v.approval).toMatchObject({
        by: { fullName: 'Tina Chair' },
        roleKey: 'top_management',
        roleName: 'Top Management',
      });
      expect(v.approval?.contentSha256).toMatch(/^[0-9a-f]{64}$/);

      const pub = await ism.request('POST', `/api/policies/${p.id}/versions/${v.id}/publish`, { version: v.version });
      expect(pub.statusCode, pub.body).toBe(200);
      expect(pub.json<TPolicyVersion>().status).toBe('published');
      const after = (await ism.request('GET', `/api/policies/${p.id}`)).json<TPolicy>();
      expect(after).toMatchObject({ status: 'published', current: { number: 1 }, pending: null, reviewOverdue: false });
      expect(after.nextReviewAt! > new Date(Date.now() + 360 * 86_400_000).toISOString()).toBe(true);

      const trail = await ism.request('GET', `/api/trail?objectType=policy_version&objectId=${v.id}`);
      const actions = trail.json<{ items: { action: string; authorizedAs: string }[] }>().items;
      expect(actions.find((e) => e.action === 'policy.version.approved')?.authorizedAs).toBe('role:top_management');
    });

    it('asks everyone to acknowledge the version in force, with its quiz, and tracks the campaign', async () => {
      const [p] = (await alice.request('GET', '/api/policies?kind=isms')).json<{ items: TPolicy[] }>().items;
      const mine = (await alice.request('GET', '/api/my/policies')).json<{
        toRead: { versionId: string; hasQuiz: boolean }[];
      }>();
      expect(mine.toRead).toHaveLength(1);
      expect(mine.toRead[0]?.hasQuiz).toBe(true);
      const vid = mine.toRead[0]!.versionId;
      const inbox = (await alice.request('GET', '/api/inbox')).json<{ items: { kind: string; link: string }[] }>();
      expect(inbox.items.some((d) => d.kind === 'policies.acknowledge' && d.link.endsWith(vid))).toBe(true);

      const read = await version(alice, p!, vid);
      expect(read.quiz?.questions[0]?.answer).toBeUndefined();
      expect(read.can.acknowledge).toBe(true);
      const wrong = await alice.request('POST', `/api/policies/${p!.id}/versions/${vid}/acknowledge`, {
        answers: [{ questionId: 'q1', option: 1 }],
      });
      expect(wrong.json<Ack>()).toMatchObject({ acknowledged: false, scorePercent: 0, wrongQuestionIds: ['q1'] });
      const right = await alice.request('POST', `/api/policies/${p!.id}/versions/${vid}/acknowledge`, {
        answers: [{ questionId: 'q1', option: 0 }],
      });
      expect(right.json<Ack>()).toMatchObject({ acknowledged: true, scorePercent: 100 });
      expect((await alice.request('GET', '/api/my/policies')).json<{ toRead: unknown[] }>().toRead).toHaveLength(0);

      const campaign = await ism.request('GET', `/api/policies/${p!.id}/versions/${vid}/campaign`);
      expect(campaign.statusCode, campaign.body).toBe(200);
      const c = campaign.json<{ audience: number; acknowledged: number; overdue: number; current: boolean }>();
      expect(c).toMatchObject({ acknowledged: 1, overdue: 0, current: true });
      expect(c.audience).toBe(7);
      const units = (await ism.request('GET', `/api/policies/${p!.id}/versions/${vid}/campaign/units`)).json<{
        items: { orgUnit: { name: string } | null; audience: number; acknowledged: number }[];
      }>().items;
      expect(units.map((u) => [u.orgUnit?.name ?? null, u.audience, u.acknowledged])).toEqual([
        ['Engineering', 1, 1],
        ['Finance', 1, 0],
        [null, 5, 0],
      ]);
      const pending = (
        await ism.request(
          'GET',
          `/api/policies/${p!.id}/versions/${vid}/campaign/people?state=pending&orgUnitId=${unitB}`,
        )
      ).json<{ items: { person: { fullName: string } }[] }>().items;
      expect(pending.map((x) => x.person.fullName)).toEqual(['Bob Employee']);

      // Employees do not see the campaign; auditors do, and can export the evidence.
      expect((await bob.request('GET', `/api/policies/${p!.id}/versions/${vid}/campaign`)).statusCode).toBe(403);
      const csv = await auditor.request(
        'GET',
        `/api/policies/${p!.id}/versions/${vid}/acknowledgements/export?format=csv`,
      );
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain('Alice Employee');
      expect(csv.body.split('\n').filter((l) => l.includes('acknowledged,')).length).toBe(1);
      const xlsx = await auditor.request(
        'GET',
        `/api/policies/${p!.id}/versions/${vid}/acknowledgements/export?format=xlsx`,
      );
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');

      const history = await alice.request('GET', `/api/people/${alice.personId}/policy-acknowledgements`);
      expect(history.json<{ items: { reference: string; quizScore: number }[] }>().items[0]).toMatchObject({
        reference: 'POL-001',
        quizScore: 100,
      });
      expect((await bob.request('GET', `/api/people/${alice.personId}/policy-acknowledgements`)).statusCode).toBe(403);
    });

    it('refuses an employee every policy decision on a real policy, and writes nothing', async () => {
      const [summary] = (await ism.request('GET', '/api/policies?kind=isms')).json<{ items: TPolicy[] }>().items;
      const p = (await ism.request('GET', `/api/policies/${summary!.id}`)).json<TPolicy>();
      const cur = p.current!.id;
      const draft = (await ism.request('POST', `/api/policies/${p.id}/versions`)).json<TPolicyVersion>();
      const att = (
        await ism.request('POST', `/api/policies/${p.id}/versions/${draft.id}/attachments?fileName=a.txt`, 'abc', {
          'content-type': 'text/plain',
        })
      ).json<{ id: string }>();
      const listed = async (c: Client) =>
        (await c.request('GET', '/api/policies?kind=isms')).json<{ items: TPolicy[] }>().items[0]?.pending;
      expect(await listed(ism)).toMatchObject({ id: draft.id, status: 'draft' });
      expect(await listed(bob)).toBeNull();
      const before = await t.deps.db
        .selectFrom('trail_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const base = `/api/policies/${p.id}`;
      const d = `${base}/versions/${draft.id}`;
      const calls: [string, string, unknown?][] = [
        ['PATCH', base, { version: p.version, title: 'Mine now' }],
        ['POST', `${base}/retire`, { version: p.version, reason: 'x' }],
        ['POST', `${base}/reviews`, { version: p.version, note: 'x' }],
        ['POST', `${base}/versions`],
        ['GET', d],
        ['PUT', d, { version: draft.version, title: 'x', body: 'y' }],
        ['DELETE', d],
        ['POST', `${d}/submit`, { version: draft.version }],
        ['POST', `${d}/publish`, { version: draft.version }],
        ['GET', `${d}/comments`],
        ['POST', `${d}/comments`, { body: 'x' }],
        ['DELETE', `${d}/attachments/${att.id}`],
        ['GET', `${d}/attachments/${att.id}`],
        ['GET', `${base}/versions/${cur}/campaign`],
        ['GET', `${base}/versions/${cur}/campaign/units`],
        ['GET', `${base}/versions/${cur}/campaign/people`],
        ['GET', `${base}/versions/${cur}/acknowledgements/export`],
        ['GET', `${base}/diff?from=${cur}&to=${draft.id}`],
      ];
      for (const [method, url, body] of calls) {
        const res = await bob.request(method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
      }
      const upload = await bob.request('POST', `${d}/attachments?fileName=b.txt`, 'x', {
        'content-type': 'text/plain',
      });
      expect(upload.statusCode).toBe(403);
      const after = await t.deps.db
        .selectFrom('trail_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
      // Approving needs the approver role: a 403 that names it.
      const sub = (await ism.request('POST', `${d}/submit`, { version: draft.version })).json<TPolicyVersion>();
      const approve = await bob.request('POST', `${d}/approve`, { version: sub.version });
      expect(approve.statusCode).toBe(403);
      expect(approve.json<{ detail: string }>().detail).toContain('Top Management');
      expect((await ism.request('POST', `${d}/return`, { version: sub.version, note: 'x' })).statusCode).toBe(403);
      expect((await boss.request('POST', `${d}/return`, { version: sub.version, note: 'Not needed' })).statusCode).toBe(
        200,
      );
      expect((await ism.request('DELETE', d)).statusCode).toBe(200);
    });

    it('restarts acknowledgement with a new version, shows the diff, and keeps the old one immutable', async () => {
      const [p] = (await ism.request('GET', '/api/policies?kind=isms')).json<{ items: TPolicy[] }>().items;
      const created = await ism.request('POST', `/api/policies/${p!.id}/versions`);
      expect(created.statusCode, created.body).toBe(201);
      let v = created.json<TPolicyVersion>();
      expect(v).toMatchObject({ number: 2, status: 'draft' });
      v = (
        await ism.request('PUT', `/api/policies/${p!.id}/versions/${v.id}`, {
          version: v.version,
          title: v.title,
          body: v.body.replace('- Rule two', '- Rule two, revised\n- Rule three'),
          changeSummary: 'Added rule three',
        })
      ).json<TPolicyVersion>();
      v = (
        await ism.request('POST', `/api/policies/${p!.id}/versions/${v.id}/submit`, { version: v.version })
      ).json<TPolicyVersion>();
      v = (
        await boss.request('POST', `/api/policies/${p!.id}/versions/${v.id}/approve`, { version: v.version })
      ).json<TPolicyVersion>();
      expect(v.status).toBe('approved');
      // The published version 1 cannot be edited.
      const old = p!.current!.id;
      const edit = await ism.request('PUT', `/api/policies/${p!.id}/versions/${old}`, {
        version: 1,
        title: 'x',
        body: 'y',
      });
      expect(edit.statusCode).toBe(409);
      await ism.request('POST', `/api/policies/${p!.id}/versions/${v.id}/publish`, { version: v.version });

      const mine = (await alice.request('GET', '/api/my/policies')).json<{
        toRead: { number: number; previouslyAcknowledged: number | null }[];
      }>();
      expect(mine.toRead).toEqual([expect.objectContaining({ number: 2, previouslyAcknowledged: 1 })]);
      expect((await version(alice, p!, old)).status).toBe('superseded');

      const diff = await alice.request('GET', `/api/policies/${p!.id}/diff?from=${old}&to=${v.id}`);
      expect(diff.statusCode, diff.body).toBe(200);
      const d = diff.json<{ added: number; removed: number; lines: { kind: string; text: string }[] }>();
      expect(d).toMatchObject({ added: 2, removed: 1 });
      expect(d.lines.filter((l) => l.kind === 'added').map((l) => l.text)).toEqual([
        '- Rule two, revised',
        '- Rule three',
      ]);

      // Acknowledging the superseded version is refused.
      const stale = await alice.request('POST', `/api/policies/${p!.id}/versions/${old}/acknowledge`, { answers: [] });
      expect(stale.statusCode).toBe(409);

      const pdf = await alice.request('GET', `/api/policies/${p!.id}/versions/${v.id}/pdf`);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = readPdf(pdf.rawPayload).text;
      expect(text).toContain('Rule three');
      expect(text).toContain('as Top Management');
    });

    it('records a review without changes, re-approved by someone other than who recorded it', async () => {
      const [summary] = (await ism.request('GET', '/api/policies?kind=isms')).json<{ items: TPolicy[] }>().items;
      const p = (await ism.request('GET', `/api/policies/${summary!.id}`)).json<TPolicy>();
      const rec = await boss.request('POST', `/api/policies/${p.id}/reviews`, {
        version: p.version,
        note: 'Still right',
      });
      expect(rec.statusCode, rec.body).toBe(201);
      const review = rec.json<{ id: string; version: number }>();
      const self = await boss.request('POST', `/api/policies/${p.id}/reviews/${review.id}/approve`, {
        version: review.version,
      });
      expect(self.json<{ rule: string }>().rule).toBe('SOD-08');
      const ok = await ism.request('POST', `/api/policies/${p.id}/reviews/${review.id}/approve`, {
        version: review.version,
      });
      expect(ok.statusCode).toBe(403);
      const boss2 = (await t.deps.db
        .selectFrom('person')
        .select('id')
        .where('full_name', '=', 'Tina Chair')
        .executeTakeFirst())!;
      expect(boss2).toBeDefined();
      const reviews = (await ism.request('GET', `/api/policies/${p.id}/reviews`)).json<{
        items: { outcome: string; status: string }[];
      }>().items;
      expect(reviews.map((r) => [r.outcome, r.status])).toEqual([
        ['no_change', 'requested'],
        ['revised', 'recorded'],
      ]);
    });

    it('scopes topic policies to org units and roles, with owners, attachments and a register export', async () => {
      const res = await create(ism, {
        title: 'Secure development',
        audience: { everyone: false, orgUnitIds: [unitA], roleKeys: ['internal_auditor'] },
        ownerPersonId: owner.personId,
      });
      expect(res.statusCode, res.body).toBe(201);
      const p = res.json<TPolicy>();
      expect(p).toMatchObject({
        reference: 'POL-002',
        owner: { fullName: 'Olga Owner' },
        approverRole: { key: 'isms_manager' },
        audience: { description: 'Engineering (and the units below); holders of Internal Auditor' },
      });
      // The owner edits their policy; an employee cannot.
      const asOwner = (await owner.request('GET', `/api/policies/${p.id}`)).json<TPolicy>();
      expect(asOwner.can).toMatchObject({ edit: true, readCampaign: true, readDrafts: true });
      expect((await alice.request('GET', `/api/policies/${p.id}`)).json<TPolicy>().can.edit).toBe(false);
      const v0 = await draftOf(owner, p);
      expect(v0.authors).toEqual([]);
      const v = (
        await owner.request('PUT', `/api/policies/${p.id}/versions/${v0.id}`, {
          version: v0.version,
          title: 'Secure development',
          body: '# Secure development\n\nReview all code.',
        })
      ).json<TPolicyVersion>();

      const up = await owner.request(
        'POST',
        `/api/policies/${p.id}/versions/${v.id}/attachments?fileName=checklist.txt`,
        'item 1',
        {
          'content-type': 'text/plain',
        },
      );
      expect(up.statusCode, up.body).toBe(201);
      const att = up.json<{ id: string; sha256: string; size: number }>();
      expect(att.size).toBe(6);
      const big = await owner.request(
        'POST',
        `/api/policies/${p.id}/versions/${v.id}/attachments?fileName=big.bin`,
        Buffer.alloc(5000, 1),
        { 'content-type': 'application/octet-stream' },
      );
      expect(big.statusCode).toBe(413);
      const html = await owner.request(
        'POST',
        `/api/policies/${p.id}/versions/${v.id}/attachments?fileName=x.html`,
        '<script>1</script>',
        {
          'content-type': 'text/html',
        },
      );
      expect(html.statusCode).toBe(201);
      const dl = await owner.request(
        'GET',
        `/api/policies/${p.id}/versions/${v.id}/attachments/${html.json<{ id: string }>().id}`,
      );
      expect(dl.headers['content-type']).toBe('application/octet-stream');
      expect(dl.headers['content-disposition']).toContain('attachment');
      expect(
        (
          await alice.request('POST', `/api/policies/${p.id}/versions/${v.id}/attachments?fileName=a.txt`, 'x', {
            'content-type': 'text/plain',
          })
        ).statusCode,
      ).toBe(403);

      const sub = (
        await owner.request('POST', `/api/policies/${p.id}/versions/${v.id}/submit`, { version: v.version })
      ).json<TPolicyVersion>();
      // The ISM is the approver of topic policies and did not write this one.
      const appr = await ism.request('POST', `/api/policies/${p.id}/versions/${sub.id}/approve`, {
        version: sub.version,
      });
      expect(appr.statusCode, appr.body).toBe(200);
      await owner.request('POST', `/api/policies/${p.id}/versions/${sub.id}/publish`, { version: sub.version + 1 });

      const aliceMine = (await alice.request('GET', '/api/my/policies')).json<{ toRead: { reference: string }[] }>();
      expect(aliceMine.toRead.map((x) => x.reference)).toContain('POL-002');
      const bobMine = (await bob.request('GET', '/api/my/policies')).json<{ toRead: { reference: string }[] }>();
      expect(bobMine.toRead.map((x) => x.reference)).not.toContain('POL-002');
      const audMine = (await auditor.request('GET', '/api/my/policies')).json<{ toRead: { reference: string }[] }>();
      expect(audMine.toRead.map((x) => x.reference)).toContain('POL-002');
      const bobTry = await bob.request('POST', `/api/policies/${p.id}/versions/${sub.id}/acknowledge`, { answers: [] });
      expect(bobTry.statusCode).toBe(403);

      const reg = await bob.request('GET', '/api/policies/export?format=csv');
      expect(reg.statusCode).toBe(200);
      expect(reg.body).toContain('Secure development');
      expect(reg.body).toContain('Olga Owner');

      const coverage = await ism.request('GET', '/api/coverage');
      expect(coverage.statusCode).toBe(200);
    });

    it('retires a policy: nobody is asked to read it any more', async () => {
      const list = (await ism.request('GET', '/api/policies?q=secure')).json<{ items: TPolicy[] }>().items;
      expect(list).toHaveLength(1);
      const p = (await ism.request('GET', `/api/policies/${list[0]!.id}`)).json<TPolicy>();
      const res = await ism.request('POST', `/api/policies/${p.id}/retire`, { version: p.version, reason: 'Merged' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<TPolicy>()).toMatchObject({ status: 'retired', retireReason: 'Merged' });
      const aliceMine = (await alice.request('GET', '/api/my/policies')).json<{ toRead: { reference: string }[] }>();
      expect(aliceMine.toRead.map((x) => x.reference)).not.toContain('POL-002');
      const verify = await ism.request('GET', '/api/trail/verify');
      expect(verify.json<{ ok: boolean }>().ok).toBe(true);
    });
  });
}
