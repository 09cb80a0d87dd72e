import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconClipboardCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { formatDateTime, formatDay } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { DecisionProblem, NextReview, POLICY_LIMITS, WHOLE, invalidatePolicies, type Policy } from './shared';

type Review = Schemas['PolicyReview'];

const REVIEW_STATUS: Record<Review['status'], { label: string; color: string }> = {
  requested: { label: 'Awaiting re-approval', color: 'yellow' },
  approved: { label: 'Re-approved', color: 'teal' },
  returned: { label: 'Returned', color: 'red' },
  recorded: { label: 'Recorded', color: 'blue' },
};

/** "Reviewed, no changes needed": recorded by the owner or ISM, re-approved by the approver. */
function RecordReviewModal({ policy, opened, onClose }: { policy: Policy; opened: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const record = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/policies/{id}/reviews', {
          params: { path: { id: policy.id } },
          body: { version: policy.version, note },
        }),
      ),
    onSuccess: () => {
      notifyDone(`Review recorded; ${policy.approverRole.name} is asked to re-approve`);
      invalidatePolicies(qc);
      setNote('');
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Record review without changes" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate();
        }}
      >
        <Stack>
          <Text fz="sm">
            The policy was reviewed and version {policy.current?.number ?? '—'} stays as it is. The{' '}
            {policy.approverRole.name} re-approves it, and the next review moves {policy.reviewIntervalMonths} months on
            from then.
          </Text>
          <Textarea
            label="What was checked"
            description="e.g. checked against the new supplier contracts and last year's incidents; still fits"
            required
            autosize
            minRows={3}
            maxLength={POLICY_LIMITS.noteMax}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldErrorOf(record.error)('note')}
            data-testid="review-note"
          />
          <DecisionProblem error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="review-record-submit">
              Record review
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Decision = { review: Review; verb: 'approve' | 'return' } | null;

function ReviewDecisionModal({
  policy,
  decision,
  onClose,
}: {
  policy: Policy;
  decision: Decision;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: ({ review, verb }: NonNullable<Decision>) =>
      verb === 'approve'
        ? call(
            api.POST('/api/policies/{id}/reviews/{reviewId}/approve', {
              params: { path: { id: policy.id, reviewId: review.id } },
              body: { version: review.version, note: note.trim() || undefined },
            }),
          )
        : call(
            api.POST('/api/policies/{id}/reviews/{reviewId}/return', {
              params: { path: { id: policy.id, reviewId: review.id } },
              body: { version: review.version, note },
            }),
          ),
    onSuccess: (_r, d) => {
      notifyDone(d.verb === 'approve' ? 'Review re-approved; the next review date moved on' : 'Review returned');
      invalidatePolicies(qc);
      onClose();
    },
  });
  const approving = decision?.verb === 'approve';
  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      title={approving ? 'Re-approve the policy unchanged' : 'Return the review'}
    >
      {decision && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            decide.mutate(decision);
          }}
        >
          <Stack>
            <Text fz="sm" c="dimmed">
              {decision.review.requestedBy?.fullName ?? 'The reviewer'} wrote: “{decision.review.note}”
            </Text>
            <Textarea
              label={approving ? 'Note (optional)' : 'Why it needs more work'}
              required={!approving}
              autosize
              minRows={2}
              maxLength={POLICY_LIMITS.noteMax}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              data-testid="review-decision-note"
            />
            <DecisionProblem error={decide.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                type="submit"
                color={approving ? 'teal' : 'red'}
                loading={decide.isPending}
                data-testid="review-decision-submit"
              >
                {approving ? 'Re-approve' : 'Return'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** The periodic reviews: revisions published and "no change" reviews with their re-approval. */
export function PolicyReviews({ policy }: { policy: Policy }) {
  const [recording, setRecording] = useState(false);
  const [decision, setDecision] = useState<Decision>(null);
  const list = useCursorPages<Review>(['policies', policy.id, 'reviews'], (cursor) =>
    call(api.GET('/api/policies/{id}/reviews', { params: { path: { id: policy.id }, query: { limit: 50, cursor } } })),
  );
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Text fz="sm">Reviewed every {policy.reviewIntervalMonths} months; next review due</Text>
            <NextReview at={policy.nextReviewAt} overdue={policy.reviewOverdue} />
          </Group>
          {policy.can.recordReview && (
            <Button
              leftSection={<IconClipboardCheck size={16} />}
              onClick={() => setRecording(true)}
              disabled={policy.pendingReview !== null}
              title={policy.pendingReview ? 'A review is already awaiting re-approval' : undefined}
              data-testid="review-record"
            >
              Record review without changes
            </Button>
          )}
        </Group>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" data-testid="reviews-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Requested</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Decision</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((r) => (
                <Table.Tr key={r.id} data-testid="review-row">
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    <Text fz="sm">{formatDay(r.requestedAt)}</Text>
                    <Text fz="xs" c="dimmed">
                      {r.requestedBy?.fullName ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="sm">
                    {r.outcome === 'no_change' ? 'No changes' : 'Revised'} · version {r.versionNumber}
                  </Table.Td>
                  <Table.Td maw={300}>
                    <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {r.note}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={REVIEW_STATUS[r.status].color}
                      styles={WHOLE}
                      data-testid="review-status"
                    >
                      {REVIEW_STATUS[r.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td fz="sm" maw={260}>
                    {r.decidedBy ? (
                      <>
                        <Text fz="sm">
                          {r.decidedBy.fullName}
                          {r.decidedRoleName ? ` (${r.decidedRoleName})` : ''}
                        </Text>
                        <Text fz="xs" c="dimmed">
                          {formatDateTime(r.decidedAt)}
                        </Text>
                        {r.decisionNote && (
                          <Text fz="xs" fs="italic">
                            “{r.decisionNote}”
                          </Text>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" justify="flex-end">
                      {r.can.approve && (
                        <Button
                          size="compact-sm"
                          color="teal"
                          leftSection={<IconCheck size={14} />}
                          onClick={() => setDecision({ review: r, verb: 'approve' })}
                          data-testid="review-approve"
                        >
                          Approve
                        </Button>
                      )}
                      {r.can.returnReview && (
                        <Button
                          size="compact-sm"
                          color="red"
                          variant="light"
                          leftSection={<IconX size={14} />}
                          onClick={() => setDecision({ review: r, verb: 'return' })}
                          data-testid="review-return"
                        >
                          Return
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="reviews-empty">
            No reviews recorded yet.
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
      {policy.can.recordReview && (
        <RecordReviewModal policy={policy} opened={recording} onClose={() => setRecording(false)} />
      )}
      <ReviewDecisionModal
        key={decision ? `${decision.review.id}:${decision.verb}` : 'none'}
        policy={policy}
        decision={decision}
        onClose={() => setDecision(null)}
      />
    </Card>
  );
}
