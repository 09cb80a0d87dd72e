import { Badge, Button, Card, Checkbox, Group, Progress, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconChecks, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { ProblemAlert, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { WHOLE, plural } from '../policies/shared';
import {
  DecisionBadge,
  OrphanedBadge,
  PrivilegedBadge,
  ReviewProblem,
  invalidateAccess,
  percent,
  rateColor,
  type AccessReview,
  type ReviewItem,
  type ReviewerProgress,
} from './shared';

/** How far each reviewer is, with the items still without one first. */
export function ReviewersPanel({ review }: { review: AccessReview }) {
  const list = useCursorPages<ReviewerProgress>(['access-reviews', review.id, 'reviewers'], (cursor) =>
    call(
      api.GET('/api/access-reviews/{id}/reviewers', {
        params: { path: { id: review.id }, query: { limit: 50, cursor } },
      }),
    ),
  );
  return (
    <Card withBorder padding="lg">
      <ProblemAlert error={list.error} />
      <Table.ScrollContainer minWidth={620}>
        <Table verticalSpacing="sm" data-testid="reviewers-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reviewer</Table.Th>
              <Table.Th ta="right">Decided</Table.Th>
              <Table.Th ta="right">Revoke</Table.Th>
              <Table.Th w="40%">Progress</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((p) => {
              const rate = percent(p.decided, p.total);
              return (
                <Table.Tr key={p.reviewer?.id ?? 'none'} data-testid="reviewer-row">
                  <Table.Td fz="sm" fw={500}>
                    {p.reviewer ? (
                      p.reviewer.fullName
                    ) : (
                      <Text c="orange" fz="sm" fw={500}>
                        No reviewer yet
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {p.decided.toLocaleString()} / {p.total.toLocaleString()}
                  </Table.Td>
                  <Table.Td fz="sm" ta="right" c={p.revoke > 0 ? 'red' : undefined}>
                    {p.revoke.toLocaleString()}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Progress
                        value={rate}
                        color={rateColor(rate)}
                        style={{ flex: 1 }}
                        aria-label={`${rate}% decided`}
                      />
                      <Text fz="xs" w={40} ta="right">
                        {rate}%
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!list.isPending && !list.error && list.items.length === 0 && (
        <Text c="dimmed" ta="center" py="md" data-testid="reviewers-empty">
          No items in this campaign.
        </Text>
      )}
      {list.hasNextPage && (
        <Group justify="center" mt="sm">
          <Button variant="light" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            Load more
          </Button>
        </Group>
      )}
    </Card>
  );
}

/**
 * What the administrators must change on the systems: every revoke and modify decision, as a list
 * and as CSV; those who administer a system mark each one done once carried out.
 */
export function RevocationsPanel({ review }: { review: AccessReview }) {
  const qc = useQueryClient();
  const [decision, setDecision] = useState<'revoke' | 'modify'>('revoke');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const list = useCursorPages<ReviewItem>(['access-reviews', review.id, 'items', { decision }], (cursor) =>
    call(
      api.GET('/api/access-reviews/{id}/items', {
        params: { path: { id: review.id }, query: { limit: 50, cursor, decision } },
      }),
    ),
  );
  const done = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/access-reviews/{id}/revocations/done', {
          params: { path: { id: review.id } },
          body: { entitlementIds: [...selected] },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(`${plural(r.count, 'revocation')} marked done`);
      setSelected(new Set());
      invalidateAccess(qc);
    },
  });
  const markable = review.can.revoke;
  const pending = list.items.filter((i) => !i.revokedAt);
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <SegmentedControl
            value={decision}
            onChange={(v) => {
              setDecision(v);
              setSelected(new Set());
            }}
            data={[
              { value: 'revoke', label: `Revoke (${review.counts.revoke})` },
              { value: 'modify', label: `Modify (${review.counts.modify})` },
            ]}
            data-testid="revocations-decision"
          />
          <Group gap="xs">
            {markable && (
              <Button
                leftSection={<IconChecks size={16} />}
                disabled={selected.size === 0}
                loading={done.isPending}
                onClick={() => done.mutate()}
                data-testid="revocations-mark-done"
              >
                Mark done{selected.size ? ` (${selected.size})` : ''}
              </Button>
            )}
            {review.can.export && (
              <Button
                component="a"
                download
                href={`/api/access-reviews/${review.id}/revocations`}
                variant="default"
                leftSection={<IconDownload size={16} />}
                data-testid="revocations-export"
              >
                Revocation list (CSV)
              </Button>
            )}
          </Group>
        </Group>
        <Text fz="sm" c="dimmed">
          {review.counts.revoked.toLocaleString()} of {(review.counts.revoke + review.counts.modify).toLocaleString()}{' '}
          carried out on the systems.
        </Text>
        <ReviewProblem error={done.error ?? list.error} />
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" data-testid="revocations-table">
            <Table.Thead>
              <Table.Tr>
                {markable && (
                  <Table.Th w={36}>
                    {pending.length > 0 && (
                      <Checkbox
                        aria-label="Select every pending revocation shown"
                        checked={pending.every((i) => selected.has(i.entitlementId))}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          setSelected(on ? new Set(pending.map((i) => i.entitlementId)) : new Set());
                        }}
                        data-testid="revocations-select-all"
                      />
                    )}
                  </Table.Th>
                )}
                <Table.Th>System</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th>Holder</Table.Th>
                <Table.Th>Entitlement</Table.Th>
                <Table.Th>Decision</Table.Th>
                <Table.Th>Carried out</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((i) => (
                <Table.Tr key={i.entitlementId} data-testid="revocation-row" data-account={i.account}>
                  {markable && (
                    <Table.Td>
                      {!i.revokedAt && (
                        <Checkbox
                          aria-label={`Mark ${i.account} ${i.entitlement} done`}
                          checked={selected.has(i.entitlementId)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setSelected((s) => {
                              const next = new Set(s);
                              if (on) next.add(i.entitlementId);
                              else next.delete(i.entitlementId);
                              return next;
                            });
                          }}
                          data-testid="revocation-select"
                        />
                      )}
                    </Table.Td>
                  )}
                  <Table.Td fz="sm">
                    {i.asset.reference} · {i.asset.name}
                  </Table.Td>
                  <Table.Td fz="sm" ff="monospace">
                    {i.account}
                  </Table.Td>
                  <Table.Td fz="sm">{i.person?.fullName ?? <OrphanedBadge />}</Table.Td>
                  <Table.Td fz="sm">
                    <Group gap={6}>
                      <span>{i.entitlement}</span>
                      {i.privileged && <PrivilegedBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <DecisionBadge decision={i.decision} />
                      {i.modifyTo && (
                        <Text fz="xs" ff="monospace">
                          → {i.modifyTo}
                        </Text>
                      )}
                    </Group>
                    {i.comment && (
                      <Text fz="xs" c="dimmed" lineClamp={1} title={i.comment}>
                        {i.comment}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm">
                    {i.revokedAt ? (
                      <Badge variant="light" color="teal" styles={WHOLE} data-testid="revocation-done">
                        Done {formatDateTime(i.revokedAt)}
                      </Badge>
                    ) : (
                      <Text c="dimmed" fz="sm" data-testid="revocation-pending">
                        Not yet
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="revocations-empty">
            No {decision === 'revoke' ? 'revocations' : 'modifications'} decided yet.
          </Text>
        )}
        {list.hasNextPage && (
          <Group justify="center">
            <Button variant="light" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              Load more
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
