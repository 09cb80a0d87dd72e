import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { OrgUnitPicker, PersonPicker, PolicyPicker, RiskPicker, SCOPE_LABELS } from './pickers';

type Role = Schemas['Role'];
type Assignment = Schemas['Assignment'];

/** A date input's value as an ISO instant at the start of that day (UTC), or undefined when empty. */
const dayStart = (day: string): string | undefined => (day ? `${day}T00:00:00.000Z` : undefined);

export function AssignModal({
  role,
  opened,
  onClose,
  personId: fixedPerson,
}: {
  role: Role;
  opened: boolean;
  onClose: () => void;
  personId?: string;
}) {
  const qc = useQueryClient();
  // Only scopes this installation knows (a role may name kinds a later module brings).
  const kinds = useQuery({ queryKey: ['roles'], queryFn: () => call(api.GET('/api/roles')) }).data?.scopeKinds;
  const scopeTypes = role.scopeTypes.filter((t) => !kinds || kinds.some((k) => k.type === t));
  const [personId, setPersonId] = useState<string | null>(fixedPerson ?? null);
  const [scopeType, setScopeType] = useState<string>(scopeTypes[0] ?? 'isms');
  const [scopeId, setScopeId] = useState<string | null>(null);
  const [kind, setKind] = useState<'holder' | 'deputy'>('holder');
  const [from, setFrom] = useState('');
  const [reason, setReason] = useState('');
  const [replace, setReplace] = useState(false);
  const assign = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/assignments', {
          body: {
            personId: personId ?? '',
            roleKey: role.key,
            scopeType,
            scopeId: scopeType === 'isms' ? null : scopeId,
            kind,
            validFrom: dayStart(from),
            reason,
            replaceCurrent: replace,
          },
        }),
      ),
    onSuccess: (a) => {
      notifyDone(`${a.person.fullName} is now ${a.kind} of ${a.roleName} (${a.scope.label})`);
      void qc.invalidateQueries({ queryKey: ['assignments'] });
      void qc.invalidateQueries({ queryKey: ['roles'] });
      setPersonId(fixedPerson ?? null);
      setReason('');
      setReplace(false);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(assign.error);
  return (
    <Modal opened={opened} onClose={onClose} title={`Assign ${role.name}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          assign.mutate();
        }}
      >
        <Stack>
          {!fixedPerson && (
            <PersonPicker
              label="Person"
              required
              value={personId}
              onChange={setPersonId}
              error={fieldError('personId')}
              data-testid="assign-person"
            />
          )}
          <Group grow align="flex-start">
            <Select
              label="Scope"
              data={scopeTypes.map((t) => ({ value: t, label: SCOPE_LABELS[t] ?? t }))}
              value={scopeType}
              onChange={(v) => {
                setScopeType(v ?? 'isms');
                setScopeId(null);
              }}
              allowDeselect={false}
              error={fieldError('scopeType')}
              data-testid="assign-scope-type"
            />
            {scopeType === 'org_unit' && (
              <OrgUnitPicker
                label="Org unit"
                required
                value={scopeId}
                onChange={setScopeId}
                error={fieldError('scopeId')}
                data-testid="assign-scope"
              />
            )}
            {scopeType === 'policy' && (
              <PolicyPicker
                label="Policy"
                required
                value={scopeId}
                onChange={setScopeId}
                error={fieldError('scopeId')}
                data-testid="assign-scope"
              />
            )}
            {scopeType === 'risk' && (
              <RiskPicker
                label="Risk"
                required
                value={scopeId}
                onChange={setScopeId}
                error={fieldError('scopeId')}
                data-testid="assign-scope"
              />
            )}
            {!['org_unit', 'isms', 'policy', 'risk'].includes(scopeType) && (
              <TextInput
                label={`${SCOPE_LABELS[scopeType] ?? scopeType} id`}
                required
                value={scopeId ?? ''}
                onChange={(e) => setScopeId(e.currentTarget.value || null)}
                error={fieldError('scopeId')}
              />
            )}
          </Group>
          <Group grow align="flex-end">
            <div>
              <Text size="sm" fw={500} mb={4}>
                As
              </Text>
              <SegmentedControl
                fullWidth
                value={kind}
                onChange={(v) => setKind(v)}
                data={[
                  { value: 'holder', label: 'Holder' },
                  { value: 'deputy', label: 'Deputy' },
                ]}
                data-testid="assign-kind"
              />
            </div>
            <TextInput
              label="From"
              description="Empty: from now"
              type="date"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={fieldError('validFrom')}
            />
          </Group>
          <Textarea
            label="Reason"
            description="Recorded in the ledger and on the audit trail"
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
            data-testid="assign-reason"
          />
          {role.exclusive && kind === 'holder' && (
            <Checkbox
              label="Replace the current holder"
              description={`${role.name} has one holder per scope; the current holder's assignment ends when this one starts`}
              checked={replace}
              onChange={(e) => setReplace(e.currentTarget.checked)}
              data-testid="assign-replace"
            />
          )}
          <Alert variant="light" color="blue">
            The person is asked to read and acknowledge the role&apos;s responsibilities.
          </Alert>
          <ProblemAlert error={assign.error} inlineFields={['personId', 'scopeId', 'scopeType', 'reason']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={assign.isPending} data-testid="assign-submit">
              Assign
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function EndAssignmentModal({ assignment, onClose }: { assignment: Assignment | null; onClose: () => void }) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [to, setTo] = useState('');
  const end = useMutation({
    mutationFn: (a: Assignment) =>
      call(
        api.POST('/api/assignments/{id}/end', {
          params: { path: { id: a.id } },
          body: { version: a.version, reason, validTo: dayStart(to) },
        }),
      ),
    onSuccess: (a) => {
      notifyDone(`${a.person.fullName}'s ${a.roleName} assignment ends ${a.validTo?.slice(0, 10) ?? ''}`);
      void qc.invalidateQueries({ queryKey: ['assignments'] });
      void qc.invalidateQueries({ queryKey: ['roles'] });
      setReason('');
      setTo('');
      onClose();
    },
  });
  return (
    <Modal opened={assignment !== null} onClose={onClose} title="End assignment">
      {assignment && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            end.mutate(assignment);
          }}
        >
          <Stack>
            <Text>
              {assignment.person.fullName} — {assignment.roleName} ({assignment.scope.label}), {assignment.kind}. The
              assignment stays in the history.
            </Text>
            <TextInput
              label="End on"
              description="Empty: now"
              type="date"
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
            />
            <Textarea
              label="Reason"
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-testid="end-reason"
            />
            <ProblemAlert error={end.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button color="red" type="submit" loading={end.isPending} data-testid="end-submit">
                End assignment
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

export function StandInModal({ assignment, onClose }: { assignment: Assignment | null; onClose: () => void }) {
  const qc = useQueryClient();
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const save = useMutation({
    mutationFn: ({ a, clear }: { a: Assignment; clear: boolean }) =>
      call(
        api.POST('/api/assignments/{id}/stand-in', {
          params: { path: { id: a.id } },
          body: {
            version: a.version,
            from: clear ? null : (dayStart(from) ?? null),
            until: clear ? null : (dayStart(until) ?? null),
          },
        }),
      ),
    onSuccess: () => {
      notifyDone('Stand-in period saved');
      void qc.invalidateQueries({ queryKey: ['assignments'] });
      void qc.invalidateQueries({ queryKey: ['my-responsibilities'] });
      onClose();
    },
  });
  return (
    <Modal opened={assignment !== null} onClose={onClose} title="Deputies stand in">
      {assignment && (
        <Stack>
          <Text size="sm">
            While the holder is away, the deputies of {assignment.roleName} ({assignment.scope.label}) take its
            decisions. The trail records each decision under the deputy&apos;s assignment.
          </Text>
          <Group grow>
            <TextInput label="From" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
            <TextInput
              label="Until (exclusive)"
              type="date"
              value={until}
              onChange={(e) => setUntil(e.currentTarget.value)}
            />
          </Group>
          <ProblemAlert error={save.error} />
          <Group justify="space-between">
            <Button variant="subtle" color="red" onClick={() => save.mutate({ a: assignment, clear: true })}>
              Clear
            </Button>
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button loading={save.isPending} onClick={() => save.mutate({ a: assignment, clear: false })}>
                Save
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
