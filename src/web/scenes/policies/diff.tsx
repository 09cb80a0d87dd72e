import { ActionIcon, Badge, Card, Center, Group, Loader, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconArrowsLeftRight } from '@tabler/icons-react';
import { useParams, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { DiffView } from '../../components/diff-view';
import { Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { BackLink, VERSION_STATUS, policyPath, type PolicyVersionSummary } from './shared';

const label = (v: PolicyVersionSummary) => `Version ${v.number} · ${VERSION_STATUS[v.status].label}`;

/** What changed between two versions: the title and the text line by line. */
export function DiffScene() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const policy = useQuery({
    queryKey: ['policies', id],
    queryFn: () => call(api.GET('/api/policies/{id}', { params: { path: { id } } })),
  });
  const versions = useQuery({
    queryKey: ['policies', id, 'versions', 'all'],
    queryFn: () => call(api.GET('/api/policies/{id}/versions', { params: { path: { id }, query: { limit: 200 } } })),
  });
  const items = versions.data?.items ?? [];
  // Without a choice: the newest version against the one before it.
  const from = params.get('from') ?? items[1]?.id ?? null;
  const to = params.get('to') ?? items[0]?.id ?? null;
  const choose = (name: 'from' | 'to', value: string | null) => {
    const next = new URLSearchParams(params);
    if (from) next.set('from', from);
    if (to) next.set('to', to);
    if (value) next.set(name, value);
    setParams(next, { replace: true });
  };
  const diff = useQuery({
    queryKey: ['policies', id, 'diff', from, to],
    queryFn: () =>
      call(
        api.GET('/api/policies/{id}/diff', {
          params: { path: { id }, query: { from: from ?? '', to: to ?? '' } },
        }),
      ),
    enabled: Boolean(from && to && from !== to),
  });
  const options = items.map((v) => ({ value: v.id, label: label(v) }));
  const d = diff.data;
  return (
    <Page
      title={`Compare versions${policy.data ? ` of ${policy.data.reference}` : ''}`}
      description={<BackLink to={`${policyPath(id)}?tab=versions`}>{policy.data?.title ?? 'Policy'}</BackLink>}
    >
      <Card withBorder padding="lg">
        <Group align="flex-end" wrap="wrap" gap="sm">
          <Select
            label="From"
            data={options}
            value={from}
            onChange={(v) => choose('from', v)}
            allowDeselect={false}
            w={260}
            data-testid="diff-from"
          />
          <Tooltip label="Swap">
            <ActionIcon
              variant="default"
              size="lg"
              mb={2}
              aria-label="Swap the versions"
              onClick={() => {
                const next = new URLSearchParams(params);
                if (to) next.set('from', to);
                if (from) next.set('to', from);
                setParams(next, { replace: true });
              }}
              data-testid="diff-swap"
            >
              <IconArrowsLeftRight size={16} />
            </ActionIcon>
          </Tooltip>
          <Select
            label="To"
            data={options}
            value={to}
            onChange={(v) => choose('to', v)}
            allowDeselect={false}
            w={260}
            data-testid="diff-to"
          />
        </Group>
      </Card>
      <ProblemAlert error={versions.error ?? diff.error} />
      {versions.isSuccess && items.length < 2 && (
        <Text c="dimmed" data-testid="diff-too-few">
          There is only one version so far; nothing to compare.
        </Text>
      )}
      {from && to && from === to && <Text c="dimmed">Choose two different versions.</Text>}
      {diff.isFetching && !d && (
        <Center py="lg">
          <Loader size="sm" />
        </Center>
      )}
      {d && (
        <Stack>
          <Group gap="sm" data-testid="diff-summary">
            <Text fw={600}>
              Version {d.from.number} → version {d.to.number}
            </Text>
            <Badge color="green" variant="light" data-testid="diff-added">
              +{d.added} {d.added === 1 ? 'line' : 'lines'} added
            </Badge>
            <Badge color="red" variant="light" data-testid="diff-removed">
              −{d.removed} {d.removed === 1 ? 'line' : 'lines'} removed
            </Badge>
            {d.added === 0 && d.removed === 0 && (
              <Text fz="sm" c="dimmed">
                The text is the same.
              </Text>
            )}
          </Group>
          {d.title.before !== d.title.after && (
            <Card withBorder padding="sm" data-testid="diff-title">
              <Text fz="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
                Title changed
              </Text>
              <Text fz="sm" c="red" td="line-through">
                {d.title.before}
              </Text>
              <Text fz="sm" c="green">
                {d.title.after}
              </Text>
            </Card>
          )}
          <DiffView lines={d.lines} />
        </Stack>
      )}
    </Page>
  );
}
