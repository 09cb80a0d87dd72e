import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TControlTaskDetail, TEvidence } from '../../../contracts/controls.js';
import { addMonths } from '../../core/dates.js';
import { nowIso } from '../../db/json.js';
import { controlIdOf } from '../../testing/controls.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { actingOnTask, assigneesOfTask, performTaskDutyKind } from './controls.duties.js';
import { loadHealthCounts } from './controls.health.js';
import type { ControlFacts } from './controls.owners.js';
import { addDays, dayOf } from './controls.rules.js';

const PDF = Buffer.from('%PDF-1.4\n% backup restore test report\n%%EOF\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('[CONTROLS] who carries out a task', () => {
  const facts = (over: Partial<ControlFacts> = {}): ControlFacts => ({
    owners: new Map([['c1', { personId: 'own', assignmentId: 'a-own' }]]),
    ismsOwner: null,
    implementers: new Map([['c1', [{ personId: 'imp', assignmentId: 'a-imp' }]]]),
    ismsAdmins: [{ personId: 'wide', assignmentId: 'a-wide' }],
    ...over,
  });

  it('names the assignee while they administer the control or the ISMS, else implementers, ISMS administrators, the owner', () => {
    const ids = (t: { control_id: string; assignee_person_id: string | null }, f: ControlFacts) =>
      assigneesOfTask(t, f).map((a) => `${a.personId}:${a.roleKey}:${a.scope.type}`);
    expect(ids({ control_id: 'c1', assignee_person_id: 'wide' }, facts())).toEqual(['wide:sysadmin:isms']);
    expect(ids({ control_id: 'c1', assignee_person_id: 'gone' }, facts())).toEqual(['imp:sysadmin:control']);
    expect(ids({ control_id: 'c1', assignee_person_id: null }, facts({ implementers: new Map() }))).toEqual([
      'wide:sysadmin:isms',
    ]);
    expect(
      ids({ control_id: 'c1', assignee_person_id: null }, facts({ implementers: new Map(), ismsAdmins: [] })),
    ).toEqual(['own:control_owner:control']);
    expect(
      ids(
        { control_id: 'c1', assignee_person_id: null },
        facts({ implementers: new Map(), ismsAdmins: [], owners: new Map() }),
      ),
    ).toEqual([]);
  });

  it('lets a deputy standing in for the assignee act, under their own deputy assignment', () => {
    const assignees = assigneesOfTask({ control_id: 'c1', assignee_person_id: null }, facts());
    const deputy = {
      personId: 'dep',
      roles: [
        {
          assignmentId: 'a-dep',
          roleKey: 'sysadmin',
          scopeType: 'control',
          scopeId: 'c1',
          kind: 'deputy' as const,
          authorities: [],
        },
      ],
    };
    expect(actingOnTask(deputy, assignees)).toMatchObject({ assignmentId: 'a-dep', standingIn: true });
    expect(actingOnTask({ personId: 'imp', roles: [] }, assignees)).toMatchObject({
      assignmentId: 'a-imp',
      standingIn: false,
    });
    expect(actingOnTask({ personId: 'x', roles: [{ ...deputy.roles[0]!, scopeId: 'c2' }] }, assignees)).toBeNull();
  });
});

for (const dialect of DIALECTS) {
  describe(`[CONTROLS] operational tasks (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let owner: Client;
    let admin: Client;
    let otherAdmin: Client;
    let employee: Client;
    let control: { id: string; reference: string };
    let adminAssignment: string;
    let task: TControlTaskDetail;
    const today = dayOf(nowIso());
    const firstDue = dayOf(addMonths(`${today}T00:00:00.000Z`, -3));

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      owner = await signIn(t, buildAccount({ fullName: 'Olga Owner' }));
      admin = await signIn(t, buildAccount({ fullName: 'Sam Sysadmin' }));
      otherAdmin = await signIn(t, buildAccount({ fullName: 'Oscar Other' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee' }));
      control = { id: await controlIdOf(t.deps, 'A.8.13'), reference: 'A.8.13' };
      const other = { id: await controlIdOf(t.deps, 'A.8.15'), reference: 'A.8.15' };
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, owner.personId, 'control_owner', { scopeType: 'control', scopeId: control.id });
      adminAssignment = await grantRole(t.deps, admin.personId, 'sysadmin', {
        scopeType: 'control',
        scopeId: control.id,
      });
      await grantRole(t.deps, otherAdmin.personId, 'sysadmin', { scopeType: 'control', scopeId: other.id });
    });
    afterAll(async () => t?.close());

    const detail = async (c: Client = ism) =>
      (await c.request('GET', `/api/control-tasks/${task.id}`)).json<TControlTaskDetail>();
    const complete = (c: Client, dueDate: string, body: object) =>
      c.request('POST', `/api/control-tasks/${task.id}/occurrences/${dueDate}/complete`, body);
    const inbox = async (c: Client) =>
      (await c.request('GET', '/api/inbox?limit=100')).json<{ items: { kind: string; link: string }[] }>().items;

    it('checks a new schedule: a real first day, grace and lead shorter than the period, an administrator as assignee', async () => {
      const res = await ism.request('POST', `/api/controls/${control.id}/tasks`, {
        title: 'Weekly check',
        frequency: 'weekly',
        firstDue: '2026-02-30',
        graceDays: 7,
        leadDays: 3,
        assigneePersonId: employee.personId,
      });
      expect(res.statusCode).toBe(400);
      expect(
        res
          .json<{ errors: { field: string }[] }>()
          .errors.map((e) => e.field)
          .sort(),
      ).toEqual(['assigneePersonId', 'firstDue', 'graceDays']);
      expect(
        (
          await employee.request('POST', `/api/controls/${control.id}/tasks`, {
            title: 'Nope',
            frequency: 'monthly',
            firstDue: today,
          })
        ).statusCode,
      ).toBe(403);
    });

    it('schedules a monthly task; the detail shows the past occurrences missed and the current one open', async () => {
      const res = await owner.request('POST', `/api/controls/${control.id}/tasks`, {
        title: 'Restore a backup and check it',
        instructions: 'Pick a random backup set.',
        frequency: 'monthly',
        firstDue,
        graceDays: 7,
        leadDays: 7,
        evidenceRule: 'file',
        assigneePersonId: admin.personId,
      });
      expect(res.statusCode, res.body).toBe(201);
      task = res.json<TControlTaskDetail>();
      expect(task).toMatchObject({
        reference: 'TSK-0001',
        control: { id: control.id, reference: control.reference },
        assignee: { id: admin.personId, fullName: 'Sam Sysadmin' },
        assignees: [{ id: admin.personId }],
        active: true,
        missedLast12Months: 3,
        can: { manage: true, complete: false },
      });
      expect(task.occurrences.filter((o) => o.state === 'missed').map((o) => o.dueDate)).toHaveLength(3);
      expect(task.occurrences.filter((o) => o.state === 'upcoming').length).toBeGreaterThanOrEqual(2);
      const dues = task.occurrences.map((o) => o.dueDate);
      expect(dues).toEqual([...dues].sort().reverse());
      expect(['due', 'overdue']).toContain(task.next?.state);
      const mine = await detail(admin);
      expect(mine.can).toEqual({ complete: true, manage: false });
    });

    it('gives the duty to the assignee only, in the inbox and for reminders', async () => {
      const link = `/controls/tasks/${task.id}`;
      expect((await inbox(admin)).filter((d) => d.link === link)).toHaveLength(1);
      for (const c of [owner, ism, employee, otherAdmin])
        expect((await inbox(c)).filter((d) => d.kind === 'controls.task')).toEqual([]);
      const scan = await performTaskDutyKind.dueBefore(t.deps.db, nowIso(), '9999-01-01T00:00:00.000Z', undefined, 100);
      expect(scan.map((d) => [d.personId, d.key])).toEqual([
        [admin.personId, `controls.task:${task.id}:${task.next!.dueDate}:${admin.personId}`],
      ]);
      expect(scan[0]!.dueAt).toBe(`${task.next!.dueDate}T23:59:59.999Z`);
      const roles = await t.deps.authz.rolesOf({
        kind: 'account',
        accountId: admin.accountId,
        personId: admin.personId,
        email: '',
        isAdmin: false,
        via: 'session',
      });
      const open = await performTaskDutyKind.openFor(t.deps.db, { personId: admin.personId, roles }, nowIso());
      expect(open[0]?.via).toMatchObject({ roleKey: 'sysadmin', assignmentId: adminAssignment, standingIn: false });
    });

    it('refuses whoever is not the assignee, dates not on the schedule, occurrences not open yet, and completions without the evidence the task needs', async () => {
      const due = task.next!.dueDate;
      const other = await complete(otherAdmin, due, { note: 'done' });
      expect(other.statusCode).toBe(403);
      expect(other.json<{ detail: string }>().detail).toContain('Sam Sysadmin');
      expect((await complete(employee, due, { note: 'done' })).statusCode).toBe(403);
      expect((await employee.request('GET', `/api/control-tasks/${task.id}`)).statusCode).toBe(403);
      expect((await complete(admin, addDays(due, 1), { note: 'done' })).statusCode).toBe(404);
      expect(
        (await complete(admin, dayOf(addMonths(`${firstDue}T00:00:00.000Z`, -1)), { note: 'done' })).statusCode,
      ).toBe(404);
      const ahead = task.occurrences.filter((o) => o.state === 'upcoming').at(-1)!.dueDate;
      const early = await complete(admin, ahead, { note: 'done' });
      expect(early.statusCode).toBe(409);
      expect(early.json<{ code: string }>().code).toBe('conflict');
      const noFile = await complete(admin, due, { note: 'restored fine' });
      expect(noFile.statusCode).toBe(400);
      expect(noFile.json<{ code: string; errors: { field: string }[] }>()).toMatchObject({
        code: 'validation_failed',
        errors: [{ field: 'evidenceIds' }],
      });
      const link = (
        await admin.request('POST', `/api/controls/${control.id}/evidence/links`, {
          title: 'Ticket',
          url: 'https://tickets.example.org/1',
        })
      ).json<TEvidence>();
      expect((await complete(admin, due, { note: 'x', evidenceIds: [link.id] })).statusCode).toBe(400);
      expect((await complete(admin, due, { note: 'x', evidenceIds: [uuidv7()] })).statusCode).toBe(400);
    });

    it('records the current occurrence done with an uploaded file, on the trail under the sysadmin assignment', async () => {
      const due = task.next!.dueDate;
      const up = await admin.request('POST', `/api/controls/${control.id}/evidence?fileName=restore.pdf`, PDF, {
        'content-type': 'application/pdf',
      });
      expect(up.statusCode, up.body).toBe(201);
      const file = up.json<TEvidence>();
      expect(file.sha256).toBe(sha(PDF));
      const res = await complete(admin, due, { note: 'Restored set 42', evidenceIds: [file.id] });
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json<TControlTaskDetail>();
      const occ = d.occurrences.find((o) => o.dueDate === due)!;
      expect(occ).toMatchObject({
        state: 'completed',
        completedBy: { id: admin.personId },
        note: 'Restored set 42',
        evidence: [{ id: file.id, reference: file.reference, sha256: sha(PDF) }],
      });
      expect(d.next?.dueDate).not.toBe(due);
      const ev = (await ism.request('GET', `/api/controls/${control.id}/evidence`)).json<{ items: TEvidence[] }>();
      expect(ev.items.find((e) => e.id === file.id)?.task).toEqual({
        id: task.id,
        reference: 'TSK-0001',
        dueDate: due,
      });
      const event = await t.deps.db
        .selectFrom('trail_event')
        .selectAll()
        .where('action', '=', 'control_task.complete')
        .executeTakeFirstOrThrow();
      expect(event).toMatchObject({
        authorized_as: 'role:sysadmin',
        authorized_by: adminAssignment,
        object_id: task.id,
        actor_person_id: admin.personId,
      });
      expect(JSON.parse(event.changes)).toMatchObject({ dueDate: due, late: false, evidence: [{ id: file.id }] });

      const again = await complete(admin, due, { note: 'again', evidenceIds: [] });
      expect(again.statusCode).toBe(409);
      expect(again.json<{ code: string }>().code).toBe('conflict');
      // The same file cannot prove a second occurrence.
      const missed = d.occurrences.find((o) => o.state === 'missed')!.dueDate;
      expect((await complete(admin, missed, { note: 'late', evidenceIds: [file.id] })).statusCode).toBe(400);
    });

    it('takes the duty out of the inbox once done; control health counts the missed occurrences', async () => {
      expect((await inbox(admin)).filter((d) => d.kind === 'controls.task')).toEqual([]);
      const counts = (await loadHealthCounts(t.deps.db, today, [control.id])).get(control.id);
      expect(counts).toMatchObject({ missed: 3, overdue: 0, taskCount: 1, evidenceCount: 2 });
      const list = (await admin.request('GET', `/api/control-tasks?mine=true`)).json<{ items: { id: string }[] }>();
      expect(list.items.map((i) => i.id)).toEqual([task.id]);
      const owners = (await owner.request('GET', `/api/control-tasks?mine=true`)).json<{ items: unknown[] }>();
      expect(owners.items).toEqual([]);
    });

    it('records a missed occurrence done late', async () => {
      const missed = task.occurrences.filter((o) => o.state === 'missed').at(-1)!.dueDate;
      const file = (
        await admin.request(
          'POST',
          `/api/controls/${control.id}/evidence?fileName=late.pdf`,
          Buffer.concat([PDF, Buffer.from('late\n')]),
        )
      ).json<TEvidence>();
      const res = await complete(admin, missed, { evidenceIds: [file.id] });
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json<TControlTaskDetail>();
      expect(d.occurrences.find((o) => o.dueDate === missed)?.state).toBe('completed_late');
      expect(d.missedLast12Months).toBe(3);
    });

    it('edits with the version it read, and ends a task keeping its history', async () => {
      const cur = await detail();
      const stale = await owner.request('PATCH', `/api/control-tasks/${task.id}`, {
        version: cur.version - 1,
        title: 'Old',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<{ code: string }>().code).toBe('version_conflict');
      expect(
        (await owner.request('PATCH', `/api/control-tasks/${task.id}`, { version: cur.version, leadDays: 40 }))
          .statusCode,
      ).toBe(400);
      const ok = await owner.request('PATCH', `/api/control-tasks/${task.id}`, {
        version: cur.version,
        title: 'Restore test',
        assigneePersonId: null,
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json<TControlTaskDetail>()).toMatchObject({ title: 'Restore test', version: cur.version + 1 });
      expect((await admin.request('POST', `/api/control-tasks/${task.id}/end`)).statusCode).toBe(403);
      const ended = await ism.request('POST', `/api/control-tasks/${task.id}/end`);
      expect(ended.statusCode, ended.body).toBe(200);
      expect(ended.json<TControlTaskDetail>()).toMatchObject({ active: false, next: null });
      expect(ended.json<TControlTaskDetail>().occurrences.some((o) => o.state === 'completed')).toBe(true);
      expect((await ism.request('POST', `/api/control-tasks/${task.id}/end`)).statusCode).toBe(409);
      const upcoming = task.occurrences.find((o) => o.state === 'upcoming')!.dueDate;
      expect((await complete(admin, upcoming, { note: 'x' })).statusCode).toBe(409);
      const active = (await ism.request('GET', `/api/control-tasks?controlId=${control.id}`)).json<{
        items: unknown[];
      }>();
      expect(active.items).toEqual([]);
      const endedList = (await ism.request('GET', `/api/control-tasks?state=ended&limit=1`)).json<{
        items: { id: string }[];
        nextCursor: string | null;
      }>();
      expect(endedList).toEqual({ items: [expect.objectContaining({ id: task.id })], nextCursor: null });
    });
  });
}
