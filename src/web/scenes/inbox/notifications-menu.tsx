import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { formatDateTime } from '../../components/page';

/** The bell in the header: unread count, the latest notifications, mark read. */
export function NotificationsMenu({ unread }: { unread: number }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () => call(api.GET('/api/notifications', { params: { query: { limit: 15 } } })),
    enabled: opened,
  });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['notifications'] });
    void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
  };
  const read = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    mutationFn: () => call(api.POST('/api/notifications/read-all')),
    onSuccess: refresh,
  });
  return (
    <Popover width={380} position="bottom-end" withArrow shadow="md" opened={opened} onChange={setOpened}>
      <Popover.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} offset={4} data-testid="notifications-count">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
            onClick={() => setOpened((o) => !o)}
            data-testid="notifications"
          >
            <IconBell size={18} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="md" py="xs">
          <Text fw={600}>Notifications</Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            onClick={() => readAll.mutate()}
            data-testid="notifications-read-all"
          >
            Mark all read
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420}>
          <Stack gap={0}>
            {(list.data?.items ?? []).map((n) => (
              <UnstyledButton
                key={n.id}
                px="md"
                py="xs"
                style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                bg={n.readAt ? undefined : 'var(--mantine-color-blue-light)'}
                onClick={() => {
                  if (!n.readAt) read.mutate(n.id);
                  setOpened(false);
                  if (n.link) void navigate(n.link);
                }}
                data-testid="notification"
              >
                <Text size="sm" fw={n.readAt ? 400 : 600}>
                  {n.title}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {n.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt)}
                </Text>
              </UnstyledButton>
            ))}
            {list.data && list.data.items.length === 0 && (
              <Text size="sm" c="dimmed" px="md" py="lg" ta="center">
                No notifications yet
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
