import { Alert, Badge, Button, Card, Group, Radio, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconAlertTriangle, IconCircleCheck, IconRotate } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../components/page';
import { fieldErrorOf } from '../../components/problem';
import { useSignedIn } from '../../session';
import { DecisionProblem, WHOLE } from '../policies/shared';
import { auditsApi } from './audits-api';
import { useNcSaved } from './nc-owner';
import { AUDIT_LIMITS, type Nonconformity } from './shared';

/** Whether the effectiveness of the actions is verified: effective closes, not effective reopens. */
function VerifyForm({ nc }: { nc: Nonconformity }) {
  const me = useSignedIn().person.id;
  const [effective, setEffective] = useState<'yes' | 'no' | null>(null);
  const [note, setNote] = useState('');
  const verify = useMutation({
    mutationFn: () =>
      auditsApi.verify(nc.id, { effective: effective === 'yes', note: note.trim(), version: nc.version }),
    onSuccess: useNcSaved(
      () => {
        setEffective(null);
        setNote('');
      },
      (n) => (n.status === 'closed' ? `${n.reference} verified effective and closed` : `${n.reference} reopened`),
    ),
  });
  const implemented = nc.correctiveActions.some(
    (a) => a.done?.by.id === me || (a.status !== 'cancelled' && a.owner?.person.id === me),
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (effective && note.trim()) verify.mutate();
      }}
      data-testid="verify-form"
    >
      <Stack>
        {implemented && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="verify-sod-warning">
            You carried out a corrective action of this nonconformity: its effectiveness is verified by someone
            independent of it (SOD-10).
          </Alert>
        )}
        <Radio.Group
          label="Were the corrective actions effective?"
          required
          value={effective}
          onChange={(v) => setEffective(v)}
        >
          <Group mt={6}>
            <Radio value="yes" label="Effective: close the nonconformity" color="teal" data-testid="verify-effective" />
            <Radio value="no" label="Not effective: reopen it" color="red" data-testid="verify-not-effective" />
          </Group>
        </Radio.Group>
        <Textarea
          label="Note"
          description="What was checked, and what shows the cause is removed (or not)"
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={AUDIT_LIMITS.textMax}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldErrorOf(verify.error)('note')}
          data-testid="verify-note"
        />
        <DecisionProblem error={verify.error} />
        <Group justify="flex-end">
          <Button
            type="submit"
            color={effective === 'no' ? 'red' : 'teal'}
            loading={verify.isPending}
            disabled={!effective || !note.trim()}
            data-testid="verify-save"
          >
            Record verification
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Verification of effectiveness (10.2 d) and its history, including reopenings. */
export function VerificationCard({ nc }: { nc: Nonconformity }) {
  const roles = useSignedIn().roles;
  const verifierRole = roles.some((r) => r.roleKey === 'isms_manager' || r.roleKey === 'internal_auditor');
  const showForm = nc.status === 'verification' && (nc.can.verify || verifierRole);
  return (
    <Card withBorder padding="lg" data-testid="nc-verification">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          Verification
        </Title>
        {nc.reopenedCount > 0 && (
          <Badge
            color="orange"
            variant="light"
            leftSection={<IconRotate size={12} />}
            styles={WHOLE}
            data-testid="nc-reopened"
          >
            Reopened {nc.reopenedCount}×
          </Badge>
        )}
      </Group>
      <Stack>
        {nc.status === 'verification' && !showForm && (
          <Text fz="sm" c="dimmed" data-testid="verify-waiting">
            Every action is done: an internal auditor or the ISM who did not carry one out verifies whether they worked.
          </Text>
        )}
        {(nc.status === 'open' || nc.status === 'action') && (
          <Text fz="sm" c="dimmed">
            Verified once every corrective action is done.
          </Text>
        )}
        {showForm && <VerifyForm nc={nc} />}
        {nc.verifications.length > 0 && (
          <Timeline bulletSize={22} lineWidth={2} data-testid="verify-history">
            {[...nc.verifications].reverse().map((v) => (
              <Timeline.Item
                key={v.at}
                color={v.effective ? 'teal' : 'red'}
                bullet={v.effective ? <IconCircleCheck size={14} /> : <IconRotate size={14} />}
                title={v.effective ? 'Effective' : 'Not effective: reopened'}
                data-testid="verification"
                data-effective={v.effective}
              >
                <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {v.note}
                </Text>
                <Text fz="xs" c="dimmed">
                  {v.by.fullName} ({v.roleKey.replace(/_/g, ' ')}), {formatDateTime(v.at)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}
