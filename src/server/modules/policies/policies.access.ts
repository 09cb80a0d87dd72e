import type { Actor } from '../../core/actor.js';
import { allowedWith, holdingWith, type Action, type Grant, type HeldRole } from '../../core/authorize.js';
import type { Deps } from '../../core/deps.js';
import { AppError } from '../../core/app-error.js';
import type { PolicyRow } from './policies.repository.js';

/**
 * Who may do what with one policy, from the roles the caller holds now (read once per request):
 * the ISM for every policy, the Policy Owner for theirs, and the holders of the policy's approver
 * role for approvals. Services ask here so that `can` flags and refusals agree.
 */
export type Access = { actor: Actor; held: HeldRole[]; personId: string | null };

export async function accessOf(deps: Deps, actor: Actor): Promise<Access> {
  return {
    actor,
    held: await deps.authz.rolesOf(actor),
    personId: actor.kind === 'account' ? actor.personId : null,
  };
}

const scopeOf = (policyId: string) => ({ scope: { type: 'policy', id: policyId } });

export const grantFor = (a: Access, action: Action, policyId?: string): Grant | null =>
  allowedWith(a.actor, a.held, action, policyId ? scopeOf(policyId) : undefined);

export const may = (a: Access, action: Action, policyId?: string): boolean => grantFor(a, action, policyId) !== null;

/** The grant for an action on a policy, or `forbidden` naming what is missing. */
export function requireGrant(
  a: Access,
  action: Action,
  policy: { id: string; reference: string },
  what: string,
): Grant {
  const grant = grantFor(a, action, policy.id);
  if (!grant)
    throw new AppError(
      'forbidden',
      `You may not ${what} ${policy.reference}: that is for the Information Security Manager or the policy's owner`,
    );
  return grant;
}

/** The approver grant: the caller exercises the policy's approver role, or the refusal names the role. */
export function requireApprover(
  a: Access,
  policy: Pick<PolicyRow, 'reference' | 'kind' | 'approver_role_key'>,
  roleName: string,
): Grant {
  const grant = holdingWith(a.held, policy.approver_role_key);
  if (grant) return grant;
  const why =
    policy.kind === 'isms'
      ? `The ISMS policy is approved by ${roleName} (ISO/IEC 27001 5.1, 5.2; A.5.1)`
      : `${policy.reference} is approved by a holder of the ${roleName} role`;
  throw new AppError('forbidden', `${why}; you do not hold that role.`);
}

export const holdsApprover = (a: Access, roleKey: string): boolean => holdingWith(a.held, roleKey) !== null;
