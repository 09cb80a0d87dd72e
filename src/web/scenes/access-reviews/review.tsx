import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Code,
  Group,
  Loader,
  Modal,
  RingProgress,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconListDetails,
  IconLock,
  IconTrash,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDateTime, formatDay, Page } from '../../components/page';
import { notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { BackLink, WHOLE, plural } from '../policies/shared';
import { ItemsPanel } from './review-items';
import { ReviewersPanel, RevocationsPanel } from './review-side-tabs';
import {
  ReviewProblem,
  ReviewStatusBadge,
  invalidateAccess,
  isOverdue,
  percent,
  rateColor,
  type AccessReview,
} from './shared';

type Tab = 'mine' | 'all' | 'reviewers' | 'revocations';

function Stat({
  label,
  value,
  color,
  testId,
  tip,
}: {
  label: string;
  value: number;
  color?: string;
  testId: string;
  tip?: string;
}) {
  const body = (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={22} fw={700} c={value > 0 ? color : undefined} data-testid={testId}>
        {value.toLocaleString()}
      </Text>
    </div>
  );
  return tip ? (
    <Tooltip label={tip} withArrow multiline w={260}>
      {body}
    </Tooltip>
  ) : (
    body
  );
}

function CloseReviewButton({ review }: { review: AccessReview }) {
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const close = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/access-reviews/{id}/close', {
          params: { path: { id: review.id } },
          body: { version: review.version },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(`${r.reference} closed`);
      qc.setQueryData(['access-reviews', review.id], r);
      invalidateAccess(qc);
      setConfirming(false);
    },
  });
  const left = review.counts.total - review.counts.decided;
  const button = (
    <Button
      variant="default"
      leftSection={<IconLock size={16} />}
      disabled={left > 0}
      onClick={() => setConfirming(true)}
      data-testid="review-close"
    >
      Close campaign
    </Button>
  );
  return (
    <>
      {left > 0 ? (
        <Tooltip label={`${plural(left, 'item')} still undecided`} withArrow>
          <span data-testid="review-close-reason" data-reason={`${left} undecided`}>
            {button}
          </span>
        </Tooltip>
      ) : (
        button
      )}
      {confirming && (
        <Modal opened onClose={() => setConfirming(false)} title={`Close ${review.reference}`}>
          <Stack>
            <Text fz="sm">
              Every item is decided. Kept entitlements count as certified today;{' '}
              {plural(review.counts.revoke, 'revocation')} and {plural(review.counts.modify, 'modification')} stay on
              the revocation list until the administrators mark them done.
            </Text>
            <ReviewProblem error={close.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
              <Button loading={close.isPending} onClick={() => close.mutate()} data-testid="review-close-confirm">
                Close campaign
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}

function Header({ review: r }: { review: AccessReview }) {
  const rate = percent(r.counts.decided, r.counts.total);
  const c = r.counts;
  return (
    <Card withBorder padding="lg" data-testid="review-header">
      <Group gap="xl" wrap="wrap" align="center">
        <RingProgress
          size={140}
          thickness={13}
          roundCaps={rate > 0}
          // A zero-length section with round caps would draw a dot: no section at 0%.
          sections={rate > 0 ? [{ value: rate, color: rateColor(rate) }] : []}
          label={
            <Stack gap={0} align="center">
              <Text fz={22} fw={700} data-testid="review-rate">
                {rate}%
              </Text>
              <Text fz="xs" c="dimmed">
                decided
              </Text>
            </Stack>
          }
        />
        <Stack gap="md" style={{ flex: 1, minWidth: 280 }}>
          <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="lg">
            <Stat label="Items" value={c.total} testId="review-total" />
            <Stat label="Decided" value={c.decided} color="teal" testId="review-decided" />
            <Stat label="Keep" value={c.keep} color="teal" testId="review-keep" />
            <Stat label="Revoke" value={c.revoke} color="red" testId="review-revoke" />
            <Stat label="Modify" value={c.modify} color="orange" testId="review-modify" />
            <Stat
              label="Toxic"
              value={c.toxic}
              color="red"
              testId="review-toxic"
              tip="Items whose holder also has the other side of an active toxic combination"
            />
            <Stat
              label="Routed"
              value={c.routed}
              color="indigo"
              testId="review-routed"
              tip="SOD-04: items sent away from the asset owner (their own account, a system without owner) or reassigned"
            />
            <Stat label="No reviewer" value={c.withoutReviewer} color="orange" testId="review-without-reviewer" />
            <Stat label="Carried out" value={c.revoked} color="teal" testId="review-revoked" />
            {r.mine.total > 0 && (
              <Stat label="Mine left" value={r.mine.total - r.mine.decided} color="blue" testId="review-mine-left" />
            )}
          </SimpleGrid>
          <Text fz="sm" c="dimmed" data-testid="review-assets">
            {r.assetCount === 0
              ? 'No systems'
              : `${plural(r.assetCount, 'system')}: ${r.assets
                  .slice(0, 8)
                  .map((a) => a.name)
                  .join(', ')}${r.assetCount > 8 ? ', …' : ''}`}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

/** One campaign: its progress, the caller's items to decide, every item, reviewers and revocations. */
export function AccessReviewScene() {
  const { id = '' } = useParams();
  const session = useSignedIn();
  const [params, setParams] = useSearchParams();
  const q = useQuery({
    queryKey: ['access-reviews', id],
    queryFn: () => call(api.GET('/api/access-reviews/{id}', { params: { path: { id } } })),
  });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        <BackLink to="/access-reviews">Access reviews</BackLink>
        <ReviewProblem error={q.error} />
      </Stack>
    );
  const r = q.data;
  const seeAll = r.can.manage || session.permissions.readAllAccessReviews;
  const items: Tab[] = [
    ...(r.can.decide || r.mine.total > 0 ? (['mine'] as const) : []),
    ...(seeAll ? (['all'] as const) : []),
  ];
  // Without items to decide or read, the caller administers systems: they land on the revocations.
  const tabs: Tab[] = items.length ? [...items, 'reviewers', 'revocations'] : ['revocations', 'reviewers'];
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && tabs.includes(asked) ? asked : tabs[0]!;
  const overdue = isOverdue(r);
  return (
    <Page
      title={r.title}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/access-reviews">Access reviews</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="review-reference">{r.reference}</Code>
            <ReviewStatusBadge status={r.status} overdue={overdue} />
            {r.differential && (
              <Tooltip label="Only entitlements new or changed since they were last certified" withArrow>
                <Badge variant="outline" color="gray" styles={WHOLE} data-testid="review-differential">
                  Differential
                </Badge>
              </Tooltip>
            )}
            <Text span fz="sm" c={overdue ? 'red' : 'dimmed'} data-testid="review-due">
              Due {formatDay(r.dueAt)}
            </Text>
            {r.createdBy && (
              <Text span fz="sm" c="dimmed">
                · started by {r.createdBy.fullName}
              </Text>
            )}
          </Group>
        </Stack>
      }
      actions={
        <Group gap="xs">
          {r.can.export && (
            <>
              <Button
                component="a"
                download
                href={`/api/access-reviews/${r.id}/evidence?format=xlsx`}
                variant="default"
                leftSection={<IconFileSpreadsheet size={16} />}
                data-testid="review-evidence-xlsx"
              >
                Evidence XLSX
              </Button>
              <Button
                component="a"
                download
                href={`/api/access-reviews/${r.id}/evidence?format=pdf`}
                variant="default"
                leftSection={<IconFileTypePdf size={16} />}
                data-testid="review-evidence-pdf"
              >
                Evidence PDF
              </Button>
            </>
          )}
          {r.can.manage && r.status === 'open' && <CloseReviewButton review={r} />}
        </Group>
      }
    >
      {r.status === 'closed' && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} title="Closed" data-testid="review-closed">
          Closed {formatDateTime(r.closedAt)}
          {r.closedBy ? ` by ${r.closedBy.fullName}` : ''}. Kept entitlements are certified; the revocation list stays
          open until the administrators mark each change done.
        </Alert>
      )}
      <Header review={r} />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== tabs[0] ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.includes('mine') && (
            <Tabs.Tab value="mine" leftSection={<IconUser size={16} />} data-testid="review-tab-mine">
              My items ({r.mine.total - r.mine.decided} left)
            </Tabs.Tab>
          )}
          {tabs.includes('all') && (
            <Tabs.Tab value="all" leftSection={<IconListDetails size={16} />} data-testid="review-tab-all">
              All items
            </Tabs.Tab>
          )}
          <Tabs.Tab value="reviewers" leftSection={<IconUsers size={16} />} data-testid="review-tab-reviewers">
            Reviewers
          </Tabs.Tab>
          <Tabs.Tab value="revocations" leftSection={<IconTrash size={16} />} data-testid="review-tab-revocations">
            Revocations ({r.counts.revoke + r.counts.modify})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mine" pt="md">
          <ItemsPanel review={r} scope="mine" />
        </Tabs.Panel>
        <Tabs.Panel value="all" pt="md">
          <ItemsPanel review={r} scope="all" />
        </Tabs.Panel>
        <Tabs.Panel value="reviewers" pt="md">
          <ReviewersPanel review={r} />
        </Tabs.Panel>
        <Tabs.Panel value="revocations" pt="md">
          <RevocationsPanel review={r} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
