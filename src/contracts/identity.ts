import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

const ZEmail = z.email().max(254);
/** Long passphrases are encouraged; 12 characters is the floor (NIST SP 800-63B allows 8). */
export const ZPassword = z.string().min(12, 'Use at least 12 characters').max(256);

export const ZLoginRequest = z.strictObject({ email: ZEmail, password: z.string().min(1).max(256) });
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZPermissions = z
  .object({
    manageAccounts: z.boolean(),
    manageSettings: z.boolean(),
    readTrail: z.boolean(),
    verifyTrail: z.boolean(),
    managePeople: z.boolean(),
    exportPeople: z.boolean(),
    manageRoles: z.boolean(),
    manageAssignments: z.boolean(),
    manageLeadership: z.boolean(),
    manageRaci: z.boolean(),
    readCoverage: z.boolean(),
    confirmHandover: z.boolean(),
    readSod: z.boolean(),
    requestSodException: z.boolean(),
    decideSodException: z.boolean(),
    manageWebhooks: z.boolean(),
    managePolicies: z.boolean().describe('Create policies and manage any of them (the ISM)'),
    readRisks: z.boolean().describe('See the risk register (ISM, Top Management, auditors, risk owners)'),
    createRisks: z.boolean().describe('Identify new risks (the ISM, or a risk owner in their area)'),
    manageRisks: z.boolean().describe('Change the risk method, import risks, edit any risk (the ISM)'),
    readRiskFeed: z.boolean().describe('Follow status updates and concerns across risks'),
    manageAssets: z.boolean().describe('Add and import assets, set owners and custodians (the ISM)'),
    readAllAccessRequests: z.boolean().describe('See every access request (ISM, auditors, Top Management)'),
    readEntitlements: z
      .boolean()
      .describe('See accounts and entitlements (ISM, auditors, asset owners, administrators)'),
    importEntitlements: z.boolean().describe('Import entitlements from systems (ISM, ISMS-wide administrators)'),
    manageToxicRules: z.boolean().describe('Define toxic combinations (the ISM)'),
    readAllAccessReviews: z.boolean().describe('See every access review campaign (ISM, auditors, Top Management)'),
    manageAccessReviews: z.boolean().describe('Start, reassign and close access reviews (the ISM)'),
    readControls: z
      .boolean()
      .describe(
        'Read controls, the SoA, tasks and evidence (ISM, Top Management, auditors, control owners, administrators)',
      ),
    manageControls: z.boolean().describe('Decide applicability, owners and implementers (the ISM)'),
    editControls: z
      .boolean()
      .describe('Set implementation status, tasks and evidence (the ISM or a Control Owner for the whole ISMS)'),
    approveSoa: z.boolean().describe('Approve Statement of Applicability versions (the ISM)'),
    readAudits: z
      .boolean()
      .describe('Read the audit programme and audits (ISM, Top Management, internal auditors, audit teams)'),
    manageAudits: z.boolean().describe('Plan the audit programme and audits, assign auditors (the ISM)'),
    readNonconformities: z
      .boolean()
      .describe('Read nonconformities and corrective actions (ISM, Top Management, auditors, their owners)'),
    raiseNonconformities: z.boolean().describe('Raise a nonconformity (ISM, Top Management, internal auditors)'),
    readIncidents: z
      .boolean()
      .describe('Read the incident register (ISM, incident managers, Top Management, auditors)'),
    manageIncidents: z.boolean().describe('Triage, assign and close incidents (the ISM or an incident manager)'),
  })
  .meta({ id: 'Permissions' });
export type TPermissions = z.infer<typeof ZPermissions>;

export const ZHeldRole = z
  .object({
    assignmentId: z.string(),
    roleKey: z.string(),
    scopeType: z.string(),
    scopeId: z.string().nullable(),
    kind: z.enum(['holder', 'deputy']).describe('deputy: standing in for the holder right now'),
  })
  .meta({ id: 'HeldRole' });

export const ZSessionInfo = z
  .object({
    account: z.object({ id: z.string(), email: z.string(), isAdmin: z.boolean() }),
    person: z.object({ id: z.string(), fullName: z.string() }),
    organisationName: z.string(),
    via: z.enum(['session', 'token']),
    csrfToken: z.string().nullable().describe('Send as x-csrf-token on cookie-authenticated mutations'),
    permissions: ZPermissions,
    roles: z.array(ZHeldRole),
  })
  .meta({ id: 'SessionInfo' });
export type TSessionInfo = z.infer<typeof ZSessionInfo>;

export const ZChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: ZPassword,
});

export const ZSessionSummary = z
  .object({
    id: z.string(),
    createdAt: ZIsoDateTime,
    lastSeenAt: ZIsoDateTime,
    expiresAt: ZIsoDateTime,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .meta({ id: 'SessionSummary' });

export const ZApiTokenScope = z
  .enum(['read', 'write'])
  .describe('read: GET only; write: everything the account may do');

export const ZCreateApiTokenRequest = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scope: ZApiTokenScope.default('write'),
  expiresInDays: z.number().int().min(1).max(366).nullable().default(90).describe('null: never expires'),
});
export type TCreateApiTokenRequest = z.infer<typeof ZCreateApiTokenRequest>;

export const ZApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('First characters of the token, to recognise it'),
    scope: ZApiTokenScope,
    createdAt: ZIsoDateTime,
    expiresAt: ZIsoDateTime.nullable(),
    lastUsedAt: ZIsoDateTime.nullable(),
    revokedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'ApiToken' });

export const ZCreatedApiToken = ZApiToken.extend({
  token: z.string().describe('Shown once; only its hash is stored'),
}).meta({ id: 'CreatedApiToken' });

export const ZAccount = z
  .object({
    id: z.string(),
    personId: z.string(),
    email: z.string(),
    fullName: z.string(),
    isAdmin: z.boolean(),
    status: z.enum(['active', 'disabled']),
    lockedUntil: ZIsoDateTime.nullable(),
    lastLoginAt: ZIsoDateTime.nullable(),
    createdAt: ZIsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'Account' });
export type TAccount = z.infer<typeof ZAccount>;

export const ZAccountPage = ZPage(ZAccount).meta({ id: 'AccountPage' });

export const ZAccountListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  q: z.string().trim().max(200).optional().describe('Search in email and name'),
  status: z.enum(['active', 'disabled']).optional(),
});

export const ZCreateAccountRequest = z.strictObject({
  email: ZEmail,
  fullName: z.string().trim().min(1).max(200),
  password: ZPassword,
  isAdmin: z.boolean().default(false),
});
export type TCreateAccountRequest = z.infer<typeof ZCreateAccountRequest>;

export const ZUpdateAccountRequest = z.strictObject({
  version: z.number().int().min(1).describe('The version you edit; a stale one is refused with 409'),
  status: z.enum(['active', 'disabled']).optional(),
  isAdmin: z.boolean().optional(),
  unlock: z.literal(true).optional().describe('Clear a login lockout'),
});
export type TUpdateAccountRequest = z.infer<typeof ZUpdateAccountRequest>;

export const ZSetupRequest = z.strictObject({
  token: z.string().min(16).max(200),
  organisationName: z.string().trim().min(1).max(200),
  fullName: z.string().trim().min(1).max(200),
  email: ZEmail,
  password: ZPassword,
  loadDemo: z.boolean().default(false),
});
export type TSetupRequest = z.infer<typeof ZSetupRequest>;
