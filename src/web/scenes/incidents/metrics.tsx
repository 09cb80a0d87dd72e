import { Card, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useSetParams } from '../assets/filters';
import { incidentsApi } from './incidents-api';
import { IncidentsPage } from './incidents-nav';
import { CategoryChart, MonthChart } from './metrics-charts.lazy';
import { SEVERITIES, SeverityBadge, formatHours, type IncidentMetrics } from './shared';

const MONTHS = ['6', '12', '24'] as const;
type Stats = IncidentMetrics['bySeverity'][number]['timeToTriage'];

const TOTALS: { key: keyof IncidentMetrics['totals']; label: string; color?: string }[] = [
  { key: 'reported', label: 'Reported' },
  { key: 'incidents', label: 'Incidents' },
  { key: 'events', label: 'Events (not incidents)' },
  { key: 'awaitingTriage', label: 'Awaiting triage', color: 'orange' },
  { key: 'open', label: 'Being handled', color: 'blue' },
  { key: 'closed', label: 'Closed', color: 'teal' },
  { key: 'overdue', label: 'Overdue now', color: 'red' },
];

function Totals({ metrics: m }: { metrics: IncidentMetrics }) {
  return (
    <SimpleGrid cols={{ base: 2, xs: 4, md: 7 }} spacing="lg" data-testid="metrics-totals">
      {TOTALS.map((t) => (
        <Stack gap={0} key={t.key}>
          <Text
            fz={26}
            fw={700}
            lh={1.2}
            c={m.totals[t.key] > 0 ? t.color : 'dimmed'}
            data-testid={`metrics-total-${t.key}`}
            data-value={m.totals[t.key]}
          >
            {m.totals[t.key].toLocaleString()}
          </Text>
          <Text fz="xs" c="dimmed">
            {t.label}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** Median in bold; mean and maximum below; how many it was taken over in the tooltip. */
function StatsCell({ stats, testId }: { stats: Stats; testId: string }) {
  if (stats.count === 0)
    return (
      <Table.Td ta="right" data-testid={testId} data-count={0}>
        <Text fz="sm" c="dimmed">
          —
        </Text>
      </Table.Td>
    );
  return (
    <Table.Td ta="right" data-testid={testId} data-count={stats.count} data-median={stats.medianHours ?? ''}>
      <Tooltip label={`Over ${stats.count} incident${stats.count === 1 ? '' : 's'}`} withArrow>
        <div>
          <Text fz="sm" fw={600}>
            {formatHours(stats.medianHours)}
          </Text>
          <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            mean {formatHours(stats.meanHours)} · max {formatHours(stats.maxHours)}
          </Text>
        </div>
      </Tooltip>
    </Table.Td>
  );
}

function SeverityTable({ metrics: m }: { metrics: IncidentMetrics }) {
  const rows = SEVERITIES.map((s) => m.bySeverity.find((b) => b.severity === s)).filter((r) => r !== undefined);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="metrics-severity-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Severity</Table.Th>
            <Table.Th ta="right">Incidents</Table.Th>
            <Table.Th ta="right">Time to triage</Table.Th>
            <Table.Th ta="right">Time to contain</Table.Th>
            <Table.Th ta="right">Time to close</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.severity} data-testid={`metrics-severity-${r.severity}`}>
              <Table.Td>
                <SeverityBadge severity={r.severity} size="sm" testId="metrics-severity" />
              </Table.Td>
              <Table.Td ta="right" fz="sm" fw={600} data-testid="metrics-severity-count">
                {r.count}
              </Table.Td>
              <StatsCell stats={r.timeToTriage} testId="metrics-triage" />
              <StatsCell stats={r.timeToContain} testId="metrics-contain" />
              <StatsCell stats={r.timeToClose} testId="metrics-close" />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** How many incidents, of what kind, and how fast they were triaged, contained and closed (A.5.27, 9.1). */
export function IncidentMetricsScene() {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const months = MONTHS.find((m) => m === params.get('months')) ?? '12';
  const q = useQuery({
    queryKey: ['incidents', 'metrics', months],
    queryFn: () => incidentsApi.metrics(Number(months)),
    placeholderData: (prev) => prev,
  });
  const m = q.data;
  return (
    <IncidentsPage
      tab="metrics"
      title="Incident metrics"
      description="Reports and incidents over time, by category and severity, and how long the response took: median, mean and longest, in hours from the report."
      actions={
        <SegmentedControl
          value={months}
          onChange={(v) => setParams({ months: v === '12' ? null : v })}
          data={MONTHS.map((n) => ({ value: n, label: <span data-testid={`metrics-months-${n}`}>{n} months</span> }))}
          data-testid="metrics-months"
        />
      }
    >
      <ProblemAlert error={q.error} />
      {!m && !q.error && <Skeleton h={360} radius="md" />}
      {m && (
        <Stack
          gap="lg"
          data-testid="metrics"
          data-from={m.from}
          data-to={m.to}
          style={{ opacity: q.isFetching ? 0.6 : 1 }}
        >
          <Card withBorder padding="lg">
            <Stack>
              <Group justify="space-between">
                <Title order={2} fz="lg">
                  {m.from === m.to ? m.from : `${m.from} to ${m.to}`}
                </Title>
                <Text fz="xs" c="dimmed">
                  As of {formatDateTime(m.asOf)}
                </Text>
              </Group>
              <Totals metrics={m} />
            </Stack>
          </Card>
          <Card withBorder padding="lg">
            <Title order={2} fz="lg" mb="sm">
              Response times by severity
            </Title>
            <SeverityTable metrics={m} />
          </Card>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Card withBorder padding="lg">
              <Title order={2} fz="lg">
                Reports per month
              </Title>
              <Text fz="xs" c="dimmed" mb="sm">
                Triaged reports by the month they came in: incidents by category, and events
              </Text>
              {m.byMonth.every((x) => x.events + x.incidents === 0) ? (
                <Text c="dimmed" ta="center" py="xl" data-testid="metrics-month-empty">
                  Nothing reported in this period.
                </Text>
              ) : (
                <Suspense fallback={<Skeleton h={300} />}>
                  <MonthChart metrics={m} />
                </Suspense>
              )}
            </Card>
            <Card withBorder padding="lg">
              <Title order={2} fz="lg" mb="sm">
                Incidents by category
              </Title>
              {m.byCategory.every((c) => c.count === 0) ? (
                <Text c="dimmed" ta="center" py="xl" data-testid="metrics-category-empty">
                  No incident in this period.
                </Text>
              ) : (
                <Suspense fallback={<Skeleton h={180} />}>
                  <CategoryChart metrics={m} />
                </Suspense>
              )}
            </Card>
          </SimpleGrid>
        </Stack>
      )}
    </IncidentsPage>
  );
}
