import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Code,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  IconChartDonut,
  IconEye,
  IconFilePencil,
  IconFileTypePdf,
  IconHistory,
  IconPlus,
  IconRefresh,
  IconSettings,
  IconUserPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { MarkdownView } from '../../components/markdown-view';
import { formatDateTime, formatDay, Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { PersonSelect } from '../people/pickers';
import { PolicyReviews } from './policy-reviews';
import { PolicySettings } from './policy-settings';
import { PolicyVersions } from './policy-versions';
import {
  ApprovalRecord,
  BackLink,
  DecisionProblem,
  Field,
  KindBadge,
  NextReview,
  PolicyStatusBadge,
  VERSION_STATUS,
  VersionStatusBadge,
  invalidatePolicies,
  pdfHref,
  plural,
  versionPath,
  type Policy,
} from './shared';
import { VersionAttachments } from './version-attachments';

/** Makes a person the Policy Owner through the responsibility ledger, replacing the current one. */
function AssignOwnerModal({ policy, opened, onClose }: { policy: Policy; opened: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const assign = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/assignments', {
          body: {
            personId: personId ?? '',
            roleKey: 'policy_owner',
            scopeType: 'policy',
            scopeId: policy.id,
            kind: 'holder',
            reason,
            replaceCurrent: true,
          },
        }),
      ),
    onSuccess: (a) => {
      notifyDone(`${a.person.fullName} is now the owner of ${policy.reference}`);
      invalidatePolicies(qc);
      void qc.invalidateQueries({ queryKey: ['assignments'] });
      setPersonId(null);
      setReason('');
      onClose();
    },
  });
  const fieldError = fieldErrorOf(assign.error);
  return (
    <Modal opened={opened} onClose={onClose} title={`Assign the owner of ${policy.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          assign.mutate();
        }}
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            The policy owner keeps the policy current and prepares new versions. The assignment is recorded in the
            responsibility ledger{policy.owner ? ` and ends ${policy.owner.fullName}'s` : ''}.
          </Text>
          <PersonSelect
            label="New owner"
            required
            value={personId}
            onChange={setPersonId}
            excludeId={policy.owner?.id}
            error={fieldError('personId')}
            data-testid="policy-owner-person"
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
            data-testid="policy-owner-reason"
          />
          <DecisionProblem error={assign.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={assign.isPending} disabled={!personId} data-testid="policy-owner-submit">
              Assign owner
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The version in force, as readers see it, with its approval record and evidence links. */
function InForce({ policy }: { policy: Policy }) {
  const current = policy.current;
  const v = useQuery({
    queryKey: ['policies', policy.id, 'version', current?.id],
    queryFn: () =>
      call(
        api.GET('/api/policies/{id}/versions/{versionId}', {
          params: { path: { id: policy.id, versionId: current?.id ?? '' } },
        }),
      ),
    enabled: current !== null,
  });
  if (!current)
    return (
      <Text c="dimmed" py="md" data-testid="in-force-none">
        {policy.status === 'retired'
          ? 'This policy is retired; no version is in force.'
          : 'No version has been published yet. The first version becomes binding once it is approved and published.'}
      </Text>
    );
  if (v.isPending) return <Loader size="sm" />;
  if (!v.data) return <ProblemAlert error={v.error} />;
  const version = v.data;
  return (
    <Stack data-testid="in-force">
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={2} fz="lg" data-testid="in-force-number">
                Version {version.number}
              </Title>
              <VersionStatusBadge status={version.status} />
            </Group>
            <Text fz="sm" c="dimmed">
              Published {formatDay(version.publishedAt)}
              {version.publishedBy ? ` by ${version.publishedBy.fullName}` : ''}
            </Text>
            {version.changeSummary && (
              <Text fz="sm">
                <b>What changed:</b> {version.changeSummary}
              </Text>
            )}
          </Stack>
          {version.approval && <ApprovalRecord approval={version.approval} testId="in-force-approval" />}
        </Group>
        <Group gap="xs" mt="md">
          <Button
            component="a"
            href={pdfHref(policy.id, version.id)}
            variant="default"
            size="xs"
            leftSection={<IconFileTypePdf size={14} />}
            data-testid="in-force-pdf"
          >
            PDF
          </Button>
          {policy.can.readCampaign && (
            <Button
              component={Link}
              to={`${versionPath(policy.id, version.id)}/campaign`}
              variant="default"
              size="xs"
              leftSection={<IconChartDonut size={14} />}
              data-testid="in-force-campaign"
            >
              Acknowledgements
            </Button>
          )}
          <Button
            component={Link}
            to={versionPath(policy.id, version.id)}
            variant="subtle"
            size="xs"
            leftSection={<IconEye size={14} />}
          >
            Version details
          </Button>
        </Group>
      </Card>
      <Card withBorder padding="lg">
        <Title order={1} fz={24} mb="md">
          {version.title}
        </Title>
        <MarkdownView source={version.body} data-testid="in-force-body" />
      </Card>
      {version.attachments.length > 0 && (
        <Card withBorder padding="md">
          <Title order={3} fz="md" mb="xs">
            Attachments
          </Title>
          <VersionAttachments version={version} editable={false} />
        </Card>
      )}
    </Stack>
  );
}

/** The version being prepared, or a way to start one. */
function WorkInProgress({ policy }: { policy: Policy }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const pending = policy.pending;
  const v = useQuery({
    queryKey: ['policies', policy.id, 'version', pending?.id],
    queryFn: () =>
      call(
        api.GET('/api/policies/{id}/versions/{versionId}', {
          params: { path: { id: policy.id, versionId: pending?.id ?? '' } },
        }),
      ),
    enabled: pending !== null && policy.can.readDrafts,
  });
  const start = useMutation({
    mutationFn: () => call(api.POST('/api/policies/{id}/versions', { params: { path: { id: policy.id } } })),
    onSuccess: (d) => {
      notifyDone(`Version ${d.number} started from the one in force`);
      invalidatePolicies(qc);
      void navigate(`${versionPath(policy.id, d.id)}/edit`);
    },
  });
  if (!pending)
    return (
      <Stack align="flex-start" py="sm" data-testid="wip-none">
        <Text c="dimmed">Nothing is being worked on. The version in force stays in force.</Text>
        {policy.can.newDraft && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => start.mutate()}
            loading={start.isPending}
            data-testid="policy-new-draft"
          >
            Start new version
          </Button>
        )}
        <DecisionProblem error={start.error} />
      </Stack>
    );
  if (!policy.can.readDrafts)
    return (
      <Text c="dimmed" py="md" data-testid="wip-hidden">
        Version {pending.number} is being prepared ({VERSION_STATUS[pending.status].label.toLowerCase()}). You will see
        it once it is published.
      </Text>
    );
  const d = v.data;
  return (
    <Card withBorder padding="lg" data-testid="wip">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Title order={2} fz="lg">
              Version {pending.number}
            </Title>
            <VersionStatusBadge status={pending.status} testId="wip-status" />
          </Group>
          <Group gap="xs">
            {d?.can.edit && (
              <Button
                component={Link}
                to={`${versionPath(policy.id, pending.id)}/edit`}
                variant="default"
                leftSection={<IconFilePencil size={16} />}
                data-testid="wip-edit"
              >
                Edit
              </Button>
            )}
            <Button
              component={Link}
              to={versionPath(policy.id, pending.id)}
              leftSection={<IconEye size={16} />}
              data-testid="wip-open"
            >
              Open
            </Button>
          </Group>
        </Group>
        {d && (
          <>
            <Text fw={500}>{d.title}</Text>
            {d.changeSummary && <Text fz="sm">{d.changeSummary}</Text>}
            <Text fz="sm" c="dimmed">
              {d.authors.length > 0 ? `By ${d.authors.map((a) => a.fullName).join(', ')} · ` : ''}
              last changed {formatDateTime(d.updatedAt)}
            </Text>
            {d.status === 'in_review' && (
              <Text fz="sm">
                Submitted {formatDateTime(d.submittedAt)}
                {d.submittedBy ? ` by ${d.submittedBy.fullName}` : ''}; {d.approverRole.name} decides.
                {d.reviewers.length > 0 &&
                  ` Reviewers done: ${d.reviewers.filter((r) => r.reviewedAt).length} of ${d.reviewers.length}.`}
              </Text>
            )}
            {d.returned && d.status === 'draft' && (
              <Alert color="orange" variant="light" title={`Returned by ${d.returned.by.fullName}`}>
                {d.returned.note}
              </Alert>
            )}
            {d.status === 'approved' && d.approval && <ApprovalRecord approval={d.approval} />}
          </>
        )}
        <ProblemAlert error={v.error} />
      </Stack>
    </Card>
  );
}

/** One policy: its settings, the version in force, the one being prepared, history and reviews. */
export function PolicyScene() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [assigning, assignCtl] = useDisclosure(false);
  const q = useQuery({
    queryKey: ['policies', id],
    queryFn: () => call(api.GET('/api/policies/{id}', { params: { path: { id } } })),
  });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data) return <ProblemAlert error={q.error} />;
  const p = q.data;
  const tab = params.get('tab') ?? (p.current ? 'in-force' : 'wip');
  return (
    <Page
      title={p.title}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/policies">Policies</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="policy-reference">{p.reference}</Code>
            <KindBadge kind={p.kind} />
            <PolicyStatusBadge status={p.status} />
            {p.current && (
              <Badge variant="default" data-testid="policy-version-in-force">
                Version {p.current.number} in force
              </Badge>
            )}
            {p.pending && (
              <Badge variant="light" color="yellow" data-testid="policy-pending">
                Version {p.pending.number}: {p.pending.status.replace('_', ' ')}
              </Badge>
            )}
          </Group>
        </Stack>
      }
      actions={
        p.current ? (
          <Button
            component="a"
            href={pdfHref(p.id, p.current.id)}
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
            data-testid="policy-pdf"
          >
            PDF
          </Button>
        ) : undefined
      }
    >
      {p.status === 'retired' && (
        <Alert color="gray" title={`Retired on ${formatDay(p.retiredAt)}`} data-testid="policy-retired">
          {p.retireReason}
        </Alert>
      )}
      {p.pendingReview && (
        <Alert
          color="yellow"
          variant="light"
          title="Review without changes awaiting re-approval"
          data-testid="policy-pending-review"
        >
          <Text fz="sm">
            {p.pendingReview.requestedBy?.fullName ?? 'Someone'} recorded on {formatDay(p.pendingReview.requestedAt)}{' '}
            that the policy was reviewed and needs no change. {p.approverRole.name} re-approves it under{' '}
            <Anchor
              component="button"
              type="button"
              fz="sm"
              onClick={() => setParams({ tab: 'reviews' }, { replace: true })}
              data-testid="policy-pending-review-link"
            >
              Reviews
            </Anchor>
            .
          </Text>
          <Text fz="sm" fs="italic" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            “{p.pendingReview.note}”
          </Text>
        </Alert>
      )}
      <Card withBorder padding="lg" data-testid="policy-header">
        <Stack>
          {p.summary && <Text data-testid="policy-summary">{p.summary}</Text>}
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg">
            <Field label="Owner" testId="policy-owner">
              <Group gap="xs">
                <span>{p.owner?.fullName ?? 'No owner assigned'}</span>
                {p.can.assignOwner && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    leftSection={<IconUserPlus size={12} />}
                    onClick={assignCtl.open}
                    data-testid="policy-assign-owner"
                  >
                    {p.owner ? 'Change' : 'Assign owner'}
                  </Button>
                )}
              </Group>
            </Field>
            <Field label="Approver" testId="policy-approver-role">
              {p.approverRole.name}
            </Field>
            <Field label="Audience" testId="policy-audience">
              {p.audience.description}
            </Field>
            <Field label="Review">
              <Text fz="sm">Every {plural(p.reviewIntervalMonths, 'month')}</Text>
              <Group gap={6}>
                <Text fz="sm" c="dimmed">
                  Next:
                </Text>
                <NextReview
                  at={p.nextReviewAt}
                  overdue={p.reviewOverdue}
                  empty={p.status === 'draft' ? 'set when first published' : '—'}
                />
              </Group>
            </Field>
            <Field label="Acknowledge within" testId="policy-ack-days">
              {plural(p.ackWithinDays, 'day')} of publication
            </Field>
            <Field label="Created">{formatDay(p.createdAt)}</Field>
          </SimpleGrid>
        </Stack>
      </Card>
      <Tabs value={tab} onChange={(v) => setParams(v ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="in-force" leftSection={<IconEye size={16} />} data-testid="policy-tab-in-force">
            In force
          </Tabs.Tab>
          <Tabs.Tab value="wip" leftSection={<IconFilePencil size={16} />} data-testid="policy-tab-wip">
            Work in progress
          </Tabs.Tab>
          <Tabs.Tab value="versions" leftSection={<IconHistory size={16} />} data-testid="policy-tab-versions">
            Versions
          </Tabs.Tab>
          <Tabs.Tab value="reviews" leftSection={<IconRefresh size={16} />} data-testid="policy-tab-reviews">
            Reviews
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} />} data-testid="policy-tab-settings">
            Settings
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="in-force" pt="md">
          <InForce policy={p} />
        </Tabs.Panel>
        <Tabs.Panel value="wip" pt="md">
          <WorkInProgress policy={p} />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <PolicyVersions policy={p} />
        </Tabs.Panel>
        <Tabs.Panel value="reviews" pt="md">
          <PolicyReviews policy={p} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <PolicySettings key={p.version} policy={p} />
        </Tabs.Panel>
      </Tabs>
      {p.can.assignOwner && <AssignOwnerModal policy={p} opened={assigning} onClose={assignCtl.close} />}
    </Page>
  );
}
