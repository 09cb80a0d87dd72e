import { Badge, Button, Checkbox, CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconFilterOff, IconSearch, IconSitemap } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { OrgUnitSelect } from '../people/pickers';
import { FILTER_KEYS, SORTS, filtersFrom, sortChoiceFrom } from './query';
import { labelOptions, statusOptions, typeOptions } from './shared';

/**
 * Sets or clears query-string keys in place (no new history entry while filtering). Reads the
 * address as it is now, so two quick changes (clear, then tick a box) do not undo each other.
 */
export function useSetParams() {
  const [, setParams] = useSearchParams();
  return (values: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(values)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
}

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

/** "Runs on AST-0003 Payroll" when the list shows the children of one asset. */
function ParentFilter({ parentId, onClear }: { parentId: string; onClear: () => void }) {
  const parent = useQuery({
    queryKey: ['assets', parentId],
    queryFn: () => call(api.GET('/api/assets/{id}', { params: { path: { id: parentId } } })),
  }).data;
  return (
    <Badge
      size="lg"
      variant="light"
      leftSection={<IconSitemap size={14} />}
      rightSection={<CloseButton size="xs" aria-label="Clear parent asset" onClick={onClear} />}
      styles={{ label: { overflow: 'visible', textTransform: 'none' } }}
      data-testid="assets-filter-parent"
    >
      Runs on {parent ? `${parent.reference} ${parent.name}` : '…'}
    </Badge>
  );
}

/** The inventory's filters and sort, kept in the query string so a view is a URL. */
export function AssetFilterBar() {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const f = filtersFrom(params);
  const [search, setSearch] = useSearchParam();
  const active = FILTER_KEYS.some((k) => params.get(k));
  return (
    <Group align="center" wrap="wrap" gap="sm" data-testid="assets-filters">
      <TextInput
        placeholder="Search reference, name, location, CMDB id"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        aria-label="Search assets"
        style={{ flex: 1, minWidth: 240 }}
        data-testid="assets-search"
      />
      <Select
        placeholder="Any type"
        aria-label="Filter by type"
        clearable
        value={f.type ?? null}
        onChange={(v) => setParams({ type: v })}
        data={typeOptions}
        w={150}
        data-testid="assets-filter-type"
      />
      <Select
        placeholder="Any status"
        aria-label="Filter by status"
        clearable
        value={f.status ?? null}
        onChange={(v) => setParams({ status: v })}
        data={statusOptions}
        w={140}
        data-testid="assets-filter-status"
      />
      <Select
        placeholder="Any classification"
        aria-label="Filter by classification"
        clearable
        value={f.label ?? null}
        onChange={(v) => setParams({ label: v })}
        data={labelOptions}
        w={175}
        data-testid="assets-filter-label"
      />
      <OrgUnitSelect
        placeholder="Any org unit"
        aria-label="Filter by org unit"
        value={f.orgUnitId ?? null}
        onChange={(v) => setParams({ orgUnitId: v })}
        w={200}
        comboboxProps={{ width: 360, position: 'bottom-start' }}
        data-testid="assets-filter-org-unit"
      />
      <Checkbox
        label="Mine"
        checked={f.owner === 'me'}
        onChange={(e) => setParams({ owner: e.currentTarget.checked ? 'me' : null, unowned: null })}
        data-testid="assets-filter-mine"
      />
      <Checkbox
        label="No owner"
        checked={f.unowned === 'true'}
        onChange={(e) => setParams({ unowned: e.currentTarget.checked ? 'true' : null, owner: null })}
        data-testid="assets-filter-unowned"
      />
      <Select
        aria-label="Sort"
        value={sortChoiceFrom(params)}
        onChange={(v) => {
          const [sort, dir] = (v ?? 'reference').split(':');
          setParams({ sort: sort === 'reference' && !dir ? null : sort, dir: dir ?? null });
        }}
        data={SORTS}
        allowDeselect={false}
        w={250}
        leftSectionWidth={50}
        leftSection={<span style={{ fontSize: 12, opacity: 0.7 }}>Sort</span>}
        data-testid="assets-sort"
      />
      {f.parentId && <ParentFilter parentId={f.parentId} onClear={() => setParams({ parentId: null })} />}
      {active && (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => setParams(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
          data-testid="assets-filters-clear"
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
