import { v7 as uuidv7 } from 'uuid';
import type { AssignmentSource } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { EMPLOYEE_ROLE } from './data/role-catalogue.js';
import * as repo from './responsibilities.ledger.repository.js';

/** The ledger as authorization reads it: what a person may exercise right now. */
export function createLedgerSource(db: Db): AssignmentSource {
  return { currentRoles: (personId) => repo.currentRolesOf(db, personId, nowIso()) };
}

/** scope_key: one comparable value per scope ("isms:*", "org_unit:<id>"). */
export const scopeKeyOf = (scopeType: string, scopeId: string | null): string => `${scopeType}:${scopeId ?? '*'}`;

/**
 * Gives a new person the Employee role for the whole ISMS from their start. Called inside the
 * transaction that creates the person; that transaction's trail event records it.
 */
export async function assignEmployeeRole(
  trx: Db,
  input: { personId: string; validFrom?: string; assignedBy?: string | null },
): Promise<string> {
  const now = nowIso();
  const id = uuidv7();
  await repo.insertAssignment(trx, {
    id,
    person_id: input.personId,
    role_key: EMPLOYEE_ROLE,
    scope_type: 'isms',
    scope_id: null,
    scope_key: scopeKeyOf('isms', null),
    kind: 'holder',
    exclusive: 0,
    valid_from: input.validFrom ?? now,
    valid_to: null,
    stand_in_from: null,
    stand_in_until: null,
    acknowledged_at: null,
    acknowledged_version: null,
    assigned_by: input.assignedBy ?? null,
    reason: 'Every person in the organisation holds the Employee role',
    ended_by: null,
    end_reason: null,
    created_at: now,
    updated_at: now,
    version: 1,
  });
  return id;
}

/** People who hold a whole-ISMS role at `at` (the ISM, Top Management): who is told, reminded or escalated to. */
export async function currentIsmsHolders(db: Db, roleKey: string, at: string): Promise<string[]> {
  return [...new Set((await repo.currentHolders(db, roleKey, at)).map((h) => h.person_id))];
}
