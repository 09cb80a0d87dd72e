import {
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Code,
  FileInput,
  Grid,
  Group,
  List,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCircleCheck, IconPaperclip, IconPencil, IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime, Page } from '../../components/page';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { BackLink, Field, WHOLE, formatBytes } from '../policies/shared';
import { controlsApi } from './controls-api';
import {
  COMPLETABLE,
  CONTROL_LIMITS,
  ControlProblem,
  EVIDENCE_RULE_LABELS,
  HashText,
  OccurrenceBadge,
  controlPath,
  evidenceFileHref,
  formatDate,
  frequencyText,
  invalidateControls,
  today,
  type ControlTaskDetail,
  type Occurrence,
} from './shared';
import { EditTaskModal, EndTaskModal } from './task-dialogs';
import { AssigneesText } from './task-table';

/**
 * Completes one occurrence: each file is uploaded as evidence of the task's control first, then
 * the completion names them. Files already uploaded are not sent again when the completion is retried.
 */
function CompleteModal({
  task,
  occurrence,
  onClose,
}: {
  task: ControlTaskDetail;
  occurrence: Occurrence;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [uploaded, setUploaded] = useState<Map<File, string>>(new Map());
  const [step, setStep] = useState('');
  const complete = useMutation({
    mutationFn: async () => {
      const ids = new Map(uploaded);
      for (const [i, f] of files.entries()) {
        if (ids.has(f)) continue;
        setStep(`Uploading ${i + 1} of ${files.length}: ${f.name}`);
        const e = await controlsApi.uploadEvidence(task.control.id, f, {
          title: `${task.reference} ${occurrence.dueDate}: ${f.name}`.slice(0, CONTROL_LIMITS.titleMax),
          evidenceDate: today(),
        });
        ids.set(f, e.id);
        setUploaded(new Map(ids));
      }
      setStep('Completing');
      return controlsApi.complete(task.id, occurrence.dueDate, {
        note: note.trim(),
        evidenceIds: files.map((f) => ids.get(f)).filter((x): x is string => x !== undefined),
      });
    },
    onSuccess: () => {
      notifyDone(`${task.reference} due ${formatDate(occurrence.dueDate)} completed`);
      invalidateControls(qc);
      onClose();
    },
    onSettled: () => setStep(''),
  });
  const fieldError = fieldErrorOf(complete.error);
  const needsFile = task.evidenceRule === 'file';
  const ready = needsFile ? files.length > 0 : files.length > 0 || note.trim() !== '';
  const tooMany = files.length > CONTROL_LIMITS.evidencePerCompletion;
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Complete ${task.reference}, due ${formatDate(occurrence.dueDate)}`}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && !tooMany) complete.mutate();
        }}
        data-testid="complete-dialog"
      >
        <Stack>
          {task.instructions && (
            <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {task.instructions}
            </Text>
          )}
          <Text fz="sm" c="dimmed">
            Evidence required: {EVIDENCE_RULE_LABELS[task.evidenceRule].toLowerCase()}. Files are added to the evidence
            of {task.control.reference} with their SHA-256.
          </Text>
          <Textarea
            label="Note"
            description="What was done and what was found"
            autosize
            minRows={3}
            maxRows={10}
            maxLength={CONTROL_LIMITS.noteMax}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError('note')}
            data-testid="complete-note"
          />
          <FileInput
            label="Files"
            multiple
            clearable
            placeholder="Choose files"
            leftSection={<IconPaperclip size={16} />}
            value={files}
            onChange={(f) => {
              setFiles(f);
              complete.reset();
            }}
            error={
              fieldError('evidenceIds') ??
              (tooMany ? `At most ${CONTROL_LIMITS.evidencePerCompletion} files` : undefined)
            }
            required={needsFile}
            data-testid="complete-files"
          />
          {files.length > 0 && (
            <List size="sm" spacing={2}>
              {files.map((f) => (
                <List.Item key={`${f.name}-${f.size}-${f.lastModified}`}>
                  {f.name} · {formatBytes(f.size)}
                  {uploaded.has(f) && (
                    <Text fz="xs" c="teal" span>
                      {' '}
                      uploaded
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
          {step && (
            <Text fz="sm" c="dimmed" data-testid="complete-step">
              {step}…
            </Text>
          )}
          <ControlProblem error={complete.error} inlineFields={['note', 'evidenceIds']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={complete.isPending}
              disabled={!ready || tooMany}
              leftSection={<IconCircleCheck size={16} />}
              data-testid="complete-save"
            >
              Complete
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function OccurrencesCard({ task, onComplete }: { task: ControlTaskDetail; onComplete: (o: Occurrence) => void }) {
  return (
    <Card withBorder padding="lg" data-testid="task-occurrences">
      <Title order={2} fz="lg" mb="sm">
        Occurrences
      </Title>
      {task.occurrences.length === 0 ? (
        <Text fz="sm" c="dimmed">
          No occurrence yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Due</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Completed</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>Evidence</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {task.occurrences.map((o) => (
                <Table.Tr key={o.dueDate} data-testid={`occurrence-${o.dueDate}`} data-state={o.state}>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(o.dueDate)}
                  </Table.Td>
                  <Table.Td>
                    <OccurrenceBadge state={o.state} />
                  </Table.Td>
                  <Table.Td fz="sm" miw={140}>
                    {o.completedAt ? (
                      <>
                        <Text fz="sm">{o.completedBy?.fullName ?? '—'}</Text>
                        <Text fz="xs" c="dimmed">
                          {formatDateTime(o.completedAt)}
                        </Text>
                      </>
                    ) : (
                      <Text fz="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text
                      fz="sm"
                      c={o.note ? undefined : 'dimmed'}
                      lineClamp={4}
                      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                      data-testid="occurrence-note"
                    >
                      {o.note || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {o.evidence.length === 0 ? (
                      <Text fz="sm" c="dimmed">
                        —
                      </Text>
                    ) : (
                      <Stack gap={4}>
                        {o.evidence.map((e) => (
                          <Group key={e.id} gap={6} wrap="nowrap" data-testid="occurrence-evidence">
                            {e.sha256 ? (
                              <Anchor
                                href={evidenceFileHref(task.control.id, e.id)}
                                fz="sm"
                                ff="monospace"
                                title={e.title}
                              >
                                {e.reference}
                              </Anchor>
                            ) : (
                              <Text fz="sm" ff="monospace" title={e.title}>
                                {e.reference}
                              </Text>
                            )}
                            <HashText hash={e.sha256} />
                          </Group>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {task.can.complete && task.active && COMPLETABLE.includes(o.state) && (
                      <Button
                        size="xs"
                        color={o.state === 'due' ? undefined : o.state === 'overdue' ? 'orange' : 'red'}
                        leftSection={<IconCircleCheck size={14} />}
                        onClick={() => onComplete(o)}
                        data-testid="complete-occurrence"
                      >
                        Complete
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** One operational task: its schedule, who does it, and each occurrence with its completion and evidence. */
export function ControlTaskScene() {
  const { id = '' } = useParams();
  const [completing, setCompleting] = useState<Occurrence | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'end' | null>(null);
  const q = useQuery({ queryKey: ['control-tasks', id], queryFn: () => controlsApi.task(id) });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        <BackLink to="/controls/tasks">Operational tasks</BackLink>
        <ControlProblem error={q.error} />
      </Stack>
    );
  const t = q.data;
  return (
    <Page
      title={t.title}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/controls/tasks">Operational tasks</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="task-reference">{t.reference}</Code>
            <Anchor component={Link} to={controlPath(t.control.id)} fz="sm" data-testid="task-control">
              {t.control.reference} {t.control.title}
            </Anchor>
            {!t.active && (
              <Badge variant="outline" color="gray" styles={WHOLE} data-testid="task-ended">
                Ended
              </Badge>
            )}
          </Group>
        </Stack>
      }
      actions={
        t.can.manage &&
        t.active && (
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => setDialog('edit')}
              data-testid="task-edit"
            >
              Edit
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconPlayerStop size={16} />}
              onClick={() => setDialog('end')}
              data-testid="task-end"
            >
              End task
            </Button>
          </Group>
        )
      }
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="lg" h="100%" data-testid="task-schedule">
            <Title order={2} fz="lg" mb="sm">
              Schedule
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
              <Field label="Frequency" testId="task-frequency-text">
                {frequencyText(t.frequency, t.interval)}
              </Field>
              <Field label="First due">{formatDate(t.firstDue)}</Field>
              <Field label="Next due" testId="task-next">
                {t.next ? formatDate(t.next.dueDate) : '—'}
              </Field>
              <Field label="Grace days">{t.graceDays}</Field>
              <Field label="In inbox before due">{t.leadDays} days</Field>
              <Field label="Evidence required">{EVIDENCE_RULE_LABELS[t.evidenceRule]}</Field>
            </SimpleGrid>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600} mt="md">
              Instructions
            </Text>
            <div data-testid="task-instructions-text">
              <Text
                fz="sm"
                mt={4}
                c={t.instructions ? undefined : 'dimmed'}
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                span
              >
                {t.instructions || 'None given.'}
              </Text>
            </div>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="lg" h="100%" data-testid="task-people">
            <Title order={2} fz="lg" mb="sm">
              Who does it
            </Title>
            <Stack gap="sm">
              <Field label="Named assignee" testId="task-assignee-text">
                {t.assignee?.fullName ?? 'Nobody named: every implementer'}
              </Field>
              <Field label="Has the duty now">
                <AssigneesText task={t} />
              </Field>
              <Field label="Missed in the last 12 months" testId="task-missed-count">
                <Text fz="sm" c={t.missedLast12Months > 0 ? 'red' : undefined} fw={600} span>
                  {t.missedLast12Months}
                </Text>
              </Field>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      <OccurrencesCard task={t} onComplete={setCompleting} />
      {completing && <CompleteModal task={t} occurrence={completing} onClose={() => setCompleting(null)} />}
      {dialog === 'edit' && <EditTaskModal task={t} onClose={() => setDialog(null)} />}
      {dialog === 'end' && <EndTaskModal task={t} onClose={() => setDialog(null)} />}
    </Page>
  );
}
