import type { Actor } from './actor.js';
import { AppError } from './app-error.js';

/** An ISMS role currently held by a person, as the responsibility ledger reports it. */
export type HeldRole = {
  assignmentId: string;
  roleKey: string;
  scopeType: string;
  scopeId: string | null;
  kind: 'holder' | 'deputy';
  /** Action keys a custom role grants (built-in roles are named in POLICY). */
  authorities: string[];
};

/** The ledger as authorization sees it; [responsibilities] provides it (createLedgerSource). */
export type AssignmentSource = {
  currentRoles: (personId: string) => Promise<HeldRole[]>;
};

/** How an allowed action was allowed; the trail records it. */
export type Grant =
  | { kind: 'platform'; permission: 'admin' }
  | { kind: 'self' }
  | { kind: 'authenticated' }
  | { kind: 'role'; roleKey: string; assignmentId: string }
  | { kind: 'system'; label: string };

export type Action =
  | 'accounts.manage'
  | 'settings.read'
  | 'settings.manage'
  | 'trail.read'
  | 'trail.verify'
  | 'self.manage'
  | 'people.read'
  | 'people.manage'
  | 'people.export'
  | 'roles.read'
  | 'roles.manage'
  | 'assignments.read'
  | 'assignments.manage'
  | 'assignments.manage_leadership'
  | 'raci.manage'
  | 'coverage.read'
  | 'handover.confirm'
  | 'sod.read'
  | 'sod.exception.request'
  | 'sod.exception.decide'
  | 'webhooks.manage'
  | 'policies.read'
  | 'policies.manage'
  | 'policies.read_drafts'
  | 'policies.campaign.read'
  | 'policies.acknowledge'
  | 'risks.read'
  | 'risks.create'
  | 'risks.manage'
  | 'risks.feed'
  | 'assets.read'
  | 'assets.manage'
  | 'assets.edit'
  | 'access.request'
  | 'access.read_all'
  | 'entitlements.read'
  | 'entitlements.import'
  | 'toxic.manage'
  | 'access_reviews.read'
  | 'access_reviews.manage'
  | 'controls.read'
  | 'controls.manage'
  | 'controls.edit'
  | 'soa.approve'
  | 'audits.read'
  | 'audits.manage'
  | 'audits.record'
  | 'nonconformities.read'
  | 'nonconformities.raise'
  | 'nonconformities.manage'
  | 'nonconformities.act'
  | 'nonconformities.verify'
  | 'incidents.report'
  | 'incidents.read'
  | 'incidents.manage'
  | 'incidents.respond';

type Rule = {
  /** Platform admin may take it (admin takes no ISMS decisions; see DECISIONS.md). */
  admin?: boolean;
  /** ISMS roles (whole-ISMS scope) that may take it. */
  roles?: string[];
  /** Any signed-in person. */
  anyone?: boolean;
  /** Roles that allow it when held in any scope (a risk owner of one org unit reads the register). */
  anyScopeRoles?: string[];
  /** Roles that allow it when held for the object itself (resource.scope), e.g. a policy's owner. */
  scopedRoles?: string[];
  /** Only on one's own account (resource.accountId). */
  self?: boolean;
  describe: string;
};

/**
 * The declarative policy: one row per action. An Internal Auditor held for an org unit or for one
 * audit (its team, while it runs) reads what an ISMS-wide auditor reads, and changes none of it:
 * 9.2 asks auditors to see the evidence, and SOD-01 keeps them from owning what they audit.
 */
export const POLICY: Record<Action, Rule> = {
  'accounts.manage': { admin: true, describe: 'manage user accounts' },
  'settings.read': { anyone: true, describe: 'read organisation settings' },
  'settings.manage': { admin: true, describe: 'change organisation settings' },
  'trail.read': { admin: true, roles: ['isms_manager', 'internal_auditor'], describe: 'read the audit trail' },
  'trail.verify': { admin: true, roles: ['isms_manager', 'internal_auditor'], describe: 'verify the audit trail' },
  'self.manage': { self: true, describe: 'manage your own account' },
  'people.read': { anyone: true, describe: 'read the people directory and organisation' },
  'people.manage': {
    admin: true,
    roles: ['isms_manager'],
    describe: 'manage people and org units (edit, import, mark leavers)',
  },
  'people.export': {
    admin: true,
    roles: ['isms_manager', 'internal_auditor'],
    describe: 'export the people register',
  },
  'roles.read': { anyone: true, describe: 'read the role catalogue' },
  'roles.manage': { roles: ['isms_manager'], describe: 'edit the role catalogue' },
  'assignments.read': { anyone: true, describe: 'see who holds which ISMS role' },
  'assignments.manage': {
    roles: ['isms_manager'],
    describe: 'assign or end ISMS roles (other than Top Management and the ISM)',
  },
  'assignments.manage_leadership': {
    roles: ['top_management'],
    describe: 'assign or end the Top Management and ISM roles',
  },
  'raci.manage': { roles: ['isms_manager'], describe: 'edit the RACI matrix' },
  'coverage.read': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    anyScopeRoles: ['internal_auditor'],
    describe: 'read role coverage, handovers and the roles-and-responsibilities document',
  },
  'handover.confirm': { roles: ['isms_manager'], describe: "confirm a leaver's handover" },
  'sod.read': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    anyScopeRoles: ['internal_auditor'],
    describe: 'read segregation-of-duties conflicts and exceptions',
  },
  'sod.exception.request': { roles: ['isms_manager'], describe: 'request a segregation-of-duties exception' },
  'webhooks.manage': { admin: true, describe: 'manage webhooks' },
  'sod.exception.decide': {
    roles: ['top_management'],
    describe: 'approve or reject a segregation-of-duties exception',
  },
  'policies.read': { anyone: true, describe: 'read the policy register and policies in force' },
  'policies.manage': {
    roles: ['isms_manager'],
    scopedRoles: ['policy_owner'],
    describe: 'draft and manage policies (the ISM, or the policy owner for their policy)',
  },
  'policies.read_drafts': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    scopedRoles: ['policy_owner'],
    anyScopeRoles: ['internal_auditor'],
    describe: 'read policy drafts and versions under review',
  },
  'policies.campaign.read': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    scopedRoles: ['policy_owner'],
    anyScopeRoles: ['internal_auditor'],
    describe: 'see who has acknowledged a policy and export the evidence',
  },
  'policies.acknowledge': { anyone: true, describe: 'acknowledge the policies that apply to you' },
  'risks.read': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    anyScopeRoles: ['risk_owner', 'internal_auditor'],
    describe: 'read the risk register',
  },
  'risks.create': {
    roles: ['isms_manager'],
    anyScopeRoles: ['risk_owner'],
    describe: 'identify risks (the ISM, or a risk owner in their area)',
  },
  'risks.manage': {
    roles: ['isms_manager'],
    describe: 'manage the risk register and the risk method (the ISM)',
  },
  'risks.feed': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    anyScopeRoles: ['internal_auditor'],
    describe: "follow risk owners' status updates and concerns across risks",
  },
  'assets.read': { anyone: true, describe: 'read the asset inventory' },
  'assets.manage': {
    roles: ['isms_manager'],
    describe: 'add and import assets and set their owners and custodians (the ISM)',
  },
  'assets.edit': {
    roles: ['isms_manager'],
    scopedRoles: ['asset_owner'],
    describe: "edit an asset's details and classification (the ISM, or its owner)",
  },
  'access.request': { anyone: true, describe: 'request access to an asset' },
  'access.read_all': {
    roles: ['isms_manager', 'internal_auditor', 'top_management'],
    anyScopeRoles: ['internal_auditor'],
    describe: 'read every access request',
  },
  'entitlements.read': {
    roles: ['isms_manager', 'internal_auditor', 'top_management'],
    anyScopeRoles: ['asset_owner', 'sysadmin', 'internal_auditor'],
    describe: 'read accounts and entitlements on systems',
  },
  'entitlements.import': {
    roles: ['isms_manager', 'sysadmin'],
    describe: 'import accounts and entitlements from systems (the ISM or a system administrator for the ISMS)',
  },
  'toxic.manage': { roles: ['isms_manager'], describe: 'define toxic combinations of entitlements' },
  'access_reviews.read': {
    roles: ['isms_manager', 'internal_auditor', 'top_management'],
    anyScopeRoles: ['internal_auditor'],
    describe: 'read every access review campaign',
  },
  'access_reviews.manage': {
    roles: ['isms_manager'],
    describe: 'start, reassign and close access review campaigns (the ISM)',
  },
  'controls.read': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    // An auditor on an audit's team (Internal Auditor scoped to the audit) reads what they audit
    // while the audit runs; the assignment ends when the report is signed off.
    anyScopeRoles: ['control_owner', 'sysadmin', 'internal_auditor'],
    describe: 'read the controls, the Statement of Applicability, operational tasks and evidence',
  },
  'controls.manage': {
    roles: ['isms_manager'],
    describe: 'decide applicability, add custom controls, link risks and set control owners and implementers (the ISM)',
  },
  'controls.edit': {
    roles: ['isms_manager', 'control_owner'],
    scopedRoles: ['control_owner'],
    describe:
      "set a control's implementation status, schedule its tasks and manage its evidence (the ISM, or its owner)",
  },
  'soa.approve': { roles: ['isms_manager'], describe: 'approve a version of the Statement of Applicability (the ISM)' },
  'audits.read': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    anyScopeRoles: ['internal_auditor'],
    describe: 'read the audit programme, audits, their checklists and reports',
  },
  'audits.manage': {
    roles: ['isms_manager'],
    describe: 'plan the audit programme and audits and assign their auditors (the ISM)',
  },
  'audits.record': {
    scopedRoles: ['internal_auditor'],
    describe: "record results, findings and evidence of an audit and sign its report off (the audit's auditors)",
  },
  'nonconformities.read': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    anyScopeRoles: ['internal_auditor', 'nonconformity_owner', 'action_owner'],
    describe: 'read nonconformities and corrective actions',
  },
  'nonconformities.raise': {
    roles: ['isms_manager', 'top_management', 'internal_auditor'],
    anyScopeRoles: ['internal_auditor'],
    describe: 'raise a nonconformity (the ISM, Top Management or an internal auditor)',
  },
  'nonconformities.manage': {
    roles: ['isms_manager'],
    scopedRoles: ['nonconformity_owner'],
    describe:
      'record the correction and root cause of a nonconformity and plan its corrective actions (the ISM, or its owner)',
  },
  'nonconformities.act': {
    scopedRoles: ['action_owner'],
    describe: 'carry out and complete a corrective action (its owner)',
  },
  'nonconformities.verify': {
    roles: ['isms_manager', 'internal_auditor'],
    anyScopeRoles: ['internal_auditor'],
    describe: "verify the effectiveness of a nonconformity's corrective actions (an internal auditor or the ISM)",
  },
  'incidents.report': { anyone: true, describe: 'report a security event or incident' },
  'incidents.read': {
    roles: ['isms_manager', 'incident_manager', 'top_management', 'internal_auditor'],
    anyScopeRoles: ['internal_auditor'],
    scopedRoles: ['incident_handler'],
    describe: 'read the incident register and incidents (a handler reads their own)',
  },
  'incidents.manage': {
    roles: ['isms_manager', 'incident_manager'],
    describe: 'triage, assign and close incidents and set their deadlines (the ISM or an incident manager)',
  },
  'incidents.respond': {
    roles: ['isms_manager', 'incident_manager'],
    scopedRoles: ['incident_handler'],
    describe:
      "record an incident's response: timeline, phases, communications (its handler, the ISM or an incident manager)",
  },
};

/** Actions a custom role may be given; the rest stay with the built-in roles DECISIONS.md names. */
export const DELEGABLE_ACTIONS: Action[] = [
  'people.export',
  'coverage.read',
  'sod.read',
  'trail.read',
  'policies.read_drafts',
  'policies.campaign.read',
];

/** What an action is asked about: one's own account, or an object whose scoped roles count. */
export type Resource = { accountId?: string; scope?: { type: string; id: string } };

export type Authorizer = {
  authorize: (actor: Actor, action: Action, resource?: Resource) => Promise<Grant>;
  can: (actor: Actor, action: Action, resource?: Resource) => Promise<boolean>;
  /** One ledger read for many questions (the session's permission flags). */
  canEach: (actor: Actor, actions: Action[]) => Promise<boolean[]>;
  rolesOf: (actor: Actor) => Promise<HeldRole[]>;
  /**
   * The grant of a whole-ISMS role the actor exercises now (their own, else as a deputy standing
   * in), for decisions whose deciding role is data, such as a policy's approver role.
   */
  holding: (actor: Actor, roleKey: string) => Promise<Grant | null>;
};

/** A holder's own assignment is preferred over standing in as a deputy. */
const holdersFirst = (held: HeldRole[]) =>
  [...held].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'holder' ? -1 : 1));

/**
 * The grant that allows `action` given the roles the actor holds now (as `rolesOf` reads them),
 * or null. Pure: a service that asks about many objects reads the roles once and asks this.
 */
export function allowedWith(actor: Actor, held: HeldRole[], action: Action, resource?: Resource): Grant | null {
  if (actor.kind === 'system') return { kind: 'system', label: actor.label };
  const rule = POLICY[action];
  if (rule.self) return resource?.accountId === actor.accountId ? { kind: 'self' } : null;
  if (rule.anyone) return { kind: 'authenticated' };
  const scope = resource?.scope;
  const match = holdersFirst(held).find(
    (h) =>
      (h.scopeType === 'isms' && ((rule.roles?.includes(h.roleKey) ?? false) || h.authorities.includes(action))) ||
      (scope !== undefined &&
        h.scopeType === scope.type &&
        h.scopeId === scope.id &&
        (rule.scopedRoles?.includes(h.roleKey) ?? false)) ||
      (rule.anyScopeRoles?.includes(h.roleKey) ?? false),
  );
  if (match) return { kind: 'role', roleKey: match.roleKey, assignmentId: match.assignmentId };
  if (rule.admin && actor.isAdmin) return { kind: 'platform', permission: 'admin' };
  return null;
}

/** The whole-ISMS role `roleKey` the actor exercises in `held` (their own first), as a grant. */
export function holdingWith(held: HeldRole[], roleKey: string): Grant | null {
  const match = holdersFirst(held).find((h) => h.scopeType === 'isms' && h.roleKey === roleKey);
  return match ? { kind: 'role', roleKey: match.roleKey, assignmentId: match.assignmentId } : null;
}

/** Builds `authorize`: resolves the grant that allows the action or throws `forbidden`. */
export function createAuthorizer(source: AssignmentSource): Authorizer {
  async function resolve(
    actor: Actor,
    action: Action,
    resource?: Resource,
    prefetched?: HeldRole[],
  ): Promise<Grant | null> {
    if (actor.kind === 'system') return { kind: 'system', label: actor.label };
    const rule = POLICY[action];
    if (rule.self || rule.anyone) return allowedWith(actor, [], action, resource);
    return allowedWith(actor, prefetched ?? (await source.currentRoles(actor.personId)), action, resource);
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
    async canEach(actor, actions) {
      const held = actor.kind === 'account' ? await source.currentRoles(actor.personId) : [];
      return Promise.all(actions.map(async (a) => (await resolve(actor, a, undefined, held)) !== null));
    },
    rolesOf: (actor) => (actor.kind === 'account' ? source.currentRoles(actor.personId) : Promise.resolve([])),
    async holding(actor, roleKey) {
      if (actor.kind !== 'account') return null;
      return holdingWith(await source.currentRoles(actor.personId), roleKey);
    },
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
