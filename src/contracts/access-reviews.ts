import { z } from 'zod';
import { ZAssetPersonRef, ZAssetRef } from './assets.js';
import { ZIsoDateTime, ZPage } from './common.js';

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD');
const ZFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const REVIEW_LIMITS = { titleMax: 200, commentMax: 2000, assetsMax: 5000, bulkIdsMax: 1000 } as const;

export const ZReviewDecision = z.enum(['keep', 'revoke', 'modify']).meta({ id: 'ReviewDecision' });
export type TReviewDecision = z.infer<typeof ZReviewDecision>;

export const ZReviewCounts = z
  .object({
    total: z.number().int(),
    decided: z.number().int(),
    keep: z.number().int(),
    revoke: z.number().int(),
    modify: z.number().int(),
    toxic: z.number().int().describe('Items in a toxic combination'),
    routed: z.number().int().describe('Items routed away from the asset owner (own account, no owner, reassigned)'),
    withoutReviewer: z.number().int(),
    revoked: z.number().int().describe('Revoke and modify decisions the administrators have carried out'),
  })
  .meta({ id: 'ReviewCounts' });

export const ZAccessReview = z
  .object({
    id: z.string(),
    reference: z.string().describe('ARV-0001'),
    title: z.string(),
    status: z.enum(['open', 'closed']),
    differential: z.boolean().describe('Only entitlements new or changed since they were last certified'),
    dueAt: ZIsoDateTime,
    assets: z.array(ZAssetRef).describe('The systems in scope (first 100)'),
    assetCount: z.number().int(),
    counts: ZReviewCounts,
    mine: z
      .object({ total: z.number().int(), decided: z.number().int() })
      .describe("The caller's own items as reviewer"),
    createdBy: ZAssetPersonRef.nullable(),
    createdAt: ZIsoDateTime,
    closedBy: ZAssetPersonRef.nullable(),
    closedAt: ZIsoDateTime.nullable(),
    version: z.number().int(),
    can: z.object({
      manage: z.boolean().describe('Reassign items and close the campaign (ISM)'),
      decide: z.boolean().describe('The caller has items to decide'),
      revoke: z.boolean().describe('Mark revocations as carried out (system administrators)'),
      export: z.boolean(),
    }),
  })
  .meta({ id: 'AccessReview' });
export type TAccessReview = z.infer<typeof ZAccessReview>;
export const ZAccessReviewPage = ZPage(ZAccessReview).meta({ id: 'AccessReviewPage' });
export const ZAccessReviewListQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});

export const ZCreateAccessReviewRequest = z
  .strictObject({
    title: z.string().trim().min(1).max(REVIEW_LIMITS.titleMax),
    assetIds: z
      .array(z.uuid())
      .max(REVIEW_LIMITS.assetsMax)
      .describe('The systems to review; empty means every system with entitlements'),
    differential: z.boolean().default(false),
    dueOn: ZDay.describe('Last day for reviewers'),
  })
  .meta({ id: 'CreateAccessReviewRequest' });
export type TCreateAccessReviewRequest = z.infer<typeof ZCreateAccessReviewRequest>;

export const ZReviewerProgress = z
  .object({
    reviewer: ZAssetPersonRef.nullable().describe('Null: items still without a reviewer'),
    total: z.number().int(),
    decided: z.number().int(),
    revoke: z.number().int(),
  })
  .meta({ id: 'ReviewerProgress' });
export const ZReviewerProgressPage = ZPage(ZReviewerProgress).meta({ id: 'ReviewerProgressPage' });

export const ZReviewItem = z
  .object({
    entitlementId: z.string(),
    asset: ZAssetRef,
    account: z.string(),
    person: ZAssetPersonRef.nullable().describe('The account holder; null for an orphaned account'),
    entitlement: z.string(),
    privileged: z.boolean(),
    toxic: z.boolean(),
    reviewer: ZAssetPersonRef.nullable(),
    routed: z
      .enum(['own_account', 'no_owner', 'reassigned'])
      .nullable()
      .describe('own_account: the owner holds it (SOD-04), sent to the holder’s manager'),
    decision: ZReviewDecision.nullable(),
    modifyTo: z.string().nullable(),
    comment: z.string().nullable(),
    decidedBy: ZAssetPersonRef.nullable(),
    decidedAt: ZIsoDateTime.nullable(),
    revokedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'ReviewItem' });
export type TReviewItem = z.infer<typeof ZReviewItem>;
export const ZReviewItemPage = ZPage(ZReviewItem).meta({ id: 'ReviewItemPage' });

export const ZReviewItemFilter = z.object({
  reviewer: z.string().max(64).optional().describe("A person id, 'me', or 'none'"),
  assetId: z.uuid().optional(),
  decision: z.enum(['undecided', 'keep', 'revoke', 'modify']).optional(),
  privileged: ZFlag.optional(),
  toxic: ZFlag.optional(),
  orphaned: ZFlag.optional().describe('Only accounts matched to nobody'),
  q: z.string().trim().max(200).optional().describe('Account, entitlement or holder name contains'),
});
export type TReviewItemFilter = z.infer<typeof ZReviewItemFilter>;
export const ZReviewItemQuery = ZReviewItemFilter.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type TReviewItemQuery = z.infer<typeof ZReviewItemQuery>;

const decisionFields = {
  decision: ZReviewDecision,
  modifyTo: z.string().trim().max(200).optional().describe('With modify: what the access becomes'),
  comment: z.string().trim().max(REVIEW_LIMITS.commentMax).default(''),
};
export const ZDecideReviewItemRequest = z.strictObject(decisionFields).meta({ id: 'DecideReviewItemRequest' });
export type TDecideReviewItemRequest = z.infer<typeof ZDecideReviewItemRequest>;

export const ZBulkDecisionRequest = z
  .strictObject({
    ...decisionFields,
    entitlementIds: z
      .array(z.string().min(1).max(64))
      .max(REVIEW_LIMITS.bulkIdsMax)
      .optional()
      .describe('These items; leave out to decide every undecided item of yours the filter matches'),
    filter: z
      .strictObject({
        assetId: z.uuid().optional(),
        privileged: z.boolean().optional(),
        toxic: z.boolean().optional(),
        orphaned: z.boolean().optional(),
        q: z.string().trim().max(200).optional(),
      })
      .default({})
      .describe('Narrows "every undecided item of yours" (the items list filters, as JSON booleans)'),
  })
  .meta({ id: 'BulkDecisionRequest' });
export type TBulkDecisionRequest = z.infer<typeof ZBulkDecisionRequest>;
export const ZBulkDecisionResult = z
  .object({ decided: z.number().int(), skipped: z.number().int().describe('Matched but not yours to decide') })
  .meta({ id: 'BulkDecisionResult' });

export const ZReassignReviewItemsRequest = z
  .strictObject({
    entitlementIds: z.array(z.string().min(1).max(64)).min(1).max(REVIEW_LIMITS.bulkIdsMax),
    reviewerId: z.uuid(),
  })
  .meta({ id: 'ReassignReviewItemsRequest' });
export const ZMarkRevokedRequest = z
  .strictObject({ entitlementIds: z.array(z.string().min(1).max(64)).min(1).max(REVIEW_LIMITS.bulkIdsMax) })
  .meta({ id: 'MarkRevokedRequest' });
export const ZCountResult = z.object({ count: z.number().int() }).meta({ id: 'CountResult' });
export const ZCloseAccessReviewRequest = z
  .strictObject({ version: z.number().int() })
  .meta({ id: 'CloseAccessReviewRequest' });
export const ZReviewEvidenceQuery = z.object({ format: z.enum(['xlsx', 'pdf']).default('xlsx') });
