import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconDots, IconPlayerStop, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { formatDay } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { EndAssignmentModal, StandInModal } from './assignment-dialogs';

type Assignment = Schemas['Assignment'];

export function AckBadge({ a }: { a: Pick<Assignment, 'acknowledgement' | 'acknowledgedAt'> }) {
  if (a.acknowledgement === 'acknowledged')
    return (
      <Tooltip label={`Acknowledged ${formatDay(a.acknowledgedAt)}`}>
        <Badge color="teal" variant="light">
          Acknowledged
        </Badge>
      </Tooltip>
    );
  if (a.acknowledgement === 'outdated')
    return (
      <Tooltip label="Acknowledged an earlier text of the role">
        <Badge color="orange" variant="light">
          Text changed
        </Badge>
      </Tooltip>
    );
  return (
    <Badge color="gray" variant="light">
      Pending
    </Badge>
  );
}

const STATE_COLOR = { current: 'blue', upcoming: 'violet', ended: 'gray' } as const;

/**
 * The ledger for a role or a person, as of any date, with the history of ended and upcoming
 * assignments on request. Everything loads page by page from the server.
 */
export function AssignmentsTable({
  filter,
  show,
  testId,
}: {
  filter: { roleKey?: string; personId?: string };
  show: 'person' | 'role';
  testId: string;
}) {
  const [asOf, setAsOf] = useState('');
  const [history, setHistory] = useState(false);
  const [ending, setEnding] = useState<Assignment | null>(null);
  const [standIn, setStandIn] = useState<Assignment | null>(null);
  const list = useCursorPages<Assignment>(['assignments', filter, asOf, history], (cursor) =>
    call(
      api.GET('/api/assignments', {
        params: {
          query: { ...filter, cursor, limit: 50, asOf: asOf || undefined, history: history ? 'true' : 'false' },
        },
      }),
    ),
  );
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label="As of"
          description="Who held it on that day"
          type="date"
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          data-testid={`${testId}-asof`}
          w={200}
        />
        <Switch
          label="Include ended and upcoming"
          checked={history}
          onChange={(e) => setHistory(e.currentTarget.checked)}
          data-testid={`${testId}-history`}
          mb={6}
        />
      </Group>
      <ProblemAlert error={list.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{show === 'role' ? 'Person' : 'Role'}</Table.Th>
              <Table.Th>Scope</Table.Th>
              <Table.Th>As</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>Until</Table.Th>
              <Table.Th>Acknowledgement</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((a) => (
              <Table.Tr key={a.id} data-testid={`assignment-${a.id}`}>
                <Table.Td>
                  {show === 'role' ? (
                    <Stack gap={0}>
                      <Anchor component={Link} to={`/people/${a.person.id}`}>
                        {a.person.fullName}
                      </Anchor>
                      {a.person.status === 'leaver' && (
                        <Badge color="red" size="xs" variant="light">
                          Leaver
                        </Badge>
                      )}
                    </Stack>
                  ) : (
                    <Anchor component={Link} to={`/roles/${a.roleKey}`}>
                      {a.roleName}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{a.scope.label}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant={a.kind === 'holder' ? 'filled' : 'outline'} size="sm">
                      {a.kind}
                    </Badge>
                    {a.state !== 'current' && (
                      <Badge color={STATE_COLOR[a.state]} variant="light" size="sm">
                        {a.state}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDay(a.validFrom)}</Table.Td>
                <Table.Td>
                  {a.validTo ? (
                    <Tooltip label={a.endReason ?? ''} disabled={!a.endReason}>
                      <Text size="sm">{formatDay(a.validTo)}</Text>
                    </Tooltip>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <AckBadge a={a} />
                </Table.Td>
                <Table.Td>
                  {(a.can.end || a.can.setStandIn) && (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label="Assignment actions" data-testid="assignment-actions">
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {a.can.setStandIn && (
                          <Menu.Item
                            leftSection={<IconUserShare size={14} />}
                            onClick={() => setStandIn(a)}
                            data-testid="assignment-stand-in"
                          >
                            Deputies stand in…
                          </Menu.Item>
                        )}
                        {a.can.end && (
                          <Menu.Item
                            color="red"
                            leftSection={<IconPlayerStop size={14} />}
                            onClick={() => setEnding(a)}
                            data-testid="assignment-end"
                          >
                            End assignment…
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {list.items.length === 0 && !list.isLoading && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed" ta="center" py="md">
                    {asOf ? `Nobody on ${asOf}` : 'Nobody holds this yet'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.hasNextPage && (
        <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          Load more
        </Button>
      )}
      <EndAssignmentModal assignment={ending} onClose={() => setEnding(null)} />
      <StandInModal assignment={standIn} onClose={() => setStandIn(null)} />
    </Stack>
  );
}
