import type { TApplicability, TImplementationStatus } from '../../../contracts/controls.js';
import type { Deps } from '../../core/deps.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { createControlService } from './controls.service.js';
import { createEvidenceService } from './controls.evidence.service.js';
import { controlsOfRisk } from './controls.repository.js';
import { applicabilityOf } from './controls.rules.js';
import { createSoaService } from './controls.soa.service.js';
import { createControlTaskService } from './controls.tasks.service.js';

/** The module's services wired together once, for the HTTP app, the CLI and the demo. */
export function createControlServices(deps: Deps, assignments: AssignmentService) {
  return {
    controls: createControlService(deps, assignments),
    soa: createSoaService(deps),
    tasks: createControlTaskService(deps),
    evidence: createEvidenceService(deps),
  };
}

export type ControlServices = ReturnType<typeof createControlServices>;

/**
 * The controls that treat a risk (linked to it, or to one of its treatment actions), for the
 * risk page; each once, in catalogue order.
 */
export async function controlsTreatingRisk(
  db: Deps['db'],
  riskId: string,
): Promise<
  { id: string; reference: string; title: string; applicability: TApplicability; status: TImplementationStatus }[]
> {
  const rows = (await controlsOfRisk(db, riskId)).sort((a, b) => a.sort_key.localeCompare(b.sort_key));
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .map((r) => ({
      id: r.id,
      reference: r.reference,
      title: r.title,
      applicability: applicabilityOf(r.applicable),
      status: r.status as TImplementationStatus,
    }));
}
