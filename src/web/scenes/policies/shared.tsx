import { Anchor, Badge, Group, MultiSelect, Stack, Text, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconClockExclamation } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError, api, call, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';
import { formatDateTime, formatDay } from '../../components/page';
import { ProblemAlert } from '../../components/problem';

export type Policy = Schemas['Policy'];
export type PolicySummary = Schemas['PolicySummary'];
export type PolicyVersion = Schemas['PolicyVersion'];
export type PolicyVersionSummary = Schemas['PolicyVersionSummary'];
export type PolicyStatus = Schemas['PolicyStatus'];
export type VersionStatus = Schemas['PolicyVersionStatus'];
export type PolicyKind = Schemas['PolicyKind'];
export type PolicyApproval = Schemas['PolicyApproval'];
type CreatePolicyBody = NonNullable<paths['/api/policies']['post']['requestBody']>['content']['application/json'];
type SaveDraftBody = NonNullable<
  paths['/api/policies/{id}/versions/{versionId}']['put']['requestBody']
>['content']['application/json'];
/** Request shapes taken from the operations, whatever their component names. */
export type AudienceInput = NonNullable<CreatePolicyBody['audience']>;
export type QuizInput = NonNullable<SaveDraftBody['quiz']>;

/**
 * The limits the server checks (POLICY_LIMITS in src/contracts/policies.ts), copied so the web
 * bundle does not pull in zod for a few numbers.
 */
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
  reviewIntervalMonths: { min: 1, max: 36, default: 12 },
  ackWithinDays: { min: 1, max: 90, default: 14 },
} as const;

/** Badges keep their whole label instead of an ellipsis when a table column is narrow. */
export const WHOLE = { label: { overflow: 'visible' } } as const;

export const POLICY_STATUS: Record<PolicyStatus, { label: string; color: string }> = {
  draft: { label: 'Not yet published', color: 'gray' },
  published: { label: 'In force', color: 'teal' },
  retired: { label: 'Retired', color: 'dark' },
};

export const VERSION_STATUS: Record<VersionStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  in_review: { label: 'In review', color: 'yellow' },
  approved: { label: 'Approved', color: 'blue' },
  published: { label: 'Published', color: 'teal' },
  superseded: { label: 'Superseded', color: 'gray' },
  retired: { label: 'Retired', color: 'dark' },
};

export const KIND_LABEL: Record<PolicyKind, string> = {
  isms: 'ISMS policy',
  topic: 'Topic-specific',
};

export const PolicyStatusBadge = ({ status, testId = 'policy-status' }: { status: PolicyStatus; testId?: string }) => (
  <Badge variant="light" color={POLICY_STATUS[status].color} styles={WHOLE} data-testid={testId}>
    {POLICY_STATUS[status].label}
  </Badge>
);

export const VersionStatusBadge = ({
  status,
  testId = 'version-status',
  size,
}: {
  status: VersionStatus;
  testId?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) => (
  <Badge variant="light" size={size} color={VERSION_STATUS[status].color} styles={WHOLE} data-testid={testId}>
    {VERSION_STATUS[status].label}
  </Badge>
);

export const KindBadge = ({ kind }: { kind: PolicyKind }) => (
  <Badge variant="outline" color={kind === 'isms' ? 'indigo' : 'gray'} styles={WHOLE} data-testid="policy-kind">
    {KIND_LABEL[kind]}
  </Badge>
);

export const OverdueBadge = ({ label = 'Overdue', testId = 'overdue' }: { label?: string; testId?: string }) => (
  <Badge
    variant="filled"
    color="red"
    leftSection={<IconClockExclamation size={12} />}
    styles={WHOLE}
    data-testid={testId}
  >
    {label}
  </Badge>
);

export const policyPath = (policyId: string) => `/policies/${policyId}`;
export const versionPath = (policyId: string, versionId: string) => `/policies/${policyId}/versions/${versionId}`;
export const pdfHref = (policyId: string, versionId: string) => `/api/policies/${policyId}/versions/${versionId}/pdf`;
export const attachmentHref = (policyId: string, versionId: string, attachmentId: string) =>
  `/api/policies/${policyId}/versions/${versionId}/attachments/${attachmentId}`;

/** Drops every cached policy answer after a change (lists, pages, campaigns, the reader's list). */
export function invalidatePolicies(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: ['policies'] });
  void qc.invalidateQueries({ queryKey: ['my-policies'] });
  void qc.invalidateQueries({ queryKey: ['inbox'] });
  void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
}

export const formatBytes = (n: number): string => {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * A refused decision, said plainly: a segregation-of-duties rule names the rule, a missing role
 * says so, a stale write asks to reload.
 */
export function DecisionProblem({ error }: { error: unknown }) {
  if (!error) return null;
  let title: string | undefined;
  if (error instanceof ApiError) {
    const { code, rule, status } = error.problem;
    if (code === 'sod_violation') title = `Refused by segregation of duties${rule ? ` (${rule})` : ''}`;
    else if (status === 403) title = 'You may not do this';
    else if (code === 'version_conflict') title = 'Someone else changed this in the meantime';
    else if (status === 413) title = 'The file is too large';
  }
  return <ProblemAlert error={error} title={title} />;
}

/** Who approved, in which role, when, and what they noted; with the fingerprint of what they approved. */
export function ApprovalRecord({
  approval,
  testId = 'approval-record',
}: {
  approval: PolicyApproval;
  testId?: string;
}) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text fz="sm">
        Approved by <b>{approval.by.fullName}</b> as {approval.roleName}
      </Text>
      <Text fz="xs" c="dimmed">
        {formatDateTime(approval.at)}
      </Text>
      {approval.note && (
        <Text fz="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
          “{approval.note}”
        </Text>
      )}
      <Text fz={10} c="dimmed" ff="monospace" title="SHA-256 of the approved title and text" truncate="end">
        sha256 {approval.contentSha256}
      </Text>
    </Stack>
  );
}

/** A labelled value in a header grid. */
export function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/** The role catalogue, for approver and audience pickers. */
export function useRoles() {
  return useQuery({ queryKey: ['roles'], queryFn: () => call(api.GET('/api/roles')), staleTime: 60_000 });
}

/** Several active people, searched on the server as you type; chosen names stay shown. */
export function PeopleMultiPicker({
  value,
  onChange,
  ...props
}: { value: string[]; onChange: (ids: string[]) => void } & Omit<MultiSelectProps, 'value' | 'onChange' | 'data'>) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const found = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () =>
      call(api.GET('/api/people', { params: { query: { q: q || undefined, limit: 20, status: 'active' } } })),
  });
  const data = useMemo(() => {
    const items = (found.data?.items ?? []).map((p) => ({
      value: p.id,
      label: p.jobTitle ? `${p.fullName} — ${p.jobTitle}` : `${p.fullName} (${p.email})`,
    }));
    for (const id of value)
      if (!items.some((i) => i.value === id)) items.unshift({ value: id, label: labels[id] ?? 'Chosen person' });
    return items;
  }, [found.data, value, labels]);
  return (
    <MultiSelect
      searchable
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'Nobody matches'}
      data={data}
      value={value}
      onChange={(ids) => {
        const known = Object.fromEntries(data.map((d) => [d.value, d.label]));
        setLabels((l) => ({ ...l, ...known }));
        onChange(ids);
      }}
      {...props}
    />
  );
}

/** "Review due 12 Mar 2027", red with a badge once it is past. */
export function NextReview({ at, overdue, empty = '—' }: { at: string | null; overdue: boolean; empty?: string }) {
  if (!at)
    return (
      <Text fz="sm" c="dimmed" data-testid="next-review">
        {empty}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text fz="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined} data-testid="next-review">
        {formatDay(at)}
      </Text>
      {overdue && <OverdueBadge testId="review-overdue" />}
    </Group>
  );
}

/** A back link above a page's title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} fz="sm" data-testid="back-link">
      ← {children}
    </Anchor>
  );
}

export const warningIcon = <IconAlertTriangle size={16} />;
