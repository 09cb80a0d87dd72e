import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';
import { ZPersonSummary, ZRoleKey } from './responsibilities.js';

/** The ISMS policy (clause 5.2, approved by Top Management) or a topic-specific policy (A.5.1). */
export const ZPolicyKind = z.enum(['isms', 'topic']).meta({ id: 'PolicyKind' });
export type TPolicyKind = z.infer<typeof ZPolicyKind>;

/** A policy as a whole: never published yet, in force (a version is published), or retired. */
export const ZPolicyStatus = z.enum(['draft', 'published', 'retired']).meta({ id: 'PolicyStatus' });

/**
 * One version's place in the lifecycle: draft → in_review (reviewers comment, the approver
 * decides) → approved → published; a newer publication supersedes it; retiring the policy
 * retires it. Returned for changes goes back to draft.
 */
export const ZPolicyVersionStatus = z
  .enum(['draft', 'in_review', 'approved', 'published', 'superseded', 'retired'])
  .meta({ id: 'PolicyVersionStatus' });
export type TPolicyVersionStatus = z.infer<typeof ZPolicyVersionStatus>;

/** Limits, shared by the server's checks and the web forms. */
export const POLICY_LIMITS = {
  titleMax: 200,
  summaryMax: 2000,
  bodyMax: 200_000,
  changeSummaryMax: 2000,
  commentMax: 5000,
  noteMax: 2000,
  questionsMax: 20,
  optionsMin: 2,
  optionsMax: 6,
  audienceMax: 200,
  reviewIntervalMonths: { min: 1, max: 36, default: 12 },
  ackWithinDays: { min: 1, max: 90, default: 14 },
} as const;

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZPersonRef = z.object({ id: z.string(), fullName: z.string() }).meta({ id: 'PolicyPersonRef' });

export const ZPolicyAudienceInput = z
  .strictObject({
    everyone: z.boolean().describe('Every active person must read it'),
    orgUnitIds: z.array(z.uuid()).max(POLICY_LIMITS.audienceMax).default([]).describe('Units and the units below them'),
    roleKeys: z.array(ZRoleKey).max(POLICY_LIMITS.audienceMax).default([]).describe('Current holders of these roles'),
  })
  .meta({ id: 'PolicyAudienceRequest' });

export const ZPolicyAudience = z
  .object({
    everyone: z.boolean(),
    orgUnits: z.array(z.object({ id: z.string(), name: z.string() })),
    roles: z.array(z.object({ key: z.string(), name: z.string() })),
    description: z.string().describe('"Everyone", or the units and roles in words'),
  })
  .meta({ id: 'PolicyAudience' });

export const ZQuizQuestionInput = z
  .strictObject({
    id: z.string().max(40).optional().describe('Kept when editing; new questions get one'),
    question: ZText(500),
    options: z.array(ZText(300)).min(POLICY_LIMITS.optionsMin).max(POLICY_LIMITS.optionsMax),
    answer: z.number().int().min(0).describe('Index of the correct option'),
  })
  .meta({ id: 'QuizQuestionRequest' });

export const ZQuizInput = z
  .strictObject({
    passMark: z.number().int().min(1).max(100).describe('Percentage of correct answers needed'),
    questions: z.array(ZQuizQuestionInput).min(1).max(POLICY_LIMITS.questionsMax),
  })
  .meta({ id: 'QuizRequest' });

/** The quiz as a reader sees it; `answer` only for those who may edit the version. */
export const ZQuiz = z
  .object({
    passMark: z.number().int(),
    questions: z.array(
      z.object({
        id: z.string(),
        question: z.string(),
        options: z.array(z.string()),
        answer: z.number().int().optional(),
      }),
    ),
  })
  .meta({ id: 'Quiz' });

export const ZPolicyVersionRef = z
  .object({ id: z.string(), number: z.number().int(), status: ZPolicyVersionStatus })
  .meta({ id: 'PolicyVersionRef' });

export const ZPolicyCan = z
  .object({
    edit: z.boolean().describe('Change the settings (title, audience, approver, intervals)'),
    newDraft: z.boolean().describe('Start a new version from the published one'),
    assignOwner: z.boolean(),
    retire: z.boolean(),
    recordReview: z.boolean().describe('Record a periodic review without changes'),
    readDrafts: z.boolean(),
    readCampaign: z.boolean().describe('See acknowledgement progress and export evidence'),
  })
  .meta({ id: 'PolicyCan' });

export const ZPolicySummary = z
  .object({
    id: z.string(),
    reference: z.string().describe('POL-001'),
    kind: ZPolicyKind,
    title: z.string(),
    status: ZPolicyStatus,
    owner: ZPersonRef.nullable().describe('Current holder of Policy Owner for this policy'),
    approverRole: z.object({ key: z.string(), name: z.string() }),
    reviewIntervalMonths: z.number().int(),
    nextReviewAt: ZIsoDateTime.nullable(),
    reviewOverdue: z.boolean(),
    current: z
      .object({ id: z.string(), number: z.number().int(), publishedAt: ZIsoDateTime })
      .nullable()
      .describe('The published version in force'),
    pending: ZPolicyVersionRef.nullable().describe('The version being worked on (draft, in review or approved)'),
    updatedAt: ZIsoDateTime,
  })
  .meta({ id: 'PolicySummary' });
export const ZPolicyPage = ZPage(ZPolicySummary).meta({ id: 'PolicyPage' });

export const ZPolicy = ZPolicySummary.extend({
  summary: z.string(),
  audience: ZPolicyAudience,
  ackWithinDays: z.number().int(),
  createdAt: ZIsoDateTime,
  retiredAt: ZIsoDateTime.nullable(),
  retireReason: z.string().nullable(),
  pendingReview: z
    .object({ id: z.string(), requestedAt: ZIsoDateTime, requestedBy: ZPersonRef.nullable(), note: z.string() })
    .nullable()
    .describe('A review without changes waiting for re-approval'),
  version: z.number().int(),
  can: ZPolicyCan,
}).meta({ id: 'Policy' });
export type TPolicy = z.infer<typeof ZPolicy>;

export const ZPolicyListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  q: z.string().trim().max(200).optional().describe('Search in reference and title'),
  status: ZPolicyStatus.optional(),
  kind: ZPolicyKind.optional(),
  reviewOverdue: z.enum(['true', 'false']).optional(),
});
export type TPolicyListQuery = z.infer<typeof ZPolicyListQuery>;

export const ZPolicyExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const ZCreatePolicyRequest = z
  .strictObject({
    kind: ZPolicyKind.default('topic'),
    title: ZText(POLICY_LIMITS.titleMax),
    summary: z.string().trim().max(POLICY_LIMITS.summaryMax).default('').describe('Purpose, in a sentence or two'),
    approverRoleKey: ZRoleKey.optional().describe(
      'Role whose holder approves; the ISMS policy is always Top Management, topic policies default to the ISM',
    ),
    reviewIntervalMonths: z
      .number()
      .int()
      .min(POLICY_LIMITS.reviewIntervalMonths.min)
      .max(POLICY_LIMITS.reviewIntervalMonths.max)
      .default(POLICY_LIMITS.reviewIntervalMonths.default),
    ackWithinDays: z
      .number()
      .int()
      .min(POLICY_LIMITS.ackWithinDays.min)
      .max(POLICY_LIMITS.ackWithinDays.max)
      .default(POLICY_LIMITS.ackWithinDays.default),
    audience: ZPolicyAudienceInput.default({ everyone: true, orgUnitIds: [], roleKeys: [] }),
    ownerPersonId: z.uuid().nullable().default(null).describe('Assigned as Policy Owner in the ledger'),
    body: z.string().max(POLICY_LIMITS.bodyMax).optional().describe('Markdown of the first draft'),
  })
  .meta({ id: 'CreatePolicyRequest' });
export type TCreatePolicyRequest = z.infer<typeof ZCreatePolicyRequest>;

export const ZUpdatePolicyRequest = z
  .strictObject({
    version: z.number().int(),
    title: ZText(POLICY_LIMITS.titleMax).optional(),
    summary: z.string().trim().max(POLICY_LIMITS.summaryMax).optional(),
    approverRoleKey: ZRoleKey.optional(),
    reviewIntervalMonths: z
      .number()
      .int()
      .min(POLICY_LIMITS.reviewIntervalMonths.min)
      .max(POLICY_LIMITS.reviewIntervalMonths.max)
      .optional(),
    ackWithinDays: z
      .number()
      .int()
      .min(POLICY_LIMITS.ackWithinDays.min)
      .max(POLICY_LIMITS.ackWithinDays.max)
      .optional(),
    audience: ZPolicyAudienceInput.optional(),
  })
  .meta({ id: 'UpdatePolicyRequest' });
export type TUpdatePolicyRequest = z.infer<typeof ZUpdatePolicyRequest>;

export const ZRetirePolicyRequest = z
  .strictObject({ version: z.number().int(), reason: ZText(POLICY_LIMITS.noteMax) })
  .meta({ id: 'RetirePolicyRequest' });

export const ZPolicyAttachment = z
  .object({
    id: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: ZIsoDateTime,
    uploadedBy: ZPersonRef.nullable(),
  })
  .meta({ id: 'PolicyAttachment' });

export const ZPolicyApproval = z
  .object({
    by: ZPersonRef,
    roleKey: z.string(),
    roleName: z.string(),
    at: ZIsoDateTime,
    note: z.string().nullable(),
    contentSha256: z.string().describe('SHA-256 of the approved title and body'),
  })
  .meta({ id: 'PolicyApproval' });

export const ZPolicyVersionCan = z
  .object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    returnForChanges: z.boolean(),
    publish: z.boolean(),
    discard: z.boolean(),
    comment: z.boolean(),
    markReviewed: z.boolean().describe('The caller is a requested reviewer who has not finished'),
    acknowledge: z.boolean().describe('The caller is in the audience and has not acknowledged this version'),
  })
  .meta({ id: 'PolicyVersionCan' });

export const ZPolicyVersion = z
  .object({
    id: z.string(),
    policyId: z.string(),
    policyReference: z.string(),
    policyKind: ZPolicyKind,
    number: z.number().int(),
    status: ZPolicyVersionStatus,
    title: z.string(),
    body: z.string().describe('Markdown'),
    changeSummary: z.string(),
    quiz: ZQuiz.nullable(),
    authors: z.array(ZPersonRef),
    createdAt: ZIsoDateTime,
    updatedAt: ZIsoDateTime,
    submittedAt: ZIsoDateTime.nullable(),
    submittedBy: ZPersonRef.nullable(),
    reviewers: z.array(
      z.object({ person: ZPersonRef, requestedAt: ZIsoDateTime, reviewedAt: ZIsoDateTime.nullable() }),
    ),
    returned: z.object({ by: ZPersonRef, at: ZIsoDateTime, note: z.string() }).nullable(),
    approval: ZPolicyApproval.nullable(),
    approverRole: z.object({ key: z.string(), name: z.string() }),
    publishedAt: ZIsoDateTime.nullable(),
    publishedBy: ZPersonRef.nullable(),
    attachments: z.array(ZPolicyAttachment),
    acknowledgedAt: ZIsoDateTime.nullable().describe("The caller's acknowledgement of this version"),
    version: z.number().int(),
    can: ZPolicyVersionCan,
  })
  .meta({ id: 'PolicyVersion' });
export type TPolicyVersion = z.infer<typeof ZPolicyVersion>;

export const ZPolicyVersionSummary = z
  .object({
    id: z.string(),
    number: z.number().int(),
    status: ZPolicyVersionStatus,
    title: z.string(),
    changeSummary: z.string(),
    authors: z.array(ZPersonRef),
    approvedAt: ZIsoDateTime.nullable(),
    approvedBy: ZPersonRef.nullable(),
    publishedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'PolicyVersionSummary' });
export const ZPolicyVersionPage = ZPage(ZPolicyVersionSummary).meta({ id: 'PolicyVersionPage' });
export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});

export const ZSaveDraftRequest = z
  .strictObject({
    version: z.number().int(),
    title: ZText(POLICY_LIMITS.titleMax),
    body: z.string().max(POLICY_LIMITS.bodyMax),
    changeSummary: z.string().trim().max(POLICY_LIMITS.changeSummaryMax).default(''),
    quiz: ZQuizInput.nullable().default(null),
  })
  .meta({ id: 'SaveDraftRequest' });
export type TSaveDraftRequest = z.infer<typeof ZSaveDraftRequest>;

export const ZSubmitVersionRequest = z
  .strictObject({
    version: z.number().int(),
    reviewerPersonIds: z.array(z.uuid()).max(20).default([]).describe('Asked to comment before the decision'),
  })
  .meta({ id: 'SubmitVersionRequest' });

export const ZVersionDecisionRequest = z
  .strictObject({ version: z.number().int(), note: z.string().trim().max(POLICY_LIMITS.noteMax).optional() })
  .meta({ id: 'VersionDecisionRequest' });
export const ZReturnVersionRequest = z
  .strictObject({ version: z.number().int(), note: ZText(POLICY_LIMITS.noteMax) })
  .meta({ id: 'ReturnVersionRequest' });

export const ZPolicyComment = z
  .object({ id: z.string(), author: ZPersonRef, body: z.string(), createdAt: ZIsoDateTime })
  .meta({ id: 'PolicyComment' });
export const ZPolicyCommentPage = ZPage(ZPolicyComment).meta({ id: 'PolicyCommentPage' });
export const ZAddCommentRequest = z
  .strictObject({ body: ZText(POLICY_LIMITS.commentMax) })
  .meta({ id: 'AddPolicyCommentRequest' });
export const ZMarkReviewedRequest = z
  .strictObject({ comment: z.string().trim().max(POLICY_LIMITS.commentMax).optional() })
  .meta({ id: 'MarkReviewedRequest' });

export const ZDiffLine = z
  .object({
    kind: z.enum(['same', 'added', 'removed']),
    text: z.string(),
    oldLine: z.number().int().nullable(),
    newLine: z.number().int().nullable(),
  })
  .meta({ id: 'DiffLine' });
export const ZPolicyDiff = z
  .object({
    from: ZPolicyVersionRef,
    to: ZPolicyVersionRef,
    title: z.object({ before: z.string(), after: z.string() }),
    added: z.number().int(),
    removed: z.number().int(),
    lines: z.array(ZDiffLine).describe('Every line of both texts in order; the web folds long unchanged runs'),
  })
  .meta({ id: 'PolicyDiff' });
export const ZPolicyDiffQuery = z.object({ from: z.uuid(), to: z.uuid() });

export const ZPolicyReview = z
  .object({
    id: z.string(),
    outcome: z.enum(['no_change', 'revised']),
    status: z.enum(['requested', 'approved', 'returned', 'recorded']),
    versionNumber: z.number().int(),
    note: z.string(),
    requestedBy: ZPersonRef.nullable(),
    requestedAt: ZIsoDateTime,
    decidedBy: ZPersonRef.nullable(),
    decidedAt: ZIsoDateTime.nullable(),
    decidedRoleName: z.string().nullable(),
    decisionNote: z.string().nullable(),
    version: z.number().int(),
    can: z.object({ approve: z.boolean(), returnReview: z.boolean() }),
  })
  .meta({ id: 'PolicyReview' });
export const ZPolicyReviewPage = ZPage(ZPolicyReview).meta({ id: 'PolicyReviewPage' });
export const ZRecordReviewRequest = z
  .strictObject({ version: z.number().int(), note: ZText(POLICY_LIMITS.noteMax) })
  .meta({ id: 'RecordPolicyReviewRequest' });

export const ZCampaign = z
  .object({
    policyId: z.string(),
    policyReference: z.string(),
    title: z.string(),
    versionId: z.string(),
    number: z.number().int(),
    status: ZPolicyVersionStatus,
    publishedAt: ZIsoDateTime.nullable(),
    current: z.boolean().describe('This version is the one in force: its audience is asked now'),
    audience: z.number().int().describe('Active people in the audience now'),
    acknowledged: z.number().int().describe('Of them, how many acknowledged this version'),
    overdue: z.number().int().describe('Of those who have not, how many are past their due date'),
    ratePercent: z.number().describe('acknowledged / audience × 100, one decimal'),
    audienceDescription: z.string(),
  })
  .meta({ id: 'Campaign' });
export const ZCampaignUnit = z
  .object({
    orgUnit: z.object({ id: z.string(), name: z.string() }).nullable().describe('null: people without a unit'),
    audience: z.number().int(),
    acknowledged: z.number().int(),
    ratePercent: z.number(),
  })
  .meta({ id: 'CampaignUnit' });
export const ZCampaignUnitPage = ZPage(ZCampaignUnit).meta({ id: 'CampaignUnitPage' });
export const ZCampaignPerson = z
  .object({
    person: ZPersonSummary,
    employeeId: z.string().nullable(),
    orgUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
    acknowledgedAt: ZIsoDateTime.nullable(),
    quizScore: z.number().int().nullable(),
    dueAt: ZIsoDateTime,
    overdue: z.boolean(),
  })
  .meta({ id: 'CampaignPerson' });
export const ZCampaignPersonPage = ZPage(ZCampaignPerson).meta({ id: 'CampaignPersonPage' });
export const ZCampaignPeopleQuery = ZPageQuery.extend({
  state: z.enum(['pending', 'acknowledged', 'all']).default('pending'),
  orgUnitId: z.uuid().optional().describe('This unit only (not the units below it)'),
  q: z.string().trim().max(200).optional().describe('Search name, email or employee id'),
});
export const ZCampaignExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** A policy a person must read (or has read), for "Policies to read". */
export const ZMyPolicy = z
  .object({
    policyId: z.string(),
    reference: z.string(),
    kind: ZPolicyKind,
    title: z.string(),
    summary: z.string(),
    versionId: z.string(),
    number: z.number().int(),
    publishedAt: ZIsoDateTime,
    dueAt: ZIsoDateTime,
    overdue: z.boolean(),
    acknowledgedAt: ZIsoDateTime.nullable(),
    hasQuiz: z.boolean(),
    changeSummary: z.string(),
    previouslyAcknowledged: z
      .number()
      .int()
      .nullable()
      .describe('The number of an earlier version the person acknowledged, when this one replaces it'),
  })
  .meta({ id: 'MyPolicy' });
export const ZMyPolicies = z
  .object({
    toRead: z.array(ZMyPolicy).describe('Versions in force the person has not acknowledged, soonest due first'),
    acknowledged: z.array(ZMyPolicy).describe('Versions in force the person has acknowledged'),
  })
  .meta({ id: 'MyPolicies' });

export const ZAcknowledgePolicyRequest = z
  .strictObject({
    answers: z
      .array(z.object({ questionId: z.string().max(40), option: z.number().int().min(0) }))
      .max(POLICY_LIMITS.questionsMax)
      .default([]),
  })
  .meta({ id: 'AcknowledgePolicyRequest' });
export const ZAcknowledgePolicyResult = z
  .object({
    acknowledged: z.boolean().describe('false when the quiz was not passed: nothing was recorded'),
    acknowledgedAt: ZIsoDateTime.nullable(),
    scorePercent: z.number().int().nullable(),
    passMark: z.number().int().nullable(),
    wrongQuestionIds: z.array(z.string()),
  })
  .meta({ id: 'AcknowledgePolicyResult' });

export const ZPersonPolicyAck = z
  .object({
    policyId: z.string(),
    reference: z.string(),
    title: z.string(),
    versionId: z.string(),
    number: z.number().int(),
    acknowledgedAt: ZIsoDateTime,
    quizScore: z.number().int().nullable(),
  })
  .meta({ id: 'PersonPolicyAck' });
export const ZPersonPolicyAckPage = ZPage(ZPersonPolicyAck).meta({ id: 'PersonPolicyAckPage' });
