import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

/** A date (YYYY-MM-DD, read as the end of that day UTC) or a date-time: "as of" this moment. */
export const ZAsOf = z
  .union([z.iso.date(), ZIsoDateTime])
  .describe('Answer as of this date (end of that day, UTC) or date-time; default now');

export const ZRoleKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Use 2–40 lowercase letters, digits and underscores, starting with a letter');

export const ZScopeType = z
  .string()
  .regex(/^[a-z][a-z_]{1,29}$/, 'Not a scope type')
  .describe('isms (whole ISMS), org_unit, or an object kind such as asset, risk, control, policy, process');

export const ZScope = z
  .object({ type: z.string(), id: z.string().nullable(), label: z.string() })
  .meta({ id: 'Scope' });
export type TScope = z.infer<typeof ZScope>;

export const ZPersonSummary = z
  .object({ id: z.string(), fullName: z.string(), email: z.string(), status: z.enum(['active', 'leaver']) })
  .meta({ id: 'PersonSummary' });
export type TPersonSummary = z.infer<typeof ZPersonSummary>;

export const ZRoleGrant = z.object({ action: z.string(), describe: z.string() }).meta({ id: 'RoleGrant' });

export const ZRole = z
  .object({
    key: z.string(),
    name: z.string(),
    summary: z.string(),
    responsibilities: z.array(z.object({ id: z.string(), text: z.string() })),
    decisions: z.array(z.string()).describe('The decisions the role takes, as its job description states them'),
    grants: z.array(ZRoleGrant).describe('What the role lets its holders do in Remit (enforced)'),
    scopeTypes: z.array(z.string()),
    exclusive: z.boolean().describe('At most one holder per scope at any time'),
    builtin: z.boolean(),
    textVersion: z.number().int().describe('Bumped when the text changes; holders acknowledge each version'),
    retiredAt: ZIsoDateTime.nullable(),
    holders: z.number().int().describe('Current holders, all scopes'),
    deputies: z.number().int(),
    updatedAt: ZIsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'Role' });
export type TRole = z.infer<typeof ZRole>;

export const ZRoleList = z
  .object({
    items: z.array(ZRole),
    delegable: z
      .array(ZRoleGrant)
      .describe('Rights a custom role may be given (the rest stay with the built-in roles)'),
    scopeKinds: z
      .array(z.object({ type: z.string(), label: z.string() }))
      .describe('The scopes assignments can be made for in this installation (whole ISMS first)'),
  })
  .meta({ id: 'RoleList' });
export type TRoleList = z.infer<typeof ZRoleList>;

const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZCreateRoleRequest = z.strictObject({
  key: ZRoleKey,
  name: ZText(120),
  summary: ZText(2000),
  responsibilities: z.array(ZText(500)).min(1).max(40),
  decisions: z.array(ZText(500)).max(40).default([]),
  scopeTypes: z.array(ZScopeType).min(1).max(10),
  exclusive: z.boolean().default(false),
  grants: z.array(z.string().max(60)).max(20).default([]).describe('Delegable actions the role grants'),
});
export type TCreateRoleRequest = z.infer<typeof ZCreateRoleRequest>;

export const ZUpdateRoleRequest = z.strictObject({
  version: z.number().int(),
  name: ZText(120).optional(),
  summary: ZText(2000).optional(),
  responsibilities: z.array(ZText(500)).min(1).max(40).optional(),
  decisions: z.array(ZText(500)).max(40).optional(),
  scopeTypes: z.array(ZScopeType).min(1).max(10).optional(),
  exclusive: z.boolean().optional(),
  grants: z.array(z.string().max(60)).max(20).optional(),
  retired: z.boolean().optional(),
});
export type TUpdateRoleRequest = z.infer<typeof ZUpdateRoleRequest>;

export const ZAckStatus = z
  .enum(['acknowledged', 'outdated', 'pending'])
  .describe('outdated: acknowledged an earlier text of the role');

export const ZAssignment = z
  .object({
    id: z.string(),
    person: ZPersonSummary,
    roleKey: z.string(),
    roleName: z.string(),
    scope: ZScope,
    kind: z.enum(['holder', 'deputy']),
    validFrom: ZIsoDateTime,
    validTo: ZIsoDateTime.nullable(),
    state: z.enum(['current', 'upcoming', 'ended']).describe('Relative to the as-of time of the request'),
    standInFrom: ZIsoDateTime.nullable().describe("On a holder's assignment: deputies stand in from"),
    standInUntil: ZIsoDateTime.nullable(),
    acknowledgement: ZAckStatus,
    acknowledgedAt: ZIsoDateTime.nullable(),
    acknowledgedVersion: z.number().int().nullable(),
    assignedBy: z.object({ id: z.string(), fullName: z.string() }).nullable(),
    reason: z.string(),
    endedBy: z.object({ id: z.string(), fullName: z.string() }).nullable(),
    endReason: z.string().nullable(),
    version: z.number().int(),
    can: z.object({ end: z.boolean(), acknowledge: z.boolean(), setStandIn: z.boolean() }),
  })
  .meta({ id: 'Assignment' });
export type TAssignment = z.infer<typeof ZAssignment>;

export const ZAssignmentPage = ZPage(ZAssignment).meta({ id: 'AssignmentPage' });

export const ZAssignmentListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  personId: z.uuid().optional(),
  roleKey: z.string().max(40).optional(),
  scopeType: z.string().max(30).optional(),
  scopeId: z.string().max(64).optional(),
  kind: z.enum(['holder', 'deputy']).optional(),
  asOf: ZAsOf.optional(),
  history: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: also ended and upcoming assignments, newest first'),
});
export type TAssignmentListQuery = z.infer<typeof ZAssignmentListQuery>;

export const ZAssignRequest = z.strictObject({
  personId: z.uuid(),
  roleKey: ZRoleKey,
  scopeType: ZScopeType.default('isms'),
  scopeId: z.string().max(64).nullable().default(null),
  kind: z.enum(['holder', 'deputy']).default('holder'),
  validFrom: ZIsoDateTime.optional().describe('Default now'),
  reason: ZText(1000),
  replaceCurrent: z
    .boolean()
    .default(false)
    .describe('For one-holder roles: end the current holder when this assignment starts'),
});
export type TAssignRequest = z.infer<typeof ZAssignRequest>;

export const ZEndAssignmentRequest = z.strictObject({
  version: z.number().int(),
  reason: ZText(1000),
  validTo: ZIsoDateTime.optional().describe('Default now; may be in the future'),
});
export type TEndAssignmentRequest = z.infer<typeof ZEndAssignmentRequest>;

export const ZStandInRequest = z.strictObject({
  version: z.number().int(),
  from: ZIsoDateTime.nullable(),
  until: ZIsoDateTime.nullable(),
});
export type TStandInRequest = z.infer<typeof ZStandInRequest>;

export const ZAcknowledgeRequest = z.strictObject({
  textVersion: z.number().int().describe('The role text version the person read'),
});

export const ZMyResponsibility = z.object({ assignment: ZAssignment, role: ZRole }).meta({ id: 'MyResponsibility' });
export const ZMyResponsibilities = z
  .object({
    current: z.array(ZMyResponsibility),
    upcoming: z.array(ZMyResponsibility),
    pendingAcknowledgements: z.number().int(),
  })
  .meta({ id: 'MyResponsibilities' });
export type TMyResponsibilities = z.infer<typeof ZMyResponsibilities>;

export const ZCoverageCheck = z.enum([
  'vacant_roles',
  'roles_without_deputy',
  'unacknowledged',
  'leavers_holding',
  'overloaded',
  'unowned',
  'open_handovers',
]);
export type TCoverageCheck = z.infer<typeof ZCoverageCheck>;

export const ZCoverageFinding = z
  .object({
    check: ZCoverageCheck,
    /** For `unowned`: the kind of object. */
    kind: z.string().nullable(),
    label: z.string(),
    count: z.number().int(),
    checked: z.number().int().describe('How many things this check looked at'),
  })
  .meta({ id: 'CoverageFinding' });

export const ZCoverage = z
  .object({
    asOf: ZIsoDateTime,
    score: z.number().int().min(0).max(100).describe('Share of checked things without a finding, in percent'),
    ownershipThreshold: z.number().int(),
    findings: z.array(ZCoverageFinding),
  })
  .meta({ id: 'Coverage' });
export type TCoverage = z.infer<typeof ZCoverage>;

export const ZCoverageItem = z
  .object({
    id: z.string(),
    label: z.string(),
    detail: z.string(),
    person: ZPersonSummary.nullable(),
    roleKey: z.string().nullable(),
    scope: ZScope.nullable(),
    link: z.string().nullable().describe('Where in the web app to fix it'),
  })
  .meta({ id: 'CoverageItem' });
export const ZCoverageItemPage = ZPage(ZCoverageItem).meta({ id: 'CoverageItemPage' });

export const ZCoverageQuery = z.object({
  asOf: ZAsOf.optional(),
  threshold: z.coerce.number().int().min(1).max(10_000).optional(),
});
export const ZCoverageItemsQuery = ZCoverageQuery.extend({
  check: ZCoverageCheck,
  kind: z.string().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type TCoverageItemsQuery = z.infer<typeof ZCoverageItemsQuery>;

export const ZHandoverItem = z
  .object({
    assignment: ZAssignment,
    proposedSuccessor: ZPersonSummary.nullable(),
    proposal: z.enum(['deputy', 'manager', 'none', 'not_needed']),
    needsSuccessor: z.boolean().describe('Holder assignments need a successor; deputy and Employee rows just end'),
  })
  .meta({ id: 'HandoverItem' });

export const ZHandover = z
  .object({
    id: z.string(),
    person: ZPersonSummary,
    status: z.enum(['open', 'confirmed']),
    source: z.enum(['manual', 'hr_import', 'scim']),
    openedAt: ZIsoDateTime,
    confirmedAt: ZIsoDateTime.nullable(),
    confirmedBy: z.object({ id: z.string(), fullName: z.string() }).nullable(),
    openItems: z.number().int(),
    items: z.array(ZHandoverItem).describe('Open handovers: what the leaver still holds'),
    result: z
      .array(
        z.object({
          assignmentId: z.string(),
          roleKey: z.string(),
          scope: ZScope,
          successorId: z.string().nullable(),
          successorName: z.string().nullable(),
          newAssignmentId: z.string().nullable(),
        }),
      )
      .nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Handover' });
export type THandover = z.infer<typeof ZHandover>;

export const ZHandoverSummary = ZHandover.omit({ items: true, result: true }).meta({ id: 'HandoverSummary' });
export const ZHandoverPage = ZPage(ZHandoverSummary).meta({ id: 'HandoverPage' });
export const ZHandoverListQuery = z.object({
  status: z.enum(['open', 'confirmed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});

export const ZConfirmHandoverRequest = z.strictObject({
  version: z.number().int(),
  successors: z
    .array(z.strictObject({ assignmentId: z.uuid(), successorPersonId: z.uuid() }))
    .max(1000)
    .default([])
    .describe('Overrides of the proposed successors; every holder assignment must end up with one'),
});
export type TConfirmHandoverRequest = z.infer<typeof ZConfirmHandoverRequest>;
