import { Autocomplete, Badge, Button, Checkbox, CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconGridDots, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { OrgUnitSelect, PersonSelect } from '../people/pickers';
import { usePersonName } from './risk-owner';
import { FILTER_KEYS, SORTS, filtersFrom, parseCell, sortFrom, type FilterKey } from './query';
import { CATEGORY_SUGGESTIONS, RISK_STATUS, stepLabel, useRiskMethod, type RiskStatus } from './shared';

/** Sets or clears query-string keys in place (no new history entry while filtering). */
export function useSetParams() {
  const [, setParams] = useSearchParams();
  return (values: Record<string, string | null | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(values)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
}

/** A text filter typed freely and written to the URL once typing pauses; follows the URL when it changes. */
function useTextParam(key: string) {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const fromUrl = params.get(key) ?? '';
  const [value, setValue] = useState(fromUrl);
  const [debounced] = useDebouncedValue(value.trim(), 300);
  useEffect(() => setValue((v) => (v.trim() === fromUrl ? v : fromUrl)), [fromUrl]);
  useEffect(() => {
    if (debounced !== (params.get(key) ?? '')) setParams({ [key]: debounced || null });
    // Only a pause in typing writes the URL; a URL change syncs the field above.
  }, [debounced]);
  return [value, setValue] as const;
}

/** The owner filter: a person picker that names the person in the URL after a reload. */
function OwnerFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const name = usePersonName(value);
  return (
    <PersonSelect
      placeholder="Any owner"
      aria-label="Filter by owner"
      value={value}
      initialLabel={name || undefined}
      onChange={onChange}
      w={220}
      data-testid="risks-filter-owner"
    />
  );
}

/**
 * The register's filters, kept in the query string so a view is a URL. `show` picks which appear
 * (the heat map shows org unit, owner and category); every filter in the URL still applies.
 */
export function RiskFilterBar({
  show = FILTER_KEYS,
  withSort = true,
  categories = [],
}: {
  show?: readonly FilterKey[];
  withSort?: boolean;
  categories?: string[];
}) {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const method = useRiskMethod().data;
  const f = filtersFrom(params);
  const [search, setSearch] = useTextParam('q');
  const [category, setCategory] = useTextParam('category');
  const has = (k: FilterKey) => show.includes(k);
  const cell = parseCell(f.cell);
  const active = FILTER_KEYS.some((k) => params.get(k));
  const suggestions = [...new Set([...categories, ...CATEGORY_SUGGESTIONS])].sort((a, b) => a.localeCompare(b));
  return (
    <Group align="center" wrap="wrap" gap="sm" data-testid="risks-filters">
      {has('q') && (
        <TextInput
          placeholder="Search reference, title, threat, vulnerability"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          aria-label="Search risks"
          style={{ flex: 1, minWidth: 240 }}
          data-testid="risks-search"
        />
      )}
      {has('status') && (
        <Select
          placeholder="Any status"
          aria-label="Filter by status"
          clearable
          value={f.status ?? null}
          onChange={(v) => setParams({ status: v })}
          data={(Object.keys(RISK_STATUS) as RiskStatus[]).map((s) => ({ value: s, label: RISK_STATUS[s].label }))}
          w={160}
          data-testid="risks-filter-status"
        />
      )}
      {has('category') && (
        <Autocomplete
          placeholder="Any category"
          aria-label="Filter by category"
          value={category}
          onChange={setCategory}
          data={suggestions}
          w={190}
          rightSection={
            category ? <CloseButton size="sm" aria-label="Clear category" onClick={() => setCategory('')} /> : null
          }
          data-testid="risks-filter-category"
        />
      )}
      {has('orgUnitId') && (
        <OrgUnitSelect
          placeholder="Any org unit"
          aria-label="Filter by org unit"
          value={f.orgUnitId ?? null}
          onChange={(v) => setParams({ orgUnitId: v })}
          w={220}
          comboboxProps={{ width: 360, position: 'bottom-start' }}
          data-testid="risks-filter-org-unit"
        />
      )}
      {has('ownerPersonId') && (
        <OwnerFilter value={f.ownerPersonId ?? null} onChange={(v) => setParams({ ownerPersonId: v })} />
      )}
      {has('level') && (
        <Select
          placeholder="Any residual level"
          aria-label="Filter by residual level"
          clearable
          value={f.level ?? null}
          onChange={(v) => setParams({ level: v })}
          data={(method?.levels ?? []).map((l) => ({ value: l.key, label: l.label }))}
          w={170}
          data-testid="risks-filter-level"
        />
      )}
      {has('aboveAppetite') && (
        <Checkbox
          label="Above appetite"
          checked={f.aboveAppetite === 'true'}
          onChange={(e) => setParams({ aboveAppetite: e.currentTarget.checked ? 'true' : null })}
          data-testid="risks-filter-above-appetite"
        />
      )}
      {has('assessmentOverdue') && (
        <Checkbox
          label="Assessment overdue"
          checked={f.assessmentOverdue === 'true'}
          onChange={(e) => setParams({ assessmentOverdue: e.currentTarget.checked ? 'true' : null })}
          data-testid="risks-filter-assessment-overdue"
        />
      )}
      {withSort && (
        <Select
          aria-label="Sort"
          value={sortFrom(params)}
          onChange={(v) => setParams({ sort: v && v !== 'reference' ? v : null })}
          data={SORTS}
          allowDeselect={false}
          w={250}
          leftSectionWidth={50}
          leftSection={<span style={{ fontSize: 12, opacity: 0.7 }}>Sort</span>}
          data-testid="risks-sort"
        />
      )}
      {has('cell') && cell && (
        <Badge
          size="lg"
          variant="light"
          leftSection={<IconGridDots size={14} />}
          rightSection={
            <CloseButton size="xs" aria-label="Clear heat-map cell" onClick={() => setParams({ cell: null })} />
          }
          styles={{ label: { overflow: 'visible', textTransform: 'none' } }}
          data-testid="risks-filter-cell"
        >
          {cell.basis === 'residual' ? 'Residual' : 'Inherent'}: likelihood{' '}
          {stepLabel(method?.likelihood, cell.likelihood)} × impact {stepLabel(method?.impact, cell.impact)}
        </Badge>
      )}
      {active && (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => setParams(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
          data-testid="risks-filters-clear"
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
