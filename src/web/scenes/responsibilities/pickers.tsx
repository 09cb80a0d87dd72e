import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client';

type PickerProps = { value: string | null; onChange: (id: string | null) => void } & Omit<
  SelectProps,
  'value' | 'onChange' | 'data'
>;

/**
 * A select whose options come from a server search as the user types (registers are too long to
 * load whole); the chosen option stays shown when a later search no longer returns it.
 */
function SearchSelect({
  value,
  onChange,
  queryKey,
  search: fetchOptions,
  searching,
  nothingFound,
  ...props
}: PickerProps & {
  queryKey: string;
  search: (q: string | undefined) => Promise<{ value: string; label: string }[]>;
  searching: string;
  nothingFound: string;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const found = useQuery({ queryKey: [queryKey, q], queryFn: () => fetchOptions(q || undefined) });
  const options = found.data ?? [];
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={found.isFetching ? searching : nothingFound}
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

/** Chooses an active person by name, email or employee id, searching on the server. */
export function PersonPicker(props: PickerProps) {
  return (
    <SearchSelect
      queryKey="people-picker"
      placeholder="Search by name, email or employee id"
      searching="Searching…"
      nothingFound="Nobody found"
      search={async (q) =>
        (await call(api.GET('/api/people', { params: { query: { q, status: 'active', limit: 20 } } }))).items.map(
          (p) => ({
            value: p.id,
            label: p.jobTitle ? `${p.fullName} — ${p.jobTitle}` : `${p.fullName} (${p.email})`,
          }),
        )
      }
      {...props}
    />
  );
}

/** Chooses a policy that is not retired, by reference or title, searching on the server. */
export function PolicyPicker(props: PickerProps) {
  return (
    <SearchSelect
      queryKey="policy-picker"
      placeholder="Search policies by reference or title"
      searching="Searching…"
      nothingFound="No policy matches"
      search={async (q) =>
        (await call(api.GET('/api/policies', { params: { query: { q, limit: 20 } } }))).items
          .filter((p) => p.status !== 'retired')
          .map((p) => ({ value: p.id, label: `${p.reference} ${p.title}` }))
      }
      {...props}
    />
  );
}

/** Chooses an open risk by reference or title, searching the register on the server. */
export function RiskPicker(props: PickerProps) {
  return (
    <SearchSelect
      queryKey="risk-picker"
      placeholder="Search risks by reference or title"
      searching="Searching…"
      nothingFound="No risk matches"
      search={async (q) =>
        (await call(api.GET('/api/risks', { params: { query: { q, limit: 20, sort: 'reference' } } }))).items
          .filter((r) => r.status !== 'closed')
          .map((r) => ({ value: r.id, label: `${r.reference} ${r.title}` }))
      }
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
