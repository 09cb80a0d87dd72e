import type { TSodConflict, TSodException } from '../../../contracts/sod.js';
import type { ExceptionWithNames, StandingRow } from './responsibilities.sod.repository.js';
import {
  exceptionInForce,
  exceptionState,
  sodRule,
  type SodRuleId,
  type StandingConflict,
} from './responsibilities.sod.rules.js';

/** Requests and decisions by the system (CLI) store `system:<label>` instead of a person id. */
const personRef = (id: string, name: string | null) => ({
  id,
  fullName: name ?? (id.startsWith('system:') ? 'Remit' : id),
});

export function presentException(row: ExceptionWithNames, now: string, can: TSodException['can']): TSodException {
  return {
    id: row.id,
    reference: row.reference,
    ruleId: row.rule_id as SodRuleId,
    ruleName: sodRule(row.rule_id as SodRuleId).name,
    person: { id: row.person_id, fullName: row.person_name, email: row.person_email, status: row.person_status },
    justification: row.justification,
    compensatingControl: row.compensating_control,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: exceptionState(row, now),
    inForce: exceptionInForce(row, now),
    requestedBy: personRef(row.requested_by, row.requested_by_name),
    requestedAt: row.requested_at,
    decidedBy: row.decided_by === null ? null : personRef(row.decided_by, row.decided_by_name),
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    version: row.version,
    can,
  };
}

export function presentConflict(
  c: StandingConflict<StandingRow>,
  scopeLabel: (s: { scope_type: string; scope_id: string | null }) => string,
  exception: { id: string; reference: string; valid_to: string } | undefined,
): TSodConflict {
  const side = (a: StandingRow) => ({
    assignmentId: a.id,
    roleKey: a.role_key,
    roleName: a.role_name,
    scope: { type: a.scope_type, id: a.scope_id, label: scopeLabel(a) },
    kind: a.kind,
    validFrom: a.valid_from,
    validTo: a.valid_to,
  });
  return {
    ruleId: c.rule,
    ruleName: sodRule(c.rule).name,
    person: { id: c.personId, fullName: c.left.full_name, email: c.left.email, status: c.left.status },
    first: side(c.left),
    second: side(c.right),
    since: c.since,
    status: exception ? 'excepted' : 'open',
    exception: exception ? { id: exception.id, reference: exception.reference, validTo: exception.valid_to } : null,
  };
}
