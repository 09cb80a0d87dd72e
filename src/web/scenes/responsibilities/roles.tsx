import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { SCOPE_LABELS } from './pickers';

/** The non-empty lines of a textarea, trimmed: one duty or decision per line. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function NewRoleModal({
  opened,
  onClose,
  delegable,
}: {
  opened: boolean;
  onClose: () => void;
  delegable: { action: string; describe: string }[];
}) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [summary, setSummary] = useState('');
  const [duties, setDuties] = useState('');
  const [decisions, setDecisions] = useState('');
  const [scopes, setScopes] = useState<string[]>(['isms']);
  const [exclusive, setExclusive] = useState(false);
  const [grants, setGrants] = useState<string[]>([]);
  const derivedKey = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/roles', {
          body: {
            key: key || derivedKey,
            name,
            summary,
            responsibilities: lines(duties),
            decisions: lines(decisions),
            scopeTypes: scopes,
            exclusive,
            grants,
          },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(`${r.name} added to the catalogue`);
      void qc.invalidateQueries({ queryKey: ['roles'] });
      onClose();
      void navigate(`/roles/${r.key}`);
    },
  });
  const fieldError = fieldErrorOf(create.error);
  return (
    <Modal opened={opened} onClose={onClose} title="New role" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <Group grow>
            <TextInput
              label="Name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError('name')}
              data-testid="role-name"
            />
            <TextInput
              label="Key"
              description="Used in the API and exports"
              placeholder={derivedKey}
              value={key}
              onChange={(e) => setKey(e.currentTarget.value)}
              error={fieldError('key')}
            />
          </Group>
          <Textarea
            label="Purpose"
            required
            autosize
            minRows={2}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fieldError('summary')}
          />
          <Textarea
            label="Responsibilities"
            description="One duty per line"
            required
            autosize
            minRows={3}
            value={duties}
            onChange={(e) => setDuties(e.currentTarget.value)}
            error={fieldError('responsibilities')}
          />
          <Textarea
            label="Decisions it takes"
            description="One per line"
            autosize
            minRows={2}
            value={decisions}
            onChange={(e) => setDecisions(e.currentTarget.value)}
          />
          <MultiSelect
            label="Can be assigned for"
            data={Object.entries(SCOPE_LABELS).map(([value, label]) => ({ value, label }))}
            value={scopes}
            onChange={setScopes}
            error={fieldError('scopeTypes')}
          />
          <Switch
            label="One holder per scope"
            checked={exclusive}
            onChange={(e) => setExclusive(e.currentTarget.checked)}
          />
          <MultiSelect
            label="Rights in Remit"
            description="What holders of this role may do here; approvals stay with the built-in roles"
            data={delegable.map((d) => ({ value: d.action, label: d.describe }))}
            value={grants}
            onChange={setGrants}
            error={fieldError('grants')}
          />
          <ProblemAlert
            error={create.error}
            inlineFields={['name', 'key', 'summary', 'responsibilities', 'scopeTypes']}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="role-submit">
              Add role
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The role catalogue: the seven ISMS roles and any custom ones, with who holds them. */
export function RolesScene() {
  const session = useSignedIn();
  const [opened, { open, close }] = useDisclosure(false);
  const roles = useQuery({ queryKey: ['roles'], queryFn: () => call(api.GET('/api/roles')) });
  return (
    <Page
      title="ISMS roles"
      description="Clause 5.3: each role's responsibilities and authorities, and who holds it. Open a role to assign it."
      actions={
        session.permissions.manageRoles && (
          <Button leftSection={<IconPlus size={16} />} onClick={open} data-testid="role-create">
            New role
          </Button>
        )
      }
    >
      <ProblemAlert error={roles.error} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="roles-grid">
        {roles.data?.items.map((r) => (
          <Card key={r.key} withBorder padding="lg" data-testid={`role-card-${r.key}`}>
            <Stack gap="xs" h="100%">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Anchor component={Link} to={`/roles/${r.key}`} fw={600} fz="lg">
                  {r.name}
                </Anchor>
                {!r.builtin && <Badge variant="light">Custom</Badge>}
                {r.retiredAt && <Badge color="gray">Retired</Badge>}
              </Group>
              <Text size="sm" c="dimmed" lineClamp={3} style={{ flex: 1 }}>
                {r.summary}
              </Text>
              <Group gap="xs">
                {r.key === 'employee' ? (
                  <Badge variant="light" color="gray">
                    Everyone
                  </Badge>
                ) : (
                  <Badge variant="light" color={r.holders === 0 ? 'red' : 'blue'} data-testid="role-holders">
                    {r.holders === 0 ? 'Vacant' : `${r.holders} holder${r.holders === 1 ? '' : 's'}`}
                  </Badge>
                )}
                {r.deputies > 0 && (
                  <Badge variant="outline">
                    {r.deputies} deput{r.deputies === 1 ? 'y' : 'ies'}
                  </Badge>
                )}
                <Badge variant="default">{r.responsibilities.length} duties</Badge>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <NewRoleModal opened={opened} onClose={close} delegable={roles.data?.delegable ?? []} />
    </Page>
  );
}
