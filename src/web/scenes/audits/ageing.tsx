import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useSignedIn } from '../../session';
import { AgeingChart } from './ageing-chart.lazy';
import { auditsApi } from './audits-api';
import { AuditsPage } from './audits-nav';
import { NC_SEVERITY, type NcAgeing } from './shared';

const BUCKET_TEXT: Record<string, string> = { '0-30': 'teal', '31-60': 'yellow.8', '61-90': 'orange', '90+': 'red' };

function Totals({ ageing: a }: { ageing: NcAgeing }) {
  const open = a.buckets.reduce((n, b) => n + (a.total[b] ?? 0), 0);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 7 }} spacing="lg" data-testid="ageing-totals">
      <Stack gap={0}>
        <Text fz={26} fw={700} lh={1.2} data-testid="ageing-open" data-value={open}>
          {open}
        </Text>
        <Text fz="xs" c="dimmed">
          Open nonconformities
        </Text>
      </Stack>
      {a.buckets.map((b) => (
        <Stack gap={0} key={b}>
          <Text
            fz={26}
            fw={700}
            lh={1.2}
            c={(a.total[b] ?? 0) > 0 ? BUCKET_TEXT[b] : 'dimmed'}
            data-testid={`ageing-total-${b}`}
          >
            {a.total[b] ?? 0}
          </Text>
          <Text fz="xs" c="dimmed">
            {b} days
          </Text>
        </Stack>
      ))}
      {(['major', 'minor'] as const).map((s) => (
        <Stack gap={0} key={s}>
          <Text fz={26} fw={700} lh={1.2} c={(a.bySeverity[s] ?? 0) > 0 ? NC_SEVERITY[s].color : 'dimmed'}>
            {a.bySeverity[s] ?? 0}
          </Text>
          <Text fz="xs" c="dimmed">
            {NC_SEVERITY[s].label}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

function OwnerTable({ ageing: a }: { ageing: NcAgeing }) {
  const me = useSignedIn().person.id;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" data-testid="ageing-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Owner</Table.Th>
            {a.buckets.map((b) => (
              <Table.Th key={b} ta="right">
                {b} days
              </Table.Th>
            ))}
            <Table.Th ta="right">Open</Table.Th>
            <Table.Th ta="right">Oldest</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {a.byOwner.map((o) => (
            <Table.Tr key={o.owner?.id ?? 'none'} data-testid={`ageing-row-${o.owner?.id ?? 'none'}`}>
              <Table.Td fz="sm">
                <Anchor
                  component={Link}
                  to={`/nonconformities?owner=${o.owner ? (o.owner.id === me ? 'me' : o.owner.id) : 'none'}`}
                  fz="sm"
                  c={o.owner ? undefined : 'orange'}
                >
                  {o.owner?.fullName ?? 'No owner'}
                </Anchor>
              </Table.Td>
              {a.buckets.map((b) => (
                <Table.Td key={b} ta="right" fz="sm" c={(o.counts[b] ?? 0) > 0 ? BUCKET_TEXT[b] : 'dimmed'}>
                  {o.counts[b] ?? 0}
                </Table.Td>
              ))}
              <Table.Td ta="right" fz="sm" fw={600}>
                {o.open}
              </Table.Td>
              <Table.Td ta="right" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {o.oldestDays} days
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** How long nonconformities have stayed open, and with whom. */
export function AgeingScene() {
  const q = useQuery({ queryKey: ['nonconformities', 'ageing'], queryFn: auditsApi.ageing });
  const a = q.data;
  return (
    <AuditsPage
      tab="ageing"
      title="Nonconformity ageing"
      description="Open nonconformities by age and owner: what has waited longest for correction and verification."
    >
      <ProblemAlert error={q.error} />
      {!a && !q.error && <Skeleton h={320} radius="md" />}
      {a && (
        <Card withBorder padding="lg" data-testid="ageing">
          <Stack>
            <Group justify="space-between">
              <Title order={2} fz="lg">
                Open by age
              </Title>
              <Text fz="xs" c="dimmed">
                As of {formatDateTime(a.asOf)}
              </Text>
            </Group>
            <Totals ageing={a} />
            {a.byOwner.length === 0 ? (
              <Text c="dimmed" ta="center" py="md" data-testid="ageing-empty">
                No open nonconformity.
              </Text>
            ) : (
              <>
                <Suspense fallback={<Skeleton h={220} />}>
                  <AgeingChart ageing={a} />
                </Suspense>
                <OwnerTable ageing={a} />
              </>
            )}
          </Stack>
        </Card>
      )}
    </AuditsPage>
  );
}
