import { Badge, Group, Select, Text, Tooltip, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, call, type Schemas } from '../../api/client';
import { DecisionProblem, WHOLE } from '../policies/shared';
import { ProblemAlert } from '../../components/problem';

export type Asset = Schemas['Asset'];
export type AssetSummary = Schemas['AssetSummary'];
export type AssetType = Schemas['AssetType'];
export type AssetStatus = Schemas['AssetStatus'];
export type ClassificationLabel = Schemas['ClassificationLabel'];
export type AssetOwner = Schemas['AssetOwner'];
export type AssetImportResult = Schemas['AssetImportResult'];
export type AccessRequest = Schemas['AccessRequest'];
export type AccessRequestStatus = Schemas['AccessRequestStatus'];

/**
 * The limits the server checks (ASSET_LIMITS in src/contracts/assets.ts), copied so the web bundle
 * does not pull in zod for a few numbers.
 */
export const ASSET_LIMITS = {
  nameMax: 200,
  textMax: 5000,
  locationMax: 200,
  externalIdMax: 120,
  entitlementMax: 200,
  reasonMax: 2000,
  noteMax: 2000,
  linksMax: 200,
  ownerReasonMax: 500,
} as const;

export const ASSET_TYPE: Record<AssetType, string> = {
  information: 'Information',
  application: 'Application',
  system: 'System',
  service: 'Service',
  hardware: 'Hardware',
  site: 'Site',
  supplier: 'Supplier',
};

export const ASSET_STATUS: Record<AssetStatus, { label: string; color: string; hint: string }> = {
  planned: { label: 'Planned', color: 'gray', hint: 'Not in use yet' },
  in_use: { label: 'In use', color: 'teal', hint: 'In use' },
  retired: { label: 'Retired', color: 'yellow', hint: 'No longer used; its data is kept' },
  disposed: { label: 'Disposed', color: 'dark', hint: 'Gone, disposed of securely (A.7.14)' },
};

export const LABEL: Record<ClassificationLabel, { label: string; color: string; hint: string }> = {
  public: { label: 'Public', color: 'green', hint: 'May be shared with anyone' },
  internal: { label: 'Internal', color: 'blue', hint: 'For people of the organisation' },
  confidential: { label: 'Confidential', color: 'orange', hint: 'For those who need to know' },
  restricted: { label: 'Restricted', color: 'red', hint: 'For named people only; the most harm if disclosed' },
};

/** 1 low, 2 medium, 3 high, 4 very high. */
export const CIA_LEVELS = ['', 'Low', 'Medium', 'High', 'Very high'] as const;
export const CIA_OPTIONS = [1, 2, 3, 4].map((n) => ({ value: String(n), label: `${n} · ${CIA_LEVELS[n]}` }));
const CIA_COLOR = ['gray', 'gray', 'blue', 'orange', 'red'];

export const ACCESS_STATUS: Record<AccessRequestStatus, { label: string; color: string; hint: string }> = {
  pending: { label: 'Pending', color: 'yellow', hint: 'Waiting for the asset owner to decide' },
  approved: { label: 'Approved', color: 'blue', hint: 'Approved; waiting to be provisioned' },
  rejected: { label: 'Rejected', color: 'red', hint: 'The asset owner refused it' },
  provisioned: { label: 'Provisioned', color: 'teal', hint: 'Access given' },
  revoked: { label: 'Revoked', color: 'gray', hint: 'Access taken away again' },
  cancelled: { label: 'Cancelled', color: 'dark', hint: 'Withdrawn before it was given' },
};

export const typeOptions = (Object.keys(ASSET_TYPE) as AssetType[]).map((t) => ({ value: t, label: ASSET_TYPE[t] }));
export const statusOptions = (Object.keys(ASSET_STATUS) as AssetStatus[]).map((s) => ({
  value: s,
  label: ASSET_STATUS[s].label,
}));
export const labelOptions = (Object.keys(LABEL) as ClassificationLabel[]).map((l) => ({
  value: l,
  label: LABEL[l].label,
}));

export const assetPath = (id: string) => `/assets/${id}`;
export const accessPath = (id: string) => `/access/${id}`;

/** Drops every cached inventory and access request answer after a change. */
export function invalidateAssets(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: ['assets'] });
  void qc.invalidateQueries({ queryKey: ['access-requests'] });
  void qc.invalidateQueries({ queryKey: ['inbox'] });
  void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
}

export const LabelBadge = ({
  label,
  testId = 'asset-label',
  size = 'md',
}: {
  label: ClassificationLabel;
  testId?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) => (
  <Tooltip label={LABEL[label].hint} withArrow>
    <Badge
      color={LABEL[label].color}
      variant="filled"
      autoContrast
      size={size}
      styles={WHOLE}
      data-testid={testId}
      data-label={label}
    >
      {LABEL[label].label}
    </Badge>
  </Tooltip>
);

export const AssetStatusBadge = ({ status, testId = 'asset-status' }: { status: AssetStatus; testId?: string }) => (
  <Tooltip label={ASSET_STATUS[status].hint} withArrow>
    <Badge variant="light" color={ASSET_STATUS[status].color} styles={WHOLE} data-testid={testId}>
      {ASSET_STATUS[status].label}
    </Badge>
  </Tooltip>
);

export const AccessStatusBadge = ({
  request,
  testId = 'access-status',
}: {
  request: Pick<AccessRequest, 'status' | 'expired'>;
  testId?: string;
}) => (
  <Group gap={4} wrap="nowrap">
    <Tooltip label={ACCESS_STATUS[request.status].hint} withArrow>
      <Badge variant="light" color={ACCESS_STATUS[request.status].color} styles={WHOLE} data-testid={testId}>
        {ACCESS_STATUS[request.status].label}
      </Badge>
    </Tooltip>
    {request.expired && (
      <Badge variant="filled" color="red" styles={WHOLE} data-testid="access-expired">
        Expired
      </Badge>
    )}
  </Group>
);

/** "C3 I2 A4", each letter tinted by its level, with the words in a tooltip. */
export function CiaText({ asset }: { asset: Pick<AssetSummary, 'confidentiality' | 'integrity' | 'availability'> }) {
  const parts: [string, string, number][] = [
    ['C', 'Confidentiality', asset.confidentiality],
    ['I', 'Integrity', asset.integrity],
    ['A', 'Availability', asset.availability],
  ];
  return (
    <Tooltip label={parts.map(([, name, n]) => `${name}: ${CIA_LEVELS[n] ?? n}`).join(' · ')} withArrow>
      <Group gap={6} wrap="nowrap" data-testid="asset-cia">
        {parts.map(([letter, , n]) => (
          <Text key={letter} fz="xs" ff="monospace" fw={600} c={CIA_COLOR[n] ?? 'gray'} span>
            {letter}
            {n}
          </Text>
        ))}
      </Group>
    </Tooltip>
  );
}

/** The owner's name, with "via org unit" when inherited; orange when nobody owns it. */
export function AssetOwnerText({ owner, testId = 'asset-owner' }: { owner: AssetOwner | null; testId?: string }) {
  if (!owner)
    return (
      <Text fz="sm" c="orange" span data-testid={testId}>
        No owner
      </Text>
    );
  return (
    <span data-testid={testId}>
      {owner.person.fullName}
      {owner.via === 'org_unit' && (
        <Text fz="xs" c="dimmed" span data-testid={`${testId}-via`}>
          {' '}
          (via org unit)
        </Text>
      )}
    </span>
  );
}

/** The rule a segregation-of-duties refusal names, from the problem or its detail. */
export function sodRuleOf(error: unknown): string | null {
  if (error instanceof ApiError && error.problem.code === 'sod_violation')
    return error.problem.rule ?? /(SOD-\d+)/.exec(error.problem.detail)?.[1] ?? 'SOD';
  return null;
}

/** A refused step: a segregation-of-duties refusal names its rule; a stale write asks to reload. */
export function AccessProblem({ error }: { error: unknown }) {
  const rule = sodRuleOf(error);
  if (rule)
    return (
      <div data-testid="sod-refusal" data-rule={rule}>
        <ProblemAlert error={error} title={`Refused by segregation of duties (${rule})`} />
      </div>
    );
  if (error instanceof ApiError && error.problem.code === 'version_conflict')
    return (
      <ProblemAlert error={error} title="Changed by someone else in the meantime: reload the page and try again" />
    );
  return <DecisionProblem error={error} />;
}

type AssetPickerProps = {
  value: string | null;
  onChange: (id: string | null) => void;
  initialLabel?: string | null;
  excludeId?: string;
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>;

/** Chooses an asset by reference, name, location or CMDB id, searching the inventory on the server. */
export function AssetPicker({ value, onChange, initialLabel, excludeId, ...props }: AssetPickerProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const found = useQuery({
    queryKey: ['assets', 'pick', q],
    queryFn: () =>
      call(api.GET('/api/assets', { params: { query: { q: q || undefined, limit: 20, sort: 'reference' } } })),
  });
  const options = (found.data?.items ?? [])
    .filter((a) => a.id !== excludeId)
    .map((a) => ({ value: a.id, label: `${a.reference} ${a.name}` }));
  const current = chosen?.value === value ? chosen : value && initialLabel ? { value, label: initialLabel } : null;
  const data = current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;
  return (
    <Select
      searchable
      clearable
      placeholder="Search assets by reference or name"
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No asset matches'}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      onChange={(id, option) => {
        setChosen(option ? { value: option.value, label: option.label } : null);
        onChange(id);
      }}
      {...props}
    />
  );
}
