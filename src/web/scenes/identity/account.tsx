import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconCheck, IconCopy, IconKey, IconLogout, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone, notifyError } from '../../components/problem';
import { useSession } from '../../session';
import { NotificationPrefsCard } from '../inbox/notification-prefs';
import { PasswordFields } from './setup';

function PasswordCard() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const qc = useQueryClient();
  const change = useMutation({
    mutationFn: () =>
      call(api.POST('/api/account/password', { body: { currentPassword: current, newPassword: next } })),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      void qc.invalidateQueries({ queryKey: ['my-sessions'] });
      notifyDone('Password changed; your other sessions were signed out');
    },
  });
  const fieldError = fieldErrorOf(change.error);
  return (
    <Card withBorder padding="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate();
        }}
      >
        <Stack>
          <Title order={2} fz="lg">
            Password
          </Title>
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fieldError('currentPassword')}
            data-testid="current-password"
          />
          <PasswordFields
            label="New password"
            value={next}
            onChange={setNext}
            confirm={confirm}
            onConfirm={setConfirm}
            error={fieldError('newPassword')}
          />
          <ProblemAlert error={change.error} inlineFields={['currentPassword', 'newPassword']} />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={change.isPending}
              disabled={!current || next.length < 12 || next !== confirm}
              data-testid="change-password"
            >
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

const describeAgent = (ua: string | null) => {
  if (!ua) return 'Unknown client';
  const browser = /Firefox|Edg|Chrome|Safari|curl|node/i.exec(ua)?.[0] ?? 'Browser';
  const os = /Windows|Mac OS X|Linux|Android|iPhone/i.exec(ua)?.[0] ?? '';
  return `${browser}${os ? ` on ${os}` : ''}`;
};

function SessionsCard() {
  const qc = useQueryClient();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const sessions = useQuery({ queryKey: ['my-sessions'], queryFn: () => call(api.GET('/api/account/sessions')) });
  const revoke = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/account/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['my-sessions'] }),
    onError: notifyError,
  });
  const everywhere = useMutation({
    mutationFn: () => call(api.POST('/api/auth/logout-everywhere')),
    onSuccess: async (r) => {
      notifyDone(`Signed out of ${r.revoked} session(s)`);
      await signOut().catch(() => undefined);
      void navigate('/login');
    },
    onError: notifyError,
  });
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group justify="space-between">
          <Title order={2} fz="lg">
            Sessions
          </Title>
          <Button
            variant="light"
            color="red"
            leftSection={<IconLogout size={16} />}
            loading={everywhere.isPending}
            onClick={() => everywhere.mutate()}
            data-testid="logout-everywhere"
          >
            Sign out everywhere
          </Button>
        </Group>
        <ProblemAlert error={sessions.error} />
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" data-testid="sessions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Client</Table.Th>
                <Table.Th>Address</Table.Th>
                <Table.Th>Signed in</Table.Th>
                <Table.Th>Last active</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(sessions.data?.items ?? []).map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Group gap="xs">
                      {describeAgent(s.userAgent)}
                      {s.current && (
                        <Badge size="sm" variant="light" color="teal">
                          This session
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{s.ip ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
                  <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    {!s.current && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(s.id)}>
                        Sign out
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

type Token = Schemas['ApiToken'];

const tokenState = (t: Token): { label: string; color: string } => {
  if (t.revokedAt) return { label: 'Revoked', color: 'gray' };
  if (t.expiresAt && t.expiresAt <= new Date().toISOString()) return { label: 'Expired', color: 'orange' };
  return { label: 'Active', color: 'teal' };
};

function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'write'>('read');
  const [expiry, setExpiry] = useState<string>('90');
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/account/tokens', {
          body: { name, scope, expiresInDays: expiry === 'never' ? null : Number(expiry) },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['my-tokens'] }),
  });
  const close = () => {
    create.reset();
    setName('');
    onClose();
  };
  const secret = create.data?.token;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={secret ? 'Copy your token now' : 'New API token'}
      size="lg"
      closeOnClickOutside={!secret}
    >
      {secret ? (
        <Stack>
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
            This is the only time the token is shown. Remit stores only a hash of it. Keep it in a secret store.
          </Alert>
          <Group wrap="nowrap" gap="xs">
            <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="token-secret">
              {secret}
            </Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy'}>
                  <ActionIcon variant="light" size="lg" onClick={copy} aria-label="Copy token">
                    {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Text fz="sm" c="dimmed">
            Use it as <Code>Authorization: Bearer {secret.slice(0, 10)}…</Code>
          </Text>
          <Group justify="flex-end">
            <Button onClick={close} data-testid="token-done">
              I have stored it
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Stack>
            <TextInput
              label="Name"
              description="What uses it, e.g. “CI export job”"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              data-testid="token-name"
              data-autofocus
            />
            <div>
              <Text fz="sm" fw={500} mb={4}>
                Access
              </Text>
              <SegmentedControl
                value={scope}
                onChange={(v) => setScope(v === 'write' ? 'write' : 'read')}
                data={[
                  { value: 'read', label: 'Read only' },
                  { value: 'write', label: 'Read and write' },
                ]}
                data-testid="token-scope"
              />
            </div>
            <Select
              label="Expires"
              value={expiry}
              onChange={(v) => setExpiry(v ?? '90')}
              allowDeselect={false}
              data={[
                { value: '30', label: 'In 30 days' },
                { value: '90', label: 'In 90 days' },
                { value: '365', label: 'In a year' },
                { value: 'never', label: 'Never' },
              ]}
              data-testid="token-expiry"
            />
            <ProblemAlert error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!name.trim()} data-testid="token-submit">
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function TokensCard() {
  const qc = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [confirming, setConfirming] = useState<Token | null>(null);
  const tokens = useQuery({ queryKey: ['my-tokens'], queryFn: () => call(api.GET('/api/account/tokens')) });
  const revoke = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/account/tokens/{id}', { params: { path: { id } } })),
    onSuccess: (t) => {
      setConfirming(null);
      notifyDone(`Token “${t.name}” revoked`);
      void qc.invalidateQueries({ queryKey: ['my-tokens'] });
    },
    onError: notifyError,
  });
  const items = tokens.data?.items ?? [];
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group justify="space-between">
          <div>
            <Title order={2} fz="lg">
              API tokens
            </Title>
            <Text fz="sm" c="dimmed">
              For the command line and automation. A token acts as you, limited to what you may do.
            </Text>
          </div>
          <Button leftSection={<IconKey size={16} />} onClick={open} data-testid="token-create">
            New token
          </Button>
        </Group>
        <ProblemAlert error={tokens.error} />
        {items.length === 0 && !tokens.isPending ? (
          <Text c="dimmed" fz="sm" data-testid="tokens-empty">
            You have no API tokens.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" data-testid="tokens-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Token</Table.Th>
                  <Table.Th>Access</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((t) => {
                  const state = tokenState(t);
                  return (
                    <Table.Tr key={t.id} data-testid={`token-row-${t.name}`}>
                      <Table.Td fw={500}>{t.name}</Table.Td>
                      <Table.Td>
                        <Code>{t.prefix}…</Code>
                      </Table.Td>
                      <Table.Td>{t.scope === 'read' ? 'Read only' : 'Read and write'}</Table.Td>
                      <Table.Td>{t.expiresAt ? formatDateTime(t.expiresAt) : 'Never'}</Table.Td>
                      <Table.Td>{formatDateTime(t.lastUsedAt)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={state.color}>
                          {state.label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {state.label === 'Active' && (
                          <Tooltip label="Revoke">
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={`Revoke ${t.name}`}
                              onClick={() => setConfirming(t)}
                              data-testid="token-revoke"
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <CreateTokenModal opened={opened} onClose={close} />
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title="Revoke token?">
        <Stack>
          <Text>Anything using “{confirming?.name}” stops working at once. This cannot be undone.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => confirming && revoke.mutate(confirming.id)}
              data-testid="token-revoke-confirm"
            >
              Revoke
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

export function AccountScene() {
  return (
    <Page
      title="My account"
      description="Your password, email notifications, where you are signed in, and your API tokens"
    >
      <PasswordCard />
      <NotificationPrefsCard />
      <SessionsCard />
      <TokensCard />
    </Page>
  );
}
