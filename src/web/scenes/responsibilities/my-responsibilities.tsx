import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { formatDay, Page } from '../../components/page';
import { ProblemAlert, notifyDone, notifyError } from '../../components/problem';
import { AbsenceCard } from '../inbox/absence-card';
import { AckBadge } from './assignments-table';

type Item = Schemas['MyResponsibility'];

function ResponsibilityCard({ item }: { item: Item }) {
  const qc = useQueryClient();
  const { assignment: a, role } = item;
  const ack = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/assignments/{id}/acknowledge', {
          params: { path: { id: a.id } },
          body: { textVersion: role.textVersion },
        }),
      ),
    onSuccess: () => {
      notifyDone(`You acknowledged your responsibilities as ${role.name}`);
      void qc.invalidateQueries({ queryKey: ['my-responsibilities'] });
      void qc.invalidateQueries({ queryKey: ['assignments'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
      void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
    },
    onError: (e) => {
      notifyError(e);
      void qc.invalidateQueries({ queryKey: ['my-responsibilities'] });
    },
  });
  return (
    <Card withBorder padding="lg" data-testid={`my-role-${role.key}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Anchor component={Link} to={`/roles/${role.key}`} fw={600} fz="lg">
              {role.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {a.scope.label} · {a.kind === 'deputy' ? 'deputy' : 'holder'} ·{' '}
              {a.state === 'upcoming' ? `starts ${formatDay(a.validFrom)}` : `since ${formatDay(a.validFrom)}`}
              {a.validTo ? ` · until ${formatDay(a.validTo)}` : ''}
            </Text>
          </div>
          <AckBadge a={a} />
        </Group>
        <Text size="sm">{role.summary}</Text>
        <List size="sm" spacing={2} type="ordered">
          {role.responsibilities.map((r) => (
            <List.Item key={r.id}>{r.text}</List.Item>
          ))}
        </List>
        {role.decisions.length > 0 && (
          <Text size="sm" c="dimmed">
            Decisions you take: {role.decisions.join('; ')}.
          </Text>
        )}
        {a.kind === 'holder' && a.standInFrom && a.standInUntil && (
          <Alert variant="light" icon={<IconInfoCircle size={16} />}>
            Your deputies stand in from {formatDay(a.standInFrom)} until {formatDay(a.standInUntil)}.
          </Alert>
        )}
        {a.acknowledgement === 'outdated' && (
          <Alert variant="light" color="orange">
            The role description changed after you acknowledged it (now text version {role.textVersion}). Please read it
            again.
          </Alert>
        )}
        {a.can.acknowledge && (
          <Group justify="flex-end">
            <Button
              leftSection={<IconCircleCheck size={16} />}
              onClick={() => ack.mutate()}
              loading={ack.isPending}
              data-testid={`acknowledge-${role.key}`}
            >
              I have read and accept these responsibilities
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Every person's own place: their roles, what each asks of them, and their acknowledgement. */
export function MyResponsibilitiesScene() {
  const mine = useQuery({
    queryKey: ['my-responsibilities'],
    queryFn: () => call(api.GET('/api/my/responsibilities')),
  });
  const d = mine.data;
  return (
    <Page
      title="My responsibilities"
      description="Your information-security roles (ISO/IEC 27001 clause 5.3). Acknowledge each one so the organisation knows it was communicated to you."
    >
      <ProblemAlert error={mine.error} />
      {d && d.pendingAcknowledgements > 0 && (
        <Alert color="blue" variant="light" data-testid="pending-acks">
          {d.pendingAcknowledgements === 1
            ? 'One responsibility is waiting for your acknowledgement.'
            : `${d.pendingAcknowledgements} responsibilities are waiting for your acknowledgement.`}
        </Alert>
      )}
      {d && d.pendingAcknowledgements === 0 && d.current.length > 0 && (
        <Badge color="teal" variant="light" size="lg" data-testid="all-acknowledged">
          All acknowledged
        </Badge>
      )}
      <Stack>
        {d?.current.map((item) => (
          <ResponsibilityCard key={item.assignment.id} item={item} />
        ))}
      </Stack>
      <AbsenceCard />
      {d && d.upcoming.length > 0 && (
        <>
          <Title order={2} fz="lg">
            Starting later
          </Title>
          <Stack>
            {d.upcoming.map((item) => (
              <ResponsibilityCard key={item.assignment.id} item={item} />
            ))}
          </Stack>
        </>
      )}
    </Page>
  );
}
