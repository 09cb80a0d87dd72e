import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { notifyDone } from '../../components/problem';
import { plural } from '../policies/shared';
import { PersonPicker } from '../responsibilities/pickers';
import {
  DECISION,
  REVIEW_LIMITS,
  ReviewProblem,
  invalidateAccess,
  type ReviewDecision,
  type ReviewItem,
} from './shared';

export type ItemFilter = {
  assetId?: string;
  privileged?: 'true' | 'false';
  toxic?: 'true' | 'false';
  orphaned?: 'true' | 'false';
  q?: string;
};

/** What a decision dialog decides: one item, the selected ones, or every undecided one the filter matches. */
export type DecisionTarget =
  | { kind: 'one'; item: ReviewItem; decision: ReviewDecision }
  | { kind: 'selected'; ids: string[]; decision: ReviewDecision }
  | { kind: 'filter'; filter: ItemFilter; description: string };

function decide(reviewId: string, target: DecisionTarget, decision: ReviewDecision, comment: string, modifyTo: string) {
  const fields = { decision, comment, modifyTo: decision === 'modify' ? modifyTo : undefined };
  if (target.kind === 'one')
    return call(
      api.POST('/api/access-reviews/{id}/items/{entitlementId}/decision', {
        params: { path: { id: reviewId, entitlementId: target.item.entitlementId } },
        body: fields,
      }),
    ).then(() => ({ decided: 1, skipped: 0 }));
  // The list's URL flags are the strings "true"/"false"; the bulk body takes booleans.
  const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
  const f = target.kind === 'filter' ? target.filter : {};
  const filter = {
    assetId: f.assetId,
    q: f.q,
    privileged: flag(f.privileged),
    toxic: flag(f.toxic),
    orphaned: flag(f.orphaned),
  };
  return call(
    api.POST('/api/access-reviews/{id}/items/decisions', {
      params: { path: { id: reviewId } },
      body: { ...fields, entitlementIds: target.kind === 'selected' ? target.ids : undefined, filter },
    }),
  );
}

/** Asks for the comment (and, to modify, the access it becomes) before a decision is recorded. */
export function DecisionModal({
  reviewId,
  target,
  onClose,
  onDone,
}: {
  reviewId: string;
  target: DecisionTarget;
  onClose: () => void;
  onDone?: (r: { decided: number; skipped: number }) => void;
}) {
  const qc = useQueryClient();
  const [decision, setDecision] = useState<ReviewDecision>(target.kind === 'filter' ? 'keep' : target.decision);
  const [comment, setComment] = useState(target.kind === 'one' ? (target.item.comment ?? '') : '');
  const [modifyTo, setModifyTo] = useState(target.kind === 'one' ? (target.item.modifyTo ?? '') : '');
  const run = useMutation({
    mutationFn: () => decide(reviewId, target, decision, comment, modifyTo),
    onSuccess: (r) => {
      notifyDone(
        target.kind === 'one'
          ? `${DECISION[decision].label}: ${target.item.account}`
          : `${plural(r.decided, 'item')} decided${r.skipped ? `, ${r.skipped} skipped (not yours)` : ''}`,
      );
      invalidateAccess(qc);
      onDone?.(r);
      onClose();
    },
  });
  const title =
    target.kind === 'one'
      ? `${DECISION[decision].label} ${target.item.entitlement}`
      : target.kind === 'selected'
        ? `${DECISION[decision].label} ${plural(target.ids.length, 'selected item')}`
        : 'Decide all matching the filter';
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run.mutate();
        }}
      >
        <Stack>
          {target.kind === 'one' && (
            <Text fz="sm">
              Account <b>{target.item.account}</b> on {target.item.asset.reference} {target.item.asset.name}
              {target.item.person ? `, held by ${target.item.person.fullName}` : ', matched to nobody'}.
            </Text>
          )}
          {target.kind === 'filter' && (
            <Alert color="blue" variant="light" data-testid="decide-filter-scope">
              Every undecided item of yours that matches: {target.description}. Items of other reviewers are skipped.
            </Alert>
          )}
          {target.kind !== 'one' && (
            <SegmentedControl
              value={decision}
              onChange={(v) => setDecision(v as ReviewDecision)}
              data={[
                { value: 'keep', label: 'Keep' },
                { value: 'revoke', label: 'Revoke' },
                ...(target.kind === 'selected' ? [{ value: 'modify', label: 'Modify' }] : []),
              ]}
              data-testid="decision-choice"
            />
          )}
          {decision === 'modify' && (
            <TextInput
              label="The access it becomes"
              description="What the administrator should change the entitlement to"
              required
              maxLength={REVIEW_LIMITS.modifyToMax}
              value={modifyTo}
              onChange={(e) => setModifyTo(e.currentTarget.value)}
              placeholder="read-only"
              data-testid="decision-modify-to"
            />
          )}
          <Textarea
            label="Comment"
            description={decision === 'keep' ? 'Optional' : 'Why, for the administrators and the auditors'}
            autosize
            minRows={2}
            maxLength={REVIEW_LIMITS.commentMax}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            data-testid="decision-comment"
          />
          <ReviewProblem error={run.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={DECISION[decision].color}
              loading={run.isPending}
              disabled={decision === 'modify' && !modifyTo.trim()}
              data-testid="decision-submit"
            >
              {DECISION[decision].label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Gives selected items to another reviewer (the ISM); never to the account holder (SOD-04). */
export function ReassignModal({ reviewId, ids, onClose }: { reviewId: string; ids: string[]; onClose: () => void }) {
  const qc = useQueryClient();
  const [reviewerId, setReviewerId] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/access-reviews/{id}/items/reassign', {
          params: { path: { id: reviewId } },
          body: { entitlementIds: ids, reviewerId: reviewerId ?? '' },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(`${plural(r.count, 'item')} reassigned`);
      invalidateAccess(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`Reassign ${plural(ids.length, 'item')}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run.mutate();
        }}
      >
        <Stack>
          <PersonPicker
            label="New reviewer"
            required
            value={reviewerId}
            onChange={setReviewerId}
            data-testid="reassign-person"
          />
          <Text fz="xs" c="dimmed">
            Nobody may review their own account (SOD-04).
          </Text>
          <ReviewProblem error={run.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!reviewerId} loading={run.isPending} data-testid="reassign-submit">
              Reassign
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
