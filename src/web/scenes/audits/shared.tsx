import { Badge, Group, Progress, Text, Tooltip } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { type Schemas } from '../../api/client';
import { WHOLE } from '../policies/shared';

export type Audit = Schemas['Audit'];
export type AuditSummary = Schemas['AuditSummary'];
export type AuditItem = Schemas['AuditItem'];
export type AuditEvidence = Schemas['AuditEvidence'];
export type Auditor = Schemas['Auditor'];
export type AuditScopeItem = Schemas['AuditScopeItem'];
export type AuditProgramme = Schemas['AuditProgramme'];
export type CoverageItem = Schemas['AuditProgrammeCoverageItem'];
export type Independence = Schemas['AuditorIndependence'];
export type AuditStatus = Schemas['AuditStatus'];
export type AuditResult = Schemas['AuditResult'];
export type CoverageState = Schemas['AuditCoverageState'];
export type Nonconformity = Schemas['Nonconformity'];
export type NcSummary = Schemas['NonconformitySummary'];
export type NcStatus = Schemas['NonconformityStatus'];
export type NcSeverity = Schemas['NonconformitySeverity'];
export type NcSource = Schemas['NonconformitySource'];
export type CorrectiveAction = Schemas['CorrectiveAction'];
export type NcAgeing = Schemas['NonconformityAgeing'];

/** The limits and labels of src/contracts/audits.ts, copied so the web bundle does not pull in zod. */
export const AUDIT_LIMITS = {
  titleMax: 300,
  textMax: 5000,
  notesMax: 10000,
  urlMax: 2000,
  frequencyMonthsMax: 60,
  whysMax: 5,
} as const;

export const AUDIT_STATUS: Record<AuditStatus, { label: string; color: string }> = {
  planned: { label: 'Planned', color: 'blue' },
  in_progress: { label: 'In progress', color: 'yellow' },
  completed: { label: 'Completed', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};
export const AUDIT_STATUSES = Object.keys(AUDIT_STATUS) as AuditStatus[];

export const SCOPE_TYPE_LABELS = { clause: 'Clause', control: 'Control', org_unit: 'Org unit', process: 'Process' };

export const RESULT: Record<AuditResult, { label: string; color: string; short: string }> = {
  conforming: { label: 'Conforming', short: 'Conforming', color: 'teal' },
  minor_nc: { label: 'Minor nonconformity', short: 'Minor NC', color: 'orange' },
  major_nc: { label: 'Major nonconformity', short: 'Major NC', color: 'red' },
  observation: { label: 'Observation', short: 'Observation', color: 'blue' },
  improvement: { label: 'Opportunity for improvement', short: 'Improvement', color: 'grape' },
};
export const RESULTS = Object.keys(RESULT) as AuditResult[];

export const COVERAGE: Record<CoverageState, { label: string; color: string }> = {
  current: { label: 'Audited', color: 'teal' },
  planned: { label: 'Planned', color: 'blue' },
  due: { label: 'Not yet audited', color: 'gray' },
  overdue: { label: 'Overdue', color: 'red' },
};
export const COVERAGE_STATES = Object.keys(COVERAGE) as CoverageState[];

export const NC_STATUS: Record<NcStatus, { label: string; color: string }> = {
  open: { label: 'Open', color: 'red' },
  action: { label: 'Corrective action', color: 'orange' },
  verification: { label: 'Awaiting verification', color: 'blue' },
  closed: { label: 'Closed', color: 'teal' },
};
export const NC_STATUSES = Object.keys(NC_STATUS) as NcStatus[];
export const NC_SEVERITY: Record<NcSeverity, { label: string; color: string }> = {
  minor: { label: 'Minor', color: 'orange' },
  major: { label: 'Major', color: 'red' },
};
export const NC_SOURCE_LABELS: Record<NcSource, string> = { audit: 'Audit', incident: 'Incident', other: 'Other' };

/** A scope entry as read: the server's label already starts with a clause or control code; processes add their ISO references. */
export const scopeLabel = (i: { code: string; label: string }) =>
  !i.code || i.label.startsWith(i.code) ? i.label : `${i.label} (${i.code})`;

export const auditPath = (id: string) => `/audits/${id}`;
export const ncPath = (id: string) => `/nonconformities/${id}`;

/** Drops every cached audit and nonconformity answer after a change (and the inbox, which lists duties). */
export function invalidateAudits(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: ['audits'] });
  void qc.invalidateQueries({ queryKey: ['nonconformities'] });
  void qc.invalidateQueries({ queryKey: ['inbox'] });
  void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
  void qc.invalidateQueries({ queryKey: ['my-responsibilities'] });
}

type Size = 'xs' | 'sm' | 'md' | 'lg';

export const AuditStatusBadge = ({
  status,
  size,
  testId = 'audit-status',
}: {
  status: AuditStatus;
  size?: Size;
  testId?: string;
}) => (
  <Badge
    variant="light"
    size={size}
    color={AUDIT_STATUS[status].color}
    styles={WHOLE}
    data-testid={testId}
    data-value={status}
  >
    {AUDIT_STATUS[status].label}
  </Badge>
);

export const ResultBadge = ({ result, testId = 'item-result' }: { result: AuditResult | null; testId?: string }) =>
  result ? (
    <Tooltip label={RESULT[result].label} withArrow disabled={RESULT[result].label === RESULT[result].short}>
      <Badge variant="light" color={RESULT[result].color} styles={WHOLE} data-testid={testId} data-value={result}>
        {RESULT[result].short}
      </Badge>
    </Tooltip>
  ) : (
    <Badge variant="outline" color="gray" styles={WHOLE} data-testid={testId} data-value="">
      Not recorded
    </Badge>
  );

export const CoverageBadge = ({ state, testId = 'coverage-state' }: { state: CoverageState; testId?: string }) => (
  <Badge
    variant={state === 'overdue' ? 'filled' : 'light'}
    color={COVERAGE[state].color}
    styles={WHOLE}
    data-testid={testId}
    data-value={state}
  >
    {COVERAGE[state].label}
  </Badge>
);

export const NcStatusBadge = ({
  status,
  size,
  testId = 'nc-status',
}: {
  status: NcStatus;
  size?: Size;
  testId?: string;
}) => (
  <Badge
    variant="light"
    size={size}
    color={NC_STATUS[status].color}
    styles={WHOLE}
    data-testid={testId}
    data-value={status}
  >
    {NC_STATUS[status].label}
  </Badge>
);

export const SeverityBadge = ({
  severity,
  size,
  testId = 'nc-severity',
}: {
  severity: NcSeverity;
  size?: Size;
  testId?: string;
}) => (
  <Badge
    variant={severity === 'major' ? 'filled' : 'outline'}
    size={size}
    color={NC_SEVERITY[severity].color}
    styles={WHOLE}
    data-testid={testId}
    data-value={severity}
  >
    {NC_SEVERITY[severity].label}
  </Badge>
);

/** "3 / 12" with a thin bar: results recorded of the checklist's items. */
export function AuditProgress({ progress }: { progress: AuditSummary['progress'] }) {
  const pct = progress.total > 0 ? (progress.recorded / progress.total) * 100 : 0;
  return (
    <Group
      gap={6}
      wrap="nowrap"
      data-testid="audit-progress"
      data-recorded={progress.recorded}
      data-total={progress.total}
    >
      <Progress value={pct} size={6} w={60} color={pct === 100 ? 'teal' : 'blue'} aria-label="Results recorded" />
      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {progress.total > 0 ? `${progress.recorded} / ${progress.total}` : '—'}
      </Text>
    </Group>
  );
}

/** The findings of an audit as small counted badges; a dash when there are none. */
export function FindingCounts({ findings }: { findings: AuditSummary['findings'] }) {
  const shown = (['major_nc', 'minor_nc', 'observation', 'improvement'] as const).filter((k) => findings[k] > 0);
  if (shown.length === 0)
    return (
      <Text fz="sm" c="dimmed" span data-testid="audit-findings">
        —
      </Text>
    );
  return (
    <Group gap={4} wrap="wrap" data-testid="audit-findings">
      {shown.map((k) => (
        <Tooltip key={k} label={RESULT[k].label} withArrow>
          <Badge size="sm" variant="light" color={RESULT[k].color} styles={WHOLE} data-testid={`finding-${k}`}>
            {findings[k]} {RESULT[k].short}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
