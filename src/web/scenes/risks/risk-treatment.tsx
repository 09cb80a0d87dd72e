import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconCircleCheck, IconFileTypePdf, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { fieldErrorOf, notifyDone, notifyError } from '../../components/problem';
import { PersonSelect } from '../people/pickers';
import { WHOLE, plural } from '../policies/shared';
import {
  ACTION_STATUS,
  DueDate,
  RISK_LIMITS,
  TREATMENT,
  invalidateRisks,
  type ActionStatus,
  type Risk,
  type RiskAction,
  type TreatmentOption,
  RiskProblem,
} from './shared';

const OPTIONS = Object.keys(TREATMENT) as TreatmentOption[];

/** Adds an action to the plan, or edits one (with its status). */
function ActionModal({ risk, action, onClose }: { risk: Risk; action: RiskAction | null; onClose: () => void }) {
  const qc = useQueryClient();
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [ownerId, setOwnerId] = useState<string | null>(action?.owner?.id ?? null);
  const [due, setDue] = useState(action?.dueDate ?? '');
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'planned');
  const save = useMutation({
    mutationFn: () =>
      action
        ? call(
            api.PATCH('/api/risks/{id}/actions/{actionId}', {
              params: { path: { id: risk.id, actionId: action.id } },
              body: {
                version: action.version,
                title,
                description,
                ownerPersonId: ownerId,
                dueDate: due || null,
                status: status === action.status ? undefined : status,
              },
            }),
          )
        : call(
            api.POST('/api/risks/{id}/actions', {
              params: { path: { id: risk.id } },
              body: { title, description, ownerPersonId: ownerId, dueDate: due || null },
            }),
          ),
    onSuccess: () => {
      notifyDone(action ? 'Action saved' : 'Action added to the treatment plan');
      invalidateRisks(qc);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <Modal opened onClose={onClose} title={action ? 'Edit action' : 'Add a treatment action'} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Action"
            description="What will be done, e.g. a control to put in place"
            required
            maxLength={RISK_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-autofocus
            data-testid="action-title-input"
          />
          <Textarea
            label="Details"
            autosize
            minRows={2}
            maxLength={RISK_LIMITS.textMax}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="action-description-input"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PersonSelect
              label="Owner"
              placeholder="Who does it"
              value={ownerId}
              initialLabel={action?.owner?.fullName}
              onChange={setOwnerId}
              error={fieldError('ownerPersonId')}
              data-testid="action-owner-input"
            />
            <TextInput
              label="Due"
              type="date"
              value={due}
              onChange={(e) => setDue(e.currentTarget.value)}
              error={fieldError('dueDate')}
              data-testid="action-due-input"
            />
          </SimpleGrid>
          {action && (
            <Select
              label="Status"
              data={(Object.keys(ACTION_STATUS) as ActionStatus[]).map((s) => ({
                value: s,
                label: ACTION_STATUS[s].label,
              }))}
              value={status}
              onChange={(v) => v && setStatus(v)}
              allowDeselect={false}
              data-testid="action-status-input"
            />
          )}
          {risk.plan.approved && (
            <Text fz="xs" c="dimmed">
              Changing the plan may need the risk owner to approve it again.
            </Text>
          )}
          <RiskProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!title.trim()} data-testid="action-save">
              {action ? 'Save' : 'Add action'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteActionModal({ risk, action, onClose }: { risk: Risk; action: RiskAction; onClose: () => void }) {
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      call(
        api.DELETE('/api/risks/{id}/actions/{actionId}', {
          params: { path: { id: risk.id, actionId: action.id }, query: { version: action.version } },
        }),
      ),
    onSuccess: () => {
      notifyDone('Action removed from the plan');
      invalidateRisks(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title="Remove this action?">
      <Stack>
        <Text fz="sm">
          “{action.title}” is removed from the treatment plan of {risk.reference}. The audit trail keeps a record.
        </Text>
        <RiskProblem error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate()}
            data-testid="action-delete-confirm"
          >
            Remove action
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ApprovePlanModal({ risk, onClose }: { risk: Risk; onClose: () => void }) {
  const qc = useQueryClient();
  const approve = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/risks/{id}/plan/approve', {
          params: { path: { id: risk.id } },
          body: { planVersion: risk.plan.version },
        }),
      ),
    onSuccess: () => {
      notifyDone(`Treatment plan version ${risk.plan.version} approved`);
      invalidateRisks(qc);
      onClose();
    },
  });
  const open = risk.plan.actions.filter((a) => a.status !== 'done' && a.status !== 'cancelled').length;
  return (
    <Modal opened onClose={onClose} title="Approve the treatment plan">
      <Stack>
        <Text fz="sm">
          As Risk Owner you approve version {risk.plan.version} of the treatment plan for {risk.reference}:{' '}
          {risk.treatmentOption ? <b>{TREATMENT[risk.treatmentOption].label.toLowerCase()}</b> : 'no option chosen'}{' '}
          with {plural(risk.plan.actions.length, 'action')} ({open} still open). The approval records your name, role
          and the time (ISO/IEC 27001 6.1.3 f).
        </Text>
        <RiskProblem error={approve.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="teal"
            loading={approve.isPending}
            onClick={() => approve.mutate()}
            data-testid="plan-approve-confirm"
          >
            Approve plan
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The option, its note, and whether it differs from what is saved. */
function TreatmentChoice({ risk }: { risk: Risk }) {
  const qc = useQueryClient();
  const [option, setOption] = useState<TreatmentOption | null>(risk.treatmentOption);
  const [note, setNote] = useState(risk.treatmentNote);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/risks/{id}/treatment', {
          params: { path: { id: risk.id } },
          body: { version: risk.version, option: option ?? 'modify', note },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(`Treatment of ${r.reference}: ${TREATMENT[option ?? 'modify'].label.toLowerCase()}`);
      invalidateRisks(qc);
    },
  });
  const editable = risk.can.plan && risk.status !== 'closed';
  const changed = option !== risk.treatmentOption || note !== risk.treatmentNote;
  if (!editable)
    return risk.treatmentOption ? (
      <Stack gap={4} data-testid="treatment-option">
        <Text fw={600}>{TREATMENT[risk.treatmentOption].label}</Text>
        <Text fz="sm" c="dimmed">
          {TREATMENT[risk.treatmentOption].explain}
        </Text>
        {risk.treatmentNote && (
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="treatment-note">
            {risk.treatmentNote}
          </Text>
        )}
      </Stack>
    ) : (
      <Text c="dimmed" data-testid="treatment-option">
        No treatment option chosen yet.
      </Text>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (option) save.mutate();
      }}
    >
      <Stack gap="sm">
        <Radio.Group
          value={option}
          onChange={(v) => setOption(v)}
          label="Treatment option"
          data-testid="treatment-option-input"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing="sm">
            {OPTIONS.map((o) => (
              <Radio.Card key={o} value={o} p="sm" radius="md" data-testid={`treatment-option-${o}`}>
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <div>
                    <Text fw={600} fz="sm">
                      {TREATMENT[o].label}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {TREATMENT[o].explain}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Textarea
          label="Note"
          description="Why this option; for share, with whom; for avoid, what stops"
          autosize
          minRows={2}
          maxLength={RISK_LIMITS.textMax}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="treatment-note-input"
        />
        <RiskProblem error={save.error} />
        <Group justify="flex-end">
          {changed && (
            <Button
              variant="subtle"
              onClick={() => {
                setOption(risk.treatmentOption);
                setNote(risk.treatmentNote);
              }}
            >
              Undo changes
            </Button>
          )}
          <Button type="submit" loading={save.isPending} disabled={!option || !changed} data-testid="treatment-save">
            Save treatment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Inline status change for an action in the table. */
function StatusCell({ risk, action }: { risk: Risk; action: RiskAction }) {
  const qc = useQueryClient();
  const change = useMutation({
    mutationFn: (status: ActionStatus) =>
      call(
        api.PATCH('/api/risks/{id}/actions/{actionId}', {
          params: { path: { id: risk.id, actionId: action.id } },
          body: { version: action.version, status },
        }),
      ),
    onSuccess: (_r, status) => {
      notifyDone(`“${action.title}”: ${ACTION_STATUS[status].label.toLowerCase()}`);
      invalidateRisks(qc);
    },
    onError: notifyError,
  });
  return (
    <Select
      size="xs"
      w={140}
      aria-label={`Status of ${action.title}`}
      data={(Object.keys(ACTION_STATUS) as ActionStatus[]).map((s) => ({ value: s, label: ACTION_STATUS[s].label }))}
      value={action.status}
      onChange={(v) => v && v !== action.status && change.mutate(v)}
      allowDeselect={false}
      disabled={change.isPending}
      data-testid="action-status-select"
    />
  );
}

/** How to treat the risk, the actions that carry it out, and the owner's approval of the plan. */
export function TreatmentCard({ risk }: { risk: Risk }) {
  const [editing, setEditing] = useState<RiskAction | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RiskAction | null>(null);
  const [approving, setApproving] = useState(false);
  const plan = risk.plan;
  const editable = risk.can.plan && risk.status !== 'closed';
  const done = plan.actions.filter((a) => a.status === 'done').length;
  return (
    <Card withBorder padding="lg" data-testid="risk-treatment">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Title order={2} fz="lg">
            Treatment
          </Title>
          <Button
            component="a"
            href={`/api/risks/${risk.id}/treatment-plan.pdf`}
            variant="default"
            size="xs"
            leftSection={<IconFileTypePdf size={14} />}
            data-testid="treatment-plan-pdf"
          >
            Treatment plan (PDF)
          </Button>
        </Group>
        <TreatmentChoice key={risk.version} risk={risk} />
        <Card withBorder padding="sm" radius="md" bg="var(--mantine-color-default-hover)">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm">
              <Badge variant="default" styles={WHOLE} data-testid="plan-version">
                Plan version {plan.version}
              </Badge>
              {plan.approved ? (
                <Badge
                  color="teal"
                  variant="light"
                  leftSection={<IconCircleCheck size={12} />}
                  styles={WHOLE}
                  data-testid="plan-approval"
                >
                  Approved
                </Badge>
              ) : risk.treatmentOption === null ? (
                <Badge color="gray" variant="light" styles={WHOLE} data-testid="plan-approval">
                  No treatment chosen yet
                </Badge>
              ) : (
                <Badge color="yellow" variant="light" styles={WHOLE} data-testid="plan-approval">
                  Awaiting the risk owner’s approval
                </Badge>
              )}
              <Text fz="xs" c="dimmed">
                {plan.approved && plan.approvedBy
                  ? `by ${plan.approvedBy.fullName}${plan.approvedRoleName ? ` as ${plan.approvedRoleName}` : ''}, ${formatDateTime(plan.approvedAt)}`
                  : plan.approvedAt
                    ? `An earlier version was approved ${formatDateTime(plan.approvedAt)}`
                    : 'Not approved yet'}
              </Text>
            </Group>
            {risk.can.approvePlan && !plan.approved && (
              <Button
                size="xs"
                color="teal"
                leftSection={<IconCircleCheck size={14} />}
                onClick={() => setApproving(true)}
                data-testid="plan-approve"
              >
                Approve plan
              </Button>
            )}
          </Group>
        </Card>
        <Group justify="space-between">
          <Text fw={600} fz="sm">
            Actions{plan.actions.length > 0 ? ` · ${done} of ${plan.actions.length} done` : ''}
          </Text>
          {editable && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setEditing('new')}
              data-testid="action-add"
            >
              Add action
            </Button>
          )}
        </Group>
        {plan.actions.length === 0 ? (
          <Text fz="sm" c="dimmed" data-testid="actions-empty">
            No actions yet.{risk.treatmentOption === 'modify' ? ' Add the controls that will reduce this risk.' : ''}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" data-testid="actions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Status</Table.Th>
                  {editable && <Table.Th w={80} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.actions.map((a) => (
                  <Table.Tr key={a.id} data-testid="action-row">
                    <Table.Td maw={320}>
                      <Text fz="sm" fw={500} td={a.status === 'cancelled' ? 'line-through' : undefined}>
                        {a.title}
                      </Text>
                      {a.description && (
                        <Text fz="xs" c="dimmed" lineClamp={2}>
                          {a.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td fz="sm">{a.owner?.fullName ?? <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>
                      <DueDate day={a.dueDate} overdue={a.overdue} />
                      {a.completedAt && (
                        <Text fz="xs" c="dimmed">
                          done {formatDateTime(a.completedAt)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <StatusCell risk={risk} action={a} />
                      ) : (
                        <Badge
                          variant="light"
                          color={ACTION_STATUS[a.status].color}
                          styles={WHOLE}
                          data-testid="action-status"
                        >
                          {ACTION_STATUS[a.status].label}
                        </Badge>
                      )}
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Tooltip label="Edit">
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Edit ${a.title}`}
                              onClick={() => setEditing(a)}
                              data-testid="action-edit"
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label="Remove">
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={`Remove ${a.title}`}
                              onClick={() => setDeleting(a)}
                              data-testid="action-delete"
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {risk.treatmentOption === 'retain' && !risk.acceptance && (
          <Alert color="blue" variant="light">
            Retaining a risk means accepting it: record the acceptance under Acceptance.
          </Alert>
        )}
      </Stack>
      {editing && (
        <ActionModal risk={risk} action={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {deleting && <DeleteActionModal risk={risk} action={deleting} onClose={() => setDeleting(null)} />}
      {approving && <ApprovePlanModal risk={risk} onClose={() => setApproving(false)} />}
    </Card>
  );
}
