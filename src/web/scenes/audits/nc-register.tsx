import { Anchor, Badge, Button, Card, Code, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertOctagon, IconDownload, IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDay } from '../../components/page';
import { LoadMore } from '../../components/load-more';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { useSetParams } from '../assets/filters';
import { WHOLE } from '../policies/shared';
import { auditsApi, ncExportHref, type NcListQuery } from './audits-api';
import { AuditsPage } from './audits-nav';
import { RaiseNcModal } from './nc-raise';
import { SearchBox, oneOf } from './search-box';
import {
  NC_SEVERITY,
  NC_SOURCE_LABELS,
  NC_STATUS,
  NC_STATUSES,
  NcStatusBadge,
  SeverityBadge,
  auditPath,
  ncPath,
  type NcSummary,
} from './shared';

const statusOptions = [
  { value: 'unclosed', label: 'Not closed' },
  ...NC_STATUSES.map((s) => ({ value: s, label: NC_STATUS[s].label })),
  { value: 'all', label: 'Any status' },
];
const severityOptions = (['minor', 'major'] as const).map((s) => ({ value: s, label: NC_SEVERITY[s].label }));
const sourceOptions = (['audit', 'incident', 'other'] as const).map((s) => ({ value: s, label: NC_SOURCE_LABELS[s] }));
const ownerOptions = [
  { value: 'me', label: 'Mine' },
  { value: 'none', label: 'No owner' },
];
const SORTS = [
  { value: 'raised', label: 'Newest first' },
  { value: 'age', label: 'Oldest first' },
  { value: 'severity', label: 'Severity' },
  { value: 'reference', label: 'Reference' },
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEYS = ['q', 'status', 'severity', 'source', 'owner', 'sort'];

function queryFrom(params: URLSearchParams): NcListQuery {
  const q = params.get('q')?.trim();
  const status = params.get('status');
  const owner = params.get('owner');
  return {
    q: q ? q.slice(0, 200) : undefined,
    status: status === 'all' ? undefined : (oneOf([...NC_STATUSES, 'unclosed'] as const, status) ?? 'unclosed'),
    severity: oneOf(['minor', 'major'] as const, params.get('severity')),
    source: oneOf(['audit', 'incident', 'other'] as const, params.get('source')),
    owner: owner === 'me' || owner === 'none' || (owner && UUID.test(owner)) ? owner : undefined,
    sort: oneOf(['raised', 'age', 'reference', 'severity'] as const, params.get('sort')) ?? 'raised',
  };
}

function NcFilters({ query }: { query: NcListQuery }) {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const active = KEYS.some((k) => params.get(k));
  const exportFilters = {
    q: query.q,
    status: query.status,
    severity: query.severity,
    source: query.source,
    owner: query.owner,
  };
  return (
    <Group gap="sm" wrap="wrap" data-testid="nc-filters">
      <SearchBox placeholder="Search reference or title" testId="nc-search" />
      <Select
        aria-label="Filter by status"
        value={params.get('status') ?? 'unclosed'}
        onChange={(v) => setParams({ status: v === 'unclosed' ? null : v })}
        data={statusOptions}
        allowDeselect={false}
        w={200}
        data-testid="nc-filter-status"
      />
      <Select
        placeholder="Any severity"
        aria-label="Filter by severity"
        clearable
        value={query.severity ?? null}
        onChange={(v) => setParams({ severity: v })}
        data={severityOptions}
        w={140}
        data-testid="nc-filter-severity"
      />
      <Select
        placeholder="Any source"
        aria-label="Filter by source"
        clearable
        value={query.source ?? null}
        onChange={(v) => setParams({ source: v })}
        data={sourceOptions}
        w={140}
        data-testid="nc-filter-source"
      />
      <Select
        aria-label="Filter by owner"
        clearable
        value={query.owner === 'me' || query.owner === 'none' ? query.owner : null}
        placeholder={query.owner && UUID.test(query.owner) ? 'One person' : 'Any owner'}
        onChange={(v) => setParams({ owner: v })}
        data={ownerOptions}
        w={140}
        data-testid="nc-filter-owner"
      />
      <Select
        aria-label="Sort"
        value={query.sort ?? 'raised'}
        onChange={(v) => setParams({ sort: v === 'raised' ? null : v })}
        data={SORTS}
        allowDeselect={false}
        w={200}
        leftSectionWidth={50}
        leftSection={<span style={{ fontSize: 12, opacity: 0.7 }}>Sort</span>}
        data-testid="nc-sort"
      />
      {active && (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => setParams(Object.fromEntries(KEYS.map((k) => [k, null])))}
          data-testid="nc-filters-clear"
        >
          Clear filters
        </Button>
      )}
      <Group gap={4} ml="auto">
        {(['csv', 'xlsx'] as const).map((f) => (
          <Button
            key={f}
            component="a"
            href={ncExportHref(f, exportFilters)}
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} />}
            data-testid={`nc-export-${f}`}
          >
            {f.toUpperCase()}
          </Button>
        ))}
      </Group>
    </Group>
  );
}

/** The nonconformity and corrective action log (10.2): every nonconformity, its owner, actions and age. */
export function NcRegisterScene() {
  const p = useSignedIn().permissions;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [raising, setRaising] = useState(false);
  const query = queryFrom(params);
  const list = useCursorPages<NcSummary>(['nonconformities', 'list', query], (cursor) => auditsApi.ncs(query, cursor));
  return (
    <AuditsPage
      tab="nonconformities"
      title="Nonconformities"
      description="Each nonconformity is corrected, its root cause found and removed by corrective actions, and their effectiveness verified (10.2)."
      actions={
        p.raiseNonconformities && (
          <Button leftSection={<IconAlertOctagon size={16} />} onClick={() => setRaising(true)} data-testid="nc-raise">
            Raise nonconformity
          </Button>
        )
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <NcFilters query={query} />
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={1040}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="nc-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Severity</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Source</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Actions</Table.Th>
                  <Table.Th>Raised</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((n) => (
                  <Table.Tr
                    key={n.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(ncPath(n.id))}
                    data-testid={`nc-row-${n.reference}`}
                  >
                    <Table.Td>
                      <Code style={{ whiteSpace: 'nowrap' }}>{n.reference}</Code>
                    </Table.Td>
                    <Table.Td maw={320} miw={200}>
                      <Anchor
                        component={Link}
                        to={ncPath(n.id)}
                        fw={500}
                        fz="sm"
                        onClick={(e) => e.stopPropagation()}
                        data-testid="nc-row-title"
                      >
                        {n.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <SeverityBadge severity={n.severity} size="sm" testId="nc-row-severity" />
                    </Table.Td>
                    <Table.Td>
                      <NcStatusBadge status={n.status} size="sm" testId="nc-row-status" />
                    </Table.Td>
                    <Table.Td fz="sm">
                      {n.audit ? (
                        <Anchor
                          component={Link}
                          to={auditPath(n.audit.id)}
                          fz="sm"
                          onClick={(e) => e.stopPropagation()}
                        >
                          {n.audit.reference}
                        </Anchor>
                      ) : (
                        NC_SOURCE_LABELS[n.source]
                      )}
                    </Table.Td>
                    <Table.Td fz="sm">
                      {n.owner ? (
                        n.owner.fullName
                      ) : (
                        <Text fz="sm" c="orange" span>
                          No owner
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Text fz="sm">
                          {n.actions.total - n.actions.open}/{n.actions.total}
                        </Text>
                        {n.actions.overdue > 0 && (
                          <Badge size="xs" color="red" variant="filled" styles={WHOLE} data-testid="nc-row-overdue">
                            {n.actions.overdue} overdue
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDay(n.raisedAt)}
                      <Text fz="xs" c={n.ageDays > 90 && n.status !== 'closed' ? 'red' : 'dimmed'}>
                        {n.ageDays} days
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && !list.error && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="nc-empty">
              No nonconformity matches these filters.
            </Text>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
      {raising && <RaiseNcModal onClose={() => setRaising(false)} />}
    </AuditsPage>
  );
}
