import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Code,
  Grid,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  Title,
  useMatches,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  IconCircleCheck,
  IconClipboardCheck,
  IconFileTypePdf,
  IconLock,
  IconPencil,
  IconPlayerTrackNext,
  IconUserPlus,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useSignedIn } from '../../session';
import { BackLink, Field, WHOLE } from '../policies/shared';
import { AttachmentsCard } from './attachments';
import { CommunicationsCard } from './communications';
import { CloseModal, EditModal, HandlerModal, PhaseModal, TriageModal, incidentKey } from './incident-dialogs';
import { incidentReportHref, incidentsApi } from './incidents-api';
import { LinksCard } from './links';
import {
  CATEGORY_LABELS,
  ClassificationBadge,
  DEADLINE_LABELS,
  DeadlineBadge,
  PHASES,
  PHASE_LABELS,
  PHASE_NOUN,
  PHASE_TEXT,
  SeverityBadge,
  StatusBadge,
  deadlineState,
  type Incident,
} from './shared';
import { TimelineCard } from './timeline';

type Dialog = 'triage' | 'handler' | 'edit' | 'phase' | 'close';
const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** Where the response stands: triage → contain → eradicate → recover → close. */
function ResponseStepper({ incident: i, next }: { incident: Incident; next: ReactNode }) {
  const at =
    i.status === 'reported'
      ? 0
      : i.status === 'open'
        ? 1 + Math.max(0, PHASES.indexOf(i.phase ?? 'contain'))
        : i.status === 'resolved'
          ? 4
          : 5;
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  const steps = [
    { key: 'triage', label: 'Triage', description: 'Event or incident' },
    ...PHASES.map((p) => ({ key: p, label: PHASE_LABELS[p], description: PHASE_TEXT[p] })),
    { key: 'close', label: 'Close', description: 'Lessons learned' },
  ];
  return (
    <Card withBorder padding="md" data-testid="incident-stepper" data-status={i.status} data-phase={i.phase ?? ''}>
      <Stack gap="sm">
        <Stepper active={at} size="sm" allowNextStepsSelect={false} orientation={orientation}>
          {steps.map((s) => (
            <Stepper.Step
              key={s.key}
              label={s.label}
              description={s.description}
              data-testid={`incident-step-${s.key}`}
            />
          ))}
        </Stepper>
        {next && (
          <Group gap="sm" data-testid="incident-next">
            {next}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function Reporter({ incident: i }: { incident: Incident }) {
  if (!i.reporter)
    return (
      <Group gap={4} component="span" c="dimmed" data-testid="incident-reporter" data-confidential="true">
        <IconLock size={14} /> Confidential reporter
      </Group>
    );
  return (
    <Group gap={6} component="span" data-testid="incident-reporter" data-confidential={i.confidential}>
      {i.reporter.fullName}
      {i.confidential && (
        <Badge size="xs" variant="light" color="grape" leftSection={<IconLock size={10} />} styles={WHOLE}>
          Confidential
        </Badge>
      )}
    </Group>
  );
}

function DetailsCard({ incident: i }: { incident: Incident }) {
  return (
    <Card withBorder padding="lg" h="100%" data-testid="incident-details">
      <Title order={2} fz="lg" mb="sm">
        Report
      </Title>
      <Stack gap="sm">
        <Text fz="sm" style={pre} c={i.description ? undefined : 'dimmed'} data-testid="incident-description">
          {i.description || 'No further detail given.'}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Field label="What is affected" testId="incident-affected">
            <span style={pre}>{i.affected || '—'}</span>
          </Field>
          <Field label="Affected asset" testId="incident-asset">
            {i.reportedAsset ? (
              <Anchor component={Link} to={`/assets/${i.reportedAsset.id}`} fz="sm">
                {i.reportedAsset.reference} {i.reportedAsset.name}
              </Anchor>
            ) : (
              '—'
            )}
          </Field>
          <Field label="Happened" testId="incident-occurred-at">
            {formatDateTime(i.occurredAt)}
          </Field>
          <Field label="Reported">
            {formatDateTime(i.reportedAt)}
            <Text fz="xs" component="div">
              <Reporter incident={i} />
            </Text>
          </Field>
        </SimpleGrid>
        {i.triagedAt && (
          <Field label="Triage" testId="incident-triage">
            {formatDateTime(i.triagedAt)}
            {i.triagedBy && ` by ${i.triagedBy.fullName}`}
            {i.triageNote && (
              <Text fz="sm" fs="italic" style={pre} mt={2}>
                “{i.triageNote}”
              </Text>
            )}
          </Field>
        )}
      </Stack>
    </Card>
  );
}

function ResponseCard({ incident: i, onHandler }: { incident: Incident; onHandler?: () => void }) {
  return (
    <Card withBorder padding="lg" h="100%" data-testid="incident-response">
      <Title order={2} fz="lg" mb="sm">
        Response
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Field label="Handler">
            <Group gap="xs">
              {i.handler ? (
                <span data-testid="incident-handler">{i.handler.fullName}</span>
              ) : (
                <Text
                  fz="sm"
                  c={i.classification === 'incident' && i.status !== 'closed' ? 'orange' : 'dimmed'}
                  span
                  data-testid="incident-handler"
                >
                  {i.classification === 'incident' ? 'No handler' : '—'}
                </Text>
              )}
              {onHandler && (
                <Button
                  size="compact-xs"
                  variant="light"
                  leftSection={<IconUserPlus size={12} />}
                  onClick={onHandler}
                  data-testid="handler-open"
                >
                  {i.handler ? 'Change' : 'Assign'}
                </Button>
              )}
            </Group>
          </Field>
          <Field label="Category" testId="incident-category">
            {i.category ? CATEGORY_LABELS[i.category] : '—'}
          </Field>
        </SimpleGrid>
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            Deadlines
          </Text>
          {i.deadlines.length === 0 ? (
            <Text fz="sm" c="dimmed">
              —
            </Text>
          ) : (
            <Table verticalSpacing={6} data-testid="incident-deadlines">
              <Table.Tbody>
                {i.deadlines.map((d) => (
                  <Table.Tr key={d.kind} data-testid={`incident-deadline-${d.kind}`} data-state={deadlineState(d)}>
                    <Table.Td fz="sm" fw={500} pl={0}>
                      {DEADLINE_LABELS[d.kind]}
                    </Table.Td>
                    <Table.Td fz="sm">
                      <Text fz="sm" c={deadlineState(d) === 'overdue' ? 'red' : undefined}>
                        {d.metAt ? `Met ${formatDateTime(d.metAt)}` : `Due ${formatDateTime(d.dueAt)}`}
                      </Text>
                      {d.metAt && (
                        <Text fz="xs" c="dimmed">
                          Due {formatDateTime(d.dueAt)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" pr={0}>
                      <DeadlineBadge deadline={d} size="xs" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
      </Stack>
    </Card>
  );
}

/** The end: an event closed at triage, or an incident closed with its lessons learned. */
function Closure({ incident: i }: { incident: Incident }) {
  if (i.status !== 'closed') return null;
  const event = i.classification === 'event';
  return (
    <Alert
      color={event ? 'gray' : 'teal'}
      variant="light"
      icon={<IconCircleCheck size={18} />}
      title={event ? 'Closed as an event — not an incident' : 'Closed'}
      data-testid="incident-closed"
    >
      <Stack gap="xs">
        <Text fz="sm">
          {formatDateTime(i.closedAt)}
          {i.closedBy && ` by ${i.closedBy.fullName}`}
        </Text>
        {i.lessonsLearned && (
          <div>
            <Text fz="xs" tt="uppercase" fw={600} c="dimmed">
              Lessons learned
            </Text>
            <Text fz="sm" style={pre} data-testid="incident-lessons">
              {i.lessonsLearned}
            </Text>
          </div>
        )}
        <div>
          <Text fz="xs" tt="uppercase" fw={600} c="dimmed">
            Told to the reporter
          </Text>
          <Text fz="sm" style={pre} data-testid="incident-outcome">
            {i.outcome || '—'}
          </Text>
        </div>
      </Stack>
    </Alert>
  );
}

/** One incident: the report, its triage, the response phases, timeline, communications and closure. */
export function IncidentScene() {
  const { id = '' } = useParams();
  const readIncidents = useSignedIn().permissions.readIncidents;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const q = useQuery({ queryKey: incidentKey(id), queryFn: () => incidentsApi.get(id) });
  const back = readIncidents ? <BackLink to="/incidents">Incidents</BackLink> : <BackLink to="/inbox">Inbox</BackLink>;
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        {back}
        <ProblemAlert error={q.error} />
      </Stack>
    );
  const i = q.data;
  const { manage, respond } = i.can;
  const close = () => setDialog(null);
  // The next step sits under the stepper, on the left, where the "Done" toasts do not cover it.
  const nextStep =
    manage && i.status === 'reported' ? (
      <>
        <Button
          leftSection={<IconClipboardCheck size={16} />}
          onClick={() => setDialog('triage')}
          data-testid="triage-open"
        >
          Triage
        </Button>
        <Text fz="sm" c="dimmed">
          Event or incident? Classify it, set severity and category, and assign a handler.
        </Text>
      </>
    ) : respond && i.status === 'open' && i.phase ? (
      <>
        <Button
          color="teal"
          leftSection={<IconPlayerTrackNext size={16} />}
          onClick={() => setDialog('phase')}
          data-testid="phase-complete"
        >
          Complete {PHASE_NOUN[i.phase]}
        </Button>
        <Text fz="sm" c="dimmed">
          {PHASE_TEXT[i.phase]}, then record what was done.
        </Text>
      </>
    ) : manage && i.status === 'resolved' ? (
      <>
        <Button leftSection={<IconCircleCheck size={16} />} onClick={() => setDialog('close')} data-testid="close-open">
          Close incident
        </Button>
        <Text fz="sm" c="dimmed">
          Recovered. Record the lessons learned and what the reporter is told.
        </Text>
      </>
    ) : null;
  return (
    <Page
      title={i.title}
      description={
        <Stack gap={6} component="span">
          {back}
          <Group gap="xs" component="span">
            <Code data-testid="incident-reference">{i.reference}</Code>
            <StatusBadge status={i.status} />
            <ClassificationBadge classification={i.classification} />
            {i.severity && <SeverityBadge severity={i.severity} />}
          </Group>
        </Stack>
      }
      actions={
        <Group gap="xs">
          {manage && i.status !== 'closed' && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => setDialog('edit')}
              data-testid="incident-edit"
            >
              Edit
            </Button>
          )}
          <Button
            component="a"
            href={incidentReportHref(i.id)}
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
            data-testid="incident-report-pdf"
          >
            Incident report (PDF)
          </Button>
        </Group>
      }
    >
      {i.classification === 'event' ? (
        <Closure incident={i} />
      ) : (
        <>
          <ResponseStepper incident={i} next={nextStep} />
          <Closure incident={i} />
        </>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DetailsCard incident={i} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ResponseCard
            incident={i}
            onHandler={
              manage && (i.status === 'open' || i.status === 'resolved') ? () => setDialog('handler') : undefined
            }
          />
        </Grid.Col>
      </Grid>
      <TimelineCard incident={i} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <LinksCard incident={i} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <AttachmentsCard incident={i} />
        </Grid.Col>
      </Grid>
      {i.classification !== 'event' && <CommunicationsCard incident={i} />}
      {dialog === 'triage' && <TriageModal incident={i} onClose={close} />}
      {dialog === 'handler' && <HandlerModal incident={i} onClose={close} />}
      {dialog === 'edit' && <EditModal incident={i} onClose={close} />}
      {dialog === 'phase' && <PhaseModal incident={i} onClose={close} />}
      {dialog === 'close' && <CloseModal incident={i} onClose={close} />}
    </Page>
  );
}
