import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  CloseButton,
  Group,
  Loader,
  Progress,
  RingProgress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { formatDateTime, formatDay, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { BackLink, OverdueBadge, VERSION_STATUS, versionPath } from './shared';

type Unit = Schemas['CampaignUnit'];
type Person = Schemas['CampaignPerson'];
type State = 'pending' | 'acknowledged' | 'all';

const rateColor = (rate: number) => (rate >= 90 ? 'teal' : rate >= 60 ? 'yellow' : 'red');

function Stat({ label, value, color, testId }: { label: string; value: string; color?: string; testId: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} c={color} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

function UnitsTable({
  policyId,
  versionId,
  selected,
  onSelect,
}: {
  policyId: string;
  versionId: string;
  selected: Unit['orgUnit'];
  onSelect: (u: Unit['orgUnit']) => void;
}) {
  const list = useCursorPages<Unit>(['policies', policyId, 'campaign', versionId, 'units'], (cursor) =>
    call(
      api.GET('/api/policies/{id}/versions/{versionId}/campaign/units', {
        params: { path: { id: policyId, versionId }, query: { limit: 50, cursor } },
      }),
    ),
  );
  return (
    <Card withBorder padding="md">
      <Title order={2} fz="lg" mb="sm">
        By org unit
      </Title>
      <ProblemAlert error={list.error} />
      <Table.ScrollContainer minWidth={360}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="campaign-units">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Unit</Table.Th>
              <Table.Th ta="right">Done</Table.Th>
              <Table.Th w="45%">Progress</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((u) => {
              const active = selected?.id !== undefined && selected.id === u.orgUnit?.id;
              return (
                <Table.Tr
                  key={u.orgUnit?.id ?? 'none'}
                  onClick={() => u.orgUnit && onSelect(active ? null : u.orgUnit)}
                  style={{ cursor: u.orgUnit ? 'pointer' : undefined }}
                  bg={active ? 'var(--mantine-primary-color-light)' : undefined}
                  aria-selected={active}
                  data-testid="campaign-unit-row"
                >
                  <Table.Td fz="sm" fw={active ? 600 : undefined}>
                    {u.orgUnit?.name ?? <Text c="dimmed">No unit</Text>}
                  </Table.Td>
                  <Table.Td fz="sm" ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {u.acknowledged} / {u.audience}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Progress
                        value={u.ratePercent}
                        color={rateColor(u.ratePercent)}
                        style={{ flex: 1 }}
                        aria-label={`${u.ratePercent}% acknowledged`}
                      />
                      <Text fz="xs" w={42} ta="right">
                        {Math.round(u.ratePercent)}%
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.hasNextPage && (
        <Group justify="center" mt="sm">
          <Button variant="light" size="xs" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            More units
          </Button>
        </Group>
      )}
      <Text fz="xs" c="dimmed" mt="xs">
        Click a unit to list its people.
      </Text>
    </Card>
  );
}

function PeopleTable({
  policyId,
  versionId,
  unit,
  onClearUnit,
}: {
  policyId: string;
  versionId: string;
  unit: Unit['orgUnit'];
  onClearUnit: () => void;
}) {
  const [state, setState] = useState<State>('pending');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = { state, orgUnitId: unit?.id, q: q || undefined };
  const list = useCursorPages<Person>(['policies', policyId, 'campaign', versionId, 'people', query], (cursor) =>
    call(
      api.GET('/api/policies/{id}/versions/{versionId}/campaign/people', {
        params: { path: { id: policyId, versionId }, query: { limit: 50, cursor, ...query } },
      }),
    ),
  );
  return (
    <Card withBorder padding="md">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Title order={2} fz="lg">
            People
          </Title>
          {unit && (
            <Badge
              variant="light"
              size="lg"
              rightSection={<CloseButton size="xs" aria-label="Show every unit" onClick={onClearUnit} />}
              data-testid="campaign-unit-filter"
            >
              {unit.name}
            </Badge>
          )}
        </Group>
        <Group wrap="wrap" gap="sm">
          <SegmentedControl
            value={state}
            onChange={(v) => setState(v)}
            data={[
              { value: 'pending', label: 'Not yet' },
              { value: 'acknowledged', label: 'Acknowledged' },
              { value: 'all', label: 'All' },
            ]}
            data-testid="campaign-state"
          />
          <TextInput
            placeholder="Search name, email or employee id"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            aria-label="Search people"
            style={{ flex: 1, minWidth: 200 }}
            data-testid="campaign-search"
          />
        </Group>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" data-testid="campaign-people">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Unit</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Acknowledged</Table.Th>
                <Table.Th ta="right">Quiz</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((p) => (
                <Table.Tr key={p.person.id} data-testid="campaign-person-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/people/${p.person.id}`} fz="sm" fw={500}>
                      {p.person.fullName}
                    </Anchor>
                    <Text fz="xs" c="dimmed">
                      {p.employeeId ? `${p.employeeId} · ` : ''}
                      {p.person.email}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="sm">{p.orgUnit?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text fz="sm" c={p.overdue ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
                        {formatDay(p.dueAt)}
                      </Text>
                      {p.overdue && <OverdueBadge testId="campaign-person-overdue" />}
                    </Group>
                  </Table.Td>
                  <Table.Td fz="sm">
                    {p.acknowledgedAt ? formatDateTime(p.acknowledgedAt) : <Text c="dimmed">Not yet</Text>}
                  </Table.Td>
                  <Table.Td fz="sm" ta="right">
                    {p.quizScore === null ? '—' : `${p.quizScore}%`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="campaign-people-empty">
            {state === 'pending' ? 'Nobody is waiting to acknowledge.' : 'Nobody matches.'}
          </Text>
        )}
        {list.hasNextPage && (
          <Group justify="center">
            <Button variant="light" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              Load more
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Who has read and acknowledged a published version: overall, per unit and per person. */
export function CampaignScene() {
  const { id = '', versionId = '' } = useParams();
  const [unit, setUnit] = useState<Unit['orgUnit']>(null);
  const q = useQuery({
    queryKey: ['policies', id, 'campaign', versionId],
    queryFn: () =>
      call(api.GET('/api/policies/{id}/versions/{versionId}/campaign', { params: { path: { id, versionId } } })),
  });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data) return <ProblemAlert error={q.error} />;
  const c = q.data;
  const pending = c.audience - c.acknowledged;
  const exportHref = (format: 'csv' | 'xlsx') =>
    `/api/policies/${id}/versions/${versionId}/acknowledgements/export?format=${format}`;
  return (
    <Page
      title={`Acknowledgements: ${c.title}`}
      description={
        <Stack gap={4} component="span">
          <BackLink to={versionPath(id, versionId)}>
            {c.policyReference} version {c.number}
          </BackLink>
          <Text span fz="sm" c="dimmed">
            Audience: {c.audienceDescription} · published {formatDay(c.publishedAt)}
          </Text>
        </Stack>
      }
      actions={
        <Group gap="xs">
          <Button
            component="a"
            href={exportHref('csv')}
            variant="default"
            leftSection={<IconDownload size={16} />}
            data-testid="campaign-export-csv"
          >
            Export CSV
          </Button>
          <Button
            component="a"
            href={exportHref('xlsx')}
            variant="default"
            leftSection={<IconDownload size={16} />}
            data-testid="campaign-export-xlsx"
          >
            Export XLSX
          </Button>
        </Group>
      }
    >
      {!c.current && (
        <Alert color="gray" variant="light" data-testid="campaign-not-current">
          This version is {VERSION_STATUS[c.status].label.toLowerCase()}: nobody is asked to read it any more. The
          figures show who acknowledged it while it was in force.
        </Alert>
      )}
      <Card withBorder padding="lg" data-testid="campaign-summary">
        <Group gap="xl" wrap="wrap" align="center">
          <RingProgress
            size={150}
            thickness={14}
            roundCaps={c.ratePercent > 0}
            // A zero-length section with round caps would draw a dot: no section at 0%.
            sections={c.ratePercent > 0 ? [{ value: c.ratePercent, color: rateColor(c.ratePercent) }] : []}
            label={
              <Text ta="center" fz={24} fw={700} data-testid="campaign-rate">
                {c.ratePercent.toFixed(1)}%
              </Text>
            }
          />
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xl" style={{ flex: 1, minWidth: 260 }}>
            <Stat
              label="Acknowledged"
              value={c.acknowledged.toLocaleString()}
              color="teal"
              testId="campaign-acknowledged"
            />
            <Stat label="Audience" value={c.audience.toLocaleString()} testId="campaign-audience" />
            <Stat label="Not yet" value={pending.toLocaleString()} testId="campaign-pending" />
            <Stat
              label="Overdue"
              value={c.overdue.toLocaleString()}
              color={c.overdue > 0 ? 'red' : undefined}
              testId="campaign-overdue"
            />
          </SimpleGrid>
        </Group>
      </Card>
      <UnitsTable policyId={id} versionId={versionId} selected={unit} onSelect={setUnit} />
      <PeopleTable policyId={id} versionId={versionId} unit={unit} onClearUnit={() => setUnit(null)} />
    </Page>
  );
}
