import {
  Alert,
  Badge,
  Code,
  MultiSelect,
  Select,
  Text,
  Tooltip,
  type MultiSelectProps,
  type SelectProps,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconCrown, IconGhost2, IconRoute, IconShieldLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { DecisionProblem, WHOLE } from '../policies/shared';

export type Entitlement = Schemas['Entitlement'];
export type UnmatchedAccount = Schemas['UnmatchedAccount'];
export type EntitlementImport = Schemas['EntitlementImport'];
export type ToxicRule = Schemas['ToxicRule'];
export type ToxicConflict = Schemas['ToxicConflict'];
export type AccessReview = Schemas['AccessReview'];
export type ReviewItem = Schemas['ReviewItem'];
export type ReviewerProgress = Schemas['ReviewerProgress'];
export type ReviewDecision = Schemas['ReviewDecision'];
export type AssetRef = Schemas['AssetRef'];
type Routed = NonNullable<ReviewItem['routed']>;

/** The limits the server checks (REVIEW_LIMITS, ASSET_LIMITS), copied so the bundle does not pull in zod. */
export const REVIEW_LIMITS = { titleMax: 200, commentMax: 2000, modifyToMax: 200, bulkIdsMax: 1000 } as const;
export const ENTITLEMENT_MAX = 200;

export const reviewPath = (id: string) => `/access-reviews/${id}`;
export const assetLabel = (a: AssetRef) => `${a.reference} · ${a.name}`;

/** Drops every cached entitlement, toxic-rule and review answer after a change. */
export function invalidateAccess(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: ['entitlements'] });
  void qc.invalidateQueries({ queryKey: ['toxic-rules'] });
  void qc.invalidateQueries({ queryKey: ['access-reviews'] });
  void qc.invalidateQueries({ queryKey: ['inbox'] });
  void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
}

async function searchAssets(q: string | undefined): Promise<{ value: string; label: string }[]> {
  const page = await call(api.GET('/api/assets', { params: { query: { limit: 20, q: q || undefined } } }));
  return page.items.map((a) => ({ value: a.id, label: assetLabel(a) }));
}

/** "AST-0001 · Payroll" for an asset id in the URL, so a picker names it after a reload. */
export function useAssetLabel(id: string | null | undefined) {
  const q = useQuery({
    queryKey: ['assets', id, 'label'],
    queryFn: () => call(api.GET('/api/assets/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });
  return q.data ? assetLabel(q.data) : undefined;
}

function useAssetSearch() {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({ queryKey: ['assets', 'pick', q], queryFn: () => searchAssets(q || undefined) });
  return { search, setSearch, found };
}

/** Chooses one system (asset) by reference, name or CMDB id, searching on the server. */
export function AssetSelect({
  value,
  onChange,
  initialLabel,
  ...props
}: { value: string | null; onChange: (id: string | null) => void; initialLabel?: string } & Omit<
  SelectProps,
  'value' | 'onChange' | 'data'
>) {
  const { search, setSearch, found } = useAssetSearch();
  const [labels, setLabels] = useState<Record<string, string>>({});
  const data = useMemo(() => {
    const items = [...(found.data ?? [])];
    if (value && !items.some((i) => i.value === value))
      items.unshift({ value, label: labels[value] ?? initialLabel ?? 'Chosen system' });
    return items;
  }, [found.data, value, labels, initialLabel]);
  return (
    <Select
      searchable
      clearable
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No system matches'}
      data={data}
      value={value}
      onChange={(id, option) => {
        if (id && option) setLabels((l) => ({ ...l, [id]: option.label }));
        onChange(id);
      }}
      {...props}
    />
  );
}

/** Chooses several systems, searched on the server as you type; chosen ones stay shown. */
export function AssetMultiSelect({
  value,
  onChange,
  ...props
}: { value: string[]; onChange: (ids: string[]) => void } & Omit<MultiSelectProps, 'value' | 'onChange' | 'data'>) {
  const { search, setSearch, found } = useAssetSearch();
  const [labels, setLabels] = useState<Record<string, string>>({});
  const data = useMemo(() => {
    const items = [...(found.data ?? [])];
    for (const id of value)
      if (!items.some((i) => i.value === id)) items.unshift({ value: id, label: labels[id] ?? 'Chosen system' });
    return items;
  }, [found.data, value, labels]);
  return (
    <MultiSelect
      searchable
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No system matches'}
      data={data}
      value={value}
      onChange={(ids) => {
        setLabels((l) => ({ ...l, ...Object.fromEntries(data.map((d) => [d.value, d.label])) }));
        onChange(ids);
      }}
      {...props}
    />
  );
}

export const PrivilegedBadge = ({ testId = 'privileged-badge' }: { testId?: string }) => (
  <Tooltip label="Administrative or otherwise privileged access (ISO/IEC 27001 A.8.2)" withArrow>
    <Badge
      variant="light"
      color="grape"
      size="sm"
      leftSection={<IconCrown size={12} />}
      styles={WHOLE}
      data-testid={testId}
    >
      Privileged
    </Badge>
  </Tooltip>
);

export const ToxicBadge = ({ testId = 'toxic-badge' }: { testId?: string }) => (
  <Tooltip label="The holder also has the other side of an active toxic combination" withArrow>
    <Badge
      variant="filled"
      color="red"
      size="sm"
      leftSection={<IconAlertTriangle size={12} />}
      styles={WHOLE}
      data-testid={testId}
    >
      Toxic
    </Badge>
  </Tooltip>
);

export const OrphanedBadge = ({ testId = 'orphaned-badge' }: { testId?: string }) => (
  <Tooltip label="An account matched to nobody: it should be removed, or matched to its person" withArrow>
    <Badge
      variant="light"
      color="orange"
      size="sm"
      leftSection={<IconGhost2 size={12} />}
      styles={WHOLE}
      data-testid={testId}
    >
      Orphaned
    </Badge>
  </Tooltip>
);

export const ROUTED: Record<Routed, { label: string; tip: string; color: string }> = {
  own_account: {
    label: 'Own account',
    tip: 'SOD-04: the asset owner holds this account and may not certify their own access, so it goes to their manager.',
    color: 'indigo',
  },
  no_owner: {
    label: 'No owner',
    tip: 'SOD-04: the system has no asset owner, so the Information Security Manager reviews it.',
    color: 'yellow',
  },
  reassigned: {
    label: 'Reassigned',
    tip: 'The Information Security Manager gave this item to another reviewer.',
    color: 'cyan',
  },
};

export const RoutedBadge = ({ routed }: { routed: Routed }) => (
  <Tooltip label={ROUTED[routed].tip} withArrow multiline w={300}>
    <Badge
      variant="outline"
      color={ROUTED[routed].color}
      size="sm"
      leftSection={<IconRoute size={12} />}
      styles={WHOLE}
      data-testid="routed-badge"
      data-routed={routed}
    >
      {ROUTED[routed].label}
    </Badge>
  </Tooltip>
);

export const DECISION: Record<ReviewDecision, { label: string; color: string }> = {
  keep: { label: 'Keep', color: 'teal' },
  revoke: { label: 'Revoke', color: 'red' },
  modify: { label: 'Modify', color: 'orange' },
};

export const DecisionBadge = ({ decision }: { decision: ReviewDecision | null }) =>
  decision ? (
    <Badge variant="light" color={DECISION[decision].color} styles={WHOLE} data-testid="decision-badge">
      {DECISION[decision].label}
    </Badge>
  ) : (
    <Badge variant="default" styles={WHOLE} data-testid="decision-badge">
      Undecided
    </Badge>
  );

export const ReviewStatusBadge = ({ status, overdue }: { status: AccessReview['status']; overdue?: boolean }) => (
  <Badge
    variant="light"
    color={status === 'closed' ? 'dark' : overdue ? 'red' : 'blue'}
    styles={WHOLE}
    data-testid="review-status"
  >
    {status === 'closed' ? 'Closed' : overdue ? 'Open · overdue' : 'Open'}
  </Badge>
);

export const isOverdue = (r: AccessReview) => r.status === 'open' && Date.parse(r.dueAt) < Date.now();
export const rateColor = (rate: number) => (rate >= 90 ? 'teal' : rate >= 50 ? 'yellow' : 'red');
export const percent = (done: number, total: number) => (total === 0 ? 100 : Math.round((done / total) * 100));

/**
 * A refused decision: a segregation-of-duties refusal names its rule (data-testid="sod-refusal"),
 * anything else is said as DecisionProblem says it.
 */
export function ReviewProblem({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.problem.code === 'sod_violation') {
    const rule = error.problem.rule ?? /^(SOD-\d+)/.exec(error.problem.detail)?.[1];
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconShieldLock size={18} />}
        title={
          <span>
            Refused by segregation of duties{' '}
            {rule && (
              <Code data-testid="sod-refusal" fz="sm">
                {rule}
              </Code>
            )}
          </span>
        }
        role="alert"
        data-testid="problem"
      >
        <Text fz="sm">{error.problem.detail}</Text>
      </Alert>
    );
  }
  return <DecisionProblem error={error} />;
}
