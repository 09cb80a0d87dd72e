import { assetScopeKind } from './assets/assets.scopes.js';
import { auditScopeKind } from './audits/audits.scopes.js';
import { correctiveActionScopeKind, nonconformityScopeKind } from './audits/audits.nonconformities.scopes.js';
import { controlScopeKind } from './controls/controls.scopes.js';
import { incidentScopeKind } from './incidents/incidents.scopes.js';
import { policyScopeKind } from './policies/policies.scopes.js';
import { orgUnitScopeKind, type ScopeKind } from './responsibilities/responsibilities.scopes.js';
import { riskScopeKind } from './risks/risks.scopes.js';

/**
 * Every kind of object an ISMS role can be scoped to, and which of them must have an owner.
 * A module that adds an ownable kind (assets, risks, controls, policies) lists it here; the
 * ledger, coverage and handover then handle it without changes to [responsibilities].
 */
export const SCOPE_KINDS: ScopeKind[] = [
  orgUnitScopeKind,
  policyScopeKind,
  riskScopeKind,
  assetScopeKind,
  controlScopeKind,
  auditScopeKind,
  nonconformityScopeKind,
  correctiveActionScopeKind,
  incidentScopeKind,
];
