import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

/**
 * Internal audit (ISO/IEC 27001:2022 9.2) and nonconformity and corrective action (10.2): the
 * audit programme, audits with scope, independent auditors and a checklist, findings,
 * nonconformities, corrective actions and the verification of their effectiveness.
 */

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) => z.string().trim().max(max);
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD');
const ZCursorQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
};

export const AUDIT_LIMITS = {
  titleMax: 300,
  textMax: 5000,
  notesMax: 10000,
  urlMax: 2000,
  scopeMax: 300,
  teamMax: 10,
  frequencyMonthsMax: 60,
  whysMax: 5,
} as const;

export const ZAuditPersonRef = z.object({ id: z.string(), fullName: z.string() }).meta({ id: 'AuditPersonRef' });
export type TAuditPersonRef = z.infer<typeof ZAuditPersonRef>;

// Programme ---------------------------------------------------------------------------------------

export const PROGRAMME_ITEM_TYPES = ['clause', 'control'] as const;
export const ZProgrammeItemType = z.enum(PROGRAMME_ITEM_TYPES).meta({ id: 'AuditProgrammeItemType' });

export const ZAuditProgramme = z
  .object({
    title: z.string(),
    cycleStart: ZDay.describe('First day of the programme (usually the certification cycle)'),
    cycleEnd: ZDay.describe('Last day of the programme'),
    clauseFrequencyMonths: z.number().int().describe('Each clause 4-10 is audited at least this often'),
    controlFrequencyMonths: z.number().int().describe('Each applicable control is audited at least this often'),
    notes: z.string(),
    overrides: z.array(
      z.object({
        itemType: ZProgrammeItemType,
        itemId: z.string(),
        code: z.string(),
        title: z.string(),
        frequencyMonths: z.number().int(),
      }),
    ),
    updatedAt: ZIsoDateTime.nullable(),
    updatedBy: ZAuditPersonRef.nullable(),
    version: z.number().int().describe('0 until the ISM first saves the programme'),
    can: z.object({ manage: z.boolean() }),
  })
  .meta({ id: 'AuditProgramme' });
export type TAuditProgramme = z.infer<typeof ZAuditProgramme>;

export const ZUpdateAuditProgrammeRequest = z
  .object({
    title: ZText(AUDIT_LIMITS.titleMax),
    cycleStart: ZDay,
    cycleEnd: ZDay,
    clauseFrequencyMonths: z.number().int().min(1).max(AUDIT_LIMITS.frequencyMonthsMax),
    controlFrequencyMonths: z.number().int().min(1).max(AUDIT_LIMITS.frequencyMonthsMax),
    notes: ZOptionalText(AUDIT_LIMITS.textMax).default(''),
    version: z.number().int().min(0),
  })
  .meta({ id: 'UpdateAuditProgrammeRequest' });
export type TUpdateAuditProgrammeRequest = z.infer<typeof ZUpdateAuditProgrammeRequest>;

export const ZSetProgrammeFrequencyRequest = z
  .object({
    itemType: ZProgrammeItemType,
    itemId: z.string().min(1).max(100).describe('Clause number (e.g. 6.1.2) or control id'),
    frequencyMonths: z
      .number()
      .int()
      .min(1)
      .max(AUDIT_LIMITS.frequencyMonthsMax)
      .nullable()
      .describe('null returns the item to the programme default'),
  })
  .meta({ id: 'SetProgrammeFrequencyRequest' });
export type TSetProgrammeFrequencyRequest = z.infer<typeof ZSetProgrammeFrequencyRequest>;

export const COVERAGE_STATES = ['current', 'planned', 'due', 'overdue'] as const;
export const ZCoverageState = z.enum(COVERAGE_STATES).meta({ id: 'AuditCoverageState' });
export type TCoverageState = z.infer<typeof ZCoverageState>;
export const COVERAGE_STATE_LABELS: Record<TCoverageState, string> = {
  current: 'Audited',
  planned: 'Planned',
  due: 'Not yet audited',
  overdue: 'Overdue',
};

export const ZProgrammeCoverageItem = z
  .object({
    itemType: ZProgrammeItemType,
    itemId: z.string(),
    code: z.string(),
    title: z.string(),
    frequencyMonths: z.number().int(),
    lastAudited: z
      .object({ auditId: z.string(), reference: z.string(), date: ZIsoDateTime, result: z.string() })
      .nullable(),
    planned: z.object({ auditId: z.string(), reference: z.string(), plannedStart: ZDay }).nullable(),
    dueBy: ZDay.describe('When the next audit of this item is due under its frequency'),
    state: ZCoverageState,
  })
  .meta({ id: 'AuditProgrammeCoverageItem' });
export type TProgrammeCoverageItem = z.infer<typeof ZProgrammeCoverageItem>;

export const ZProgrammeCoverageQuery = z.object({
  itemType: ZProgrammeItemType.optional(),
  state: ZCoverageState.optional(),
  ...ZCursorQuery,
});
export type TProgrammeCoverageQuery = z.infer<typeof ZProgrammeCoverageQuery>;
export const ZProgrammeCoverage = ZPage(ZProgrammeCoverageItem)
  .extend({
    totals: z.record(ZCoverageState, z.number().int()).describe('Counts over the whole programme, ignoring filters'),
    asOf: ZDay,
  })
  .meta({ id: 'AuditProgrammeCoverage' });
export type TProgrammeCoverage = z.infer<typeof ZProgrammeCoverage>;

// Audits ------------------------------------------------------------------------------------------

export const AUDIT_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export const ZAuditStatus = z.enum(AUDIT_STATUSES).meta({ id: 'AuditStatus' });
export type TAuditStatus = z.infer<typeof ZAuditStatus>;
export const AUDIT_STATUS_LABELS: Record<TAuditStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const AUDIT_SCOPE_TYPES = ['clause', 'control', 'org_unit', 'process'] as const;
export const ZAuditScopeType = z.enum(AUDIT_SCOPE_TYPES).meta({ id: 'AuditScopeType' });
export type TAuditScopeType = z.infer<typeof ZAuditScopeType>;
export const AUDIT_SCOPE_TYPE_LABELS: Record<TAuditScopeType, string> = {
  clause: 'Clause',
  control: 'Control',
  org_unit: 'Org unit',
  process: 'Process',
};

export const AUDIT_RESULTS = ['conforming', 'minor_nc', 'major_nc', 'observation', 'improvement'] as const;
export const ZAuditResult = z.enum(AUDIT_RESULTS).meta({ id: 'AuditResult' });
export type TAuditResult = z.infer<typeof ZAuditResult>;
export const AUDIT_RESULT_LABELS: Record<TAuditResult, string> = {
  conforming: 'Conforming',
  minor_nc: 'Minor nonconformity',
  major_nc: 'Major nonconformity',
  observation: 'Observation',
  improvement: 'Opportunity for improvement',
};

export const ZAuditScopeRef = z
  .object({
    type: ZAuditScopeType,
    id: z.string().min(1).max(100).describe('Clause number, control id, org unit id or RACI process key'),
  })
  .meta({ id: 'AuditScopeRef' });
export type TAuditScopeRef = z.infer<typeof ZAuditScopeRef>;

export const ZAuditScopeItem = ZAuditScopeRef.extend({
  code: z.string().describe('Clause number, control reference, or empty'),
  label: z.string(),
}).meta({ id: 'AuditScopeItem' });

export const ZAuditor = z
  .object({
    assignmentId: z.string().describe('Internal Auditor assignment scoped to this audit in the ledger'),
    person: ZAuditPersonRef,
    lead: z.boolean(),
    since: ZIsoDateTime,
    acknowledged: z.boolean(),
  })
  .meta({ id: 'Auditor' });

export const ZAuditFindingCounts = z
  .object({
    minor_nc: z.number().int(),
    major_nc: z.number().int(),
    observation: z.number().int(),
    improvement: z.number().int(),
  })
  .meta({ id: 'AuditFindingCounts' });

export const ZAuditSummary = z
  .object({
    id: z.string(),
    reference: z.string().describe('e.g. AUD-0001'),
    title: z.string(),
    status: ZAuditStatus,
    plannedStart: ZDay,
    plannedEnd: ZDay,
    lead: ZAuditPersonRef.nullable(),
    scopeCount: z.number().int(),
    progress: z.object({ total: z.number().int(), recorded: z.number().int() }),
    findings: ZAuditFindingCounts,
    signedOffAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'AuditSummary' });
export type TAuditSummary = z.infer<typeof ZAuditSummary>;

export const ZAudit = ZAuditSummary.extend({
  objective: z.string(),
  criteria: z.string(),
  scope: z.array(ZAuditScopeItem),
  team: z.array(ZAuditor),
  startedAt: ZIsoDateTime.nullable(),
  conclusion: z.string(),
  signedOff: z
    .object({ by: ZAuditPersonRef, roleKey: z.string(), at: ZIsoDateTime })
    .nullable()
    .describe('The lead auditor signing the report off'),
  cancelled: z.object({ at: ZIsoDateTime, reason: z.string() }).nullable(),
  version: z.number().int(),
  can: z.object({
    edit: z.boolean().describe('Change title, dates and scope (ISM, while planned)'),
    assignTeam: z.boolean(),
    start: z.boolean(),
    record: z.boolean().describe('Record results and evidence (the audit team, while in progress)'),
    signOff: z.boolean().describe('The lead auditor, once every item has a result'),
    cancel: z.boolean(),
  }),
}).meta({ id: 'Audit' });
export type TAudit = z.infer<typeof ZAudit>;

export const ZCreateAuditRequest = z
  .object({
    title: ZText(AUDIT_LIMITS.titleMax),
    objective: ZOptionalText(AUDIT_LIMITS.textMax).default(''),
    criteria: ZOptionalText(AUDIT_LIMITS.textMax).default('ISO/IEC 27001:2022 and the organisation’s ISMS policies'),
    plannedStart: ZDay,
    plannedEnd: ZDay,
    scope: z.array(ZAuditScopeRef).min(1).max(AUDIT_LIMITS.scopeMax),
  })
  .meta({ id: 'CreateAuditRequest' });
export type TCreateAuditRequest = z.infer<typeof ZCreateAuditRequest>;

export const ZUpdateAuditRequest = z
  .object({
    title: ZText(AUDIT_LIMITS.titleMax).optional(),
    objective: ZOptionalText(AUDIT_LIMITS.textMax).optional(),
    criteria: ZOptionalText(AUDIT_LIMITS.textMax).optional(),
    plannedStart: ZDay.optional(),
    plannedEnd: ZDay.optional(),
    scope: z.array(ZAuditScopeRef).min(1).max(AUDIT_LIMITS.scopeMax).optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'UpdateAuditRequest' });
export type TUpdateAuditRequest = z.infer<typeof ZUpdateAuditRequest>;

export const ZAddAuditorRequest = z
  .object({ personId: z.uuid(), lead: z.boolean().default(false) })
  .meta({ id: 'AddAuditorRequest' });
export type TAddAuditorRequest = z.infer<typeof ZAddAuditorRequest>;

export const ZAuditorIndependence = z
  .object({
    person: ZAuditPersonRef,
    independent: z.boolean(),
    conflicts: z.array(z.string()).describe('What the person owns, implements or is responsible for in scope (SOD-01)'),
  })
  .meta({ id: 'AuditorIndependence' });
export type TAuditorIndependence = z.infer<typeof ZAuditorIndependence>;

export const ZAuditVersionRequest = z.object({ version: z.number().int().min(1) }).meta({ id: 'AuditVersionRequest' });
export const ZSignOffAuditRequest = z
  .object({ conclusion: ZText(AUDIT_LIMITS.textMax), version: z.number().int().min(1) })
  .meta({ id: 'SignOffAuditRequest' });
export type TSignOffAuditRequest = z.infer<typeof ZSignOffAuditRequest>;
export const ZCancelAuditRequest = z
  .object({ reason: ZText(AUDIT_LIMITS.textMax), version: z.number().int().min(1) })
  .meta({ id: 'CancelAuditRequest' });
export type TCancelAuditRequest = z.infer<typeof ZCancelAuditRequest>;

export const ZAuditListQuery = z.object({
  status: ZAuditStatus.optional(),
  q: z.string().trim().max(200).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only audits you are on the team of'),
  ...ZCursorQuery,
});
export type TAuditListQuery = z.infer<typeof ZAuditListQuery>;
export const ZAuditPage = ZPage(ZAuditSummary).meta({ id: 'AuditPage' });

// Checklist ---------------------------------------------------------------------------------------

export const ZAuditEvidence = z
  .object({
    id: z.string(),
    kind: z.enum(['file', 'link']),
    title: z.string(),
    fileName: z.string().nullable(),
    contentType: z.string().nullable(),
    size: z.number().int().nullable(),
    sha256: z.string().nullable(),
    url: z.string().nullable(),
    addedBy: ZAuditPersonRef,
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'AuditEvidence' });
export type TAuditEvidence = z.infer<typeof ZAuditEvidence>;

export const ZAuditItem = z
  .object({
    id: z.string(),
    auditId: z.string(),
    type: ZAuditScopeType,
    itemId: z.string(),
    code: z.string(),
    title: z.string(),
    guidance: z.string().describe('What to look for: the evidence an auditor expects'),
    result: ZAuditResult.nullable(),
    notes: z.string(),
    recordedBy: ZAuditPersonRef.nullable(),
    recordedAt: ZIsoDateTime.nullable(),
    evidence: z.array(ZAuditEvidence),
    nonconformity: z.object({ id: z.string(), reference: z.string(), status: z.string() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'AuditItem' });
export type TAuditItem = z.infer<typeof ZAuditItem>;

export const ZAuditItemListQuery = z.object({
  result: z
    .union([ZAuditResult, z.literal('open')])
    .optional()
    .describe("'open': items without a result"),
  ...ZCursorQuery,
});
export type TAuditItemListQuery = z.infer<typeof ZAuditItemListQuery>;
export const ZAuditItemPage = ZPage(ZAuditItem).meta({ id: 'AuditItemPage' });

export const ZRecordAuditResultRequest = z
  .object({
    result: ZAuditResult,
    notes: ZOptionalText(AUDIT_LIMITS.notesMax).default(''),
    version: z.number().int().min(1),
  })
  .meta({ id: 'RecordAuditResultRequest' });
export type TRecordAuditResultRequest = z.infer<typeof ZRecordAuditResultRequest>;

export const ZAddAuditEvidenceLinkRequest = z
  .object({ title: ZText(AUDIT_LIMITS.titleMax), url: z.url({ protocol: /^https?$/ }).max(AUDIT_LIMITS.urlMax) })
  .meta({ id: 'AddAuditEvidenceLinkRequest' });
export type TAddAuditEvidenceLinkRequest = z.infer<typeof ZAddAuditEvidenceLinkRequest>;
export const ZAuditEvidenceUploadQuery = z.object({
  fileName: ZText(255),
  title: ZOptionalText(AUDIT_LIMITS.titleMax).optional(),
});

// Nonconformities and corrective actions ----------------------------------------------------------

export const NC_STATUSES = ['open', 'action', 'verification', 'closed'] as const;
export const ZNcStatus = z.enum(NC_STATUSES).meta({ id: 'NonconformityStatus' });
export type TNcStatus = z.infer<typeof ZNcStatus>;
export const NC_STATUS_LABELS: Record<TNcStatus, string> = {
  open: 'Open',
  action: 'Corrective action',
  verification: 'Awaiting verification',
  closed: 'Closed',
};
export const NC_SEVERITIES = ['minor', 'major'] as const;
export const ZNcSeverity = z.enum(NC_SEVERITIES).meta({ id: 'NonconformitySeverity' });
export type TNcSeverity = z.infer<typeof ZNcSeverity>;
export const NC_SOURCES = ['audit', 'incident', 'other'] as const;
export const ZNcSource = z.enum(NC_SOURCES).meta({ id: 'NonconformitySource' });
export type TNcSource = z.infer<typeof ZNcSource>;
export const ROOT_CAUSE_METHODS = ['five_whys', 'free_text'] as const;
export const ZRootCauseMethod = z.enum(ROOT_CAUSE_METHODS).meta({ id: 'RootCauseMethod' });

export const CA_STATUSES = ['open', 'done', 'cancelled'] as const;
export const ZCaStatus = z.enum(CA_STATUSES).meta({ id: 'CorrectiveActionStatus' });

export const ZCorrectiveAction = z
  .object({
    id: z.string(),
    reference: z.string().describe('e.g. CA-0001'),
    ncId: z.string(),
    title: z.string(),
    description: z.string(),
    dueDate: ZDay,
    status: ZCaStatus,
    overdue: z.boolean(),
    owner: z
      .object({ person: ZAuditPersonRef, assignmentId: z.string() })
      .nullable()
      .describe('Corrective Action Owner in the ledger'),
    done: z.object({ by: ZAuditPersonRef, at: ZIsoDateTime, note: z.string() }).nullable(),
    version: z.number().int(),
    can: z.object({ complete: z.boolean(), edit: z.boolean() }),
  })
  .meta({ id: 'CorrectiveAction' });
export type TCorrectiveAction = z.infer<typeof ZCorrectiveAction>;

export const ZNcVerification = z
  .object({
    effective: z.boolean(),
    note: z.string(),
    by: ZAuditPersonRef,
    roleKey: z.string(),
    at: ZIsoDateTime,
  })
  .meta({ id: 'NonconformityVerification' });

export const ZNonconformitySummary = z
  .object({
    id: z.string(),
    reference: z.string().describe('e.g. NC-0001'),
    title: z.string(),
    severity: ZNcSeverity,
    source: ZNcSource,
    status: ZNcStatus,
    audit: z.object({ id: z.string(), reference: z.string() }).nullable(),
    owner: ZAuditPersonRef.nullable().describe('Nonconformity Owner in the ledger'),
    raisedAt: ZIsoDateTime,
    ageDays: z.number().int().describe('Days since raised (until closed)'),
    actions: z.object({ total: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
    closedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'NonconformitySummary' });
export type TNonconformitySummary = z.infer<typeof ZNonconformitySummary>;

export const ZNonconformity = ZNonconformitySummary.extend({
  description: z.string(),
  sourceNote: z.string(),
  incidents: z
    .array(z.object({ id: z.string(), reference: z.string(), title: z.string(), status: z.string() }))
    .describe('Incidents linked to this nonconformity (the ones that revealed it)'),
  auditItem: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  clause: z.object({ id: z.string(), title: z.string() }).nullable(),
  control: z.object({ id: z.string(), reference: z.string(), title: z.string() }).nullable(),
  ownerAssignmentId: z.string().nullable(),
  correction: z.string(),
  correctedAt: ZIsoDateTime.nullable(),
  rootCause: z.object({ method: ZRootCauseMethod.nullable(), text: z.string(), whys: z.array(z.string()) }),
  raisedBy: ZAuditPersonRef,
  correctiveActions: z.array(ZCorrectiveAction),
  verifications: z.array(ZNcVerification),
  reopenedCount: z.number().int(),
  version: z.number().int(),
  can: z.object({
    manage: z.boolean().describe('Correction, root cause, corrective actions (the ISM or the NC owner)'),
    setOwner: z.boolean(),
    verify: z.boolean().describe('Verify effectiveness (an auditor or the ISM who did not implement an action)'),
  }),
}).meta({ id: 'Nonconformity' });
export type TNonconformity = z.infer<typeof ZNonconformity>;

export const ZRaiseNonconformityRequest = z
  .object({
    title: ZText(AUDIT_LIMITS.titleMax),
    description: ZText(AUDIT_LIMITS.textMax),
    severity: ZNcSeverity,
    source: z.enum(['incident', 'other']).describe('Audit findings raise their nonconformity from the checklist'),
    sourceNote: ZOptionalText(AUDIT_LIMITS.textMax).default('').describe('e.g. the incident reference'),
    clauseId: z.string().max(20).optional(),
    controlId: z.uuid().optional(),
    ownerPersonId: z.uuid().optional(),
  })
  .meta({ id: 'RaiseNonconformityRequest' });
export type TRaiseNonconformityRequest = z.infer<typeof ZRaiseNonconformityRequest>;

export const ZUpdateNonconformityRequest = z
  .object({
    title: ZText(AUDIT_LIMITS.titleMax).optional(),
    description: ZText(AUDIT_LIMITS.textMax).optional(),
    severity: ZNcSeverity.optional(),
    correction: ZOptionalText(AUDIT_LIMITS.textMax).optional().describe('What was done at once to contain it (10.2 a)'),
    rootCauseMethod: ZRootCauseMethod.optional(),
    rootCause: ZOptionalText(AUDIT_LIMITS.textMax).optional(),
    whys: z.array(ZOptionalText(1000)).max(AUDIT_LIMITS.whysMax).optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'UpdateNonconformityRequest' });
export type TUpdateNonconformityRequest = z.infer<typeof ZUpdateNonconformityRequest>;

export const ZSetNcOwnerRequest = z
  .object({ personId: z.uuid().nullable() })
  .meta({ id: 'SetNonconformityOwnerRequest' });

export const ZAddCorrectiveActionRequest = z
  .object({
    title: ZText(AUDIT_LIMITS.titleMax),
    description: ZOptionalText(AUDIT_LIMITS.textMax).default(''),
    dueDate: ZDay,
    ownerPersonId: z.uuid(),
  })
  .meta({ id: 'AddCorrectiveActionRequest' });
export type TAddCorrectiveActionRequest = z.infer<typeof ZAddCorrectiveActionRequest>;

export const ZUpdateCorrectiveActionRequest = z
  .object({
    title: ZText(AUDIT_LIMITS.titleMax).optional(),
    description: ZOptionalText(AUDIT_LIMITS.textMax).optional(),
    dueDate: ZDay.optional(),
    ownerPersonId: z.uuid().optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'UpdateCorrectiveActionRequest' });
export type TUpdateCorrectiveActionRequest = z.infer<typeof ZUpdateCorrectiveActionRequest>;

export const ZCompleteCorrectiveActionRequest = z
  .object({ note: ZText(AUDIT_LIMITS.textMax), version: z.number().int().min(1) })
  .meta({ id: 'CompleteCorrectiveActionRequest' });
export const ZCancelCorrectiveActionRequest = z
  .object({ reason: ZText(AUDIT_LIMITS.textMax), version: z.number().int().min(1) })
  .meta({ id: 'CancelCorrectiveActionRequest' });

export const ZVerifyNonconformityRequest = z
  .object({
    effective: z.boolean(),
    note: ZText(AUDIT_LIMITS.textMax),
    version: z.number().int().min(1),
  })
  .meta({ id: 'VerifyNonconformityRequest' });
export type TVerifyNonconformityRequest = z.infer<typeof ZVerifyNonconformityRequest>;

export const NC_SORTS = ['raised', 'age', 'reference', 'severity'] as const;
export const ZNcFilterQuery = z.object({
  status: z.union([ZNcStatus, z.literal('unclosed')]).optional(),
  severity: ZNcSeverity.optional(),
  source: ZNcSource.optional(),
  owner: z.string().max(64).optional().describe("A person id, 'me' or 'none'"),
  auditId: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
});
export const ZNcListQuery = ZNcFilterQuery.extend({
  sort: z.enum(NC_SORTS).default('raised'),
  ...ZCursorQuery,
});
export type TNcListQuery = z.infer<typeof ZNcListQuery>;
export const ZNcPage = ZPage(ZNonconformitySummary).meta({ id: 'NonconformityPage' });
export const ZNcExportQuery = ZNcFilterQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
export type TNcExportQuery = z.infer<typeof ZNcExportQuery>;

export const NC_AGE_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export const ZNcAgeing = z
  .object({
    buckets: z.array(z.enum(NC_AGE_BUCKETS)),
    total: z.record(z.enum(NC_AGE_BUCKETS), z.number().int()),
    byOwner: z.array(
      z.object({
        owner: ZAuditPersonRef.nullable(),
        counts: z.record(z.enum(NC_AGE_BUCKETS), z.number().int()),
        open: z.number().int(),
        oldestDays: z.number().int(),
      }),
    ),
    bySeverity: z.record(ZNcSeverity, z.number().int()),
    asOf: ZIsoDateTime,
  })
  .meta({ id: 'NonconformityAgeing' });
export type TNcAgeing = z.infer<typeof ZNcAgeing>;

// Scope picker ------------------------------------------------------------------------------------

export const ZAuditScopeOptionsQuery = z.object({
  type: ZAuditScopeType,
  q: z.string().trim().max(200).optional(),
});
export const ZAuditScopeOptions = z
  .object({ items: z.array(ZAuditScopeItem).describe('Everything of this type an audit may cover (bounded lists)') })
  .meta({ id: 'AuditScopeOptions' });
export type TAuditScopeOptions = z.infer<typeof ZAuditScopeOptions>;
