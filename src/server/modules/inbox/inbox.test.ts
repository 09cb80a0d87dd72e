import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DUTY_KINDS } from '../duty-kinds.js';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';

type Duty = {
  kind: string;
  title: string;
  dueAt: string | null;
  state: string;
  standingInFor: { roleKey: string } | null;
};

for (const dialect of DIALECTS) {
  describe(`[INBOX] duties and notifications on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    let boss: Client;
    let ism: Client;
    let deputy: Client;
    let alice: Client;

    beforeEach(async () => {
      t = await createTestApp(dialect);
      admin = await signIn(t, buildAccount({ isAdmin: true }));
      boss = await signIn(t, buildAccount({ fullName: 'Bea Boss' }));
      ism = await signIn(t, buildAccount({ fullName: 'Ivan ISM' }));
      deputy = await signIn(t, buildAccount({ fullName: 'Dora Deputy' }));
      alice = await signIn(t, buildAccount({ fullName: 'Alice Leaving' }));
      const assign = async (c: Client, body: Record<string, unknown>) => {
        const res = await c.request('POST', '/api/assignments', { reason: 'Set up', ...body });
        expect(res.statusCode, res.body).toBe(201);
      };
      await assign(admin, { personId: boss.personId, roleKey: 'top_management' });
      await assign(boss, { personId: ism.personId, roleKey: 'isms_manager' });
      await assign(boss, { personId: deputy.personId, roleKey: 'isms_manager', kind: 'deputy' });
      await assign(ism, { personId: alice.personId, roleKey: 'sysadmin', validFrom: '2026-01-05T09:00:00.000Z' });
    });
    afterEach(async () => t.close());

    const inbox = async (c: Client) => {
      const res = await c.request('GET', '/api/inbox');
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: Duty[]; nextCursor: string | null }>().items;
    };

    it('lists a person’s duties from every kind, soonest due first, with counts', async () => {
      const mine = await inbox(alice);
      // Employee (from today) and sysadmin (backdated, so overdue) both wait for acknowledgement.
      expect(mine.map((d) => d.kind)).toEqual(['responsibilities.acknowledge', 'responsibilities.acknowledge']);
      expect(mine[0]?.title).toContain('System & Network Administrator');
      expect(mine[0]?.state).toBe('overdue');
      const summary = (await alice.request('GET', '/api/inbox/summary')).json<{ open: number; overdue: number }>();
      expect(summary).toMatchObject({ open: 2, overdue: 1 });

      // Alice leaves: the ISM gets the handover duty next to their own acknowledgements.
      const p = (await ism.request('GET', `/api/people/${alice.personId}`)).json<{ version: number }>();
      expect(
        (await ism.request('PATCH', `/api/people/${alice.personId}`, { version: p.version, status: 'leaver' }))
          .statusCode,
      ).toBe(200);
      const kinds = (await inbox(ism)).map((d) => d.kind);
      expect(kinds).toContain('responsibilities.handover');
      expect(kinds).toContain('responsibilities.acknowledge');
      expect((await inbox(deputy)).map((d) => d.kind)).not.toContain('responsibilities.handover');

      // An SoD exception request is Top Management's duty.
      const req = await ism.request('POST', '/api/sod/exceptions', {
        ruleId: 'SOD-01',
        personId: deputy.personId,
        justification: 'Small team',
        compensatingControl: 'Monthly review by the CEO',
        validFrom: new Date().toISOString(),
        validTo: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      });
      expect(req.statusCode, req.body).toBe(201);
      expect((await inbox(boss)).map((d) => d.kind)).toContain('sod.exception.decide');
    });

    it('while the holder is away, the deputy sees the role’s duties and takes its decisions', async () => {
      const p = (await ism.request('GET', `/api/people/${alice.personId}`)).json<{ version: number }>();
      await ism.request('PATCH', `/api/people/${alice.personId}`, { version: p.version, status: 'leaver' });
      expect((await deputy.request('GET', '/api/trail')).statusCode).toBe(403);

      const me = (await ism.request('GET', `/api/people/${ism.personId}`)).json<{ version: number }>();
      const away = await ism.request('PUT', `/api/people/${ism.personId}/absence`, {
        version: me.version,
        from: new Date(Date.now() - 60_000).toISOString(),
        until: new Date(Date.now() + 86_400_000).toISOString(),
      });
      expect(away.statusCode, away.body).toBe(200);
      expect(away.json().absentUntil).not.toBeNull();
      // Someone else's absence is set only by people managers.
      const other = (await alice.request('GET', `/api/people/${deputy.personId}`)).json<{ version: number }>();
      expect(
        (
          await alice.request('PUT', `/api/people/${deputy.personId}/absence`, {
            version: other.version,
            from: null,
            until: null,
          })
        ).statusCode,
      ).toBe(403);

      const handover = (await inbox(deputy)).find((d) => d.kind === 'responsibilities.handover');
      expect(handover?.standingInFor).toEqual({ roleKey: 'isms_manager' });
      expect((await deputy.request('GET', '/api/trail')).statusCode).toBe(200);

      const back = (await ism.request('GET', `/api/people/${ism.personId}`)).json<{ version: number }>();
      await ism.request('PUT', `/api/people/${ism.personId}/absence`, {
        version: back.version,
        from: null,
        until: null,
      });
      expect((await inbox(deputy)).map((d) => d.kind)).not.toContain('responsibilities.handover');
    });

    it('notifies the people concerned; each reads and marks only their own', async () => {
      const list = (await alice.request('GET', '/api/notifications')).json<{
        items: { id: string; title: string; readAt: string | null }[];
      }>();
      expect(list.items.map((n) => n.title)).toContain('You are now System & Network Administrator');
      const unread = (await alice.request('GET', '/api/inbox/summary')).json<{ unreadNotifications: number }>();
      expect(unread.unreadNotifications).toBe(1);
      const id = list.items[0]!.id;
      expect((await ism.request('POST', `/api/notifications/${id}/read`)).statusCode).toBe(404);
      const read = await alice.request('POST', `/api/notifications/${id}/read`);
      expect(read.statusCode).toBe(200);
      expect(read.json().readAt).not.toBeNull();
      expect((await alice.request('GET', '/api/notifications?unread=true')).json<{ items: unknown[] }>().items).toEqual(
        [],
      );

      const p = (await ism.request('GET', `/api/people/${alice.personId}`)).json<{ version: number }>();
      await ism.request('PATCH', `/api/people/${alice.personId}`, { version: p.version, status: 'leaver' });
      const ismNotes = (await ism.request('GET', '/api/notifications?unread=true')).json<{
        items: { title: string; link: string }[];
      }>();
      expect(ismNotes.items.map((n) => n.title)).toContain('Alice Leaving has left: confirm their handover');
      expect((await ism.request('POST', '/api/notifications/read-all')).json()).toMatchObject({
        marked: ismNotes.items.length,
      });
    });

    it('every duty kind finds overdue duties for the reminder scan, paged by key', async () => {
      const now = new Date().toISOString();
      const ack = DUTY_KINDS.find((k) => k.kind === 'responsibilities.acknowledge')!;
      const overdue = await ack.dueBefore(t.deps.db, now, now, undefined, 10);
      expect(overdue.map((d) => d.personId)).toEqual([alice.personId]);
      expect(await ack.dueBefore(t.deps.db, now, now, overdue[0]!.key, 10)).toEqual([]);
      const soon = await ack.dueBefore(
        t.deps.db,
        now,
        new Date(Date.now() + 15 * 86_400_000).toISOString(),
        undefined,
        100,
      );
      expect(soon.length).toBeGreaterThan(overdue.length);
    });
  });
}
