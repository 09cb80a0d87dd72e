import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { allowedWith, holdingWith, type Action, type Grant, type HeldRole } from '../../core/authorize.js';
import type { Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import * as repo from './risks.repository.js';
import { actingAsOwner, type Owner } from './risks.rules.js';

/**
 * Who may do what with one risk (DECISIONS.md): the ISM manages the register; the risk's owner
 * (the holder of Risk Owner for the risk, its org unit up the tree, or the whole ISMS — or their
 * deputy standing in) assesses, plans, approves the plan and accepts within appetite; Top
 * Management accepts above it. Roles are read once per request.
 */
export type RiskAccess = { actor: Actor; held: HeldRole[]; personId: string | null };

export async function riskAccessOf(deps: Deps, actor: Actor): Promise<RiskAccess> {
  return { actor, held: await deps.authz.rolesOf(actor), personId: actor.kind === 'account' ? actor.personId : null };
}

export const grant = (a: RiskAccess, action: Action): Grant | null => allowedWith(a.actor, a.held, action);
export const may = (a: RiskAccess, action: Action): boolean => grant(a, action) !== null;

/** The owner's grant when the caller acts as the risk's owner (system actors act as anyone). */
export function ownerGrant(a: RiskAccess, owner: Owner | null): Grant | null {
  if (a.actor.kind === 'system') return { kind: 'system', label: a.actor.label };
  const acting = actingAsOwner(a.held, owner);
  return acting ? { kind: 'role', roleKey: 'risk_owner', assignmentId: acting.assignmentId } : null;
}

/** The grant to change a risk: its owner's, else the ISM's; `forbidden` naming who may. */
export function requireOwnerOrIsm(a: RiskAccess, owner: Owner | null, reference: string, what: string): Grant {
  const g = ownerGrant(a, owner) ?? grant(a, 'risks.manage');
  if (!g)
    throw new AppError('forbidden', `Only the risk owner or the Information Security Manager may ${what} ${reference}`);
  return g;
}

export const topManagement = (a: RiskAccess): Grant | null => holdingWith(a.held, 'top_management');

/** Reading one risk: the register's readers, its owner, and whoever owns one of its actions. */
export async function requireRead(db: Db, a: RiskAccess, riskId: string, owner: Owner | null): Promise<void> {
  if (may(a, 'risks.read') || ownerGrant(a, owner)) return;
  if (a.personId && (await repo.ownsActionOn(db, riskId, a.personId))) return;
  throw new AppError('forbidden', 'You may not read this risk');
}
