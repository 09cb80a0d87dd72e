import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  IconAlertTriangle,
  IconBolt,
  IconCircleCheck,
  IconClipboardCheck,
  IconFlag,
  IconLock,
  IconNote,
  IconSpeakerphone,
  IconUserCheck,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type Schemas } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { WHOLE } from '../policies/shared';

export type Incident = Schemas['Incident'];
export type IncidentSummary = Schemas['IncidentSummary'];
export type MyIncidentReport = Schemas['MyIncidentReport'];
export type IncidentSettings = Schemas['IncidentSettings'];
export type IncidentMetrics = Schemas['IncidentMetrics'];
export type IncidentDeadline = Schemas['IncidentDeadline'];
export type TimelineEntry = Schemas['IncidentTimelineEntry'];
export type Communication = Schemas['IncidentCommunication'];
export type Attachment = Schemas['IncidentAttachment'];
export type IncidentLink = Schemas['IncidentLink'];
export type HandlerOption = Schemas['IncidentHandlerOption'];
export type IncidentStatus = Schemas['IncidentStatus'];
export type Classification = Schemas['IncidentClassification'];
export type Severity = Schemas['IncidentSeverity'];
export type Category = Schemas['IncidentCategory'];
export type Phase = Schemas['IncidentPhase'];
export type Party = Schemas['IncidentCommunicationParty'];
export type DeadlineKind = Schemas['IncidentDeadlineKind'];
export type TimelineKind = Schemas['IncidentTimelineKind'];

/** The limits and labels of src/contracts/incidents.ts, copied so the web bundle does not pull in zod. */
export const INCIDENT_LIMITS = {
  titleMax: 300,
  textMax: 10000,
  shortMax: 300,
  hoursMax: 8760,
  closeDaysMax: 365,
  linksMax: 200,
} as const;

export const STATUS: Record<IncidentStatus, { label: string; color: string }> = {
  reported: { label: 'Awaiting triage', color: 'orange' },
  open: { label: 'Being handled', color: 'blue' },
  resolved: { label: 'Resolved, awaiting closure', color: 'teal' },
  closed: { label: 'Closed', color: 'gray' },
};
export const STATUSES = Object.keys(STATUS) as IncidentStatus[];

export const CLASSIFICATION: Record<Classification, { label: string; color: string; hint: string }> = {
  event: { label: 'Event', color: 'gray', hint: 'A security event that is not an incident: closed with an answer' },
  incident: { label: 'Incident', color: 'red', hint: 'An information security incident: responded to and closed' },
};
export const CLASSIFICATIONS = Object.keys(CLASSIFICATION) as Classification[];

export const SEVERITY: Record<Severity, { label: string; color: string }> = {
  low: { label: 'Low', color: 'blue' },
  medium: { label: 'Medium', color: 'yellow' },
  high: { label: 'High', color: 'orange' },
  critical: { label: 'Critical', color: 'red' },
};
export const SEVERITIES = Object.keys(SEVERITY) as Severity[];

export const CATEGORY_LABELS: Record<Category, string> = {
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
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];
export const categoryOptions = CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }));

/** Chart colours per category (metrics), distinct and calm. */
export const CATEGORY_COLORS: Record<Category, string> = {
  malware: 'red.6',
  phishing: 'orange.6',
  unauthorised_access: 'grape.6',
  data_disclosure: 'pink.6',
  lost_device: 'yellow.6',
  denial_of_service: 'cyan.6',
  misconfiguration: 'indigo.6',
  policy_violation: 'violet.6',
  physical: 'lime.7',
  supplier: 'teal.6',
  other: 'gray.6',
};

export const PHASE_LABELS: Record<Phase, string> = { contain: 'Contain', eradicate: 'Eradicate', recover: 'Recover' };
export const PHASES = Object.keys(PHASE_LABELS) as Phase[];
/** The phase as a noun, for "Complete containment". */
export const PHASE_NOUN: Record<Phase, string> = {
  contain: 'containment',
  eradicate: 'eradication',
  recover: 'recovery',
};
export const PHASE_TEXT: Record<Phase, string> = {
  contain: 'Stop it spreading',
  eradicate: 'Remove the cause',
  recover: 'Restore normal service',
};

export const PARTY_LABELS: Record<Party, string> = {
  authority: 'Supervisory authority or regulator',
  data_subjects: 'Affected data subjects',
  customers: 'Customers',
  suppliers: 'Suppliers or partners',
  law_enforcement: 'Law enforcement',
  insurer: 'Insurer',
  staff: 'Staff',
  other: 'Other',
};
export const partyOptions = (Object.keys(PARTY_LABELS) as Party[]).map((p) => ({ value: p, label: PARTY_LABELS[p] }));

export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  triage: 'Triage',
  contain: 'Containment',
  resolve: 'Recovery',
  close: 'Closure',
};

export const TIMELINE: Record<TimelineKind, { label: string; color: string; icon: ReactNode }> = {
  report: { label: 'Reported', color: 'orange', icon: <IconFlag size={12} /> },
  triage: { label: 'Triaged', color: 'indigo', icon: <IconClipboardCheck size={12} /> },
  handler: { label: 'Handler', color: 'indigo', icon: <IconUserCheck size={12} /> },
  note: { label: 'Note', color: 'gray', icon: <IconNote size={12} /> },
  action: { label: 'Action', color: 'blue', icon: <IconBolt size={12} /> },
  phase: { label: 'Phase completed', color: 'teal', icon: <IconCircleCheck size={12} /> },
  communication: { label: 'Communication', color: 'grape', icon: <IconSpeakerphone size={12} /> },
  close: { label: 'Closed', color: 'dark', icon: <IconLock size={12} /> },
};

export const LINK_LABELS = { asset: 'Assets', risk: 'Risks', nonconformity: 'Nonconformities' } as const;

export const incidentPath = (id: string) => `/incidents/${id}`;
export const myReportPath = (id: string) => `/incidents/mine/${id}`;
export const linkPath = (l: { type: keyof typeof LINK_LABELS; id: string }) =>
  l.type === 'asset' ? `/assets/${l.id}` : l.type === 'risk' ? `/risks/${l.id}` : `/nonconformities/${l.id}`;

/** Drops every cached incident answer after a change (and the inbox, which lists triage and handler duties). */
export function invalidateIncidents(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: ['incidents'] });
  void qc.invalidateQueries({ queryKey: ['inbox'] });
  void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
  void qc.invalidateQueries({ queryKey: ['my-responsibilities'] });
}

// Local date-times: `datetime-local` inputs speak "YYYY-MM-DDTHH:mm" in the reader's zone.
const pad = (n: number) => String(n).padStart(2, '0');
export const toLocalInput = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
export const nowLocal = () => toLocalInput(new Date());
/** The instant a `datetime-local` value names, as UTC ISO 8601; null when it is not a date. */
export const fromLocalInput = (v: string): string | null => {
  const d = new Date(v);
  return v && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
};
/** A minute of slack: "now" typed into the form is not "in the future" by the time it is sent. */
export const isFuture = (v: string) => {
  const d = new Date(v);
  return !Number.isNaN(d.getTime()) && d.getTime() > Date.now() + 60_000;
};

/** "25 min" below an hour, "3.5 h" below two days, "4.2 days" above. */
export const formatHours = (h: number | null | undefined): string => {
  if (h === null || h === undefined) return '—';
  if (h < 1) return `${Math.round(h * 60)} min`;
  if (h < 48) return `${h < 10 ? h.toFixed(1) : Math.round(h)} h`;
  return `${(h / 24).toFixed(1)} days`;
};

type Size = 'xs' | 'sm' | 'md' | 'lg';

export const StatusBadge = ({
  status,
  size,
  testId = 'incident-status',
}: {
  status: IncidentStatus;
  size?: Size;
  testId?: string;
}) => (
  <Badge
    variant="light"
    size={size}
    color={STATUS[status].color}
    styles={WHOLE}
    data-testid={testId}
    data-value={status}
  >
    {STATUS[status].label}
  </Badge>
);

export const SeverityBadge = ({
  severity,
  size,
  testId = 'incident-severity',
}: {
  severity: Severity | null;
  size?: Size;
  testId?: string;
}) =>
  severity ? (
    <Badge
      variant={severity === 'critical' || severity === 'high' ? 'filled' : 'light'}
      size={size}
      color={SEVERITY[severity].color}
      styles={WHOLE}
      data-testid={testId}
      data-value={severity}
    >
      {SEVERITY[severity].label}
    </Badge>
  ) : (
    <Text fz="sm" c="dimmed" span data-testid={testId} data-value="">
      —
    </Text>
  );

export const ClassificationBadge = ({
  classification,
  size,
  testId = 'incident-classification',
}: {
  classification: Classification | null;
  size?: Size;
  testId?: string;
}) =>
  classification ? (
    <Tooltip label={CLASSIFICATION[classification].hint} withArrow>
      <Badge
        variant="outline"
        size={size}
        color={CLASSIFICATION[classification].color}
        styles={WHOLE}
        data-testid={testId}
        data-value={classification}
      >
        {CLASSIFICATION[classification].label}
      </Badge>
    </Tooltip>
  ) : (
    <Badge variant="outline" size={size} color="gray" styles={WHOLE} data-testid={testId} data-value="">
      Not yet triaged
    </Badge>
  );

/** met, met late, overdue or due: what a deadline says at a glance. */
export const deadlineState = (d: IncidentDeadline): 'met' | 'late' | 'overdue' | 'due' =>
  d.metAt ? (d.overdue ? 'late' : 'met') : d.overdue ? 'overdue' : 'due';

const DEADLINE_STATE = {
  met: { label: 'Met', color: 'teal', variant: 'light' },
  late: { label: 'Met late', color: 'orange', variant: 'light' },
  overdue: { label: 'Overdue', color: 'red', variant: 'filled' },
  due: { label: 'Due', color: 'blue', variant: 'light' },
} as const;

export function DeadlineBadge({ deadline, size = 'sm' }: { deadline: IncidentDeadline; size?: Size }) {
  const s = DEADLINE_STATE[deadlineState(deadline)];
  return (
    <Badge
      variant={s.variant}
      color={s.color}
      size={size}
      styles={WHOLE}
      leftSection={deadlineState(deadline) === 'overdue' ? <IconAlertTriangle size={12} /> : undefined}
      data-testid="deadline-state"
      data-value={deadlineState(deadline)}
    >
      {s.label}
    </Badge>
  );
}

/** "Containment due 3 Dec 2026, 14:00" with its state badge, for the register and the page. */
export function NextDeadline({
  deadline,
  testId = 'next-deadline',
}: {
  deadline: IncidentDeadline | null;
  testId?: string;
}) {
  if (!deadline)
    return (
      <Text fz="sm" c="dimmed" span data-testid={testId}>
        —
      </Text>
    );
  const overdue = deadlineState(deadline) === 'overdue';
  return (
    <div data-testid={testId} data-kind={deadline.kind} data-overdue={overdue}>
      <Group gap={6} wrap="nowrap">
        <Text fz="xs" c="dimmed" lh={1.3}>
          {DEADLINE_LABELS[deadline.kind]}
        </Text>
        {overdue && <DeadlineBadge deadline={deadline} size="xs" />}
      </Group>
      <Tooltip label={formatDateTime(deadline.dueAt)} withArrow>
        <Text fz="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
          {formatShort(deadline.dueAt)}
        </Text>
      </Tooltip>
    </div>
  );
}

/** "Dec 2, 5:52 PM": a near date and time, for narrow columns (the year is in the tooltip). */
export const formatShort = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** A person, or what stands for a confidential reporter the reader may not see. */
export const reporterName = (r: { reporter: { fullName: string } | null; confidential: boolean }) =>
  r.reporter ? r.reporter.fullName : r.confidential ? 'Confidential' : '—';
