import type { Db } from '../../db/database.js';
import { currentHoldersOfRole } from '../responsibilities/responsibilities.ledger.js';
import type { RiskFilter } from './risks.repository.js';
import * as repo from './risks.repository.js';
import { type OwnerFacts, unitsOwnedBy, unitsWithoutOwner } from './risks.rules.js';

export const RISK_OWNER = 'risk_owner';

/**
 * Who owns what, read from the ledger once: Risk Owner holders for single risks, for org units
 * (inherited down the tree) and for the whole ISMS.
 */
export async function loadOwnerFacts(db: Db, at: string): Promise<OwnerFacts & { unitIds: string[] }> {
  const [holders, units] = await Promise.all([currentHoldersOfRole(db, RISK_OWNER, at), repo.orgUnits(db)]);
  const direct = new Map<string, { personId: string; assignmentId: string }>();
  const byUnit = new Map<string, { personId: string; assignmentId: string }>();
  let isms: { personId: string; assignmentId: string } | null = null;
  for (const h of holders) {
    const holding = { personId: h.person_id, assignmentId: h.id };
    if (h.scope_type === 'risk' && h.scope_id) direct.set(h.scope_id, holding);
    else if (h.scope_type === 'org_unit' && h.scope_id) byUnit.set(h.scope_id, holding);
    else if (h.scope_type === 'isms') isms = holding;
  }
  return {
    direct,
    units: byUnit,
    isms,
    parentOf: new Map(units.map((u) => [u.id, u.parent_id])),
    unitIds: units.map((u) => u.id),
  };
}

/** The register filter "owned by this person": their own risks, their units' and, for the whole-ISMS owner, the rest. */
export function ownerFilter(personId: string, f: OwnerFacts & { unitIds: string[] }): NonNullable<RiskFilter['owner']> {
  return {
    personId,
    units: unitsOwnedBy(personId, f, f.unitIds),
    unownedUnits: f.isms?.personId === personId ? unitsWithoutOwner(f, f.unitIds) : null,
  };
}

/** A unit and every unit below it (cycle-safe). */
export function subtree(root: string, parentOf: Map<string, string | null>): string[] {
  const children = new Map<string, string[]>();
  for (const [id, parent] of parentOf) {
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), id]);
  }
  const out = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...out];
}
