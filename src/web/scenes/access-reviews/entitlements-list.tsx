import { Badge, Button, Card, Checkbox, Code, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDay } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { PersonSelect } from '../people/pickers';
import { WHOLE } from '../policies/shared';
import { useSetParams } from '../risks/filters';
import { usePersonName } from '../risks/risk-owner';
import { AssetSelect, OrphanedBadge, PrivilegedBadge, useAssetLabel, type Entitlement } from './shared';
import { LoadMore } from '../../components/load-more';

const FILTERS = ['assetId', 'personId', 'q', 'privileged', 'unmatched', 'removed'] as const;

/** Every account's entitlements on the systems, filtered on the server; the filters live in the URL. */
export function EntitlementsTab() {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const assetId = params.get('assetId');
  const personId = params.get('personId');
  const flag = (k: string) => (params.get(k) === 'true' ? ('true' as const) : undefined);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  useEffect(() => {
    if (q !== (params.get('q') ?? '')) setParams({ q: q || null });
    // Only a pause in typing writes the URL.
  }, [q]);
  const query = {
    assetId: assetId ?? undefined,
    personId: personId ?? undefined,
    q: params.get('q') || undefined,
    privileged: flag('privileged'),
    unmatched: flag('unmatched'),
    removed: flag('removed'),
  };
  const list = useCursorPages<Entitlement>(['entitlements', 'list', query], (cursor) =>
    call(api.GET('/api/entitlements', { params: { query: { limit: 50, cursor, ...query } } })),
  );
  const assetName = useAssetLabel(assetId);
  const personName = usePersonName(personId);
  const active = FILTERS.some((k) => params.get(k));
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group wrap="wrap" gap="sm" data-testid="entitlements-filters">
          <TextInput
            placeholder="Search account or entitlement"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            aria-label="Search entitlements"
            style={{ flex: 1, minWidth: 220 }}
            data-testid="entitlements-search"
          />
          <AssetSelect
            placeholder="Any system"
            aria-label="Filter by system"
            value={assetId}
            initialLabel={assetName}
            onChange={(v) => setParams({ assetId: v })}
            w={240}
            comboboxProps={{ width: 320, position: 'bottom-start' }}
            data-testid="entitlements-filter-asset"
          />
          <PersonSelect
            placeholder="Any person"
            aria-label="Filter by person"
            value={personId}
            initialLabel={personName || undefined}
            onChange={(v) => setParams({ personId: v })}
            w={220}
            comboboxProps={{ width: 340, position: 'bottom-start' }}
            data-testid="entitlements-filter-person"
          />
          <Checkbox
            label="Privileged"
            checked={!!query.privileged}
            onChange={(e) => setParams({ privileged: e.currentTarget.checked ? 'true' : null })}
            data-testid="entitlements-filter-privileged"
          />
          <Checkbox
            label="Orphaned only"
            checked={!!query.unmatched}
            onChange={(e) => setParams({ unmatched: e.currentTarget.checked ? 'true' : null })}
            data-testid="entitlements-filter-orphaned"
          />
          <Tooltip label="Entitlements the last import of their system no longer listed" withArrow>
            <Checkbox
              label="Removed"
              checked={!!query.removed}
              onChange={(e) => setParams({ removed: e.currentTarget.checked ? 'true' : null })}
              data-testid="entitlements-filter-removed"
            />
          </Tooltip>
          {active && (
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconFilterOff size={14} />}
              onClick={() => {
                setSearch('');
                setParams(Object.fromEntries(FILTERS.map((k) => [k, null])));
              }}
              data-testid="entitlements-filters-clear"
            >
              Clear filters
            </Button>
          )}
        </Group>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" highlightOnHover data-testid="entitlements-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>System</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th>Holder</Table.Th>
                <Table.Th>Entitlement</Table.Th>
                <Table.Th>Source</Table.Th>
                <Table.Th>Last certified</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((e) => (
                <Table.Tr key={e.id} data-testid="entitlement-row" data-account={e.account.name}>
                  <Table.Td fz="sm">
                    <Code>{e.asset.reference}</Code>{' '}
                    <Text span fz="sm">
                      {e.asset.name}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="sm" ff="monospace">
                    {e.account.name}
                  </Table.Td>
                  <Table.Td fz="sm">{e.person ? e.person.fullName : <OrphanedBadge />}</Table.Td>
                  <Table.Td fz="sm">
                    <Group gap={6} wrap="nowrap">
                      <span>{e.name}</span>
                      {e.privileged && <PrivilegedBadge />}
                      {e.removedAt && (
                        <Badge variant="default" size="sm" styles={WHOLE} data-testid="removed-badge">
                          Removed {formatDay(e.removedAt)}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td fz="sm">{e.source === 'import' ? 'Import' : 'Access request'}</Table.Td>
                  <Table.Td fz="sm">
                    {e.lastCertifiedAt ? formatDay(e.lastCertifiedAt) : <Text c="dimmed">Never</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="entitlements-empty">
            {active
              ? `No entitlement matches these filters${assetName ? ` on ${assetName}` : ''}.`
              : 'No entitlements yet. Import them from your systems on the Imports tab.'}
          </Text>
        )}
        <LoadMore list={list} />
      </Stack>
    </Card>
  );
}
