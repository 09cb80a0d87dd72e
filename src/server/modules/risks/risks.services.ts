import type { Deps } from '../../core/deps.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { createRiskDecisionService } from './risks.decisions.service.js';
import { createRiskImportService } from './risks.import.service.js';
import { createRiskReportService } from './risks.reports.service.js';
import { createRiskService } from './risks.service.js';

/** The module's services wired together once, for the HTTP app, the CLI and the demo. */
export function createRiskServices(deps: Deps, assignments: AssignmentService) {
  const risks = createRiskService(deps, assignments);
  return {
    risks,
    decisions: createRiskDecisionService(deps, risks),
    reports: createRiskReportService(deps, risks),
    imports: createRiskImportService(deps, assignments),
  };
}

export type RiskServices = ReturnType<typeof createRiskServices>;
