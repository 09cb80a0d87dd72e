import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Drawer,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconAlertOctagon, IconFilter, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';

type TrailEvent = Schemas['TrailEvent'];
type Filters = {
  action: string;
  objectType: string;
  objectId: string;
  actorPersonId: string;
  from: string;
  to: string;
};
const EMPTY: Filters = { action: '', objectType: '', objectId: '', actorPersonId: '', from: '', to: '' };

/** A local date (yyyy-mm-dd) as the ISO instant of its start, or of the next day's start for `to`. */
const dayToIso = (day: string, end: boolean): string | undefined => {
  if (!day) return undefined;
  const d = new Date(`${day}T00:00:00`);
  if (end) d.setDate(d.getDate() + 1);
  return d.toISOString();
};

function VerifyPanel() {
  const verify = useMutation({ mutationFn: () => call(api.GET('/api/trail/verify')) });
  const r = verify.data;
  return (
    <Stack gap="xs">
      <Group>
        <Button
          leftSection={<IconShieldCheck size={16} />}
          variant="light"
          loading={verify.isPending}
          onClick={() => verify.mutate()}
          data-testid="trail-verify"
        >
          Verify chain
        </Button>
      </Group>
      <div aria-live="polite">
        {r?.ok && (
          <Alert
            color="teal"
            icon={<IconShieldCheck size={18} />}
            title="Trail intact"
            data-testid="trail-verify-result"
          >
            All {r.checked} events verified: every hash matches and no event is missing.
          </Alert>
        )}
        {r && !r.ok && (
          <Alert
            color="red"
            icon={<IconAlertOctagon size={18} />}
            title={`Trail broken at sequence ${r.firstBrokenSeq}`}
            data-testid="trail-verify-result"
          >
            {r.reason}. {r.checked} events before it verified.
          </Alert>
        )}
        <ProblemAlert error={verify.error} />
      </div>
    </Stack>
  );
}

export function TrailScene() {
  const s = useSignedIn();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [selected, setSelected] = useState<TrailEvent | null>(null);
  const list = useCursorPages<TrailEvent>(['trail', filters], (cursor) =>
    call(
      api.GET('/api/trail', {
        params: {
          query: {
            limit: 50,
            cursor,
            action: filters.action || undefined,
            objectType: filters.objectType || undefined,
            objectId: filters.objectId || undefined,
            actorPersonId: filters.actorPersonId || undefined,
            from: dayToIso(filters.from, false),
            to: dayToIso(filters.to, true),
          },
        },
      }),
    ),
  );
  const field = (key: keyof Filters, label: string, type = 'text') => (
    <TextInput
      label={label}
      type={type}
      value={draft[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
      data-testid={`trail-filter-${key}`}
    />
  );
  return (
    <Page
      title="Audit trail"
      description="Every change in Remit, in order, each event sealed with the hash of the one before it."
    >
      {s.permissions.verifyTrail && <VerifyPanel />}
      <Card withBorder padding="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setFilters(draft);
          }}
        >
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm">
              {field('action', 'Action')}
              {field('objectType', 'Object type')}
              {field('objectId', 'Object id')}
              {field('actorPersonId', 'Actor (person id)')}
              {field('from', 'From', 'date')}
              {field('to', 'To', 'date')}
            </SimpleGrid>
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  setDraft(EMPTY);
                  setFilters(EMPTY);
                }}
              >
                Clear
              </Button>
              <Button type="submit" leftSection={<IconFilter size={16} />} data-testid="trail-apply">
                Apply filters
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <Card withBorder padding={0}>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" highlightOnHover striped data-testid="trail-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th>Actor</Table.Th>
                <Table.Th>Authorised as</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Object</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((e) => (
                <Table.Tr
                  key={e.seq}
                  data-testid="trail-row"
                  style={{ cursor: 'pointer' }}
                  onClick={() => setSelected(e)}
                >
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => setSelected(e)}
                      aria-label={`Details of event ${e.seq}`}
                      fz="sm"
                      fw={600}
                    >
                      {e.seq}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td fz="sm">{formatDateTime(e.occurredAt)}</Table.Td>
                  <Table.Td fz="sm">
                    {e.actorName ?? (
                      <Text span c="dimmed" fz="sm">
                        system
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={
                        e.authorizedAs?.startsWith('role:')
                          ? 'indigo'
                          : e.authorizedAs === 'platform:admin'
                            ? 'grape'
                            : 'gray'
                      }
                      size="sm"
                    >
                      {e.authorizedAs ?? '—'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Code data-testid="trail-action">{e.action}</Code>
                  </Table.Td>
                  <Table.Td fz="sm">
                    {e.objectType}
                    {e.objectId ? <Text span c="dimmed" fz="xs">{` ${e.objectId.slice(0, 8)}…`}</Text> : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            No events match these filters.
          </Text>
        )}
        {list.hasNextPage && (
          <Group justify="center" p="md">
            <Button
              variant="light"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
              data-testid="load-more"
            >
              Load older events
            </Button>
          </Group>
        )}
      </Card>
      <Drawer
        opened={selected !== null}
        onClose={() => setSelected(null)}
        position="right"
        size="lg"
        title={selected ? `Event ${selected.seq}` : ''}
      >
        {selected && (
          <Stack gap="sm" data-testid="trail-detail">
            <Title order={3} fz="md">
              {selected.action}
            </Title>
            <Text fz="sm">
              {formatDateTime(selected.occurredAt)} · {selected.actorName ?? 'system'} · {selected.authorizedAs}
              {selected.authorizedBy ? ` (assignment ${selected.authorizedBy})` : ''}
            </Text>
            <Text fz="sm">
              Object: {selected.objectType} {selected.objectId ?? ''}
            </Text>
            <Text fw={600} fz="sm">
              Changes
            </Text>
            <Code block>{JSON.stringify(selected.changes, null, 2)}</Code>
            <Text fw={600} fz="sm">
              Chain
            </Text>
            <Code block style={{ wordBreak: 'break-all' }}>{`prev  ${selected.prevHash}\nhash  ${selected.hash}`}</Code>
            {selected.requestId && (
              <Text fz="xs" c="dimmed">
                Request {selected.requestId}
              </Text>
            )}
          </Stack>
        )}
      </Drawer>
    </Page>
  );
}
