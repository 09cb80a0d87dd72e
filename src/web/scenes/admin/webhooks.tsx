import { ActionIcon, Button, Card, Code, Group, Menu, Modal, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconDots, IconKey, IconList, IconPencil, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert, notifyDone, notifyError } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { Deliveries, StatusBadge } from './webhook-deliveries';
import { SecretOnce, WebhookForm } from './webhook-form';

type Webhook = Schemas['Webhook'];

function Confirm({
  opened,
  title,
  children,
  action,
  color,
  loading,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  action: string;
  color?: string;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm} data-testid="confirm">
            {action}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Webhooks: other systems hear about Remit's events as they happen, signed and retried. */
export function WebhooksScene() {
  const qc = useQueryClient();
  const [form, setForm] = useState<{ editing: Webhook | null; key: number } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [viewing, setViewing] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [rotating, setRotating] = useState<Webhook | null>(null);
  const list = useCursorPages<Webhook>(['webhooks', 'list'], (cursor) =>
    call(api.GET('/api/admin/webhooks', { params: { query: { cursor, limit: 50 } } })),
  );
  const refresh = () => void qc.invalidateQueries({ queryKey: ['webhooks'] });
  const onError = (e: unknown) => {
    notifyError(e);
    if (e instanceof ApiError && e.problem.code === 'version_conflict') refresh();
  };
  const toggle = useMutation({
    mutationFn: (w: Webhook) =>
      call(
        api.PATCH('/api/admin/webhooks/{id}', {
          params: { path: { id: w.id } },
          body: { version: w.version, active: !w.active },
        }),
      ),
    onSuccess: (w) => {
      refresh();
      notifyDone(`${w.name} ${w.active ? 'active' : 'paused'}`);
    },
    onError,
  });
  const test = useMutation({
    mutationFn: (w: Webhook) => call(api.POST('/api/admin/webhooks/{id}/test', { params: { path: { id: w.id } } })),
    onSuccess: () => {
      refresh();
      notifyDone('Test event queued; the delivery log shows how it went');
    },
    onError,
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
      setRotating(null);
      setSecret(w.secret);
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (w: Webhook) => call(api.DELETE('/api/admin/webhooks/{id}', { params: { path: { id: w.id } } })),
    onSuccess: () => {
      refresh();
      setDeleting(null);
      notifyDone('Webhook deleted');
    },
    onError,
  });
  const openForm = (editing: Webhook | null) => setForm({ editing, key: Date.now() });

  return (
    <Page
      title="Webhooks"
      description="Tell other systems about Remit's events as they happen. Every request is signed with HMAC-SHA256 and retried with backoff while the receiver fails."
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => openForm(null)} data-testid="webhook-create">
          New webhook
        </Button>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="webhooks-table">
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
                {list.items.map((w) => (
                  <Table.Tr key={w.id} data-testid={`webhook-row-${w.name}`}>
                    <Table.Td>
                      <Text fw={500} fz="sm">
                        {w.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        secret {w.secretHint}
                      </Text>
                    </Table.Td>
                    <Table.Td maw={280}>
                      <Text size="sm" style={{ wordBreak: 'break-all' }}>
                        {w.url}
                      </Text>
                    </Table.Td>
                    <Table.Td maw={240}>
                      <Group gap={4}>
                        {w.events.map((e) => (
                          <Code key={e}>{e}</Code>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {w.lastDelivery ? (
                        <Stack gap={2}>
                          <StatusBadge status={w.lastDelivery.status} testId="webhook-last-status" />
                          <Text size="xs" c="dimmed">
                            {formatDateTime(w.lastDelivery.at)}
                          </Text>
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          none yet
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        checked={w.active}
                        onChange={() => toggle.mutate(w)}
                        aria-label={`${w.name} active`}
                        data-testid="webhook-active"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label="Activate the webhook to test it" disabled={w.active}>
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
                        </Tooltip>
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
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Actions for ${w.name}`}
                              data-testid="webhook-actions"
                            >
                              <IconDots size={16} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item
                              leftSection={<IconPencil size={14} />}
                              onClick={() => openForm(w)}
                              data-testid="webhook-edit"
                            >
                              Edit
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconKey size={14} />}
                              onClick={() => setRotating(w)}
                              data-testid="webhook-rotate"
                            >
                              Rotate secret…
                            </Menu.Item>
                            <Menu.Divider />
                            <Menu.Item
                              color="red"
                              leftSection={<IconTrash size={14} />}
                              onClick={() => setDeleting(w)}
                              data-testid="webhook-delete"
                            >
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
          </Table.ScrollContainer>
          {!list.isPending && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md">
              No webhooks yet. Add one to send Remit's events to a SIEM, a ticket system or chat.
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
      {form && (
        <WebhookForm key={form.key} editing={form.editing} opened onClose={() => setForm(null)} onSecret={setSecret} />
      )}
      <SecretOnce secret={secret} onClose={() => setSecret(null)} />
      {viewing && <Deliveries hook={viewing} onClose={() => setViewing(null)} />}
      <Confirm
        opened={rotating !== null}
        title="Rotate the signing secret"
        action="Rotate secret"
        loading={rotate.isPending}
        onConfirm={() => rotating && rotate.mutate(rotating)}
        onClose={() => setRotating(null)}
      >
        <Text>
          {rotating?.name} gets a new secret at once. Requests signed with the old one stop verifying, so give the new
          secret to the receiver straight away.
        </Text>
      </Confirm>
      <Confirm
        opened={deleting !== null}
        title="Delete webhook"
        action="Delete"
        color="red"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      >
        <Text>
          Delete {deleting?.name} and its delivery log? Deliveries still waiting are dropped and the receiver hears
          nothing more from Remit.
        </Text>
      </Confirm>
    </Page>
  );
}
