import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import { CATEGORIES, CATEGORY_COLORS, CATEGORY_LABELS, type IncidentMetrics } from './shared';

const monthLabel = (m: string) => {
  const [y, mo] = m.split('-').map(Number);
  return new Date(y ?? 1970, (mo ?? 1) - 1, 1).toLocaleDateString(undefined, { month: 'short', year: '2-digit' });
};

/** A colour square and its label, for legends that wrap on narrow screens. */
function Swatch({ color, label, value }: { color: string; label: string; value?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <div
        style={{
          width: 10,
          height: 10,
          borderRadius: 2,
          flexShrink: 0,
          background: `var(--mantine-color-${color.replace('.', '-')})`,
        }}
      />
      <Text fz="sm">{label}</Text>
      {value !== undefined && (
        <Text fz="sm" c="dimmed">
          {value}
        </Text>
      )}
    </Group>
  );
}

/** Reports per month: incidents stacked by category, events (not incidents) on top in grey. Loaded on demand. */
export function MonthChart({ metrics }: { metrics: IncidentMetrics }) {
  const used = CATEGORIES.filter((c) => metrics.byMonth.some((m) => (m.byCategory[c] ?? 0) > 0));
  const data = metrics.byMonth.map((m) => ({
    month: monthLabel(m.month),
    ...Object.fromEntries(used.map((c) => [c, m.byCategory[c] ?? 0])),
    events: m.events,
  }));
  const series = [
    ...used.map((c) => ({ name: c, label: CATEGORY_LABELS[c], color: CATEGORY_COLORS[c] })),
    { name: 'events', label: 'Events (not incidents)', color: 'gray.4' },
  ];
  return (
    <Stack gap="sm" data-testid="metrics-month-chart">
      <BarChart
        h={260}
        data={data}
        dataKey="month"
        type="stacked"
        maxBarWidth={36}
        yAxisProps={{ allowDecimals: false, width: 30 }}
        series={series}
      />
      <Group gap="md" style={{ rowGap: 4 }}>
        {series.map((x) => (
          <Swatch key={x.name} color={x.color} label={x.label} />
        ))}
      </Group>
    </Stack>
  );
}

/** Incidents by category as a ring, with its legend beside it. Loaded on demand. */
export function CategoryChart({ metrics }: { metrics: IncidentMetrics }) {
  const data = metrics.byCategory
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((c) => ({ name: CATEGORY_LABELS[c.category], value: c.count, color: CATEGORY_COLORS[c.category] }));
  return (
    <Group gap="xl" align="center" wrap="wrap" data-testid="metrics-category-chart">
      <DonutChart size={180} thickness={26} withTooltip tooltipDataSource="segment" data={data} />
      <Stack gap={4}>
        {data.map((d) => (
          <Swatch key={d.name} color={d.color} label={d.name} value={d.value} />
        ))}
      </Stack>
    </Group>
  );
}
