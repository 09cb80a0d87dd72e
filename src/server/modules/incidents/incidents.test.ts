import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TIncident,
  TIncidentMetrics,
  TIncidentSettings,
  TIncidentSummary,
  TMyIncidentReport,
} from '../../../contracts/incidents.js';
import type { TTrailEvent } from '../../../contracts/trail.js';
import { buildAsset } from '../../testing/assets.js';
import { readPdf } from '../../testing/pdf-text.js';
import { buildAccount, createTestApp, grantRole, signIn, type Client, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { incidentScopeKind } from './incidents.scopes.js';

type Page<T> = { items: T[]; nextCursor: string | null };
type Problem = { code: string; detail: string; errors?: { field: string }[] };

const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

for (const dialect of DIALECTS) {
  describe(`[INCIDENTS] reporting, triage, response and closure (${dialect})`, () => {
    let t: TestApp;
    let ism: Client;
    let manager: Client;
    let admin: Client;
    let auditor: Client;
    let reporter: Client;
    let whistle: Client;
    let employee: Client;
    let asset: { id: string; reference: string };
    let inc: TIncident;
    let secret: TMyIncidentReport;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ism = await signIn(t, buildAccount({ fullName: 'Ida Ism' }));
      manager = await signIn(t, buildAccount({ fullName: 'Mona Manager' }));
      admin = await signIn(t, buildAccount({ fullName: 'Sam Sysadmin' }));
      auditor = await signIn(t, buildAccount({ fullName: 'Aud Auditor' }));
      reporter = await signIn(t, buildAccount({ fullName: 'Rita Reporter' }));
      whistle = await signIn(t, buildAccount({ fullName: 'Wanda Whistle' }));
      employee = await signIn(t, buildAccount({ fullName: 'Eve Employee' }));
      await grantRole(t.deps, ism.personId, 'isms_manager');
      await grantRole(t.deps, manager.personId, 'incident_manager');
      await grantRole(t.deps, auditor.personId, 'internal_auditor');
      asset = await buildAsset(t.deps, 'Payroll system');
      await grantRole(t.deps, admin.personId, 'sysadmin', { scopeType: 'asset', scopeId: asset.id });
    });
    afterAll(async () => t?.close());

    const get = async (c: Client, id = inc.id) => (await c.request('GET', `/api/incidents/${id}`)).json<TIncident>();
    const inbox = async (c: Client) =>
      (await c.request('GET', '/api/inbox?limit=100')).json<{
        items: { kind: string; link: string; dueAt: string | null }[];
      }>().items;
    const notices = async (c: Client) =>
      (await c.request('GET', '/api/notifications?limit=50')).json<{ items: { title: string; body: string }[] }>()
        .items;

    it('lets anyone report in one request, refusing a time in the future and an unknown asset', async () => {
      const future = await reporter.request('POST', '/api/incidents', {
        title: 'x',
        occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
        assetId: '01900000-0000-7000-8000-000000000000',
      });
      expect(future.statusCode).toBe(400);
      expect(
        future
          .json<Problem>()
          .errors?.map((e) => e.field)
          .sort(),
      ).toEqual(['assetId', 'occurredAt']);
      const res = await reporter.request('POST', '/api/incidents', {
        title: 'Payroll export sent to the wrong customer',
        description: 'The monthly export went to a customer address instead of the bank.',
        occurredAt: ago(2),
        affected: 'Payroll data of 40 staff',
        assetId: asset.id,
      });
      expect(res.statusCode, res.body).toBe(201);
      const mine = res.json<TMyIncidentReport>();
      expect(mine).toMatchObject({ reference: 'INC-0001', status: 'reported', classification: null, outcome: '' });
      expect(mine.can.attach).toBe(true);
      inc = await get(ism, mine.id);
      expect(inc.reporter?.fullName).toBe('Rita Reporter');
      expect(inc.nextDeadline?.kind).toBe('triage');
      // The ISM and the incident manager are told and have the triage duty; the reporter does not.
      for (const c of [ism, manager]) {
        expect((await notices(c)).map((n) => n.title)).toContain('New incident report INC-0001: triage it');
        expect((await inbox(c)).some((d) => d.kind === 'incidents.triage' && d.link === `/incidents/${inc.id}`)).toBe(
          true,
        );
      }
      expect((await inbox(reporter)).some((d) => d.kind.startsWith('incidents.'))).toBe(false);
    });

    it('lets the reporter attach files while it awaits triage, and nobody else read it', async () => {
      const up = await reporter.request(
        'POST',
        `/api/incidents/${inc.id}/attachments?fileName=mail.txt`,
        Buffer.from('From: payroll\nTo: customer\n'),
        { 'content-type': 'text/plain' },
      );
      expect(up.statusCode, up.body).toBe(201);
      const file = await ism.request('GET', `/api/incidents/${inc.id}/attachments/${up.json<{ id: string }>().id}`);
      expect(file.body).toBe('From: payroll\nTo: customer\n');
      expect(file.headers['content-disposition']).toContain('attachment');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      const exe = await reporter.request(
        'POST',
        `/api/incidents/${inc.id}/attachments?fileName=run.exe`,
        Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]),
        { 'content-type': 'application/octet-stream' },
      );
      expect(exe.statusCode).toBe(415);
      for (const url of [
        '/api/incidents',
        `/api/incidents/${inc.id}`,
        '/api/incidents/metrics',
        '/api/incidents/export',
      ])
        expect((await employee.request('GET', url)).statusCode, url).toBe(403);
      expect((await employee.request('GET', `/api/incidents/mine/${inc.id}`)).statusCode).toBe(404);
      expect(
        (
          await employee.request('POST', `/api/incidents/${inc.id}/attachments?fileName=a.txt`, Buffer.from('x'), {
            'content-type': 'text/plain',
          })
        ).statusCode,
      ).toBe(403);
    });

    it('refuses triage by anyone but the ISM or an incident manager, and an incomplete triage', async () => {
      for (const c of [reporter, auditor, admin]) {
        const res = await c.request('POST', `/api/incidents/${inc.id}/triage`, {
          classification: 'incident',
          severity: 'high',
          category: 'data_disclosure',
          version: inc.version,
        });
        expect(res.statusCode).toBe(403);
      }
      const bad = await manager.request('POST', `/api/incidents/${inc.id}/triage`, {
        classification: 'incident',
        version: inc.version,
      });
      expect(bad.json<Problem>().errors?.map((e) => e.field)).toEqual(['severity', 'category']);
    });

    it('suggests the asset administrator as handler; the manager triages and assigns in the ledger', async () => {
      const options = (await manager.request('GET', `/api/incidents/handler-options?incidentId=${inc.id}`)).json<{
        items: { person: { id: string }; reason: string }[];
      }>().items;
      expect(options[0]).toMatchObject({ person: { id: admin.personId } });
      expect(options[0]!.reason).toContain(asset.reference);
      const res = await manager.request('POST', `/api/incidents/${inc.id}/triage`, {
        classification: 'incident',
        severity: 'high',
        category: 'data_disclosure',
        handlerPersonId: admin.personId,
        note: 'Personal data left the organisation',
        version: inc.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      inc = res.json<TIncident>();
      expect(inc).toMatchObject({
        status: 'open',
        phase: 'contain',
        severity: 'high',
        handler: { id: admin.personId },
      });
      // High: contained within 8 hours of the report by default.
      const contain = inc.deadlines.find((d) => d.kind === 'contain')!;
      expect(Date.parse(contain.dueAt) - Date.parse(inc.reportedAt)).toBe(8 * 3_600_000);
      const rows = await t.deps.db
        .selectFrom('assignment')
        .select(['person_id', 'role_key', 'valid_to'])
        .where('scope_type', '=', 'incident')
        .where('scope_id', '=', inc.id)
        .execute();
      expect(rows).toEqual([{ person_id: admin.personId, role_key: 'incident_handler', valid_to: null }]);
      expect((await inbox(admin)).find((d) => d.kind === 'incidents.respond')?.dueAt).toBe(contain.dueAt);
      expect((await inbox(manager)).some((d) => d.kind === 'incidents.triage')).toBe(false);
      const again = await ism.request('POST', `/api/incidents/${inc.id}/triage`, {
        classification: 'event',
        outcome: 'x',
        version: inc.version,
      });
      expect(again.statusCode).toBe(409);
    });

    it('lets the handler work it: timeline, phases in order, communications, links; the register shows theirs', async () => {
      const handlerView = await get(admin);
      expect(handlerView.can).toMatchObject({ respond: true, manage: false });
      const page = (await admin.request('GET', '/api/incidents')).json<Page<TIncidentSummary>>();
      expect(page.items.map((i) => i.reference)).toEqual(['INC-0001']);
      const note = await admin.request('POST', `/api/incidents/${inc.id}/timeline`, {
        kind: 'action',
        text: 'Asked the customer to delete the file',
        occurredAt: ago(1),
      });
      expect(note.statusCode, note.body).toBe(200);
      const wrong = await admin.request('POST', `/api/incidents/${inc.id}/phases`, {
        phase: 'recover',
        note: 'x',
        version: inc.version,
      });
      expect(wrong.statusCode).toBe(409);
      for (const phase of ['contain', 'eradicate']) {
        const current = await get(admin);
        const res = await admin.request('POST', `/api/incidents/${inc.id}/phases`, {
          phase,
          note: `${phase} done`,
          version: current.version,
        });
        expect(res.statusCode, res.body).toBe(200);
      }
      const comm = await admin.request('POST', `/api/incidents/${inc.id}/communications`, {
        partyKind: 'authority',
        party: 'Data protection authority',
        channel: 'portal',
        reference: 'DPA-2026-118',
        summary: 'Breach notified within 72 hours',
        communicatedAt: ago(0.5),
      });
      expect(comm.statusCode, comm.body).toBe(200);
      const link = await admin.request('POST', `/api/incidents/${inc.id}/links`, { type: 'asset', id: asset.id });
      expect(link.json<TIncident>().links).toMatchObject([{ type: 'asset', reference: asset.reference }]);
      const missing = await admin.request('POST', `/api/incidents/${inc.id}/links`, {
        type: 'risk',
        id: '01900000-0000-7000-8000-000000000000',
      });
      expect(missing.statusCode).toBe(400);
      // The handler responds but does not triage, re-assign or close.
      expect((await admin.request('PUT', `/api/incidents/${inc.id}/handler`, { personId: null })).statusCode).toBe(403);
      inc = await get(admin);
      expect(inc.phase).toBe('recover');
      expect(inc.communications).toMatchObject([{ partyKind: 'authority', reference: 'DPA-2026-118' }]);
      // In the order things happened: the action and the call came before they were written down.
      expect(inc.timeline.map((e) => e.kind)).toEqual([
        'action',
        'communication',
        'report',
        'triage',
        'handler',
        'phase',
        'phase',
      ]);
      const early = await ism.request('POST', `/api/incidents/${inc.id}/close`, {
        lessonsLearned: 'x',
        outcome: 'x',
        version: inc.version,
      });
      expect(early.statusCode).toBe(409);
      expect(early.json<Problem>().detail).toContain('not resolved');
    });

    it('resolves after recovery, the ISM closes with lessons learned, and the reporter sees the outcome', async () => {
      const res = await admin.request('POST', `/api/incidents/${inc.id}/phases`, {
        phase: 'recover',
        note: 'Export job fixed and re-run to the bank',
        version: inc.version,
      });
      inc = res.json<TIncident>();
      expect(inc.status).toBe('resolved');
      expect((await inbox(ism)).some((d) => d.kind === 'incidents.close')).toBe(true);
      const closed = await ism.request('POST', `/api/incidents/${inc.id}/close`, {
        lessonsLearned: 'Exports need a second pair of eyes on the recipient',
        outcome: 'Thank you: the data was deleted by the recipient and the export job is fixed.',
        version: inc.version,
      });
      expect(closed.statusCode, closed.body).toBe(200);
      inc = closed.json<TIncident>();
      expect(inc).toMatchObject({ status: 'closed', closedBy: { id: ism.personId }, nextDeadline: null });
      expect(inc.can).toMatchObject({ manage: false, respond: false });
      const mine = (await reporter.request('GET', '/api/incidents/mine')).json<Page<TMyIncidentReport>>().items;
      expect(mine[0]).toMatchObject({
        reference: 'INC-0001',
        status: 'closed',
        outcome: 'Thank you: the data was deleted by the recipient and the export job is fixed.',
      });
      expect((await notices(reporter)).map((n) => n.title)).toContain('Your report INC-0001 is closed');
      // The handler's role for it ended with it; the ledger keeps who it was.
      const held = await t.deps.db
        .selectFrom('assignment')
        .select(['valid_to'])
        .where('scope_id', '=', inc.id)
        .executeTakeFirstOrThrow();
      expect(held.valid_to).not.toBeNull();
      expect((await admin.request('GET', `/api/incidents/${inc.id}`)).statusCode).toBe(403);
      expect(
        (await admin.request('POST', `/api/incidents/${inc.id}/timeline`, { kind: 'note', text: 'late' })).statusCode,
      ).toBe(403);
      expect(
        (await ism.request('POST', `/api/incidents/${inc.id}/timeline`, { kind: 'note', text: 'late' })).statusCode,
      ).toBe(409);
    });

    it('hides a confidential reporter from everyone but the ISM: pages, timeline, trail and webhooks', async () => {
      const res = await whistle.request('POST', '/api/incidents', {
        title: 'Colleague shares admin passwords in chat',
        occurredAt: ago(24),
        confidential: true,
      });
      secret = res.json<TMyIncidentReport>();
      expect(secret.confidential).toBe(true);
      await whistle.request(
        'POST',
        `/api/incidents/${secret.id}/attachments?fileName=chat.txt`,
        Buffer.from('pw: hunter2'),
        {
          'content-type': 'text/plain',
        },
      );
      const triage = await manager.request('POST', `/api/incidents/${secret.id}/triage`, {
        classification: 'incident',
        severity: 'medium',
        category: 'policy_violation',
        handlerPersonId: admin.personId,
        version: 1,
      });
      expect(triage.statusCode, triage.body).toBe(200);
      for (const c of [admin, manager, auditor]) {
        const seen = await get(c, secret.id);
        expect(seen.reporter, 'reporter').toBeNull();
        expect(seen.can.seeReporter).toBe(false);
        expect(seen.timeline.find((e) => e.kind === 'report')?.by).toBeNull();
        expect(seen.attachments[0]?.addedBy).toBeNull();
        expect(JSON.stringify(seen)).not.toContain('Wanda');
        const list = (await c.request('GET', '/api/incidents?q=passwords')).json<Page<TIncidentSummary>>();
        expect(list.items[0]?.reporter).toBeNull();
      }
      const ismView = await get(ism, secret.id);
      expect(ismView.reporter?.fullName).toBe('Wanda Whistle');
      const events = (await auditor.request('GET', `/api/trail?objectType=incident&limit=100`)).json<
        Page<TTrailEvent>
      >().items;
      const reported = events.find((e) => e.action === 'incident.report' && e.objectId === secret.id)!;
      expect(reported.actorPersonId).toBeNull();
      expect(reported.actorName).toBeNull();
      const byActor = (await auditor.request('GET', `/api/trail?actorPersonId=${whistle.personId}&limit=100`)).json<
        Page<TTrailEvent>
      >().items;
      expect(byActor.filter((e) => e.objectId === secret.id)).toEqual([]);
      const forIsm = (await ism.request('GET', `/api/trail?objectType=incident&limit=100`)).json<Page<TTrailEvent>>()
        .items;
      expect(forIsm.find((e) => e.action === 'incident.report' && e.objectId === secret.id)?.actorPersonId).toBe(
        whistle.personId,
      );
      const verify = await ism.request('GET', '/api/trail/verify');
      expect(verify.json<{ ok: boolean }>().ok).toBe(true);
    });

    it('closes an event at triage and tells the reporter why', async () => {
      const r = (
        await reporter.request('POST', '/api/incidents', {
          title: 'Strange pop-up on the intranet',
          occurredAt: ago(1),
        })
      ).json<TMyIncidentReport>();
      const res = await ism.request('POST', `/api/incidents/${r.id}/triage`, {
        classification: 'event',
        outcome: 'That was the planned certificate renewal notice; nothing to do.',
        version: 1,
      });
      expect(res.json<TIncident>()).toMatchObject({
        status: 'closed',
        classification: 'event',
        deadlines: [{ kind: 'triage' }],
      });
      const mine = (await reporter.request('GET', `/api/incidents/mine/${r.id}`)).json<TMyIncidentReport>();
      expect(mine).toMatchObject({ status: 'closed', classification: 'event' });
      expect(mine.outcome).toContain('certificate renewal');
      expect(mine.can.attach).toBe(false);
    });

    it('lists unhandled incidents in coverage and filters, sorts and pages the register', async () => {
      await ism.request('PUT', `/api/incidents/${secret.id}/handler`, { personId: null });
      const count = await incidentScopeKind.ownership!.count(t.deps.db, new Date().toISOString());
      expect(count).toEqual({ total: 1, unowned: 1 });
      expect((await inbox(ism)).some((d) => d.kind === 'incidents.assign')).toBe(true);
      const open = (await auditor.request('GET', '/api/incidents?status=unclosed')).json<Page<TIncidentSummary>>();
      expect(open.items.map((i) => i.reference)).toEqual(['INC-0002']);
      const none = (await ism.request('GET', '/api/incidents?handler=none&status=unclosed')).json<
        Page<TIncidentSummary>
      >();
      expect(none.items.map((i) => i.reference)).toEqual(['INC-0002']);
      const first = (await ism.request('GET', '/api/incidents?sort=reference&limit=2')).json<Page<TIncidentSummary>>();
      expect(first.items.map((i) => i.reference)).toEqual(['INC-0001', 'INC-0002']);
      const rest = (await ism.request('GET', `/api/incidents?sort=reference&limit=2&cursor=${first.nextCursor}`)).json<
        Page<TIncidentSummary>
      >();
      expect(rest.items.map((i) => i.reference)).toEqual(['INC-0003']);
      expect(rest.nextCursor).toBeNull();
      const bySeverity = (await ism.request('GET', '/api/incidents?sort=severity')).json<Page<TIncidentSummary>>();
      expect(bySeverity.items.map((i) => i.severity)).toEqual(['high', 'medium', null]);
    });

    it('sets the response deadlines (the ISM or a manager), refusing contradictions and stale versions', async () => {
      const current = (await manager.request('GET', '/api/incidents/settings')).json<TIncidentSettings>();
      expect(current).toMatchObject({ version: 0, triageHours: 24, can: { manage: true } });
      const body = {
        triageHours: 4,
        closeDays: 10,
        severities: { ...current.severities, critical: { containHours: 1, resolveHours: 12 } },
        version: 0,
      };
      const bad = await manager.request('PUT', '/api/incidents/settings', {
        ...body,
        severities: { ...body.severities, low: { containHours: 100, resolveHours: 10 } },
      });
      expect(bad.json<Problem>().errors?.map((e) => e.field)).toEqual(['severities.low.containHours']);
      const ok = await manager.request('PUT', '/api/incidents/settings', body);
      expect(ok.json<TIncidentSettings>()).toMatchObject({ version: 1, triageHours: 4 });
      expect((await ism.request('PUT', '/api/incidents/settings', body)).statusCode).toBe(409);
      expect((await auditor.request('PUT', '/api/incidents/settings', { ...body, version: 1 })).statusCode).toBe(403);
      const r = (
        await reporter.request('POST', '/api/incidents', { title: 'Laptop stolen', occurredAt: ago(0) })
      ).json<TMyIncidentReport>();
      const view = await get(ism, r.id);
      expect(Date.parse(view.nextDeadline!.dueAt) - Date.parse(view.reportedAt)).toBe(4 * 3_600_000);
    });

    it('reports metrics and exports the register and an incident report', async () => {
      const m = (await auditor.request('GET', '/api/incidents/metrics?months=3')).json<TIncidentMetrics>();
      expect(m.totals).toMatchObject({ reported: 4, events: 1, incidents: 2, awaitingTriage: 1, closed: 2 });
      const high = m.bySeverity.find((s) => s.severity === 'high')!;
      expect(high.count).toBe(1);
      expect(high.timeToClose.count).toBe(1);
      const csv = await auditor.request('GET', '/api/incidents/export?format=csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain('INC-0001');
      expect(csv.body).toContain('Confidential');
      expect(csv.body).not.toContain('Wanda');
      const pdf = await auditor.request('GET', `/api/incidents/${inc.id}/report`);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      const { text } = readPdf(pdf.rawPayload);
      expect(text).toContain('INC-0001');
      expect(text).toContain('Exports need a second pair of eyes');
    });
  });
}
