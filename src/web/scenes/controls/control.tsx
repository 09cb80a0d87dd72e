import {
  ActionIcon,
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
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  IconCalendarPlus,
  IconClipboardCheck,
  IconLink,
  IconPencil,
  IconUserMinus,
  IconUserPlus,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime, Page } from '../../components/page';
import { LoadMore } from '../../components/load-more';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { BackLink, Field, WHOLE } from '../policies/shared';
import { ApplicabilityModal } from './applicability-dialog';
import {
  AddImplementerModal,
  ControlOwnerModal,
  EditCustomControlModal,
  ImplementationModal,
  RemoveImplementerModal,
} from './control-dialogs';
import { controlsApi } from './controls-api';
import { EvidenceCard } from './evidence';
import { ControlLinksModal } from './links-dialog';
import {
  APPLICABILITY,
  ApplicabilityBadge,
  CONTROL_THEME_LABELS,
  HEALTH,
  HEALTH_REASON_LABELS,
  HealthBadge,
  OwnerText,
  SOA_REASON_LABELS,
  StatusBadge,
  type Control,
  type ControlTask,
} from './shared';
import { ScheduleTaskModal } from './task-dialogs';
import { TaskTable } from './task-table';

type Dialog = 'applicability' | 'implementation' | 'edit' | 'owner' | 'implementer' | 'links' | 'task';

function CardTitle({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
      <Title order={2} fz="lg">
        {children}
      </Title>
      {action}
    </Group>
  );
}

const CardButton = ({
  onClick,
  icon,
  testId,
  children,
}: {
  onClick: () => void;
  icon: ReactNode;
  testId: string;
  children: ReactNode;
}) => (
  <Button size="xs" variant="subtle" leftSection={icon} onClick={onClick} data-testid={testId}>
    {children}
  </Button>
);

function ApplicabilityCard({ control: c, onEdit }: { control: Control; onEdit?: () => void }) {
  return (
    <Card withBorder padding="lg" h="100%" data-testid="control-applicability-card">
      <CardTitle
        action={
          onEdit && (
            <CardButton onClick={onEdit} icon={<IconClipboardCheck size={14} />} testId="applicability-button">
              {c.applicability === 'undecided' ? 'Decide' : 'Change'}
            </CardButton>
          )
        }
      >
        Applicability
      </CardTitle>
      <Stack gap="sm">
        <Group gap="xs">
          <ApplicabilityBadge value={c.applicability} size="lg" />
          {c.applicability === 'undecided' && (
            <Text fz="sm" c="dimmed">
              Not yet decided in the Statement of Applicability.
            </Text>
          )}
        </Group>
        {c.applicability !== 'undecided' && (
          <>
            <Field label="Reasons" testId="control-reasons">
              {c.reasons.length === 0 ? (
                <Text fz="sm" c="dimmed" span>
                  None given
                </Text>
              ) : (
                <Group gap={6} mt={2}>
                  {c.reasons.map((r) => (
                    <Badge key={r} variant="light" color="indigo" styles={WHOLE} data-testid={`control-reason-${r}`}>
                      {SOA_REASON_LABELS[r]}
                    </Badge>
                  ))}
                </Group>
              )}
            </Field>
            <Field label="Justification" testId="control-justification">
              <Text
                fz="sm"
                c={c.justification ? undefined : 'dimmed'}
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                span
              >
                {c.justification ||
                  (c.applicability === 'not_applicable' ? 'No justification: an auditor will ask.' : '—')}
              </Text>
            </Field>
            <Text fz="xs" c="dimmed" data-testid="control-decided">
              {APPLICABILITY[c.applicability].label} since {formatDateTime(c.decidedAt)}
              {c.decidedBy ? `, decided by ${c.decidedBy.fullName}` : ''}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}

function ImplementationCard({
  control: c,
  onEdit,
  onEditDetails,
}: {
  control: Control;
  onEdit?: () => void;
  onEditDetails?: () => void;
}) {
  return (
    <Card withBorder padding="lg" h="100%" data-testid="control-implementation">
      <CardTitle
        action={
          <Group gap={0} wrap="nowrap">
            {onEditDetails && (
              <CardButton onClick={onEditDetails} icon={<IconPencil size={14} />} testId="control-edit">
                Details
              </CardButton>
            )}
            {onEdit && (
              <CardButton onClick={onEdit} icon={<IconPencil size={14} />} testId="implementation-button">
                Update
              </CardButton>
            )}
          </Group>
        }
      >
        Implementation
      </CardTitle>
      <Stack gap="sm">
        <StatusBadge status={c.status} size="lg" />
        <Field label="How it is implemented" testId="control-implementation-note">
          <Text
            fz="sm"
            c={c.implementationNote ? undefined : 'dimmed'}
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            span
          >
            {c.implementationNote || 'Not described yet.'}
          </Text>
        </Field>
      </Stack>
    </Card>
  );
}

function PeopleCard({
  control: c,
  onOwner,
  onAdd,
  onRemove,
}: {
  control: Control;
  onOwner?: () => void;
  onAdd?: () => void;
  onRemove?: (a: Control['implementerAssignments'][number]) => void;
}) {
  return (
    <Card withBorder padding="lg" h="100%" data-testid="control-people">
      <CardTitle>Owner and implementers</CardTitle>
      <Stack gap="md">
        <Field label="Control Owner">
          <Group gap="xs">
            <OwnerText owner={c.owner} needed={c.applicability === 'applicable'} />
            {onOwner && (
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconUserPlus size={12} />}
                onClick={onOwner}
                data-testid="control-change-owner"
              >
                Change
              </Button>
            )}
          </Group>
        </Field>
        <Field label={`Implementers (${c.implementerAssignments.length})`} testId="control-implementers">
          <Stack gap={4} mt={2}>
            {c.implementerAssignments.length === 0 && (
              <Text fz="sm" c="dimmed" span>
                Nobody yet: tasks without a named assignee reach nobody.
              </Text>
            )}
            {c.implementerAssignments.map((a) => (
              <Group key={a.assignmentId} gap="xs" wrap="nowrap" data-testid="control-implementer">
                <Text fz="sm" span style={{ flex: 1, minWidth: 0 }} truncate>
                  {a.person.fullName}
                </Text>
                {onRemove && (
                  <Tooltip label="End assignment" withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-label={`Remove ${a.person.fullName}`}
                      onClick={() => onRemove(a)}
                      data-testid="control-implementer-remove"
                    >
                      <IconUserMinus size={14} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            ))}
            {onAdd && (
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconUserPlus size={12} />}
                onClick={onAdd}
                style={{ alignSelf: 'flex-start' }}
                data-testid="control-add-implementer"
              >
                Add implementer
              </Button>
            )}
          </Stack>
        </Field>
      </Stack>
    </Card>
  );
}

function HealthCard({ control: c }: { control: Control }) {
  const h = c.health;
  return (
    <Card withBorder padding="lg" h="100%" data-testid="control-health-card">
      <CardTitle>Health</CardTitle>
      <Stack gap="sm">
        <Group gap="md" align="center">
          <Text
            fz={36}
            fw={700}
            lh={1}
            c={h.score === null ? 'dimmed' : HEALTH[h.level].color}
            data-testid="health-score"
            data-level={h.level}
          >
            {h.score ?? '—'}
          </Text>
          <Stack gap={2}>
            <Badge
              variant={h.score === null ? 'outline' : 'filled'}
              autoContrast
              color={HEALTH[h.level].color}
              styles={WHOLE}
              data-testid="health-level"
              data-level={h.level}
            >
              {HEALTH[h.level].label}
            </Badge>
            <Text fz="xs" c="dimmed">
              {h.score === null ? HEALTH[h.level].hint : 'out of 100'}
            </Text>
          </Stack>
        </Group>
        {h.reasons.length > 0 && (
          <Table verticalSpacing={4} data-testid="health-reasons">
            <Table.Tbody>
              {h.reasons.map((r, i) => (
                <Table.Tr key={`${r.code}-${i}`} data-testid={`health-reason-${r.code}`}>
                  <Table.Td>
                    <Text fz="sm" fw={500}>
                      {HEALTH_REASON_LABELS[r.code]}
                    </Text>
                    <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {r.message}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" w={60}>
                    <Text fz="sm" fw={600} c="red" style={{ whiteSpace: 'nowrap' }} data-testid="health-penalty">
                      −{r.penalty}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {h.reasons.length === 0 && h.score !== null && (
          <Text fz="sm" c="dimmed">
            Nothing takes points off.
          </Text>
        )}
        <SimpleGrid cols={2} spacing="xs">
          <Field label="Valid evidence" testId="health-valid-evidence">
            {h.validEvidence}
          </Field>
          <Field label="Expired evidence" testId="health-expired-evidence">
            {h.expiredEvidence}
          </Field>
          <Field label="Missed (12 months)" testId="health-missed">
            {h.missedOccurrences}
          </Field>
          <Field label="Overdue now" testId="health-overdue">
            {h.overdueOccurrences}
          </Field>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function LinksCard({ control: c, onEdit }: { control: Control; onEdit?: () => void }) {
  const readRisks = useSignedIn().permissions.readRisks;
  const riskLink = (id: string, text: string, testId: string) =>
    readRisks ? (
      <Anchor key={`${id}-${text}`} component={Link} to={`/risks/${id}`} fz="sm" data-testid={testId}>
        {text}
      </Anchor>
    ) : (
      <Text key={`${id}-${text}`} fz="sm" data-testid={testId}>
        {text}
      </Text>
    );
  return (
    <Card withBorder padding="lg" data-testid="control-links">
      <CardTitle
        action={
          onEdit && (
            <CardButton onClick={onEdit} icon={<IconLink size={14} />} testId="control-links-edit">
              Edit links
            </CardButton>
          )
        }
      >
        Risks and treatment actions
      </CardTitle>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Field label={`Risks (${c.risks.length})`} testId="control-risks">
          {c.risks.length === 0 ? (
            <Text fz="sm" c="dimmed" span>
              No risk linked.
            </Text>
          ) : (
            <Stack gap={2}>
              {c.risks.map((r) => riskLink(r.id, `${r.reference} ${r.title}`, 'control-risk-link'))}
            </Stack>
          )}
        </Field>
        <Field label={`Treatment actions (${c.riskActions.length})`} testId="control-risk-actions">
          {c.riskActions.length === 0 ? (
            <Text fz="sm" c="dimmed" span>
              No action linked.
            </Text>
          ) : (
            <Stack gap={2}>
              {c.riskActions.map((a) => (
                <Group key={a.id} gap={6} wrap="nowrap">
                  {riskLink(a.riskId, `${a.reference} · ${a.title}`, 'control-action-link')}
                  <Badge size="xs" variant="light" color={a.status === 'done' ? 'teal' : 'gray'} styles={WHOLE}>
                    {a.status.replace('_', ' ')}
                  </Badge>
                </Group>
              ))}
            </Stack>
          )}
        </Field>
      </SimpleGrid>
    </Card>
  );
}

function TasksCard({ control: c, onSchedule }: { control: Control; onSchedule?: () => void }) {
  const [ended, setEnded] = useState(false);
  const state = ended ? 'all' : 'active';
  const list = useCursorPages<ControlTask>(['control-tasks', 'control', c.id, state], (cursor) =>
    controlsApi.tasks({ controlId: c.id, state }, cursor),
  );
  return (
    <Card withBorder padding="lg" data-testid="control-tasks">
      <CardTitle
        action={
          onSchedule && (
            <Button
              size="xs"
              leftSection={<IconCalendarPlus size={14} />}
              onClick={onSchedule}
              data-testid="schedule-task"
            >
              Schedule a task
            </Button>
          )
        }
      >
        Operational tasks
      </CardTitle>
      <Stack gap="sm">
        <Switch
          size="xs"
          label="Show ended tasks"
          checked={ended}
          onChange={(e) => setEnded(e.currentTarget.checked)}
          data-testid="control-tasks-ended"
        />
        <ProblemAlert error={list.error} />
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text fz="sm" c="dimmed" data-testid="control-tasks-empty">
            No operational task scheduled. Recurring checks (reviews, restore tests, log reviews) show the control
            working.
          </Text>
        )}
        {list.items.length > 0 && <TaskTable tasks={list.items} withControl={false} />}
        <LoadMore list={list} />
      </Stack>
    </Card>
  );
}

/** One control: its SoA decision, implementation, owner and implementers, health, links, evidence and tasks. */
export function ControlScene() {
  const { id = '' } = useParams();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [removing, setRemoving] = useState<Control['implementerAssignments'][number] | null>(null);
  const q = useQuery({ queryKey: ['controls', id], queryFn: () => controlsApi.get(id) });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        <BackLink to="/controls">Controls</BackLink>
        <ProblemAlert error={q.error} />
      </Stack>
    );
  const c = q.data;
  const open = (d: Dialog) => () => setDialog(d);
  return (
    <Page
      title={c.title}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/controls">Controls</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="control-reference">{c.reference}</Code>
            <Badge variant="outline" color="gray" styles={WHOLE} data-testid="control-theme">
              {CONTROL_THEME_LABELS[c.theme]}
            </Badge>
            {c.custom && (
              <Badge variant="light" color="grape" styles={WHOLE} data-testid="control-custom">
                Custom
              </Badge>
            )}
            <ApplicabilityBadge value={c.applicability} />
            <StatusBadge status={c.status} />
            {/* Excluded and undecided controls have no health; the applicability badge says so already. */}
            {c.health.score !== null && <HealthBadge health={c.health} />}
          </Group>
        </Stack>
      }
      actions={
        c.can.decide && (
          <Button
            variant="default"
            leftSection={<IconClipboardCheck size={16} />}
            onClick={open('applicability')}
            data-testid="applicability-header-button"
          >
            Applicability
          </Button>
        )
      }
    >
      {c.description && (
        <Text
          fz="sm"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          maw={900}
          data-testid="control-description"
        >
          {c.description}
        </Text>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ApplicabilityCard control={c} onEdit={c.can.decide ? open('applicability') : undefined} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ImplementationCard
            control={c}
            onEdit={c.can.edit ? open('implementation') : undefined}
            onEditDetails={c.custom && c.can.decide ? open('edit') : undefined}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <PeopleCard
            control={c}
            onOwner={c.can.decide ? open('owner') : undefined}
            onAdd={c.can.decide ? open('implementer') : undefined}
            onRemove={c.can.decide ? setRemoving : undefined}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <HealthCard control={c} />
        </Grid.Col>
      </Grid>
      <LinksCard control={c} onEdit={c.can.decide ? open('links') : undefined} />
      <EvidenceCard control={c} />
      <TasksCard control={c} onSchedule={c.can.edit ? open('task') : undefined} />
      {dialog === 'applicability' && <ApplicabilityModal controlId={c.id} onClose={() => setDialog(null)} />}
      {dialog === 'implementation' && <ImplementationModal control={c} onClose={() => setDialog(null)} />}
      {dialog === 'edit' && <EditCustomControlModal control={c} onClose={() => setDialog(null)} />}
      {dialog === 'owner' && <ControlOwnerModal control={c} onClose={() => setDialog(null)} />}
      {dialog === 'implementer' && <AddImplementerModal control={c} onClose={() => setDialog(null)} />}
      {dialog === 'links' && <ControlLinksModal control={c} onClose={() => setDialog(null)} />}
      {dialog === 'task' && <ScheduleTaskModal control={c} onClose={() => setDialog(null)} />}
      {removing && <RemoveImplementerModal control={c} assignment={removing} onClose={() => setRemoving(null)} />}
    </Page>
  );
}
