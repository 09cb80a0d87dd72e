import type { Actor } from './actor.js';
import { AppError } from './app-error.js';

/** An ISMS role currently held by a person, as the responsibility ledger reports it. */
export type HeldRole = {
  assignmentId: string;
  roleKey: string;
  scopeType: string;
  scopeId: string | null;
};

/**
 * The ledger as authorization sees it. The [responsibilities] module provides the real source;
 * until a person holds roles there, only platform permissions and self-service apply.
 */
export type AssignmentSource = {
  currentRoles: (personId: string) => Promise<HeldRole[]>;
};

export const emptyAssignmentSource: AssignmentSource = { currentRoles: () => Promise.resolve([]) };

/** How an allowed action was allowed; the trail records it. */
export type Grant =
  | { kind: 'platform'; permission: 'admin' }
  | { kind: 'self' }
  | { kind: 'authenticated' }
  | { kind: 'role'; roleKey: string; assignmentId: string }
  | { kind: 'system'; label: string };

export type Action =
  'accounts.manage' | 'settings.read' | 'settings.manage' | 'trail.read' | 'trail.verify' | 'self.manage';

type Rule = {
  /** Platform admin may take it (admin takes no ISMS decisions; see DECISIONS.md). */
  admin?: boolean;
  /** ISMS roles (whole-ISMS scope) that may take it. */
  roles?: string[];
  /** Any signed-in person. */
  anyone?: boolean;
  /** Only on one's own account (resource.accountId). */
  self?: boolean;
  describe: string;
};

/** The declarative policy: one row per action. */
export const POLICY: Record<Action, Rule> = {
  'accounts.manage': { admin: true, describe: 'manage user accounts' },
  'settings.read': { anyone: true, describe: 'read organisation settings' },
  'settings.manage': { admin: true, describe: 'change organisation settings' },
  'trail.read': { admin: true, roles: ['isms_manager', 'internal_auditor'], describe: 'read the audit trail' },
  'trail.verify': { admin: true, roles: ['isms_manager', 'internal_auditor'], describe: 'verify the audit trail' },
  'self.manage': { self: true, describe: 'manage your own account' },
};

export type Resource = { accountId?: string };

export type Authorizer = {
  authorize: (actor: Actor, action: Action, resource?: Resource) => Promise<Grant>;
  can: (actor: Actor, action: Action, resource?: Resource) => Promise<boolean>;
  rolesOf: (actor: Actor) => Promise<HeldRole[]>;
};

/** Builds `authorize`: resolves the grant that allows the action or throws `forbidden`. */
export function createAuthorizer(source: AssignmentSource): Authorizer {
  async function resolve(actor: Actor, action: Action, resource?: Resource): Promise<Grant | null> {
    if (actor.kind === 'system') return { kind: 'system', label: actor.label };
    const rule = POLICY[action];
    if (rule.self) return resource?.accountId === actor.accountId ? { kind: 'self' } : null;
    if (rule.anyone) return { kind: 'authenticated' };
    if (rule.roles) {
      const held = await source.currentRoles(actor.personId);
      const match = held.find((h) => rule.roles?.includes(h.roleKey) && h.scopeType === 'isms');
      if (match) return { kind: 'role', roleKey: match.roleKey, assignmentId: match.assignmentId };
    }
    if (rule.admin && actor.isAdmin) return { kind: 'platform', permission: 'admin' };
    return null;
  }
  return {
    async authorize(actor, action, resource) {
      const grant = await resolve(actor, action, resource);
      if (!grant) throw new AppError('forbidden', `You may not ${POLICY[action].describe}`);
      return grant;
    },
    async can(actor, action, resource) {
      return (await resolve(actor, action, resource)) !== null;
    },
    rolesOf: (actor) => (actor.kind === 'account' ? source.currentRoles(actor.personId) : Promise.resolve([])),
  };
}

/** How the trail names a grant. */
export function grantLabel(grant: Grant): { authorizedAs: string; authorizedBy: string | null } {
  switch (grant.kind) {
    case 'platform':
      return { authorizedAs: 'platform:admin', authorizedBy: null };
    case 'self':
      return { authorizedAs: 'self', authorizedBy: null };
    case 'authenticated':
      return { authorizedAs: 'authenticated', authorizedBy: null };
    case 'role':
      return { authorizedAs: `role:${grant.roleKey}`, authorizedBy: grant.assignmentId };
    case 'system':
      return { authorizedAs: `system:${grant.label}`, authorizedBy: null };
  }
}
