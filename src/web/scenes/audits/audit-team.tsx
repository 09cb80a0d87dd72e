import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconCircleCheck, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDay } from '../../components/page';
import { notifyDone, ProblemAlert } from '../../components/problem';
import { DecisionProblem, WHOLE } from '../policies/shared';
import { PersonSelect } from '../people/pickers';
import { auditsApi } from './audits-api';
import { invalidateAudits, type Audit, type Auditor, type Independence } from './shared';

function useAuditSaved(onClose: () => void, message: (a: Audit) => string) {
  const qc = useQueryClient();
  return (a: Audit) => {
    notifyDone(message(a));
    qc.setQueryData(['audits', a.id], a);
    invalidateAudits(qc);
    onClose();
  };
}

/** Whether the candidate is independent of what the audit covers (SOD-01), before anyone is assigned. */
function IndependenceResult({ result }: { result: Independence }) {
  if (result.independent)
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck size={18} />}
        data-testid="independence-ok"
        title="Independent"
      >
        {result.person.fullName} neither owns, implements nor is responsible for anything in this audit’s scope.
      </Alert>
    );
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={`Not independent of this scope (SOD-01)`}
      data-testid="independence-conflicts"
    >
      <Text fz="sm">Auditors may not audit their own work (ISO/IEC 27001 9.2.2 b). {result.person.fullName}:</Text>
      <List size="sm" mt={4}>
        {result.conflicts.map((c) => (
          <List.Item key={c} data-testid="independence-conflict">
            {c}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Choose a person, see whether they are independent of the scope, then assign them. */
function AddAuditorModal({ audit, onClose }: { audit: Audit; onClose: () => void }) {
  const [personId, setPersonId] = useState<string | null>(null);
  const [lead, setLead] = useState(!audit.team.some((t) => t.lead));
  const check = useQuery({
    queryKey: ['audits', audit.id, 'independence', personId],
    queryFn: () => auditsApi.independence(audit.id, personId ?? ''),
    enabled: personId !== null,
  });
  const add = useMutation({
    mutationFn: () => auditsApi.addAuditor(audit.id, personId ?? '', lead),
    onSuccess: useAuditSaved(onClose, (a) => `Auditor assigned to ${a.reference}`),
  });
  return (
    <Modal opened onClose={onClose} title={`Add an auditor to ${audit.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (personId) add.mutate();
        }}
        data-testid="add-auditor-dialog"
      >
        <Stack>
          <PersonSelect
            label="Auditor"
            placeholder="Search by name or email"
            value={personId}
            onChange={(id) => {
              setPersonId(id);
              add.reset();
            }}
            comboboxProps={{ withinPortal: true }}
            data-testid="auditor-person"
          />
          {personId && check.isPending && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text fz="sm" c="dimmed">
                Checking independence…
              </Text>
            </Group>
          )}
          <ProblemAlert error={check.error} title="Independence not checked" />
          {check.data && <IndependenceResult result={check.data} />}
          <Checkbox
            label="Lead auditor"
            description="Leads the audit and signs its report off; one per audit"
            checked={lead}
            onChange={(e) => setLead(e.currentTarget.checked)}
            data-testid="auditor-lead"
          />
          <DecisionProblem error={add.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={add.isPending}
              disabled={!personId || check.isPending}
              color={check.data && !check.data.independent ? 'orange' : undefined}
              data-testid="auditor-assign"
            >
              Assign
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RemoveAuditorModal({ audit, auditor, onClose }: { audit: Audit; auditor: Auditor; onClose: () => void }) {
  const remove = useMutation({
    mutationFn: () => auditsApi.removeAuditor(audit.id, auditor.assignmentId),
    onSuccess: useAuditSaved(onClose, (a) => `${auditor.person.fullName} removed from ${a.reference}`),
  });
  return (
    <Modal opened onClose={onClose} title={`Remove ${auditor.person.fullName}?`}>
      <Stack>
        <Text fz="sm">Their Internal Auditor assignment for {audit.reference} ends; the ledger keeps its history.</Text>
        <DecisionProblem error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate()}
            data-testid="auditor-remove-confirm"
          >
            Remove
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The lead auditor and the team; the ISM adds auditors after an independence check. */
export function TeamCard({ audit }: { audit: Audit }) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Auditor | null>(null);
  const team = [...audit.team].sort((a, b) => Number(b.lead) - Number(a.lead));
  const live = audit.status === 'planned' || audit.status === 'in_progress';
  return (
    <Card withBorder padding="lg" h="100%" data-testid="audit-team">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          Audit team
        </Title>
        {audit.can.assignTeam && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconUserPlus size={14} />}
            onClick={() => setAdding(true)}
            data-testid="auditor-add"
          >
            Add auditor
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {team.length === 0 && (
          <Text fz="sm" c="orange" data-testid="audit-team-empty">
            No auditor yet: assign a lead auditor before the audit starts.
          </Text>
        )}
        {team.map((t) => (
          <Group
            key={t.assignmentId}
            gap="xs"
            wrap="nowrap"
            align="flex-start"
            data-testid="auditor"
            data-lead={t.lead}
          >
            <div style={{ flex: 1, minWidth: 0 }}>
              <Text fz="sm" fw={500} truncate data-testid="auditor-name">
                {t.person.fullName}
              </Text>
              <Group gap={4} mt={2}>
                {t.lead && (
                  <Badge size="xs" variant="light" color="indigo" styles={WHOLE} data-testid="auditor-lead-badge">
                    Lead auditor
                  </Badge>
                )}
                {!t.acknowledged && live && (
                  <Tooltip label="Has not yet acknowledged the assignment" withArrow>
                    <Badge size="xs" variant="outline" color="gray" styles={WHOLE}>
                      Not acknowledged
                    </Badge>
                  </Tooltip>
                )}
                <Text fz="xs" c="dimmed" span>
                  since {formatDay(t.since)}
                </Text>
              </Group>
            </div>
            {audit.can.assignTeam && (
              <Tooltip label="Remove from the team" withArrow>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Remove ${t.person.fullName}`}
                  onClick={() => setRemoving(t)}
                  data-testid="auditor-remove"
                >
                  <IconUserMinus size={14} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        ))}
      </Stack>
      {adding && <AddAuditorModal audit={audit} onClose={() => setAdding(false)} />}
      {removing && <RemoveAuditorModal audit={audit} auditor={removing} onClose={() => setRemoving(null)} />}
    </Card>
  );
}
