import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { PersonSelect } from '../people/pickers';
import { invalidateRisks, type Risk, RiskProblem } from './shared';

/** A person's name by id (for a picker's choice), once loaded. */
export function usePersonName(id: string | null): string {
  const q = useQuery({
    queryKey: ['people', id],
    queryFn: () => call(api.GET('/api/people/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
    staleTime: 5 * 60_000,
  });
  return q.data?.fullName ?? '';
}

/**
 * Whether a person already holds Risk Owner anywhere. Someone who does not is given a new ISMS role
 * by the assignment (clause 5.3), so the dialog asks to confirm.
 */
export function useFirstRiskOwnership(personId: string | null) {
  const q = useQuery({
    queryKey: ['assignments', 'risk_owner', personId],
    queryFn: () =>
      call(
        api.GET('/api/assignments', {
          params: { query: { personId: personId ?? '', roleKey: 'risk_owner', limit: 1 } },
        }),
      ),
    enabled: personId !== null,
  });
  return {
    checking: personId !== null && q.isPending,
    first: q.data ? q.data.items.length === 0 : false,
    error: q.error,
  };
}

/** Says plainly that the chosen person becomes a Risk Owner, and asks to confirm. */
export function NewRiskOwnerConfirm({
  personName,
  check,
  confirmed,
  onConfirm,
}: {
  personName: string;
  check: ReturnType<typeof useFirstRiskOwnership>;
  confirmed: boolean;
  onConfirm: (v: boolean) => void;
}) {
  if (check.checking)
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text fz="sm" c="dimmed">
          Checking {personName}’s roles…
        </Text>
      </Group>
    );
  if (!check.first) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconInfoCircle size={18} />}
      title="This gives a new role"
      data-testid="risk-owner-new-role"
    >
      <Stack gap="xs">
        <Text fz="sm">
          {personName} is not a Risk Owner yet. This gives them the <b>Risk Owner</b> role: they become accountable for
          assessing the risk, approving its treatment plan and accepting its residual risk. Under clause 5.3 they are
          asked to read and acknowledge the role’s responsibilities.
        </Text>
        <Checkbox
          label={`Yes, make ${personName} a Risk Owner`}
          checked={confirmed}
          onChange={(e) => onConfirm(e.currentTarget.checked)}
          data-testid="risk-owner-confirm"
        />
      </Stack>
    </Alert>
  );
}

/** Makes a person the Risk Owner of this risk in the responsibility ledger, replacing the current one. */
export function AssignRiskOwnerModal({ risk, onClose }: { risk: Risk; onClose: () => void }) {
  const qc = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const personName = usePersonName(personId);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const check = useFirstRiskOwnership(personId);
  const assign = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/assignments', {
          body: {
            personId: personId ?? '',
            roleKey: 'risk_owner',
            scopeType: 'risk',
            scopeId: risk.id,
            kind: 'holder',
            reason,
            replaceCurrent: true,
          },
        }),
      ),
    onSuccess: (a) => {
      notifyDone(`${a.person.fullName} is now the Risk Owner of ${risk.reference}`);
      invalidateRisks(qc);
      void qc.invalidateQueries({ queryKey: ['assignments'] });
      void qc.invalidateQueries({ queryKey: ['my-responsibilities'] });
      onClose();
    },
  });
  const fieldError = fieldErrorOf(assign.error);
  const direct = risk.owner?.via === 'risk' ? risk.owner.person : null;
  const blocked = !personId || check.checking || (check.first && !confirmed);
  return (
    <Modal opened onClose={onClose} title={`Risk Owner of ${risk.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!blocked) assign.mutate();
        }}
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            The Risk Owner assesses the risk, approves its treatment plan and accepts the residual risk (ISO/IEC 27001
            6.1.3 f). The assignment is recorded in the responsibility ledger
            {direct ? ` and ends ${direct.fullName}’s` : ''}.
            {risk.owner && risk.owner.via !== 'risk'
              ? ` Today ${risk.owner.person.fullName} owns it ${risk.owner.via === 'org_unit' ? 'through its org unit' : 'for the whole ISMS'}; a direct owner takes over.`
              : ''}
          </Text>
          <PersonSelect
            label="Risk Owner"
            placeholder="Search by name, email or employee id"
            required
            value={personId}
            onChange={(id) => {
              setPersonId(id);
              setConfirmed(false);
            }}
            excludeId={direct?.id}
            error={fieldError('personId')}
            data-testid="risk-owner-person"
          />
          <Textarea
            label="Reason"
            description="Recorded in the ledger and on the audit trail"
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
            data-testid="risk-owner-reason"
          />
          {personId && (
            <NewRiskOwnerConfirm
              personName={personName || 'This person'}
              check={check}
              confirmed={confirmed}
              onConfirm={setConfirmed}
            />
          )}
          <RiskProblem error={assign.error ?? check.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={assign.isPending} disabled={blocked} data-testid="risk-owner-submit">
              Assign Risk Owner
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
