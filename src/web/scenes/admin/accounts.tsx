import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  ActionIcon,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  IconDots,
  IconLockOpen,
  IconSearch,
  IconUserOff,
  IconUserPlus,
  IconUserCheck,
  IconShield,
  IconShieldOff,
} from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, api, call, type Schemas } from '../../api/client';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone, notifyError } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { LoadMore } from '../../components/load-more';

type Account = Schemas['Account'];
type Patch = { version: number; status?: 'active' | 'disabled'; isAdmin?: boolean; unlock?: true };

function CreateAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const create = useMutation({
    mutationFn: () => call(api.POST('/api/admin/accounts', { body: { email, fullName, password, isAdmin } })),
    onSuccess: (a) => {
      notifyDone(`Account for ${a.email} created`);
      void qc.invalidateQueries({ queryKey: ['accounts'] });
      setEmail('');
      setFullName('');
      setPassword('');
      setIsAdmin(false);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(create.error);
  return (
    <Modal opened={opened} onClose={onClose} title="New account">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Full name"
            required
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={fieldError('fullName')}
            data-testid="account-name"
            data-autofocus
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError('email')}
            data-testid="account-email"
          />
          <PasswordInput
            label="Initial password"
            description="At least 12 characters; ask the person to change it after signing in"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError('password')}
            data-testid="account-password"
          />
          <Checkbox
            label="Platform administrator"
            description="Manages accounts and settings; takes no ISMS decisions"
            checked={isAdmin}
            onChange={(e) => setIsAdmin(e.currentTarget.checked)}
          />
          <ProblemAlert error={create.error} inlineFields={['email', 'password', 'fullName']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="account-submit">
              Create account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function AccountsScene() {
  const me = useSignedIn();
  const qc = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<string | null>(null);
  const list = useCursorPages<Account>(['accounts', q, status], (cursor) =>
    call(
      api.GET('/api/admin/accounts', {
        params: {
          query: {
            limit: 25,
            cursor,
            q: q || undefined,
            status: (status as 'active' | 'disabled' | null) ?? undefined,
          },
        },
      }),
    ),
  );
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Patch }) =>
      call(api.PATCH('/api/admin/accounts/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: (a) => {
      notifyDone(`${a.email} updated`);
      void qc.invalidateQueries({ queryKey: ['accounts'] });
    },
    onError: (e) => {
      notifyError(e);
      if (e instanceof ApiError && e.problem.code === 'version_conflict')
        void qc.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
  const act = (a: Account, patch: Omit<Patch, 'version'>) =>
    update.mutate({ id: a.id, patch: { version: a.version, ...patch } });

  return (
    <Page
      title="User accounts"
      description="Who can sign in to Remit. Disabling an account signs it out everywhere and revokes its API tokens."
      actions={
        <Button leftSection={<IconUserPlus size={16} />} onClick={open} data-testid="account-create">
          New account
        </Button>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <Group>
            <TextInput
              placeholder="Search name or email"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              aria-label="Search accounts"
              style={{ flex: 1, minWidth: 220 }}
              data-testid="account-search"
            />
            <Select
              placeholder="Any status"
              aria-label="Filter by status"
              clearable
              value={status}
              onChange={setStatus}
              data={[
                { value: 'active', label: 'Active' },
                { value: 'disabled', label: 'Disabled' },
              ]}
              w={160}
            />
          </Group>
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="accounts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Last sign-in</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((a) => (
                  <Table.Tr key={a.id} data-testid={`account-row-${a.email}`}>
                    <Table.Td>
                      <Group gap="xs">
                        <Text fw={500} fz="sm">
                          {a.fullName}
                        </Text>
                        {a.isAdmin && (
                          <Badge size="sm" variant="light" color="grape">
                            Admin
                          </Badge>
                        )}
                        {a.id === me.account.id && (
                          <Badge size="sm" variant="outline">
                            You
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{a.email}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge
                          variant="light"
                          color={a.status === 'active' ? 'teal' : 'gray'}
                          data-testid="account-status"
                        >
                          {a.status === 'active' ? 'Active' : 'Disabled'}
                        </Badge>
                        {a.lockedUntil && (
                          <Badge variant="light" color="orange">
                            Locked
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{formatDateTime(a.lastLoginAt)}</Table.Td>
                    <Table.Td>{formatDateTime(a.createdAt)}</Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Actions for ${a.email}`}
                            data-testid="account-actions"
                          >
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {a.status === 'active' ? (
                            <Menu.Item
                              color="red"
                              leftSection={<IconUserOff size={16} />}
                              onClick={() => act(a, { status: 'disabled' })}
                              data-testid="account-disable"
                            >
                              Disable
                            </Menu.Item>
                          ) : (
                            <Menu.Item
                              leftSection={<IconUserCheck size={16} />}
                              onClick={() => act(a, { status: 'active' })}
                              data-testid="account-enable"
                            >
                              Enable
                            </Menu.Item>
                          )}
                          {a.lockedUntil && (
                            <Menu.Item
                              leftSection={<IconLockOpen size={16} />}
                              onClick={() => act(a, { unlock: true })}
                            >
                              Unlock
                            </Menu.Item>
                          )}
                          {a.isAdmin ? (
                            <Menu.Item
                              leftSection={<IconShieldOff size={16} />}
                              onClick={() => act(a, { isAdmin: false })}
                            >
                              Remove admin rights
                            </Menu.Item>
                          ) : (
                            <Menu.Item leftSection={<IconShield size={16} />} onClick={() => act(a, { isAdmin: true })}>
                              Make administrator
                            </Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md">
              No accounts match.
            </Text>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
      <CreateAccountModal opened={opened} onClose={close} />
    </Page>
  );
}
