import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client';

/** Chooses an active person by name, email or employee id, searching on the server. */
export function PersonPicker({
  value,
  onChange,
  ...props
}: { value: string | null; onChange: (id: string | null) => void } & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const people = useQuery({
    queryKey: ['people-picker', q],
    queryFn: () =>
      call(api.GET('/api/people', { params: { query: { q: q || undefined, status: 'active', limit: 20 } } })),
  });
  const options = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.jobTitle ? `${p.fullName} — ${p.jobTitle}` : `${p.fullName} (${p.email})`,
  }));
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      searchable
      clearable
      placeholder="Search by name, email or employee id"
      nothingFoundMessage={people.isFetching ? 'Searching…' : 'Nobody found'}
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

/** Chooses an org unit from the organisation tree, indented by depth. */
export function OrgUnitPicker({
  value,
  onChange,
  ...props
}: { value: string | null; onChange: (id: string | null) => void } & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const tree = useQuery({ queryKey: ['org-units-tree'], queryFn: () => call(api.GET('/api/org-units/tree')) });
  const units = tree.data?.items ?? [];
  const children = new Map<string | null, typeof units>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const data: { value: string; label: string }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      data.push({ value: u.id, label: `${'\u2003'.repeat(depth)}${u.name} (${u.code})` });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return (
    <Select
      searchable
      clearable
      placeholder={tree.isLoading ? 'Loading org units…' : 'Choose an org unit'}
      nothingFoundMessage="No org unit matches"
      data={data}
      value={value}
      onChange={onChange}
      {...props}
    />
  );
}

/** Roles only Top Management assigns (DECISIONS.md). */
export const LEADERSHIP_ROLES = ['top_management', 'isms_manager'];

export const SCOPE_LABELS: Record<string, string> = {
  isms: 'Whole ISMS',
  org_unit: 'Org unit',
  asset: 'Asset',
  risk: 'Risk',
  control: 'Control',
  policy: 'Policy',
  process: 'Process',
};
