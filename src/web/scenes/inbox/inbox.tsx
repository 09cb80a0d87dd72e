import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { formatDay, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';

type Duty = Schemas['Duty'];

const MODULES: Record<string, string> = {
  responsibilities: 'Responsibilities',
  sod: 'Segregation of duties',
  policies: 'Policies',
  risks: 'Risks',
  access: 'Access',
  controls: 'Controls',
  audits: 'Audits',
  incidents: 'Incidents',
};
const ROLE_NAMES: Record<string, string> = {
  top_management: 'Top Management',
  isms_manager: 'Information Security Manager',
};

function DueBadge({ d }: { d: Duty }) {
  if (!d.dueAt) return <Text c="dimmed">No deadline</Text>;
  const color = d.state === 'overdue' ? 'red' : d.state === 'due_soon' ? 'orange' : 'dimmed';
  return (
    <Text
      size="sm"
      c={color}
      fw={d.state === 'open' ? 400 : 600}
      style={{ whiteSpace: 'nowrap' }}
      data-testid="duty-due"
    >
      {d.state === 'overdue' ? `Overdue since ${formatDay(d.dueAt)}` : `Due ${formatDay(d.dueAt)}`}
    </Text>
  );
}

/** Everything that is the signed-in person's to do now, across every module, soonest due first. */
export function InboxScene() {
  const list = useCursorPages<Duty>(['inbox'], (cursor) =>
    call(api.GET('/api/inbox', { params: { query: { cursor, limit: 50 } } })),
  );
  return (
    <Page
      title="Inbox"
      description="What is yours to do now, from every part of Remit, soonest due first. You are reminded before a duty is due; overdue duties are escalated."
    >
      <ProblemAlert error={list.error} />
      <Card withBorder padding="lg">
        {list.items.length === 0 && !list.isLoading ? (
          <Stack align="center" py="xl" gap="xs" data-testid="inbox-empty">
            <IconInbox size={40} stroke={1.3} />
            <Text fw={500}>Nothing to do right now</Text>
            <Text c="dimmed" size="sm">
              New duties (acknowledgements, approvals, handovers) appear here as they arise.
            </Text>
          </Stack>
        ) : (
          <Table verticalSpacing="sm" data-testid="inbox-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Duty</Table.Th>
                <Table.Th>Area</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th aria-label="Open" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((d) => (
                <Table.Tr key={d.key} data-testid={`duty-${d.kind}`}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Anchor component={Link} to={d.link} fw={500}>
                        {d.title}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {d.detail}
                      </Text>
                      {d.standingInFor && (
                        <Tooltip label="The holder is away; you stand in as their deputy">
                          <Badge
                            variant="outline"
                            color="grape"
                            size="sm"
                            w="fit-content"
                            data-testid="duty-standing-in"
                          >
                            Standing in as {ROLE_NAMES[d.standingInFor.roleKey] ?? d.standingInFor.roleKey}
                          </Badge>
                        </Tooltip>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{MODULES[d.module] ?? d.module}</Table.Td>
                  <Table.Td>
                    <DueBadge d={d} />
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Button component={Link} to={d.link} size="xs" variant="light">
                        Open
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {list.hasNextPage && (
          <Button mt="sm" variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Load more
          </Button>
        )}
      </Card>
    </Page>
  );
}
