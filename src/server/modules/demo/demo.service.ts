import { Readable } from 'node:stream';
import {
  generateOrganisation,
  hrCsvLines,
  PEOPLE_PER_SIZE,
  type DemoSize,
} from '../../../../bench/generator/people.js';
import type { Deps } from '../../core/deps.js';
import { runPeopleImport } from '../people/people.import.service.js';
import { loadDemoAccess } from './demo.access.js';
import { loadDemoAssets } from './demo.assets.js';
import { loadDemoAudits } from './demo.audits.js';
import { loadDemoIncidents } from './demo.incidents.js';
import { loadDemoControls } from './demo.controls.js';
import { loadDemoPolicies } from './demo.policies.js';
import { assignDemoRoles } from './demo.roles.js';
import { loadDemoRisks } from './demo.risks.js';

export type DemoOptions = { size: DemoSize; seed: number; onProgress?: (done: number, total: number) => void };

/**
 * Loads a deterministic demo organisation. Today that is its org tree and people (with managers,
 * job titles and start dates), loaded through the HR import exactly as a customer's HR file would
 * be, its responsibility ledger (demo.roles.ts), its policies (demo.policies.ts) and risk register (demo.risks.ts) asset inventory (demo.assets.ts), access (demo.access.ts) and Statement of Applicability with operational tasks (demo.controls.ts), internal audit with nonconformities (demo.audits.ts) and incidents (demo.incidents.ts); each later module adds its own objects here. Re-running with the same seed adds nothing
 * twice: the import upserts by employee id.
 */
export async function loadDemoData(
  deps: Deps,
  opts: DemoOptions,
): Promise<{
  peopleCreated: number;
  orgUnitsCreated: number;
  assignments: number;
  acknowledgements: number;
  policies: number;
  policyAcknowledgements: number;
  risks: number;
  assets: number;
  entitlements: number;
  controls: number;
  operationalTasks: number;
  audits: number;
  nonconformities: number;
  incidents: number;
}> {
  const org = generateOrganisation(PEOPLE_PER_SIZE[opts.size], opts.seed);
  const who = { actor: { kind: 'system' as const, label: 'demo' }, grant: { kind: 'system' as const, label: 'demo' } };
  const summary = await runPeopleImport(
    deps.db,
    who,
    { open: () => Readable.from(hrCsvLines(org)) },
    {
      mode: 'apply',
      missingAreLeavers: false,
      source: 'demo',
      onProgress: (phase, done, total) => {
        if (phase === 'apply') opts.onProgress?.(done, total);
      },
    },
  );
  if (!summary.applied) {
    const first = summary.errors[0];
    throw new Error(`demo data did not load: line ${first?.line}, ${first?.field}: ${first?.message}`);
  }
  const roles = await assignDemoRoles(deps, org, opts.seed);
  const policies = await loadDemoPolicies(deps, opts.seed);
  const risks = await loadDemoRisks(deps, opts.size, opts.seed);
  const assets = await loadDemoAssets(deps, opts.size, opts.seed);
  const access = await loadDemoAccess(deps, opts.size, opts.seed);
  const controls = await loadDemoControls(deps, opts.seed);
  const audits = await loadDemoAudits(deps);
  const incidents = await loadDemoIncidents(deps);
  return {
    peopleCreated: summary.counts.created,
    orgUnitsCreated: summary.counts.orgUnitsCreated,
    ...roles,
    policies: policies.policies,
    policyAcknowledgements: policies.acknowledgements,
    risks: risks.risks,
    assets: assets.assets,
    entitlements: access.entitlements,
    controls: controls.controls,
    operationalTasks: controls.tasks,
    audits: audits.audits,
    nonconformities: audits.nonconformities,
    incidents: incidents.incidents,
  };
}
