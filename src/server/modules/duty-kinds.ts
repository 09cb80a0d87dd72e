import { reviewAccessDutyKind, reviewRevocationsDutyKind } from './access-reviews/access-reviews.duties.js';
import { conductAuditDutyKind, staffAuditDutyKind } from './audits/audits.duties.js';
import {
  correctiveActionDutyKind,
  handleNonconformityDutyKind,
  verifyNonconformityDutyKind,
} from './audits/audits.nonconformities.duties.js';
import { approveAccessDutyKind, provisionAccessDutyKind, revokeAccessDutyKind } from './assets/assets.duties.js';
import { performTaskDutyKind } from './controls/controls.duties.js';
import {
  assignIncidentDutyKind,
  closeIncidentDutyKind,
  respondIncidentDutyKind,
  triageIncidentDutyKind,
} from './incidents/incidents.duties.js';
import type { DutyKind } from './inbox/inbox.duties.js';
import {
  acknowledgePolicyDutyKind,
  approvePolicyDutyKind,
  ownPolicyDutyKind,
  reviewPolicyDutyKind,
} from './policies/policies.duties.js';
import {
  acceptAboveAppetiteDutyKind,
  approvePlanDutyKind,
  assessRiskDutyKind,
  renewAcceptanceDutyKind,
  riskActionDutyKind,
} from './risks/risks.duties.js';
import {
  acknowledgeDutyKind,
  handoverDutyKind,
  sodExceptionDutyKind,
} from './responsibilities/responsibilities.duties.js';

/**
 * Every kind of duty a module declares. The inbox lists them, the reminder scan reminds and
 * escalates them; a module that brings a new duty (approve a policy, accept a risk, certify an
 * entitlement) adds its kind here and nothing else changes.
 */
export const DUTY_KINDS: DutyKind[] = [
  acknowledgeDutyKind,
  handoverDutyKind,
  sodExceptionDutyKind,
  acknowledgePolicyDutyKind,
  approvePolicyDutyKind,
  reviewPolicyDutyKind,
  ownPolicyDutyKind,
  assessRiskDutyKind,
  approvePlanDutyKind,
  renewAcceptanceDutyKind,
  riskActionDutyKind,
  acceptAboveAppetiteDutyKind,
  approveAccessDutyKind,
  provisionAccessDutyKind,
  revokeAccessDutyKind,
  reviewAccessDutyKind,
  reviewRevocationsDutyKind,
  performTaskDutyKind,
  staffAuditDutyKind,
  conductAuditDutyKind,
  handleNonconformityDutyKind,
  correctiveActionDutyKind,
  verifyNonconformityDutyKind,
  triageIncidentDutyKind,
  assignIncidentDutyKind,
  respondIncidentDutyKind,
  closeIncidentDutyKind,
];
