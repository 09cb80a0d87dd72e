import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { incidentsApi, type LinkType } from './incidents-api';

type Option = { value: string; label: string };

const FIND: Record<LinkType, (q: string | undefined) => Promise<Option[]>> = {
  asset: async (q) =>
    (await incidentsApi.findAssets(q)).items.map((a) => ({ value: a.id, label: `${a.reference} ${a.name}` })),
  risk: async (q) =>
    (await incidentsApi.findRisks(q)).items.map((r) => ({ value: r.id, label: `${r.reference} ${r.title}` })),
  nonconformity: async (q) =>
    (await incidentsApi.findNonconformities(q)).items.map((n) => ({
      value: n.id,
      label: `${n.reference} ${n.title}`,
    })),
};

/** An asset, risk or nonconformity, searched on the server as you type; the chosen one keeps its label. */
export function RecordSelect({
  type,
  value,
  initialLabel,
  onChange,
  exclude,
  ...props
}: {
  type: LinkType;
  value: string | null;
  initialLabel?: string;
  onChange: (id: string | null, label: string | null) => void;
  exclude?: Set<string>;
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const found = useQuery({
    queryKey: ['incidents', 'pick', type, q],
    queryFn: () => FIND[type](q || undefined),
    staleTime: 30_000,
  });
  const data = useMemo(() => {
    const items = (found.data ?? []).filter((o) => !exclude?.has(o.value));
    if (value && !items.some((i) => i.value === value))
      items.unshift({ value, label: labels[value] ?? initialLabel ?? 'Current selection' });
    return items;
  }, [found.data, value, labels, initialLabel, exclude]);
  return (
    <Select
      searchable
      clearable
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.isFetching ? 'Searching…' : found.error ? 'Could not search' : 'Nothing matches'}
      data={data}
      value={value}
      onChange={(id, option) => {
        if (id && option) setLabels((l) => ({ ...l, [id]: option.label }));
        onChange(id, option?.label ?? null);
      }}
      {...props}
    />
  );
}
