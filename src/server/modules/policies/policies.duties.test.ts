import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPolicy, TPolicyVersion } from '../../../contracts/policies.js';
import { nowIso } from '../../db/json.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import {
  acknowledgePolicyDutyKind,
  approvePolicyDutyKind,
  ownPolicyDutyKind,
  reviewPolicyDutyKind,
} from './policies.duties.js';
import { ackDueAt, addMonths, lineDiff, overdueStartCutoff, scoreQuiz } from './policies.rules.js';

const DAY = 86_400_000;
type Duty = { kind: string; title: string; dueAt: string | null; link: string };

describe('[POLICIES] rules', () => {
  it('counts the acknowledgement window from publication, or from a later first day', () => {
    expect(ackDueAt('2026-03-01T10:00:00.000Z', null, 14)).toBe('2026-03-15T10:00:00.000Z');
    expect(ackDueAt('2026-03-01T10:00:00.000Z', '2026-01-01', 14)).toBe('2026-03-15T10:00:00.000Z');
    expect(ackDueAt('2026-03-01T10:00:00.000Z', '2026-04-01', 14)).toBe('2026-04-15T00:00:00.000Z');
  });

  it('knows when nobody can be overdue yet, and which start dates are', () => {
    expect(overdueStartCutoff('2026-03-01T10:00:00.000Z', 14, '2026-03-10T00:00:00.000Z')).toBeNull();
    expect(overdueStartCutoff('2026-03-01T10:00:00.000Z', 14, '2026-04-20T12:00:00.000Z')).toBe('2026-04-06');
  });

  it('adds months on the calendar, keeping to the end of shorter months', () => {
    expect(addMonths('2026-01-31T09:00:00.000Z', 1)).toBe('2026-02-28T09:00:00.000Z');
    expect(addMonths('2026-05-15T09:00:00.000Z', 12)).toBe('2027-05-15T09:00:00.000Z');
  });

  it('scores a quiz: unanswered questions are wrong, the pass mark is inclusive', () => {
    const quiz = {
      passMark: 50,
      questions: [
        { id: 'q1', question: 'a', options: ['x', 'y'], answer: 0 },
        { id: 'q2', question: 'b', options: ['x', 'y'], answer: 1 },
      ],
    };
    expect(scoreQuiz(quiz, [{ questionId: 'q1', option: 0 }])).toEqual({
      scorePercent: 50,
      passed: true,
      wrong: ['q2'],
    });
    expect(scoreQuiz(quiz, [])).toEqual({ scorePercent: 0, passed: false, wrong: ['q1', 'q2'] });
  });
});

for (const dialect of DIALECTS) {
  describe(`[POLICIES] duties, reminders and new joiners (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let boss: Client;
    let owner: Client;
    let people: Client[];
    let policy: TPolicy;
    let current: TPolicyVersion;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      boss = await signIn(t, buildAccount({ fullName: 'Tom Boss' }));
      owner = await signIn(t, buildAccount({ fullName: 'Olga Owner' }));
      people = [];
      for (let i = 0; i < 3; i++) people.push(await signIn(t, buildAccount({ fullName: `Emp ${i}` })));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, boss.personId, 'top_management');
      policy = (
        await ism.request('POST', '/api/policies', {
          title: 'Clean desk',
          ownerPersonId: owner.personId,
          ackWithinDays: 5,
        })
      ).json<TPolicy>();
      let v = (
        await owner.request('GET', `/api/policies/${policy.id}/versions/${policy.pending!.id}`)
      ).json<TPolicyVersion>();
      v = (
        await owner.request('PUT', `/api/policies/${policy.id}/versions/${v.id}`, {
          version: v.version,
          title: 'Clean desk',
          body: '# Clean desk\n\nClear your desk.',
        })
      ).json<TPolicyVersion>();
      v = (
        await owner.request('POST', `/api/policies/${policy.id}/versions/${v.id}/submit`, {
          version: v.version,
          reviewerPersonIds: [people[0]!.personId],
        })
      ).json<TPolicyVersion>();
      current = v;
    });
    afterAll(async () => t.close());

    const inbox = async (c: Client) => (await c.request('GET', '/api/inbox')).json<{ items: Duty[] }>().items;

    it('asks the approver role (not the author) to approve, and the named reviewer to review', async () => {
      expect((await inbox(ism)).map((d) => d.kind)).toContain('policies.approve');
      expect((await inbox(owner)).map((d) => d.kind)).not.toContain('policies.approve');
      expect((await inbox(people[0]!)).map((d) => d.kind)).toContain('policies.comment');
      const far = new Date(Date.now() + 30 * DAY).toISOString();
      const approvals = await approvePolicyDutyKind.dueBefore(t.deps.db, nowIso(), far, undefined, 10);
      expect(approvals.map((d) => d.personId)).toEqual([ism.personId]);
      const reviews = await reviewPolicyDutyKind.dueBefore(t.deps.db, nowIso(), far, undefined, 10);
      expect(reviews.map((d) => d.personId)).toEqual([people[0]!.personId]);
    });

    it('asks the owner to publish once approved, then everyone to acknowledge, paged for reminders', async () => {
      const approved = (
        await ism.request('POST', `/api/policies/${policy.id}/versions/${current.id}/approve`, {
          version: current.version,
        })
      ).json<TPolicyVersion>();
      expect((await inbox(owner)).find((d) => d.kind === 'policies.owner')?.title).toContain('Publish');
      current = (
        await owner.request('POST', `/api/policies/${policy.id}/versions/${approved.id}/publish`, {
          version: approved.version,
        })
      ).json<TPolicyVersion>();
      expect((await inbox(people[1]!)).find((d) => d.kind === 'policies.acknowledge')?.link).toBe(
        `/my/policies/${policy.id}/${current.id}`,
      );
      // Nobody is due before the window ends; after it, every person in the audience is, page by page.
      const soon = new Date(Date.now() + 2 * DAY).toISOString();
      expect(await acknowledgePolicyDutyKind.dueBefore(t.deps.db, nowIso(), soon, undefined, 10)).toEqual([]);
      const later = new Date(Date.now() + 6 * DAY).toISOString();
      const first = await acknowledgePolicyDutyKind.dueBefore(t.deps.db, nowIso(), later, undefined, 4);
      const rest = await acknowledgePolicyDutyKind.dueBefore(t.deps.db, nowIso(), later, first.at(-1)?.key, 4);
      expect(first).toHaveLength(4);
      expect(rest).toHaveLength(2);
      expect(new Set([...first, ...rest].map((d) => d.personId)).size).toBe(6);
      await people[1]!.request('POST', `/api/policies/${policy.id}/versions/${current.id}/acknowledge`, {});
      const after = await acknowledgePolicyDutyKind.dueBefore(t.deps.db, nowIso(), later, undefined, 10);
      expect(after.map((d) => d.personId)).not.toContain(people[1]!.personId);
      expect(after).toHaveLength(5);
    });

    it('gives a new joiner the version in force from their first day, and not before', async () => {
      const today = nowIso().slice(0, 10);
      const tomorrow = new Date(Date.now() + DAY).toISOString().slice(0, 10);
      const campaign = async () =>
        (await ism.request('GET', `/api/policies/${policy.id}/versions/${current.id}/campaign`)).json<{
          audience: number;
        }>().audience;
      const before = await campaign();
      const joiner = await ism.request('POST', '/api/people', {
        fullName: 'Nina New',
        email: 'nina@example.org',
        startDate: today,
      });
      expect(joiner.statusCode, joiner.body).toBe(201);
      await ism.request('POST', '/api/people', {
        fullName: 'Fred Future',
        email: 'fred@example.org',
        startDate: tomorrow,
      });
      expect(await campaign()).toBe(before + 1);
      const nina = (
        await ism.request('GET', `/api/policies/${policy.id}/versions/${current.id}/campaign/people?q=nina`)
      ).json<{ items: { dueAt: string; overdue: boolean }[] }>().items;
      expect(nina).toHaveLength(1);
      expect(nina[0]!.dueAt >= `${today}T00:00:00.000Z`).toBe(true);
      expect(nina[0]!.overdue).toBe(false);
    });

    it('turns an approaching review date into the owner’s duty', async () => {
      await t.deps.db
        .updateTable('policy')
        .set({ next_review_at: new Date(Date.now() - DAY).toISOString() })
        .where('id', '=', policy.id)
        .execute();
      const mine = (await inbox(owner)).find((d) => d.kind === 'policies.owner');
      expect(mine?.title).toBe(`Review ${policy.reference} Clean desk`);
      const p = (await ism.request('GET', `/api/policies/${policy.id}`)).json<TPolicy>();
      expect(p.reviewOverdue).toBe(true);
      const due = await ownPolicyDutyKind.dueBefore(t.deps.db, nowIso(), nowIso(), undefined, 10);
      expect(due.map((d) => d.personId)).toEqual([owner.personId]);
      // Recording the review stops the duty; re-approval moves the next review a year on.
      const rec = (
        await owner.request('POST', `/api/policies/${policy.id}/reviews`, { version: p.version, note: 'Still fits' })
      ).json<{ id: string; version: number }>();
      expect((await inbox(owner)).some((d) => d.kind === 'policies.owner')).toBe(false);
      expect((await inbox(ism)).find((d) => d.kind === 'policies.approve')?.title).toContain('Re-approve');
      const ok = await ism.request('POST', `/api/policies/${policy.id}/reviews/${rec.id}/approve`, {
        version: rec.version,
      });
      expect(ok.statusCode, ok.body).toBe(200);
      const again = (await ism.request('GET', `/api/policies/${policy.id}`)).json<TPolicy>();
      expect(again.reviewOverdue).toBe(false);
      expect(again.nextReviewAt! > new Date(Date.now() + 360 * DAY).toISOString()).toBe(true);
    });
  });
}

describe('[POLICIES] line diff', () => {
  it('ignores line endings and a missing final newline, and numbers both sides', () => {
    const d = lineDiff('a\r\nb\r\nc', 'a\nb\nc\nd\n');
    expect(d).toMatchObject({ added: 1, removed: 0 });
    expect(d.lines.at(-1)).toEqual({ kind: 'added', text: 'd', oldLine: null, newLine: 4 });
    const e = lineDiff('one\ntwo\n', 'one\nTWO\n');
    expect(e.lines).toEqual([
      { kind: 'same', text: 'one', oldLine: 1, newLine: 1 },
      { kind: 'removed', text: 'two', oldLine: 2, newLine: null },
      { kind: 'added', text: 'TWO', oldLine: null, newLine: 2 },
    ]);
  });
});
