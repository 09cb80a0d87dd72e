import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { ApiError, api, call, type Schemas } from '../../api/client';
import { formatDay } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { DecisionProblem, OverdueBadge, WHOLE } from '../policies/shared';

export type Risk = Schemas['Risk'];
export type RiskSummary = Schemas['RiskSummary'];
export type RiskMethod = Schemas['RiskMethod'];
export type RiskScore = Schemas['RiskScore'];
export type RiskStatus = Schemas['RiskStatus'];
export type RiskLevel = Schemas['RiskLevel'];
export type ScaleStep = Schemas['RiskScaleStep'];
export type TreatmentOption = Schemas['TreatmentOption'];
export type RiskAction = Schemas['RiskAction'];
export type RiskActionListItem = Schemas['RiskActionListItem'];
export type RiskAcceptance = Schemas['RiskAcceptance'];
export type RiskAssessment = Schemas['RiskAssessment'];
export type RiskUpdate = Schemas['RiskUpdate'];
export type RiskOwner = Schemas['RiskOwner'];
export type RiskView = Schemas['RiskView'];
export type Heatmap = Schemas['Heatmap'];
export type RiskBreakdown = Schemas['RiskBreakdown'];
export type RiskImportResult = Schemas['RiskImportResult'];
export type ActionStatus = RiskAction['status'];

/**
 * The limits the server checks (RISK_LIMITS in src/contracts/risks.ts), copied so the web bundle
 * does not pull in zod for a few numbers.
 */
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

export const RISK_STATUS: Record<RiskStatus, { label: string; color: string; hint: string }> = {
  identified: { label: 'Identified', color: 'gray', hint: 'Not assessed yet' },
  assessed: { label: 'Assessed', color: 'blue', hint: 'Scored; no treatment decided yet' },
  treatment: { label: 'In treatment', color: 'yellow', hint: 'A treatment option is chosen' },
  accepted: { label: 'Accepted', color: 'teal', hint: 'Residual risk accepted and the acceptance holds' },
  closed: { label: 'Closed', color: 'dark', hint: 'No longer tracked' },
};

/** ISO/IEC 27005 treatment options, said plainly. */
export const TREATMENT: Record<TreatmentOption, { label: string; explain: string }> = {
  modify: {
    label: 'Modify',
    explain:
      'Reduce the likelihood or the impact with controls. The actions below put them in place; the residual risk is then accepted.',
  },
  retain: {
    label: 'Retain',
    explain:
      'Keep the risk as it is, knowingly and without further controls. The residual risk must be accepted by the risk owner (Top Management above appetite).',
  },
  avoid: {
    label: 'Avoid',
    explain: 'Remove the source of the risk: stop, change or do not start the activity that gives rise to it.',
  },
  share: {
    label: 'Share',
    explain:
      'Transfer part of the risk to another party, such as an insurer or a supplier under contract. Accountability stays with the risk owner.',
  },
};

export const ACTION_STATUS: Record<ActionStatus, { label: string; color: string }> = {
  planned: { label: 'Planned', color: 'gray' },
  in_progress: { label: 'In progress', color: 'blue' },
  done: { label: 'Done', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'dark' },
};

export const OWNER_VIA: Record<RiskOwner['via'], string> = {
  risk: 'owner of this risk',
  org_unit: 'through the org unit',
  isms: 'for the whole ISMS',
};

/** Categories offered as suggestions; any other text is fine. */
export const CATEGORY_SUGGESTIONS = [
  'Access control',
  'Business continuity',
  'Compliance',
  'Cryptography',
  'Data protection',
  'Human resources',
  'Information security',
  'Operations',
  'Physical security',
  'Software development',
  'Supplier',
  'Technology',
];

export { addMonthsDay, levelFor, todayDay } from './risk-math';

export const riskPath = (id: string) => `/risks/${id}`;

/** Drops every cached risk answer after a change. */
export function invalidateRisks(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: ['risks'] });
  void qc.invalidateQueries({ queryKey: ['inbox'] });
  void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
}

/** The risk method in force (scales, levels, appetite); changes rarely. */
export function useRiskMethod() {
  return useQuery({
    queryKey: ['risks', 'method'],
    queryFn: () => call(api.GET('/api/risks/method')),
    staleTime: 5 * 60_000,
  });
}

/** "Rare" for likelihood 1, or the number when the method has no such step. */
export const stepLabel = (steps: ScaleStep[] | undefined, value: number) =>
  steps?.find((s) => s.value === value)?.label ?? String(value);

/** A score as a badge in its level's colour: "12 · High". */
export function ScoreBadge({
  score,
  method,
  testId,
  size = 'md',
  empty = 'Not assessed',
}: {
  score: RiskScore | null | undefined;
  method?: RiskMethod;
  testId?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  empty?: string;
}) {
  if (!score)
    return (
      <Text fz="sm" c="dimmed" data-testid={testId}>
        {empty}
      </Text>
    );
  const tip = `Likelihood ${score.likelihood}${method ? ` (${stepLabel(method.likelihood, score.likelihood)})` : ''} × impact ${score.impact}${method ? ` (${stepLabel(method.impact, score.impact)})` : ''}`;
  return (
    <Tooltip label={tip} withArrow>
      <Badge
        color={score.level.color}
        autoContrast
        variant="filled"
        size={size}
        styles={WHOLE}
        data-testid={testId}
        data-level={score.level.key}
      >
        {score.score} · {score.level.label}
      </Badge>
    </Tooltip>
  );
}

export const RiskStatusBadge = ({ status, testId = 'risk-status' }: { status: RiskStatus; testId?: string }) => (
  <Tooltip label={RISK_STATUS[status].hint} withArrow>
    <Badge variant="light" color={RISK_STATUS[status].color} styles={WHOLE} data-testid={testId}>
      {RISK_STATUS[status].label}
    </Badge>
  </Tooltip>
);

export const ActionStatusBadge = ({ status }: { status: ActionStatus }) => (
  <Badge variant="light" color={ACTION_STATUS[status].color} styles={WHOLE} data-testid="action-status">
    {ACTION_STATUS[status].label}
  </Badge>
);

/** The owner's name and how they came to own it. */
export function OwnerText({ owner, withVia = true }: { owner: RiskOwner | null; withVia?: boolean }) {
  if (!owner)
    return (
      <Text fz="sm" c="orange" span>
        No owner
      </Text>
    );
  return (
    <span>
      {owner.person.fullName}
      {withVia && owner.via !== 'risk' && (
        <Text fz="xs" c="dimmed" span>
          {' '}
          ({OWNER_VIA[owner.via]})
        </Text>
      )}
    </span>
  );
}

/** The next assessment date, red with a badge when past. */
export function NextAssessment({ at, overdue }: { at: string | null; overdue: boolean }) {
  if (!at)
    return (
      <Text fz="sm" c="dimmed" data-testid="next-assessment">
        —
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text fz="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined} data-testid="next-assessment">
        {formatDay(at)}
      </Text>
      {overdue && <OverdueBadge testId="assessment-overdue" />}
    </Group>
  );
}

/** A due date for an action, red when overdue. */
export function DueDate({ day, overdue }: { day: string | null; overdue: boolean }) {
  if (!day)
    return (
      <Text fz="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Text fz="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined} data-testid="action-due">
      {formatDay(`${day}T12:00:00Z`)}
      {overdue ? ' · overdue' : ''}
    </Text>
  );
}

/**
 * A refused decision said plainly (see DecisionProblem); a segregation-of-duties refusal names its
 * rule, read from the detail when the client did not keep the problem's `rule`.
 */
export function RiskProblem({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.problem.code === 'sod_violation') {
    const rule = error.problem.rule ?? /^(SOD-\d+)/.exec(error.problem.detail)?.[1];
    return <ProblemAlert error={error} title={`Refused by segregation of duties${rule ? ` (${rule})` : ''}`} />;
  }
  return <DecisionProblem error={error} />;
}
