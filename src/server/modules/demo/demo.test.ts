import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../core/actor.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { createResponsibilityServices } from '../responsibilities/responsibilities.services.js';
import { createAssetServices } from '../assets/assets.services.js';
import { createPolicyServices } from '../policies/policies.services.js';
import { createRiskServices } from '../risks/risks.services.js';
import { createControlServices } from '../controls/controls.services.js';
import { loadDemoData } from './demo.service.js';
import { createAccessReviewService } from '../access-reviews/access-reviews.service.js';
import { createAuditServices } from '../audits/audits.services.js';
import { createIncidentServices } from '../incidents/incidents.services.js';
import { ZIncidentListQuery } from '../../../contracts/incidents.js';
import { createToxicService } from '../assets/assets.toxic.service.js';

for (const dialect of DIALECTS) {
  describe(`[DEMO] the demo organisation's responsibilities on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(dialect);
    });
    afterEach(async () => t.close());

    it('fills the ledger like an ISM would, acknowledges most of it, and runs once', async () => {
      const first = await loadDemoData(t.deps, { size: 'small', seed: 7 });
      expect(first.peopleCreated).toBe(60);
      expect(first.assignments).toBeGreaterThan(5);
      expect(first.acknowledgements).toBeGreaterThan(40);
      const svc = createResponsibilityServices(t.deps);
      const actor = systemActor('test');
      const holders = async (roleKey: string) =>
        (await svc.assignments.list(actor, { roleKey, kind: 'holder', limit: 200, history: false })).items;
      expect((await holders('top_management')).length).toBe(1);
      expect((await holders('isms_manager')).length).toBe(1);
      const riskOwners = await holders('risk_owner');
      expect(riskOwners.length).toBeGreaterThan(1);
      expect(riskOwners.every((a) => a.scope.type === 'org_unit' && !a.scope.label.includes('not found'))).toBe(true);
      const coverage = await svc.coverage.summary(actor, {});
      const vacant = coverage.findings.find((f) => f.check === 'vacant_roles');
      expect(vacant?.count ?? 0).toBe(0); // the demo fills every role, Asset Owner included
      expect(first.policies).toBe(5);
      expect(first.policyAcknowledgements).toBeGreaterThan(100);
      const pol = createPolicyServices(t.deps, svc.assignments);
      const register = (await pol.policies.list(actor, { limit: 50 })).items;
      expect(register.map((p) => [p.reference, p.status, p.current?.number ?? null, p.reviewOverdue])).toEqual([
        ['POL-001', 'published', 2, false],
        ['POL-002', 'published', 1, false],
        ['POL-003', 'published', 1, false],
        ['POL-004', 'published', 1, true],
        ['POL-005', 'draft', null, false],
      ]);
      expect(register[4]?.pending?.status).toBe('in_review');
      expect(register.every((p) => p.owner !== null)).toBe(true);
      const isms = register[0]!;
      const campaign = await pol.campaigns.campaign(actor, isms.id, isms.current!.id);
      expect(campaign.ratePercent).toBeGreaterThan(70);
      expect(campaign.ratePercent).toBeLessThan(100);
      expect(first.risks).toBeGreaterThan(10);
      const risks = createRiskServices(t.deps, svc.assignments);
      const heat = await risks.risks.heatmap(actor, { basis: 'residual' });
      expect(heat.cells.reduce((n, c) => n + c.count, 0) + heat.unassessed).toBe(first.risks);
      const riskRegister = await risks.risks.list(actor, { limit: 200, sort: 'reference' });
      expect(riskRegister.items.every((r) => r.owner?.via === 'org_unit')).toBe(true);
      expect(riskRegister.items.some((r) => r.status === 'accepted')).toBe(true);
      expect(first.assets).toBeGreaterThanOrEqual(30);
      const inventory = createAssetServices(t.deps, svc.assignments).inventory;
      const assets = (await inventory.list(actor, { limit: 200, sort: 'reference', dir: 'asc' })).items;
      expect(new Set(assets.map((a) => a.type)).size).toBe(7);
      expect(assets.filter((a) => a.owner !== null).length).toBeGreaterThan(20);
      expect(assets.some((a) => a.owner?.via === 'asset')).toBe(true);
      expect(assets.filter((a) => a.custodian !== null).length).toBeGreaterThan(10);
      expect(assets.filter((a) => a.parent !== null).length).toBeGreaterThan(10);
      const shop = await inventory.get(actor, assets.find((a) => a.name === 'Web shop')!.id);
      expect(shop.risks.length).toBeGreaterThan(0);
      expect(shop.controls.length).toBeGreaterThan(0);
      expect(first.entitlements).toBeGreaterThan(30);
      const conflicts = await createToxicService(t.deps).conflicts(actor, { limit: 50 });
      expect(conflicts.items.length).toBeGreaterThan(0);
      const reviews = await createAccessReviewService(t.deps).list(actor, { limit: 10 });
      expect(reviews.items).toEqual([
        expect.objectContaining({
          status: 'open',
          counts: expect.objectContaining({ total: first.entitlements, toxic: expect.any(Number) }),
        }),
      ]);
      expect(reviews.items[0]!.counts.withoutReviewer).toBe(0);
      expect(first.controls).toBe(93);
      expect(first.operationalTasks).toBe(5);
      const ctl = createControlServices(t.deps, svc.assignments);
      const progress = await ctl.controls.progress(actor);
      expect(progress.byApplicability).toMatchObject({ applicable: 91, not_applicable: 2, undecided: 0 });
      expect(progress.unowned).toBe(0); // the ISM owns every control for the whole ISMS
      expect(progress.missedOccurrences).toBeGreaterThan(0); // the restore test fell behind
      const backup = (
        await ctl.controls.list(actor, { q: 'Information backup', limit: 5, sort: 'reference', dir: 'asc' })
      ).items[0]!;
      expect(backup.implementers.length).toBe(1);
      expect(backup.health.reasons.map((r) => r.code)).toContain('missed_occurrence');
      expect(first.audits).toBe(2);
      expect(first.nonconformities).toBe(2);
      const aud = createAuditServices(t.deps, svc.assignments);
      const programme = await aud.programme.get(actor);
      expect(programme).toMatchObject({ version: 1, clauseFrequencyMonths: 12, controlFrequencyMonths: 36 });
      expect(programme.overrides.map((o) => [o.code, o.frequencyMonths]).sort()).toEqual([
        ['A.5.15', 12],
        ['A.5.18', 12],
        ['A.8.13', 12],
      ]);
      const audits = (await aud.audits.list(actor, { limit: 50 })).items;
      expect(audits.map((a) => [a.reference, a.status, a.lead === null])).toEqual([
        ['AUD-0002', 'planned', true],
        ['AUD-0001', 'completed', false],
      ]);
      const done = await aud.audits.get(actor, audits[1]!.id);
      expect(done.progress).toEqual({ total: 7, recorded: 7 });
      expect(done.findings).toEqual({ minor_nc: 1, major_nc: 0, observation: 1, improvement: 1 });
      expect(done.signedOff?.by.id).toBe(done.lead?.id);
      const report = await aud.report(actor, done.id);
      expect(report.fileName).toBe('AUD-0001-audit-report.pdf');
      expect(report.body.subarray(0, 5).toString()).toBe('%PDF-');
      const items = (await aud.checklist.list(actor, done.id, { limit: 50 })).items;
      expect(items.flatMap((i) => i.evidence.map((e) => e.kind))).toEqual(['link']);
      const ncs = (await aud.nonconformities.list(actor, { limit: 50, sort: 'reference' })).items;
      expect(ncs.map((n) => [n.reference, n.source, n.status])).toEqual([
        ['NC-0001', 'incident', 'closed'],
        ['NC-0002', 'audit', 'action'],
      ]);
      const nc = await aud.nonconformities.get(actor, ncs[1]!.id);
      expect(nc.audit?.reference).toBe('AUD-0001');
      expect(nc.owner).not.toBeNull();
      expect(nc.correction).not.toBe('');
      expect(nc.rootCause.method).toBe('five_whys');
      expect(nc.rootCause.whys.filter((w) => w.trim() !== '').length).toBe(5);
      expect(nc.correctiveActions.map((c) => [c.status, c.overdue, c.owner !== null])).toEqual([
        ['done', false, true],
        ['open', false, true],
      ]);
      expect(nc.correctiveActions[1]!.dueDate > new Date().toISOString().slice(0, 10)).toBe(true);
      const closed = await aud.nonconformities.get(actor, ncs[0]!.id);
      expect(closed.verifications).toEqual([expect.objectContaining({ effective: true })]);
      // The lost laptop incident revealed it: the incident links it, and the NC names the incident.
      expect((await aud.nonconformities.get(actor, ncs[0]!.id)).incidents.map((i) => i.reference)).toEqual([
        'INC-0002',
      ]);
      expect(closed.verifications[0]!.by.id).not.toBe(closed.correctiveActions[0]!.done?.by.id);
      const cov = await aud.programme.coverage(actor, { limit: 200 });
      const clauses = cov.items.filter((i) => i.itemType === 'clause');
      expect(clauses.filter((i) => i.state === 'current').map((i) => i.code)).toEqual(['7.5.1', '7.5.2', '7.5.3']);
      const inNext = clauses.filter((i) => i.code.startsWith('9.') || i.code.startsWith('10.'));
      expect(inNext.length).toBeGreaterThan(3);
      expect(new Set(inNext.map((i) => `${i.state} ${i.planned?.reference}`))).toEqual(new Set(['planned AUD-0002']));
      expect(first.incidents).toBe(5);
      const inc = createIncidentServices(t.deps, svc.assignments);
      const incRegister = (await inc.incidents.list(actor, ZIncidentListQuery.parse({ sort: 'reference' }))).items;
      expect(incRegister.map((i) => [i.reference, i.status, i.classification])).toEqual([
        ['INC-0001', 'closed', 'incident'],
        ['INC-0002', 'closed', 'incident'],
        ['INC-0003', 'open', 'incident'],
        ['INC-0004', 'closed', 'event'],
        ['INC-0005', 'reported', null],
      ]);
      const laptop = await inc.incidents.get(actor, incRegister[1]!.id);
      expect(laptop.links.map((l) => [l.type, l.reference])).toEqual([
        ['risk', expect.stringMatching(/^RSK-/)],
        ['nonconformity', 'NC-0001'],
      ]);
      expect(laptop.lessonsLearned).not.toBe('');
      expect((await inc.incidents.get(actor, incRegister[2]!.id)).confidential).toBe(true);
      const again = await loadDemoData(t.deps, { size: 'small', seed: 7 });
      expect(again).toMatchObject({
        peopleCreated: 0,
        assignments: 0,
        acknowledgements: 0,
        policies: 0,
        policyAcknowledgements: 0,
        risks: 0,
        assets: 0,
        entitlements: 0,
        controls: 0,
        operationalTasks: 0,
        audits: 0,
        nonconformities: 0,
        incidents: 0,
      });
      expect((await aud.audits.list(actor, { limit: 50 })).items.length).toBe(2);
    });
  });
}
