import { Alert, Badge, Button, Card, Group, List, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconEdit, IconFileTypePdf, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { AssignModal } from './assignment-dialogs';
import { AssignmentsTable } from './assignments-table';
import { LEADERSHIP_ROLES, SCOPE_LABELS } from './pickers';
import { lines } from './roles';

type Role = Schemas['Role'];

function EditRoleModal({ role, opened, onClose }: { role: Role; opened: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [summary, setSummary] = useState(role.summary);
  const [duties, setDuties] = useState(role.responsibilities.map((r) => r.text).join('\n'));
  const [decisions, setDecisions] = useState(role.decisions.join('\n'));
  const [name, setName] = useState(role.name);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/roles/{key}', {
          params: { path: { key: role.key } },
          body: { version: role.version, name, summary, responsibilities: lines(duties), decisions: lines(decisions) },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(
        r.textVersion > role.textVersion
          ? `Saved as text version ${r.textVersion}; holders are asked to acknowledge it`
          : 'Saved',
      );
      void qc.invalidateQueries({ queryKey: ['roles'] });
      void qc.invalidateQueries({ queryKey: ['assignments'] });
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${role.name}`} size="lg">
      <Stack>
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Textarea
          label="Purpose"
          autosize
          minRows={2}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
        <Textarea
          label="Responsibilities"
          description="One duty per line"
          autosize
          minRows={4}
          value={duties}
          onChange={(e) => setDuties(e.currentTarget.value)}
          data-testid="role-edit-duties"
        />
        <Textarea
          label="Decisions it takes"
          description="One per line"
          autosize
          minRows={2}
          value={decisions}
          onChange={(e) => setDecisions(e.currentTarget.value)}
        />
        <Alert color="yellow" variant="light">
          Changing the purpose, responsibilities or decisions makes a new text version: every holder and deputy is asked
          to acknowledge it again.
        </Alert>
        <ProblemAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="role-edit-submit">
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A role read like a job description, with its holders and deputies over time. */
export function RoleScene() {
  const { key = '' } = useParams();
  const session = useSignedIn();
  const [assigning, assignCtl] = useDisclosure(false);
  const [editing, editCtl] = useDisclosure(false);
  const role = useQuery({
    queryKey: ['roles', key],
    queryFn: () => call(api.GET('/api/roles/{key}', { params: { path: { key } } })),
  });
  const r = role.data;
  if (!r) return <ProblemAlert error={role.error} />;
  const p = session.permissions;
  const mayAssign =
    r.key !== 'employee' &&
    !r.retiredAt &&
    (LEADERSHIP_ROLES.includes(r.key)
      ? p.manageLeadership || (r.key === 'top_management' && session.account.isAdmin && r.holders === 0)
      : p.manageAssignments);
  return (
    <Page
      title={r.name}
      description={
        <Group gap="xs" component="span">
          <Badge variant="light">{r.builtin ? 'Built-in role' : 'Custom role'}</Badge>
          {r.exclusive && <Badge variant="light">One holder per scope</Badge>}
          <Badge variant="default">Text version {r.textVersion}</Badge>
        </Group>
      }
      actions={
        <Group>
          <Button
            variant="default"
            component="a"
            href={`/api/roles/${r.key}/document.pdf`}
            leftSection={<IconFileTypePdf size={16} />}
            data-testid="role-pdf"
          >
            Job description (PDF)
          </Button>
          {p.manageRoles && (
            <Button
              variant="default"
              leftSection={<IconEdit size={16} />}
              onClick={editCtl.open}
              data-testid="role-edit"
            >
              Edit
            </Button>
          )}
          {mayAssign && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={assignCtl.open} data-testid="role-assign">
              Assign
            </Button>
          )}
        </Group>
      }
    >
      <Card withBorder padding="lg" data-testid="role-description">
        <Stack>
          <Text>{r.summary}</Text>
          <div>
            <Title order={2} fz="lg" mb="xs">
              Responsibilities
            </Title>
            <List type="ordered" spacing={4}>
              {r.responsibilities.map((d) => (
                <List.Item key={d.id}>{d.text}</List.Item>
              ))}
            </List>
          </div>
          {r.decisions.length > 0 && (
            <div>
              <Title order={2} fz="lg" mb="xs">
                Decisions and authorities
              </Title>
              <List spacing={4}>
                {r.decisions.map((d) => (
                  <List.Item key={d}>{d}</List.Item>
                ))}
              </List>
            </div>
          )}
          {r.grants.length > 0 && (
            <div>
              <Title order={2} fz="md" mb="xs">
                In Remit, holders may
              </Title>
              <Group gap="xs">
                {r.grants.map((g) => (
                  <Badge key={g.action} variant="outline" tt="none">
                    {g.describe}
                  </Badge>
                ))}
              </Group>
            </div>
          )}
          <Text size="sm" c="dimmed">
            Assigned for: {r.scopeTypes.map((s) => SCOPE_LABELS[s] ?? s).join(', ')}
          </Text>
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Title order={2} fz="lg" mb="md">
          {r.key === 'employee' ? 'People' : 'Holders and deputies'}
        </Title>
        <AssignmentsTable filter={{ roleKey: r.key }} show="role" testId="role-assignments" />
      </Card>
      {mayAssign && <AssignModal role={r} opened={assigning} onClose={assignCtl.close} />}
      {p.manageRoles && editing && <EditRoleModal role={r} opened={editing} onClose={editCtl.close} />}
    </Page>
  );
}
