import { ActionIcon, Badge, Code, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { QueryClient } from '@tanstack/react-query';
import { type Schemas } from '../../api/client';
import { fieldErrorOf } from '../../components/problem';
import { DecisionProblem, WHOLE } from '../policies/shared';

export type Control = Schemas['Control'];
export type ControlSummary = Schemas['ControlSummary'];
export type ControlHealth = Schemas['ControlHealth'];
export type ControlTask = Schemas['ControlTask'];
export type ControlTaskDetail = Schemas['ControlTaskDetail'];
export type Evidence = Schemas['Evidence'];
export type Occurrence = Schemas['TaskOccurrence'];
export type OccurrenceState = Schemas['OccurrenceState'];
export type Applicability = Schemas['Applicability'];
export type HealthLevel = Schemas['ControlHealthLevel'];
export type ImplementationStatus = Schemas['ImplementationStatus'];
export type ControlTheme = Schemas['ControlTheme'];
export type TaskFrequency = Schemas['TaskFrequency'];
export type SoaReason = Control['reasons'][number];
export type HealthReasonCode = ControlHealth['reasons'][number]['code'];
export type EvidenceState = Evidence['state'];

/**
 * The limits and labels the server uses (src/contracts/controls.ts), copied so the web bundle
 * does not pull in zod for a few numbers and words.
 */
export const CONTROL_LIMITS = {
  titleMax: 300,
  textMax: 5000,
  justificationMax: 2000,
  noteMax: 4000,
  urlMax: 2000,
  linksMax: 200,
  evidencePerCompletion: 20,
} as const;

export const CONTROL_THEME_LABELS: Record<ControlTheme, string> = {
  organizational: 'Organizational (5)',
  people: 'People (6)',
  physical: 'Physical (7)',
  technological: 'Technological (8)',
};
export const THEMES = Object.keys(CONTROL_THEME_LABELS) as ControlTheme[];
/** The theme without its clause number, for narrow table columns. */
export const THEME_SHORT: Record<ControlTheme, string> = {
  organizational: 'Organizational',
  people: 'People',
  physical: 'Physical',
  technological: 'Technological',
};

export const SOA_REASON_LABELS: Record<SoaReason, string> = {
  risk_treatment: 'Risk treatment',
  legal: 'Legal or regulatory',
  contractual: 'Contractual',
  business_need: 'Business need',
};
export const SOA_REASONS = Object.keys(SOA_REASON_LABELS) as SoaReason[];

export const IMPLEMENTATION_STATUS_LABELS: Record<ImplementationStatus, string> = {
  not_started: 'Not started',
  planned: 'Planned',
  partially: 'Partially implemented',
  implemented: 'Implemented',
};
export const STATUSES = Object.keys(IMPLEMENTATION_STATUS_LABELS) as ImplementationStatus[];
export const STATUS_COLOR: Record<ImplementationStatus, string> = {
  not_started: 'gray',
  planned: 'blue',
  partially: 'yellow',
  implemented: 'teal',
};

export const APPLICABILITY: Record<Applicability, { label: string; color: string }> = {
  applicable: { label: 'Applicable', color: 'teal' },
  not_applicable: { label: 'Not applicable', color: 'gray' },
  undecided: { label: 'Undecided', color: 'orange' },
};

export const HEALTH: Record<HealthLevel, { label: string; color: string; hint: string }> = {
  healthy: { label: 'Healthy', color: 'green', hint: 'Score 80 or more' },
  attention: { label: 'Attention', color: 'yellow', hint: 'Score 50 to 79' },
  failing: { label: 'Failing', color: 'red', hint: 'Score under 50' },
  not_applicable: { label: 'Not applicable', color: 'gray', hint: 'Excluded from the SoA: no health' },
  undecided: { label: 'Undecided', color: 'gray', hint: 'No health until the SoA decides the control' },
};

export const HEALTH_REASON_LABELS: Record<HealthReasonCode, string> = {
  missed_occurrence: 'Missed task',
  overdue_occurrence: 'Overdue task',
  expired_evidence: 'Expired evidence',
  no_evidence: 'No evidence',
  not_implemented: 'Not implemented',
  no_owner: 'No owner',
};

export const FREQUENCY_LABELS: Record<TaskFrequency, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  half_yearly: 'Half-yearly',
  yearly: 'Yearly',
};
const FREQUENCY_UNIT: Record<TaskFrequency, [string, string]> = {
  weekly: ['week', 'weeks'],
  monthly: ['month', 'months'],
  quarterly: ['quarter', 'quarters'],
  half_yearly: ['half-year', 'half-years'],
  yearly: ['year', 'years'],
};
/** "Monthly", or "Every 2 months" when the interval is more than one period. */
export const frequencyText = (f: TaskFrequency, interval: number) =>
  interval <= 1 ? FREQUENCY_LABELS[f] : `Every ${interval} ${FREQUENCY_UNIT[f][1]}`;

export const EVIDENCE_RULE_LABELS: Record<ControlTask['evidenceRule'], string> = {
  note_or_file: 'A note or a file',
  file: 'At least one file',
};

export const OCCURRENCE: Record<OccurrenceState, { label: string; color: string }> = {
  upcoming: { label: 'Upcoming', color: 'gray' },
  due: { label: 'Due', color: 'blue' },
  overdue: { label: 'Overdue', color: 'orange' },
  missed: { label: 'Missed', color: 'red' },
  completed: { label: 'Completed', color: 'teal' },
  completed_late: { label: 'Completed late', color: 'yellow' },
};
/** Occurrences that may still be completed. */
export const COMPLETABLE: OccurrenceState[] = ['due', 'overdue', 'missed'];

export const EVIDENCE_STATE: Record<EvidenceState, { label: string; color: string }> = {
  valid: { label: 'Valid', color: 'teal' },
  expired: { label: 'Expired', color: 'red' },
  archived: { label: 'Archived', color: 'gray' },
};

export const controlPath = (id: string) => `/controls/${id}`;
export const taskPath = (id: string) => `/controls/tasks/${id}`;
export const evidenceFileHref = (controlId: string, evidenceId: string) =>
  `/api/controls/${controlId}/evidence/${evidenceId}/file`;

/** A calendar day (YYYY-MM-DD) in the reader's locale; noon UTC keeps it on the same day everywhere. */
export const formatDate = (day: string | null | undefined): string =>
  day ? new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '—';

/** Today as YYYY-MM-DD in the reader's time zone. */
export const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Drops every cached controls answer after a change (lists, pages, tasks, evidence, SoA, inbox). */
export function invalidateControls(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: ['controls'] });
  void qc.invalidateQueries({ queryKey: ['control-tasks'] });
  void qc.invalidateQueries({ queryKey: ['soa'] });
  void qc.invalidateQueries({ queryKey: ['inbox'] });
  void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
  void qc.invalidateQueries({ queryKey: ['my-responsibilities'] });
}

export const ApplicabilityBadge = ({
  value,
  testId = 'control-applicability',
  size,
}: {
  value: Applicability;
  testId?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) => (
  <Badge
    variant={value === 'applicable' ? 'light' : 'outline'}
    color={APPLICABILITY[value].color}
    size={size}
    styles={WHOLE}
    data-testid={testId}
    data-value={value}
  >
    {APPLICABILITY[value].label}
  </Badge>
);

export const StatusBadge = ({
  status,
  testId = 'control-status',
  size,
}: {
  status: ImplementationStatus;
  testId?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) => (
  <Badge
    variant="light"
    color={STATUS_COLOR[status]}
    size={size}
    styles={WHOLE}
    data-testid={testId}
    data-value={status}
  >
    {IMPLEMENTATION_STATUS_LABELS[status]}
  </Badge>
);

/** "Healthy 92": green, yellow or red by level; grey without a score. */
export const HealthBadge = ({
  health,
  testId = 'control-health',
  size,
}: {
  health: Pick<ControlHealth, 'level' | 'score'>;
  testId?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) => (
  <Tooltip label={HEALTH[health.level].hint} withArrow>
    <Badge
      variant={health.score === null ? 'outline' : 'filled'}
      autoContrast
      color={HEALTH[health.level].color}
      size={size}
      styles={WHOLE}
      data-testid={testId}
      data-level={health.level}
    >
      {HEALTH[health.level].label}
      {health.score !== null ? ` ${health.score}` : ''}
    </Badge>
  </Tooltip>
);

export const EvidenceStateBadge = ({ state, testId = 'evidence-state' }: { state: EvidenceState; testId?: string }) => (
  <Badge variant="light" color={EVIDENCE_STATE[state].color} styles={WHOLE} data-testid={testId} data-value={state}>
    {EVIDENCE_STATE[state].label}
  </Badge>
);

export const OccurrenceBadge = ({
  state,
  testId = 'occurrence-state',
}: {
  state: OccurrenceState;
  testId?: string;
}) => (
  <Badge
    variant={state === 'missed' ? 'filled' : 'light'}
    color={OCCURRENCE[state].color}
    styles={WHOLE}
    data-testid={testId}
    data-value={state}
  >
    {OCCURRENCE[state].label}
  </Badge>
);

/** A SHA-256 shortened to its ends, the whole of it in a tooltip, with a copy button. */
export function HashText({ hash, testId = 'evidence-hash' }: { hash: string | null; testId?: string }) {
  if (!hash)
    return (
      <Text fz="sm" c="dimmed" span>
        —
      </Text>
    );
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip
        label={<span style={{ fontFamily: 'monospace', fontSize: 11 }}>{hash}</span>}
        withArrow
        maw={360}
        multiline
      >
        <Code fz="xs" data-testid={testId} data-hash={hash} style={{ whiteSpace: 'nowrap' }}>
          {hash.slice(0, 8)}…{hash.slice(-6)}
        </Code>
      </Tooltip>
      <CopyButton value={hash} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy SHA-256'} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={(e) => {
                e.stopPropagation();
                copy();
              }}
              aria-label="Copy SHA-256"
              data-testid={`${testId}-copy`}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** The owner's name, with "(ISMS-wide)" when the whole-ISMS Control Owner holds it; orange when nobody. */
/** The owner, or "No owner" — a warning only where one is needed (an applicable control). */
export function OwnerText({
  owner,
  needed = true,
  testId = 'control-owner',
}: {
  owner: Control['owner'];
  needed?: boolean;
  testId?: string;
}) {
  if (!owner)
    return (
      <Text fz="sm" c={needed ? 'orange' : 'dimmed'} span data-testid={testId}>
        No owner
      </Text>
    );
  return (
    <span data-testid={testId}>
      {owner.person.fullName}
      {owner.via === 'isms' && (
        <Text fz="xs" c="dimmed" span>
          {' '}
          (ISMS-wide)
        </Text>
      )}
    </span>
  );
}

/**
 * A refused change said plainly (segregation of duties, no right, a stale version, a file too
 * large); stays away when the problem names a field already shown next to its input.
 */
export function ControlProblem({ error, inlineFields = [] }: { error: unknown; inlineFields?: string[] }) {
  if (!error) return null;
  if (inlineFields.some((f) => fieldErrorOf(error)(f) !== undefined)) return null;
  return <DecisionProblem error={error} />;
}
