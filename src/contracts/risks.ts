import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) => z.string().trim().max(max);
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD');
const ZRiskPersonRef = z.object({ id: z.string(), fullName: z.string() }).meta({ id: 'RiskPersonRef' });

export const RISK_LIMITS = {
  titleMax: 200,
  textMax: 5000,
  categoryMax: 80,
  noteMax: 2000,
  scaleMin: 3,
  scaleMax: 5,
  levelsMin: 2,
  levelsMax: 6,
  viewsMax: 50,
} as const;

// Method ------------------------------------------------------------------------------------

export const ZScaleStep = z
  .object({
    value: z.number().int().min(1).max(5),
    label: ZText(60),
    description: ZOptionalText(500),
  })
  .meta({ id: 'RiskScaleStep' });

export const ZRiskLevel = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,29}$/, 'Lowercase letters, digits and underscores'),
    label: ZText(40),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour like #e03131'),
    minScore: z.number().int().min(1).max(25).describe('Scores from this value up have this level'),
  })
  .meta({ id: 'RiskLevel' });

export const ZRiskMethod = z
  .object({
    version: z.number().int(),
    likelihood: z.array(ZScaleStep),
    impact: z.array(ZScaleStep),
    levels: z.array(ZRiskLevel),
    appetiteScore: z
      .number()
      .int()
      .describe('Highest residual score a risk owner may accept; above it Top Management accepts'),
    assessmentIntervalMonths: z.number().int(),
    acceptanceMaxMonths: z.number().int().describe('Longest an acceptance runs before it must be renewed'),
    note: z.string(),
    createdAt: ZIsoDateTime,
    createdBy: ZRiskPersonRef.nullable(),
    can: z.object({ change: z.boolean() }),
  })
  .meta({ id: 'RiskMethod' });
export type TRiskMethod = z.infer<typeof ZRiskMethod>;

export const ZRiskMethodVersionPage = ZPage(ZRiskMethod).meta({ id: 'RiskMethodPage' });

export const ZChangeRiskMethodRequest = z
  .strictObject({
    basedOnVersion: z.number().int().describe('The version you edited; a newer one refuses the change'),
    likelihood: z.array(ZScaleStep).min(RISK_LIMITS.scaleMin).max(RISK_LIMITS.scaleMax),
    impact: z.array(ZScaleStep).min(RISK_LIMITS.scaleMin).max(RISK_LIMITS.scaleMax),
    levels: z.array(ZRiskLevel).min(RISK_LIMITS.levelsMin).max(RISK_LIMITS.levelsMax),
    appetiteScore: z.number().int().min(1).max(25),
    assessmentIntervalMonths: z.number().int().min(1).max(36),
    acceptanceMaxMonths: z.number().int().min(1).max(36),
    note: ZText(RISK_LIMITS.noteMax).describe('Why the method changes (kept with the version)'),
  })
  .meta({ id: 'ChangeRiskMethodRequest' });
export type TChangeRiskMethodRequest = z.infer<typeof ZChangeRiskMethodRequest>;

// Register ----------------------------------------------------------------------------------

export const ZTreatmentOption = z.enum(['modify', 'retain', 'avoid', 'share']).meta({ id: 'TreatmentOption' });

/**
 * identified: not assessed yet; assessed: scored, no treatment decided; treatment: a treatment
 * option is chosen; accepted: residual risk accepted and the acceptance has not expired; closed.
 */
export const ZRiskStatus = z
  .enum(['identified', 'assessed', 'treatment', 'accepted', 'closed'])
  .meta({ id: 'RiskStatus' });
export type TRiskStatus = z.infer<typeof ZRiskStatus>;

export const ZRiskScore = z
  .object({
    likelihood: z.number().int(),
    impact: z.number().int(),
    score: z.number().int(),
    level: z.object({ key: z.string(), label: z.string(), color: z.string() }),
  })
  .meta({ id: 'RiskScore' });

export const ZRiskOwner = z
  .object({
    person: ZRiskPersonRef,
    via: z
      .enum(['risk', 'org_unit', 'isms'])
      .describe('Held for this risk, inherited from its org unit, or for the whole ISMS'),
  })
  .meta({ id: 'RiskOwner' });

export const ZRiskSummary = z
  .object({
    id: z.string(),
    reference: z.string().describe('RSK-0001'),
    title: z.string(),
    category: z.string(),
    orgUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
    status: ZRiskStatus,
    owner: ZRiskOwner.nullable(),
    inherent: ZRiskScore.nullable(),
    residual: ZRiskScore.nullable(),
    aboveAppetite: z.boolean().describe('Residual score above the acceptance criteria of the current method'),
    treatmentOption: ZTreatmentOption.nullable(),
    nextAssessmentAt: ZIsoDateTime.nullable(),
    assessmentOverdue: z.boolean(),
    acceptedUntil: ZIsoDateTime.nullable(),
    updatedAt: ZIsoDateTime,
  })
  .meta({ id: 'RiskSummary' });
export const ZRiskPage = ZPage(ZRiskSummary)
  .extend({ total: z.number().int().describe('Risks matching the filters') })
  .meta({ id: 'RiskPage' });

export const RISK_SORTS = [
  'reference',
  '-reference',
  'title',
  '-residual',
  'residual',
  '-inherent',
  'inherent',
  'next_assessment',
] as const;

export const ZRiskListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  q: z.string().trim().max(200).optional().describe('Search reference, title, threat and vulnerability'),
  status: ZRiskStatus.optional(),
  category: z.string().trim().max(80).optional(),
  orgUnitId: z.uuid().optional().describe('This unit and the units below it'),
  ownerPersonId: z.uuid().optional().describe('Risks this person owns (directly or through an org unit)'),
  aboveAppetite: z.enum(['true', 'false']).optional(),
  assessmentOverdue: z.enum(['true', 'false']).optional(),
  level: z.string().max(30).optional().describe('Residual level key'),
  cell: z
    .string()
    .regex(/^(inherent|residual):[1-5]:[1-5]$/, 'basis:likelihood:impact')
    .optional()
    .describe('A heat-map cell, e.g. residual:4:5'),
  sort: z.enum(RISK_SORTS).default('reference'),
});
export type TRiskListQuery = z.infer<typeof ZRiskListQuery>;
export const ZRiskFilterQuery = ZRiskListQuery.omit({ limit: true, cursor: true, sort: true });
export type TRiskFilterQuery = z.infer<typeof ZRiskFilterQuery>;

export const ZRiskExportQuery = ZRiskFilterQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  sort: z.enum(RISK_SORTS).default('reference'),
});

export const ZRiskCan = z
  .object({
    edit: z.boolean(),
    assess: z.boolean(),
    plan: z.boolean().describe('Choose the treatment option and edit actions'),
    approvePlan: z.boolean(),
    accept: z.boolean().describe('Would be allowed to accept the residual risk now'),
    close: z.boolean(),
    post: z.boolean().describe('Post a status update or a concern'),
  })
  .meta({ id: 'RiskCan' });

export const ZRiskAction = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    owner: ZRiskPersonRef.nullable(),
    dueDate: z.string().nullable(),
    status: z.enum(['planned', 'in_progress', 'done', 'cancelled']),
    overdue: z.boolean(),
    completedAt: ZIsoDateTime.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'RiskAction' });

export const ZRiskAcceptance = z
  .object({
    id: z.string(),
    residualScore: z.number().int(),
    levelLabel: z.string(),
    aboveAppetite: z.boolean(),
    justification: z.string(),
    acceptedBy: ZRiskPersonRef,
    acceptedRoleName: z.string(),
    acceptedAt: ZIsoDateTime,
    expiresAt: ZIsoDateTime,
    state: z.enum(['in_force', 'expired', 'revoked', 'superseded']),
  })
  .meta({ id: 'RiskAcceptance' });

export const ZRisk = ZRiskSummary.extend({
  description: z.string(),
  threat: z.string(),
  vulnerability: z.string(),
  methodVersion: z.number().int().nullable().describe('Method version of the latest assessment'),
  assessedAt: ZIsoDateTime.nullable(),
  treatmentNote: z.string(),
  plan: z.object({
    version: z.number().int(),
    approved: z.boolean().describe('The current plan version is approved'),
    approvedAt: ZIsoDateTime.nullable(),
    approvedBy: ZRiskPersonRef.nullable(),
    approvedRoleName: z.string().nullable(),
    actions: z.array(ZRiskAction),
  }),
  acceptance: ZRiskAcceptance.nullable().describe('The latest acceptance'),
  controls: z
    .array(
      z.object({
        id: z.string(),
        reference: z.string(),
        title: z.string(),
        applicability: z.enum(['applicable', 'not_applicable', 'undecided']),
        status: z.enum(['not_started', 'planned', 'partially', 'implemented']),
      }),
    )
    .describe('Controls linked to the risk or to one of its actions (linked from the control page)'),
  closedAt: ZIsoDateTime.nullable(),
  closeReason: z.string().nullable(),
  createdAt: ZIsoDateTime,
  version: z.number().int(),
  can: ZRiskCan,
}).meta({ id: 'Risk' });
export type TRisk = z.infer<typeof ZRisk>;

export const ZCreateRiskRequest = z
  .strictObject({
    title: ZText(RISK_LIMITS.titleMax),
    description: ZOptionalText(RISK_LIMITS.textMax).default(''),
    category: ZText(RISK_LIMITS.categoryMax),
    orgUnitId: z.uuid().nullable().default(null),
    threat: ZOptionalText(RISK_LIMITS.textMax).default(''),
    vulnerability: ZOptionalText(RISK_LIMITS.textMax).default(''),
    ownerPersonId: z
      .uuid()
      .nullable()
      .default(null)
      .describe('Made Risk Owner of this risk in the ledger (the ISM assigns)'),
  })
  .meta({ id: 'CreateRiskRequest' });
export type TCreateRiskRequest = z.infer<typeof ZCreateRiskRequest>;

export const ZUpdateRiskRequest = z
  .strictObject({
    version: z.number().int(),
    title: ZText(RISK_LIMITS.titleMax).optional(),
    description: ZOptionalText(RISK_LIMITS.textMax).optional(),
    category: ZText(RISK_LIMITS.categoryMax).optional(),
    orgUnitId: z.uuid().nullable().optional(),
    threat: ZOptionalText(RISK_LIMITS.textMax).optional(),
    vulnerability: ZOptionalText(RISK_LIMITS.textMax).optional(),
  })
  .meta({ id: 'UpdateRiskRequest' });
export type TUpdateRiskRequest = z.infer<typeof ZUpdateRiskRequest>;

export const ZAssessRiskRequest = z
  .strictObject({
    version: z.number().int(),
    inherentLikelihood: z.number().int().min(1).max(5),
    inherentImpact: z.number().int().min(1).max(5),
    residualLikelihood: z.number().int().min(1).max(5),
    residualImpact: z.number().int().min(1).max(5),
    rationale: ZText(RISK_LIMITS.textMax),
  })
  .meta({ id: 'AssessRiskRequest' });
export type TAssessRiskRequest = z.infer<typeof ZAssessRiskRequest>;

export const ZRiskAssessment = z
  .object({
    id: z.string(),
    methodVersion: z.number().int(),
    inherent: ZRiskScore,
    residual: ZRiskScore,
    rationale: z.string(),
    assessedBy: ZRiskPersonRef.nullable(),
    assessedRoleName: z.string().nullable(),
    assessedAt: ZIsoDateTime,
  })
  .meta({ id: 'RiskAssessment' });
export const ZRiskAssessmentPage = ZPage(ZRiskAssessment).meta({ id: 'RiskAssessmentPage' });

export const ZSetTreatmentRequest = z
  .strictObject({
    version: z.number().int(),
    option: ZTreatmentOption,
    note: ZOptionalText(RISK_LIMITS.textMax).default(''),
  })
  .meta({ id: 'SetTreatmentRequest' });

export const ZRiskActionRequest = z
  .strictObject({
    title: ZText(RISK_LIMITS.titleMax),
    description: ZOptionalText(RISK_LIMITS.textMax).default(''),
    ownerPersonId: z.uuid().nullable().default(null),
    dueDate: ZDay.nullable().default(null),
  })
  .meta({ id: 'RiskActionRequest' });
export const ZUpdateRiskActionRequest = z
  .strictObject({
    version: z.number().int(),
    title: ZText(RISK_LIMITS.titleMax).optional(),
    description: ZOptionalText(RISK_LIMITS.textMax).optional(),
    ownerPersonId: z.uuid().nullable().optional(),
    dueDate: ZDay.nullable().optional(),
    status: z.enum(['planned', 'in_progress', 'done', 'cancelled']).optional(),
  })
  .meta({ id: 'UpdateRiskActionRequest' });

export const ZApprovePlanRequest = z
  .strictObject({ planVersion: z.number().int().describe('The plan version you reviewed') })
  .meta({ id: 'ApprovePlanRequest' });

export const ZAcceptRiskRequest = z
  .strictObject({
    version: z.number().int(),
    justification: ZText(RISK_LIMITS.textMax),
    expiresOn: ZDay.describe('Last day the acceptance holds; at most the method’s acceptance period'),
  })
  .meta({ id: 'AcceptRiskRequest' });

export const ZCloseRiskRequest = z
  .strictObject({ version: z.number().int(), reason: ZText(RISK_LIMITS.noteMax) })
  .meta({ id: 'CloseRiskRequest' });

// Communication -------------------------------------------------------------------------------

export const ZRiskUpdate = z
  .object({
    id: z.string(),
    risk: z.object({ id: z.string(), reference: z.string(), title: z.string() }),
    author: ZRiskPersonRef,
    kind: z.enum(['status', 'concern']),
    body: z.string(),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'RiskUpdate' });
export const ZRiskUpdatePage = ZPage(ZRiskUpdate).meta({ id: 'RiskUpdatePage' });
export const ZPostRiskUpdateRequest = z
  .strictObject({ kind: z.enum(['status', 'concern']), body: ZText(RISK_LIMITS.textMax) })
  .meta({ id: 'PostRiskUpdateRequest' });
export const ZRiskUpdateFeedQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  kind: z.enum(['status', 'concern']).optional(),
});

// Views ---------------------------------------------------------------------------------------

export const ZHeatmap = z
  .object({
    basis: z.enum(['inherent', 'residual']),
    methodVersion: z.number().int(),
    likelihood: z.array(ZScaleStep),
    impact: z.array(ZScaleStep),
    cells: z.array(
      z.object({
        likelihood: z.number().int(),
        impact: z.number().int(),
        score: z.number().int(),
        level: z.object({ key: z.string(), label: z.string(), color: z.string() }),
        count: z.number().int(),
      }),
    ),
    unassessed: z.number().int(),
    outOfScale: z.number().int().describe('Risks scored on an older, larger scale: reassess them'),
    appetiteScore: z.number().int(),
  })
  .meta({ id: 'Heatmap' });
export const ZHeatmapQuery = ZRiskFilterQuery.omit({ cell: true }).extend({
  basis: z.enum(['inherent', 'residual']).default('residual'),
});

export const ZRiskBreakdown = z
  .object({
    byOrgUnit: z.array(
      z.object({
        orgUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
        total: z.number().int(),
        aboveAppetite: z.number().int(),
        unassessed: z.number().int(),
      }),
    ),
    byOwner: z.array(
      z.object({
        owner: ZRiskPersonRef.nullable(),
        total: z.number().int(),
        aboveAppetite: z.number().int(),
        overdueActions: z.number().int(),
      }),
    ),
    byLevel: z.array(z.object({ level: z.string(), label: z.string(), color: z.string(), count: z.number().int() })),
    totals: z.object({
      risks: z.number().int(),
      open: z.number().int(),
      aboveAppetite: z.number().int(),
      unassessed: z.number().int(),
      assessmentOverdue: z.number().int(),
      overdueActions: z.number().int(),
    }),
  })
  .meta({ id: 'RiskBreakdown' });

export const ZRiskActionListItem = ZRiskAction.extend({
  risk: z.object({ id: z.string(), reference: z.string(), title: z.string() }),
}).meta({ id: 'RiskActionListItem' });
export const ZRiskActionPage = ZPage(ZRiskActionListItem).meta({ id: 'RiskActionPage' });
export const ZRiskActionListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ownerPersonId: z.uuid().optional(),
  status: z.enum(['open', 'done', 'all']).default('open'),
});

export const ZRiskView = z
  .object({ id: z.string(), name: z.string(), query: z.record(z.string(), z.string()), createdAt: ZIsoDateTime })
  .meta({ id: 'RiskView' });
export const ZRiskViewList = z.object({ items: z.array(ZRiskView) }).meta({ id: 'RiskViewList' });
export const ZSaveRiskViewRequest = z
  .strictObject({
    name: ZText(80),
    query: z
      .record(z.string().max(40), z.string().max(200))
      .describe('The register query string as key/value pairs (filters and sort)'),
  })
  .meta({ id: 'SaveRiskViewRequest' });

// Import --------------------------------------------------------------------------------------

export const ZRiskImportRowError = z
  .object({ line: z.number().int(), field: z.string(), message: z.string() })
  .meta({ id: 'RiskImportRowError' });
export const ZRiskImportResult = z
  .object({
    mode: z.enum(['preview', 'apply']),
    applied: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    assessed: z.number().int(),
    errors: z.array(ZRiskImportRowError),
    sha256: z.string().describe('Of the file; apply must name the previewed file'),
  })
  .meta({ id: 'RiskImportResult' });
export const ZRiskImportQuery = z.object({
  mode: z.enum(['preview', 'apply']).default('preview'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .describe('With apply: the sha256 the preview returned'),
});
