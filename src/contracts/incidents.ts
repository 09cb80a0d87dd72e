import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

/**
 * Information security incident management (ISO/IEC 27001:2022 Annex A 5.24-5.28, 6.8): every
 * person reports events, the ISM or an incident manager triages them, a handler responds through
 * containment, eradication and recovery against deadlines set by severity, communications are
 * logged, and the ISM closes each incident with its lessons learned.
 */

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) => z.string().trim().max(max);
const ZCursorQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
};

export const INCIDENT_LIMITS = {
  titleMax: 300,
  textMax: 10000,
  shortMax: 300,
  /** Hours: a deadline of up to a year. */
  hoursMax: 8760,
  closeDaysMax: 365,
  linksMax: 200,
} as const;

export const ZIncidentPersonRef = z.object({ id: z.string(), fullName: z.string() }).meta({ id: 'IncidentPersonRef' });
export type TIncidentPersonRef = z.infer<typeof ZIncidentPersonRef>;

export const INCIDENT_STATUSES = ['reported', 'open', 'resolved', 'closed'] as const;
export const ZIncidentStatus = z.enum(INCIDENT_STATUSES).meta({ id: 'IncidentStatus' });
export type TIncidentStatus = z.infer<typeof ZIncidentStatus>;
export const INCIDENT_STATUS_LABELS: Record<TIncidentStatus, string> = {
  reported: 'Awaiting triage',
  open: 'Being handled',
  resolved: 'Resolved, awaiting closure',
  closed: 'Closed',
};

export const INCIDENT_CLASSIFICATIONS = ['event', 'incident'] as const;
export const ZIncidentClassification = z.enum(INCIDENT_CLASSIFICATIONS).meta({ id: 'IncidentClassification' });
export type TIncidentClassification = z.infer<typeof ZIncidentClassification>;

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const ZIncidentSeverity = z.enum(INCIDENT_SEVERITIES).meta({ id: 'IncidentSeverity' });
export type TIncidentSeverity = z.infer<typeof ZIncidentSeverity>;

export const INCIDENT_CATEGORIES = [
  'malware',
  'phishing',
  'unauthorised_access',
  'data_disclosure',
  'lost_device',
  'denial_of_service',
  'misconfiguration',
  'policy_violation',
  'physical',
  'supplier',
  'other',
] as const;
export const ZIncidentCategory = z.enum(INCIDENT_CATEGORIES).meta({ id: 'IncidentCategory' });
export type TIncidentCategory = z.infer<typeof ZIncidentCategory>;
export const INCIDENT_CATEGORY_LABELS: Record<TIncidentCategory, string> = {
  malware: 'Malware',
  phishing: 'Phishing or social engineering',
  unauthorised_access: 'Unauthorised access',
  data_disclosure: 'Data disclosure or leak',
  lost_device: 'Lost or stolen device',
  denial_of_service: 'Denial of service or outage',
  misconfiguration: 'Misconfiguration or vulnerability',
  policy_violation: 'Policy violation',
  physical: 'Physical security',
  supplier: 'Supplier incident',
  other: 'Other',
};

/** The response phases (A.5.26): contain, eradicate, recover; each completed with a note. */
export const INCIDENT_PHASES = ['contain', 'eradicate', 'recover'] as const;
export const ZIncidentPhase = z.enum(INCIDENT_PHASES).meta({ id: 'IncidentPhase' });
export type TIncidentPhase = z.infer<typeof ZIncidentPhase>;
export const INCIDENT_PHASE_LABELS: Record<TIncidentPhase, string> = {
  contain: 'Contain',
  eradicate: 'Eradicate',
  recover: 'Recover',
};

export const TIMELINE_KINDS = [
  'report',
  'triage',
  'handler',
  'note',
  'action',
  'phase',
  'communication',
  'close',
] as const;
export const ZTimelineKind = z.enum(TIMELINE_KINDS).meta({ id: 'IncidentTimelineKind' });
export type TTimelineKind = z.infer<typeof ZTimelineKind>;

export const COMMUNICATION_PARTIES = [
  'authority',
  'data_subjects',
  'customers',
  'suppliers',
  'law_enforcement',
  'insurer',
  'staff',
  'other',
] as const;
export const ZCommunicationParty = z.enum(COMMUNICATION_PARTIES).meta({ id: 'IncidentCommunicationParty' });
export type TCommunicationParty = z.infer<typeof ZCommunicationParty>;
export const COMMUNICATION_PARTY_LABELS: Record<TCommunicationParty, string> = {
  authority: 'Supervisory authority or regulator',
  data_subjects: 'Affected data subjects',
  customers: 'Customers',
  suppliers: 'Suppliers or partners',
  law_enforcement: 'Law enforcement',
  insurer: 'Insurer',
  staff: 'Staff',
  other: 'Other',
};

export const INCIDENT_LINK_TYPES = ['asset', 'risk', 'nonconformity'] as const;
export const ZIncidentLinkType = z.enum(INCIDENT_LINK_TYPES).meta({ id: 'IncidentLinkType' });
export type TIncidentLinkType = z.infer<typeof ZIncidentLinkType>;

export const DEADLINE_KINDS = ['triage', 'contain', 'resolve', 'close'] as const;
export const ZDeadlineKind = z.enum(DEADLINE_KINDS).meta({ id: 'IncidentDeadlineKind' });
export type TDeadlineKind = z.infer<typeof ZDeadlineKind>;

// Settings ----------------------------------------------------------------------------------------

const ZHours = z.number().int().min(1).max(INCIDENT_LIMITS.hoursMax);
export const ZSeverityDeadlines = z
  .object({
    containHours: ZHours.describe('Contained within this many hours of the report'),
    resolveHours: ZHours.describe('Recovered within this many hours of the report'),
  })
  .meta({ id: 'IncidentSeverityDeadlines' });

export const ZIncidentSettings = z
  .object({
    triageHours: z.number().int().describe('Every report is triaged within this many hours'),
    closeDays: z.number().int().describe('Lessons learned and closure within this many days of recovery'),
    severities: z.record(ZIncidentSeverity, ZSeverityDeadlines),
    updatedAt: ZIsoDateTime.nullable(),
    updatedBy: ZIncidentPersonRef.nullable(),
    version: z.number().int().describe('0 until first saved (the defaults apply)'),
    can: z.object({ manage: z.boolean() }),
  })
  .meta({ id: 'IncidentSettings' });
export type TIncidentSettings = z.infer<typeof ZIncidentSettings>;

export const ZUpdateIncidentSettingsRequest = z
  .object({
    triageHours: ZHours,
    closeDays: z.number().int().min(1).max(INCIDENT_LIMITS.closeDaysMax),
    severities: z.object({
      low: ZSeverityDeadlines,
      medium: ZSeverityDeadlines,
      high: ZSeverityDeadlines,
      critical: ZSeverityDeadlines,
    }),
    version: z.number().int().min(0),
  })
  .meta({ id: 'UpdateIncidentSettingsRequest' });
export type TUpdateIncidentSettingsRequest = z.infer<typeof ZUpdateIncidentSettingsRequest>;

// Incidents ---------------------------------------------------------------------------------------

export const ZIncidentDeadline = z
  .object({
    kind: ZDeadlineKind,
    dueAt: ZIsoDateTime,
    metAt: ZIsoDateTime.nullable(),
    overdue: z.boolean().describe('Not met and past due, or met after it was due'),
  })
  .meta({ id: 'IncidentDeadline' });
export type TIncidentDeadline = z.infer<typeof ZIncidentDeadline>;

export const ZIncidentSummary = z
  .object({
    id: z.string(),
    reference: z.string().describe('e.g. INC-0001'),
    title: z.string(),
    status: ZIncidentStatus,
    classification: ZIncidentClassification.nullable().describe('Null until triaged'),
    severity: ZIncidentSeverity.nullable(),
    category: ZIncidentCategory.nullable(),
    phase: ZIncidentPhase.nullable().describe('The phase under way while it is being handled'),
    confidential: z.boolean(),
    reporter: ZIncidentPersonRef.nullable().describe(
      'Null when the report is confidential and the caller is neither the ISM nor the reporter',
    ),
    handler: ZIncidentPersonRef.nullable().describe('Incident Handler in the ledger'),
    occurredAt: ZIsoDateTime,
    reportedAt: ZIsoDateTime,
    triagedAt: ZIsoDateTime.nullable(),
    resolvedAt: ZIsoDateTime.nullable(),
    closedAt: ZIsoDateTime.nullable(),
    nextDeadline: ZIncidentDeadline.nullable().describe('The deadline that applies now, until closed'),
  })
  .meta({ id: 'IncidentSummary' });
export type TIncidentSummary = z.infer<typeof ZIncidentSummary>;

export const ZIncidentTimelineEntry = z
  .object({
    id: z.string(),
    kind: ZTimelineKind,
    phase: ZIncidentPhase.nullable(),
    text: z.string(),
    occurredAt: ZIsoDateTime.describe('When it happened (may be before it was written down)'),
    by: ZIncidentPersonRef.nullable().describe('Null for the report of a confidential reporter hidden from the caller'),
    recordedAt: ZIsoDateTime,
  })
  .meta({ id: 'IncidentTimelineEntry' });
export type TIncidentTimelineEntry = z.infer<typeof ZIncidentTimelineEntry>;

export const ZIncidentCommunication = z
  .object({
    id: z.string(),
    partyKind: ZCommunicationParty,
    party: z.string(),
    channel: z.string(),
    summary: z.string(),
    reference: z.string().describe("e.g. the authority's case number"),
    communicatedAt: ZIsoDateTime,
    by: ZIncidentPersonRef,
    recordedAt: ZIsoDateTime,
  })
  .meta({ id: 'IncidentCommunication' });
export type TIncidentCommunication = z.infer<typeof ZIncidentCommunication>;

export const ZIncidentAttachment = z
  .object({
    id: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    addedBy: ZIncidentPersonRef.nullable().describe('Null for a confidential reporter hidden from the caller'),
    addedAt: ZIsoDateTime,
  })
  .meta({ id: 'IncidentAttachment' });
export type TIncidentAttachment = z.infer<typeof ZIncidentAttachment>;

export const ZIncidentLink = z
  .object({
    type: ZIncidentLinkType,
    id: z.string(),
    reference: z.string(),
    title: z.string(),
    status: z.string().describe("The linked object's own status, for a glance"),
  })
  .meta({ id: 'IncidentLink' });
export type TIncidentLink = z.infer<typeof ZIncidentLink>;

export const ZIncident = ZIncidentSummary.extend({
  description: z.string(),
  affected: z.string().describe('What is affected, in the words of the report'),
  reportedAsset: z.object({ id: z.string(), reference: z.string(), name: z.string() }).nullable(),
  triageNote: z.string(),
  triagedBy: ZIncidentPersonRef.nullable(),
  handlerAssignmentId: z.string().nullable(),
  deadlines: z.array(ZIncidentDeadline),
  links: z.array(ZIncidentLink),
  timeline: z.array(ZIncidentTimelineEntry),
  communications: z.array(ZIncidentCommunication),
  attachments: z.array(ZIncidentAttachment),
  lessonsLearned: z.string(),
  outcome: z.string().describe('What the reporter is told when it closes'),
  closedBy: ZIncidentPersonRef.nullable(),
  version: z.number().int(),
  can: z.object({
    manage: z.boolean().describe('Triage, classify, assign the handler, close (the ISM or an incident manager)'),
    respond: z.boolean().describe('Timeline, phases, communications, links, attachments (also the handler)'),
    seeReporter: z.boolean().describe('Only the ISM sees who made a confidential report'),
  }),
}).meta({ id: 'Incident' });
export type TIncident = z.infer<typeof ZIncident>;

/** What the reporter sees of their own report: its status and, once closed, the outcome. */
export const ZMyIncidentReport = z
  .object({
    id: z.string(),
    reference: z.string(),
    title: z.string(),
    description: z.string(),
    affected: z.string(),
    occurredAt: ZIsoDateTime,
    reportedAt: ZIsoDateTime,
    confidential: z.boolean(),
    status: ZIncidentStatus,
    classification: ZIncidentClassification.nullable(),
    outcome: z.string().describe('Empty until closed'),
    closedAt: ZIsoDateTime.nullable(),
    attachments: z.array(z.object({ id: z.string(), fileName: z.string(), size: z.number().int() })),
    can: z.object({ attach: z.boolean().describe('Add files while it awaits triage') }),
  })
  .meta({ id: 'MyIncidentReport' });
export type TMyIncidentReport = z.infer<typeof ZMyIncidentReport>;
export const ZMyIncidentReportPage = ZPage(ZMyIncidentReport).meta({ id: 'MyIncidentReportPage' });

export const ZReportIncidentRequest = z
  .object({
    title: ZText(INCIDENT_LIMITS.titleMax).describe('What happened, in a line'),
    description: ZOptionalText(INCIDENT_LIMITS.textMax).default('').describe('More detail, if any'),
    occurredAt: ZIsoDateTime.describe('When it happened or was noticed (not in the future)'),
    affected: ZOptionalText(INCIDENT_LIMITS.textMax).default('').describe('What is affected'),
    assetId: z.uuid().optional().describe('The affected asset, if known'),
    confidential: z.boolean().default(false).describe('Only the ISM will see who reported it'),
  })
  .meta({ id: 'ReportIncidentRequest' });
export type TReportIncidentRequest = z.infer<typeof ZReportIncidentRequest>;

export const ZTriageIncidentRequest = z
  .object({
    classification: ZIncidentClassification,
    severity: ZIncidentSeverity.optional().describe('Required for an incident'),
    category: ZIncidentCategory.optional().describe('Required for an incident'),
    handlerPersonId: z.uuid().optional().describe('The Incident Handler (an incident may wait for one)'),
    note: ZOptionalText(INCIDENT_LIMITS.textMax).default(''),
    outcome: ZOptionalText(INCIDENT_LIMITS.textMax)
      .default('')
      .describe('For an event: what the reporter is told (it closes at once)'),
    version: z.number().int().min(1),
  })
  .meta({ id: 'TriageIncidentRequest' });
export type TTriageIncidentRequest = z.infer<typeof ZTriageIncidentRequest>;

export const ZUpdateIncidentRequest = z
  .object({
    title: ZText(INCIDENT_LIMITS.titleMax).optional(),
    description: ZOptionalText(INCIDENT_LIMITS.textMax).optional(),
    affected: ZOptionalText(INCIDENT_LIMITS.textMax).optional(),
    severity: ZIncidentSeverity.optional(),
    category: ZIncidentCategory.optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'UpdateIncidentRequest' });
export type TUpdateIncidentRequest = z.infer<typeof ZUpdateIncidentRequest>;

export const ZSetIncidentHandlerRequest = z
  .object({ personId: z.uuid().nullable() })
  .meta({ id: 'SetIncidentHandlerRequest' });

export const ZAddTimelineEntryRequest = z
  .object({
    kind: z.enum(['note', 'action']),
    text: ZText(INCIDENT_LIMITS.textMax),
    occurredAt: ZIsoDateTime.optional().describe('Defaults to now; not in the future'),
  })
  .meta({ id: 'AddIncidentTimelineEntryRequest' });
export type TAddTimelineEntryRequest = z.infer<typeof ZAddTimelineEntryRequest>;

export const ZCompletePhaseRequest = z
  .object({
    phase: ZIncidentPhase.describe('The phase under way; it must match'),
    note: ZText(INCIDENT_LIMITS.textMax).describe('What was done'),
    version: z.number().int().min(1),
  })
  .meta({ id: 'CompleteIncidentPhaseRequest' });
export type TCompletePhaseRequest = z.infer<typeof ZCompletePhaseRequest>;

export const ZAddCommunicationRequest = z
  .object({
    partyKind: ZCommunicationParty,
    party: ZText(INCIDENT_LIMITS.shortMax).describe('Who, e.g. the data protection authority'),
    channel: ZOptionalText(INCIDENT_LIMITS.shortMax).default('').describe('e.g. portal, email, phone'),
    summary: ZText(INCIDENT_LIMITS.textMax),
    reference: ZOptionalText(INCIDENT_LIMITS.shortMax).default(''),
    communicatedAt: ZIsoDateTime.describe('Not in the future'),
  })
  .meta({ id: 'AddIncidentCommunicationRequest' });
export type TAddCommunicationRequest = z.infer<typeof ZAddCommunicationRequest>;

export const ZAddIncidentLinkRequest = z
  .object({ type: ZIncidentLinkType, id: z.uuid() })
  .meta({ id: 'AddIncidentLinkRequest' });
export type TAddIncidentLinkRequest = z.infer<typeof ZAddIncidentLinkRequest>;

export const ZCloseIncidentRequest = z
  .object({
    lessonsLearned: ZText(INCIDENT_LIMITS.textMax).describe('A.5.27: what the organisation learns from it'),
    outcome: ZText(INCIDENT_LIMITS.textMax).describe('What the reporter is told'),
    version: z.number().int().min(1),
  })
  .meta({ id: 'CloseIncidentRequest' });
export type TCloseIncidentRequest = z.infer<typeof ZCloseIncidentRequest>;

export const ZIncidentAttachmentUploadQuery = z.object({
  fileName: z.string().trim().min(1).max(255),
});

export const ZHandlerOption = z
  .object({
    person: ZIncidentPersonRef,
    reason: z.string().describe('Why they are suggested, e.g. System Administrator of AST-0003'),
  })
  .meta({ id: 'IncidentHandlerOption' });
export const ZHandlerOptions = z
  .object({ items: z.array(ZHandlerOption).describe('System administrators first: the default handlers') })
  .meta({ id: 'IncidentHandlerOptions' });
export type THandlerOptions = z.infer<typeof ZHandlerOptions>;

// Register, metrics, exports ---------------------------------------------------------------------

export const INCIDENT_SORTS = ['reported', 'reference', 'severity', 'deadline'] as const;
export const ZIncidentFilterQuery = z.object({
  status: z.union([ZIncidentStatus, z.literal('unclosed')]).optional(),
  classification: ZIncidentClassification.optional(),
  severity: ZIncidentSeverity.optional(),
  category: ZIncidentCategory.optional(),
  handler: z.string().max(64).optional().describe("A person id, 'me' or 'none'"),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(200).optional(),
});
export const ZIncidentListQuery = ZIncidentFilterQuery.extend({
  sort: z.enum(INCIDENT_SORTS).default('reported'),
  ...ZCursorQuery,
});
export type TIncidentListQuery = z.infer<typeof ZIncidentListQuery>;
export const ZIncidentPage = ZPage(ZIncidentSummary).meta({ id: 'IncidentPage' });
export const ZIncidentExportQuery = ZIncidentFilterQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
export type TIncidentExportQuery = z.infer<typeof ZIncidentExportQuery>;
export const ZMyReportsQuery = z.object({ ...ZCursorQuery });

const ZDurationStats = z.object({
  count: z.number().int(),
  medianHours: z.number().nullable(),
  meanHours: z.number().nullable(),
  maxHours: z.number().nullable(),
});
export const ZIncidentMetrics = z
  .object({
    from: z.string().describe('First month, YYYY-MM'),
    to: z.string().describe('Last month, YYYY-MM'),
    totals: z.object({
      reported: z.number().int(),
      events: z.number().int(),
      incidents: z.number().int(),
      awaitingTriage: z.number().int(),
      open: z.number().int(),
      closed: z.number().int(),
      overdue: z.number().int(),
    }),
    bySeverity: z.array(
      z.object({
        severity: ZIncidentSeverity,
        count: z.number().int(),
        timeToTriage: ZDurationStats.describe('Report to triage'),
        timeToContain: ZDurationStats.describe('Report to containment'),
        timeToClose: ZDurationStats.describe('Report to closure'),
      }),
    ),
    byCategory: z.array(z.object({ category: ZIncidentCategory, count: z.number().int() })),
    byMonth: z.array(
      z.object({
        month: z.string().describe('YYYY-MM'),
        events: z.number().int(),
        incidents: z.number().int(),
        byCategory: z.record(ZIncidentCategory, z.number().int()),
      }),
    ),
    asOf: ZIsoDateTime,
  })
  .meta({ id: 'IncidentMetrics' });
export type TIncidentMetrics = z.infer<typeof ZIncidentMetrics>;
export const ZIncidentMetricsQuery = z.object({
  months: z.coerce.number().int().min(1).max(60).default(12).describe('How many months back, this one included'),
});
