import { Anchor, Badge, Button, Card, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconSearch, IconSitemap, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { PersonFormModal } from './person-form';
import { OrgUnitSelect } from './pickers';
import { LoadMore } from '../../components/load-more';

type Person = Schemas['Person'];

export const StatusBadge = ({ status }: { status: 'active' | 'leaver' }) => (
  <Badge variant="light" color={status === 'active' ? 'teal' : 'gray'} data-testid="person-status">
    {status === 'active' ? 'Active' : 'Leaver'}
  </Badge>
);

const flag = (b: boolean): 'true' | 'false' => (b ? 'true' : 'false');

/** The filters as the list and the export both take them. */
function useFilters() {
  const [params] = useSearchParams();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  // The org units page links here with ?orgUnit=<id>.
  const [orgUnitId, setOrgUnitId] = useState<string | null>(params.get('orgUnit'));
  const [includeDescendants, setIncludeDescendants] = useState(true);
  const [status, setStatus] = useState<string | null>('active');
  const query = {
    q: q || undefined,
    orgUnitId: orgUnitId ?? undefined,
    includeDescendants: orgUnitId ? flag(includeDescendants) : undefined,
    status: (status as 'active' | 'leaver' | null) ?? undefined,
  };
  return {
    search,
    setSearch,
    orgUnitId,
    setOrgUnitId,
    includeDescendants,
    setIncludeDescendants,
    status,
    setStatus,
    query,
  };
}

const exportHref = (format: 'csv' | 'xlsx', query: Record<string, string | undefined>) => {
  const params = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
  return `/api/people/export?${params.toString()}`;
};

export function PeopleScene() {
  const session = useSignedIn();
  const p = session.permissions;
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const f = useFilters();
  const list = useCursorPages<Person>(['people', 'list', f.query], (cursor) =>
    call(api.GET('/api/people', { params: { query: { limit: 50, cursor, ...f.query } } })),
  );
  return (
    <Page
      title="People"
      description="Everyone in the organisation: where they sit, whom they report to, and whether they are still here."
      actions={
        <Group gap="xs">
          <Button component={Link} to="/org-units" variant="default" leftSection={<IconSitemap size={16} />}>
            Org units
          </Button>
          {p.exportPeople && (
            <>
              <Button
                component="a"
                href={exportHref('csv', f.query)}
                variant="default"
                leftSection={<IconDownload size={16} />}
                data-testid="people-export-csv"
              >
                CSV
              </Button>
              <Button
                component="a"
                href={exportHref('xlsx', f.query)}
                variant="default"
                leftSection={<IconDownload size={16} />}
                data-testid="people-export-xlsx"
              >
                XLSX
              </Button>
            </>
          )}
          {p.managePeople && (
            <>
              <Button
                component={Link}
                to="/import/people"
                variant="default"
                leftSection={<IconFileImport size={16} />}
                data-testid="people-import-link"
              >
                Import
              </Button>
              <Button leftSection={<IconUserPlus size={16} />} onClick={open} data-testid="person-create">
                Add person
              </Button>
            </>
          )}
        </Group>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <Group align="flex-end">
            <TextInput
              placeholder="Search name, email or employee id"
              leftSection={<IconSearch size={16} />}
              value={f.search}
              onChange={(e) => f.setSearch(e.currentTarget.value)}
              aria-label="Search people"
              style={{ flex: 1, minWidth: 220 }}
              data-testid="people-search"
            />
            <OrgUnitSelect
              placeholder="Any org unit"
              aria-label="Filter by org unit"
              value={f.orgUnitId}
              onChange={f.setOrgUnitId}
              w={300}
              data-testid="people-filter-unit"
            />
            <Select
              placeholder="Any status"
              aria-label="Filter by status"
              clearable
              value={f.status}
              onChange={f.setStatus}
              data={[
                { value: 'active', label: 'Active' },
                { value: 'leaver', label: 'Leavers' },
              ]}
              w={140}
              data-testid="people-filter-status"
            />
          </Group>
          {f.orgUnitId && (
            <Checkbox
              label="Include units below it"
              checked={f.includeDescendants}
              onChange={(e) => f.setIncludeDescendants(e.currentTarget.checked)}
            />
          )}
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="people-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Employee id</Table.Th>
                  <Table.Th>Job title</Table.Th>
                  <Table.Th>Org unit</Table.Th>
                  <Table.Th>Manager</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((person) => (
                  <Table.Tr
                    key={person.id}
                    data-testid={`person-row-${person.email}`}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(`/people/${person.id}`)}
                  >
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/people/${person.id}`}
                        fw={500}
                        fz="sm"
                        onClick={(e) => e.stopPropagation()}
                      >
                        {person.fullName}
                      </Anchor>
                      <Text fz="xs" c="dimmed">
                        {person.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{person.employeeId ?? '—'}</Table.Td>
                    <Table.Td>{person.jobTitle ?? '—'}</Table.Td>
                    <Table.Td>{person.orgUnit?.name ?? '—'}</Table.Td>
                    <Table.Td>{person.manager?.fullName ?? '—'}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={person.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="people-empty">
              Nobody matches.
            </Text>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
      <PersonFormModal opened={opened} onClose={close} onSaved={(person) => void navigate(`/people/${person.id}`)} />
    </Page>
  );
}
