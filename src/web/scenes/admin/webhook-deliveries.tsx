import { Badge, Button, Code, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconRefresh } from '@tabler/icons-react';
import { api, call, type Schemas } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';

type Webhook = Schemas['Webhook'];
type Delivery = Schemas['WebhookDelivery'];

const STATUS_COLOR = { delivered: 'teal', pending: 'yellow', failed: 'red' } as const;
const STATUS_LABEL = { delivered: 'Delivered', pending: 'Pending', failed: 'Failed' } as const;
export function StatusBadge({ status, testId }: { status: Delivery['status']; testId?: string }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" data-testid={testId} data-status={status}>
      {STATUS_LABEL[status]}
    </Badge>
  );
}

/** The delivery log of one webhook, newest first, a page at a time. */
export function Deliveries({ hook, onClose }: { hook: Webhook; onClose: () => void }) {
  const qc = useQueryClient();
  const list = useCursorPages<Delivery>(['webhooks', 'deliveries', hook.id], (cursor) =>
    call(
      api.GET('/api/admin/webhooks/{id}/deliveries', {
        params: { path: { id: hook.id }, query: { cursor, limit: 25 } },
      }),
    ),
  );
  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={`Delivery log · ${hook.name}`}>
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Newest first. Failed attempts are retried after 1, 5 and 30 minutes, 2 and 6 hours.
          </Text>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconRefresh size={14} />}
            loading={list.isFetching && !list.isFetchingNextPage}
            // The list's "last delivery" follows the log.
            onClick={() => void qc.invalidateQueries({ queryKey: ['webhooks'] })}
            data-testid="webhook-log-refresh"
          >
            Refresh
          </Button>
        </Group>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="webhook-deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Event</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Attempts</Table.Th>
                <Table.Th>Answer</Table.Th>
                <Table.Th>Last attempt</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((d) => (
                <Table.Tr key={d.id} data-testid="webhook-delivery">
                  <Table.Td>
                    <Code>{d.eventType}</Code>
                    <Text size="xs" c="dimmed">
                      queued {formatDateTime(d.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={d.status} testId="webhook-delivery-status" />
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td maw={260}>
                    <Text size="sm">
                      {d.responseStatus ?? '—'}
                      {d.responseMs !== null ? ` · ${d.responseMs} ms` : ''}
                    </Text>
                    {d.error && (
                      <Text size="xs" c="red" style={{ wordBreak: 'break-word' }}>
                        {d.error}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(d.deliveredAt ?? d.lastAttemptAt)}</Text>
                    {d.nextAttemptAt && (
                      <Text size="xs" c="dimmed">
                        next try {formatDateTime(d.nextAttemptAt)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.items.length === 0 && !list.isPending && (
          <Text c="dimmed" ta="center" py="md">
            Nothing sent yet. Use “Send test” to try the receiver.
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
    </Drawer>
  );
}
