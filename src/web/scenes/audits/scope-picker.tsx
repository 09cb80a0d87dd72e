import { MultiSelect, SimpleGrid, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { auditsApi, type ScopeType } from './audits-api';
import { scopeLabel as labelOf, type AuditScopeItem } from './shared';

export type ScopeRef = { type: ScopeType; id: string };

const TYPES: { type: ScopeType; label: string; description: string; placeholder: string }[] = [
  {
    type: 'clause',
    label: 'Clauses',
    description: 'A clause with sub-clauses brings all of them in',
    placeholder: 'Search 4.1 … 10.2',
  },
  {
    type: 'control',
    label: 'Controls',
    description: 'Annex A and custom controls',
    placeholder: 'Search A.5.15, access…',
  },
  { type: 'org_unit', label: 'Org units', description: 'Departments, sites, teams', placeholder: 'Search units' },
  {
    type: 'process',
    label: 'Processes',
    description: 'ISMS processes of the RACI matrix',
    placeholder: 'Search processes',
  },
];

/** One scope type: its options searched on the server; chosen entries keep their labels. */
function ScopeTypeSelect({
  type,
  label,
  description,
  placeholder,
  value,
  known,
  onChange,
}: {
  type: ScopeType;
  label: string;
  description: string;
  placeholder: string;
  value: string[];
  known: Record<string, string>;
  onChange: (ids: string[], labels: Record<string, string>) => void;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['audits', 'scope-options', type, q],
    queryFn: () => auditsApi.scopeOptions(type, q || undefined),
    staleTime: 60_000,
  });
  const data = useMemo(() => {
    const items = (found.data?.items ?? []).map((i) => ({ value: i.id, label: labelOf(i) }));
    for (const id of value)
      if (!items.some((i) => i.value === id)) items.unshift({ value: id, label: known[id] ?? id });
    return items;
  }, [found.data, value, known]);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? placeholder : undefined}
      searchable
      clearable
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'Nothing matches'}
      data={data}
      value={value}
      limit={300}
      maxDropdownHeight={280}
      onChange={(ids) => onChange(ids, Object.fromEntries(data.map((d) => [d.value, d.label])))}
      comboboxProps={{ withinPortal: true }}
      data-testid={`scope-${type}`}
    />
  );
}

/** What an audit covers, by type: clauses, controls, org units and processes. */
export function ScopePicker({
  value,
  initial = [],
  onChange,
  error,
}: {
  value: ScopeRef[];
  initial?: AuditScopeItem[];
  onChange: (scope: ScopeRef[]) => void;
  error?: string;
}) {
  const [labels, setLabels] = useState<Record<string, string>>(() =>
    Object.fromEntries(initial.map((i) => [`${i.type}:${i.id}`, labelOf(i)])),
  );
  return (
    <div data-testid="scope-picker">
      <Text fz="sm" fw={500}>
        Scope{' '}
        <Text span c="red">
          *
        </Text>
      </Text>
      <Text fz="xs" c="dimmed" mb="xs">
        What the audit covers: the checklist has one item per clause, control, org unit and process chosen here.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {TYPES.map((t) => {
          const ids = value.filter((s) => s.type === t.type).map((s) => s.id);
          const known = Object.fromEntries(
            Object.entries(labels)
              .filter(([k]) => k.startsWith(`${t.type}:`))
              .map(([k, v]) => [k.slice(t.type.length + 1), v]),
          );
          return (
            <ScopeTypeSelect
              key={t.type}
              {...t}
              value={ids}
              known={known}
              onChange={(next, seen) => {
                setLabels((l) => ({
                  ...l,
                  ...Object.fromEntries(Object.entries(seen).map(([k, v]) => [`${t.type}:${k}`, v])),
                }));
                onChange([...value.filter((s) => s.type !== t.type), ...next.map((id) => ({ type: t.type, id }))]);
              }}
            />
          );
        })}
      </SimpleGrid>
      {error && (
        <div style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-xs)', marginTop: 6 }}>
          {error}
        </div>
      )}
    </div>
  );
}
