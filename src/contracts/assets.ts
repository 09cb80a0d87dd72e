import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) => z.string().trim().max(max);
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD');
const ZFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZAssetPersonRef = z.object({ id: z.string(), fullName: z.string() }).meta({ id: 'AssetPersonRef' });
export const ZAssetRef = z.object({ id: z.string(), reference: z.string(), name: z.string() }).meta({ id: 'AssetRef' });

export const ASSET_LIMITS = {
  nameMax: 200,
  textMax: 5000,
  locationMax: 200,
  externalIdMax: 120,
  entitlementMax: 200,
  reasonMax: 2000,
  noteMax: 2000,
  linksMax: 200,
} as const;

// Inventory -----------------------------------------------------------------------------------

export const ASSET_TYPES = ['information', 'application', 'system', 'service', 'hardware', 'site', 'supplier'] as const;
export const ZAssetType = z.enum(ASSET_TYPES).meta({ id: 'AssetType' });
export type TAssetType = z.infer<typeof ZAssetType>;

/** planned: not in use yet; in_use; retired: no longer used, data kept; disposed: gone (A.7.14). */
export const ASSET_STATUSES = ['planned', 'in_use', 'retired', 'disposed'] as const;
export const ZAssetStatus = z.enum(ASSET_STATUSES).meta({ id: 'AssetStatus' });

export const CLASSIFICATION_LABELS = ['public', 'internal', 'confidential', 'restricted'] as const;
export const ZClassificationLabel = z.enum(CLASSIFICATION_LABELS).meta({ id: 'ClassificationLabel' });

/** 1 low, 2 medium, 3 high, 4 very high. */
export const ZCiaLevel = z.number().int().min(1).max(4).describe('1 low, 2 medium, 3 high, 4 very high');
export const CIA_LEVEL_LABELS = ['', 'Low', 'Medium', 'High', 'Very high'] as const;

export const ZAssetOwner = z
  .object({
    person: ZAssetPersonRef,
    via: z.enum(['asset', 'org_unit']).describe('Held for this asset, or inherited from its org unit'),
  })
  .meta({ id: 'AssetOwner' });

export const ZAssetSummary = z
  .object({
    id: z.string(),
    reference: z.string().describe('AST-0001'),
    name: z.string(),
    type: ZAssetType,
    status: ZAssetStatus,
    label: ZClassificationLabel,
    confidentiality: z.number().int(),
    integrity: z.number().int(),
    availability: z.number().int(),
    orgUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
    owner: ZAssetOwner.nullable(),
    custodian: ZAssetPersonRef.nullable().describe('The system administrator who looks after it'),
    parent: ZAssetRef.nullable(),
    location: z.string(),
    updatedAt: ZIsoDateTime,
  })
  .meta({ id: 'AssetSummary' });
export type TAssetSummary = z.infer<typeof ZAssetSummary>;

export const ZAsset = ZAssetSummary.extend({
  description: z.string(),
  externalId: z.string().nullable(),
  children: z.array(ZAssetRef).describe('Assets that run on this one (first 100)'),
  childCount: z.number().int(),
  risks: z.array(z.object({ id: z.string(), reference: z.string(), title: z.string() })),
  controls: z.array(z.object({ id: z.string().describe('Annex A control, e.g. 8.2'), title: z.string() })),
  entitlementCount: z.number().int(),
  createdAt: ZIsoDateTime,
  version: z.number().int(),
  can: z.object({
    edit: z.boolean().describe('Edit details and classification (ISM, or the owner)'),
    changeOwner: z.boolean().describe('Set owner and custodian in the ledger (ISM)'),
    requestAccess: z.boolean(),
    readEntitlements: z.boolean(),
  }),
}).meta({ id: 'Asset' });
export type TAsset = z.infer<typeof ZAsset>;

export const ZAssetPage = ZPage(ZAssetSummary)
  .extend({ total: z.number().int().describe('Assets matching the filters') })
  .meta({ id: 'AssetPage' });

export const ASSET_SORTS = ['reference', 'name', 'type', 'status', 'label'] as const;
export const ZAssetFilterQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Reference, name, location or CMDB id contains'),
  type: ZAssetType.optional(),
  status: ZAssetStatus.optional(),
  label: ZClassificationLabel.optional(),
  orgUnitId: z.uuid().optional(),
  parentId: z.uuid().optional(),
  owner: z.string().max(64).optional().describe("A person id, or 'me'"),
  unowned: ZFlag.optional().describe('Only assets without an owner'),
});
export const ZAssetListQuery = ZAssetFilterQuery.extend({
  sort: z.enum(ASSET_SORTS).default('reference'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type TAssetListQuery = z.infer<typeof ZAssetListQuery>;
export const ZAssetExportQuery = ZAssetFilterQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

const assetFields = {
  name: ZText(ASSET_LIMITS.nameMax),
  description: ZOptionalText(ASSET_LIMITS.textMax).default(''),
  type: ZAssetType,
  status: ZAssetStatus.default('in_use'),
  orgUnitId: z.uuid().nullable().default(null),
  parentId: z.uuid().nullable().default(null),
  confidentiality: ZCiaLevel,
  integrity: ZCiaLevel,
  availability: ZCiaLevel,
  label: ZClassificationLabel,
  location: ZOptionalText(ASSET_LIMITS.locationMax).default(''),
  externalId: ZOptionalText(ASSET_LIMITS.externalIdMax).nullable().default(null),
};

export const ZCreateAssetRequest = z
  .strictObject({
    ...assetFields,
    ownerPersonId: z.uuid().nullable().default(null).describe('Made Asset Owner of this asset in the ledger (ISM)'),
    custodianPersonId: z
      .uuid()
      .nullable()
      .default(null)
      .describe('Made System Administrator for this asset in the ledger (ISM)'),
  })
  .meta({ id: 'CreateAssetRequest' });
export type TCreateAssetRequest = z.infer<typeof ZCreateAssetRequest>;

export const ZUpdateAssetRequest = z
  .strictObject({
    version: z.number().int(),
    name: assetFields.name.optional(),
    description: ZOptionalText(ASSET_LIMITS.textMax).optional(),
    type: ZAssetType.optional(),
    status: ZAssetStatus.optional(),
    orgUnitId: z.uuid().nullable().optional(),
    parentId: z.uuid().nullable().optional(),
    confidentiality: ZCiaLevel.optional(),
    integrity: ZCiaLevel.optional(),
    availability: ZCiaLevel.optional(),
    label: ZClassificationLabel.optional(),
    location: ZOptionalText(ASSET_LIMITS.locationMax).optional(),
    externalId: ZOptionalText(ASSET_LIMITS.externalIdMax).nullable().optional(),
    ownerPersonId: z.uuid().nullable().optional().describe('A new owner ends the current one in the ledger (ISM)'),
    custodianPersonId: z.uuid().nullable().optional(),
    reason: ZOptionalText(500).optional().describe('Why the owner or custodian changes (kept in the ledger)'),
  })
  .meta({ id: 'UpdateAssetRequest' });
export type TUpdateAssetRequest = z.infer<typeof ZUpdateAssetRequest>;

export const ZSetAssetLinksRequest = z
  .strictObject({
    version: z.number().int(),
    riskIds: z.array(z.uuid()).max(ASSET_LIMITS.linksMax),
    controlIds: z
      .array(z.string().regex(/^[5-8]\.\d{1,2}$/, 'An Annex A control number such as 8.2'))
      .max(ASSET_LIMITS.linksMax),
  })
  .meta({ id: 'SetAssetLinksRequest' });
export type TSetAssetLinksRequest = z.infer<typeof ZSetAssetLinksRequest>;

export const ZAssetImportRowError = z
  .object({ line: z.number().int(), field: z.string(), message: z.string() })
  .meta({ id: 'AssetImportRowError' });
export const ZAssetImportResult = z
  .object({
    mode: z.enum(['preview', 'apply']),
    applied: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int().describe('Rows whose CMDB id matched an asset already in the inventory'),
    errors: z.array(ZAssetImportRowError),
    sha256: z.string().describe('Of the file; apply must name the previewed file'),
  })
  .meta({ id: 'AssetImportResult' });
export const ZAssetImportQuery = z.object({
  mode: z.enum(['preview', 'apply']).default('preview'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .describe('With apply: the sha256 the preview returned'),
});

// Access requests -----------------------------------------------------------------------------

/**
 * pending: waiting for the asset owner; approved: waiting for provisioning; rejected;
 * provisioned: access given; revoked: taken away again (on expiry or on request); cancelled.
 */
export const ACCESS_REQUEST_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'provisioned',
  'revoked',
  'cancelled',
] as const;
export const ZAccessRequestStatus = z.enum(ACCESS_REQUEST_STATUSES).meta({ id: 'AccessRequestStatus' });

export const ZAccessRequest = z
  .object({
    id: z.string(),
    reference: z.string().describe('ACR-0001'),
    asset: ZAssetRef,
    requester: ZAssetPersonRef,
    beneficiary: ZAssetPersonRef,
    entitlement: z.string(),
    privileged: z.boolean(),
    reason: z.string(),
    until: ZDay.nullable().describe('Last day of access; after it a revocation duty opens'),
    status: ZAccessRequestStatus,
    expired: z.boolean().describe('Provisioned and past its last day: to be revoked'),
    decidedBy: ZAssetPersonRef.nullable(),
    decidedAt: ZIsoDateTime.nullable(),
    decisionNote: z.string().nullable(),
    provisionedBy: ZAssetPersonRef.nullable(),
    provisionedAt: ZIsoDateTime.nullable(),
    revokedBy: ZAssetPersonRef.nullable(),
    revokedAt: ZIsoDateTime.nullable(),
    revokeNote: z.string().nullable(),
    createdAt: ZIsoDateTime,
    version: z.number().int(),
    can: z.object({
      decide: z.boolean().describe('Approve or reject (the asset owner; never the requester or beneficiary)'),
      provision: z.boolean(),
      revoke: z.boolean(),
      cancel: z.boolean(),
    }),
  })
  .meta({ id: 'AccessRequest' });
export type TAccessRequest = z.infer<typeof ZAccessRequest>;
export const ZAccessRequestPage = ZPage(ZAccessRequest).meta({ id: 'AccessRequestPage' });

export const ZAccessRequestListQuery = z.object({
  view: z
    .enum(['mine', 'to_decide', 'to_provision', 'to_revoke', 'all'])
    .default('mine')
    .describe(
      'mine: requested by or for me; to_decide: pending on assets I own; to_provision / to_revoke: for assets I administer; all: every request (ISM, auditors)',
    ),
  assetId: z.uuid().optional(),
  status: ZAccessRequestStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type TAccessRequestListQuery = z.infer<typeof ZAccessRequestListQuery>;

export const ZCreateAccessRequest = z
  .strictObject({
    assetId: z.uuid(),
    beneficiaryId: z.uuid().optional().describe('Who gets the access; yourself when left out'),
    entitlement: ZText(ASSET_LIMITS.entitlementMax).describe('The role, group or permission asked for'),
    privileged: z.boolean().default(false),
    reason: ZText(ASSET_LIMITS.reasonMax),
    until: ZDay.nullable().default(null),
  })
  .meta({ id: 'CreateAccessRequest' });
export type TCreateAccessRequest = z.infer<typeof ZCreateAccessRequest>;

export const ZDecideAccessRequest = z
  .strictObject({
    version: z.number().int(),
    decision: z.enum(['approve', 'reject']),
    note: ZOptionalText(ASSET_LIMITS.noteMax).default(''),
  })
  .meta({ id: 'DecideAccessRequest' });
export const ZAccessRequestStep = z
  .strictObject({ version: z.number().int(), note: ZOptionalText(ASSET_LIMITS.noteMax).default('') })
  .meta({ id: 'AccessRequestStep' });

// Entitlements ------------------------------------------------------------------------------

export const ZEntitlement = z
  .object({
    id: z.string(),
    asset: ZAssetRef,
    account: z.object({ id: z.string(), name: z.string() }),
    person: ZAssetPersonRef.nullable().describe('Null for an account matched to nobody (orphaned)'),
    name: z.string(),
    privileged: z.boolean(),
    source: z.enum(['import', 'request']),
    firstSeenAt: ZIsoDateTime,
    changedAt: ZIsoDateTime,
    removedAt: ZIsoDateTime.nullable(),
    lastCertifiedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'Entitlement' });
export const ZEntitlementPage = ZPage(ZEntitlement).meta({ id: 'EntitlementPage' });
export const ZEntitlementListQuery = z.object({
  assetId: z.uuid().optional(),
  personId: z.uuid().optional(),
  q: z.string().trim().max(200).optional().describe('Account or entitlement name contains'),
  privileged: ZFlag.optional(),
  unmatched: ZFlag.optional().describe('Only entitlements of accounts matched to nobody'),
  removed: ZFlag.optional().describe('Entitlements gone from the last import (default: current ones)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type TEntitlementListQuery = z.infer<typeof ZEntitlementListQuery>;

export const ZUnmatchedAccount = z
  .object({
    id: z.string(),
    asset: ZAssetRef,
    name: z.string(),
    entitlements: z.number().int(),
    privileged: z.boolean().describe('Holds at least one privileged entitlement'),
    firstSeenAt: ZIsoDateTime,
    lastSeenAt: ZIsoDateTime,
  })
  .meta({ id: 'UnmatchedAccount' });
export const ZUnmatchedAccountPage = ZPage(ZUnmatchedAccount).meta({ id: 'UnmatchedAccountPage' });
export const ZUnmatchedAccountQuery = z.object({
  assetId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export const ZMatchAccountRequest = z
  .strictObject({ personId: z.uuid().describe('The person this account belongs to') })
  .meta({ id: 'MatchAccountRequest' });

export const ZEntitlementImport = z
  .object({
    id: z.string(),
    fileName: z.string(),
    status: z.enum(['running', 'done', 'failed']),
    rowsRead: z.number().int(),
    rowsImported: z.number().int(),
    rowsFailed: z.number().int(),
    accountsUnmatched: z.number().int().describe('Accounts in this file matched to nobody'),
    removed: z.number().int().describe('Entitlements of the systems in the file that the file no longer lists'),
    systems: z.array(ZAssetRef),
    errors: z
      .array(z.object({ line: z.number().int(), message: z.string() }))
      .describe('The first 200 rows refused, with why'),
    startedBy: ZAssetPersonRef.nullable(),
    startedAt: ZIsoDateTime,
    finishedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'EntitlementImport' });
export type TEntitlementImport = z.infer<typeof ZEntitlementImport>;
export const ZEntitlementImportPage = ZPage(ZEntitlementImport).meta({ id: 'EntitlementImportPage' });
export const ZEntitlementImportQuery = z.object({
  fileName: z.string().trim().max(200).default('entitlements.csv'),
});

// Toxic combinations ------------------------------------------------------------------------

const ZEntitlementPattern = ZText(ASSET_LIMITS.entitlementMax).describe(
  "An entitlement name; a '*' at the end matches every name starting with what comes before it",
);

export const ZToxicRule = z
  .object({
    id: z.string(),
    reference: z.string().describe('TOX-01'),
    name: z.string(),
    description: z.string(),
    left: z.object({ asset: ZAssetRef, entitlement: z.string() }),
    right: z.object({ asset: ZAssetRef, entitlement: z.string() }),
    active: z.boolean(),
    conflicts: z.number().int().describe('People who hold both sides now'),
    version: z.number().int(),
  })
  .meta({ id: 'ToxicRule' });
export const ZToxicRuleList = z.object({ items: z.array(ZToxicRule) }).meta({ id: 'ToxicRuleList' });
export const ZToxicRuleRequest = z
  .strictObject({
    name: ZText(200),
    description: ZOptionalText(2000).default(''),
    leftAssetId: z.uuid(),
    leftEntitlement: ZEntitlementPattern,
    rightAssetId: z.uuid(),
    rightEntitlement: ZEntitlementPattern,
    active: z.boolean().default(true),
    version: z.number().int().optional().describe('When changing a rule: the version you edited'),
  })
  .meta({ id: 'ToxicRuleRequest' });
export type TToxicRuleRequest = z.infer<typeof ZToxicRuleRequest>;

export const ZToxicConflict = z
  .object({
    rule: z.object({ id: z.string(), reference: z.string(), name: z.string() }),
    person: ZAssetPersonRef,
    left: z.object({ asset: ZAssetRef, entitlement: z.string(), account: z.string() }),
    right: z.object({ asset: ZAssetRef, entitlement: z.string(), account: z.string() }),
  })
  .meta({ id: 'ToxicConflict' });
export const ZToxicConflictPage = ZPage(ZToxicConflict).meta({ id: 'ToxicConflictPage' });
export const ZToxicConflictQuery = z.object({
  ruleId: z.uuid().optional(),
  personId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type TToxicConflictQuery = z.infer<typeof ZToxicConflictQuery>;
