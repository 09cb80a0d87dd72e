import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../core/actor.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../testing/test-db.js';
import { createResponsibilityServices } from '../responsibilities/responsibilities.services.js';
import { loadDemoData } from './demo.service.js';

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
      expect(vacant?.count).toBe(1); // nobody owns assets before [assets] brings them
      const again = await loadDemoData(t.deps, { size: 'small', seed: 7 });
      expect(again).toMatchObject({ peopleCreated: 0, assignments: 0, acknowledgements: 0 });
    });
  });
}
