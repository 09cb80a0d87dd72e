import { Anchor, Badge, Code, Group, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { WHOLE } from '../policies/shared';
import { OccurrenceBadge, controlPath, formatDate, frequencyText, taskPath, type ControlTask } from './shared';

/** Who has the duty: the named administrator, or the implementers the ledger resolves. */
export function AssigneesText({ task }: { task: Pick<ControlTask, 'assignee' | 'assignees'> }) {
  if (task.assignees.length === 0)
    return (
      <Text fz="sm" c="orange" span data-testid="task-assignees">
        Nobody
      </Text>
    );
  const names = task.assignees.map((p) => p.fullName);
  return (
    <Text fz="sm" span data-testid="task-assignees" title={names.join(', ')}>
      {names.slice(0, 3).join(', ')}
      {names.length > 3 ? ` +${names.length - 3}` : ''}
      {!task.assignee && (
        <Text fz="xs" c="dimmed" span>
          {' '}
          (implementers)
        </Text>
      )}
    </Text>
  );
}

/** The occurrence to do now or next: its due date and state. */
export function NextDue({ task }: { task: ControlTask }) {
  if (!task.active)
    return (
      <Badge variant="outline" color="gray" styles={WHOLE}>
        Ended
      </Badge>
    );
  if (!task.next)
    return (
      <Text fz="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text fz="sm" style={{ whiteSpace: 'nowrap' }} data-testid="task-next-due">
        {formatDate(task.next.dueDate)}
      </Text>
      <OccurrenceBadge state={task.next.state} testId="task-next-state" />
    </Group>
  );
}

/** Operational tasks as table rows; `withControl` adds the control column (lists across controls). */
export function TaskTable({ tasks, withControl }: { tasks: ControlTask[]; withControl: boolean }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={withControl ? 900 : 720}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="tasks-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Task</Table.Th>
            {withControl && <Table.Th>Control</Table.Th>}
            <Table.Th>Frequency</Table.Th>
            <Table.Th>Next due</Table.Th>
            <Table.Th>Assignees</Table.Th>
            <Table.Th ta="right">Missed (12 months)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((t) => (
            <Table.Tr
              key={t.id}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate(taskPath(t.id))}
              data-testid="task-row"
              data-reference={t.reference}
            >
              <Table.Td maw={320} miw={200}>
                <Stack gap={0}>
                  <Anchor
                    component={Link}
                    to={taskPath(t.id)}
                    fz="sm"
                    fw={500}
                    onClick={(e) => e.stopPropagation()}
                    data-testid="task-row-title"
                  >
                    {t.title}
                  </Anchor>
                  <Text fz="xs" c="dimmed" ff="monospace">
                    {t.reference}
                  </Text>
                </Stack>
              </Table.Td>
              {withControl && (
                <Table.Td maw={260}>
                  <Anchor
                    component={Link}
                    to={controlPath(t.control.id)}
                    fz="sm"
                    onClick={(e) => e.stopPropagation()}
                    lineClamp={2}
                  >
                    <Code mr={4}>{t.control.reference}</Code>
                    {t.control.title}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {frequencyText(t.frequency, t.interval)}
              </Table.Td>
              <Table.Td>
                <NextDue task={t} />
              </Table.Td>
              <Table.Td maw={220}>
                <AssigneesText task={t} />
              </Table.Td>
              <Table.Td ta="right">
                <Text
                  fz="sm"
                  fw={t.missedLast12Months > 0 ? 600 : undefined}
                  c={t.missedLast12Months > 0 ? 'red' : 'dimmed'}
                  data-testid="task-missed"
                >
                  {t.missedLast12Months}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
