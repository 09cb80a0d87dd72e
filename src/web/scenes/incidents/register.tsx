import { Anchor, Button, Card, Checkbox, Code, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlarm, IconDownload, IconFilterOff, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDateTime, formatDay } from '../../components/page';
import { LoadMore } from '../../components/load-more';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { useSetParams } from '../assets/filters';
import { SearchBox, oneOf } from '../audits/search-box';
import { incidentExportHref, incidentsApi, type IncidentFilters, type IncidentListQuery } from './incidents-api';
import { IncidentsPage } from './incidents-nav';
import { SettingsModal } from './settings-dialog';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  CLASSIFICATION,
  CLASSIFICATIONS,
  NextDeadline,
  PHASE_LABELS,
  SEVERITIES,
  SEVERITY,
  STATUS,
  STATUSES,
  SeverityBadge,
  StatusBadge,
  categoryOptions,
  incidentPath,
  type IncidentSummary,
} from './shared';

const statusOptions = [
  { value: 'unclosed', label: 'Not closed' },
  ...STATUSES.map((s) => ({ value: s, label: STATUS[s].label })),
  { value: 'all', label: 'Any status' },
];
const classificationOptions = CLASSIFICATIONS.map((c) => ({ value: c, label: CLASSIFICATION[c].label }));
const severityOptions = SEVERITIES.map((s) => ({ value: s, label: SEVERITY[s].label }));
const handlerOptions = [
  { value: 'me', label: 'Handled by me' },
  { value: 'none', label: 'No handler' },
];
const SORTS = [
  { value: 'reported', label: 'Newest first' },
  { value: 'deadline', label: 'Next deadline' },
  { value: 'severity', label: 'Severity' },
  { value: 'reference', label: 'Reference' },
];
/** Two filters to a row on a phone. */
const HALF = 'calc(50% - 6px)';
const KEYS = ['q', 'status', 'classification', 'severity', 'category', 'handler', 'overdue', 'sort'];

function queryFrom(params: URLSearchParams): IncidentListQuery {
  const q = params.get('q')?.trim();
  const status = params.get('status');
  return {
    q: q ? q.slice(0, 200) : undefined,
    status: status === 'all' ? undefined : (oneOf([...STATUSES, 'unclosed'] as const, status) ?? 'unclosed'),
    classification: oneOf(CLASSIFICATIONS, params.get('classification')),
    severity: oneOf(SEVERITIES, params.get('severity')),
    category: oneOf(CATEGORIES, params.get('category')),
    handler: oneOf(['me', 'none'] as const, params.get('handler')),
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    sort: oneOf(['reported', 'reference', 'severity', 'deadline'] as const, params.get('sort')) ?? 'reported',
  };
}

function Filters({ query }: { query: IncidentListQuery }) {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const active = KEYS.some((k) => params.get(k));
  const exportFilters: IncidentFilters = {
    q: query.q,
    status: query.status,
    classification: query.classification,
    severity: query.severity,
    category: query.category,
    handler: query.handler,
    overdue: query.overdue,
  };
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap" data-testid="incidents-filters">
        <SearchBox placeholder="Search reference, title or what is affected" testId="incidents-search" />
        <Select
          aria-label="Filter by status"
          value={params.get('status') ?? 'unclosed'}
          onChange={(v) => setParams({ status: v === 'unclosed' ? null : v })}
          data={statusOptions}
          allowDeselect={false}
          w={{ base: HALF, sm: 220 }}
          data-testid="incidents-filter-status"
        />
        <Select
          placeholder="Event or incident"
          aria-label="Filter by classification"
          clearable
          value={query.classification ?? null}
          onChange={(v) => setParams({ classification: v })}
          data={classificationOptions}
          w={{ base: HALF, sm: 170 }}
          data-testid="incidents-filter-classification"
        />
        <Select
          placeholder="Any severity"
          aria-label="Filter by severity"
          clearable
          value={query.severity ?? null}
          onChange={(v) => setParams({ severity: v })}
          data={severityOptions}
          w={{ base: HALF, sm: 140 }}
          data-testid="incidents-filter-severity"
        />
      </Group>
      <Group gap="sm" wrap="wrap">
        <Select
          placeholder="Any category"
          aria-label="Filter by category"
          clearable
          value={query.category ?? null}
          onChange={(v) => setParams({ category: v })}
          data={categoryOptions}
          w={{ base: HALF, sm: 240 }}
          comboboxProps={{ width: 280 }}
          data-testid="incidents-filter-category"
        />
        <Select
          placeholder="Any handler"
          aria-label="Filter by handler"
          clearable
          value={query.handler ?? null}
          onChange={(v) => setParams({ handler: v })}
          data={handlerOptions}
          w={{ base: HALF, sm: 170 }}
          data-testid="incidents-filter-handler"
        />
        <Checkbox
          label="Overdue only"
          checked={query.overdue === 'true'}
          onChange={(e) => setParams({ overdue: e.currentTarget.checked ? 'true' : null })}
          data-testid="incidents-filter-overdue"
        />
        <Select
          aria-label="Sort"
          value={query.sort ?? 'reported'}
          onChange={(v) => setParams({ sort: v === 'reported' ? null : v })}
          data={SORTS}
          allowDeselect={false}
          w={200}
          leftSectionWidth={50}
          leftSection={<span style={{ fontSize: 12, opacity: 0.7 }}>Sort</span>}
          data-testid="incidents-sort"
        />
        {active && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconFilterOff size={14} />}
            onClick={() => setParams(Object.fromEntries(KEYS.map((k) => [k, null])))}
            data-testid="incidents-filters-clear"
          >
            Clear filters
          </Button>
        )}
        <Group gap={4} ml="auto">
          {(['csv', 'xlsx'] as const).map((f) => (
            <Button
              key={f}
              component="a"
              href={incidentExportHref(f, exportFilters)}
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} />}
              data-testid={`incidents-export-${f}`}
            >
              {f.toUpperCase()}
            </Button>
          ))}
        </Group>
      </Group>
    </Stack>
  );
}

function Row({ incident: i }: { incident: IncidentSummary }) {
  const navigate = useNavigate();
  const overdue = i.nextDeadline?.overdue === true && !i.nextDeadline.metAt;
  return (
    <Table.Tr
      style={{ cursor: 'pointer' }}
      onClick={() => void navigate(incidentPath(i.id))}
      bg={overdue ? 'var(--mantine-color-red-light)' : undefined}
      data-testid={`incident-row-${i.reference}`}
      data-overdue={overdue}
    >
      <Table.Td>
        <Code style={{ whiteSpace: 'nowrap' }}>{i.reference}</Code>
        <Tooltip label={`Reported ${formatDateTime(i.reportedAt)}`} withArrow>
          <Text fz="xs" c="dimmed" mt={4} style={{ whiteSpace: 'nowrap' }} data-testid="incident-row-reported">
            {formatDay(i.reportedAt)}
          </Text>
        </Tooltip>
      </Table.Td>
      <Table.Td maw={320} miw={200}>
        <Anchor
          component={Link}
          to={incidentPath(i.id)}
          fw={500}
          fz="sm"
          onClick={(e) => e.stopPropagation()}
          data-testid="incident-row-title"
        >
          {i.title}
        </Anchor>
        {(i.classification === 'event' || i.category) && (
          <Text fz="xs" c="dimmed" data-testid="incident-row-category" data-value={i.category ?? ''}>
            {i.classification === 'event' ? 'Event, not an incident' : i.category && CATEGORY_LABELS[i.category]}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <SeverityBadge severity={i.severity} size="sm" testId="incident-row-severity" />
      </Table.Td>
      <Table.Td>
        <StatusBadge status={i.status} size="sm" testId="incident-row-status" />
        {i.phase && i.status === 'open' && (
          <Text fz="xs" c="dimmed" mt={2} data-testid="incident-row-phase">
            {PHASE_LABELS[i.phase]}
          </Text>
        )}
      </Table.Td>
      <Table.Td fz="sm" data-testid="incident-row-handler">
        {i.handler ? (
          i.handler.fullName
        ) : i.classification === 'incident' && i.status !== 'closed' ? (
          <Text fz="sm" c="orange" span>
            No handler
          </Text>
        ) : (
          <Text fz="sm" c="dimmed" span>
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td fz="sm" data-testid="incident-row-reporter">
        {i.reporter ? (
          <Group gap={4} wrap="nowrap">
            {i.reporter.fullName}
            {i.confidential && (
              <Tooltip label="Reported confidentially: only you see who it was" withArrow>
                <IconLock size={14} color="var(--mantine-color-grape-6)" aria-label="Confidential" />
              </Tooltip>
            )}
          </Group>
        ) : (
          <Group gap={4} wrap="nowrap" c="dimmed">
            <IconLock size={14} />
            <Text fz="sm" span>
              Confidential
            </Text>
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        <NextDeadline deadline={i.status === 'closed' ? null : i.nextDeadline} testId="incident-row-deadline" />
      </Table.Td>
    </Table.Tr>
  );
}

/** The incident register (A.5.24–5.26): every report, its triage, response and deadlines. */
export function IncidentRegisterScene() {
  const p = useSignedIn().permissions;
  const [params] = useSearchParams();
  const [settings, setSettings] = useState(false);
  const query = queryFrom(params);
  const list = useCursorPages<IncidentSummary>(['incidents', 'list', query], (cursor) =>
    incidentsApi.list(query, cursor),
  );
  return (
    <IncidentsPage
      tab="register"
      title="Incidents"
      description="Every reported event is triaged; incidents are contained, eradicated and recovered from against deadlines, then closed with their lessons learned (A.5.24–5.28)."
      actions={
        p.manageIncidents && (
          <Button
            variant="default"
            leftSection={<IconAlarm size={16} />}
            onClick={() => setSettings(true)}
            data-testid="incidents-settings-open"
          >
            Response deadlines
          </Button>
        )
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <Filters query={query} />
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={940}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="incidents-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reported</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Severity</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Handler</Table.Th>
                  <Table.Th>Reporter</Table.Th>
                  <Table.Th>Next deadline</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((i) => (
                  <Row key={i.id} incident={i} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && !list.error && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="incidents-empty">
              No incident matches these filters.
            </Text>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
      {settings && <SettingsModal onClose={() => setSettings(false)} />}
    </IncidentsPage>
  );
}
