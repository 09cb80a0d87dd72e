import {
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft, IconDoorExit, IconEdit, IconUserCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api, call, type Schemas } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { StatusBadge } from './people';
import { PersonFormModal } from './person-form';
import { PersonPolicyAcks } from '../policies/person-acks';
import { PersonRoles } from '../responsibilities/person-roles';

type PersonDetail = Schemas['PersonDetail'];
type Person = Schemas['Person'];

const today = () => new Date().toISOString().slice(0, 10);

const formatDay = (d: string | null) =>
  d ? new Date(`${d}T00:00:00Z`).toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' }) : '—';

const SOURCES: Record<PersonDetail['source'], string> = {
  manual: 'Added by hand',
  account: 'Created with a user account',
  hr_import: 'HR import',
  demo: 'Demo data',
  scim: 'SCIM provisioning',
};

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="sm" data-testid={testId} component="div">
        {children}
      </Text>
    </div>
  );
}

function LeaverModal({ person, opened, onClose }: { person: PersonDetail; opened: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [leaveDate, setLeaveDate] = useState(today());
  const mark = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/people/{id}', {
          params: { path: { id: person.id } },
          body: { version: person.version, status: 'leaver', leaveDate },
        }),
      ),
    onSuccess: (p) => {
      notifyDone(`${p.fullName} is marked as a leaver; their handover is open`);
      void qc.invalidateQueries({ queryKey: ['people'] });
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problem.code === 'version_conflict')
        void qc.invalidateQueries({ queryKey: ['people'] });
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={`Mark ${person.fullName} as a leaver?`}>
      <Stack>
        <Text fz="sm">
          This records the leave date and opens a handover of everything {person.fullName} holds (ISMS roles and owned
          objects), which the ISMS manager confirms. It is on the audit trail.
        </Text>
        <TextInput
          label="Leave date"
          type="date"
          required
          value={leaveDate}
          onChange={(e) => setLeaveDate(e.currentTarget.value)}
          data-testid="leaver-date"
        />
        <ProblemAlert error={mark.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={mark.isPending}
            onClick={() => mark.mutate()}
            disabled={!leaveDate}
            data-testid="leaver-confirm"
          >
            Mark as leaver
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DirectReports({ personId }: { personId: string }) {
  const list = useCursorPages<Person>(['people', 'reports', personId], (cursor) =>
    call(api.GET('/api/people', { params: { query: { managerId: personId, limit: 25, cursor } } })),
  );
  if (list.isPending) return <Loader size="sm" />;
  if (list.items.length === 0)
    return (
      <Text c="dimmed" fz="sm">
        Nobody reports to this person.
      </Text>
    );
  return (
    <Stack gap="xs">
      <Table verticalSpacing="xs" data-testid="direct-reports">
        <Table.Tbody>
          {list.items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={`/people/${r.id}`} fz="sm">
                  {r.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" c="dimmed">
                  {r.jobTitle ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={r.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.hasNextPage && (
        <Button variant="subtle" size="xs" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          More
        </Button>
      )}
    </Stack>
  );
}

export function PersonScene() {
  const { id = '' } = useParams();
  const session = useSignedIn();
  const qc = useQueryClient();
  const [editing, edit] = useDisclosure(false);
  const [leaving, leave] = useDisclosure(false);
  const q = useQuery({
    queryKey: ['people', 'detail', id],
    queryFn: () => call(api.GET('/api/people/{id}', { params: { path: { id } } })),
  });
  const reactivate = useMutation({
    mutationFn: (p: PersonDetail) =>
      call(
        api.PATCH('/api/people/{id}', {
          params: { path: { id: p.id } },
          body: { version: p.version, status: 'active' },
        }),
      ),
    onSuccess: (p) => {
      notifyDone(`${p.fullName} is active again`);
      void qc.invalidateQueries({ queryKey: ['people'] });
    },
  });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (q.error || !q.data) return <ProblemAlert error={q.error} />;
  const p = q.data;
  const canManage = session.permissions.managePeople;
  return (
    <Page
      title={p.fullName}
      description={[p.jobTitle, p.orgUnit?.name].filter(Boolean).join(' · ') || undefined}
      actions={
        <Group gap="xs">
          <Button component={Link} to="/people" variant="subtle" leftSection={<IconArrowLeft size={16} />}>
            People
          </Button>
          {canManage && (
            <Button
              variant="default"
              leftSection={<IconEdit size={16} />}
              onClick={edit.open}
              data-testid="person-edit"
            >
              Edit
            </Button>
          )}
          {canManage && p.status === 'active' && (
            <Button
              color="red"
              variant="light"
              leftSection={<IconDoorExit size={16} />}
              onClick={leave.open}
              data-testid="person-mark-leaver"
            >
              Mark as leaver
            </Button>
          )}
          {canManage && p.status === 'leaver' && (
            <Button
              variant="light"
              leftSection={<IconUserCheck size={16} />}
              loading={reactivate.isPending}
              onClick={() => reactivate.mutate(p)}
              data-testid="person-reactivate"
            >
              Reactivate
            </Button>
          )}
        </Group>
      }
    >
      {p.status === 'leaver' && (
        <Alert color="gray" title="Leaver" data-testid="person-leaver-banner">
          Left on {formatDay(p.leaveDate)}. Their roles and owned objects are handed over through the handover the ISMS
          manager confirms.
        </Alert>
      )}
      <ProblemAlert error={reactivate.error} />
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
          <Field label="Status">
            <StatusBadge status={p.status} />
          </Field>
          <Field label="Email" testId="person-email">
            {p.email}
          </Field>
          <Field label="Employee id" testId="person-employee-id">
            {p.employeeId ?? '—'}
          </Field>
          <Field label="Job title" testId="person-job-title">
            {p.jobTitle ?? '—'}
          </Field>
          <Field label="Org unit" testId="person-org-unit">
            {p.orgUnit ? (
              <Anchor component={Link} to={`/org-units?focus=${p.orgUnit.id}`} fz="sm">
                {p.orgUnit.name} ({p.orgUnit.code})
              </Anchor>
            ) : (
              '—'
            )}
          </Field>
          <Field label="Manager" testId="person-manager">
            {p.manager ? (
              <Anchor component={Link} to={`/people/${p.manager.id}`} fz="sm">
                {p.manager.fullName}
              </Anchor>
            ) : (
              '—'
            )}
          </Field>
          <Field label="Start date">{formatDay(p.startDate)}</Field>
          <Field label="Leave date" testId="person-leave-date">
            {formatDay(p.leaveDate)}
          </Field>
          <Field label="Record source">{SOURCES[p.source]}</Field>
        </SimpleGrid>
      </Card>
      <PersonRoles personId={p.id} active={p.status === 'active'} />
      <Card withBorder padding="lg">
        <Title order={2} fz="lg" mb="sm">
          Direct reports ({p.directReportsCount})
        </Title>
        <DirectReports personId={p.id} />
      </Card>
      <PersonPolicyAcks personId={p.id} />
      {canManage && <PersonFormModal opened={editing} onClose={edit.close} person={p} />}
      {canManage && <LeaverModal opened={leaving} onClose={leave.close} person={p} />}
    </Page>
  );
}
