import { AppError } from '../../core/app-error.js';
import type { Db } from '../../db/database.js';
import { EMPLOYEE_ROLE } from '../responsibilities/data/role-catalogue.js';
import { personIdsHoldingAny, roleKeysHeldBy } from '../responsibilities/responsibilities.ledger.js';
import * as acks from './policies.acks.repository.js';
import type { ResolvedAudience } from './policies.acks.repository.js';
import * as repo from './policies.repository.js';
import { describeAudience, expandUnits, inAudience, unitLine, type Audience } from './policies.rules.js';

/** A policy's audience as stored: everyone, or org units and roles. */
export function audienceFrom(
  policy: { id: string; audience_everyone: number },
  rows: { policy_id: string; kind: string; ref: string }[],
): Audience {
  const mine = rows.filter((r) => r.policy_id === policy.id);
  return {
    everyone: policy.audience_everyone === 1,
    orgUnitIds: mine.filter((r) => r.kind === 'org_unit').map((r) => r.ref),
    roleKeys: mine.filter((r) => r.kind === 'role').map((r) => r.ref),
  };
}

export async function loadAudience(db: Db, policy: { id: string; audience_everyone: number }): Promise<Audience> {
  return audienceFrom(policy, await repo.audienceOf(db, [policy.id]));
}

/** Everyone holds Employee, so an audience of Employee holders is everyone. */
const coversEveryone = (a: Audience) => a.everyone || a.roleKeys.includes(EMPLOYEE_ROLE);

/** Resolves an audience for SQL: units expanded down the tree, role holders at `at` listed. */
export async function resolveAudience(db: Db, a: Audience, at: string): Promise<ResolvedAudience> {
  if (coversEveryone(a)) return { everyone: true, unitIds: [], personIds: [] };
  const [units, personIds] = await Promise.all([
    a.orgUnitIds.length > 0 ? repo.orgUnits(db) : Promise.resolve([]),
    personIdsHoldingAny(db, a.roleKeys, at),
  ]);
  return { everyone: false, unitIds: expandUnits(a.orgUnitIds, units), personIds };
}

export type AudienceView = {
  everyone: boolean;
  orgUnits: { id: string; name: string }[];
  roles: { key: string; name: string }[];
  description: string;
};

export async function presentAudience(db: Db, a: Audience): Promise<AudienceView> {
  const [units, roles] = await Promise.all([
    a.orgUnitIds.length > 0 ? repo.orgUnits(db) : Promise.resolve([]),
    repo.roleNames(db, a.roleKeys),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const roleName = new Map(roles.map((r) => [r.key, r.name]));
  const orgUnits = a.orgUnitIds.map((id) => ({ id, name: unitName.get(id) ?? 'Deleted unit' }));
  const roleList = a.roleKeys.map((key) => ({ key, name: roleName.get(key) ?? key }));
  return {
    everyone: a.everyone,
    orgUnits,
    roles: roleList,
    description: describeAudience({
      everyone: a.everyone,
      orgUnits: orgUnits.map((u) => u.name),
      roles: roleList.map((r) => r.name),
    }),
  };
}

/** Checks an audience a user sends: existing units and roles, and someone in it. */
export async function checkAudience(
  db: Db,
  input: { everyone: boolean; orgUnitIds: string[]; roleKeys: string[] },
): Promise<Audience> {
  const orgUnitIds = [...new Set(input.orgUnitIds)];
  const roleKeys = [...new Set(input.roleKeys)];
  const errors: { field: string; message: string }[] = [];
  if (!input.everyone && orgUnitIds.length === 0 && roleKeys.length === 0)
    errors.push({ field: 'audience', message: 'Choose everyone, or at least one org unit or role' });
  if (orgUnitIds.length > 0) {
    const known = new Set((await repo.orgUnits(db)).map((u) => u.id));
    const missing = orgUnitIds.filter((id) => !known.has(id));
    if (missing.length > 0) errors.push({ field: 'audience.orgUnitIds', message: `No org unit ${missing.join(', ')}` });
  }
  if (roleKeys.length > 0) {
    const roles = await repo.roleNames(db, roleKeys);
    const known = new Set(roles.filter((r) => r.retired_at === null).map((r) => r.key));
    const missing = roleKeys.filter((k) => !known.has(k));
    if (missing.length > 0)
      errors.push({ field: 'audience.roleKeys', message: `No current role ${missing.join(', ')}` });
  }
  if (errors.length > 0) throw new AppError('validation_failed', 'The audience is not valid', { errors });
  return input.everyone ? { everyone: true, orgUnitIds: [], roleKeys: [] } : { everyone: false, orgUnitIds, roleKeys };
}

/** What decides whether one person is in an audience now; null when they are not an active, started person. */
export type PersonAudienceFacts = { unitLine: string[]; roleKeys: string[]; startDate: string | null };

export async function personAudienceFacts(db: Db, personId: string, at: string): Promise<PersonAudienceFacts | null> {
  const person = await acks.personFacts(db, personId);
  const today = at.slice(0, 10);
  if (
    !person ||
    person.status !== 'active' ||
    (person.start_date !== null && person.start_date > today) ||
    (person.leave_date !== null && person.leave_date <= today)
  )
    return null;
  const [units, roleKeys] = await Promise.all([repo.orgUnits(db), roleKeysHeldBy(db, personId, at)]);
  const parentOf = new Map(units.map((u) => [u.id, u.parent_id]));
  return { unitLine: unitLine(person.org_unit_id, parentOf), roleKeys, startDate: person.start_date };
}

export const personInAudience = (a: Audience, facts: PersonAudienceFacts | null): boolean =>
  facts !== null && (coversEveryone(a) || inAudience(a, facts));
