import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../api/client';

export type OrgUnitNode = Schemas['OrgUnitTreeNode'];

/** The whole org tree (bounded: units number in hundreds), shared by pickers and the tree page. */
export function useOrgTree() {
  return useQuery({ queryKey: ['org-units', 'tree'], queryFn: () => call(api.GET('/api/org-units/tree')) });
}

/** "Acme Group › Engineering › Platform" for every unit, for pickers and labels. */
export function unitPaths(nodes: OrgUnitNode[]): Map<string, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, string>();
  const pathOf = (id: string, depth = 0): string => {
    const known = out.get(id);
    if (known) return known;
    const n = byId.get(id);
    if (!n) return '';
    const p = n.parentId && depth < 50 ? pathOf(n.parentId, depth + 1) : '';
    const full = p ? `${p} › ${n.name}` : n.name;
    out.set(id, full);
    return full;
  };
  for (const n of nodes) pathOf(n.id);
  return out;
}

/** Choose an org unit by name or code; the list shows each unit's place in the tree. */
export function OrgUnitSelect({
  value,
  onChange,
  exclude,
  ...props
}: { value: string | null; onChange: (id: string | null) => void; exclude?: Set<string> } & Omit<
  SelectProps,
  'value' | 'onChange' | 'data'
>) {
  const tree = useOrgTree();
  const data = useMemo(() => {
    const nodes = tree.data?.items ?? [];
    const paths = unitPaths(nodes);
    return nodes
      .filter((n) => !exclude?.has(n.id))
      .map((n) => ({ value: n.id, label: `${paths.get(n.id) ?? n.name} (${n.code})` }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [tree.data, exclude]);
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage="No unit matches"
      data={data}
      value={value}
      onChange={onChange}
      limit={200}
      {...props}
    />
  );
}

/** Choose a person, searched on the server as you type (name, email or employee id). */
export function PersonSelect({
  value,
  initialLabel,
  onChange,
  excludeId,
  ...props
}: {
  value: string | null;
  initialLabel?: string | null;
  onChange: (id: string | null) => void;
  excludeId?: string;
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () =>
      call(api.GET('/api/people', { params: { query: { q: q || undefined, limit: 20, status: 'active' } } })),
  });
  const [labels, setLabels] = useState<Record<string, string>>({});
  const data = useMemo(() => {
    const items = (found.data?.items ?? [])
      .filter((p) => p.id !== excludeId)
      .map((p) => ({ value: p.id, label: `${p.fullName}${p.employeeId ? ` (${p.employeeId})` : ''} · ${p.email}` }));
    if (value && !items.some((i) => i.value === value))
      items.unshift({ value, label: labels[value] ?? initialLabel ?? 'Current selection' });
    return items;
  }, [found.data, value, labels, initialLabel, excludeId]);
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
      onChange={(id, option) => {
        if (id && option) setLabels((l) => ({ ...l, [id]: option.label }));
        onChange(id);
      }}
      {...props}
    />
  );
}
