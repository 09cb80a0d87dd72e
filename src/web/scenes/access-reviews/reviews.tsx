import {
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  Progress,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDay, Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { WHOLE, plural } from '../policies/shared';
import { useSetParams } from '../risks/filters';
import { todayDay } from '../risks/shared';
import {
  AssetMultiSelect,
  REVIEW_LIMITS,
  ReviewProblem,
  ReviewStatusBadge,
  invalidateAccess,
  isOverdue,
  percent,
  rateColor,
  reviewPath,
  type AccessReview,
} from './shared';
import { LoadMore } from '../../components/load-more';

const dayAfter = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Starts a campaign: which systems, everything or only what changed, and by when. */
function NewReviewModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [assetIds, setAssetIds] = useState<string[]>([]);
  const [differential, setDifferential] = useState(false);
  const [dueOn, setDueOn] = useState(dayAfter(30));
  const create = useMutation({
    mutationFn: () => call(api.POST('/api/access-reviews', { body: { title, assetIds, differential, dueOn } })),
    onSuccess: (r) => {
      notifyDone(`${r.reference} started`);
      invalidateAccess(qc);
      onClose();
      void navigate(reviewPath(r.id));
    },
  });
  const fieldError = fieldErrorOf(create.error);
  return (
    <Modal opened onClose={onClose} title="New access review campaign" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Title"
            required
            maxLength={REVIEW_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            placeholder="Quarterly access review Q1"
            data-testid="review-title-input"
          />
          <AssetMultiSelect
            label="Systems"
            description="Leave empty to review every system with entitlements."
            placeholder={assetIds.length ? undefined : 'Every system with entitlements'}
            value={assetIds}
            onChange={setAssetIds}
            error={fieldError('assetIds')}
            data-testid="review-assets-input"
          />
          <Switch
            label="Differential review"
            description="Only entitlements new or changed since they were last certified; the rest stay certified."
            checked={differential}
            onChange={(e) => setDifferential(e.currentTarget.checked)}
            data-testid="review-differential-input"
          />
          <TextInput
            label="Due on"
            description="The last day for reviewers to decide."
            type="date"
            required
            min={todayDay()}
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
            error={fieldError('dueOn')}
            w={{ base: '100%', sm: 240 }}
            data-testid="review-due-input"
          />
          <Text fz="xs" c="dimmed">
            Each entitlement goes to the owner of its system. An owner&apos;s own account goes to their manager, and a
            system without an owner to the Information Security Manager (SOD-04).
          </Text>
          <ReviewProblem error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!title.trim() || !dueOn}
              data-testid="review-create-submit"
            >
              Start campaign
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ReviewProgress({ r }: { r: AccessReview }) {
  const rate = percent(r.counts.decided, r.counts.total);
  return (
    <Group gap={6} wrap="nowrap" miw={160}>
      <Progress
        value={rate}
        color={rateColor(rate)}
        style={{ flex: 1 }}
        aria-label={`${rate}% decided`}
        data-testid="review-row-progress"
      />
      <Text fz="xs" w={70} ta="right" style={{ whiteSpace: 'nowrap' }}>
        {r.counts.decided.toLocaleString()} / {r.counts.total.toLocaleString()}
      </Text>
    </Group>
  );
}

/** Access review campaigns: the ones you review in, or every one for the ISM and auditors. */
export function AccessReviewsScene() {
  const session = useSignedIn();
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const [creating, setCreating] = useState(false);
  const raw = params.get('status');
  const status: 'open' | 'closed' | 'all' = raw === 'closed' || raw === 'all' ? raw : 'open';
  const query = { status: status === 'all' ? undefined : status };
  const list = useCursorPages<AccessReview>(['access-reviews', 'list', query], (cursor) =>
    call(api.GET('/api/access-reviews', { params: { query: { limit: 50, cursor, ...query } } })),
  );
  return (
    <Page
      title="Access reviews"
      description="Asset owners certify who may keep which access on their systems (ISO/IEC 27001 A.5.18)."
      actions={
        session.permissions.manageAccessReviews && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="review-new">
            New campaign
          </Button>
        )
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <SegmentedControl
            w="fit-content"
            value={status}
            onChange={(v) => setParams({ status: v === 'open' ? null : v })}
            data={[
              { value: 'open', label: 'Open' },
              { value: 'closed', label: 'Closed' },
              { value: 'all', label: 'All' },
            ]}
            data-testid="reviews-status"
          />
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={920}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="reviews-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th ta="right">Systems</Table.Th>
                  <Table.Th>Progress</Table.Th>
                  <Table.Th>My items</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((r) => {
                  const overdue = isOverdue(r);
                  const left = r.mine.total - r.mine.decided;
                  return (
                    <Table.Tr key={r.id} data-testid={`review-row-${r.reference}`}>
                      <Table.Td>
                        <Code>{r.reference}</Code>
                      </Table.Td>
                      <Table.Td maw={320}>
                        <Anchor component={Link} to={reviewPath(r.id)} fz="sm" fw={500} data-testid="review-row-title">
                          {r.title}
                        </Anchor>
                        {r.differential && (
                          <Badge ml={6} size="xs" variant="outline" color="gray" styles={WHOLE}>
                            Differential
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <ReviewStatusBadge status={r.status} overdue={overdue} />
                      </Table.Td>
                      <Table.Td fz="sm" c={overdue ? 'red' : undefined}>
                        {formatDay(r.dueAt)}
                      </Table.Td>
                      <Table.Td fz="sm" ta="right">
                        {r.assetCount.toLocaleString()}
                      </Table.Td>
                      <Table.Td>
                        <ReviewProgress r={r} />
                      </Table.Td>
                      <Table.Td fz="sm" data-testid="review-row-mine">
                        {r.mine.total === 0 ? (
                          <Text c="dimmed" fz="sm">
                            —
                          </Text>
                        ) : left > 0 ? (
                          <Badge variant="filled" color="blue" styles={WHOLE}>
                            {plural(left, 'to decide', 'to decide')}
                          </Badge>
                        ) : (
                          <Text fz="sm" c="teal">
                            All {r.mine.total.toLocaleString()} decided
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && !list.error && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="reviews-empty">
              {status === 'open' ? 'No open campaign has items for you.' : 'No campaigns.'}
            </Text>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
      {creating && <NewReviewModal onClose={() => setCreating(false)} />}
    </Page>
  );
}
