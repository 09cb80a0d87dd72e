import type { Deps } from '../../core/deps.js';
import { SCOPE_KINDS } from '../scope-kinds.js';
import { createAssignmentService } from './responsibilities.assignments.service.js';
import { createCoverageService } from './responsibilities.coverage.service.js';
import { createDocumentsService } from './responsibilities.documents.service.js';
import { createHandoverService } from './responsibilities.handover.service.js';
import { createRaciService } from './responsibilities.raci.service.js';
import { createRoleService } from './responsibilities.roles.service.js';
import { createScopeRegistry } from './responsibilities.scopes.js';
import { createSodService } from './responsibilities.sod.service.js';

/** The module's services wired together once, for the HTTP app and the CLI alike. */
export function createResponsibilityServices(deps: Deps) {
  const scopes = createScopeRegistry(SCOPE_KINDS);
  const assignments = createAssignmentService(deps, scopes);
  return {
    scopes,
    roles: createRoleService(deps, scopes),
    assignments,
    coverage: createCoverageService(deps, scopes),
    handovers: createHandoverService(deps, scopes, assignments),
    raci: createRaciService(deps),
    sod: createSodService(deps),
    documents: createDocumentsService(deps, scopes),
  };
}
