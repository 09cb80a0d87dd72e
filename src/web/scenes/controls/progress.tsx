import { Anchor, Card, Group, Progress, SimpleGrid, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/problem';
import { controlsApi } from './controls-api';
import { CONTROL_THEME_LABELS, IMPLEMENTATION_STATUS_LABELS, STATUS_COLOR, type ImplementationStatus } from './shared';

const ORDER: ImplementationStatus[] = ['implemented', 'partially', 'planned', 'not_started'];
const pct = (n: number, of: number) => (of > 0 ? (n / of) * 100 : 0);

/** A count that filters the register when clicked, red when it needs attention. */
function Stat({ label, value, to, testId }: { label: string; value: number; to: string; testId: string }) {
  return (
    <Anchor component={Link} to={to} underline="never" c="inherit" data-testid={testId} data-value={value}>
      <Stack gap={0}>
        <Text fz={24} fw={700} c={value > 0 ? 'red' : 'teal'} lh={1.2}>
          {value.toLocaleString()}
        </Text>
        <Text fz="xs" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Anchor>
  );
}

function Legend({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span
        style={{
          width: 10,
          height: 10,
          borderRadius: 2,
          flexShrink: 0,
          background: color === 'gray' ? 'var(--mantine-color-gray-5)' : `var(--mantine-color-${color}-filled)`,
        }}
      />
      <Text fz="xs">{children}</Text>
    </Group>
  );
}

/** Implementation progress of the applicable controls, overall and per theme, and what needs attention. */
export function ProgressHeader() {
  const q = useQuery({ queryKey: ['controls', 'progress'], queryFn: controlsApi.progress });
  if (q.error) return <ProblemAlert error={q.error} title="Progress not available" />;
  if (!q.data) return <Skeleton h={180} radius="md" />;
  const p = q.data;
  const applicable = p.byApplicability.applicable ?? 0;
  const undecided = p.byApplicability.undecided ?? 0;
  return (
    <Card withBorder padding="lg" data-testid="controls-progress">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="lg">
          <Stack gap={6} style={{ flex: '1 1 320px', minWidth: 0 }}>
            <Title order={2} fz="lg">
              Implementation
            </Title>
            <Text fz="sm" c="dimmed" data-testid="controls-progress-summary">
              {(p.byStatus.implemented ?? 0).toLocaleString()} of {applicable.toLocaleString()} applicable controls
              implemented · {p.total.toLocaleString()} in the catalogue
              {undecided > 0 && (
                <>
                  {' · '}
                  <Anchor component={Link} to="/soa?applicability=undecided" fz="sm" data-testid="controls-undecided">
                    {undecided.toLocaleString()} undecided
                  </Anchor>
                </>
              )}
            </Text>
            <Progress.Root size={18} aria-label="Implementation of applicable controls">
              {ORDER.map((s) => {
                const n = p.byStatus[s] ?? 0;
                return (
                  <Tooltip key={s} label={`${IMPLEMENTATION_STATUS_LABELS[s]}: ${n}`} withArrow>
                    <Progress.Section
                      value={pct(n, applicable)}
                      color={s === 'not_started' ? 'gray.5' : STATUS_COLOR[s]}
                      data-testid={`progress-${s}`}
                    />
                  </Tooltip>
                );
              })}
            </Progress.Root>
            <Group gap="md" wrap="wrap" style={{ rowGap: 4 }}>
              {ORDER.map((s) => (
                <Anchor
                  key={s}
                  component={Link}
                  to={`/controls?applicability=applicable&status=${s}`}
                  underline="never"
                  c="inherit"
                  data-testid={`progress-count-${s}`}
                >
                  <Legend color={s === 'not_started' ? 'gray' : STATUS_COLOR[s]}>
                    {IMPLEMENTATION_STATUS_LABELS[s]} <b>{(p.byStatus[s] ?? 0).toLocaleString()}</b>
                  </Legend>
                </Anchor>
              ))}
            </Group>
          </Stack>
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="lg" style={{ flex: '1 1 360px' }}>
            <Stat
              label="Failing health"
              value={p.byHealth.failing ?? 0}
              to="/controls?health=failing"
              testId="stat-failing"
            />
            <Stat
              label="Missed tasks (12 months)"
              value={p.missedOccurrences}
              to="/controls?sort=health"
              testId="stat-missed"
            />
            <Stat label="Expired evidence" value={p.expiredEvidence} to="/controls?sort=health" testId="stat-expired" />
            <Stat
              label="Applicable, no owner"
              value={p.unowned}
              to="/controls?applicability=applicable&owner=none"
              testId="stat-unowned"
            />
          </SimpleGrid>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" data-testid="controls-progress-themes">
          {p.byTheme.map((t) => (
            <Anchor
              key={t.theme}
              component={Link}
              to={`/controls?theme=${t.theme}`}
              underline="never"
              c="inherit"
              data-testid={`progress-theme-${t.theme}`}
            >
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text fz="sm" fw={500} truncate>
                    {CONTROL_THEME_LABELS[t.theme]}
                  </Text>
                  <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t.implemented}/{t.applicable}
                  </Text>
                </Group>
                <Progress.Root size={8} aria-label={`${CONTROL_THEME_LABELS[t.theme]} implementation`}>
                  <Progress.Section value={pct(t.implemented, t.applicable)} color={STATUS_COLOR.implemented} />
                  <Progress.Section value={pct(t.partially, t.applicable)} color={STATUS_COLOR.partially} />
                </Progress.Root>
                <Text fz="xs" c="dimmed">
                  {t.applicable} of {t.total} applicable · {t.partially} partially
                </Text>
              </Stack>
            </Anchor>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
