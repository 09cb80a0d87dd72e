import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) => z.string().trim().max(max);
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD');
const ZFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const CONTROL_LIMITS = {
  titleMax: 300,
  textMax: 5000,
  justificationMax: 2000,
  noteMax: 4000,
  urlMax: 2000,
  linksMax: 200,
  evidencePerCompletion: 20,
} as const;

export const ZControlPersonRef = z.object({ id: z.string(), fullName: z.string() }).meta({ id: 'ControlPersonRef' });

// Catalogue -----------------------------------------------------------------------------------

export const CONTROL_THEMES = ['organizational', 'people', 'physical', 'technological'] as const;
export const ZControlTheme = z.enum(CONTROL_THEMES).meta({ id: 'ControlTheme' });
export type TControlTheme = z.infer<typeof ZControlTheme>;
export const CONTROL_THEME_LABELS: Record<TControlTheme, string> = {
  organizational: 'Organizational (5)',
  people: 'People (6)',
  physical: 'Physical (7)',
  technological: 'Technological (8)',
};

export const ZCatalogue = z
  .object({
    id: z.string().describe('e.g. iso27001-2022-annex-a'),
    kind: z.enum(['controls', 'clauses', 'custom']),
    name: z.string(),
    version: z.string().describe('Version of the catalogue data loaded'),
    itemCount: z.number().int(),
    loadedAt: ZIsoDateTime,
  })
  .meta({ id: 'Catalogue' });

export const ZClause = z
  .object({
    id: z.string().describe('Clause number, e.g. 6.1.3'),
    parentId: z.string().nullable(),
    title: z.string(),
    mandatoryDocumentedInformation: z.boolean(),
    evidence: z.string().describe('What an auditor expects to see'),
  })
  .meta({ id: 'Clause' });
export const ZClauseList = z.object({ catalogue: ZCatalogue, items: z.array(ZClause) }).meta({ id: 'ClauseList' });

// Statement of Applicability --------------------------------------------------------------------

/** Why a control is included (or, with a written justification, excluded) — 6.1.3 d. */
export const SOA_REASONS = ['risk_treatment', 'legal', 'contractual', 'business_need'] as const;
export const ZSoaReason = z.enum(SOA_REASONS).meta({ id: 'SoaReason' });
export const SOA_REASON_LABELS: Record<(typeof SOA_REASONS)[number], string> = {
  risk_treatment: 'Risk treatment',
  legal: 'Legal or regulatory',
  contractual: 'Contractual',
  business_need: 'Business need',
};

export const IMPLEMENTATION_STATUSES = ['not_started', 'planned', 'partially', 'implemented'] as const;
export const ZImplementationStatus = z.enum(IMPLEMENTATION_STATUSES).meta({ id: 'ImplementationStatus' });
export type TImplementationStatus = z.infer<typeof ZImplementationStatus>;
export const IMPLEMENTATION_STATUS_LABELS: Record<TImplementationStatus, string> = {
  not_started: 'Not started',
  planned: 'Planned',
  partially: 'Partially implemented',
  implemented: 'Implemented',
};

/** undecided: the SoA has no decision yet for the control. */
export const APPLICABILITIES = ['applicable', 'not_applicable', 'undecided'] as const;
export const ZApplicability = z.enum(APPLICABILITIES).meta({ id: 'Applicability' });
export type TApplicability = z.infer<typeof ZApplicability>;

// Health ----------------------------------------------------------------------------------------

/**
 * healthy ≥ 80, attention ≥ 50, failing < 50; not_applicable for excluded controls and
 * undecided until the SoA decides.
 */
export const HEALTH_LEVELS = ['healthy', 'attention', 'failing', 'not_applicable', 'undecided'] as const;
export const ZHealthLevel = z.enum(HEALTH_LEVELS).meta({ id: 'ControlHealthLevel' });
export type THealthLevel = z.infer<typeof ZHealthLevel>;

export const ZHealthReason = z
  .object({
    code: z.enum([
      'missed_occurrence',
      'overdue_occurrence',
      'expired_evidence',
      'no_evidence',
      'not_implemented',
      'no_owner',
    ]),
    penalty: z.number().int().describe('Points taken off the score of 100'),
    message: z.string(),
  })
  .meta({ id: 'ControlHealthReason' });
export type THealthReason = z.infer<typeof ZHealthReason>;

export const ZControlHealth = z
  .object({
    score: z.number().int().min(0).max(100).nullable().describe('Null when not applicable or undecided'),
    level: ZHealthLevel,
    reasons: z.array(ZHealthReason),
    missedOccurrences: z.number().int().describe('Missed in the last 12 months'),
    overdueOccurrences: z.number().int(),
    expiredEvidence: z.number().int(),
    validEvidence: z.number().int(),
  })
  .meta({ id: 'ControlHealth' });
export type TControlHealth = z.infer<typeof ZControlHealth>;

// Controls --------------------------------------------------------------------------------------

export const ZControlOwner = z
  .object({
    person: ZControlPersonRef,
    via: z.enum(['control', 'isms']).describe('Held for this control, or Control Owner for the whole ISMS'),
    assignmentId: z.string(),
  })
  .meta({ id: 'ControlOwner' });

export const ZControlSummary = z
  .object({
    id: z.string(),
    reference: z.string().describe('A.5.1 for Annex A, CUS-001 for custom controls'),
    code: z.string(),
    title: z.string(),
    theme: ZControlTheme,
    custom: z.boolean(),
    applicability: ZApplicability,
    reasons: z.array(ZSoaReason),
    justification: z.string(),
    status: ZImplementationStatus,
    owner: ZControlOwner.nullable(),
    implementers: z.array(ZControlPersonRef),
    health: ZControlHealth,
    taskCount: z.number().int(),
    evidenceCount: z.number().int().describe('Current (not archived) evidence'),
    updatedAt: ZIsoDateTime,
  })
  .meta({ id: 'ControlSummary' });
export type TControlSummary = z.infer<typeof ZControlSummary>;

export const ZControlLinkRef = z
  .object({ id: z.string(), reference: z.string(), title: z.string() })
  .meta({ id: 'ControlLinkRef' });

export const ZControl = ZControlSummary.extend({
  description: z.string(),
  implementationNote: z.string(),
  decidedAt: ZIsoDateTime.nullable(),
  decidedBy: ZControlPersonRef.nullable(),
  risks: z.array(ZControlLinkRef),
  riskActions: z.array(ZControlLinkRef.extend({ riskId: z.string(), status: z.string() })),
  implementerAssignments: z.array(z.object({ assignmentId: z.string(), person: ZControlPersonRef })),
  createdAt: ZIsoDateTime,
  version: z.number().int(),
  can: z.object({
    decide: z.boolean().describe('Set applicability and justification, links, owner and implementers (ISM)'),
    edit: z.boolean().describe('Implementation status and note, evidence and tasks (ISM or the control owner)'),
    addEvidence: z.boolean().describe('ISM, the control owner or an implementer'),
  }),
}).meta({ id: 'Control' });
export type TControl = z.infer<typeof ZControl>;

export const CONTROL_SORTS = ['reference', 'title', 'status', 'health'] as const;
export const ZControlFilterQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Reference or title contains'),
  theme: ZControlTheme.optional(),
  applicability: ZApplicability.optional(),
  status: ZImplementationStatus.optional(),
  health: ZHealthLevel.optional(),
  owner: z.string().max(64).optional().describe("A person id, 'me', or 'none' for controls without an owner"),
  custom: ZFlag.optional(),
});
export const ZControlListQuery = ZControlFilterQuery.extend({
  sort: z.enum(CONTROL_SORTS).default('reference'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type TControlListQuery = z.infer<typeof ZControlListQuery>;
export const ZControlPage = ZPage(ZControlSummary)
  .extend({ total: z.number().int().describe('Controls matching the filters') })
  .meta({ id: 'ControlPage' });

export const ZControlProgress = z
  .object({
    total: z.number().int(),
    byApplicability: z.record(ZApplicability, z.number().int()),
    byStatus: z.record(ZImplementationStatus, z.number().int()).describe('Applicable controls only'),
    byHealth: z.record(ZHealthLevel, z.number().int()),
    byTheme: z.array(
      z.object({
        theme: ZControlTheme,
        total: z.number().int(),
        applicable: z.number().int(),
        implemented: z.number().int(),
        partially: z.number().int(),
      }),
    ),
    unowned: z.number().int().describe('Applicable controls without an owner'),
    missedOccurrences: z.number().int().describe('Across all controls, last 12 months'),
    expiredEvidence: z.number().int(),
  })
  .meta({ id: 'ControlProgress' });
export type TControlProgress = z.infer<typeof ZControlProgress>;

export const ZCreateControlRequest = z
  .strictObject({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,30}$/, 'Letters, digits, dots, dashes; e.g. CUS-001')
      .describe('Shown as the reference; unique among custom controls'),
    title: ZText(CONTROL_LIMITS.titleMax),
    description: ZOptionalText(CONTROL_LIMITS.textMax).default(''),
    theme: ZControlTheme,
  })
  .meta({ id: 'CreateControlRequest' });
export type TCreateControlRequest = z.infer<typeof ZCreateControlRequest>;

export const ZUpdateControlRequest = z
  .strictObject({
    version: z.number().int(),
    title: ZText(CONTROL_LIMITS.titleMax).optional().describe('Custom controls only'),
    description: ZOptionalText(CONTROL_LIMITS.textMax).optional(),
    theme: ZControlTheme.optional().describe('Custom controls only'),
    status: ZImplementationStatus.optional(),
    implementationNote: ZOptionalText(CONTROL_LIMITS.noteMax).optional(),
  })
  .meta({ id: 'UpdateControlRequest' });
export type TUpdateControlRequest = z.infer<typeof ZUpdateControlRequest>;

export const ZSetApplicabilityRequest = z
  .strictObject({
    version: z.number().int(),
    applicable: z.boolean(),
    reasons: z.array(ZSoaReason).max(SOA_REASONS.length).default([]),
    justification: ZOptionalText(CONTROL_LIMITS.justificationMax).default(''),
  })
  .meta({ id: 'SetApplicabilityRequest' });
export type TSetApplicabilityRequest = z.infer<typeof ZSetApplicabilityRequest>;

export const ZSetControlOwnerRequest = z
  .strictObject({
    personId: z.uuid().nullable().describe('Null ends the current owner of this control'),
    reason: ZOptionalText(500).default(''),
  })
  .meta({ id: 'SetControlOwnerRequest' });
export const ZAddImplementerRequest = z
  .strictObject({ personId: z.uuid(), reason: ZOptionalText(500).default('') })
  .meta({ id: 'AddImplementerRequest' });

export const ZSetControlLinksRequest = z
  .strictObject({
    version: z.number().int(),
    riskIds: z.array(z.uuid()).max(CONTROL_LIMITS.linksMax),
    riskActionIds: z.array(z.uuid()).max(CONTROL_LIMITS.linksMax),
  })
  .meta({ id: 'SetControlLinksRequest' });
export type TSetControlLinksRequest = z.infer<typeof ZSetControlLinksRequest>;

// Evidence --------------------------------------------------------------------------------------

export const ZEvidence = z
  .object({
    id: z.string(),
    reference: z.string().describe('EVD-0001'),
    controlId: z.string(),
    kind: z.enum(['file', 'link']),
    title: z.string(),
    description: z.string(),
    sha256: z.string().nullable().describe('Of the file content; files are stored by this hash'),
    fileName: z.string().nullable(),
    contentType: z.string().nullable(),
    size: z.number().int().nullable(),
    url: z.string().nullable(),
    evidenceDate: ZDay,
    validUntil: ZDay.nullable(),
    state: z.enum(['valid', 'expired', 'archived']),
    task: z.object({ id: z.string(), reference: z.string(), dueDate: ZDay }).nullable(),
    addedBy: ZControlPersonRef,
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'Evidence' });
export type TEvidence = z.infer<typeof ZEvidence>;
export const ZEvidencePage = ZPage(ZEvidence).meta({ id: 'EvidencePage' });
export const ZEvidenceListQuery = z.object({
  state: z.enum(['current', 'valid', 'expired', 'archived', 'all']).default('current'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});

/** Query of the raw-file upload (the body is the file). */
export const ZUploadEvidenceQuery = z.object({
  fileName: z.string().min(1).max(255),
  title: z.string().trim().max(CONTROL_LIMITS.titleMax).optional().describe('Defaults to the file name'),
  evidenceDate: ZDay.optional().describe('Defaults to today'),
  validUntil: ZDay.optional().describe('Omit for evidence that does not expire'),
});
export const ZAddEvidenceLinkRequest = z
  .strictObject({
    title: ZText(CONTROL_LIMITS.titleMax),
    description: ZOptionalText(CONTROL_LIMITS.textMax).default(''),
    url: z
      .url({ protocol: /^https?$/ })
      .max(CONTROL_LIMITS.urlMax)
      .describe('http or https'),
    evidenceDate: ZDay.optional(),
    validUntil: ZDay.nullable().default(null),
  })
  .meta({ id: 'AddEvidenceLinkRequest' });
export type TAddEvidenceLinkRequest = z.infer<typeof ZAddEvidenceLinkRequest>;

// Operational tasks -------------------------------------------------------------------------------

export const TASK_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export const ZTaskFrequency = z.enum(TASK_FREQUENCIES).meta({ id: 'TaskFrequency' });
export type TTaskFrequency = z.infer<typeof ZTaskFrequency>;

/** note_or_file: a note or at least one piece of evidence (file or link); file: at least one file. */
export const ZEvidenceRule = z.enum(['note_or_file', 'file']).meta({ id: 'TaskEvidenceRule' });

export const OCCURRENCE_STATES = ['upcoming', 'due', 'overdue', 'missed', 'completed', 'completed_late'] as const;
export const ZOccurrenceState = z.enum(OCCURRENCE_STATES).meta({ id: 'OccurrenceState' });
export type TOccurrenceState = z.infer<typeof ZOccurrenceState>;

export const ZOccurrence = z
  .object({
    dueDate: ZDay,
    state: ZOccurrenceState,
    completedAt: ZIsoDateTime.nullable(),
    completedBy: ZControlPersonRef.nullable(),
    note: z.string().nullable(),
    evidence: z.array(
      z.object({ id: z.string(), reference: z.string(), title: z.string(), sha256: z.string().nullable() }),
    ),
  })
  .meta({ id: 'TaskOccurrence' });
export type TOccurrence = z.infer<typeof ZOccurrence>;

export const ZControlTask = z
  .object({
    id: z.string(),
    reference: z.string().describe('TSK-0001'),
    control: z.object({ id: z.string(), reference: z.string(), title: z.string() }),
    title: z.string(),
    instructions: z.string(),
    frequency: ZTaskFrequency,
    interval: z.number().int().describe('Every n periods'),
    firstDue: ZDay,
    graceDays: z.number().int().describe('Days after the due date it may still be done before it counts as missed'),
    leadDays: z.number().int().describe('Days before the due date it appears in the inbox'),
    evidenceRule: ZEvidenceRule,
    assignee: ZControlPersonRef.nullable().describe('The named system administrator, if any'),
    assignees: z.array(ZControlPersonRef).describe('Who has the duty now (resolved through the ledger)'),
    active: z.boolean(),
    next: ZOccurrence.nullable().describe('The occurrence to do now or next'),
    missedLast12Months: z.number().int(),
    version: z.number().int(),
    can: z.object({ complete: z.boolean(), manage: z.boolean() }),
  })
  .meta({ id: 'ControlTask' });
export type TControlTask = z.infer<typeof ZControlTask>;

export const ZControlTaskDetail = ZControlTask.extend({
  occurrences: z.array(ZOccurrence).describe('Newest first: the next ones, then the last 12 months'),
}).meta({ id: 'ControlTaskDetail' });
export type TControlTaskDetail = z.infer<typeof ZControlTaskDetail>;

export const ZControlTaskPage = ZPage(ZControlTask).meta({ id: 'ControlTaskPage' });
export const ZControlTaskListQuery = z.object({
  controlId: z.uuid().optional(),
  mine: ZFlag.optional().describe('Only tasks whose duty is mine'),
  state: z.enum(['active', 'ended', 'all']).default('active'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});

const taskFields = {
  title: ZText(CONTROL_LIMITS.titleMax),
  instructions: ZOptionalText(CONTROL_LIMITS.textMax).default(''),
  frequency: ZTaskFrequency,
  interval: z.number().int().min(1).max(12).default(1),
  firstDue: ZDay,
  graceDays: z.number().int().min(0).max(60).default(7),
  leadDays: z.number().int().min(0).max(60).default(7),
  evidenceRule: ZEvidenceRule.default('note_or_file'),
  assigneePersonId: z
    .uuid()
    .nullable()
    .default(null)
    .describe('A system administrator of this control or of the whole ISMS; null: every implementer'),
};
export const ZCreateControlTaskRequest = z.strictObject(taskFields).meta({ id: 'CreateControlTaskRequest' });
export type TCreateControlTaskRequest = z.infer<typeof ZCreateControlTaskRequest>;
export const ZUpdateControlTaskRequest = z
  .strictObject({
    version: z.number().int(),
    title: taskFields.title.optional(),
    instructions: ZOptionalText(CONTROL_LIMITS.textMax).optional(),
    graceDays: z.number().int().min(0).max(60).optional(),
    leadDays: z.number().int().min(0).max(60).optional(),
    evidenceRule: ZEvidenceRule.optional(),
    assigneePersonId: z.uuid().nullable().optional(),
  })
  .meta({ id: 'UpdateControlTaskRequest' });
export type TUpdateControlTaskRequest = z.infer<typeof ZUpdateControlTaskRequest>;

export const ZCompleteOccurrenceRequest = z
  .strictObject({
    note: ZOptionalText(CONTROL_LIMITS.noteMax).default(''),
    evidenceIds: z
      .array(z.uuid())
      .max(CONTROL_LIMITS.evidencePerCompletion)
      .default([])
      .describe("Evidence uploaded to the task's control beforehand, attached to this occurrence"),
  })
  .meta({ id: 'CompleteOccurrenceRequest' });
export type TCompleteOccurrenceRequest = z.infer<typeof ZCompleteOccurrenceRequest>;

// SoA versions ----------------------------------------------------------------------------------

export const ZSoaRow = z
  .object({
    reference: z.string(),
    title: z.string(),
    theme: ZControlTheme,
    applicability: ZApplicability,
    reasons: z.array(ZSoaReason),
    justification: z.string(),
    status: ZImplementationStatus,
    owner: z.string().nullable(),
    implementers: z.array(z.string()),
    risks: z.array(z.string()).describe('Risk references'),
    evidence: z.array(z.string()).describe('Evidence references valid at the time'),
  })
  .meta({ id: 'SoaRow' });
export type TSoaRow = z.infer<typeof ZSoaRow>;

export const ZSoaVersionSummary = z
  .object({
    number: z.number().int(),
    note: z.string(),
    sha256: z.string().describe('Of the snapshot (canonical JSON)'),
    controlCount: z.number().int(),
    applicableCount: z.number().int(),
    approvedBy: ZControlPersonRef,
    approvedAs: z.string().describe('The role it was approved under'),
    approvedAt: ZIsoDateTime,
  })
  .meta({ id: 'SoaVersionSummary' });
export const ZSoaVersion = ZSoaVersionSummary.extend({ rows: z.array(ZSoaRow) }).meta({ id: 'SoaVersion' });
export const ZSoaVersionPage = ZPage(ZSoaVersionSummary).meta({ id: 'SoaVersionPage' });
export const ZApproveSoaRequest = z
  .strictObject({ note: ZOptionalText(2000).default('') })
  .meta({ id: 'ApproveSoaRequest' });
export const ZSoaExportQuery = z.object({ format: z.enum(['csv', 'xlsx', 'pdf']).default('xlsx') });
export const ZSoaStatus = z
  .object({
    latest: ZSoaVersionSummary.nullable(),
    undecided: z.number().int().describe('Controls without an applicability decision'),
    changedSinceLatest: z.number().int().describe('Controls whose SoA row differs from the latest approved version'),
    canApprove: z.boolean(),
  })
  .meta({ id: 'SoaStatus' });
