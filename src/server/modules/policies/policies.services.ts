import type { Deps } from '../../core/deps.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { createPolicyCampaignService } from './policies.campaigns.service.js';
import { createPolicyService } from './policies.service.js';
import { createPolicyVersionService } from './policies.versions.service.js';

/** The module's services wired together once, for the HTTP app, the CLI and the demo. */
export function createPolicyServices(deps: Deps, assignments: AssignmentService) {
  return {
    policies: createPolicyService(deps, assignments),
    versions: createPolicyVersionService(deps),
    campaigns: createPolicyCampaignService(deps),
  };
}

export type PolicyServices = ReturnType<typeof createPolicyServices>;
