import type { Deps } from '../../core/deps.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { createControlService } from './controls.service.js';
import { createEvidenceService } from './controls.evidence.service.js';
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
