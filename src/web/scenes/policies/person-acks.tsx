import { Anchor, Button, Card, Code, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ApiError, api, call, type Schemas } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { versionPath } from './shared';

type Ack = Schemas['PersonPolicyAck'];

/** The policies a person acknowledged, newest first; hidden from those who may not see them. */
export function PersonPolicyAcks({ personId }: { personId: string }) {
  const list = useCursorPages<Ack>(['person-policy-acks', personId], (cursor) =>
    call(
      api.GET('/api/people/{id}/policy-acknowledgements', {
        params: { path: { id: personId }, query: { limit: 10, cursor } },
      }),
    ),
  );
  if (list.error instanceof ApiError && list.error.status === 403) return null;
  return (
    <Card withBorder padding="lg" data-testid="person-policy-acks">
      <Title order={2} fz="lg" mb="sm">
        Policy acknowledgements
      </Title>
      <ProblemAlert error={list.error} />
      {!list.isPending && list.items.length === 0 && !list.error && (
        <Text c="dimmed" fz="sm">
          No policy acknowledged yet.
        </Text>
      )}
      {list.items.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Policy</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Acknowledged</Table.Th>
                <Table.Th ta="right">Quiz</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((a) => (
                <Table.Tr key={a.versionId} data-testid="person-policy-ack">
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Code>{a.reference}</Code>
                      <Anchor component={Link} to={`/policies/${a.policyId}`} fz="sm">
                        {a.title}
                      </Anchor>
                    </Group>
                  </Table.Td>
                  <Table.Td fz="sm">
                    <Anchor component={Link} to={versionPath(a.policyId, a.versionId)} fz="sm">
                      {a.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td fz="sm">{formatDateTime(a.acknowledgedAt)}</Table.Td>
                  <Table.Td fz="sm" ta="right">
                    {a.quizScore === null ? '—' : `${a.quizScore}%`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.hasNextPage && (
        <Group justify="center" mt="xs">
          <Button
            variant="subtle"
            size="xs"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            More
          </Button>
        </Group>
      )}
    </Card>
  );
}
