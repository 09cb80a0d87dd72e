import { Card, Divider, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { UpdateItem } from './risk-updates';
import { RisksPage } from './risks-nav';
import type { RiskUpdate } from './shared';
import { LoadMore } from '../../components/load-more';

type Kind = RiskUpdate['kind'];

/** The ISM's feed: status updates and concerns posted on any risk, newest first. */
export function RiskUpdatesFeedScene() {
  const [params, setParams] = useSearchParams();
  const k = params.get('kind');
  const kind: Kind | undefined = k === 'status' || k === 'concern' ? k : undefined;
  const list = useCursorPages<RiskUpdate>(['risks', 'feed', kind ?? 'all'], (cursor) =>
    call(api.GET('/api/risks/updates', { params: { query: { limit: 30, cursor, kind } } })),
  );
  return (
    <RisksPage
      tab="updates"
      title="Risk updates"
      description="Status updates and concerns from risk owners and others working on the risks, newest first (ISO/IEC 27001 clause 7.4)."
    >
      <Card withBorder padding="lg">
        <Stack>
          <Group justify="space-between">
            <SegmentedControl
              value={kind ?? 'all'}
              onChange={(v) => setParams(v === 'all' ? {} : { kind: v }, { replace: true })}
              data={[
                { value: 'all', label: 'Everything' },
                { value: 'concern', label: 'Concerns' },
                { value: 'status', label: 'Status updates' },
              ]}
              data-testid="risk-feed-kind"
            />
          </Group>
          <ProblemAlert error={list.error} />
          <Stack gap="md" data-testid="risk-feed">
            {list.items.map((u, n) => (
              <Stack key={u.id} gap="md">
                {n > 0 && <Divider />}
                <UpdateItem u={u} withRisk />
              </Stack>
            ))}
          </Stack>
          {!list.isPending && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="risk-feed-empty">
              {kind === 'concern'
                ? 'No concerns raised.'
                : kind === 'status'
                  ? 'No status updates yet.'
                  : 'Nothing posted yet.'}
            </Text>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
    </RisksPage>
  );
}
