import { Alert, Button, Card, Group, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconArchive, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, api, call } from '../../api/client';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { AudienceFields, CycleFields } from './policy-fields';
import { DecisionProblem, POLICY_LIMITS, invalidatePolicies, plural, type AudienceInput, type Policy } from './shared';

function RetireModal({ policy, opened, onClose }: { policy: Policy; opened: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const retire = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/policies/{id}/retire', {
          params: { path: { id: policy.id } },
          body: { version: policy.version, reason },
        }),
      ),
    onSuccess: (p) => {
      notifyDone(`${p.reference} retired`);
      invalidatePolicies(qc);
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={`Retire ${policy.reference}?`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          retire.mutate();
        }}
      >
        <Stack>
          <Text fz="sm">
            The version in force stops being binding, nobody is asked to read it any more, and any draft is dropped. The
            policy and its history stay in the register as evidence.
          </Text>
          <Textarea
            label="Reason"
            description="e.g. merged into the Access Control Policy"
            required
            autosize
            minRows={2}
            maxLength={POLICY_LIMITS.noteMax}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrorOf(retire.error)('reason')}
            data-testid="policy-retire-reason"
          />
          <DecisionProblem error={retire.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={retire.isPending} data-testid="policy-retire-submit">
              Retire policy
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The policy's settings, edited against its `version`; and retiring it. */
export function PolicySettings({ policy }: { policy: Policy }) {
  const qc = useQueryClient();
  const [retiring, retireCtl] = useDisclosure(false);
  const [title, setTitle] = useState(policy.title);
  const [summary, setSummary] = useState(policy.summary);
  const [approver, setApprover] = useState(policy.approverRole.key);
  const [interval, setInterval] = useState<number>(policy.reviewIntervalMonths);
  const [ackDays, setAckDays] = useState<number>(policy.ackWithinDays);
  const [audience, setAudience] = useState<AudienceInput>({
    everyone: policy.audience.everyone,
    orgUnitIds: policy.audience.orgUnits.map((u) => u.id),
    roleKeys: policy.audience.roles.map((r) => r.key),
  });
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/policies/{id}', {
          params: { path: { id: policy.id } },
          body: {
            version: policy.version,
            title,
            summary,
            approverRoleKey: policy.kind === 'topic' ? approver : undefined,
            reviewIntervalMonths: interval,
            ackWithinDays: ackDays,
            audience,
          },
        }),
      ),
    onSuccess: () => {
      notifyDone('Settings saved');
      invalidatePolicies(qc);
    },
  });
  const conflict = save.error instanceof ApiError && save.error.problem.code === 'version_conflict';
  const fieldError = fieldErrorOf(save.error);
  if (!policy.can.edit && !policy.can.retire)
    return (
      <Card withBorder padding="lg" data-testid="policy-settings-readonly">
        <Stack gap="xs">
          <Text fz="sm">
            Approved by {policy.approverRole.name}; reviewed every {plural(policy.reviewIntervalMonths, 'month')};
            readers acknowledge within {plural(policy.ackWithinDays, 'day')}.
          </Text>
          <Text fz="sm">Audience: {policy.audience.description}</Text>
          <Text fz="sm" c="dimmed">
            The policy owner and the ISMS manager change these settings.
          </Text>
        </Stack>
      </Card>
    );
  return (
    <Stack>
      {policy.can.edit && (
        <Card withBorder padding="lg">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
          >
            <Stack>
              <TextInput
                label="Title"
                required
                maxLength={POLICY_LIMITS.titleMax}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={fieldError('title')}
                description="The policy's name in the register; each version carries its own title too"
                data-testid="settings-title"
              />
              <Textarea
                label="Summary"
                autosize
                minRows={2}
                maxLength={POLICY_LIMITS.summaryMax}
                value={summary}
                onChange={(e) => setSummary(e.currentTarget.value)}
                error={fieldError('summary')}
                data-testid="settings-summary"
              />
              <CycleFields
                kind={policy.kind}
                approver={approver}
                onApprover={setApprover}
                interval={interval}
                onInterval={setInterval}
                ackDays={ackDays}
                onAckDays={setAckDays}
                fieldError={fieldError}
                testIds={{ interval: 'settings-interval', ackDays: 'settings-ack-days' }}
              />
              <AudienceFields value={audience} onChange={setAudience} error={fieldError('audience')} />
              {conflict ? (
                <Alert color="orange" variant="light" title="Changed by someone else" data-testid="settings-conflict">
                  <Stack gap="xs" align="flex-start">
                    <Text fz="sm">
                      The policy changed since you opened it, so nothing was saved. Reload to see the current settings,
                      then make your change again.
                    </Text>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => invalidatePolicies(qc)}
                      data-testid="settings-reload"
                    >
                      Reload
                    </Button>
                  </Stack>
                </Alert>
              ) : (
                <ProblemAlert
                  error={save.error}
                  inlineFields={['title', 'summary', 'approverRoleKey', 'reviewIntervalMonths', 'ackWithinDays']}
                />
              )}
              <Group justify="flex-end">
                <Button
                  type="submit"
                  leftSection={<IconDeviceFloppy size={16} />}
                  loading={save.isPending}
                  data-testid="settings-save"
                >
                  Save settings
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
      {policy.can.retire && (
        <Card withBorder padding="lg" style={{ borderColor: 'var(--mantine-color-red-light-color)' }}>
          <Group justify="space-between" wrap="wrap" gap="md">
            <div>
              <Title order={3} fz="md">
                Retire this policy
              </Title>
              <Text fz="sm" c="dimmed">
                When the policy is no longer needed or is replaced by another one.
              </Text>
            </div>
            <Button
              color="red"
              variant="light"
              leftSection={<IconArchive size={16} />}
              onClick={retireCtl.open}
              data-testid="policy-retire"
            >
              Retire…
            </Button>
          </Group>
          <RetireModal policy={policy} opened={retiring} onClose={retireCtl.close} />
        </Card>
      )}
    </Stack>
  );
}
