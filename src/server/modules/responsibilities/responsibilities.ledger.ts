import { v7 as uuidv7 } from 'uuid';
import type { AssignmentSource } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { EMPLOYEE_ROLE } from './data/role-catalogue.js';
import * as repo from './responsibilities.ledger.repository.js';
import * as scopes from './responsibilities.scopes.repository.js';

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

/** Ids of the objects of one kind that have a current holder of the role (owned policies, assets...). */
export function heldScopeIds(db: Db, roleKey: string, scopeType: string, at: string): Promise<string[]> {
  return scopes.heldScopeIds(db, roleKey, scopeType, at);
}

/** Current holders of a role scoped to given objects: scope id → person id. */
export async function holdersOfScopes(
  db: Db,
  roleKey: string,
  scopeType: string,
  scopeIds: string[],
  at: string,
): Promise<Map<string, string>> {
  if (scopeIds.length === 0) return new Map();
  const rows = await repo.holdersOfScopes(db, roleKey, scopeType, scopeIds, at);
  return new Map(rows.map((r) => [r.scope_id, r.person_id]));
}

/** People holding any of the roles now, in any scope (a policy's audience "holders of these roles"). */
export async function personIdsHoldingAny(db: Db, roleKeys: string[], at: string): Promise<string[]> {
  if (roleKeys.length === 0) return [];
  return repo.personIdsHoldingAny(db, roleKeys, at);
}

/** Every role a person holds at `at` (any scope, holder or deputy): audiences "holders of role X". */
export async function roleKeysHeldBy(db: Db, personId: string, at: string): Promise<string[]> {
  return repo.roleKeysHeldBy(db, personId, at);
}

/** Current whole-ISMS holders of a role with their assignment ids (whom a role duty falls to). */
export function currentIsmsHolderAssignments(
  db: Db,
  roleKey: string,
  at: string,
): Promise<{ id: string; person_id: string }[]> {
  return repo.currentHolders(db, roleKey, at);
}

/** Every current holder of a role in any scope: who owns what (risk owners by risk, unit and ISMS). */
export function currentHoldersOfRole(
  db: Db,
  roleKey: string,
  at: string,
): Promise<{ id: string; person_id: string; scope_type: string; scope_id: string | null }[]> {
  return repo.currentHoldersOfRole(db, roleKey, at);
}

/** People who hold a whole-ISMS role at `at` (the ISM, Top Management): who is told, reminded or escalated to. */
export async function currentIsmsHolders(db: Db, roleKey: string, at: string): Promise<string[]> {
  return [...new Set((await repo.currentHolders(db, roleKey, at)).map((h) => h.person_id))];
}

/**
 * Current holders of a role for one scope, as rows `AssignmentService.close` takes: a module that
 * replaces a non-exclusive holder (an asset's System Administrator) closes them in its own transaction.
 */
export async function currentScopeHolders(
  db: Db,
  roleKey: string,
  scopeType: string,
  scopeId: string,
  at: string,
): Promise<repo.AssignmentView[]> {
  return (await repo.openRowsForScope(db, roleKey, scopeKeyOf(scopeType, scopeId), at)).filter(
    (r) => r.kind === 'holder' && r.valid_from <= at,
  );
}

/** A person's assignments in force at `at` (holder or deputy), with role names: what they answer for. */
export async function assignmentsInForce(
  db: Db,
  personId: string,
  at: string,
): Promise<
  { id: string; role_key: string; role_name: string; scope_type: string; scope_id: string | null; kind: string }[]
> {
  return (await repo.currentAndUpcomingOf(db, personId, at)).filter((r) => r.valid_from <= at);
}

/** Every assignment ever made of a role for one scope, ended ones included, oldest first. */
export async function scopeHistory(
  db: Db,
  roleKey: string,
  scopeType: string,
  scopeId: string,
): Promise<repo.AssignmentView[]> {
  return repo.scopeHistory(db, roleKey, scopeKeyOf(scopeType, scopeId));
}
