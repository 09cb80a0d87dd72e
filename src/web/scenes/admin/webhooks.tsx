import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Drawer,
  Group,
  Menu,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconDots, IconKey, IconList, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone, notifyError } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';

type Webhook = Schemas['Webhook'];
type Delivery = Schemas['WebhookDelivery'];

const STATUS_COLOR = { delivered: 'teal', pending: 'yellow', failed: 'red' } as const;

function SecretOnce({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  return (
    <Modal opened={secret !== null} onClose={onClose} title="Signing secret">
      <Stack>
        <Alert color="yellow" variant="light">
          Copy it now: Remit shows it only this once. Receivers use it to check the <Code>x-remit-signature</Code>{' '}
          header.
        </Alert>
        <Code block data-testid="webhook-secret">
          {secret}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}
          </CopyButton>
          <Button variant="default" onClick={onClose}>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CreateWebhook({
  opened,
  onClose,
  onSecret,
}: {
  opened: boolean;
  onClose: () => void;
  onSecret: (s: string) => void;
}) {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('*');
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/admin/webhooks', {
          body: {
            name,
            url,
            events: events
              .split(/[\s,]+/)
              .map((e) => e.trim())
              .filter(Boolean),
            active: true,
          },
        }),
      ),
    onSuccess: (w) => {
      void qc.invalidateQueries({ queryKey: ['webhooks'] });
      setName('');
      setUrl('');
      onClose();
      onSecret(w.secret);
    },
  });
  const fieldError = fieldErrorOf(create.error);
  return (
    <Modal opened={opened} onClose={onClose} title="New webhook" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
            data-testid="webhook-name"
          />
          <TextInput
            label="URL"
            description="https; Remit refuses private and local addresses"
            required
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fieldError('url')}
            data-testid="webhook-url"
          />
          <TextInput
            label="Events"
            description="Trail actions, separated by commas: assignment.created, a prefix such as assignment.*, or * for all"
            required
            value={events}
            onChange={(e) => setEvents(e.currentTarget.value)}
            error={fieldError('events')}
            data-testid="webhook-events"
          />
          <ProblemAlert error={create.error} inlineFields={['name', 'url', 'events']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="webhook-submit">
              Create webhook
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Deliveries({ hook, onClose }: { hook: Webhook | null; onClose: () => void }) {
  const list = useCursorPages<Delivery>(['webhook-deliveries', hook?.id], (cursor) =>
    call(
      api.GET('/api/admin/webhooks/{id}/deliveries', {
        params: { path: { id: hook?.id ?? '' }, query: { cursor, limit: 50 } },
      }),
    ),
  );
  return (
    <Drawer
      opened={hook !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={`Deliveries · ${hook?.name ?? ''}`}
    >
      <Stack>
        <Button variant="default" size="xs" w="fit-content" onClick={() => void list.refetch()}>
          Refresh
        </Button>
        <Table verticalSpacing="xs" data-testid="webhook-deliveries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Event</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Tries</Table.Th>
              <Table.Th>Answer</Table.Th>
              <Table.Th>When</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((d) => (
              <Table.Tr key={d.id} data-testid="webhook-delivery">
                <Table.Td>
                  <Code>{d.eventType}</Code>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[d.status]} data-testid="webhook-delivery-status">
                    {d.status}
                  </Badge>
                </Table.Td>
                <Table.Td>{d.attempts}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {d.responseStatus ?? '—'}
                    {d.responseMs !== null ? ` · ${d.responseMs} ms` : ''}
                  </Text>
                  {d.error && (
                    <Text size="xs" c="red">
                      {d.error}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDateTime(d.lastAttemptAt ?? d.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.items.length === 0 && !list.isLoading && <Text c="dimmed">Nothing sent yet.</Text>}
        {list.hasNextPage && (
          <Button variant="default" onClick={() => void list.fetchNextPage()}>
            Load more
          </Button>
        )}
      </Stack>
    </Drawer>
  );
}

/** Webhooks: other systems hear about Remit's events as they happen, signed and retried. */
export function WebhooksScene() {
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [viewing, setViewing] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const list = useQuery({ queryKey: ['webhooks'], queryFn: () => call(api.GET('/api/admin/webhooks')) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['webhooks'] });
  const toggle = useMutation({
    mutationFn: (w: Webhook) =>
      call(
        api.PATCH('/api/admin/webhooks/{id}', {
          params: { path: { id: w.id } },
          body: { version: w.version, active: !w.active },
        }),
      ),
    onSuccess: refresh,
    onError: notifyError,
  });
  const test = useMutation({
    mutationFn: (w: Webhook) => call(api.POST('/api/admin/webhooks/{id}/test', { params: { path: { id: w.id } } })),
    onSuccess: () => notifyDone('Test event queued; see the delivery log'),
    onError: notifyError,
  });
  const rotate = useMutation({
    mutationFn: (w: Webhook) =>
      call(
        api.POST('/api/admin/webhooks/{id}/rotate-secret', {
          params: { path: { id: w.id } },
          body: { version: w.version },
        }),
      ),
    onSuccess: (w) => {
      refresh();
      setSecret(w.secret);
    },
    onError: notifyError,
  });
  const remove = useMutation({
    mutationFn: (w: Webhook) => call(api.DELETE('/api/admin/webhooks/{id}', { params: { path: { id: w.id } } })),
    onSuccess: () => {
      refresh();
      setDeleting(null);
      notifyDone('Webhook deleted');
    },
    onError: notifyError,
  });
  return (
    <Page
      title="Webhooks"
      description="Tell other systems about Remit's events as they happen. Each request is signed with HMAC-SHA256 and retried with backoff when the receiver fails."
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="webhook-create">
          New webhook
        </Button>
      }
    >
      <ProblemAlert error={list.error} />
      <Card withBorder padding="lg">
        <Table verticalSpacing="sm" data-testid="webhooks-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>URL</Table.Th>
              <Table.Th>Events</Table.Th>
              <Table.Th>Last delivery</Table.Th>
              <Table.Th>Active</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((w) => (
              <Table.Tr key={w.id} data-testid={`webhook-row-${w.name}`}>
                <Table.Td>
                  <Text fw={500}>{w.name}</Text>
                  <Text size="xs" c="dimmed">
                    secret {w.secretHint}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>
                    {w.url}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {w.events.map((e) => (
                      <Code key={e}>{e}</Code>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {w.lastDelivery ? (
                    <Badge color={STATUS_COLOR[w.lastDelivery.status]} variant="light">
                      {w.lastDelivery.status}
                    </Badge>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <Switch checked={w.active} onChange={() => toggle.mutate(w)} aria-label={`${w.name} active`} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconSend size={14} />}
                      onClick={() => test.mutate(w)}
                      disabled={!w.active}
                      data-testid="webhook-test"
                    >
                      Send test
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconList size={14} />}
                      onClick={() => setViewing(w)}
                      data-testid="webhook-log"
                    >
                      Log
                    </Button>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label="More actions">
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconKey size={14} />} onClick={() => rotate.mutate(w)}>
                          Rotate secret
                        </Menu.Item>
                        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(w)}>
                          Delete…
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md">
            No webhooks yet
          </Text>
        )}
      </Card>
      <CreateWebhook opened={creating} onClose={() => setCreating(false)} onSecret={setSecret} />
      <SecretOnce secret={secret} onClose={() => setSecret(null)} />
      <Deliveries hook={viewing} onClose={() => setViewing(null)} />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete webhook">
        <Stack>
          <Text>Delete {deleting?.name} and its delivery log? Receivers stop hearing from Remit at once.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => deleting && remove.mutate(deleting)}>
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}
