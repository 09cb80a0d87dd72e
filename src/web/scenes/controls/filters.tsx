import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSetParams } from '../assets/filters';
import { PersonSelect } from '../people/pickers';
import { FILTER_KEYS, SORTS, filtersFrom, sortChoiceFrom } from './query';
import {
  APPLICABILITY,
  CONTROL_THEME_LABELS,
  HEALTH,
  IMPLEMENTATION_STATUS_LABELS,
  STATUSES,
  THEMES,
  type Applicability,
  type HealthLevel,
} from './shared';

export const themeOptions = THEMES.map((t) => ({ value: t, label: CONTROL_THEME_LABELS[t] }));
const applicabilityOptions = (Object.keys(APPLICABILITY) as Applicability[]).map((a) => ({
  value: a,
  label: APPLICABILITY[a].label,
}));
export const statusOptions = STATUSES.map((s) => ({ value: s, label: IMPLEMENTATION_STATUS_LABELS[s] }));
const healthOptions = (Object.keys(HEALTH) as HealthLevel[]).map((h) => ({ value: h, label: HEALTH[h].label }));
const ownerOptions = [
  { value: 'me', label: 'Mine' },
  { value: 'none', label: 'No owner' },
];

/** The search box: typed freely, written to the URL once typing pauses; follows the URL when it changes. */
function useSearchParam() {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const fromUrl = params.get('q') ?? '';
  const [value, setValue] = useState(fromUrl);
  const [debounced] = useDebouncedValue(value.trim(), 300);
  useEffect(() => setValue((v) => (v.trim() === fromUrl ? v : fromUrl)), [fromUrl]);
  useEffect(() => {
    if (debounced !== (params.get('q') ?? '')) setParams({ q: debounced || null });
    // Only a pause in typing writes the URL; a URL change syncs the field above.
  }, [debounced]);
  return [value, setValue] as const;
}

/**
 * The register's filters and sort, kept in the query string so a view is a URL. `compact` leaves
 * out the owner and health filters (the SoA page, where only applicability matters).
 */
export function ControlFilterBar({ compact = false }: { compact?: boolean }) {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const f = filtersFrom(params);
  const [search, setSearch] = useSearchParam();
  const active = FILTER_KEYS.some((k) => params.get(k));
  const ownerIsPerson = f.owner !== undefined && f.owner !== 'me' && f.owner !== 'none';
  return (
    <Group align="center" wrap="wrap" gap="sm" data-testid="controls-filters">
      <TextInput
        placeholder="Search reference or title"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        aria-label="Search controls"
        style={{ flex: 1, minWidth: 200 }}
        data-testid="controls-search"
      />
      <Select
        placeholder="Any theme"
        aria-label="Filter by theme"
        clearable
        value={f.theme ?? null}
        onChange={(v) => setParams({ theme: v })}
        data={themeOptions}
        w={190}
        data-testid="controls-filter-theme"
      />
      <Select
        placeholder="Any applicability"
        aria-label="Filter by applicability"
        clearable
        value={f.applicability ?? null}
        onChange={(v) => setParams({ applicability: v })}
        data={applicabilityOptions}
        w={170}
        data-testid="controls-filter-applicability"
      />
      <Select
        placeholder="Any status"
        aria-label="Filter by implementation status"
        clearable
        value={f.status ?? null}
        onChange={(v) => setParams({ status: v })}
        data={statusOptions}
        w={190}
        data-testid="controls-filter-status"
      />
      {!compact && (
        <>
          <Select
            placeholder="Any health"
            aria-label="Filter by health"
            clearable
            value={f.health ?? null}
            onChange={(v) => setParams({ health: v })}
            data={healthOptions}
            w={150}
            data-testid="controls-filter-health"
          />
          <Select
            placeholder="Any owner"
            aria-label="Filter by owner"
            clearable
            value={ownerIsPerson ? null : (f.owner ?? null)}
            onChange={(v) => setParams({ owner: v })}
            data={ownerOptions}
            w={140}
            data-testid="controls-filter-owner"
          />
          <PersonSelect
            placeholder="Owned by…"
            aria-label="Filter by owner person"
            value={ownerIsPerson ? (f.owner ?? null) : null}
            onChange={(v) => setParams({ owner: v })}
            w={200}
            comboboxProps={{ width: 320, position: 'bottom-start' }}
            data-testid="controls-filter-owner-person"
          />
          <Checkbox
            label="Custom only"
            checked={f.custom === 'true'}
            onChange={(e) => setParams({ custom: e.currentTarget.checked ? 'true' : null })}
            data-testid="controls-filter-custom"
          />
        </>
      )}
      <Select
        aria-label="Sort"
        value={sortChoiceFrom(params)}
        onChange={(v) => {
          const [sort, dir] = (v ?? 'reference').split(':');
          setParams({ sort: sort === 'reference' && !dir ? null : sort, dir: dir ?? null });
        }}
        data={SORTS}
        allowDeselect={false}
        w={240}
        leftSectionWidth={50}
        leftSection={<span style={{ fontSize: 12, opacity: 0.7 }}>Sort</span>}
        data-testid="controls-sort"
      />
      {active && (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => setParams(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
          data-testid="controls-filters-clear"
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
