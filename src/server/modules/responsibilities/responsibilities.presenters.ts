import type { TAssignment, TRole } from '../../../contracts/responsibilities.js';
import { POLICY, type Action } from '../../core/authorize.js';
import { fromJson } from '../../db/json.js';
import type { RoleRow } from '../../db/schema.js';
import type { AssignmentView } from './responsibilities.ledger.repository.js';
import { ackStatus, stateAt } from './responsibilities.rules.js';

/** What the caller may do with an assignment; the UI hides the rest. */
export type AssignmentAbilities = {
  personId: string | null;
  /** Role keys whose assignments the caller may assign and end. */
  mayManage: (roleKey: string) => boolean;
};

type ScopeLabel = (s: { scope_type: string; scope_id: string | null }) => string;

export function presentAssignment(
  row: AssignmentView,
  at: string,
  label: ScopeLabel,
  who: AssignmentAbilities,
): TAssignment {
  const state = stateAt(row, at);
  const ack = ackStatus(row, row.text_version);
  const own = who.personId === row.person_id;
  const manage = who.mayManage(row.role_key) && !own;
  return {
    id: row.id,
    person: { id: row.person_id, fullName: row.person_name, email: row.person_email, status: row.person_status },
    roleKey: row.role_key,
    roleName: row.role_name,
    scope: { type: row.scope_type, id: row.scope_id, label: label(row) },
    kind: row.kind,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    state,
    standInFrom: row.stand_in_from,
    standInUntil: row.stand_in_until,
    acknowledgement: ack,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedVersion: row.acknowledged_version,
    assignedBy:
      row.assigned_by && row.assigned_by_name ? { id: row.assigned_by, fullName: row.assigned_by_name } : null,
    reason: row.reason,
    endedBy: row.ended_by && row.ended_by_name ? { id: row.ended_by, fullName: row.ended_by_name } : null,
    endReason: row.end_reason,
    version: row.version,
    can: {
      end: manage && state !== 'ended' && row.valid_to === null && row.role_key !== 'employee',
      acknowledge: own && state !== 'ended' && ack !== 'acknowledged',
      setStandIn: row.kind === 'holder' && state !== 'ended' && (own || manage),
    },
  };
}

/** The enforced rights of a role: POLICY rows naming it (built-in) or its delegated grants (custom). */
export function roleGrants(row: Pick<RoleRow, 'key' | 'grants'>): { action: string; describe: string }[] {
  const fromPolicy = (Object.entries(POLICY) as [Action, (typeof POLICY)[Action]][])
    .filter(([, rule]) => rule.roles?.includes(row.key))
    .map(([action, rule]) => ({ action, describe: rule.describe }));
  const delegated = fromJson<string[]>(row.grants, [])
    .filter((a): a is Action => a in POLICY)
    .map((action) => ({ action, describe: POLICY[action].describe }));
  const seen = new Set<string>();
  return [...fromPolicy, ...delegated].filter((g) => (seen.has(g.action) ? false : (seen.add(g.action), true)));
}

export function presentRole(row: RoleRow, counts: { holders: number; deputies: number }): TRole {
  return {
    key: row.key,
    name: row.name,
    summary: row.summary,
    responsibilities: fromJson<{ id: string; text: string }[]>(row.responsibilities, []),
    decisions: fromJson<string[]>(row.authorities, []),
    grants: roleGrants(row),
    scopeTypes: fromJson<string[]>(row.scope_types, []),
    exclusive: row.exclusive === 1,
    builtin: row.builtin === 1,
    textVersion: row.text_version,
    retiredAt: row.retired_at,
    holders: counts.holders,
    deputies: counts.deputies,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
