import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { incidentsApi } from './incidents-api';

/**
 * The Incident Handler: the server suggests the system administrators of the affected assets
 * first, then other administrators, then anyone matching the search; each with why.
 */
export function HandlerSelect({
  incidentId,
  value,
  initialLabel,
  onChange,
  description,
  ...props
}: {
  incidentId: string;
  value: string | null;
  initialLabel?: string | null;
  onChange: (id: string | null) => void;
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [known, setKnown] = useState<Record<string, { label: string; reason: string }>>({});
  const found = useQuery({
    queryKey: ['incidents', 'handler-options', incidentId, q],
    queryFn: () => incidentsApi.handlerOptions(incidentId, q || undefined),
    staleTime: 30_000,
  });
  const reasons = useMemo(() => {
    const r: Record<string, string> = {};
    for (const o of found.data?.items ?? []) r[o.person.id] = o.reason;
    return r;
  }, [found.data]);
  const data = useMemo(() => {
    const items = (found.data?.items ?? []).map((o) => ({ value: o.person.id, label: o.person.fullName }));
    if (value && !items.some((i) => i.value === value))
      items.unshift({ value, label: known[value]?.label ?? initialLabel ?? 'Current handler' });
    return items;
  }, [found.data, value, known, initialLabel]);
  const reason = value ? (reasons[value] ?? known[value]?.reason) : undefined;
  return (
    <Select
      searchable
      clearable
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'Nobody matches'}
      data={data}
      value={value}
      limit={50}
      maxDropdownHeight={300}
      renderOption={({ option }) => (
        <Group gap={2} wrap="nowrap" style={{ flexDirection: 'column', alignItems: 'flex-start' }}>
          <Text fz="sm">{option.label}</Text>
          {reasons[option.value] && (
            <Text fz="xs" c="dimmed" data-testid="handler-option-reason">
              {reasons[option.value]}
            </Text>
          )}
        </Group>
      )}
      description={reason || description}
      onChange={(id, option) => {
        if (id && option) setKnown((k) => ({ ...k, [id]: { label: option.label, reason: reasons[id] ?? '' } }));
        onChange(id);
      }}
      {...props}
    />
  );
}
