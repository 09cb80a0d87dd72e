import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Code,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconMessagePlus, IconProgressCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { ProblemAlert, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { WHOLE } from '../policies/shared';
import { RISK_LIMITS, invalidateRisks, riskPath, type Risk, type RiskUpdate, RiskProblem } from './shared';

type Kind = RiskUpdate['kind'];

const KIND: Record<Kind, { label: string; color: string; icon: ReactNode }> = {
  status: { label: 'Status update', color: 'blue', icon: <IconProgressCheck size={12} /> },
  concern: { label: 'Concern', color: 'orange', icon: <IconAlertTriangle size={12} /> },
};

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((p) => p[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** One update: who, when, what kind; with its risk when shown in the feed. */
export function UpdateItem({ u, withRisk = false }: { u: RiskUpdate; withRisk?: boolean }) {
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm" data-testid="risk-update">
      <Avatar radius="xl" size={32} color={u.kind === 'concern' ? 'orange' : 'indigo'}>
        {initials(u.author.fullName)}
      </Avatar>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="wrap">
          <Text fz="sm" fw={600}>
            {u.author.fullName}
          </Text>
          <Badge
            size="xs"
            variant="light"
            color={KIND[u.kind].color}
            leftSection={KIND[u.kind].icon}
            styles={WHOLE}
            data-testid="risk-update-kind"
          >
            {KIND[u.kind].label}
          </Badge>
          <Text fz="xs" c="dimmed">
            {formatDateTime(u.createdAt)}
          </Text>
        </Group>
        {withRisk && (
          <Anchor component={Link} to={riskPath(u.risk.id)} fz="sm" data-testid="risk-update-risk">
            <Code>{u.risk.reference}</Code> {u.risk.title}
          </Anchor>
        )}
        <Text fz="sm" mt={2} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {u.body}
        </Text>
      </div>
    </Group>
  );
}

/** Status updates and concerns on one risk, newest first, with a box to post one. */
export function UpdatesCard({ risk }: { risk: Risk }) {
  const qc = useQueryClient();
  const [kind, setKind] = useState<Kind>('status');
  const [body, setBody] = useState('');
  const list = useCursorPages<RiskUpdate>(['risks', risk.id, 'updates'], (cursor) =>
    call(api.GET('/api/risks/{id}/updates', { params: { path: { id: risk.id }, query: { limit: 20, cursor } } })),
  );
  const post = useMutation({
    mutationFn: () =>
      call(api.POST('/api/risks/{id}/updates', { params: { path: { id: risk.id } }, body: { kind, body } })),
    onSuccess: () => {
      notifyDone(kind === 'concern' ? 'Concern raised; the ISM sees it in the risk feed' : 'Status update posted');
      setBody('');
      setKind('status');
      invalidateRisks(qc);
    },
  });
  return (
    <Card withBorder padding="lg" data-testid="risk-updates">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          Updates
        </Title>
        {risk.can.post && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (body.trim()) post.mutate();
            }}
          >
            <Stack gap="xs">
              <SegmentedControl
                size="xs"
                value={kind}
                onChange={(v) => setKind(v)}
                data={[
                  { value: 'status', label: 'Status update' },
                  { value: 'concern', label: 'Raise a concern' },
                ]}
                data-testid="risk-update-kind-input"
              />
              <Textarea
                placeholder={
                  kind === 'concern'
                    ? 'What worries you about this risk? The ISM is told.'
                    : 'How is the treatment going?'
                }
                aria-label="Update"
                autosize
                minRows={2}
                maxLength={RISK_LIMITS.textMax}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
                data-testid="risk-update-input"
              />
              <RiskProblem error={post.error} />
              <Group justify="flex-end">
                <Button
                  type="submit"
                  size="xs"
                  color={kind === 'concern' ? 'orange' : undefined}
                  leftSection={<IconMessagePlus size={14} />}
                  loading={post.isPending}
                  disabled={!body.trim()}
                  data-testid="risk-update-submit"
                >
                  {kind === 'concern' ? 'Raise concern' : 'Post update'}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <ProblemAlert error={list.error} />
        {list.items.map((u) => (
          <UpdateItem key={u.id} u={u} />
        ))}
        {!list.isPending && list.items.length === 0 && (
          <Text fz="sm" c="dimmed" data-testid="risk-updates-empty">
            No updates yet.
          </Text>
        )}
        {list.hasNextPage && (
          <Button
            variant="subtle"
            size="xs"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Older updates
          </Button>
        )}
      </Stack>
    </Card>
  );
}
