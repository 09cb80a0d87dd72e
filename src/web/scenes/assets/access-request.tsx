import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Center,
  Code,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  IconCheck,
  IconCircleDot,
  IconKey,
  IconKeyOff,
  IconPlayerStop,
  IconSend,
  IconX,
  IconAlertTriangle,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDateTime, formatDay, Page } from '../../components/page';
import { ProblemAlert, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { BackLink, Field, WHOLE } from '../policies/shared';
import {
  ASSET_LIMITS,
  AccessProblem,
  AccessStatusBadge,
  assetPath,
  invalidateAssets,
  type AccessRequest,
} from './shared';

type Step = 'approve' | 'reject' | 'provision' | 'revoke' | 'cancel';

const STEPS: Record<Step, { title: string; button: string; color?: string; note: string; done: string }> = {
  approve: {
    title: 'Approve access',
    button: 'Approve',
    color: 'teal',
    note: 'Optional: anything the administrator should know',
    done: 'approved',
  },
  reject: {
    title: 'Reject access',
    button: 'Reject',
    color: 'red',
    note: 'Why the access is refused',
    done: 'rejected',
  },
  provision: {
    title: 'Mark as provisioned',
    button: 'Mark provisioned',
    note: 'Optional: the account or group it was given through',
    done: 'marked provisioned',
  },
  revoke: {
    title: 'Revoke access',
    button: 'Revoke',
    color: 'red',
    note: 'Optional: why, and how it was taken away',
    done: 'revoked',
  },
  cancel: {
    title: 'Cancel the request',
    button: 'Cancel request',
    color: 'gray',
    note: 'Optional: why',
    done: 'cancelled',
  },
};

/** Takes one step on a request with an optional note; a refusal (SoD, stale version) is shown in place. */
function StepModal({ request, step, onClose }: { request: AccessRequest; step: Step; onClose: () => void }) {
  const qc = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [note, setNote] = useState('');
  const s = STEPS[step];
  const path = { params: { path: { id: request.id } } };
  const run = useMutation({
    mutationFn: () => {
      const body = { version: request.version, note: note.trim() };
      if (step === 'approve' || step === 'reject')
        return call(api.POST('/api/access-requests/{id}/decision', { ...path, body: { ...body, decision: step } }));
      if (step === 'provision') return call(api.POST('/api/access-requests/{id}/provision', { ...path, body }));
      if (step === 'revoke') return call(api.POST('/api/access-requests/{id}/revoke', { ...path, body }));
      return call(api.POST('/api/access-requests/{id}/cancel', { ...path, body }));
    },
    onSuccess: (r) => {
      notifyDone(`${r.reference} ${s.done}`);
      invalidateAssets(qc);
      onClose();
    },
  });
  const needsNote = step === 'reject';
  return (
    <Modal opened onClose={onClose} title={`${s.title}: ${request.reference}`} size="lg" fullScreen={phone}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!needsNote || note.trim()) run.mutate();
        }}
      >
        <Stack>
          <Text fz="sm">
            <b>{request.entitlement}</b>
            {request.privileged ? ' (privileged)' : ''} on {request.asset.reference} {request.asset.name} for{' '}
            {request.beneficiary.fullName}
            {request.until ? `, until ${formatDay(`${request.until}T12:00:00Z`)}` : ', with no end date'}.
          </Text>
          <Textarea
            label="Note"
            description={s.note}
            required={needsNote}
            autosize
            minRows={2}
            maxLength={ASSET_LIMITS.noteMax}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-autofocus
            data-testid="access-step-note"
          />
          <AccessProblem error={run.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button
              type="submit"
              color={s.color}
              loading={run.isPending}
              disabled={needsNote && !note.trim()}
              data-testid="access-step-submit"
            >
              {s.button}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Who did what, when: requested, decided, provisioned, revoked or cancelled. */
function RequestTimeline({ r }: { r: AccessRequest }) {
  type Item = { key: string; title: string; icon: ReactNode; color: string; when: string | null; body: ReactNode };
  const items: Item[] = [
    {
      key: 'requested',
      title: 'Requested',
      icon: <IconSend size={12} />,
      color: 'blue',
      when: r.createdAt,
      body: (
        <>
          By {r.requester.fullName}
          {r.requester.id !== r.beneficiary.id ? ` for ${r.beneficiary.fullName}` : ''}
        </>
      ),
    },
  ];
  if (r.decidedAt)
    items.push({
      key: 'decided',
      title: r.status === 'rejected' ? 'Rejected' : 'Approved',
      icon: r.status === 'rejected' ? <IconX size={12} /> : <IconCheck size={12} />,
      color: r.status === 'rejected' ? 'red' : 'teal',
      when: r.decidedAt,
      body: (
        <>
          By {r.decidedBy?.fullName ?? 'someone'}
          {r.decisionNote && <Note text={r.decisionNote} />}
        </>
      ),
    });
  if (r.provisionedAt)
    items.push({
      key: 'provisioned',
      title: 'Provisioned',
      icon: <IconKey size={12} />,
      color: 'teal',
      when: r.provisionedAt,
      body: <>By {r.provisionedBy?.fullName ?? 'someone'}</>,
    });
  if (r.revokedAt || r.status === 'revoked' || r.status === 'cancelled')
    items.push({
      key: 'ended',
      title: r.status === 'cancelled' ? 'Cancelled' : 'Revoked',
      icon: r.status === 'cancelled' ? <IconPlayerStop size={12} /> : <IconKeyOff size={12} />,
      color: 'gray',
      when: r.revokedAt,
      body: (
        <>
          {r.revokedBy ? `By ${r.revokedBy.fullName}` : null}
          {r.revokeNote && <Note text={r.revokeNote} />}
        </>
      ),
    });
  const next: Record<string, string | undefined> = {
    pending: 'Waiting for the asset owner to decide',
    approved: 'Waiting for an administrator of the asset to provision it',
    provisioned: r.expired ? 'Past its last day: waiting to be revoked' : undefined,
  };
  const waiting = next[r.status];
  return (
    <Timeline active={items.length - 1} bulletSize={22} lineWidth={2} data-testid="access-timeline">
      {items.map((i) => (
        <Timeline.Item
          key={i.key}
          bullet={i.icon}
          color={i.color}
          title={i.title}
          data-testid={`access-timeline-${i.key}`}
        >
          <Text fz="sm">{i.body}</Text>
          <Text fz="xs" c="dimmed">
            {formatDateTime(i.when)}
          </Text>
        </Timeline.Item>
      ))}
      {waiting && (
        <Timeline.Item bullet={<IconCircleDot size={12} />} title="Next" data-testid="access-timeline-next">
          <Text fz="sm" c="dimmed">
            {waiting}
          </Text>
        </Timeline.Item>
      )}
    </Timeline>
  );
}

function Note({ text }: { text: string }) {
  return (
    <Text fz="sm" fs="italic" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} mt={2}>
      “{text}”
    </Text>
  );
}

/**
 * Whether the reader owns the asset; the owner sees the decision buttons even on a request they
 * asked for themselves, and the server refuses the decision by SOD-02 (said before they try).
 */
function useOwnsAsset(r: AccessRequest | undefined) {
  const me = useSignedIn().person.id;
  const asset = useQuery({
    queryKey: ['assets', r?.asset.id],
    queryFn: () => call(api.GET('/api/assets/{id}', { params: { path: { id: r!.asset.id } } })),
    enabled: !!r && r.status === 'pending' && !r.can.decide,
    retry: false,
  }).data;
  return asset?.owner?.person.id === me;
}

/** One access request: what was asked, its timeline, and the steps the reader may take. */
export function AccessRequestScene() {
  const { id = '' } = useParams();
  const me = useSignedIn().person.id;
  const [step, setStep] = useState<Step | null>(null);
  const q = useQuery({
    queryKey: ['access-requests', id],
    queryFn: () => call(api.GET('/api/access-requests/{id}', { params: { path: { id } } })),
  });
  const ownsAsset = useOwnsAsset(q.data);
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        <BackLink to="/access">Access requests</BackLink>
        <ProblemAlert error={q.error} />
      </Stack>
    );
  const r = q.data;
  const selfDecision = !r.can.decide && r.status === 'pending' && ownsAsset;
  const involved = r.requester.id === me || r.beneficiary.id === me;
  const buttons: ReactNode[] = [];
  if (r.can.decide || selfDecision) {
    buttons.push(
      <Button
        key="approve"
        color="teal"
        leftSection={<IconCheck size={16} />}
        onClick={() => setStep('approve')}
        data-testid="access-approve"
      >
        Approve
      </Button>,
      <Button
        key="reject"
        color="red"
        variant="light"
        leftSection={<IconX size={16} />}
        onClick={() => setStep('reject')}
        data-testid="access-reject"
      >
        Reject
      </Button>,
    );
  }
  if (r.can.provision)
    buttons.push(
      <Button
        key="provision"
        leftSection={<IconKey size={16} />}
        onClick={() => setStep('provision')}
        data-testid="access-provision"
      >
        Mark provisioned
      </Button>,
    );
  if (r.can.revoke)
    buttons.push(
      <Button
        key="revoke"
        color="red"
        variant="light"
        leftSection={<IconKeyOff size={16} />}
        onClick={() => setStep('revoke')}
        data-testid="access-revoke"
      >
        Revoke
      </Button>,
    );
  if (r.can.cancel)
    buttons.push(
      <Button
        key="cancel"
        variant="default"
        leftSection={<IconPlayerStop size={16} />}
        onClick={() => setStep('cancel')}
        data-testid="access-cancel"
      >
        Cancel request
      </Button>,
    );
  return (
    <Page
      title={`${r.entitlement} on ${r.asset.name}`}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/access">Access requests</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="access-reference">{r.reference}</Code>
            <AccessStatusBadge request={r} />
            {r.privileged && (
              <Badge color="grape" variant="light" styles={WHOLE} data-testid="access-privileged">
                Privileged
              </Badge>
            )}
          </Group>
        </Stack>
      }
    >
      {selfDecision && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="You own this asset, but…"
          data-testid="access-self-warning"
        >
          {involved
            ? 'This access is for you or was asked by you: its owner may not decide it (segregation of duties, rule SOD-02). Deciding will be refused; ask the ISM to appoint a deputy.'
            : 'You may not decide this request.'}
        </Alert>
      )}
      {buttons.length > 0 && (
        <Card withBorder padding="md" data-testid="access-actions">
          <Group gap="xs" wrap="wrap">
            {buttons}
          </Group>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" data-testid="access-details">
          <Title order={2} fz="lg" mb="sm">
            The request
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Field label="Asset" testId="access-asset">
              <Anchor component={Link} to={assetPath(r.asset.id)} fz="sm">
                {r.asset.reference} {r.asset.name}
              </Anchor>
            </Field>
            <Field label="Entitlement" testId="access-entitlement">
              {r.entitlement}
            </Field>
            <Field label="For" testId="access-beneficiary">
              {r.beneficiary.fullName}
            </Field>
            <Field label="Asked by" testId="access-requester">
              {r.requester.fullName}
            </Field>
            <Field label="Until" testId="access-until">
              {r.until ? formatDay(`${r.until}T12:00:00Z`) : 'No end date'}
            </Field>
            <Field label="Privileged" testId="access-privileged-field">
              {r.privileged ? 'Yes' : 'No'}
            </Field>
          </SimpleGrid>
          <Box mt="md">
            <Field label="Reason" testId="access-reason">
              <Text fz="sm" mt={2} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {r.reason}
              </Text>
            </Field>
          </Box>
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} fz="lg" mb="md">
            Timeline
          </Title>
          <RequestTimeline r={r} />
        </Card>
      </SimpleGrid>
      {step && <StepModal request={r} step={step} onClose={() => setStep(null)} />}
    </Page>
  );
}
