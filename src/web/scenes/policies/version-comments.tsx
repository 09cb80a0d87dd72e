import { Avatar, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconChecks, IconMessagePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { ProblemAlert, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { DecisionProblem, POLICY_LIMITS, invalidatePolicies, type PolicyVersion } from './shared';

type Comment = Schemas['PolicyComment'];

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((p) => p[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** A reviewer says they are done, with a last comment if they like. */
function DoneReviewingModal({ version: v, onClose }: { version: PolicyVersion; onClose: () => void }) {
  const qc = useQueryClient();
  const [comment, setComment] = useState('');
  const done = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/policies/{id}/versions/{versionId}/reviewed', {
          params: { path: { id: v.policyId, versionId: v.id } },
          body: { comment: comment.trim() || undefined },
        }),
      ),
    onSuccess: () => {
      notifyDone('Marked as reviewed');
      invalidatePolicies(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title="Done reviewing">
      <Stack>
        <Text fz="sm">
          The authors and {v.approverRole.name} see that you finished your review of version {v.number}.
        </Text>
        <Textarea
          label="Last comment (optional)"
          autosize
          minRows={2}
          maxLength={POLICY_LIMITS.commentMax}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          data-testid="reviewed-comment"
        />
        <DecisionProblem error={done.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={done.isPending} onClick={() => done.mutate()} data-testid="reviewed-confirm">
            Done reviewing
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Review comments on a version, oldest first, with a box to add one. */
export function VersionComments({ version: v }: { version: PolicyVersion }) {
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const [finishing, setFinishing] = useState(false);
  const list = useCursorPages<Comment>(['policies', v.policyId, 'version', v.id, 'comments'], (cursor) =>
    call(
      api.GET('/api/policies/{id}/versions/{versionId}/comments', {
        params: { path: { id: v.policyId, versionId: v.id }, query: { limit: 50, cursor } },
      }),
    ),
  );
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/policies/{id}/versions/{versionId}/comments', {
          params: { path: { id: v.policyId, versionId: v.id } },
          body: { body },
        }),
      ),
    onSuccess: () => {
      setBody('');
      void qc.invalidateQueries({ queryKey: ['policies', v.policyId, 'version', v.id, 'comments'] });
    },
  });
  return (
    <Card withBorder padding="md" data-testid="comments">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="md">
          Comments{list.items.length ? ` (${list.items.length}${list.hasNextPage ? '+' : ''})` : ''}
        </Title>
        {v.can.markReviewed && (
          <Button
            size="xs"
            variant="light"
            color="teal"
            leftSection={<IconChecks size={14} />}
            onClick={() => setFinishing(true)}
            data-testid="version-mark-reviewed"
          >
            Done reviewing
          </Button>
        )}
      </Group>
      <ProblemAlert error={list.error} />
      <Stack gap="sm">
        {list.items.map((c) => (
          <Group key={c.id} align="flex-start" wrap="nowrap" gap="sm" data-testid="comment">
            <Avatar radius="xl" size={30} color="indigo">
              {initials(c.author.fullName)}
            </Avatar>
            <div style={{ minWidth: 0, flex: 1 }}>
              <Group gap={6}>
                <Text fz="sm" fw={600}>
                  {c.author.fullName}
                </Text>
                <Text fz="xs" c="dimmed">
                  {formatDateTime(c.createdAt)}
                </Text>
              </Group>
              <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.body}
              </Text>
            </div>
          </Group>
        ))}
        {!list.isPending && list.items.length === 0 && (
          <Text fz="sm" c="dimmed" data-testid="comments-empty">
            No comments yet.
          </Text>
        )}
        {list.hasNextPage && (
          <Button
            variant="subtle"
            size="xs"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Older comments
          </Button>
        )}
        {v.can.comment && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (body.trim()) add.mutate();
            }}
          >
            <Stack gap="xs">
              <Textarea
                placeholder="Add a comment for the authors and the approver"
                aria-label="Comment"
                autosize
                minRows={2}
                maxLength={POLICY_LIMITS.commentMax}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
                data-testid="comment-input"
              />
              <DecisionProblem error={add.error} />
              <Group justify="flex-end">
                <Button
                  type="submit"
                  size="xs"
                  leftSection={<IconMessagePlus size={14} />}
                  loading={add.isPending}
                  disabled={!body.trim()}
                  data-testid="comment-submit"
                >
                  Comment
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
      {finishing && <DoneReviewingModal version={v} onClose={() => setFinishing(false)} />}
    </Card>
  );
}
