import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../components/page';
import { formatDate } from '../controls/shared';
import { OverdueBadge, WHOLE } from '../policies/shared';
import { ActionModal, CA_STATUS, CloseActionModal } from './nc-action-dialogs';
import { type CorrectiveAction, type Nonconformity } from './shared';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'complete' | 'cancel'; action: CorrectiveAction };

/** The corrective actions (10.2 c): owner, due date, status; completed by their owner. */
export function ActionsCard({ nc }: { nc: Nonconformity }) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const mayAdd = nc.can.manage && nc.status !== 'closed';
  return (
    <Card withBorder padding="lg" data-testid="nc-actions">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          Corrective actions
        </Title>
        {mayAdd && (
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setDialog({ kind: 'add' })}
            disabled={!nc.rootCause.text && nc.rootCause.whys.length === 0}
            title={!nc.rootCause.text ? 'Record the root cause first' : undefined}
            data-testid="ca-add"
          >
            Add action
          </Button>
        )}
      </Group>
      {nc.correctiveActions.length === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="ca-empty">
          {nc.rootCause.text
            ? 'No corrective action planned yet.'
            : 'Find the root cause first; then plan the actions that remove it.'}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" data-testid="ca-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Action</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nc.correctiveActions.map((a) => (
                <Table.Tr key={a.id} data-testid={`ca-row-${a.reference}`} data-status={a.status}>
                  <Table.Td maw={380}>
                    <Text fz="sm" fw={500}>
                      <Text span ff="monospace" fz="xs" c="dimmed">
                        {a.reference}
                      </Text>{' '}
                      {a.title}
                    </Text>
                    {a.description && (
                      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {a.description}
                      </Text>
                    )}
                    {a.done && (
                      <Text fz="xs" mt={4} data-testid="ca-done-note">
                        Done by {a.done.by.fullName}, {formatDateTime(a.done.at)}: “{a.done.note}”
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm">
                    {a.owner?.person.fullName ?? (
                      <Text fz="sm" c="orange" span>
                        No owner
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    <Group gap={6} wrap="nowrap">
                      {formatDate(a.dueDate)}
                      {a.overdue && <OverdueBadge testId="ca-overdue" />}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={CA_STATUS[a.status].color} styles={WHOLE} data-testid="ca-status">
                      {CA_STATUS[a.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {a.status === 'open' && a.can.complete && (
                        <Button
                          size="compact-sm"
                          color="teal"
                          leftSection={<IconCheck size={14} />}
                          onClick={() => setDialog({ kind: 'complete', action: a })}
                          data-testid="ca-complete"
                        >
                          Complete
                        </Button>
                      )}
                      {a.status === 'open' && a.can.edit && (
                        <>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            leftSection={<IconPencil size={14} />}
                            onClick={() => setDialog({ kind: 'edit', action: a })}
                            data-testid="ca-edit"
                          >
                            Edit
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            leftSection={<IconX size={14} />}
                            onClick={() => setDialog({ kind: 'cancel', action: a })}
                            data-testid="ca-cancel"
                          >
                            Cancel
                          </Button>
                        </>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'add' && <ActionModal nc={nc} onClose={close} />}
      {dialog?.kind === 'edit' && <ActionModal nc={nc} action={dialog.action} onClose={close} />}
      {(dialog?.kind === 'complete' || dialog?.kind === 'cancel') && (
        <CloseActionModal nc={nc} action={dialog.action} kind={dialog.kind} onClose={close} />
      )}
    </Card>
  );
}
