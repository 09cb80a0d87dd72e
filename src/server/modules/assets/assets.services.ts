import type { Deps } from '../../core/deps.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { createAccessRequestService } from './assets.access.service.js';
import { createEntitlementService } from './assets.entitlements.service.js';
import { createAssetImportService } from './assets.import.service.js';
import { createAssetService } from './assets.service.js';
import { createToxicService } from './assets.toxic.service.js';

/** The module's services wired together once, for the HTTP app, the CLI and the demo. */
export function createAssetServices(deps: Deps, assignments: AssignmentService) {
  const inventory = createAssetService(deps, assignments);
  return {
    inventory,
    imports: createAssetImportService(deps, assignments),
    requests: createAccessRequestService(deps),
    entitlements: createEntitlementService(deps),
    toxic: createToxicService(deps),
  };
}

export type AssetServices = ReturnType<typeof createAssetServices>;
